/** Payloads that must never become active content, and a check that parses produced HTML like a browser. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "</td></tr></table><iframe src=//evil.example>",
  '<a href="javascript:alert(1)">click</a>',
  "' onmouseover='alert(1)",
  "\u202Egnp.exe", // right-to-left override
  "zero\u200Bwidth \u{1F600} emoji",
  "x".repeat(5000),
];

export function activeContent(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const found: string[] = [];
  doc.body.querySelectorAll("*").forEach((el) => {
    if (
      ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "IMG", "STYLE", "FORM", "SVG"].includes(
        el.tagName.toUpperCase(),
      )
    )
      found.push(`<${el.tagName.toLowerCase()}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name}=`);
      if (
        ["href", "src", "action"].includes(attr.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attr.value)
      )
        found.push(`${attr.name}=${attr.value}`);
    }
  });
  return found;
}

/** The text a reader sees. */
export const visibleText = (html: string): string =>
  new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body.textContent ?? "";
