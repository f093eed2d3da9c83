import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadLessonModulesOnPage } from "./components/course/lesson-modules";
import { rememberTypedText } from "./components/keep-typed-text";
import { registerCatalogue } from "~/i18n/loaded";
import type { DeepPartialMessages } from "~/i18n/translate";
import { PageLanguageContext } from "./components/layout/page-language";
import { isLocale } from "./i18n";

// Hydration runs in a transition, in small slices; what someone typed before
// the scripts arrived is kept (keep-typed-text.ts).
// The page's language: its catalogue is a content-hashed file (preloaded by the page, cached for good),
// loaded before hydrating so the first render uses the text the server used. An error page whose root
// loader failed names no file; the server rendered it in Dutch.
rememberTypedText();
// Without root data (an action crashed), the language the server wrote on <html> (page-language.ts).
const fallbackHref = document.documentElement.getAttribute("data-messages") ?? "/i18n/nl.json";
const fallbackLocale = document.documentElement.lang;
const language = isLocale(fallbackLocale)
  ? { locale: fallbackLocale, messagesHref: fallbackHref }
  : null;
const href =
  (
    window as {
      __remixContext?: { state?: { loaderData?: { root?: { messagesHref?: string | null } } } };
    }
  ).__remixContext?.state?.loaderData?.root?.messagesHref ?? fallbackHref;
const catalogue = fetch(href)
  .then((response) => response.json())
  .then((messages: DeepPartialMessages) => registerCatalogue(href, messages));

// The lessons on the page are ES modules (decision 023), imported before hydrating so the first render is the server's.
// Without its catalogue (offline) the page is not hydrated: it keeps working as served, without JavaScript.
void Promise.all([catalogue, loadLessonModulesOnPage()]).then(
  () =>
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <PageLanguageContext.Provider value={language}>
            <RemixBrowser />
          </PageLanguageContext.Provider>
        </StrictMode>,
      );
    }),
  () => undefined,
);
