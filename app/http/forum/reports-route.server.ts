import { json, redirect } from "@remix-run/node";
import { badRequest, forbidden } from "~/modules/auth/guards.server";
import { listOpenReports, resolveReport, setHidden } from "~/modules/forum/moderation.server";
import { sendPendingReplyNotifications } from "~/modules/forum/reply-notifications.server";
import { requireSpace, spacePath } from "~/modules/forum/space-access.server";

const requireStaffSpace = async (request: Request, cohortId: string | null) => {
  const viewer = await requireSpace(request, cohortId);
  if (!viewer.isStaff) forbidden();
  return viewer;
};

/** Open reports of a space, for its facilitators. */
export async function loadReports({
  request,
  cohortId,
}: {
  request: Request;
  cohortId: string | null;
}) {
  const viewer = await requireStaffSpace(request, cohortId);
  return json({
    reports: await listOpenReports({ viewer }),
    space: { cohortId, path: spacePath(cohortId) },
  });
}

/** Hide, restore or close a report; and "send reply mails now", which flushes the mail queue without waiting. */
export async function reportsAction({
  request,
  cohortId,
}: {
  request: Request;
  cohortId: string | null;
}) {
  const viewer = await requireStaffSpace(request, cohortId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const caseId = String(form.get("caseId") ?? "");
  const replyId = String(form.get("replyId") ?? "") || null;
  const path = `${spacePath(cohortId)}/meldingen`;
  if (intent === "hide" || intent === "restore") {
    const reason =
      String(form.get("reason") ?? "")
        .trim()
        .slice(0, 500) || null;
    await setHidden({ viewer, target: { caseId, replyId }, hidden: intent === "hide", reason });
    return redirect(path);
  }
  if (intent === "resolve") {
    await resolveReport({ viewer, reportId: String(form.get("reportId") ?? "") });
    return redirect(path);
  }
  if (intent === "send-notifications") {
    const sent = await sendPendingReplyNotifications({ delayMinutes: 0 });
    return redirect(`${path}?verstuurd=${sent}`);
  }
  badRequest();
}
