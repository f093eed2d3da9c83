import { keyFromData } from "~/i18n/translate";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ErrorSummary, useFormState } from "~/components/forms";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CoalitionNav } from "~/components/coalitions/coalition-nav";
import { TextAreaField } from "~/components/coalitions/text-field";
import { TimelineBoard } from "~/components/coalitions/timeline-board";
import { NoteFormCard } from "~/components/coalitions/timeline-note-form";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { Field } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { badRequest, forbidden } from "~/modules/auth/guards.server";
import { formatDay } from "~/utils/intl";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import { listAgreements } from "~/modules/coalitions/agreements.server";
import { dayOf, isoDay, measurementLabel } from "~/modules/coalitions/aspects";
import {
  BoardForm,
  ConclusionsForm,
  EventForm,
  NoteForm,
} from "~/modules/coalitions/schemas.server";
import {
  addEvent,
  addNote,
  currentBoardId,
  getBoard,
  saveAsMeasurement,
  saveConclusions,
  startBoard,
} from "~/modules/coalitions/timeline.server";
import { db } from "~/utils/db.server";
import { parseForm } from "~/utils/forms.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const locale = await getLocale(request);
  const fullscreen = new URL(request.url).searchParams.get("scherm") === "vol";
  const [coalition, boardId, agreements] = await Promise.all([
    db.coalition.findUniqueOrThrow({
      where: { id: access.coalitionId },
      select: { id: true, name: true, ambition: true },
    }),
    currentBoardId(access.coalitionId),
    listAgreements(access.coalitionId),
  ]);
  const board = boardId ? await getBoard(access.coalitionId, boardId) : null;
  const nextNumber = (
    await db.timelineBoard.aggregate({
      where: { coalitionId: access.coalitionId, number: { not: null } },
      _max: { number: true },
    })
  )._max.number;
  return json({
    coalition,
    fullscreen,
    me: { member: Boolean(access.member), coordinator: access.coordinator },
    nextLabel: measurementLabel(nextNumber === null ? 0 : nextNumber + 1),
    board: board && {
      id: board.id,
      period: {
        from: formatDay(board.periodStart, locale),
        to: formatDay(board.periodEnd, locale),
        start: isoDay(board.periodStart),
        end: isoDay(board.periodEnd),
      },
      conclusions: board.conclusions,
      counts: board.counts,
      days: board.days.map((day) => ({ ...day, label: formatDay(dayOf(day.date), locale) })),
      events: board.events.map((event) => ({
        id: event.id,
        label: `${formatDay(event.date, locale)}: ${event.title}`,
      })),
    },
    agreements: agreements
      .filter((agreement) => agreement.status === "OPEN")
      .map((agreement) => ({
        id: agreement.id,
        text: agreement.text,
        org: agreement.ownerOrg.name,
        dueOn: formatDay(agreement.dueOn, locale),
      })),
  });
}

type Result = {
  ok: string | null;
  errors: Record<string, string>;
  values: Record<string, string>;
  formError: { key: string; params?: Record<string, string> } | null;
  form: string | null;
};
const answer = (result: Partial<Result>, status = 200) =>
  json<Result>(
    { ok: null, errors: {}, values: {}, formError: null, form: null, ...result },
    status,
  );

/** A form whose fields did not parse: the errors at the fields, the values kept (400). */
const invalid = (
  form: string,
  parsed: { errors: Record<string, string>; values: Record<string, string> },
) =>
  answer(
    {
      errors: parsed.errors,
      values: parsed.values,
      form,
      formError: { key: "errors.formHasErrors" },
    },
    400,
  );

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  if (!access.member && !access.coordinator) forbidden();
  if (intent === "start") {
    if (!access.coordinator) forbidden();
    const parsed = parseForm(form, BoardForm);
    if (!parsed.ok) return invalid("start", parsed);
    const result = await startBoard(access.coalitionId, {
      periodStart: dayOf(parsed.data.periodStart),
      periodEnd: dayOf(parsed.data.periodEnd),
    });
    return result === "started"
      ? answer({ ok: "start" })
      : answer({ formError: { key: "coalitions.errors.openBoard" } }, 409);
  }
  const boardId = await currentBoardId(access.coalitionId);
  if (!boardId) return answer({ formError: { key: "coalitions.errors.noBoard" } }, 409);
  if (intent === "event" || intent === "note") {
    if (!access.member) forbidden();
    if (intent === "event") {
      const parsed = parseForm(form, EventForm);
      if (!parsed.ok) return invalid("event", parsed);
      await addEvent(boardId, { date: dayOf(parsed.data.date), title: parsed.data.title });
      return answer({ ok: "coalitions.timeline.eventAdded" });
    }
    const parsed = parseForm(form, NoteForm);
    if (!parsed.ok) return invalid("note", parsed);
    const { target, date, kind, aspect, text, showName } = parsed.data;
    const added = await addNote(boardId, {
      eventId: target === "datum" ? null : target,
      date: target === "datum" && date ? dayOf(date) : null,
      kind,
      aspect: aspect || null,
      text,
      orgId: access.member.orgId,
      authorId: access.user.id,
      showName: showName === "on",
    });
    return added
      ? answer({ ok: "coalitions.timeline.noteAdded" })
      : answer(
          {
            errors: { target: "coalitions.errors.targetRequired" },
            values: parsed.data as unknown as Record<string, string>,
            form: "note",
            formError: { key: "errors.formHasErrors" },
          },
          400,
        );
  }
  if (intent === "conclusions" || intent === "save") {
    if (!access.coordinator) forbidden();
    if (intent === "conclusions") {
      const parsed = parseForm(form, ConclusionsForm);
      if (!parsed.ok) return invalid("conclusions", parsed);
      await saveConclusions(boardId, parsed.data.conclusions);
      return answer({ ok: "coalitions.saved" });
    }
    const number = await saveAsMeasurement(access.coalitionId, boardId);
    return answer({
      ok: "coalitions.timeline.measurementSaved",
      formError: null,
      values: { label: measurementLabel(number) },
    });
  }
  badRequest();
}

