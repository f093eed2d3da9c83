import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireUser } from "~/modules/auth/guards.server";
import { findLessonModule, lessonModuleText } from "~/modules/courses/compile-mdx.server";

/**
 * A compiled lesson as a JavaScript module, by the content hash of its MDX
 * (decision 023). Only code the compiler made of checked MDX for a page is
 * here; the address never compiles anything. The same address always has the
 * same content, so the browser keeps it for good; for people who are logged in.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const compiled = await findLessonModule(params.file ?? "");
  if (!compiled) notFound();
  await requireUser(request);
  return new Response(lessonModuleText(compiled.code), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}
