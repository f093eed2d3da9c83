export const DOMAINS = ["SPORT", "ZORG", "WELZIJN", "ANDERS"] as const;
export type Domain = (typeof DOMAINS)[number];

export const VOLUNTEER_ROLES = [
  "trainer",
  "teamleider",
  "bestuurslid",
  "scheidsrechter",
  "stagiair",
  "vrijwilliger-zorg-welzijn",
  "professional",
  "maatje",
  "anders",
] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

export const ORG_TYPES = [
  "SPORTVERENIGING",
  "WELZIJNSORGANISATIE",
  "ZORGORGANISATIE",
  "OVERIG",
] as const;
