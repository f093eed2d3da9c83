import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { notFound } from "~/modules/auth/guards.server";
import { listOutbox } from "~/modules/mail/send-mail.server";
import { env } from "~/utils/env.server";

/** The development outbox: never available in production. */
export async function loader() {
  if (env().NODE_ENV === "production") notFound();
  const mails = await listOutbox();
  return json({ mails });
}

export default function OutboxPage() {
  const t = useT();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("common.navOutbox")}</h1>
      {mails.map((mail) => (
        <Card key={mail.id} title={mail.subject} headingLevel={2}>
          <p className="muted">
            {mail.to} · {new Date(mail.createdAt).toLocaleString("nl-NL")}
          </p>
          <p style={{ whiteSpace: "pre-wrap" }}>
            <Linkified text={mail.text} />
          </p>
        </Card>
      ))}
    </div>
  );
}

function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {/^https?:\/\//.test(part) ? <a href={part}>{part}</a> : part}
        </Fragment>
      ))}
    </>
  );
}
