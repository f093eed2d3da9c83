import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RunEditor } from "~/components/course/run-editor";
import { requireCohortStaff, requireCohortStaffToChange } from "~/modules/cohorts/access.server";
import { publicRun } from "~/modules/courses/course-run";
import {
  addToRun,
  getRunEditor,
  moveModule,
  moveToNewestCore,
  moveToNewestLocal,
  removeFromRun,
  setRequired,
} from "~/modules/courses/edit-run.server";
import { RunForm } from "~/modules/courses/schemas.server";
import { getTwoWorldsSetting, setTwoWorlds } from "~/modules/cohorts/cross-sector.server";
import { getTandemSetting, setTandemRequired } from "~/modules/cohorts/tandem.server";
import { badRequest } from "~/modules/auth/guards.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { cohortId, archived } = await requireCohortStaff(request, params.cohortId);
  const [editor, twoWorlds, tandem] = await Promise.all([
    getRunEditor({ cohortId }),
    getTwoWorldsSetting({ cohortId }),
    getTandemSetting({ cohortId }),
  ]);
  return json({
    cohortId,
    ...editor,
    run: publicRun(editor.run),
    twoWorlds,
    tandem,
    archived,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { cohortId } = await requireCohortStaffToChange(request, params.cohortId);
  const parsed = RunForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) badRequest();
  const input = parsed.data;
  const back = (done: string) => redirect(`/groepen/${cohortId}/cursus/indeling?gedaan=${done}`);
  switch (input.intent) {
    case "cross-sector-on":
    case "cross-sector-off":
      await setTwoWorlds({ cohortId, on: input.intent === "cross-sector-on" });
      return back("ok");
    case "tandem-on":
    case "tandem-off":
      await setTandemRequired({ cohortId, on: input.intent === "tandem-on" });
      return back("ok");
    case "newest-core":
      await moveToNewestCore({ cohortId });
      return back("kern");
    case "newest-local":
      return back(
        (await moveToNewestLocal({ cohortId, moduleKey: input.moduleKey })) ? "lokaal" : "fout",
      );
    case "add":
      if (
        !(await addToRun({
          cohortId,
          moduleKey: input.moduleKey,
          required: input.required === "on",
        }))
      )
        return back("fout");
      return back("ok");
    case "remove":
      await removeFromRun({ cohortId, moduleKey: input.moduleKey });
      return back("ok");
    case "required":
    case "optional":
      // Only local modules and the core modules meant for coordinators and boards can be made optional.
      return back(
        (await setRequired({
          cohortId,
          moduleKey: input.moduleKey,
          required: input.intent === "required",
        }))
          ? "ok"
          : "fout",
      );
    default:
      await moveModule({ cohortId, moduleKey: input.moduleKey, direction: input.intent });
      return back("ok");
  }
}

export default function RunRoute() {
  return <RunEditor {...useLoaderData<typeof loader>()} />;
}
