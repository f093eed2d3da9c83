import { describe, expect, it } from "vitest";
import { mdx as enMdx } from "~/i18n/en/mdx";
import { mdx as nlMdx } from "~/i18n/nl/mdx";
import { MDX_PROBLEM_CODES, checkSafeMdx, type MdxProblem } from "./mdx-guard";

// Puts the construct under test on line 3, between ordinary lesson text,
// so every assertion also proves the reported line number.
const onLine3 = (construct: string) =>
  `# Samenwerken met de zorg\n\n${construct}\n\nDaarna gaat de les gewoon verder.\n`;

function problemsOf(source: string): MdxProblem[] {
  const result = checkSafeMdx(source);
  if (result.ok) throw new Error(`expected the source to be refused:\n${source}`);
  return result.problems;
}

describe("checkSafeMdx refuses code", () => {
  it.each([
    ['import x from "y"', "import-export"],
    ["export const a = 1", "import-export"],
    ["Twee keer twee is {1+1} en dat weet iedereen.", "expression"],
    ["{/* een opmerking */}", "expression"],
  ] as const)("%s", (construct, code) => {
    expect(problemsOf(onLine3(construct))).toEqual([{ line: 3, code }]);
  });

  it("refuses an expression as a prop value", () => {
    expect(problemsOf(onLine3('<Reflectie vraag={x} id="a" />'))).toEqual([
      { line: 3, code: "expression", detail: "vraag" },
    ]);
  });

  it("refuses a spread attribute", () => {
    const problems = problemsOf(onLine3("<Reflectie {...props} />"));
    expect(problems).toContainEqual({ line: 3, code: "expression", detail: "{...}" });
    expect(problems.every((p) => p.line === 3)).toBe(true);
  });

  it("refuses a bare boolean written as an expression", () => {
    const source = onLine3(
      '<Kennischeck id="k" vraag="v">\n  <Optie juist={true} feedback="x">A</Optie>\n</Kennischeck>',
    );
    expect(problemsOf(source)).toContainEqual({ line: 4, code: "expression", detail: "juist" });
  });

  it("refuses <script> with its own code", () => {
    expect(problemsOf(onLine3("<script>alert(1)</script>"))).toEqual([
      { line: 3, code: "script", detail: "script" },
    ]);
  });
});

describe("checkSafeMdx refuses HTML and event handlers", () => {
  it("refuses <div onClick> as event handler and unknown component", () => {
    expect(problemsOf(onLine3('<div onClick="x">klik</div>'))).toEqual([
      { line: 3, code: "event-handler", detail: "onClick" },
      { line: 3, code: "unknown-component", detail: "div" },
    ]);
  });

  it("reports an unclosed <div onClick> as a syntax error on its line", () => {
    expect(problemsOf(onLine3('<div onClick="x">'))).toEqual([
      { line: 3, code: "syntax", detail: expect.any(String) },
    ]);
  });

  it("refuses an event handler on an allowed component", () => {
    const source = onLine3('<Kader soort="tip" onMouseOver="x">\nLet goed op.\n</Kader>');
    expect(problemsOf(source)).toEqual([{ line: 3, code: "event-handler", detail: "onMouseOver" }]);
  });

  it("refuses <img src=x onerror=alert(1)>", () => {
    const problems = problemsOf(onLine3("<img src=x onerror=alert(1)>"));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.line).toBe(3);
      expect(["syntax", "unknown-component", "event-handler"]).toContain(problem.code);
    }
  });

  it("refuses an HTML comment (MDX has no raw HTML)", () => {
    expect(problemsOf(onLine3("<!-- verborgen -->"))).toEqual([
      { line: 3, code: "syntax", detail: expect.any(String) },
    ]);
  });

  it.each([
    ["<Onbekend />", "Onbekend"],
    ['<iframe src="https://example.org"></iframe>', "iframe"],
    ["<a.b />", "a.b"],
    ["<constructor />", "constructor"],
    ["<>los</>", ""],
  ])("refuses the unknown component %s", (construct, name) => {
    expect(problemsOf(onLine3(construct))).toEqual([
      { line: 3, code: "unknown-component", detail: name },
    ]);
  });
});

