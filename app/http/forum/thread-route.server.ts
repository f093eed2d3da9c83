import { isId } from "~/utils/ids";
import { json, redirect } from "@remix-run/node";
import { getLocale } from "~/i18n/locale.server";
import { dateTimeFormat, languageTag } from "~/utils/intl";
import { badRequest, forbidden, notFound } from "~/modules/auth/guards.server";
import { parseForm } from "~/utils/forms.server";
import {
  deleteOwnPost,
  editCase,
  editReply,
  forgetEarlierVersions,
} from "~/modules/forum/edit-post.server";
import { setFollowing } from "~/modules/forum/follow.server";
import { getThread } from "~/modules/forum/get-thread.server";
import { markMostHelpful, toggleHelpful } from "~/modules/forum/helpful.server";
import { reportPost, setHidden, setLocked } from "~/modules/forum/moderation.server";
import { postReply } from "~/modules/forum/post-reply.server";
import { checkFields } from "~/modules/forum/privacy-check";
import { echo, formProblem } from "./respond.server";
import {
  CaseFieldsSchema,
  isChecked,
  ReasonSchema,
  ReplySchema,
  TargetSchema,
} from "~/modules/forum/schemas";
import { refuseArchivedChange, requireSpace, spacePath } from "~/modules/forum/space-access.server";
import { markThreadRead } from "~/modules/forum/thread-read.server";

const POSTED_AT: Intl.DateTimeFormatOptions = {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
};

/** The thread page's data for a cohort space (cohortId) or the course-wide space (null). */
export async function loadThread({
  request,
  cohortId,
  caseId,
}: {
  request: Request;
  cohortId: string | null;
  caseId: string | undefined;
}) {
  const viewer = await requireSpace(request, cohortId);
  if (!isId(caseId)) notFound();
  const url = new URL(request.url);
  const otherSectorOnly = url.searchParams.get("andere-sector") === "1";
  const pageParam = url.searchParams.get("pagina");
  const page = pageParam === "laatste" ? "last" : Number(pageParam) || 1;
  const [thread, locale] = await Promise.all([
    getThread({ viewer, caseId, otherSectorOnly, page }),
    getLocale(request),
  ]);
  if (!thread) notFound();
  const following = thread.following;
  const editing = url.searchParams.get("bewerk");
  // Dates are written out here: the first Intl formatter cost a phone a long task while the page hydrated.
  const dates = dateTimeFormat(languageTag(locale), POSTED_AT);
  const postedAt = (iso: string) => dates.format(new Date(iso));
  // An archived cohort's thread is read-only: nothing to edit (the action refuses it too).
  const archived = viewer.archived ?? false;
  return json({
    thread: {
      ...thread,
      canEdit: thread.canEdit && !archived,
      postedAt: postedAt(thread.createdAt),
      replies: thread.replies.map((reply) => ({
        ...reply,
        canEdit: reply.canEdit && !archived,
        postedAt: postedAt(reply.createdAt),
      })),
    },
    space: { cohortId, path: spacePath(cohortId) },
    viewer: { isStaff: viewer.isStaff, domain: viewer.user.domain, following, archived },
    otherSectorOnly,
    editing:
      editing &&
      !archived &&
      (editing === "casus"
        ? thread.canEdit
        : thread.replies.some((reply) => reply.id === editing && reply.canEdit))
        ? editing
        : null,
    replyKey: crypto.randomUUID(),
  });
}

