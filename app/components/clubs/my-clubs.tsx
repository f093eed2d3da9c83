import { keyFromData } from "~/i18n/translate";
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ConfirmAction } from "../ui/confirm-action";
import { Card } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { VogLine, type RegisterMember } from "./register-list";

export type MyClub = {
  org: { id: string; name: string; town: string };
  status: "PENDING" | "ACTIVE";
  volunteerTypes: string[];
  trained: { date: string; admin: string } | null;
  vog: RegisterMember["vog"];
};

/** One club link as the member sees it: its status, what the club records, and the way out. */
export function MyClubCard({ club }: { club: MyClub }) {
  const t = useT();
  const nothing = club.volunteerTypes.length === 0 && !club.trained && club.vog.state === "none";
  return (
    <Card title={club.org.name} headingLevel={2}>
      <p>{club.status === "ACTIVE" ? t("clubs.mine.active") : t("clubs.mine.pending")}</p>
      {club.status === "ACTIVE" ? (
        <>
          <h3>{t("clubs.mine.recorded")}</h3>
          {nothing ? <p>{t("clubs.mine.nothingRecorded")}</p> : null}
          {club.volunteerTypes.length ? (
            <p>
              {t("clubs.mine.types", {
                types: club.volunteerTypes
                  .map((type) => t(keyFromData(`clubs.types.${type}`)))
                  .join(", "),
              })}
            </p>
          ) : null}
          {club.trained ? (
            <p>{t("clubs.trainedSince", { date: club.trained.date, admin: club.trained.admin })}</p>
          ) : null}
          {club.vog.state !== "none" ? <VogLine vog={club.vog} /> : null}
        </>
      ) : null}
      <ConfirmAction
        label={t("clubs.mine.leave", { org: club.org.name })}
        question={t("clubs.mine.leaveQuestion", { org: club.org.name })}
      >
        <Form method="post">
          <input type="hidden" name="intent" value="leave" />
          <input type="hidden" name="orgId" value={club.org.id} />
          <Button variant="danger">{t("clubs.mine.leaveConfirm")}</Button>
        </Form>
      </ConfirmAction>
    </Card>
  );
}