describe("checkSafeMdx refuses unsafe links", () => {
  it.each([
    ["[klik](javascript:alert(1))", "javascript"],
    ["[klik](JaVaScRiPt:alert(1))", "javascript"],
    ["[klik](&#106;avascript:alert(1))", "javascript"],
    ["[klik](&amp;#106;avascript:alert(1))", "javascript"],
    ["[klik](java&#9;script:alert(1))", "javascript"],
    ["[klik](<\u000Bjavascript:alert(1)>)", "javascript"],
    ["[klik](< javascript:alert(1)>)", "javascript"],
    ["[x](data:text/html;base64,xxx)", "data"],
    ["[x](vbscript:msgbox(1))", "vbscript"],
    ["![x](javascript:alert(1))", "javascript"],
    ["[site]: javascript:alert(1)", "javascript"],
  ])("%s", (construct, scheme) => {
    const source = onLine3(
      `${construct}\n\nZie ook [de site][site].\n\n[site]: https://example.org`,
    );
    expect(problemsOf(source)).toEqual([{ line: 3, code: "unsafe-link", detail: scheme }]);
  });

  it("allows http, https, mailto, relative and anchor links", () => {
    const links = [
      "https://x.nl",
      "HTTP://x.nl",
      "mailto:a@b.nl",
      "/cursus/les-2",
      "../les-1",
      "#kop",
      "les-2?a=b:c",
      "&amp;#99999999999;",
    ];
    expect(checkSafeMdx(links.map((url) => `[link](${url})`).join("\n"))).toEqual({ ok: true });
  });
});

describe("checkSafeMdx checks props", () => {
  it("reports unknown, missing and wrong props at their own line, sorted", () => {
    const source = onLine3('<Praktijkcasus\n  thema="voetbal"\n  kleur="rood"\n/>');
    expect(problemsOf(source)).toEqual([
      { line: 3, code: "missing-prop", detail: "Praktijkcasus.vraag" },
      { line: 4, code: "bad-prop-value", detail: "Praktijkcasus.thema" },
      { line: 5, code: "unknown-prop", detail: "Praktijkcasus.kleur" },
    ]);
  });

  it("does not take prototype keys for props", () => {
    expect(problemsOf(onLine3('<Reflectie id="r" vraag="v" toString="x" />'))).toEqual([
      { line: 3, code: "unknown-prop", detail: "Reflectie.toString" },
    ]);
  });

  it.each([
    ['<Kader soort="waarschuwing" />', "Kader.soort"],
    ['<Reflectie id="" vraag="Wat zie je?" />', "Reflectie.id"],
    ['<Reflectie id vraag="Wat zie je?" />', "Reflectie.id"],
  ])("refuses the value in %s", (construct, detail) => {
    expect(problemsOf(onLine3(construct))).toEqual([{ line: 3, code: "bad-prop-value", detail }]);
  });

  it("refuses juist with a value", () => {
    const source = onLine3(
      '<Kennischeck id="k" vraag="v">\n  <Optie juist="ja" feedback="x">A</Optie>\n</Kennischeck>',
    );
    expect(problemsOf(source)).toEqual([
      { line: 4, code: "bad-prop-value", detail: "Optie.juist" },
    ]);
  });

  it("refuses a Kader without soort", () => {
    expect(problemsOf(onLine3('<Kader titel="Tip">\nTekst.\n</Kader>'))).toEqual([
      { line: 3, code: "missing-prop", detail: "Kader.soort" },
    ]);
  });
});

