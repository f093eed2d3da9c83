import { account } from "./nl/account";
import { certificates } from "./nl/certificates";
import { clubs } from "./nl/clubs";
import { forum } from "./nl/forum";
import { notify } from "./nl/notify";
import { cohorts } from "./nl/cohorts";
import { evaluation } from "./nl/evaluation";
import { mdx } from "./nl/mdx";
import { course } from "./nl/course";
import { auth } from "./nl/auth";
import { common } from "./nl/common";
import { errors } from "./nl/errors";
import { legal } from "./nl/legal";
import { coalitions } from "./nl/coalitions";
import { admin, org } from "./nl/org";
import { season } from "./nl/season";

/** The Dutch catalogue: every UI string of the app. */
export const nl = {
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
