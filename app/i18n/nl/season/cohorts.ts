/** Running a cohort: its settings, evenings, apologies and attendance, the calendar feed. Part of the season catalogue (../season.ts). */
export const seasonCohorts = {
  settings: {
    link: "Instellingen",
    title: "Instellingen van de groep",
    archivedNotice: "Deze groep is gearchiveerd: je kunt hem bekijken, maar niet meer wijzigen.",
    saved: "De instellingen zijn opgeslagen.",
    issued:
      "Volgens de nieuwe regels hebben {count} deelnemers de cursus afgerond; zij hebben hun certificaat gekregen.",
    noLongerMeeting:
      "{count} deelnemers met een certificaat voldoen niet meer aan de nieuwe regels. Hun certificaat blijft geldig; trek het alleen in als dat nodig is, met een reden.",
    toCertificates: "Naar de certificaten",
    coAdded: "{name} is nu medebegeleider.",
    coRemoved: "{name} is geen medebegeleider meer.",
    moved: "{name} is verplaatst naar {cohort}.",
    archivedDone: "De groep is gearchiveerd.",
    restoredDone: "De groep is weer actief.",
    basicsTitle: "Gegevens en afrondingsregels",
    rulesHint:
      "Als je een regel verandert, kijken we voor iedereen opnieuw of de cursus is afgerond. Wie nu klaar is, krijgt een certificaat. Wat al is uitgereikt, trekken we nooit vanzelf in.",
    save: "Opslaan",
    staffTitle: "Begeleiding",
    removeCo: "Verwijderen",
    removeCoLabel: "Verwijderen: {name} als medebegeleider",
    removeCoQuestion: "Weet je zeker dat {name} geen medebegeleider van deze groep meer is?",
    removeCoConfirm: "Ja, verwijder als medebegeleider",
    addCoEmail: "Medebegeleider toevoegen (e-mailadres)",
    addCoHint: "Alleen iemand die al cursusbegeleider is.",
    addCo: "Toevoegen",
    moveTitle: "Deelnemer verplaatsen",
    moveIntro:
      "Verplaats een deelnemer naar een andere groep van dezelfde cursus die jij ook begeleidt. Voortgang en reflecties gaan mee; de deelnemer krijgt een mail.",
    moveNone: "Er is geen andere groep van dezelfde cursus die jij begeleidt.",
    movePerson: "Deelnemer",
    moveTarget: "Naar groep",
    choose: "Kies…",
    move: "Verplaatsen",
    archiveTitle: "Archiveren",
    archiveIntro:
      "De groep is afgelopen. Archiveer hem: hij verdwijnt uit de dagelijkse lijsten en kan niet meer worden gewijzigd. Rapporten en certificaten blijven beschikbaar.",
    archiveNotYet: "Je kunt een groep archiveren als de einddatum voorbij is.",
    restoreIntro: "Wil je toch nog iets wijzigen? Haal de groep dan uit het archief.",
    archive: "Groep archiveren",
    restore: "Uit het archief halen",
  },
  mail: {
    removedSubject: "Je doet niet meer mee met {cohort}",
    removedText:
      "Hallo {name},\n\nJe cursusbegeleider heeft je uit de groep {cohort} gehaald. Wat je hebt gedaan blijft van jou: je reflecties, je casussen en je certificaten. Je vindt ze in Mijn overzicht:\n{link}\n\nBuiten de Lijnen",
    movedSubject: "Je zit nu in de groep {cohort}",
    movedText:
      "Hallo {name},\n\nJe cursusbegeleider heeft je verplaatst van {from} naar {to}. Je voortgang en reflecties zijn meegegaan.\n{link}\n\nBuiten de Lijnen",
  },
  evenings: {
    back: "Terug naar de bijeenkomsten",
    edit: "Wijzigen of afgelasten",
    editLabel: "Wijzigen of afgelasten: {topic}",
    editTitle: "Bijeenkomst wijzigen: {topic}",
    isCancelled: "Deze bijeenkomst is afgelast. Reden: {reason}",
    changeTitle: "Datum, tijd, plaats of titel",
    changeIntro:
      "Iedereen in de groep krijgt een mail met de wijziging. Wie de bijeenkomst in zijn agenda heeft gezet, ziet hem daar ook verschuiven.",
    saveChange: "Wijziging opslaan",
    cancelTitle: "Afgelasten",
    cancelIntro:
      "De bijeenkomst blijft in de lijst staan, als afgelast. Iedereen krijgt een mail met de reden.",
    cancelReason: "Reden",
    cancel: "Bijeenkomst afgelasten",
    deleteTitle: "Verwijderen",
    deleteIntro:
      "Per vergissing gepland? Verwijder de bijeenkomst. Dat kan alleen zolang er geen aanwezigheid is genoteerd.",
    deleteNotPossible:
      "Er is al aanwezigheid genoteerd, dus verwijderen kan niet meer. Je kunt de bijeenkomst wel afgelasten.",
    delete: "Bijeenkomst verwijderen",
    deleteQuestion:
      "Weet je zeker dat je deze bijeenkomst wilt verwijderen? Dit kun je niet ongedaan maken.",
    deleteConfirm: "Ja, verwijder de bijeenkomst",
    changed: "De bijeenkomst is gewijzigd. Iedereen in de groep krijgt een mail.",
    cancelled: "De bijeenkomst is afgelast. Iedereen in de groep krijgt een mail.",
    deleted: "De bijeenkomst is verwijderd.",
    cancelledBadge: "Afgelast",
    cancelledReason: "Afgelast: {reason}",
    changedSubject: "Bijeenkomst gewijzigd: {cohort}",
    changedText:
      "Hallo {name},\n\nEen bijeenkomst van {cohort} is gewijzigd.\n\nWas: {before}\nWordt: {after}\n\nStaat de bijeenkomst in je agenda? Die wordt vanzelf bijgewerkt als je je agenda-abonnement gebruikt, of download het nieuwe agendabestand:\n{link}\n\nBuiten de Lijnen",
    cancelledSubject: "Bijeenkomst afgelast: {cohort}",
    cancelledText:
      'Hallo {name},\n\nDe bijeenkomst "{topic}" op {when} gaat niet door.\nReden: {reason}\n\n{link}\n\nBuiten de Lijnen',
    deletedText:
      'Hallo {name},\n\nDe bijeenkomst "{topic}" op {when} gaat niet door.\n\n{link}\n\nBuiten de Lijnen',
    apologyTitle: "Kun je niet komen?",
    apologyReason: "Reden (mag leeg blijven)",
    apologyReasonHint: "Alleen je cursusbegeleiders zien de reden.",
    apologySend: "Afmelden",
    apologySendLabel: "Afmelden voor {topic}",
    apologyWithdraw: "Toch komen",
    apologyWithdrawLabel: "Toch komen: {topic}",
    apologised: "Je hebt je afgemeld.",
    apologySent: "Je afmelding is doorgegeven aan je cursusbegeleider.",
    apologyWithdrawn: "Je afmelding is ingetrokken.",
    myStatus: "Jouw aanwezigheid: {status}",
    notTaken: "nog niet genoteerd",
    apologiesCount: "{count} afgemeld",
    minimumReachable:
      "Je was bij {attended} van de minstens {needed} bijeenkomsten. Er staan nog {remaining} bijeenkomsten gepland: het minimum is nog haalbaar.",
    minimumMet: "Je was bij {attended} bijeenkomsten; het minimum van {needed} heb je gehaald.",
    minimumUnreachable:
      "Je was bij {attended} van de minstens {needed} bijeenkomsten en er staan nog {remaining} gepland. Het minimum is niet meer haalbaar; overleg met je cursusbegeleider.",
    cannotReachTitle: "Halen het minimum niet meer",
    cannotReachIntro:
      "Deze deelnemers kunnen niet meer bij minstens {needed} bijeenkomsten zijn, ook niet als ze bij alle geplande bijeenkomsten komen:",
    cannotReachNone: "Iedereen kan het minimum van {needed} bijeenkomsten nog halen.",
  },
  attendance: {
    apologisedNote: "Afgemeld",
    apologisedReason: "Afgemeld: {reason}",
    apologiesIntro: "Wie zich heeft afgemeld, staat al op Afgemeld.",
    cancelled:
      "Deze bijeenkomst is afgelast: er is geen aanwezigheid om bij te houden. Een afgelaste bijeenkomst telt niet mee voor het minimum, ook niet als gemist.",
  },
  feed: {
    title: "Agenda-abonnement",
    intro:
      "Met een agenda-abonnement staan al je bijeenkomsten in je eigen agenda (Google, Outlook, Apple), en wijzigingen en afgelastingen komen er vanzelf in.",
    off: "Je hebt nog geen agenda-abonnement.",
    turnOn: "Agenda-abonnement aanzetten",
    subscribe: "Abonneren in je agenda-app",
    urlLabel: "Adres van je agenda",
    urlHint: "Dit adres is geheim: wie het heeft, ziet je bijeenkomsten. Deel het niet.",
    reset: "Nieuw geheim adres maken",
    resetIntro:
      "Heb je het adres per ongeluk gedeeld? Maak een nieuw adres; het oude werkt dan niet meer.",
    made: "Je agenda-abonnement staat aan.",
    resetDone:
      "Je hebt een nieuw adres. Het oude werkt niet meer; abonneer je opnieuw in je agenda-app.",
    calendarName: "Buiten de Lijnen: bijeenkomsten",
    link: "Agenda-abonnement",
  },
  archivedList: "Gearchiveerde groepen",
  archivedBadge: "Gearchiveerd",
};
