import { createHash } from "node:crypto";
import { ASPECTS, MIN_SCAN_GROUP, type Aspect } from "./aspects";

export type ScanResponseRow = {
  orgId: string;
  answers: { aspect: string; score: number; why: string }[];
};
export type AspectResult = {
  aspect: Aspect;
  distribution: number[];
  median: number;
  reasons: string[];
};
export type GroupResult = { respondents: number; aspects: AspectResult[] } | { hidden: true };

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  if (!sorted.length) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Reasons in an order that says nothing about who answered when: sorted by a hash of the round and the text. */
function shuffleReasons(roundId: string, reasons: string[]) {
  const key = (text: string) =>
    createHash("sha256").update(`${roundId}\u0000${text}`).digest("hex");
  return reasons
    .map((text) => ({ text, key: key(text) }))
    .sort((left, right) => left.key.localeCompare(right.key))
    .map((item) => item.text);
}

function aspectsOf(
  roundId: string,
  responses: ScanResponseRow[],
  withReasons: boolean,
): AspectResult[] {
  return ASPECTS.map((aspect) => {
    const answers = responses.flatMap((response) =>
      response.answers.filter((answer) => answer.aspect === aspect),
    );
    const distribution = Array.from(
      { length: 10 },
      (_, index) => answers.filter((answer) => answer.score === index + 1).length,
    );
    const reasons = withReasons
      ? shuffleReasons(roundId, answers.map((answer) => answer.why).filter(Boolean))
      : [];
    return { aspect, distribution, median: median(answers.map((answer) => answer.score)), reasons };
  });
}

/**
 * The results of a scan round. The whole coalition shows from MIN_SCAN_GROUP
 * respondents. A partner shows only with MIN_SCAN_GROUP respondents of its own,
 * and only when the partners left out together still number at least
 * MIN_SCAN_GROUP (or none): otherwise the whole minus the shown partners would
 * give the small partner's figures away, so the smallest shown partners are
 * left out too. Reasons appear only for the whole coalition, never per partner.
 */
export function scanResults(
  roundId: string,
  responses: ScanResponseRow[],
  partners: { id: string; name: string }[],
) {
  const respondents = responses.length;
  const whole: GroupResult =
    respondents >= MIN_SCAN_GROUP
      ? { respondents, aspects: aspectsOf(roundId, responses, true) }
      : { hidden: true };
  const counts = partners.map((partner) => ({
    ...partner,
    n: responses.filter((response) => response.orgId === partner.id).length,
  }));
  const shown = new Set(
    counts.filter((partner) => partner.n >= MIN_SCAN_GROUP).map((partner) => partner.id),
  );
  const leftOut = () =>
    counts.filter((partner) => !shown.has(partner.id)).reduce((sum, partner) => sum + partner.n, 0);
  const smallestFirst = counts
    .filter((partner) => shown.has(partner.id))
    .sort((left, right) => left.n - right.n);
  while (shown.size && leftOut() > 0 && leftOut() < MIN_SCAN_GROUP)
    shown.delete(smallestFirst.shift()!.id);
  if (respondents < MIN_SCAN_GROUP) shown.clear();
  const perPartner = counts.map((partner) => ({
    orgId: partner.id,
    name: partner.name,
    result: shown.has(partner.id)
      ? ({
          respondents: partner.n,
          aspects: aspectsOf(
            roundId,
            responses.filter((response) => response.orgId === partner.id),
            false,
          ),
        } as GroupResult)
      : ({ hidden: true } as GroupResult),
  }));
  return { whole, perPartner };
}

export const isShown = (
  result: GroupResult,
): result is { respondents: number; aspects: AspectResult[] } => !("hidden" in result);
