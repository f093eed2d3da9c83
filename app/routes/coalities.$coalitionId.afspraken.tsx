import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CoalitionNav } from "~/components/coalitions/coalition-nav";
import { TextAreaField } from "~/components/coalitions/text-field";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { forbidden } from "~/modules/auth/guards.server";
import { formatDay } from "~/utils/intl";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import {
  addAgreement,
  listAgreements,
  listHandovers,
  saveHandover,
  setAgreementStatus,
} from "~/modules/coalitions/agreements.server";
import { dayOf } from "~/modules/coalitions/aspects";
import {
  AgreementForm,
  AgreementStatusForm,
  HandoverForm,
} from "~/modules/coalitions/schemas.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const locale = await getLocale(request);
  const [coalition, agreements, handovers] = await Promise.all([
    db.coalition.findUniqueOrThrow({
      where: { id: access.coalitionId },
      select: {
        id: true,
        name: true,
        partners: {
          orderBy: { joinedAt: "asc" },
          select: { org: { select: { id: true, name: true } } },
        },
      },
    }),
    listAgreements(access.coalitionId),
    listHandovers(access.coalitionId),
  ]);
  const myOrg = access.member
    ? (coalition.partners.find((partner) => partner.org.id === access.member!.orgId)?.org.name ??
      "")
    : "";
  const mine = access.member?.roleTitle
    ? handovers.find(
        (note) =>
          note.orgId === access.member!.orgId && note.roleTitle === access.member!.roleTitle,
      )
    : undefined;
  return json({
    coalition,
    me: { member: access.member, orgName: myOrg },
    agreements: agreements.map((agreement) => ({
      ...agreement,
      dueOn: formatDay(agreement.dueOn, locale),
    })),
    handovers: handovers.map((note) => ({
      key: `${note.orgId}-${note.roleTitle}`,
      org: note.org.name,
      roleTitle: note.roleTitle,
      text: note.text,
      updatedAt: formatDay(note.updatedAt, locale),
    })),
    myHandover: mine?.text ?? "",
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  if (!access.member) forbidden();
  const form = await request.formData();
  const intent = form.get("intent");
  const ok = json({
    ok: true,
    form: null as string | null,
    errors: {} as Record<string, string>,
    values: {} as Record<string, string>,
    formError: null as { key: string } | null,
  });
  if (intent === "agreement") {
    const parsed = parseForm(form, AgreementForm);
    if (!parsed.ok)
      return json(
        {
          ok: false,
          form: "agreement",
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    if (
      !(await addAgreement(access.coalitionId, { ...parsed.data, dueOn: dayOf(parsed.data.dueOn) }))
    )
      return json(
        {
          ok: false,
          form: "agreement",
          errors: { ownerOrgId: "coalitions.errors.notAllowed" },
          values: parsed.data,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    return ok;
  }
  if (intent === "status") {
    const parsed = parseForm(form, AgreementStatusForm);
    if (
      !parsed.ok ||
      !(await setAgreementStatus(access.coalitionId, parsed.data.agreementId, parsed.data.status))
    )
      return json(
        {
          ok: false,
          form: null,
          errors: {},
          values: {},
          formError: { key: "coalitions.errors.notAllowed" },
        },
        400,
      );
    return ok;
  }
  if (intent === "handover") {
    if (!access.member.roleTitle)
      return json(
        {
          ok: false,
          form: "handover",
          errors: {},
          values: {},
          formError: { key: "coalitions.agreements.handoverNoRole" },
        },
        400,
      );
    const parsed = parseForm(form, HandoverForm);
    if (!parsed.ok)
      return json(
        {
          ok: false,
          form: "handover",
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    await saveHandover({
      coalitionId: access.coalitionId,
      orgId: access.member.orgId,
      roleTitle: access.member.roleTitle,
      text: parsed.data.text,
      userId: access.user.id,
    });
    return ok;
  }
  throw new Response("Bad Request", { status: 400 });
}

export default function AgreementsPage() {
  const t = useT();
  const { coalition, me, agreements, handovers, myHandover } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const errorsOf = (name: string) => (data?.form === name ? errors : {});
  const valuesOf = (name: string) => (data?.form === name ? values : {});
  return (
    <div className="stack">
      <h1>
        {coalition.name}: {t("coalitions.agreements.title")}
      </h1>
      <ErrorSummary data={data} />
      <CoalitionNav coalitionId={coalition.id} name={coalition.name} />
      <p>{t("coalitions.agreements.intro")}</p>
      {data?.ok ? <Alert tone="success">{t("coalitions.saved")}</Alert> : null}
      {agreements.length ? (
        <DataTable
          label={t("coalitions.agreements.title")}
          columns={[
            t("coalitions.agreements.text"),
            t("coalitions.agreements.owner"),
            t("coalitions.agreements.person"),
            t("coalitions.agreements.dueOn"),
            t("coalitions.agreements.setStatus"),
          ]}
          rows={agreements.map((agreement) => ({
            key: agreement.id,
            cells: [
              agreement.text,
              agreement.ownerOrg.name,
              agreement.personName || "—",
              agreement.dueOn,
              me.member ? (
                <Form method="post" className="actions">
                  <input type="hidden" name="agreementId" value={agreement.id} />
                  <label className="sr-only" htmlFor={`status-${agreement.id}`}>
                    {t("coalitions.agreements.setStatus")}
                  </label>
                  <select
                    id={`status-${agreement.id}`}
                    name="status"
                    defaultValue={agreement.status}
                  >
                    {(["OPEN", "DONE", "DROPPED"] as const).map((status) => (
                      <option key={status} value={status}>
                        {t(`coalitions.agreements.status.${status}`)}
                      </option>
                    ))}
                  </select>
                  <Button name="intent" value="status" variant="secondary">
                    {t("coalitions.save")}
                  </Button>
                </Form>
              ) : (
                t(`coalitions.agreements.status.${agreement.status}`)
              ),
            ],
          }))}
        />
      ) : (
        <p>{t("coalitions.agreements.none")}</p>
      )}
      {me.member ? (
        <Card title={t("coalitions.agreements.add")}>
          <Form method="post" noValidate>
            <TextAreaField
              label={t("coalitions.agreements.text")}
              name="text"
              rows={2}
              required
              defaultValue={valuesOf("agreement").text}
              error={errorsOf("agreement").text}
            />
            <SelectField
              label={t("coalitions.agreements.owner")}
              name="ownerOrgId"
              defaultValue={valuesOf("agreement").ownerOrgId ?? me.member.orgId}
              error={errorsOf("agreement").ownerOrgId}
            >
              {coalition.partners.map(({ org }) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </SelectField>
            <Field
              label={t("coalitions.agreements.person")}
              name="personName"
              defaultValue={valuesOf("agreement").personName}
              error={errorsOf("agreement").personName}
            />
            <Field
              label={t("coalitions.agreements.dueOn")}
              name="dueOn"
              type="date"
              required
              defaultValue={valuesOf("agreement").dueOn}
              error={errorsOf("agreement").dueOn}
            />
            <Button name="intent" value="agreement">
              {t("coalitions.agreements.add")}
            </Button>
          </Form>
        </Card>
      ) : null}
      <Card title={t("coalitions.agreements.handoverTitle")}>
        <p>{t("coalitions.agreements.handoverIntro")}</p>
        {handovers.length ? (
          handovers.map((note) => (
            <section key={note.key}>
              <h3>
                {note.roleTitle}, {note.org}
              </h3>
              <p className="prewrap">{note.text}</p>
              <p className="muted">{note.updatedAt}</p>
            </section>
          ))
        ) : (
          <p>{t("coalitions.agreements.noHandovers")}</p>
        )}
        {me.member ? (
          me.member.roleTitle ? (
            <Form method="post" noValidate>
              <TextAreaField
                label={t("coalitions.agreements.handoverYours", {
                  role: me.member.roleTitle,
                  org: me.orgName,
                })}
                name="text"
                rows={5}
                required
                defaultValue={valuesOf("handover").text ?? myHandover}
                error={errorsOf("handover").text}
              />
              <Button name="intent" value="handover" variant="secondary">
                {t("coalitions.agreements.handoverSave")}
              </Button>
            </Form>
          ) : (
            <p>{t("coalitions.agreements.handoverNoRole")}</p>
          )
        ) : null}
      </Card>
    </div>
  );
}
