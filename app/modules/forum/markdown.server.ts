import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "~/utils/html";

// Raw HTML in a post is shown as text; images become their alt text. The
// sanitiser below is the real fence, this only keeps what people typed visible.
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    image: ({ text }) => escapeHtml(text),
  },
});

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: "nofollow ugc noopener" },
    }),
  },
};

// Parsing and sanitising is the costliest part of showing a thread; the
// result depends only on the text, so it is kept (bounded) per text.
const rendered = new Map<string, string>();
const MAX_RENDERED = 5_000;

/** A post's Markdown as HTML that is safe to put in the page: a small tag set, only http(s) and mailto links. */
export function renderMarkdown(markdown: string): string {
  const cached = rendered.get(markdown);
  if (cached !== undefined) return cached;
  const html = sanitizeHtml(marked.parse(markdown) as string, POLICY);
  if (rendered.size >= MAX_RENDERED) rendered.delete(rendered.keys().next().value!);
  rendered.set(markdown, html);
  return html;
}
