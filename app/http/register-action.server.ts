import { json } from "@remix-run/node";
import { todayInAmsterdam } from "~/utils/dates";
import { recordVogSeen, setVolunteerTypes } from "~/modules/clubs/record-member.server";
import { MemberTarget, parseVogDate, VolunteerTypesSchema } from "~/modules/clubs/schemas.server";
import { badRequest } from "~/modules/auth/guards.server";

/**
 * The register's two forms (volunteer types, VOG date) for one member of this
 * organisation. Answers with field errors next to the right member's form.
 */
export async function registerAction({
  form,
  orgId,
  adminId,
}: {
  form: FormData;
  orgId: string;
  adminId: string;
}) {
  const target = MemberTarget.safeParse({ userId: form.get("userId") });
  if (!target.success) badRequest();
  const { userId } = target.data;
  if (form.get("intent") === "types") {
    const raw = form.getAll("types").map(String);
    const fail = (error: string) =>
      json(
        {
          inviteLink: null,
          register: {
            userId,
            form: "types" as const,
            errors: { types: error },
            values: { types: raw.join(",") },
          },
          saved: null,
        },
        400,
      );
    const parsed = VolunteerTypesSchema.safeParse(raw);
    if (!parsed.success)
      return fail(
        parsed.error.issues[0]?.message.includes(".")
          ? parsed.error.issues[0].message
          : "clubs.errors.typesRequired",
      );
    const result = await setVolunteerTypes({ orgId, userId, adminId, types: parsed.data });
    if (result === "not-member") throw new Response("Not Found", { status: 404 });
    if (result === "needs-certificate") return fail("clubs.errors.trainedNeedsCertificate");
    return json({ inviteLink: null, register: null, saved: { userId, key: "clubs.typesSaved" } });
  }
  const seenOn = String(form.get("seenOn") ?? "");
  const parsed = parseVogDate(seenOn, todayInAmsterdam());
  if (!parsed.ok)
    return json(
      {
        inviteLink: null,
        register: {
          userId,
          form: "vog" as const,
          errors: { seenOn: parsed.error },
          values: { seenOn },
        },
        saved: null,
      },
      400,
    );
  if (!(await recordVogSeen({ orgId, userId, adminId, seenOn: parsed.date })))
    throw new Response("Not Found", { status: 404 });
  return json({ inviteLink: null, register: null, saved: { userId, key: "clubs.vogSaved" } });
}
