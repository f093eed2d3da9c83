import { Form, Link } from "@remix-run/react";
import { Button } from "../ui/button";
import { Alert, Card } from "../ui/card";
import { useT } from "../use-t";
import { MdxContent } from "./mdx-content";

type Props = {
  module: {
    id: string;
    isOwner: boolean;
    title: string;
    region: string | null;
    author: string;
    goals: string[];
    lessons: { slug: string; title: string; minutes: number; module: string }[];
    history: { number: number; title: string; published: boolean }[];
  };
};

/** A local module to read: the owner's latest version, or the published one for others. */
export function ModuleView({ module }: Props) {
  const t = useT();
  return (
    <div className="stack">
      <p>
        <Link to="/modules">{t("course.modules.title")}</Link>
      </p>
      <h1>{module.title}</h1>
      <p className="muted">
        {t("course.modules.by", { author: module.author })}
        {module.region ? ` · ${module.region}` : ""}
      </p>
      {module.isOwner ? (
        <p>
          <Link className="btn btn-primary" to={`/modules/${module.id}/bewerken`}>
            {t("course.modules.edit")}
          </Link>
        </p>
      ) : (
        <>
          <Alert tone="info">{t("course.modules.readOnly")}</Alert>
          <Form method="post">
            <Button name="intent" value="copy">
              {t("course.modules.copy")}
            </Button>
          </Form>
        </>
      )}
      {module.goals.length ? (
        <Card title={t("course.overview.goals")}>
          <ul>
            {module.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      {module.lessons.map((lesson) => (
        <Card key={lesson.slug} title={lesson.title}>
          <p className="muted">{t("course.minutes", { minutes: lesson.minutes })}</p>
          <MdxContent module={lesson.module} context={{ mode: "preview" }} />
        </Card>
      ))}
      {module.history.length ? (
        <Card title={t("course.modules.history")}>
          <ul>
            {module.history.map((version) => (
              <li key={version.number}>
                {t("course.modules.historyItem", { n: version.number, title: version.title })}
                {version.published ? ` (${t("course.modules.published")})` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
