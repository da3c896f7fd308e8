/**
 * Suggestions of people as a person types, as Azure DevOps shows them for "@" in a comment and in the To
 * box of "Email work item": a listbox under the field whose options are the matching people by display
 * name; clicking one (or Enter for the first) picks it. Matching is on the seeded identities the page
 * already has, so typing makes no REST calls.
 */
import { clear, h } from "../dom";

export interface Person {
  id: string;
  displayName: string;
  email: string;
}

export const matchingPeople = (people: Person[], query: string): Person[] => {
  const q = query.trim().toLowerCase();
  return people.filter((p) => p.displayName.toLowerCase().includes(q) || p.email.toLowerCase().startsWith(q));
};

export interface Suggestions {
  element: HTMLElement;
  show(people: Person[]): void;
  hide(): void;
  /** The first suggestion shown, if any (Enter picks it). */
  first(): Person | undefined;
}

export function suggestions(label: string, onPick: (person: Person) => void): Suggestions {
  const list = h("ul", { class: "people-suggestions", role: "listbox", "aria-label": label, hidden: true });
  let shown: Person[] = [];
  return {
    element: list,
    show(people) {
      shown = people;
      clear(list);
      for (const person of people) {
        const option = h(
          "li",
          { role: "option", "aria-selected": "false", title: person.email },
          person.displayName,
        );
        // mousedown would move the focus out of the field being typed in; the click picks.
        option.addEventListener("mousedown", (e) => e.preventDefault());
        option.addEventListener("click", () => onPick(person));
        list.append(option);
      }
      list.hidden = people.length === 0;
    },
    hide() {
      shown = [];
      list.hidden = true;
      clear(list);
    },
    first: () => shown[0],
  };
}
