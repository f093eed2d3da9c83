import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CoalitionNav } from "~/components/coalitions/coalition-nav";
import { ScanRadar } from "~/components/coalitions/radar";
import { TextAreaField } from "~/components/coalitions/text-field";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { forbidden } from "~/modules/auth/guards.server";
import { formatMoment } from "~/utils/dates";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import { ASPECTS, MIN_SCAN_GROUP } from "~/modules/coalitions/aspects";
import {
  closeRound,
  hasSubmitted,
  openRound,
  roundResults,
  scanAnswersFrom,
  submitScan,
} from "~/modules/coalitions/scan.server";
import { isShown, type GroupResult } from "~/modules/coalitions/scan-results";
import { ScanForm } from "~/modules/coalitions/schemas.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const locale = await getLocale(request);
  const [coalition, rounds] = await Promise.all([
    db.coalition.findUniqueOrThrow({
      where: { id: access.coalitionId },
      select: { id: true, name: true },
    }),
    roundResults(access.coalitionId),
  ]);
  const open = rounds.find((round) => !round.closedAt) ?? null;
  const submitted = open && access.member ? await hasSubmitted(open.id, access.user.id) : false;
  return json({
    coalition,
    me: { member: Boolean(access.member), coordinator: access.coordinator },
    open: open && { number: open.number, since: formatMoment(open.openedAt, locale), submitted },
    rounds: rounds
      .map((round) => ({
        number: round.number,
        when: round.closedAt
          ? `${formatMoment(round.openedAt, locale)} – ${formatMoment(round.closedAt, locale)}`
          : formatMoment(round.openedAt, locale),
        whole: round.whole,
        perPartner: round.perPartner,
      }))
      .reverse(),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "open" || intent === "close") {
    if (!access.coordinator) forbidden();
    if (intent === "close") {
      await closeRound(access.coalitionId);
      return json({ ok: "coalitions.saved", errors: {}, values: {}, formError: null });
    }
    const result = await openRound(access.coalitionId);
    return result === "opened"
      ? json({ ok: "coalitions.saved", errors: {}, values: {}, formError: null })
      : json(
          { ok: null, errors: {}, values: {}, formError: { key: "coalitions.errors.roundOpen" } },
          409,
        );
  }
  if (intent === "submit") {
    if (!access.member) forbidden();
    const parsed = parseForm(form, ScanForm);
    if (!parsed.ok)
      return json(
        {
          ok: null,
          errors: parsed.errors,
          values: parsed.values,
          formError: { key: "errors.formHasErrors" },
        },
        400,
      );
    const result = await submitScan({
      coalitionId: access.coalitionId,
      userId: access.user.id,
      orgId: access.member.orgId,
      answers: scanAnswersFrom(parsed.data),
    });
    const key =
      result === "submitted"
        ? "coalitions.scan.submitted"
        : result === "already-submitted"
          ? "coalitions.scan.alreadySubmitted"
          : "coalitions.scan.notOpen";
    return json(
      {
        ok: result === "submitted" ? key : null,
        errors: {},
        values: {},
        formError: result === "submitted" ? null : { key },
      },
      result === "submitted" ? 200 : 409,
    );
  }
  throw new Response("Bad Request", { status: 400 });
}

