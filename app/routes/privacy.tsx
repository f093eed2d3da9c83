import type { MetaFunction } from "@remix-run/node";
import { StatementPage } from "~/components/layout/statement-page";

export const meta: MetaFunction = () => [{ title: "Privacyverklaring · Buiten de Lijnen" }];

/** The privacy statement (nl, with English in the catalogue); linked from every footer and the sign-up form. */
export default function PrivacyStatement() {
  return <StatementPage base="legal.privacy" sections={["what", "why", "evaluation", "forum", "keep", "delete", "rights", "cookies"]} />;
}
