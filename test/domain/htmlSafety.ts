/**
 * Hostile input for every field that ends up in HTML, and checks that parse the produced HTML the way a
 * browser does (jsdom's DOMParser): no active element, no event-handler attribute, no script/data link,
 * and the payload still reads as literal text.
 */
export const PAYLOADS: readonly string[] = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "</td></table><iframe src=//evil.example></iframe>",
  "<object data=x></object><embed src=x>",
  "<svg onload=alert(1)>",
  "' onmouseover='alert(1)' x='",
  "&lt;script&gt; &amp; &#60;b&#62;",
  "\u202Eexe.gnp\u202C rtl override",
  "zero\u200Bwidth\u200D joiner \u{1F469}\u200D\u{1F4BB} emoji \u{1F600}",
  // Very long, and ending in a word: fields are trimmed, so a trailing space would not read back.
  "long ".repeat(2000) + "end",
  '<a href="javascript:alert(1)">click</a>',
];

/** [a short printable name, the payload], for it.each titles. */
export const PAYLOAD_CASES: [string, string][] = PAYLOADS.map((p) => [
  JSON.stringify(p.length > 40 ? `${p.slice(0, 20)}… (${p.length} chars)` : p),
  p,
]);

/** Elements that can run or load something; our HTML never needs them, so any of them came from input. */
export const ACTIVE_TAGS: readonly string[] = [
  "script",
  "iframe",
  "object",
  "embed",
  "img",
  "svg",
  "math",
  "style",
  "form",
  "frame",
  "base",
  "meta",
  "link",
];

export interface HtmlInspection {
  /** Active parts: active elements, on* attributes, javascript:/data:/vbscript: links. */
  active: string[];
  text: string;
}

/**
 * Parses HTML with the DOMParser at hand and reports its active parts and its text. Self-contained (it uses
 * nothing outside its body), so an e2e test can also run it in Chromium with page.evaluate.
 */
export function inspectSource(input: { source: string; activeTags: readonly string[] }): HtmlInspection {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body>${input.source}</body></html>`,
    "text/html",
  );
  const active: string[] = [];
  doc.body.querySelectorAll("*").forEach((el) => {
    const tag = el.tagName.toLowerCase();
    if (input.activeTags.includes(tag)) active.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) active.push(`${tag} ${attr.name}`);
      const url = [...attr.value].filter((c) => c > " ").join("");
      if (
        /^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name) &&
        /^(javascript|data|vbscript):/i.test(url)
      )
        active.push(`${tag} ${attr.name}=${attr.value}`);
    }
  });
  return { active, text: doc.body.textContent ?? "" };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}

/** Everything in the HTML that a browser would treat as active: empty when the HTML is inert. */
export function activeParts(html: string): string[] {
  return inspectSource({ source: html, activeTags: ACTIVE_TAGS }).active;
}

/** The text a reader sees. */
export function textOf(html: string): string {
  return parse(html).body.textContent ?? "";
}

/** The parsed body, to look at structure (rows, cells, links). */
export function bodyOf(html: string): HTMLElement {
  return parse(html).body;
}
