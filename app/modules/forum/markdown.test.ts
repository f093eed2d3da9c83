import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server";

const payloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '<p style="background:url(javascript:alert(1))">tekst</p>',
  '<div onclick="alert(1)">klik</div>',
  "[klik](javascript:alert(1))",
  "[klik](  javascript:alert(1))",
  "[klik](JaVaScRiPt:alert(1))",
  "[klik](&#106;avascript:alert(1))",
  "[klik](&#x6A;avascript&#58;alert(1))",
  "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[klik](vbscript:msgbox(1))",
  "![plaatje](javascript:alert(1))",
  '![x](https://evil.example/x.png" onerror="alert(1))',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "[a](<javascript:alert(1)>)",
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "`<script>alert(1)</script>`",
];

describe("forum markdown", () => {
  it.each(payloads)("renders %s inert", (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe|object|form|math|div|style|button)\b/i);
    // Typed markup may stay visible as escaped text; what counts is that no real tag carries it.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|br|strong|em|ul|ol|li|blockquote|code|pre|a)\b/i);
      expect(tag).not.toMatch(/\s(on\w+|style|src)\s*=/i);
      if (tag.startsWith("<a "))
        expect(tag).toMatch(/^<a( href="(https?:|mailto:)[^"]*")? rel="nofollow ugc noopener">$/);
    }
  });

  it("keeps the allowed formatting and safe links", () => {
    const html = renderMarkdown(
      "**Let op**: *rustig* blijven.\n\n- praat\n- luister\n\n> citaat\n\n[Kracht van Sport](https://www.nisb.nl) en mail@voorbeeld.nl",
    );
    expect(html).toContain("<strong>Let op</strong>");
    expect(html).toContain("<em>rustig</em>");
    expect(html).toContain("<li>praat</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain(
      '<a href="https://www.nisb.nl" rel="nofollow ugc noopener">Kracht van Sport</a>',
    );
    expect(html).toContain('href="mailto:mail@voorbeeld.nl"');
  });

  it("shows typed HTML as text instead of dropping it", () => {
    expect(renderMarkdown("Ik schreef <b>vet</b>")).toContain("&lt;b&gt;vet&lt;/b&gt;");
  });
});
