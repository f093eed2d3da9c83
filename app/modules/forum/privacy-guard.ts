/**
 * Looks for what may be personal data of a third person in free text: full
 * names, phone numbers, e-mail addresses, postcodes with house numbers,
 * BSN-like numbers and dates of birth. Pure, so it runs on the server (the
 * check that counts) and may run in the browser as a live hint.
 */
export type PrivacyKind = "name" | "phone" | "email" | "postcode" | "bsn" | "birthdate";

export type PrivacyFinding = { kind: PrivacyKind; start: number; end: number; text: string };

const EMAIL = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;
// A Dutch number has nine digits after the leading 0 (or +31 / 0031), in any grouping.
const PHONE = /(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|(?<![\d+])0)[1-9](?:[\s-]?\d){8}(?!\d)/g;
const POSTCODE = /(?<!\d)[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?:[\s,]+\d{1,5}\s?[a-zA-Z]?\b)?/g;
const NINE_DIGITS = /(?<![\d.+-])\d{3}[.\s]?\d{3}[.\s]?\d{3}(?![\d-])/g;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g;
const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
const BORN_DATE = new RegExp(
  `\\b(?:geboren|geb\\.|geboortedatum|geboortedag)\\s*(?:op|:)?\\s*(?:\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})`,
  "giu",
);

/** Whether a nine-digit number passes the BSN "elfproef". */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && sum !== 0;
}

/** All findings in the text, ordered by position; overlapping findings are merged into the first. */
export function findPersonalData(text: string, options: { now?: Date } = {}): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  const add = (kind: PrivacyKind, start: number, end: number) =>
    found.push({ kind, start, end, text: text.slice(start, end) });
  const each = (pattern: RegExp, visit: (match: RegExpExecArray) => void) => {
    for (const match of text.matchAll(pattern)) visit(match as RegExpExecArray);
  };

  each(EMAIL, (m) => add("email", m.index, m.index + m[0].length));
  each(PHONE, (m) => add("phone", m.index, m.index + m[0].length));
  each(POSTCODE, (m) => add("postcode", m.index, m.index + m[0].trimEnd().length));
  each(NINE_DIGITS, (m) => add("bsn", m.index, m.index + m[0].length));
  each(BORN_DATE, (m) => add("birthdate", m.index, m.index + m[0].length));
  const lastBirthYear = (options.now ?? new Date()).getFullYear() - 3;
  each(NUMERIC_DATE, (m) => {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // A full date with a year long enough ago to be someone's birth, not next week's training.
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1900 && year <= lastBirthYear)
      add("birthdate", m.index, m.index + m[0].length);
  });
  for (const name of findFullNames(text)) add("name", name.start, name.end);

  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PrivacyFinding[] = [];
  for (const finding of found) {
    const last = merged[merged.length - 1];
    if (last && finding.start < last.end) continue;
    merged.push(finding);
  }
  return merged;
}

const WORD = /\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{L}+(?:[-'’]\p{L}+)*|'t/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const PARTICLES = new Set([
  "de",
  "van",
  "der",
  "den",
  "het",
  "ter",
  "ten",
  "te",
  "el",
  "al",
  "bin",
  "ben",
  "da",
  "di",
  "du",
  "le",
  "la",
  "op",
  "in",
  "'t",
  "von",
  "zu",
]);

type Token = { word: string; start: number; end: number; sentenceStart: boolean };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const before = text.slice(0, match.index).replace(/[\s"'“‘(*_>-]+$/u, "");
    const sentenceStart =
      before === "" ||
      /[.!?:;•\n]$/.test(before) ||
      /\n\s*(?:[-*+]|\d+[.)])?\s*$/.test(text.slice(0, match.index));
    tokens.push({
      word: match[0],
      start: match.index,
      end: match.index + match[0].length,
      sentenceStart,
    });
  }
  return tokens;
}

function findFullNames(text: string): { start: number; end: number }[] {
  const tokens = tokenize(text);
  const names: { start: number; end: number }[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && PARTICLES.has(run[run.length - 1].word.toLowerCase())) run.pop();
    const real = run.filter((token) => !PARTICLES.has(token.word.toLowerCase()));
    if (real.length >= 2) names.push({ start: run[0].start, end: run[run.length - 1].end });
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const gap = i > 0 ? text.slice(tokens[i - 1].end, token.start) : "";
    // A name does not continue across punctuation or a line break.
    if (run.length && !/^[ \t]+$/.test(gap)) flush();
    const lower = token.word.toLowerCase();
    if (run.length && PARTICLES.has(lower)) {
      run.push(token);
      continue;
    }
    const capitalised = CAPITALISED.test(token.word);
    const ordinarySentenceStart = token.sentenceStart && SENTENCE_WORDS.has(lower);
    if (capitalised && !isKnownTerm(token.word) && !ordinarySentenceStart) {
      run.push(token);
    } else {
      flush();
    }
  }
  flush();
  return names;
}

