export const account = {
  title: "Mijn account",
  profileTitle: "Mijn gegevens",
  profileSaved: "Je gegevens zijn opgeslagen.",
  organisationsTitle: "Mijn organisaties",
  membershipPending: "wacht op bevestiging",
  membershipActive: "bevestigd",
  membershipAdmin: "beheerder",
  noOrganisations: "Je bent nog niet aan een organisatie gekoppeld.",
  passwordTitle: "Wachtwoord wijzigen",
  passwordCurrent: "Huidig wachtwoord",
  passwordNew: "Nieuw wachtwoord",
  passwordChanged: "Je wachtwoord is gewijzigd. Je bent op je andere apparaten uitgelogd.",
  sessionsTitle: "Uitloggen op alle apparaten",
  sessionsText:
    "Ben je ergens ingelogd gebleven, bijvoorbeeld op een computer in de kantine? Log dan overal uit.",
  sessionsSubmit: "Overal uitloggen",
  dataTitle: "Mijn gegevens downloaden of verwijderen",
  dataText: "Je hebt recht op je gegevens (AVG). Download ze als bestand, of verwijder je account.",
  dataDownload: "Download mijn gegevens (JSON)",
  deleteLegend: "Account verwijderen",
  deleteText: "Dit kan niet ongedaan worden gemaakt. Typ je e-mailadres om te bevestigen.",
  deleteConfirm: "Je e-mailadres",
  deleteSubmit: "Verwijder mijn account",
  deleteKeepText:
    "Laat de tekst van mijn casussen en reacties staan (zonder mijn naam, als “een oud-deelnemer”)",
  deleteKeepTextHint:
    "Zonder vinkje halen we de tekst weg; reacties van anderen blijven altijd staan.",
  deleteRevoke: "Trek ook mijn certificaten in",
  deleteRevokeHint:
    "Zonder vinkje blijven je certificaten controleerbaar (zonder je naam), zodat een vereniging ze nog kan nakijken.",
  deleteMismatch: "Dit is niet het e-mailadres van je account.",
  deleted: "Je account en je gegevens zijn verwijderd.",
} as const;