export default function TimelinePage() {
  const t = useT();
  const { coalition, board, me, nextLabel, agreements, fullscreen } =
    useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const { errors, values } = useFormState(data);
  const formErrors = (name: string) => (data?.form === name ? errors : {});
  const formValues = (name: string) => (data?.form === name ? values : {});
  const base = `/coalities/${coalition.id}/tijdlijn`;
  const side = board ? (
    <aside className="timeline-side">
      <h2>{t("coalitions.timeline.conclusionsTitle")}</h2>
      {board.conclusions ? (
        <p className="prewrap">{board.conclusions}</p>
      ) : (
        <p>{t("coalitions.timeline.noConclusions")}</p>
      )}
      <h3>{t("coalitions.timeline.agreementsTitle")}</h3>
      {agreements.length ? (
        <ul>
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              {agreement.text} ({agreement.org}, {agreement.dueOn})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("coalitions.agreements.none")}</p>
      )}
    </aside>
  ) : null;

  if (fullscreen && board) {
    return (
      <div className="timeline-fullscreen">
        <p>
          <Link to={base}>{t("coalitions.timeline.closeFullscreen")}</Link>
        </p>
        <h1>
          {coalition.name}:{" "}
          {t("coalitions.timeline.period", { from: board.period.from, to: board.period.to })}
        </h1>
        <p>{t("coalitions.timeline.counts", board.counts)}</p>
        <div className="timeline-session">
          <TimelineBoard days={board.days} />
          {side}
        </div>
      </div>
    );
  }

  return (
    <div className="stack">
      <h1>
        {coalition.name}: {t("coalitions.timeline.title")}
      </h1>
      <ErrorSummary data={data} />
      <CoalitionNav coalitionId={coalition.id} name={coalition.name} />
      <p>{t("coalitions.timeline.intro")}</p>
      {data?.ok ? <Alert tone="success">{t(keyFromData(data.ok), data.values)}</Alert> : null}
      {!board ? (
        <Card title={t("coalitions.timeline.startTitle")}>
          <p>{t("coalitions.timeline.noBoard")}</p>
          {me.coordinator ? (
            <Form method="post" noValidate>
              <Field
                label={t("coalitions.timeline.periodStart")}
                name="periodStart"
                type="date"
                required
                defaultValue={formValues("start").periodStart}
                error={formErrors("start").periodStart}
              />
              <Field
                label={t("coalitions.timeline.periodEnd")}
                name="periodEnd"
                type="date"
                required
                defaultValue={formValues("start").periodEnd}
                error={formErrors("start").periodEnd}
              />
              <Button name="intent" value="start">
                {t("coalitions.timeline.start")}
              </Button>
            </Form>
          ) : (
            <p>{t("coalitions.timeline.onlyCoordinator")}</p>
          )}
        </Card>
      ) : (
        <>
          <p>
            <strong>
              {t("coalitions.timeline.period", { from: board.period.from, to: board.period.to })}
            </strong>{" "}
            · {t("coalitions.timeline.counts", board.counts)} ·{" "}
            <Link to={`${base}?scherm=vol`}>{t("coalitions.timeline.fullscreen")}</Link>
          </p>
          <div className="timeline-session">
            <TimelineBoard days={board.days} />
            {side}
          </div>
          {me.member ? (
            <>
              <NoteFormCard
                events={board.events}
                period={board.period}
                values={formValues("note")}
                errors={formErrors("note")}
              />
              <Card title={t("coalitions.timeline.eventTitle")}>
                <Form method="post" noValidate>
                  <Field
                    label={t("coalitions.timeline.eventDate")}
                    name="date"
                    type="date"
                    required
                    min={board.period.start}
                    max={board.period.end}
                    defaultValue={formValues("event").date}
                    error={formErrors("event").date}
                  />
                  <Field
                    label={t("coalitions.timeline.eventName")}
                    name="title"
                    required
                    defaultValue={formValues("event").title}
                    error={formErrors("event").title}
                  />
                  <Button name="intent" value="event" variant="secondary">
                    {t("coalitions.timeline.addEvent")}
                  </Button>
                </Form>
              </Card>
            </>
          ) : null}
          {me.coordinator ? (
            <>
              <Card title={t("coalitions.timeline.conclusionsTitle")}>
                <Form method="post" noValidate>
                  <TextAreaField
                    label={t("coalitions.timeline.conclusions")}
                    name="conclusions"
                    rows={5}
                    defaultValue={formValues("conclusions").conclusions ?? board.conclusions}
                    error={formErrors("conclusions").conclusions}
                  />
                  <Button name="intent" value="conclusions" variant="secondary">
                    {t("coalitions.timeline.saveConclusions")}
                  </Button>
                </Form>
              </Card>
              <Card title={t("coalitions.timeline.saveMeasurementTitle")}>
                <p>{t("coalitions.timeline.saveMeasurementIntro")}</p>
                <Form method="post">
                  <Button name="intent" value="save">
                    {t("coalitions.timeline.saveMeasurement", { label: nextLabel })}
                  </Button>
                </Form>
              </Card>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
