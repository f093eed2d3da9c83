import { Field, RadioGroup, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { DOMAINS, VOLUNTEER_ROLES } from "~/modules/people/types";

type Props = {
  errors: Record<string, string>;
  values: Record<string, string | null | undefined>;
  organisations: { id: string; name: string; town: string }[];
};

/** Name, sector, role and organisation: asked at sign-up and in the account page. */
export function ProfileFields({ errors, values, organisations }: Props) {
  const t = useT();
  return (
    <>
      <Field
        label={t("auth.name")}
        name="name"
        autoComplete="name"
        required
        hint={t("auth.nameHint")}
        defaultValue={values.name ?? ""}
        error={errors.name}
      />
      <RadioGroup
        legend={t("auth.domainLegend")}
        name="domain"
        value={values.domain}
        error={errors.domain}
        options={DOMAINS.map((domain) => ({ value: domain, label: t(`common.domain.${domain}`) }))}
      />
      <SelectField
        label={t("auth.volunteerRole")}
        name="volunteerRole"
        defaultValue={values.volunteerRole ?? ""}
        error={errors.volunteerRole}
      >
        <option value="" disabled>
          —
        </option>
        {VOLUNTEER_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`common.role.${role}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("auth.organisation")}
        name="orgId"
        hint={t("auth.organisationHint")}
        defaultValue={values.orgId ?? ""}
        error={errors.orgId}
      >
        <option value="">{t("auth.organisationNone")}</option>
        {organisations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name} ({org.town})
          </option>
        ))}
      </SelectField>
    </>
  );
}
