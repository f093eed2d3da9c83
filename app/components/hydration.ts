import { useEffect, useState } from "react";

let hydrated = false;

/** Called once by the root after the first client render: from then on React renders everything itself. */
export function useMarkHydrated() {
  useEffect(() => {
    hydrated = true;
  }, []);
}

/**
 * True while React hydrates the page the server sent (and stays true for
 * this component instance); false on the server and after client-side
 * navigation. Lets a long list keep the server's HTML for items that have
 * not changed since, instead of hydrating each of them.
 */
export function useIsFirstHydration(): boolean {
  const [first] = useState(() => typeof document !== "undefined" && !hydrated);
  return first;
}
