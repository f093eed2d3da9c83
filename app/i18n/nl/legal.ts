export const legal = {
  footerPrivacy: "Privacyverklaring",
  footerAccessibility: "Toegankelijkheid",
  signupPrivacyBefore: "Lees voor je je aanmeldt hoe we met je gegevens omgaan:",
  privacy: {
    title: "Privacyverklaring",
    intro:
      "Buiten de Lijnen is een cursus voor vrijwilligers uit de sport en uit zorg en welzijn. Hier lees je welke gegevens we bewaren, waarom, hoe lang, en wat je zelf kunt doen.",
    whatTitle: "Welke gegevens we bewaren",
    what: "Je naam, e-mailadres, je sector (sport, zorg, welzijn of anders), je rol als vrijwilliger en je organisatie. Verder wat je in de cursus doet: voortgang per les, reflecties, antwoorden op kennischecks, aanwezigheid op bijeenkomsten, casussen en reacties in het forum, en je certificaat. Je wachtwoord bewaren we alleen als onomkeerbare hash.",
    whyTitle: "Waarom",
    why: "Om de cursus te geven: je groep, je voortgang en je certificaat. Je begeleider ziet je voortgang en aanwezigheid. Je vereniging of organisatie ziet of je de cursus hebt afgerond, zodat ze je als getrainde vrijwilliger kan erkennen.",
    evaluationTitle: "De evaluatie is anoniem",
    evaluation:
      "Je antwoorden op de evaluatie bewaren we zonder je naam. We bewaren alleen dát je de evaluatie hebt ingevuld. Uitkomsten tonen we alleen voor groepen van minstens 5 mensen, en we verbergen ook groepen die je door af te trekken zou kunnen terugvinden. Cijfers die maar 1 tot 4 antwoorden verschillen van andere cijfers die iemand kan opvragen, tonen we niet.",
    forumTitle: "Het forum",
    forum:
      "In de ruimte van je groep zien je groepsgenoten je naam, tenzij je kiest voor ‘deelnemer uit mijn sector’; je begeleider ziet altijd wie je bent. In de ruimte voor de hele cursus zien mensen uit andere groepen alleen je sector en plaats, nooit je naam.",
    keepTitle: "Hoe lang we gegevens bewaren",
    keep: "Een bericht dat je verwijdert, halen we meteen weg; alleen een lege plek blijft staan, zodat reacties van anderen leesbaar blijven. Pas je een bericht aan om persoonsgegevens weg te halen, dan verwijderen we ook de eerdere versies. Een bericht dat de begeleider heeft verborgen en niet terugzet, wissen we na 90 dagen.",
    deleteTitle: "Je account verwijderen",
    delete:
      "Verwijder je je account, dan wissen we je profiel en je eigen werk. Je casussen en reacties worden berichten van ‘een oud-deelnemer’ zonder tekst (de tekst blijft alleen staan als je daarvoor kiest), zodat de reacties van anderen blijven bestaan. Lokale modules die groepen nog gebruiken gaan over naar de organisatie of het platform. Je certificaat blijft controleerbaar, maar zonder je naam.",
    rightsTitle: "Je rechten",
    rights:
      "Je kunt al je gegevens downloaden en je account verwijderen op je accountpagina. Voor inzage, correctie of een klacht kun je contact opnemen met de beheerder van het platform; je mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
    cookiesTitle: "Cookies",
    cookies:
      "We gebruiken alleen een cookie om je ingelogd te houden en een cookie voor je taalkeuze. Geen advertentie- of volgcookies.",
  },
  accessibility: {
    title: "Toegankelijkheidsverklaring",
    intro:
      "We willen dat iedereen deze cursus kan volgen, ook met een schermlezer, alleen een toetsenbord, of een oude telefoon.",
    standardTitle: "Welke norm",
    standard:
      "We streven naar WCAG 2.1 niveau AA. Elk formulier werkt ook zonder JavaScript, en grafieken hebben een tabel met dezelfde cijfers.",
    testedTitle: "Hoe we dat controleren",
    tested:
      "Bij elke wijziging controleren automatische tests alle pagina's die ze bezoeken met axe op WCAG 2.1 A en AA, en lopen formulieren door met het toetsenbord en zonder JavaScript. Een handmatige controle door ervaringsdeskundigen heeft nog niet plaatsgevonden.",
    limitsTitle: "Wat nog niet goed gaat",
    limits:
      "Het certificaat als PDF is nog niet volledig getagd voor schermlezers; de controlepagina van het certificaat toont dezelfde gegevens wel toegankelijk.",
    contactTitle: "Iets gevonden?",
    contact:
      "Loop je ergens tegenaan? Laat het je begeleider of de beheerder van het platform weten. We reageren binnen vijf werkdagen.",
  },
} as const;
