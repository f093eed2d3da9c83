import { json, redirect } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";
import { getOwnReflection, postCase } from "~/modules/forum/post-case.server";
import { checkFields } from "~/modules/forum/privacy-check";
import { echo, formProblem } from "./respond.server";
import { CaseFieldsSchema, isChecked, ModuleKeySchema, readThemes } from "~/modules/forum/schemas";
import { refuseArchivedChange, requireSpace, spacePath } from "~/modules/forum/space-access.server";
import { isTheme } from "~/modules/forum/themes";

/** The new-case form, prefilled from a lesson prompt (?thema=, ?module=) or from the learner's own reflection (?reflectie=). */
export async function loadNewCase({ request, cohortId }: { request: Request; cohortId: string }) {
  const viewer = await requireSpace(request, cohortId);
  const params = new URL(request.url).searchParams;
  const theme = params.get("thema");
  const moduleKey = ModuleKeySchema.safeParse(params.get("module"));
  const reflectionId = params.get("reflectie");
  const reflection =
    reflectionId && !viewer.archived
      ? await getOwnReflection({ reflectionId, userId: viewer.user.id, cohortId })
      : null;
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { name: true } });
  return json({
    cohortId,
    cohortName: cohort?.name ?? "",
    archived: viewer.archived ?? false,
    prefill: {
      themes: isTheme(theme) ? [theme] : [],
      moduleKey: moduleKey.success ? moduleKey.data : (reflection?.moduleKey ?? ""),
      situation: reflection?.text ?? "",
      reflectionId: reflection?.id ?? "",
      place: params.get("plek") === "cursus" ? "cursus" : "groep",
    },
  });
}

/** Posts the case after the privacy check; the poster may confirm the findings explicitly. */
export async function newCaseAction({ request, cohortId }: { request: Request; cohortId: string }) {
  const viewer = await requireSpace(request, cohortId);
  refuseArchivedChange(viewer, "case");
  const form = await request.formData();
  const values = echo(form, [
    "title",
    "situation",
    "whatIDid",
    "question",
    "themes",
    "pseudonymous",
    "place",
    "moduleKey",
    "reflectionId",
  ]);
  const parsed = parseForm(form, CaseFieldsSchema);
  const themes = readThemes(form);
  const errors = {
    ...(parsed.ok ? {} : parsed.errors),
    ...(themes.length ? {} : { themes: "forum.errors.themesRequired" }),
  };
  if (!parsed.ok || Object.keys(errors).length) return formProblem("case", { errors, values });
  const findings = checkFields(parsed.data);
  if (findings.length && !isChecked(form, "privacyConfirmed"))
    return formProblem("case", { findings, values });
  const moduleKey = ModuleKeySchema.safeParse(form.get("moduleKey"));
  const reflectionId =
    String(form.get("reflectionId") || new URL(request.url).searchParams.get("reflectie") || "") ||
    null;
  const created = await postCase({
    viewer,
    fromCohortId: cohortId,
    courseWide: form.get("place") === "cursus",
    reflectionId,
    input: {
      ...parsed.data,
      themes,
      pseudonymous: isChecked(form, "pseudonymous"),
      moduleKey: moduleKey.success ? moduleKey.data : null,
    },
  });
  return redirect(`${spacePath(created.cohortId)}/${created.id}`);
}
