import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";

/** "Deze groep is gearchiveerd": shown instead of the forms of an archived (read-only) cohort. */
export function ArchivedNotice({ archived }: { archived: boolean }) {
  const t = useT();
  return archived ? <Alert tone="info">{t("season.settings.archivedNotice")}</Alert> : null;
}
