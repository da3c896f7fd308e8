/**
 * "New linked work item" on the plain form, the by-hand way to make a staff task: link type, work item
 * type, title, assignee and description, created in one call with the link, the area and the iteration of
 * the open item (Azure DevOps copies those two too). The open form then shows the new link.
 */
import { h } from "../dom";
import type { PageEnv } from "../env";
import type { WorkItemModel } from "../form/model";
import { seg } from "../rest";
import { labelled, openFormDialog } from "../ui/formDialog";

/** The new item's relation back to the open item, by the link type the person chose. */
const RELATION: Record<string, string> = {
  Related: "System.LinkTypes.Related",
  Child: "System.LinkTypes.Hierarchy-Reverse",
  Parent: "System.LinkTypes.Hierarchy-Forward",
};

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const options = (values: [value: string, label: string][], selected?: string) =>
  values.map(([value, label]) => h("option", { value, selected: value === selected }, label));

export async function openNewLinkedItemDialog(env: PageEnv, model: WorkItemModel): Promise<void> {
  const project = seg(model.project);
  const types = await env.rest.list<{ name: string }>(`${project}/_apis/wit/workitemtypes`);
  const linkType = h(
    "select",
    null,
    ...options(
      Object.keys(RELATION).map((k) => [k, k]),
      "Related",
    ),
  );
  const type = h(
    "select",
    null,
    ...options(
      types.map((t) => [t.name, t.name]),
      model.type,
    ),
  );
  const title = h("input", { autocomplete: "off" });
  const assignedTo = h(
    "select",
    null,
    ...options([
      ["", "Unassigned"],
      ...env.bootstrap.context.users.map((u): [string, string] => [
        `${u.displayName} <${u.email}>`,
        u.displayName,
      ]),
    ]),
  );
  const description = h("textarea", { rows: 6 });
  openFormDialog({
    title: "New linked work item",
    fields: [
      labelled("Link type", linkType),
      labelled("Work item type", type),
      labelled("Title", title),
      labelled("Assigned To", assignedTo),
      labelled("Description", description),
    ],
    submitText: "Create",
    async onSubmit() {
      if (!title.value.trim()) throw new Error("Give the new work item a title.");
      const field = (ref: string, value: unknown) => ({ op: "add", path: `/fields/${ref}`, value });
      const ops = [
        field("System.Title", title.value.trim()),
        field("System.AreaPath", model.getFieldValue("System.AreaPath")),
        field("System.IterationPath", model.getFieldValue("System.IterationPath")),
        ...(assignedTo.value ? [field("System.AssignedTo", assignedTo.value)] : []),
        ...(description.value.trim()
          ? [
              field(
                "System.Description",
                `<div>${escapeHtml(description.value).replace(/\n/g, "<br>")}</div>`,
              ),
            ]
          : []),
        { op: "add", path: "/relations/-", value: { rel: RELATION[linkType.value], url: model.url } },
      ];
      await env.rest.call("POST", `${project}/_apis/wit/workitems/$${seg(type.value)}`, ops, {
        contentType: "application/json-patch+json",
      });
      // Unsaved edits stay; otherwise the form re-reads the item to show the new link.
      if (!model.isDirty()) await model.refresh();
    },
  });
}
