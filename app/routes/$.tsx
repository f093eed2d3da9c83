import { notFound } from "~/modules/auth/guards.server";

// Unknown addresses get the friendly Dutch 404 page of the root error boundary.
export const loader = () => notFound();
export const action = () => notFound();

export default function NotFound() {
  return null;
}
