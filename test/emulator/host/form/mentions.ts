/**
 * "@" mentions in the plain form's comment box, as Azure DevOps offers them: typing "@" and part of a name
 * lists matching people; picking one writes "@Display Name" into the text and remembers who it was, and the
 * comment is saved with the mention markup that notifies them
 * (`<a href="#" data-vss-mention="version:2.0,{id}">@Name</a>`). A name typed without picking stays text.
 */
import { matchingPeople, type Person, suggestions } from "../ui/peoplePicker";

/** Text as HTML, as the browser's innerHTML gives it (quotes stay). */
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The HTML Azure DevOps stores for a plain-text comment, with the picked people as mentions. */
export function commentHtml(plain: string, mentioned: Person[]): string {
  const html = escapeHtml(plain);
  const byText = new Map(mentioned.map((p) => [`@${escapeHtml(p.displayName)}`, p]));
  if (byText.size) {
    // One pass, longest names first: "@Dana Whitfield" wins over a shorter "@Dana", and no mention's
    // markup is searched again for another name.
    const texts = [...byText.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
    return `<div>${html
      .replace(pattern, (text) => {
        const id = encodeURIComponent(byText.get(text)!.id);
        return `<a href="#" data-vss-mention="version:2.0,${id}">${text}</a>`;
      })
      .replace(/\n/g, "<br>")}</div>`;
  }
  return `<div>${html.replace(/\n/g, "<br>")}</div>`;
}

/** The "@query" being typed just before the caret, if any. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | undefined {
  const match = /(^|\s)@([^\s@]*)$/.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, query: match[2] } : undefined;
}

/**
 * Attaches the picker to `box`; the page places `suggestions` (the list) right after the box.
 * `changed()` is called after a pick (the text changed without typing); `mentioned()` lists the people
 * picked whose "@Name" is still in the text.
 */
export function attachMentions(
  box: HTMLTextAreaElement,
  people: Person[],
  changed: () => void,
): { suggestions: HTMLElement; mentioned(): Person[]; reset(): void } {
  let picked: Person[] = [];
  const list = suggestions("People to mention", (person) => {
    const at = mentionQuery(box.value, box.selectionStart);
    if (!at) return list.hide();
    const before = box.value.slice(0, at.start);
    const after = box.value.slice(box.selectionStart);
    const inserted = `@${person.displayName} `;
    box.value = before + inserted + after;
    box.selectionStart = box.selectionEnd = before.length + inserted.length;
    picked.push(person);
    list.hide();
    box.focus();
    changed();
  });
  box.addEventListener("input", () => {
    const at = mentionQuery(box.value, box.selectionStart);
    if (at) list.show(matchingPeople(people, at.query));
    else list.hide();
  });
  box.addEventListener("keydown", (e) => {
    if (e.key === "Escape") list.hide();
    else if (e.key === "Enter" && list.first()) {
      e.preventDefault();
      list.element.querySelector<HTMLElement>("[role=option]")?.click();
    }
  });
  box.addEventListener("blur", () => list.hide());
  return {
    suggestions: list.element,
    mentioned: () => picked.filter((p) => box.value.includes(`@${p.displayName}`)),
    reset: () => {
      picked = [];
    },
  };
}
