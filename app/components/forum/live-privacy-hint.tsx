import { useEffect, useRef, useState } from "react";
import type { FieldFinding } from "~/modules/forum/privacy-check";
import { useT } from "../use-t";

/**
 * The privacy guard while typing: a hint under the case or reply fields of
 * the surrounding form. The guard is loaded on the first keystroke (not with
 * the page), runs in the browser, and the server still does the check that
 * counts. Without JavaScript nothing shows here; the server's check remains.
 */
export function LivePrivacyHint({ fields }: { fields: string[] }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  const names = fields.join(",");
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const watched = names.split(",");
    let timer: ReturnType<typeof setTimeout> | undefined;
    let check: ((values: Record<string, string>) => FieldFinding[]) | null = null;
    const run = async () => {
      check ??= (await import("~/modules/forum/privacy-check")).checkFields;
      const data = new FormData(form);
      setFindings(
        check(Object.fromEntries(watched.map((name) => [name, String(data.get(name) ?? "")]))),
      );
    };
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      if (!target || !watched.includes(target.name)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void run(), 400);
    };
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("input", onInput);
      clearTimeout(timer);
    };
  }, [names]);
  return (
    <div ref={ref} className="forum-privacy-live" aria-live="polite">
      {findings.length ? (
        <div className="field-hint">
          <p>
            <strong>{t("forum.privacy.liveTitle")}</strong>
          </p>
          <ul>
            {findings.map((finding, index) => (
              <li key={index}>
                {t("forum.privacy.liveFound", {
                  kind: t(`forum.privacy.kind.${finding.kind}`),
                  text: finding.text,
                })}
              </li>
            ))}
          </ul>
          <p>{t("forum.privacy.liveTip")}</p>
        </div>
      ) : null}
    </div>
  );
}
