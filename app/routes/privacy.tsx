import { StatementPage } from "~/components/layout/statement-page";

/** The privacy statement (nl, with English in the catalogue); linked from every footer and the sign-up form. */
export default function PrivacyStatement() {
  return (
    <StatementPage
      base="legal.privacy"
      sections={["what", "why", "evaluation", "forum", "keep", "delete", "rights", "cookies"]}
    />
  );
}
