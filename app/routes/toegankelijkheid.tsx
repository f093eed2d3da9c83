import { StatementPage } from "~/components/layout/statement-page";

/** The accessibility statement (nl, with English in the catalogue); linked from every footer. */
export default function AccessibilityStatement() {
  return (
    <StatementPage
      base="legal.accessibility"
      sections={["standard", "tested", "limits", "contact"]}
    />
  );
}
