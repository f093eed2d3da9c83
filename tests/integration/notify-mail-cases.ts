import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { issueCertificateByHand } from "~/modules/certificates/issue-certificate.server";
import { sendVogReminders } from "~/modules/clubs/vog-reminders.server";
import { remindOverdueAgreements } from "~/modules/coalitions/agreements.server";
import { postAnnouncement, sendAnnouncementMail } from "~/modules/cohorts/announcements.server";
import {
  cancelEvening,
  changeEvening,
  deleteEvening,
} from "~/modules/cohorts/change-evening.server";
import { amsterdamToUtc } from "~/modules/cohorts/local-time";
import { mailRemovedParticipant, moveParticipant } from "~/modules/cohorts/manage-cohort.server";
import { sendEveningReminders } from "~/modules/cohorts/reminders.server";
import { setHidden } from "~/modules/forum/moderation.server";
import { sendReplyBatch } from "~/modules/forum/reply-notifications.server";
import { sendReportAlert } from "~/modules/forum/report-alerts.server";
import type { SpaceViewer } from "~/modules/forum/space-access.server";
import { type MailKind } from "~/modules/notify/kinds";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { coalitionWorld } from "./coalitions-helpers";
import { makeCase, twoCohorts } from "./forum-helpers";

const make = factories(db);

type Person = { id: string; email: string };
/** Sends one mail of its kind to `person`; each call is a new event (a new evening, a new report ...). */
type Case = {
  kind: MailKind;
  what: string;
  setup: () => Promise<{ person: Person; send: () => Promise<unknown> }>;
};

const staffOf = (cohortId: string, userId: string) =>
  ({
    user: { id: userId, role: "FACILITATOR" },
    cohortId,
    isStaff: true,
  }) as unknown as SpaceViewer;
let day = 0;
/** A fresh future evening date, so that each evening is a new one. */
const nextDate = () => new Date(Date.UTC(2027, 2, 1 + day++)).toISOString().slice(0, 10);
const newEvening = (cohortId: string) => {
  const date = nextDate();
  return db.evening.create({
    data: {
      cohortId,
      startsAt: amsterdamToUtc(date, "19:30"),
      endsAt: amsterdamToUtc(date, "21:30"),
      place: "Clubhuis",
      topic: "Samenwerken",
    },
  });
};

