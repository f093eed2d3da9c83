import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";

type Props = { complete: boolean; missing: { evenings: number; evaluation: boolean; crossSectorCase?: true }; missingModuleTitles: string[] };

/** "Nog te doen: module 5, 1 bijeenkomst, evaluatie", or a well-done message. */
export function CompletionTodo({ completion }: { completion: Props }) {
  const t = useT();
  if (completion.complete) return <Alert tone="success">{t("cohorts.page.todoDone")}</Alert>;
  const items = [
    ...completion.missingModuleTitles,
    ...(completion.missing.evenings === 1 ? [t("cohorts.page.todoEvening")] : completion.missing.evenings > 1 ? [t("cohorts.page.todoEvenings", { count: completion.missing.evenings })] : []),
    ...(completion.missing.evaluation ? [t("cohorts.page.todoEvaluation")] : []),
    ...(completion.missing.crossSectorCase ? [t("cohorts.page.todoCrossSectorCase")] : []),
  ];
  return <p className="todo">{t("cohorts.page.todo", { items: items.join(", ") })}</p>;
}
