import { keyFromData } from "~/i18n/translate";
import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/catalogues.server";
import { coreItems, CURRENT_VERSION } from "~/modules/evaluation/questionnaire";

// The item list of docs/questionnaire.md (version 1): id, type, and the wording that must keep its meaning.
const EXPECTED: [string, string, string][] = [
  ["A1", "choice", "Vanuit welke sector volg je deze cursus?"],
  ["A2", "multi", "Wat is je rol?"],
  ["A3", "choice", "Welk type vrijwilliger ben je vooral?"],
  ["B1", "yesno", "Zie je verschillen tussen de sport en het sociaal domein (zorg en welzijn)?"],
  ["B2", "text", "Welke verschillen zie je?"],
  ["B3", "text", "Wat is volgens jou het grootste verschil?"],
  ["C1", "scale10", "je begrip van de andere sector?"],
  ["C2", "scale10", "je inzicht in de werkwijze van de andere sector?"],
  ["C3", "scale10", "je kennis van de andere sector en haar doelgroepen?"],
  ["C4", "scale10", "een betere samenwerking tussen sport en zorg/welzijn?"],
  ["C5", "scale10", "betere resultaten voor de doelgroep?"],
  ["C6", "scale10", "het gevoel dat je nu direct aansluiting hebt bij de andere sector?"],
  ["C7", "scale10", "inzicht in jezelf als trainer, coach of begeleider?"],
  ["C8", "scale10", "beter omgaan met teamprocessen?"],
  ["C9", "scale10", "betere persoonlijke begeleiding van je sporters of deelnemers?"],
  ["D1", "text", "Welke onderdelen van de cursus waren voor jou essentieel?"],
  ["D2", "text", "Wat maakt deze cursus onderscheidend in het verbinden met de andere sector?"],
  [
    "D3",
    "scale10",
    "Hoe waardevol was het uitwisselen van praktijkvoorbeelden met de andere deelnemers?",
  ],
  [
    "E1",
    "scale10",
    "In hoeverre zou je deze cursus aanraden aan vrijwilligers in sociale sportinitiatieven?",
  ],
  ["E2", "yesno", "Vind je deze cursus onmisbaar voor vrijwilligers in sociale sportinitiatieven?"],
  ["E3", "text", "Toelichting of andere opmerkingen"],
];

describe("the core questionnaire, version 1", () => {
  const nl = translator("nl");
  const en = translator("en");
  const items = coreItems(1);

  it("has exactly the items of questionnaire.md, in order, with their types", () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(items.map((item) => [item.id, item.type])).toEqual(
      EXPECTED.map(([id, type]) => [id, type]),
    );
  });

  it("has the Dutch wording of every item in the catalogue (and an English one)", () => {
    for (const [id, , wording] of EXPECTED) {
      const item = items.find((candidate) => candidate.id === id)!;
      const label = nl(keyFromData(item.labelKey!));
      expect(label, id).toContain(wording);
      if (id.startsWith("C"))
        expect(label, id).toMatch(/^In hoeverre heeft de cursus bijgedragen aan /);
      expect(en(keyFromData(item.labelKey!)), id).not.toBe(label);
    }
  });

  it("has the answer options of A1-A3 and yes / no / don't know", () => {
    const labels = (id: string) =>
      items
        .find((item) => item.id === id)!
        .options.map((option) => nl(keyFromData(`evaluation.items.${id}.options.${option}`)));
    expect(labels("A1")).toEqual(["Sport", "Zorg", "Welzijn", "Anders"]);
    expect(labels("A2")).toEqual([
      "Trainer of coach",
      "Teamleider",
      "Bestuurslid",
      "Scheidsrechter of official",
      "Stagiair",
      "Vrijwilliger in zorg of welzijn",
      "Professional in zorg of welzijn",
      "Maatje",
      "Anders",
    ]);
    expect(labels("A3").map((label) => label.split(" ")[0])).toEqual([
      "Regulier",
      "Getraind",
      "Specialist",
      "Organisatorisch",
    ]);
    expect(
      items
        .find((item) => item.id === "B1")!
        .options.map((option) => nl(keyFromData(`evaluation.yesno.${option}`))),
    ).toEqual(["Ja", "Nee", "Weet ik niet"]);
    expect(items.filter((item) => item.required).map((item) => item.id)).toEqual(["A1"]);
  });
});
