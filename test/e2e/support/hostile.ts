/**
 * Hostile input for e2e tests and the checks on what came out of it, done by the browser's own parser:
 * stored comments, descriptions and mails, and the live DOM of a contribution, hold no active content, and
 * every payload still reads as the text that was typed.
 */
import { type Frame, type Page } from "playwright-core";

import { ACTIVE_TAGS, type HtmlInspection, inspectSource, PAYLOADS } from "../../domain/htmlSafety";

/** The short payloads (each fits a 256-character field) and one long, mixed one for a notes field. */
export const SHORT_PAYLOADS = PAYLOADS.filter((p) => p.length <= 256);
export const LONG_PAYLOAD = (SHORT_PAYLOADS.join(" ¶ ") + " ").repeat(4).slice(0, 3900);

export type { HtmlInspection };

/** Parses HTML in the page (a real browser parser) with the unit tests' own inspection. */
export async function inspectHtml(page: Page, html: string): Promise<HtmlInspection> {
  return page.evaluate(inspectSource, { source: html, activeTags: [...ACTIVE_TAGS] });
}

/** The same checks on the live DOM of a contribution's root (what the person sees). */
export async function inspectFrame(frame: Frame): Promise<HtmlInspection> {
  return frame.evaluate(() => {
    const root = document.getElementById("root")!;
    const active: string[] = [];
    root
      .querySelectorAll(
        "script, iframe, object, embed, img, svg:not([class*='bolt']), style, form, frame, base, meta, link",
      )
      .forEach((el) => {
        // azure-devops-ui draws no <img>/<svg> in these views; anything of the kind came from input.
        active.push(`<${el.tagName.toLowerCase()}>`);
      });
    root.querySelectorAll("*").forEach((el) => {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) active.push(`${el.tagName.toLowerCase()} ${attr.name}`);
        const url = [...attr.value].filter((c) => c > " ").join("");
        if (
          /^(href|src|action|formaction|data)$/i.test(attr.name) &&
          /^(javascript|data|vbscript):/i.test(url)
        )
          active.push(`${el.tagName.toLowerCase()} ${attr.name}=${attr.value}`);
      }
    });
    // textContent: collapsed sections (a request with many users) hold text too.
    return { active, text: root.textContent ?? "" };
  });
}

/** The payloads that do not read back in `text` (white space folded on both sides). */
export function unreadable(text: string, payloads: readonly string[]): string[] {
  const fold = (s: string) => s.replace(/\s+/g, " ").trim();
  const haystack = fold(text);
  return payloads.filter((p) => !haystack.includes(fold(p)));
}
