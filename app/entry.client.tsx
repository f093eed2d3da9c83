import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadLessonModulesOnPage } from "./components/course/lesson-modules";
import { rememberTypedText } from "./components/keep-typed-text";
import { loadedCatalogue, registerCatalogue } from "~/i18n/loaded";
import { PageLanguageContext } from "./components/layout/page-language";
import { isLocale } from "./i18n";

// Hydration runs in a transition, in small slices; what someone typed before
// the scripts arrived is kept (keep-typed-text.ts).
// A language other than Dutch: its catalogue is a content-hashed file (preloaded by the page, cached for good), loaded before hydrating.
rememberTypedText();
// Without root data (an action crashed), the language the server wrote on <html> (page-language.ts).
const fallbackHref = document.documentElement.getAttribute("data-messages");
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
const catalogue =
  href && !loadedCatalogue(href)
    ? fetch(href)
        .then((response) => response.json())
        .then((messages) => registerCatalogue(href, messages))
    : Promise.resolve();

// The lessons on the page are ES modules (decision 023), imported before hydrating so the first render is the server's.
void Promise.all([catalogue.catch(() => undefined), loadLessonModulesOnPage()]).finally(() =>
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
);
