/** The report's four kinds of volunteer; a member has one or more. */
export const VOLUNTEER_TYPES = ["regulier", "getraind", "specialist", "organisatorisch"] as const;
export type VolunteerType = (typeof VOLUNTEER_TYPES)[number];

export type CourseStatus = "none" | "inCohort" | "completed" | "valid" | "revoked";
