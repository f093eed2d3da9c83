import { UNSAFE_RemixContext } from "@remix-run/react";
import { useContext } from "react";
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { hasFormErrors } from "../forms";
import { useT } from "../use-t";

type MetaDescriptor = { title?: unknown };
type MetaExport =
  ((args: Record<string, unknown>) => MetaDescriptor[] | undefined) | MetaDescriptor[] | undefined;

/**
 * "Fout: <page title>" while the page shows the errors of a failed submit, so
 * a screen reader and the browser tab say so first. Rendered before Remix's
 * <Meta />: the first <title> of a document is its title. Remix gives meta
 * functions no action data, hence this reads the router state itself.
 */
export function ErrorTitle({ fallback }: { fallback?: string | null }) {
  const t = useT();
  const state = useContext(UNSAFE_DataRouterStateContext);
  const remix = useContext(UNSAFE_RemixContext);
  if (!state?.actionData || !remix) return null;
  if (!Object.values(state.actionData).some(hasFormErrors)) return null;
  let title: string | null = null;
  for (const match of [...state.matches].reverse()) {
    const meta = remix.routeModules[match.route.id]?.meta as MetaExport;
    if (!meta) continue;
    const descriptors =
      typeof meta === "function"
        ? meta({
            data: state.loaderData[match.route.id],
            params: match.params,
            location: state.location,
            matches: [],
            error: undefined,
          })
        : meta;
    const found = descriptors?.find((descriptor) => descriptor && "title" in descriptor)?.title;
    if (found) {
      title = String(found);
      break;
    }
  }
  return (
    <title>{t("errors.titlePrefix", { title: title ?? fallback ?? "Buiten de Lijnen" })}</title>
  );
}
