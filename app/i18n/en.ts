import type { DeepPartialMessages } from "./translate";
import { evaluation } from "./en/evaluation";
import { account } from "./en/account";
import { certificates } from "./en/certificates";
import { clubs } from "./en/clubs";
import { forum } from "./en/forum";
import { notify } from "./en/notify";
import { cohorts } from "./en/cohorts";
import { mdx } from "./en/mdx";
import { course } from "./en/course";
import { auth } from "./en/auth";
import { common } from "./en/common";
import { errors } from "./en/errors";
import { legal } from "./en/legal";
import { coalitions } from "./en/coalitions";
import { admin, org } from "./en/org";
import { season } from "./en/season";

/** The English catalogue; a missing key falls back to Dutch. */
export const en: DeepPartialMessages = {
  certificates,
  clubs,
  evaluation,
  common,
  errors,
  auth,
  account,
  org,
  admin,
  mdx,
  cohorts,
  course,
  forum,
  legal,
  notify,
  season,
  coalitions,
};
