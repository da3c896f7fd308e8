/**
 * Sanitizes the HTML of descriptions and comments before the host shows it: parses it in an inert document,
 * drops active elements, event-handler attributes and script-capable URLs. Mentions
 * (`<a data-vss-mention>`) become plain "@Name" spans, as Azure DevOps renders them.
 */
const DROP = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "link",
  "meta",
  "base",
  "form",
  "frame",
  "frameset",
  "template",
  "noscript",
]);
const URL_ATTRS = new Set([
  "href",
  "src",
  "xlink:href",
  "action",
  "formaction",
  "srcset",
  "background",
  "poster",
]);

function safeUrl(value: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so drop them first.
  const v = Array.from(value)
    .filter((c) => c.charCodeAt(0) > 0x20)
    .join("")
    .toLowerCase();
  return !(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"));
}

function clean(node: Element): void {
  for (const child of Array.from(node.children)) {
    const tag = child.tagName.toLowerCase();
    if (DROP.has(tag)) {
      child.remove();
      continue;
    }
    for (const attr of Array.from(child.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") || name === "style" || (URL_ATTRS.has(name) && !safeUrl(attr.value)))
        child.removeAttribute(attr.name);
    }
    if (tag === "a" && child.hasAttribute("data-vss-mention")) {
      const mention = document.createElement("span");
      mention.className = "mention";
      mention.textContent = child.textContent ?? "";
      child.replaceWith(mention);
      continue;
    }
    if (tag === "a") {
      child.setAttribute("target", "_blank");
      child.setAttribute("rel", "noopener noreferrer");
    }
    clean(child);
  }
}

/** Returns a fragment safe to insert into the host page. */
export function sanitizedFragment(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  clean(doc.body);
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(doc.body.childNodes)) fragment.appendChild(document.importNode(node, true));
  return fragment;
}
