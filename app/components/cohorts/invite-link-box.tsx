import { useEffect, useState } from "react";
import { Button } from "../ui/button";
import { useT } from "../use-t";

/**
 * An invitation link with a copy button (with JavaScript) and its QR code
 * (a link people can scan from a screen at the first evening).
 */
export function InviteLinkBox({
  link,
  qrSvg,
  validUntil,
}: {
  link: string;
  qrSvg: string;
  validUntil?: string;
}) {
  const t = useT();
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  return (
    <div className="invite-link-box">
      <p className="code-box" data-testid="invite-link">
        {link}
      </p>
      {validUntil ? (
        <p className="muted">{t("cohorts.invite.linkValidUntil", { date: validUntil })}</p>
      ) : null}
      <div className="actions">
        {canCopy ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              void navigator.clipboard.writeText(link).then(() => setCopied(true));
            }}
          >
            {t("cohorts.invite.copy")}
          </Button>
        ) : null}
        <span role="status" className="muted">
          {copied ? t("cohorts.invite.copied") : ""}
        </span>
      </div>
      <details className="invite-qr">
        <summary>{t("cohorts.invite.showQr")}</summary>
        {/* SVG made on the server by the qrcode library from our own link. */}
        <div
          className="invite-qr-code"
          role="img"
          aria-label={t("cohorts.invite.qrLabel")}
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
      </details>
    </div>
  );
}