describe("checkSafeMdx checks Kennischeck and Optie", () => {
  it("refuses an Optie outside a Kennischeck", () => {
    expect(problemsOf(onLine3('<Optie juist feedback="Goed zo!">Ja</Optie>'))).toEqual([
      { line: 3, code: "misplaced-component", detail: "Optie" },
    ]);
  });

  it("refuses a Kennischeck with two right answers", () => {
    const source = onLine3(
      '<Kennischeck id="k1" vraag="Wie bel je?">\n  <Optie juist feedback="Ja.">De trainer</Optie>\n  <Optie juist feedback="Ook?">De ouder</Optie>\n</Kennischeck>',
    );
    expect(problemsOf(source)).toEqual([{ line: 3, code: "kennischeck-answers" }]);
  });

  it.each([
    ['<Kennischeck id="k1" vraag="Wie bel je?" />'],
    [
      '<Kennischeck id="k1" vraag="Wie bel je?">\n  <Optie feedback="Nee.">De buurman</Optie>\n</Kennischeck>',
    ],
  ])("refuses a Kennischeck without a right answer: %s", (construct) => {
    expect(problemsOf(onLine3(construct))).toEqual([{ line: 3, code: "kennischeck-answers" }]);
  });

  it("refuses other content inside a Kennischeck", () => {
    const source = onLine3(
      '<Kennischeck id="k1" vraag="Wie bel je?">\n\n<Reflectie id="r" vraag="v" />\n\n<Optie juist feedback="Ja.">De trainer</Optie>\n\n</Kennischeck>',
    );
    expect(problemsOf(source)).toEqual([
      { line: 5, code: "misplaced-component", detail: "Reflectie" },
    ]);
  });
});

describe("checkSafeMdx", () => {
  it("collects every problem, sorted by line", () => {
    const source = [
      "# Les",
      "",
      'import x from "y"',
      "",
      "Tekst met {x} en [link](javascript:void(0)).",
      "",
      "<Onbekend />",
    ].join("\n");
    expect(problemsOf(source).map(({ line, code }) => [line, code])).toEqual([
      [3, "import-export"],
      [5, "expression"],
      [5, "unsafe-link"],
      [7, "unknown-component"],
    ]);
  });

  it("accepts a realistic Dutch lesson using every component", () => {
    const lesson = `# Les 3: Samenwerken tussen sport en zorg

Welkom bij deze les. Je leert hoe je als **trainer** samenwerkt met een *zorgprofessional*.

## Wat ga je doen?

1. Je leest een casus.
2. Je denkt na over je eigen club.
3. Je maakt een korte kennischeck.

- Lees meer op [de site van het NJi](https://www.nji.nl/).
- Mail je vragen naar [de begeleider](mailto:begeleider@voorbeeld.nl).
- Ga terug naar [les 2](/cursus/les-2) of naar [het begin](#wat-ga-je-doen).

<Kader soort="tip" titel="Goed om te weten">
  Je hoeft niet alles alleen te doen. Vraag hulp aan je **bestuur**.
</Kader>

<Kader soort="letop">
  Deel nooit gegevens van een jongere zonder toestemming.
</Kader>

<Reflectie id="eigen-club" vraag="Met welke zorgorganisatie werkt jouw club al samen?" />

<Praktijkcasus thema="kwetsbare-jongeren" vraag="Wat zou jij doen als Sem niet meer op training komt?">
  Sem (14) komt al drie weken niet meer. Zijn moeder vertelt dat het thuis lastig is.
</Praktijkcasus>

<Kennischeck id="wie-bel-je" vraag="Je maakt je zorgen om een speler. Wie bel je eerst?">
  <Optie feedback="Dat kan later, maar begin dichterbij.">De politie</Optie>
  <Optie juist feedback="Goed zo! Samen weet je meer.">De vertrouwenscontactpersoon van de club</Optie>
  <Optie feedback="Liever niet zonder overleg.">De school van de speler</Optie>
</Kennischeck>

<Kennischeck id="kort" vraag="Mag je zomaar gegevens delen?">

<Optie feedback="Nee, vraag eerst toestemming.">Ja</Optie>

<Optie juist feedback="Klopt.">Nee</Optie>

</Kennischeck>

> Samen zie je meer dan alleen.

Gebruik \\{ en \\< als je die tekens gewoon wilt tonen.
`;
    expect(checkSafeMdx(lesson)).toEqual({ ok: true });
  });
});

describe("mdx message catalogue", () => {
  it.each([
    ["nl", nlMdx],
    ["en", enMdx],
  ])("%s has exactly one message per problem code, each with {line}", (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...MDX_PROBLEM_CODES].sort());
    for (const message of Object.values(messages)) expect(message).toContain("{line}");
  });
});
