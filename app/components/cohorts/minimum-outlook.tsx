import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";

/** Whether the participant can still reach the attendance minimum for the certificate. */
export function MinimumOutlook({
  outlook,
}: {
  outlook: {
    attended: number;
    needed: number;
    remaining: number;
    reachable: boolean;
    met: boolean;
  };
}) {
  const t = useT();
  const key = outlook.met
    ? "season.evenings.minimumMet"
    : outlook.reachable
      ? "season.evenings.minimumReachable"
      : "season.evenings.minimumUnreachable";
  return (
    <Alert tone={outlook.reachable ? "info" : "warning"}>
      {t(key, { attended: outlook.attended, needed: outlook.needed, remaining: outlook.remaining })}
    </Alert>
  );
}
