import { Form } from "@remix-run/react";
import { TextAreaField } from "~/components/coalitions/text-field";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { Field, RadioGroup, SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { ASPECTS, NOTE_KINDS } from "~/modules/coalitions/aspects";

/** The timeline's "add a note" form: on an event or a date of the board's period, a kind, an optional aspect. */
export function NoteFormCard({
  events,
  period,
  values,
  errors,
}: {
  events: { id: string; label: string }[];
  period: { start: string; end: string };
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
}) {
  const t = useT();
  return (
    <Card title={t("coalitions.timeline.noteTitle")}>
      <Form method="post" noValidate>
        <SelectField
          label={t("coalitions.timeline.target")}
          name="target"
          defaultValue={values.target ?? "datum"}
          error={errors.target}
        >
          <option value="datum">{t("coalitions.timeline.targetDate")}</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.label}
            </option>
          ))}
        </SelectField>
        <Field
          label={t("coalitions.timeline.noteDate")}
          name="date"
          type="date"
          min={period.start}
          max={period.end}
          defaultValue={values.date}
          error={errors.date}
        />
        <RadioGroup
          legend={t("coalitions.timeline.kind")}
          name="kind"
          value={values.kind}
          error={errors.kind}
          options={NOTE_KINDS.map((kind) => ({
            value: kind,
            label: `${t(`coalitions.kind.${kind}`)}: ${t(`coalitions.kindHint.${kind}`)}`,
          }))}
        />
        <SelectField
          label={t("coalitions.timeline.aspect")}
          name="aspect"
          defaultValue={values.aspect ?? ""}
        >
          <option value="">{t("coalitions.timeline.noAspect")}</option>
          {ASPECTS.map((aspect) => (
            <option key={aspect} value={aspect}>
              {t(`coalitions.aspect.${aspect}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t("coalitions.timeline.text")}
          name="text"
          rows={3}
          required
          defaultValue={values.text}
          error={errors.text}
        />
        <label className="checkbox">
          <input type="checkbox" name="showName" value="on" /> {t("coalitions.timeline.showName")}
        </label>
        <p>
          <Button name="intent" value="note">
            {t("coalitions.timeline.addNote")}
          </Button>
        </p>
      </Form>
    </Card>
  );
}
