import { keyFromData } from "~/i18n/translate";
import { Form } from "@remix-run/react";
import { CheckboxGroup } from "~/components/cohorts/checkbox-group";
import { Button } from "~/components/ui/button";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";

export type RegisterMember = {
  userId: string;
  name: string;
  domain: string | null;
  isAdmin: boolean;
  courseStatus: "none" | "inCohort" | "completed" | "valid" | "revoked";
  certificate: { code: string; codeLabel: string } | null;
  volunteerTypes: string[];
  trained: { date: string; admin: string } | null;
  vog: {
    state: "none" | "valid" | "dueSoon" | "overdue";
    seenOn: string | null;
    seenOnIso: string;
    seenBy: string;
    renewBy: string | null;
  };
};

export type RegisterFeedback = {
  userId: string;
  form: "types" | "vog";
  errors: Record<string, string>;
  values: Record<string, string>;
} | null;

const TYPES = ["regulier", "getraind", "specialist", "organisatorisch"] as const;

/** One section per member: course status, certificate, volunteer types and VOG, with the admin's two forms. */
export function RegisterList({
  members,
  feedback,
  today,
}: {
  members: RegisterMember[];
  feedback: RegisterFeedback;
  today: string;
}) {
  const t = useT();
  return (
    <ul className="register-list">
      {members.map((member) => {
        const typesFeedback =
          feedback?.userId === member.userId && feedback.form === "types" ? feedback : null;
        const vogFeedback =
          feedback?.userId === member.userId && feedback.form === "vog" ? feedback : null;
        return (
          <li key={member.userId} className="register-member">
            <h3>
              {member.name}
              {member.isAdmin ? (
                <span className="muted"> ({t("account.membershipAdmin")})</span>
              ) : null}
            </h3>
            <p>
              {member.domain ? (
                <span className={`badge badge-${member.domain}`}>
                  {t(keyFromData(`common.domain.${member.domain}`))}
                </span>
              ) : null}{" "}
              <span className={`badge course-${member.courseStatus}`}>
                {t(`clubs.course.${member.courseStatus}`)}
              </span>
              {member.certificate ? (
                <>
                  {" "}
                  ·{" "}
                  <a href={`/verifieer/${member.certificate.code}`}>
                    {t("clubs.verifyCertificate")}
                  </a>
                </>
              ) : null}
            </p>
            {member.trained ? (
              <p>
                {t("clubs.trainedSince", {
                  date: member.trained.date,
                  admin: member.trained.admin,
                })}
              </p>
            ) : null}
            <VogLine vog={member.vog} />
            <details open={Boolean(typesFeedback || vogFeedback) || undefined}>
              <summary>{t("clubs.editSummary", { name: member.name })}</summary>
              <Form method="post" noValidate className="stack-sm">
                <input type="hidden" name="intent" value="types" />
                <input type="hidden" name="userId" value={member.userId} />
                <CheckboxGroup
                  legend={t("clubs.typesLegend")}
                  hint={t("clubs.typesHint")}
                  name="types"
                  options={TYPES.map((type) => ({ value: type, label: t(`clubs.types.${type}`) }))}
                  checked={
                    typesFeedback
                      ? (typesFeedback.values.types ?? "").split(",")
                      : member.volunteerTypes
                  }
                  error={typesFeedback?.errors.types}
                />
                <Button variant="secondary">{t("clubs.typesSubmit")}</Button>
              </Form>
              <Form method="post" noValidate className="stack-sm">
                <input type="hidden" name="intent" value="vog" />
                <input type="hidden" name="userId" value={member.userId} />
                <Field
                  label={t("clubs.vogLabel")}
                  hint={t("clubs.vogHint")}
                  name="seenOn"
                  type="date"
                  max={today}
                  defaultValue={vogFeedback?.values.seenOn ?? member.vog.seenOnIso}
                  error={vogFeedback?.errors.seenOn}
                />
                <Button variant="secondary">{t("clubs.vogSubmit")}</Button>
              </Form>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

/** "VOG gezien op … door …" with the renewal warning (text, not colour alone). */
export function VogLine({ vog }: { vog: RegisterMember["vog"] }) {
  const t = useT();
  if (vog.state === "none" || !vog.seenOn) return <p className="muted">{t("clubs.vogNone")}</p>;
  return (
    <>
      <p>
        {t("clubs.vogSeen", { date: vog.seenOn, admin: vog.seenBy })}
        {vog.state === "valid" && vog.renewBy ? (
          <span className="muted"> · {t("clubs.vogValidUntil", { date: vog.renewBy })}</span>
        ) : null}
      </p>
      {vog.state === "dueSoon" ? (
        <p className="vog-warning vog-due">{t("clubs.vogDueSoon", { date: vog.renewBy ?? "" })}</p>
      ) : null}
      {vog.state === "overdue" ? (
        <p className="vog-warning vog-overdue">
          {t("clubs.vogOverdue", { date: vog.renewBy ?? "" })}
        </p>
      ) : null}
    </>
  );
}