function isKnownTerm(word: string): boolean {
  const lower = word.toLowerCase();
  if (KNOWN_TERMS.has(lower) || SENTENCE_WORDS.has(lower)) return true;
  return KNOWN_SUFFIXES.some(
    (suffix) => lower.length > suffix.length + 2 && lower.endsWith(suffix),
  );
}

// Words that start ordinary Dutch sentences; capitalised there, they are no name.
const SENTENCE_WORDS = new Set(
  `de het een ik je jij u hij zij ze wij we jullie mijn onze ons zijn haar hun hem dit dat deze die er daar hier toen daarna daarom dus maar en of want omdat als wanneer wat wie waar waarom hoe welke wel niet geen ook soms vaak nu nog al toch eerst later gisteren vandaag morgen vorige volgende afgelopen elke iedere iedereen niemand sommige veel weinig alle bij in op na voor met zonder over onder tijdens sinds tot naar door volgens uit aan om tegen tussen binnen buiten hoewel terwijl zodat totdat nadat voordat kun kan kunnen heb hebben is was waren wordt werd ben bent zou zouden moet moeten mag mogen wil willen ga gaat gaan hoi hallo beste dank bedankt goed ja nee oke oké misschien eigenlijk gelukkig helaas uiteindelijk ondanks vervolgens bovendien tenslotte zelf samen allebei beide thuis tip tips vraag vragen situatie advies`.split(
    " ",
  ),
);

/** Course terms, places, organisation words, days and months: capitalised, but no one's name. */
const KNOWN_TERMS = new Set(
  [
    // days, months, seasons and holidays
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december",
    "voorjaar najaar zomer winter herfst lente kerst kerstmis pasen pinksteren sinterklaas ramadan suikerfeest offerfeest koningsdag nieuwjaar",
    // places and regions
    "nederland belgie belgië europa twente overijssel gelderland utrecht brabant limburg drenthe friesland groningen zeeland holland noord zuid oost west midden",
    "enschede hengelo almelo oldenzaal haaksbergen borne losser deventer zwolle apeldoorn arnhem nijmegen amsterdam rotterdam haag den eindhoven tilburg breda maastricht leeuwarden assen amersfoort zaandam haarlem leiden delft",
    // organisations, programmes and course words
    "kracht sport sporten welzijn zorg maatschappelijk maatschappelijke sportcoach buurtsportcoach sportcoaches buiten lijnen cursus module modules les lessen praktijkcasus praktijkcasussen reflectie kennischeck bijeenkomst",
    "vereniging stichting gemeente jeugdzorg wijkteam veilig thuis vrijwilligerscentrale zorggroep linde buitenveld nisb noc nsf knvb knhb kngu nevobo sportbond sportakkoord vog vertrouwenspersoon centrum jeugd gezin ggd ggz mee",
    "team teams trainer trainers coach coaches teamleider bestuur bestuurslid scheidsrechter deelnemer deelnemers begeleider cursusbegeleider maatje vrijwilliger vrijwilligers jongeren kinderen ouders senioren jongens meisjes dames heren",
    "voetbal hockey tennis korfbal handbal basketbal volleybal judo zwemmen atletiek turnen gym fitness wielrennen schaatsen dansen boksen",
    "whatsapp google teams zoom instagram facebook tiktok youtube",
    "lvb autisme adhd ass veilig sportklimaat samenwerking teamprocessen kwetsbare",
    "meneer mevrouw dhr mw juf meester opa oma tante oom",
  ]
    .join(" ")
    .split(" "),
);

const KNOWN_SUFFIXES = [
  "vereniging",
  "club",
  "stichting",
  "centrum",
  "school",
  "college",
  "groep",
  "huis",
  "bond",
  "zorg",
  "welzijn",
  "sport",
  "team",
  "gemeente",
  "hal",
  "park",
  "straat",
  "laan",
  "weg",
  "plein",
];
