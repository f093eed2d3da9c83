import { keyFromData } from "~/i18n/translate";
import { useT } from "~/components/use-t";

export type AnnouncementView = {
  id: string;
  title: string;
  body: string;
  sector: string | null;
  createdAt: string;
  author: { name: string };
};

/** Announcements, newest first, with who wrote them and for which sector. */
export function AnnouncementList({ items }: { items: AnnouncementView[] }) {
  const t = useT();
  if (items.length === 0) return <p>{t("notify.announcement.none")}</p>;
  return (
    <ul className="announcement-list stack">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title}</strong>
          <span className="muted">
            {" "}
            · {item.author.name} · {item.createdAt.slice(0, 10)}
            {item.sector ? (
              <>
                {" "}
                ·{" "}
                {t("notify.announcement.forSector", {
                  sector: t(keyFromData(`common.domain.${item.sector}`)),
                })}
              </>
            ) : null}
          </span>
          <p className="forum-text">{item.body}</p>
        </li>
      ))}
    </ul>
  );
}