export default function ScanPage() {
  const t = useT();
  const { coalition, me, open, rounds } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const radarRounds = rounds
    .filter((round) => isShown(round.whole))
    .slice(0, 3)
    .reverse()
    .map((round) => ({
      number: round.number,
      medians: (round.whole as Extract<GroupResult, { aspects: unknown }>).aspects.map(
        (aspect) => aspect.median,
      ),
    }));
  return (
    <div className="stack">
      <h1>
        {coalition.name}: {t("coalitions.scan.title")}
      </h1>
      <ErrorSummary data={data} />
      <CoalitionNav coalitionId={coalition.id} name={coalition.name} />
      <p>{t("coalitions.scan.intro")}</p>
      {data?.ok ? <Alert tone="success">{t(keyFromData(data.ok))}</Alert> : null}
      {open ? (
        <Card
          title={`${t("coalitions.scan.roundLabel", { number: open.number })} (${t("coalitions.scan.roundOpen", { date: open.since })})`}
        >
          {!me.member ? (
            <p>{t("coalitions.scan.onlyMembers")}</p>
          ) : open.submitted ? (
            <p>{t("coalitions.scan.alreadySubmitted")}</p>
          ) : (
            <Form method="post" noValidate>
              {ASPECTS.map((aspect) => (
                <fieldset key={aspect} className="field">
                  <legend>{t(`coalitions.aspect.${aspect}`)}</legend>
                  <p className="field-hint">{t(`coalitions.aspectHint.${aspect}`)}</p>
                  <Field
                    label={t("coalitions.scan.score", { aspect: t(`coalitions.aspect.${aspect}`) })}
                    name={`score-${aspect}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={10}
                    required
                    defaultValue={values[`score-${aspect}`]}
                    error={errors[`score-${aspect}`]}
                  />
                  <TextAreaField
                    label={t("coalitions.scan.why")}
                    name={`why-${aspect}`}
                    rows={2}
                    defaultValue={values[`why-${aspect}`]}
                    error={errors[`why-${aspect}`]}
                  />
                </fieldset>
              ))}
              <Button name="intent" value="submit">
                {t("coalitions.scan.submit")}
              </Button>
            </Form>
          )}
          {me.coordinator ? (
            <Form method="post">
              <Button name="intent" value="close" variant="secondary">
                {t("coalitions.scan.close")}
              </Button>
            </Form>
          ) : null}
        </Card>
      ) : (
        <Card>
          <p>{t("coalitions.scan.noRound")}</p>
          {me.coordinator ? (
            <Form method="post">
              <Button name="intent" value="open">
                {t("coalitions.scan.open")}
              </Button>
            </Form>
          ) : null}
        </Card>
      )}
      {radarRounds.length ? <ScanRadar rounds={radarRounds} /> : null}
      {rounds.map((round) => (
        <Card
          key={round.number}
          title={`${t("coalitions.scan.roundLabel", { number: round.number })}: ${round.when}`}
        >
          <GroupView result={round.whole} withReasons />
          <h3>{t("coalitions.scan.perPartner")}</h3>
          {round.perPartner.map((partner) => (
            <div key={partner.orgId}>
              <h4>{partner.name}</h4>
              {isShown(partner.result) ? (
                <GroupView result={partner.result} withReasons={false} />
              ) : (
                <p className="eval-too-few">
                  {t("coalitions.scan.partnerHidden", { min: MIN_SCAN_GROUP })}
                </p>
              )}
            </div>
          ))}
        </Card>
      ))}
    </div>
  );
}

function GroupView({ result, withReasons }: { result: GroupResult; withReasons: boolean }) {
  const t = useT();
  if (!isShown(result))
    return <p className="eval-too-few">{t("coalitions.scan.tooFew", { min: MIN_SCAN_GROUP })}</p>;
  return (
    <>
      <p>{t("coalitions.scan.respondents", { count: result.respondents })}</p>
      <DataTable
        label={t("coalitions.scan.title")}
        columns={[
          t("coalitions.measurements.row"),
          { label: t("coalitions.scan.median"), className: "num" },
          t("coalitions.scan.distribution"),
        ]}
        rows={result.aspects.map((aspect) => ({
          key: aspect.aspect,
          cells: [
            t(`coalitions.aspect.${aspect.aspect}`),
            aspect.median,
            aspect.distribution
              .map((count, index) =>
                count ? t("coalitions.scan.scoreCount", { score: index + 1, count }) : null,
              )
              .filter(Boolean)
              .join(", "),
          ],
        }))}
      />
      {withReasons ? (
        <details>
          <summary>{t("coalitions.scan.reasons")}</summary>
          {result.aspects.map((aspect) => (
            <div key={aspect.aspect}>
              <h4>{t(`coalitions.aspect.${aspect.aspect}`)}</h4>
              {aspect.reasons.length ? (
                <ul>
                  {aspect.reasons.map((reason, index) => (
                    <li key={index}>{reason}</li>
                  ))}
                </ul>
              ) : (
                <p>{t("coalitions.scan.noReasons")}</p>
              )}
            </div>
          ))}
        </details>
      ) : null}
    </>
  );
}
