export const account = {
  title: "My account",
  profileTitle: "My details",
  profileSaved: "Your details have been saved.",
  organisationsTitle: "My organisations",
  membershipPending: "awaiting confirmation",
  membershipActive: "confirmed",
  membershipAdmin: "administrator",
  noOrganisations: "You are not linked to an organisation yet.",
  passwordTitle: "Change password",
  passwordCurrent: "Current password",
  passwordNew: "New password",
  passwordChanged:
    "Your password has been changed. You have been logged out on your other devices.",
  sessionsTitle: "Log out on all devices",
  sessionsText:
    "Have you stayed logged in somewhere, for example on a computer in the clubhouse? Then log out everywhere.",
  sessionsSubmit: "Log out everywhere",
  dataTitle: "Download or delete my data",
  dataText: "You have a right to your data (GDPR). Download it as a file, or delete your account.",
  dataDownload: "Download my data (JSON)",
  deleteLegend: "Delete account",
  deleteText: "This cannot be undone. Type your email address to confirm.",
  deleteConfirm: "Your email address",
  deleteSubmit: "Delete my account",
  deleteKeepText:
    "Keep the text of my cases and replies (without my name, as “a former participant”)",
  deleteKeepTextHint: "Unticked, we remove the text; other people's replies always stay.",
  deleteRevoke: "Also revoke my certificates",
  deleteRevokeHint:
    "Unticked, your certificates stay verifiable (without your name), so a club can still check them.",
  deleteMismatch: "This is not the email address of your account.",
  deleted: "Your account and your data have been deleted.",
} as const;