/** One mail of each notification kind, each from a fresh event. */
export const CASES: Case[] = [
  {
    kind: "replies",
    what: "new replies on a followed case",
    setup: async () => {
      const { a } = await twoCohorts();
      const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
      const reply = await db.forumReply.create({
        data: {
          caseId: posted.id,
          authorId: a.welfare.id,
          authorDomain: "WELZIJN",
          body: "Een idee.",
        },
      });
      return {
        person: a.sport,
        send: async () => {
          await db.pendingNotification.create({
            data: { userId: a.sport.id, caseId: posted.id, replyId: reply.id },
          });
          return sendReplyBatch({ userId: a.sport.id, jobKey: `test:${randomUUID()}` });
        },
      };
    },
  },
  {
    kind: "reports",
    what: "a post was reported",
    setup: async () => {
      const { a } = await twoCohorts();
      const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
      return {
        person: a.facilitator,
        send: async () =>
          sendReportAlert({
            reportId: (
              await db.forumReport.create({
                data: { reporterId: a.welfare.id, reason: "Een naam", caseId: posted.id },
              })
            ).id,
          }),
      };
    },
  },
  {
    kind: "reminders",
    what: "an evening tomorrow",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: async () => {
          const evening = await newEvening(a.id);
          return sendEveningReminders({
            now: new Date(evening.startsAt.getTime() - 24 * 3600_000),
          });
        },
      };
    },
  },
  {
    kind: "announcements",
    what: "a facilitator's message to the group",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: async () =>
          sendAnnouncementMail({
            announcementId: (
              await postAnnouncement({
                cohortId: a.id,
                authorId: a.facilitator.id,
                title: "Zaal dicht",
                body: "We oefenen buiten.",
                sector: null,
              })
            ).id,
          }),
      };
    },
  },
  {
    kind: "vog",
    what: "a volunteer's VOG is about to expire",
    setup: async () => {
      const club = await make.organisation();
      const volunteer = await make.user({ name: "Vera Vog" });
      await db.orgMembership.create({
        data: {
          userId: volunteer.id,
          orgId: club.id,
          status: "ACTIVE",
          vogSeenOn: new Date("2024-01-10T00:00:00Z"),
        },
      });
      let month = 0;
      return {
        person: volunteer,
        send: () => sendVogReminders({ now: new Date(Date.UTC(2026, 11 + month++, 2, 9)) }),
      };
    },
  },
  {
    kind: "moderation",
    what: "your post was hidden, or shown again",
    setup: async () => {
      const { a } = await twoCohorts();
      const posted = await makeCase({ cohortId: a.id, authorId: a.sport.id });
      let hidden = false;
      return {
        person: a.sport,
        send: () =>
          setHidden({
            viewer: staffOf(a.id, a.facilitator.id),
            target: { caseId: posted.id },
            hidden: (hidden = !hidden),
            reason: "Er staat een naam in.",
          }),
      };
    },
  },
  {
    kind: "course",
    what: "an evening was moved",
    setup: async () => {
      const { a } = await twoCohorts();
      const evening = await newEvening(a.id);
      return {
        person: a.sport,
        send: () =>
          changeEvening({
            cohortId: a.id,
            eveningId: evening.id,
            changedById: a.facilitator.id,
            date: nextDate(),
            startTime: "19:00",
            endTime: "21:00",
            place: "Sporthal",
            topic: "Samenwerken",
            link: "http://localhost/agenda",
          }),
      };
    },
  },
  {
    kind: "course",
    what: "an evening was cancelled",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: async () =>
          cancelEvening({
            cohortId: a.id,
            eveningId: (await newEvening(a.id)).id,
            changedById: a.facilitator.id,
            reason: "Zaal bezet",
            link: "http://localhost/agenda",
          }),
      };
    },
  },
  {
    kind: "course",
    what: "an evening was deleted",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: async () =>
          deleteEvening({
            cohortId: a.id,
            eveningId: (await newEvening(a.id)).id,
            changedById: a.facilitator.id,
            link: "http://localhost/agenda",
          }),
      };
    },
  },
  {
    kind: "course",
    what: "you were removed from a group",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: () =>
          mailRemovedParticipant({
            cohortId: a.id,
            userId: a.sport.id,
            origin: "http://localhost",
          }),
      };
    },
  },
  {
    kind: "course",
    what: "you were moved to another group",
    setup: async () => {
      const { a } = await twoCohorts();
      const other = await make.cohort({ facilitatorId: a.facilitator.id });
      let from = a.id;
      return {
        person: a.sport,
        send: async () => {
          const to = from === a.id ? other.id : a.id;
          const moved = await moveParticipant({
            cohortId: from,
            userId: a.sport.id,
            targetCohortId: to,
            moverId: a.facilitator.id,
            moverIsAdmin: true,
            origin: "http://localhost",
          });
          expect(moved.ok).toBe(true);
          from = to;
        },
      };
    },
  },
  {
    kind: "course",
    what: "your certificate is ready",
    setup: async () => {
      const { a } = await twoCohorts();
      return {
        person: a.sport,
        send: async () => {
          const cohort = await make.cohort({
            facilitatorId: a.facilitator.id,
            participantIds: [a.sport.id],
          });
          return issueCertificateByHand({
            cohortId: cohort.id,
            userId: a.sport.id,
            issuedById: a.facilitator.id,
            reason: "Eén avond gemist door ziekte.",
          });
        },
      };
    },
  },
  {
    kind: "agreements",
    what: "a coalition agreement's date passed",
    setup: async () => {
      const w = await coalitionWorld();
      let due = 0;
      return {
        person: w.townAdmin,
        send: async () => {
          const dueOn = new Date(Date.UTC(2027, 0, 10 + due++));
          await db.agreement.create({
            data: {
              coalitionId: w.coalition.id,
              text: "Verslag sturen.",
              ownerOrgId: w.town.id,
              dueOn,
            },
          });
          return remindOverdueAgreements(new Date(dueOn.getTime() + 2 * 24 * 3600_000));
        },
      };
    },
  },
];
