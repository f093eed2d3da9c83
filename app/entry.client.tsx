import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { rememberTypedText } from "./components/keep-typed-text";

// Hydration runs in a transition, in small slices; what someone typed before
// the scripts arrived is kept (keep-typed-text.ts).
rememberTypedText();
startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
