/**
 * "Email work item" on the plain form, the by-hand way to tell a client something from Azure DevOps: To
 * and CC pick people as you type, a subject (the work item by default) and a note; Send makes one
 * send-mail call for the open work item, as the Azure DevOps dialog does.
 */
import { collectionPathOf } from "../bootstrap";
import { clear, h } from "../dom";
import type { PageEnv } from "../env";
import type { WorkItemModel } from "../form/model";
import { seg } from "../rest";
import { labelled, openFormDialog } from "../ui/formDialog";
import { matchingPeople, type Person, suggestions } from "../ui/peoplePicker";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A To/CC box: type part of a name, pick from the list; picked people show as removable entries. */
function recipientsField(label: string, people: Person[]): { element: HTMLElement; picked(): Person[] } {
  const picked: Person[] = [];
  const input = h("input", { autocomplete: "off" });
  const chosen = h("ul", { class: "plain-list recipients", "aria-label": `${label} recipients` });
  const render = () => {
    clear(chosen);
    for (const person of picked)
      chosen.append(
        h(
          "li",
          null,
          person.displayName,
          h(
            "button",
            {
              type: "button",
              class: "link-button",
              "aria-label": `Remove ${person.displayName}`,
              onclick: () => {
                picked.splice(picked.indexOf(person), 1);
                render();
              },
            },
            "\u00d7",
          ),
        ),
      );
  };
  const list = suggestions(`People for ${label}`, (person) => {
    if (!picked.some((p) => p.id === person.id)) picked.push(person);
    input.value = "";
    list.hide();
    render();
  });
  input.addEventListener("input", () => {
    if (input.value.trim()) list.show(matchingPeople(people, input.value));
    else list.hide();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && list.first()) {
      e.preventDefault();
      list.element.querySelector<HTMLElement>("[role=option]")?.click();
    }
  });
  input.addEventListener("blur", () => list.hide());
  const field = labelled(label, input);
  field.append(list.element, chosen);
  return { element: field, picked: () => [...picked] };
}

export function openEmailDialog(env: PageEnv, model: WorkItemModel): void {
  const people: Person[] = env.bootstrap.context.users;
  const title = String(model.getFieldValue("System.Title") ?? "");
  const to = recipientsField("To", people);
  const cc = recipientsField("CC", people);
  const subject = h("input", { autocomplete: "off", value: `${model.type} ${model.id}: ${title}` });
  const note = h("textarea", { rows: 6 });
  const link = new URL(
    env.link(`/${collectionPathOf(env.bootstrap)}/${seg(model.project)}/_workitems/edit/${model.id}`),
    env.bootstrap.publicUrl,
  ).href;
  openFormDialog({
    title: "Email work item",
    fields: [to.element, cc.element, labelled("Subject", subject), labelled("Note", note)],
    submitText: "Send",
    async onSubmit() {
      if (!to.picked().length) throw new Error("Add at least one person in To.");
      const body =
        `<div>${escapeHtml(note.value).replace(/\n/g, "<br>")}</div>` +
        `<p><a href="${escapeHtml(link)}">${escapeHtml(`${model.type} ${model.id}: ${title}`)}</a></p>`;
      await env.rest.call("POST", `${seg(model.project)}/_apis/wit/sendmail`, {
        message: {
          to: { tfIds: to.picked().map((p) => p.id) },
          cc: { tfIds: cc.picked().map((p) => p.id) },
          subject: subject.value,
          body,
        },
        ids: [model.id],
        projectId: env.project.id,
      });
    },
  });
}
