import type { MdxProblemCode } from "~/modules/courses/mdx-guard";

export const mdx = {
  syntax:
    'Line {line}: the formatting is not right here. Check that every component is closed properly, for example <Kader soort="tip"> … </Kader>. Want to use the character < or { as plain text? Put a \\ in front of it, like \\< or \\{.',
  "import-export": "Line {line}: import and export are not allowed in a local module.",
  expression:
    'Line {line}: code between curly braces { } is not allowed. Put text between quotes, for example vraag="What would you do?".',
  "unknown-component":
    "Line {line}: the component <{detail}> does not exist. Only use Reflectie, Kennischeck, Optie, Praktijkcasus, Kader or Bron.",
  script: "Line {line}: scripts are not allowed in a local module.",
  "event-handler":
    'Line {line}: the property {detail} is not allowed. Properties that start with "on" can run code.',
  "raw-html":
    "Line {line}: HTML is not allowed. Use plain formatting, such as headings, lists and links, or one of the components.",
  "unknown-prop":
    "Line {line}: <{component}> has no property {prop}. Remove it, or check the guide for the properties you can use.",
  "missing-prop":
    'Line {line}: <{component}> is missing the property {prop}. It is required; add it, like {prop}="…".',
  "bad-prop-value":
    "Line {line}: the value of {prop} on <{component}> is not right. Choose a value from the guide. For juist, write only the word juist, without a value after it.",
  "unsafe-link":
    "Line {line}: this link is not safe ({detail}:). Use a link that starts with https://, http:// or mailto:.",
  "misplaced-component":
    'Line {line}: this is in the wrong place. An <Optie> belongs inside a <Kennischeck>, and a <Kennischeck> only contains <Optie> components. Put the question itself in vraag="…".',
  "kennischeck-answers":
    'Line {line}: a Kennischeck needs at least one <Optie>, and exactly one Optie is the right answer. Mark that answer with the word juist, like <Optie juist feedback="…">.',
} as const satisfies Record<MdxProblemCode, string>;
