import { DOMAINS, type Domain } from "~/modules/people/types";

export type DomainMix = {
  counts: Record<Domain, number>;
  total: number;
  sport: number;
  social: number;
  warning: "none" | "sport-missing" | "social-missing" | "sport-low" | "social-low" | "empty";
};

/**
 * How many participants come from each sector, and whether one side (sport,
 * or the social domain: zorg + welzijn) is absent or below a quarter. People
 * without a sector count as "anders".
 */
export function domainMix(domains: (Domain | null)[]): DomainMix {
  const counts = Object.fromEntries(DOMAINS.map((domain) => [domain, 0])) as Record<Domain, number>;
  for (const domain of domains) counts[domain ?? "ANDERS"] += 1;
  const total = domains.length;
  const sport = counts.SPORT;
  const social = counts.ZORG + counts.WELZIJN;
  let warning: DomainMix["warning"] = "none";
  if (total === 0) warning = "empty";
  else if (sport === 0) warning = "sport-missing";
  else if (social === 0) warning = "social-missing";
  else if (sport * 4 < total) warning = "sport-low";
  else if (social * 4 < total) warning = "social-low";
  return { counts, total, sport, social, warning };
}
