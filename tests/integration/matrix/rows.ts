import { type World } from "./world";
import { accountRows } from "./rows/account";
import { adminRows } from "./rows/admin";
import { certificateRows } from "./rows/certificates";
import { clubRows } from "./rows/clubs";
import { coalitionRows } from "./rows/coalitions";
import { cohortRows } from "./rows/cohorts";
import { courseRows } from "./rows/course";
import { evaluationRows } from "./rows/evaluation";
import { eveningRows } from "./rows/evenings";
import { forumRows } from "./rows/forum";
import { publicRows } from "./rows/public";
import { rowContext, type Row } from "./rows/shared";

export type { Body, Row } from "./rows/shared";

/** Pairs of corresponding ids on side A and side B: a request for the other side swaps them all. */
export function sidePairs(w: World): [string, string][] {
  const { a, b } = w;
  const pairs: [string, string][] = [
    [a.cohort.id, b.cohort.id],
    [a.club.id, b.club.id],
    [a.evening.id, b.evening.id],
    [a.forumCase.id, b.forumCase.id],
    [a.reply.id, b.reply.id],
    [a.moderatedCase.id, b.moderatedCase.id],
    [a.draftModule.id, b.draftModule.id],
    [a.publishedModule.id, b.publishedModule.id],
    [a.ownCertificate.id, b.ownCertificate.id],
    [a.ownCertificate.code, b.ownCertificate.code],
    [a.participant.id, b.participant.id],
    [a.facilitator.id, b.facilitator.id],
    [a.pending.id, b.pending.id],
    [a.response.id, b.response.id],
    [a.reflection.id, b.reflection.id],
  ];
  pairs.push(
    [a.coalition.coalition.id, b.coalition.coalition.id],
    [a.coalition.town.id, b.coalition.town.id],
    [a.coalition.event.id, b.coalition.event.id],
    [a.coalition.agreement.id, b.coalition.agreement.id],
  );
  a.spares.forEach((spare, index) => pairs.push([spare.id, b.spares[index].id]));
  a.revocable.forEach((certificate, index) => pairs.push([certificate.id, b.revocable[index].id]));
  a.invitations.forEach((invitation, index) =>
    pairs.push([invitation.id, b.invitations[index].id]),
  );
  return pairs;
}

/** Every row of the matrix, domain by domain (one file per domain in ./rows). */
export function buildRows(w: World): Row[] {
  const c = rowContext(w);
  return [
    ...publicRows(c),
    ...accountRows(c),
    ...adminRows(c),
    ...cohortRows(c),
    ...eveningRows(c),
    ...courseRows(c),
    ...forumRows(c),
    ...evaluationRows(c),
    ...certificateRows(c),
    ...clubRows(c),
    ...coalitionRows(c),
  ];
}
