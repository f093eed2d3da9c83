/** The sport sector renews a VOG (certificate of conduct) every three years. */
const VOG_VALID_YEARS = 3;
/** Admins see a warning this many days before renewal is due. */
const VOG_WARN_DAYS = 60;

export type VogState = "none" | "valid" | "dueSoon" | "overdue";

const DAY = 86_400_000;

/** The date (UTC midnight) three years after the VOG was seen; 29 February falls back to 28 February. */
export function vogRenewBy(seenOn: Date): Date {
  const year = seenOn.getUTCFullYear() + VOG_VALID_YEARS;
  const month = seenOn.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(seenOn.getUTCDate(), lastDay)));
}

/** Whether a VOG seen on this date is still fine, due within 60 days, or overdue, on `today` (UTC midnight). */
export function vogStatus({ seenOn, today }: { seenOn: Date | null; today: Date }): {
  state: VogState;
  renewBy: Date | null;
} {
  if (!seenOn) return { state: "none", renewBy: null };
  const renewBy = vogRenewBy(seenOn);
  const daysLeft = Math.round((renewBy.getTime() - today.getTime()) / DAY);
  if (daysLeft <= 0) return { state: "overdue", renewBy };
  if (daysLeft <= VOG_WARN_DAYS) return { state: "dueSoon", renewBy };
  return { state: "valid", renewBy };
}
