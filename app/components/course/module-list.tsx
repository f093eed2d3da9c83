import { Form, Link } from "@remix-run/react";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useT } from "../use-t";

type Props = {
  mine: {
    id: string;
    title: string;
    region: string | null;
    status: "DRAFT" | "PUBLISHED";
    version: number;
    latestIsPublished: boolean;
  }[];
  shared: {
    id: string;
    title: string;
    region: string | null;
    author: string;
    org: string | null;
    goals: string[];
  }[];
};

/** The facilitator's own local modules and the shared catalogue of published ones. */
export function ModuleList({ mine, shared }: Props) {
  const t = useT();
  return (
    <div className="stack">
      <h1>{t("course.modules.title")}</h1>
      <p>{t("course.modules.intro")}</p>
      <p>
        <Link className="btn btn-primary" to="/modules/nieuw">
          {t("course.modules.new")}
        </Link>
      </p>
      <Card title={t("course.modules.mine")}>
        {mine.length === 0 ? (
          <p>{t("course.modules.noneMine")}</p>
        ) : (
          <ul className="run-list">
            {mine.map((module) => (
              <li key={module.id} className="run-item">
                <div>
                  <strong>{module.title}</strong>
                  <span className="muted">
                    {" · "}
                    {t(`course.modules.status.${module.status}`)} (
                    {t("course.modules.versionN", { n: module.version })})
                    {module.status === "PUBLISHED" && !module.latestIsPublished
                      ? ` · ${t("course.modules.draftNewer")}`
                      : ""}
                    {module.region ? ` · ${module.region}` : ""}
                  </span>
                </div>
                <div className="actions">
                  <Link
                    to={`/modules/${module.id}/bewerken`}
                    aria-label={`${t("course.modules.edit")}: ${module.title}`}
                  >
                    {t("course.modules.edit")}
                  </Link>
                  <Link
                    to={`/modules/${module.id}`}
                    aria-label={`${t("course.modules.view")}: ${module.title}`}
                  >
                    {t("course.modules.view")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("course.modules.shared")}>
        {shared.length === 0 ? (
          <p>{t("course.modules.noneShared")}</p>
        ) : (
          <ul className="run-list">
            {shared.map((module) => (
              <li key={module.id} className="run-item">
                <div>
                  <Link to={`/modules/${module.id}`}>
                    <strong>{module.title}</strong>
                  </Link>
                  <span className="muted">
                    {" "}
                    · {t("course.modules.by", { author: module.author })}
                    {module.org ? `, ${module.org}` : ""}
                    {module.region ? ` · ${module.region}` : ""}
                  </span>
                </div>
                <Form method="post" action={`/modules/${module.id}`}>
                  <Button
                    name="intent"
                    value="copy"
                    variant="secondary"
                    aria-label={t("course.modules.copyLabel", { title: module.title })}
                  >
                    {t("course.modules.copy")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
