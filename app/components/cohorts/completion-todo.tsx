import { Link } from "@remix-run/react";
import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";

type Props = {
  complete: boolean;
  missing: { evenings: number; evaluation: boolean; crossSectorCase?: true; tandem?: true };
  requiredModules: { key: string; title: string; done: boolean }[];
  rules: { minEvenings: number; requireEvaluation: boolean; tandem: boolean };
};

/** What a certificate takes, as a checklist: each required module, the evenings and the evaluation on its own line, with a link and a tick. */
export function CompletionTodo({ cohortId, completion }: { cohortId: string; completion: Props }) {
  const t = useT();
  const base = `/groepen/${cohortId}`;
  const attended = completion.rules.minEvenings - completion.missing.evenings;
  const lines = [
    ...completion.requiredModules.map((module) => ({
      key: module.key,
      done: module.done,
      to: `${base}/cursus/${module.key}`,
      label: module.title,
    })),
    ...(completion.rules.minEvenings > 0
      ? [
          {
            key: "evenings",
            done: completion.missing.evenings === 0,
            to: `${base}/bijeenkomsten`,
            label: t("cohorts.page.todoEvenings", {
              count: completion.rules.minEvenings,
              attended,
            }),
          },
        ]
      : []),
    ...(completion.rules.requireEvaluation
      ? [
          {
            key: "evaluation",
            done: !completion.missing.evaluation,
            to: `${base}/evaluatie`,
            label: t("cohorts.page.todoEvaluation"),
          },
        ]
      : []),
    ...(completion.missing.crossSectorCase
      ? [
          {
            key: "cross-sector",
            done: false,
            to: `${base}/casussen`,
            label: t("cohorts.page.todoCrossSectorCase"),
          },
        ]
      : []),
    ...(completion.rules.tandem
      ? [
          {
            key: "tandem",
            done: !completion.missing.tandem,
            to: `${base}/tandem`,
            label: t("cohorts.page.todoTandem"),
          },
        ]
      : []),
  ];
  return (
    <>
      {completion.complete ? <Alert tone="success">{t("cohorts.page.todoDone")}</Alert> : null}
      <ul className="checklist" aria-label={t("cohorts.page.todoListLabel")}>
        {lines.map((line) => (
          <li key={line.key} className={line.done ? "checklist-done" : "checklist-open"}>
            <span className="checklist-mark" aria-hidden="true">
              {line.done ? "✓" : ""}
            </span>
            <Link to={line.to}>{line.label}</Link>
            <span className="sr-only">
              {" "}
              ({line.done ? t("cohorts.page.todoStateDone") : t("cohorts.page.todoStateOpen")})
            </span>
            {line.done ? null : (
              <span className="checklist-open-label" aria-hidden="true">
                {t("cohorts.page.todoStateOpen")}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
