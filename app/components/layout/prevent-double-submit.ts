import { useFetchers, useNavigation } from "@remix-run/react";
import { useEffect, useLayoutEffect, useRef } from "react";

// The mark must be gone in the same commit that shows the answer (errors, a new form), before anyone can click again.
const useCommitEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/**
 * A second submit of a form whose first submit is still on its way is
 * dropped: a double click on "Bijeenkomst plannen" sends one request. The
 * mark is cleared once the router is idle again (and re-checked every
 * second, so a submit that never started a request cannot lock the form).
 * Without JavaScript the browser itself replaces the page on the first submit;
 * the actions that create things also refuse exact duplicates.
 */
export function usePreventDoubleSubmit() {
  const navigation = useNavigation();
  const fetchers = useFetchers();
  const busy = navigation.state !== "idle" || fetchers.some((fetcher) => fetcher.state !== "idle");
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const release = (form: HTMLFormElement) => {
      if (busyRef.current) window.setTimeout(() => release(form), 1000);
      else delete form.dataset.submitting;
    };
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.method === "dialog" || form.method === "get")
        return;
      if (form.dataset.submitting) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      form.dataset.submitting = "1";
      window.setTimeout(() => release(form), 1000);
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, []);

  useCommitEffect(() => {
    if (!busy)
      for (const form of document.querySelectorAll<HTMLFormElement>("form[data-submitting]"))
        delete form.dataset.submitting;
  }, [busy]);
}
