import { Form, Link, useSearchParams } from "@remix-run/react";
import { ArchivedNotice } from "../cohorts/archived-notice";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { ConfirmAction } from "../ui/confirm-action";
import { useT } from "../use-t";

type Lessons = { slug: string; title: string }[];
type Update = {
  key: string;
  title: string;
  from: number | null;
  to: number | null;
  added: Lessons;
  removed: Lessons;
  changed: Lessons;
};

/** Lessons added, removed and changed by a new version, one line each. */
function Changes({ updates }: { updates: Update[] }) {
  const t = useT();
  const line = (
    key: "course.run.added" | "course.run.removed" | "course.run.changed",
    lessons: Lessons,
  ) =>
    lessons.length ? (
      <li>{t(key, { lessons: lessons.map((lesson) => lesson.title).join(", ") })}</li>
    ) : null;
  return (
    <ul>
      {updates.map((update) => (
        <li key={update.key}>
          <strong>{update.title}</strong>
          <ul>
            {line("course.run.added", update.added)}
            {line("course.run.removed", update.removed)}
            {line("course.run.changed", update.changed)}
          </ul>
        </li>
      ))}
    </ul>
  );
}

type Props = {
  cohortId: string;
  cohortName: string;
  run: {
    key: string;
    kind: "kern" | "lokaal" | "lm";
    title: string;
    required: boolean;
    minutes: number;
    region: string | null;
    forCoordinators: boolean;
  }[];
  available: { key: string; title: string; region: string | null; author: string | null }[];
  cohortVersion: { id: string; label: string } | null;
  currentVersion: { id: string; label: string };
  coreUpdates: Update[];
  localUpdates: Update[];
  twoWorlds: { on: boolean; mixed: boolean };
  tandem: { on: boolean; mixed: boolean };
  /** An archived cohort: the run is shown, without forms. */
  archived: boolean;
};