/** Every form on the thread page; each checks on its own who may do it. */
export async function threadAction({
  request,
  cohortId,
  caseId,
}: {
  request: Request;
  cohortId: string | null;
  caseId: string | undefined;
}) {
  const viewer = await requireSpace(request, cohortId);
  if (!isId(caseId)) notFound();
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  refuseArchivedChange(viewer, intent);
  const target = TargetSchema.safeParse({ replyId: form.get("replyId") || undefined });
  if (!target.success) badRequest();
  const replyId = target.data.replyId ?? null;
  const url = new URL(request.url);
  url.searchParams.delete("bewerk");
  url.searchParams.delete("index");
  url.searchParams.delete("melden");
  url.searchParams.delete("verbergen");
  const back = (anchor?: string) =>
    redirect(`${spacePath(cohortId)}/${caseId}${url.search}${anchor ? `#${anchor}` : ""}`);
  const must = (done: boolean, orElse: () => never = notFound) => (done ? undefined : orElse());

  switch (intent) {
    case "reply": {
      const values = echo(form, ["body", "pseudonymous"]);
      const parsed = parseForm(form, ReplySchema);
      if (!parsed.ok) return formProblem(intent, { errors: parsed.errors, values });
      const findings = checkFields({ body: parsed.data.body });
      if (findings.length && !isChecked(form, "privacyConfirmed"))
        return formProblem(intent, { findings, values });
      const key = String(form.get("idempotencyKey") ?? "");
      const reply = await postReply({
        viewer,
        caseId,
        body: parsed.data.body,
        pseudonymous: isChecked(form, "pseudonymous"),
        idempotencyKey: /^[a-f0-9-]{36}$/.test(key) ? key : null,
      });
      must(reply !== null, forbidden);
      // A new reply is the last one: show the page it is on.
      url.searchParams.set("pagina", "laatste");
      return back(reply ? `reactie-${reply.id}` : undefined);
    }
    case "helpful":
      must(replyId !== null && (await toggleHelpful({ viewer, caseId, replyId })));
      return back(`reactie-${replyId}`);
    case "most-helpful":
      must(replyId !== null && (await markMostHelpful({ viewer, caseId, replyId })), forbidden);
      return back(`reactie-${replyId}`);
    case "report": {
      const parsed = parseForm(form, ReasonSchema);
      if (!parsed.ok)
        return formProblem(intent, {
          errors: parsed.errors,
          values: parsed.values,
          target: replyId ?? "casus",
        });
      must(await reportPost({ viewer, target: { caseId, replyId }, reason: parsed.data.reason }));
      return json({
        intent,
        target: replyId ?? "casus",
        errors: {},
        values: {},
        findings: [],
        formError: null,
        done: "forum.moderation.reported",
      });
    }
    case "hide":
    case "restore": {
      if (!viewer.isStaff) forbidden();
      const reason =
        String(form.get("reason") ?? "")
          .trim()
          .slice(0, 500) || null;
      must(
        await setHidden({ viewer, target: { caseId, replyId }, hidden: intent === "hide", reason }),
      );
      return back(replyId ? `reactie-${replyId}` : undefined);
    }
    case "lock":
    case "unlock":
      if (!viewer.isStaff) forbidden();
      must(await setLocked({ viewer, caseId, locked: intent === "lock" }));
      return back();
    case "edit-case": {
      const values = echo(form, ["title", "situation", "whatIDid", "question"]);
      const parsed = parseForm(form, CaseFieldsSchema);
      if (!parsed.ok) return formProblem(intent, { errors: parsed.errors, values });
      const findings = checkFields(parsed.data);
      if (findings.length && !isChecked(form, "privacyConfirmed"))
        return formProblem(intent, { findings, values });
      must(await editCase({ viewer, caseId, text: parsed.data }), forbidden);
      return back();
    }
    case "edit-reply": {
      const values = echo(form, ["body"]);
      const parsed = parseForm(form, ReplySchema);
      if (!parsed.ok || replyId === null)
        return formProblem(intent, {
          errors: parsed.ok ? {} : parsed.errors,
          values,
          target: replyId,
        });
      const findings = checkFields({ body: parsed.data.body });
      if (findings.length && !isChecked(form, "privacyConfirmed"))
        return formProblem(intent, { findings, values, target: replyId });
      must(await editReply({ viewer, caseId, replyId, body: parsed.data.body }), forbidden);
      return back(`reactie-${replyId}`);
    }
    case "forget-history":
      must(await forgetEarlierVersions({ viewer, caseId, replyId }), forbidden);
      return back(replyId ? `reactie-${replyId}` : undefined);
    case "delete":
      must(await deleteOwnPost({ viewer, caseId, replyId }), forbidden);
      return back(replyId ? `reactie-${replyId}` : undefined);
    case "follow":
    case "unfollow":
      must(await setFollowing({ viewer, caseId, following: intent === "follow" }));
      return back();
    case "read": {
      must(await markThreadRead({ viewer, caseId }));
      return form.get("js") === "1"
        ? json({
            intent,
            target: null,
            errors: {},
            values: {},
            findings: [],
            formError: null,
            done: null,
          })
        : back();
    }
    default:
      badRequest();
  }
}
