import { seasonTitles } from "./season/titles";
import { seasonCohorts } from "./season/cohorts";
import { seasonPeople } from "./season/people";

/** Issue 15: managing cohorts, evenings, apologies, calendar feed and "Mijn overzicht". */
export const season = { ...seasonTitles, ...seasonCohorts, ...seasonPeople };
