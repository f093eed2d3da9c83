import type { MdxProblemCode } from "~/modules/courses/mdx-guard";

export const mdx = {
  syntax:
    'Regel {line}: hier klopt de opmaak niet. Kijk of elk onderdeel goed is afgesloten, bijvoorbeeld <Kader soort="tip"> … </Kader>. Wil je het teken < of { als gewone tekst gebruiken? Zet er dan een \\ voor, zoals \\< of \\{.',
  "import-export": "Regel {line}: import en export zijn niet toegestaan in een lokale module.",
  expression:
    'Regel {line}: code tussen accolades { } is niet toegestaan. Zet tekst tussen aanhalingstekens, bijvoorbeeld vraag="Wat zou jij doen?".',
  "unknown-component":
    "Regel {line}: het onderdeel <{detail}> bestaat niet. Gebruik alleen Reflectie, Kennischeck, Optie, Praktijkcasus, Kader of Bron.",
  script: "Regel {line}: een script is niet toegestaan in een lokale module.",
  "event-handler":
    'Regel {line}: de eigenschap {detail} is niet toegestaan. Eigenschappen die met "on" beginnen, kunnen code starten.',
  "raw-html":
    "Regel {line}: HTML is niet toegestaan. Gebruik gewone opmaak, zoals kopjes, lijstjes en links, of een van de onderdelen.",
  "unknown-prop":
    "Regel {line}: <{component}> kent de eigenschap {prop} niet. Haal deze weg, of kijk in de uitleg welke eigenschappen je kunt gebruiken.",
  "missing-prop":
    'Regel {line}: bij <{component}> ontbreekt de eigenschap {prop}. Die is verplicht; schrijf hem erbij, zoals {prop}="…".',
  "bad-prop-value":
    "Regel {line}: de waarde van {prop} bij <{component}> klopt niet. Kies een waarde uit de uitleg. Bij juist schrijf je alleen het woord juist, zonder waarde erachter.",
  "unsafe-link":
    "Regel {line}: deze link is niet veilig ({detail}:). Gebruik een link die begint met https://, http:// of mailto:.",
  "misplaced-component":
    'Regel {line}: dit staat op de verkeerde plek. Een <Optie> hoort binnen een <Kennischeck>, en in een <Kennischeck> staan alleen <Optie>-onderdelen. De vraag zelf zet je in vraag="…".',
  "kennischeck-answers":
    'Regel {line}: een Kennischeck heeft minstens één <Optie> nodig, en precies één Optie is het juiste antwoord. Zet bij dat antwoord het woord juist, zoals <Optie juist feedback="…">.',
} as const satisfies Record<MdxProblemCode, string>;
