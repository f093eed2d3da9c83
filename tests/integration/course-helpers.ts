export { callRoute as asUser } from "../setup/call-route";
