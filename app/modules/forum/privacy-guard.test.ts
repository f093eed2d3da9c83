import { describe, expect, it } from "vitest";
import { findPersonalData, passesElfproef } from "./privacy-guard";

const now = new Date("2026-11-28T12:00:00Z");
const kinds = (text: string) => findPersonalData(text, { now }).map((finding) => finding.kind);

describe("privacy guard", () => {
  it("catches a name, a phone number, a BSN-like number, an e-mail address and a postcode with house number in one text", () => {
    const text =
      "Het gaat om Jan de Vries, bereikbaar op 06-12345678 of jan.devries@gmail.com. Zijn BSN is 111222333 en hij woont op 7511 AB 12.";
    const found = findPersonalData(text, { now });
    expect(found.map((finding) => [finding.kind, finding.text])).toEqual([
      ["name", "Jan de Vries"],
      ["phone", "06-12345678"],
      ["email", "jan.devries@gmail.com"],
      ["bsn", "111222333"],
      ["postcode", "7511 AB 12"],
    ]);
    expect(text.slice(found[0].start, found[0].end)).toBe("Jan de Vries");
  });

  it("knows the elfproef", () => {
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("123456789")).toBe(false);
  });

  const ordinary = [
    "In de module Kracht van Sport lazen we over samenwerking tussen clubs en welzijn.",
    "Welzijn Oost organiseert samen met SV Buitenveld een beweegmiddag.",
    "De Maatschappelijk Sportcoach helpt jongeren om bij een club te komen.",
    "Op maandag 12 oktober hebben we weer een bijeenkomst in Enschede.",
    "Volgende week Dinsdag train ik de JO13 met twee nieuwe vrijwilligers.",
    "Toen ik de jongen aansprak, liep hij boos weg van het veld.",
    "Een meisje van 14 met autisme vindt de kleedkamer te druk.",
    "Ik heb contact gezocht met de buurtsportcoach van de Gemeente Enschede.",
    "Gisteren belde een moeder uit het team over pesten in de groepsapp.",
    "We gebruiken WhatsApp en Teams om met de trainers te overleggen.",
    "Hoe houd je een Veilig Sportklimaat als de ouders langs de lijn schreeuwen?",
    "Volgens de Vrijwilligerscentrale Enschede zijn er te weinig begeleiders.",
    "Tijdens de training op Zaterdag was het erg onrustig in het team.",
    "Mijn vraag: hoe betrek ik Zorggroep De Linde bij onze club?",
    "Sinds september komen er drie jongeren met een LVB bij de hockeyclub.",
    "Wat zouden jullie doen als een speler niet meer komt opdagen?",
    "Daarna heb ik met de teamleider en de vertrouwenspersoon gepraat.",
    "De training begint om 19.30 uur en duurt anderhalf uur.",
    "In januari 2026 starten we met een nieuwe groep van 15 deelnemers.",
    "Het Jeugdfonds Sport en Cultuur betaalt de contributie voor twee kinderen.",
    "Mila is pas 12 en durft niet mee te doen met de warming-up.",
    "Na overleg met Veilig Thuis hebben we een plan gemaakt.",
    "Op 01-09-2026 begint het nieuwe seizoen in Hengelo.",
    "De KNVB en het NOC*NSF hebben hier een handreiking voor.",
  ];

  it.each(ordinary)("lets ordinary course language through: %s", (sentence) => {
    expect(findPersonalData(sentence, { now })).toEqual([]);
  });

  const personal: [string, string][] = [
    ["Ik sprak met Kees Visser over zijn zoon.", "name"],
    ["Fatma Yıldız komt sinds kort bij de training.", "name"],
    ["De vader, Mohammed El Amrani, was erg boos.", "name"],
    ["Het ging om Anne-Marie Jansen uit het team.", "name"],
    ["Bel me op 06 12345678 als het niet gaat.", "phone"],
    ["Zijn moeder heeft nummer +31 6 1234 5678.", "phone"],
    ["Het nummer van de club is 020-1234567.", "phone"],
    ["De school belde vanaf 053 4123456 naar mij.", "phone"],
    ["Je kunt mailen naar trainer.sven@svbuitenveld.nl voor info.", "email"],
    ["Mail gerust naar moeder123@hotmail.com als dat handiger is.", "email"],
    ["Ze woont op 7522 NB 45 in de wijk.", "postcode"],
    ["Het adres is 1012AB 7a, derde verdieping.", "postcode"],
    ["Zijn burgerservicenummer is 123456782.", "bsn"],
    ["Het dossier had nummer 123.456.782 erop.", "bsn"],
    ["Het BSN staat op het formulier: 111 222 333.", "bsn"],
    ["Hij is geboren op 3 maart 2010 in Almelo.", "birthdate"],
    ["Geboortedatum: 12-04-2011, volgens het formulier.", "birthdate"],
    ["Het meisje (14-07-2012) mocht niet mee op kamp.", "birthdate"],
    ["Haar geboortedag is 5/11/2009 maar ze viert het nooit.", "birthdate"],
    ["Ik heb Sanne de Boer gevraagd om te helpen bij de training.", "name"],
    ["Volgens Pieter van der Berg moet de jongen stoppen.", "name"],
    ["Je kunt hem bereiken via 0031 6 87654321 na zes uur.", "phone"],
  ];

  it.each(personal)("catches personal data: %s", (sentence, kind) => {
    expect(kinds(sentence)).toContain(kind);
  });
});
