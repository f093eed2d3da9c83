import { keyFromData } from "~/i18n/translate";
import { Form } from "@remix-run/react";
import type { AnswerMap, FormItem } from "~/modules/evaluation/types";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { ItemField } from "./item-field";

type Props = { items: FormItem[]; answers: AnswerMap; errors: Record<string, string> };

const SECTION_INTRO: Record<string, string> = {
  A: "evaluation.sections.Aintro",
  C: "evaluation.sections.Cintro",
};

/** The whole questionnaire as one plain POST form: works without JavaScript, one card per section. */
export function EvaluationForm({ items, answers, errors }: Props) {
  const t = useT();
  const sections = [...new Set(items.map((item) => item.section))];
  return (
    <Form method="post" noValidate className="eval-form">
      {sections.map((section) => {
        const sectionItems = items.filter((item) => item.section === section);
        return (
          <section key={section} className="card">
            <h2 className="card-title">{t(keyFromData(`evaluation.sections.${section}`))}</h2>
            {SECTION_INTRO[section] ? (
              <p className="muted">{t(keyFromData(SECTION_INTRO[section]))}</p>
            ) : null}
            {sectionItems.map((item) => (
              <ItemField key={item.id} item={item} answer={answers[item.id]} errors={errors} />
            ))}
          </section>
        );
      })}
      <p className="muted">{t("evaluation.submitHint")}</p>
      <div className="actions">
        {/* The draft button comes first: Enter on a radio button submits with the first button, and that must not be final. */}
        <Button name="intent" value="draft" variant="secondary">
          {t("evaluation.saveDraft")}
        </Button>
        <Button name="intent" value="submit">
          {t("evaluation.submit")}
        </Button>
      </div>
    </Form>
  );
}