/** The facilitator's page to choose, order and require the modules of a cohort's course. */
export function RunEditor({
  cohortId,
  cohortName,
  run,
  available,
  cohortVersion,
  currentVersion,
  coreUpdates,
  localUpdates,
  twoWorlds,
  tandem,
  archived,
}: Props) {
  const t = useT();
  const [params] = useSearchParams();
  const done = params.get("gedaan");
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohortId}/cursus`}>{t("course.overview.back")}</Link>
      </p>
      <h1>{t("course.run.title")}</h1>
      <p className="muted">{cohortName}</p>
      <p>{t("course.run.intro")}</p>
      {done === "ok" ? <Alert tone="success">{t("course.run.saved")}</Alert> : null}
      {done === "kern" ? <Alert tone="success">{t("course.run.moved")}</Alert> : null}
      {done === "lokaal" ? <Alert tone="success">{t("course.run.movedLocal")}</Alert> : null}
      {done === "fout" ? <Alert tone="error">{t("course.run.notAddable")}</Alert> : null}
      <ArchivedNotice archived={archived} />
      {localUpdates.length && !archived ? (
        <Card title={t("course.run.updatesTitle")}>
          {localUpdates.map((update) => (
            <div key={update.key} className="stack">
              <p>
                {t("course.run.updateLocal", {
                  title: update.title,
                  from: update.from ?? "",
                  to: update.to ?? "",
                })}
              </p>
              <Changes updates={[update]} />
              <p className="field-hint">{t("course.run.moveHint")}</p>
              <Form method="post">
                <input type="hidden" name="moduleKey" value={update.key} />
                <Button name="intent" value="newest-local">
                  {t("course.run.moveLocal", { title: update.title, to: update.to ?? "" })}
                </Button>
              </Form>
            </div>
          ))}
        </Card>
      ) : null}
      <Card title={t("course.run.current")}>
        <ol className="run-list">
          {run.map((module, index) => (
            <li key={module.key} className="run-item">
              <div>
                <strong>{module.title}</strong>
                <span className="muted">
                  {" · "}
                  {module.kind === "kern"
                    ? `${t("course.run.coreFixed")} · `
                    : `${t("course.overview.local")} · `}
                  {module.forCoordinators ? `${t("course.run.forCoordinators")} · ` : ""}
                  {module.required ? t("course.required") : t("course.optional")}
                </span>
              </div>
              {archived ? null : (
                <Form method="post" className="actions run-actions">
                  <input type="hidden" name="moduleKey" value={module.key} />
                  <Button
                    name="intent"
                    value="up"
                    variant="secondary"
                    disabled={index === 0}
                    aria-label={t("course.run.upLabel", { title: module.title })}
                  >
                    {t("course.run.up")}
                  </Button>
                  <Button
                    name="intent"
                    value="down"
                    variant="secondary"
                    disabled={index === run.length - 1}
                    aria-label={t("course.run.downLabel", { title: module.title })}
                  >
                    {t("course.run.down")}
                  </Button>
                  {module.kind !== "kern" || module.forCoordinators || !module.required ? (
                    <Button
                      name="intent"
                      value={module.required ? "optional" : "required"}
                      variant="secondary"
                      aria-label={t("course.run.requiredLabel", {
                        title: module.title,
                        state: module.required
                          ? t("course.run.makeOptional")
                          : t("course.run.makeRequired"),
                      })}
                    >
                      {module.required
                        ? t("course.run.makeOptional")
                        : t("course.run.makeRequired")}
                    </Button>
                  ) : null}
                </Form>
              )}
              {module.kind !== "kern" && !archived ? (
                <ConfirmAction
                  label={t("course.run.remove")}
                  question={t("course.run.removeQuestion", { title: module.title })}
                >
                  <Form method="post">
                    <input type="hidden" name="moduleKey" value={module.key} />
                    <Button name="intent" value="remove" variant="danger">
                      {t("course.run.removeConfirm", { title: module.title })}
                    </Button>
                  </Form>
                </ConfirmAction>
              ) : null}
            </li>
          ))}
        </ol>
      </Card>
      {archived ? null : (
        <Card title={t("course.run.add")}>
          {available.length === 0 ? (
            <p>{t("course.run.noAvailable")}</p>
          ) : (
            <p>{t("course.run.addIntro")}</p>
          )}
          <ul className="run-list">
            {available.map((module) => (
              <li key={module.key} className="run-item">
                <div>
                  <strong>{module.title}</strong>
                  <span className="muted">
                    {module.region ? ` · ${module.region}` : ""}
                    {module.author ? ` · ${t("course.run.by", { author: module.author })}` : ""}
                  </span>
                </div>
                <Form method="post" className="actions run-actions">
                  <input type="hidden" name="moduleKey" value={module.key} />
                  <label className="checkbox">
                    <input type="checkbox" name="required" defaultChecked />{" "}
                    {t("course.run.addRequired")}
                  </label>
                  <Button
                    name="intent"
                    value="add"
                    aria-label={t("course.run.addLabel", { title: module.title })}
                  >
                    {t("course.run.addSubmit")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card
        title={
          cohortVersion && cohortVersion.id !== currentVersion.id
            ? `${t("course.run.versionTitle")}: ${t("course.run.updatesTitle")}`
            : t("course.run.versionTitle")
        }
      >
        {cohortVersion && cohortVersion.id !== currentVersion.id ? (
          <>
            <p>
              {t("course.run.versionNow", {
                cohort: `${cohortVersion.label} (${cohortVersion.id})`,
                current: `${currentVersion.label} (${currentVersion.id})`,
              })}
            </p>
            <Changes updates={coreUpdates} />
            <p className="field-hint">{t("course.run.moveHint")}</p>
            {archived ? null : (
              <Form method="post">
                <Button name="intent" value="newest-core">
                  {t("course.run.versionMove")}
                </Button>
              </Form>
            )}
          </>
        ) : (
          <p>
            {t("course.run.versionSame", {
              current: `${currentVersion.label} (${currentVersion.id})`,
            })}
          </p>
        )}
      </Card>
      <section className="card" id="twee-werelden">
        <h2 className="card-title">{t("course.run.twoWorlds.title")}</h2>
        <h3>{t("course.run.twoWorlds.caseTitle")}</h3>
        <p>{t("course.run.twoWorlds.intro")}</p>
        <p>
          {twoWorlds.on
            ? twoWorlds.mixed
              ? t("course.run.twoWorlds.onMixed")
              : t("course.run.twoWorlds.onOneSector")
            : t("course.run.twoWorlds.off")}
        </p>
        {archived ? null : (
          <Form method="post">
            <input
              type="hidden"
              name="intent"
              value={twoWorlds.on ? "cross-sector-off" : "cross-sector-on"}
            />
            <Button variant="secondary">
              {twoWorlds.on
                ? t("course.run.twoWorlds.switchOff")
                : t("course.run.twoWorlds.switchOn")}
            </Button>
          </Form>
        )}
        <h3>{t("course.run.twoWorlds.tandemTitle")}</h3>
        <p>{t("course.run.twoWorlds.tandemIntro")}</p>
        <p>
          {tandem.on
            ? tandem.mixed
              ? t("course.run.twoWorlds.tandemOnMixed")
              : t("course.run.twoWorlds.tandemOnOneSector")
            : t("course.run.twoWorlds.tandemOff")}
        </p>
        {archived ? null : (
          <Form method="post">
            <input type="hidden" name="intent" value={tandem.on ? "tandem-off" : "tandem-on"} />
            <Button variant="secondary">
              {tandem.on
                ? t("course.run.twoWorlds.tandemSwitchOff")
                : t("course.run.twoWorlds.tandemSwitchOn")}
            </Button>
          </Form>
        )}
        <p>
          <Link to={`/groepen/${cohortId}/tandem`}>{t("course.run.twoWorlds.tandemPage")}</Link>
        </p>
      </section>
    </div>
  );
}
