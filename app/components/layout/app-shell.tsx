import { Form, Link, NavLink, useLocation, useMatches, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { loader } from "~/root";
import { useT } from "../use-t";

/** Header, navigation and main landmark around every page. */
export function AppShell({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const t = useT();
  const location = useLocation();
  // A page may keep its URL out of the HTML (the verification page must not echo a code).
  const returnPath = useMatches()
    .map((match) => (match.handle as { returnPath?: string } | undefined)?.returnPath)
    .find(Boolean);
  const user = data?.user;
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t("common.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t("common.appName")}
          </Link>
          <nav aria-label={t("common.mainNav")}>
            <ul className="nav-list">
              {user ? (
                <>
                  <li>
                    <NavLink to="/mijn-overzicht">{t("common.navOverview")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/groepen">{t("cohorts.nav")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/coalities">{t("coalitions.nav")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/casussen">{t("common.navCases")}</NavLink>
                  </li>
                  {user.role !== "PARTICIPANT" ? (
                    <li>
                      <NavLink to="/modules">{t("course.navModules")}</NavLink>
                    </li>
                  ) : null}
                  {user.adminOf.length ? (
                    // One organisation: straight to it; several: the overview lists them.
                    <li>
                      <NavLink
                        to={user.adminOf.length === 1 ? `/organisaties/${user.adminOf[0].id}` : "/"}
                        end={user.adminOf.length > 1}
                      >
                        {t(
                          user.adminOf.every((org) => org.isClub)
                            ? "common.navClubAdmin"
                            : "common.navOrgAdmin",
                        )}
                      </NavLink>
                    </li>
                  ) : null}
                  {user.role === "ADMIN" ? (
                    <li>
                      <NavLink to="/beheer">{t("common.navAdmin")}</NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/account">{t("common.navAccount")}</NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/uitloggen">
                      <button type="submit" className="btn-link">
                        {t("common.navLogout")}
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <Link to="/inloggen">{t("common.navLogin")}</Link>
                  </li>
                  <li>
                    <Link to="/aanmelden">{t("common.navSignup")}</Link>
                  </li>
                </>
              )}
              <li>
                {/* A whole new document: the other language's catalogue file is loaded before hydration (issue 20). */}
                <Form method="post" action="/taal" reloadDocument>
                  <input type="hidden" name="locale" value={data?.locale === "en" ? "nl" : "en"} />
                  <input
                    type="hidden"
                    name="redirectTo"
                    value={returnPath ?? location.pathname + location.search}
                  />
                  <button
                    type="submit"
                    className="btn-link"
                    lang={data?.locale === "en" ? "nl" : "en"}
                  >
                    {data?.locale === "en" ? "Nederlands" : t("common.switchLanguage")}
                  </button>
                </Form>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" className="container main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("common.tagline")}</p>
          <p>
            <Link to="/privacy">{t("legal.footerPrivacy")}</Link>
            {" · "}
            <Link to="/toegankelijkheid">{t("legal.footerAccessibility")}</Link>
          </p>
          {data?.showOutbox ? (
            <p>
              <Link to="/dev/postvak">{t("common.navOutbox")}</Link>
            </p>
          ) : null}
        </div>
      </footer>
    </>
  );
}
