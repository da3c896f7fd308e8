/**
 * A plain work item form: header (type, id, title), Save/Refresh/Email work item, details (state from the
 * type's states, assigned to, area, iteration, tags), description, discussion (newest first, with an "add
 * comment" box saved as System.History, where "@" mentions people), links with "New linked work item", and
 * the extension's work-item-form-group contributions beside it. Everything a person does by hand without
 * the extension can be done here by clicks and typing. Inputs write to the model on change (the comment
 * box as one types); model events re-sync the inputs (an extension may set fields too).
 */
import { collectionPathOf } from "../bootstrap";
import type { HostedContribution } from "../contributionHost";
import { clear, h } from "../dom";
import type { PageEnv } from "../env";
import { attachMentions, commentHtml } from "../form/mentions";
import { identityString, isIdentity, type WorkItemModel } from "../form/model";
import { connectFormNotifications } from "../form/notifier";
import { seg } from "../rest";
import { sanitizedFragment } from "../sanitize";
import { renderChrome } from "./chrome";
import { openEmailDialog } from "./emailDialog";
import { openNewLinkedItemDialog } from "./newLinkedItemDialog";

export const FORM_GROUP_TYPE = "ms.vss-work-web.work-item-form-group";

const text = (value: unknown) =>
  isIdentity(value) ? identityString(value) : value == null ? "" : String(value);

interface Binding {
  ref: string;
  el: HTMLInputElement | HTMLSelectElement;
}

function field(label: string, control: HTMLElement): HTMLElement {
  const id = `field-${label.toLowerCase().replace(/\W+/g, "-")}`;
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

export function renderWorkItemPage(env: PageEnv, model: WorkItemModel): void {
  const org = collectionPathOf(env.bootstrap);
  const bindings: Binding[] = [];
  const bind = <T extends HTMLInputElement | HTMLSelectElement>(ref: string, el: T): T => {
    bindings.push({ ref, el });
    el.addEventListener("change", () => model.setFieldValues({ [ref]: el.value }));
    return el;
  };

  const main = renderChrome(env, [
    h("a", { href: env.link("/") }, model.project),
    "Work items",
    `${model.type} ${model.id}`,
  ]);
  main.classList.add("work-item-page");

  const title = bind(
    "System.Title",
    h("input", { class: "title-input", "aria-label": "Title", autocomplete: "off" }),
  );
  const state = bind("System.State", h("select", null));
  const assigned = bind("System.AssignedTo", h("select", null));
  const area = bind("System.AreaPath", h("input", { autocomplete: "off" }));
  const iteration = bind("System.IterationPath", h("input", { autocomplete: "off" }));
  const tags = bind("System.Tags", h("input", { autocomplete: "off", placeholder: "tag; another tag" }));
  const saveButton = h("button", { type: "button", class: "primary" }, "Save");
  const refreshButton = h("button", { type: "button" }, "Refresh");
  const emailButton = h("button", { type: "button" }, "Email work item");
  const newLinkButton = h("button", { type: "button", class: "link-button" }, "New linked work item");
  const status = h("span", { class: "save-status secondary", "aria-live": "polite" });
  const errorBox = h("div", { class: "form-error", role: "alert" });
  const description = h("div", { class: "rich-text", role: "region", "aria-label": "Description" });
  const commentBox = h("textarea", {
    id: "add-comment",
    rows: 3,
    placeholder: "Add a comment. Save to post it.",
  });
  const comments = h("ol", { class: "comments", "aria-label": "Comments" });
  const links = h("ul", { class: "plain-list links", "aria-label": "Links" });
  const groups = h("div", { class: "form-groups" });
  const typeBadge = h("span", { class: "type-badge" });

  const mentions = attachMentions(commentBox, env.bootstrap.context.users, () => updateComment());
  const updateComment = () => {
    const value = commentBox.value.trim();
    model.setFieldValues({ "System.History": value ? commentHtml(value, mentions.mentioned()) : "" });
  };
  commentBox.addEventListener("input", updateComment);
  commentBox.addEventListener("change", updateComment);

  const run = async (button: HTMLButtonElement, action: () => Promise<unknown>) => {
    button.disabled = true;
    errorBox.textContent = "";
    try {
      await action();
    } catch (e) {
      errorBox.textContent = (e as Error).message;
    } finally {
      syncButtons();
    }
  };
  saveButton.addEventListener("click", () => void run(saveButton, () => model.save()));
  refreshButton.addEventListener("click", () => void run(refreshButton, () => model.refresh()));
  emailButton.addEventListener("click", () => openEmailDialog(env, model));
  newLinkButton.addEventListener(
    "click",
    () => void run(newLinkButton, () => openNewLinkedItemDialog(env, model)),
  );

  main.append(
    h(
      "div",
      { class: "wi-header" },
      h("div", { class: "wi-heading" }, typeBadge, h("span", { class: "wi-id" }, String(model.id)), title),
      h("div", { class: "toolbar" }, status, emailButton, refreshButton, saveButton),
    ),
    errorBox,
    h(
      "div",
      { class: "wi-body" },
      h(
        "div",
        { class: "wi-column wi-main" },
        h("section", { class: "card" }, h("h2", null, "Description"), description),
        h(
          "section",
          { class: "card" },
          h("h2", null, "Discussion"),
          h("label", { for: "add-comment", class: "visually-hidden" }, "Add a comment"),
          commentBox,
          mentions.suggestions,
          comments,
        ),
      ),
      h(
        "div",
        { class: "wi-column wi-details" },
        h(
          "section",
          { class: "card" },
          h("h2", null, "Details"),
          field("State", state),
          field("Assigned To", assigned),
          field("Area", area),
          field("Iteration", iteration),
          field("Tags", tags),
        ),
        h("section", { class: "card" }, h("h2", null, "Links"), links, newLinkButton),
      ),
      h("div", { class: "wi-column wi-extensions" }, groups),
    ),
  );

  function fillOptions(select: HTMLSelectElement, options: [value: string, label: string][]) {
    clear(select);
    for (const [value, label] of options) select.append(h("option", { value }, label));
  }

  function syncOptions() {
    const current = model.getFieldValue("System.State");
    const states = model.states.map((s) => s.name);
    if (current && !states.includes(String(current))) states.unshift(String(current));
    fillOptions(
      state,
      states.map((s) => [s, s]),
    );
    const people: [string, string][] = [["", "Unassigned"]];
    for (const u of env.bootstrap.context.users)
      people.push([`${u.displayName} <${u.email}>`, u.displayName]);
    const who = text(model.getFieldValue("System.AssignedTo"));
    if (who && !people.some(([v]) => v === who)) people.push([who, who]);
    fillOptions(assigned, people);
  }

  function syncInputs() {
    for (const { ref, el } of bindings) {
      const value = text(model.getFieldValue(ref));
      if (el.value !== value) el.value = value;
    }
    typeBadge.textContent = model.type;
    document.title = `${model.type} ${model.id}: ${text(model.getFieldValue("System.Title"))} - Azure DevOps emulator`;
    if (!model.dirtyFields().includes("System.History")) {
      commentBox.value = "";
      mentions.reset();
    }
    syncButtons();
  }

  function syncButtons() {
    const dirty = model.isDirty();
    saveButton.disabled = !dirty;
    saveButton.title = dirty ? "Save the changes" : "No changes to save";
    refreshButton.disabled = false;
    newLinkButton.disabled = false;
    const problems = [...model.invalidFields().map((f) => `${f} is not valid`), model.customError].filter(
      Boolean,
    );
    status.textContent = problems.length
      ? problems.join("; ")
      : dirty
        ? "Unsaved changes"
        : `Revision ${model.rev}`;
  }

  function renderDescription() {
    clear(description);
    description.append(sanitizedFragment(String(model.getFieldValue("System.Description", true) ?? "")));
  }

  function renderComments() {
    clear(comments);
    for (const c of model.comments)
      comments.append(
        h(
          "li",
          { class: "comment" },
          h(
            "div",
            { class: "comment-meta secondary" },
            h("strong", null, c.createdBy?.displayName ?? "Someone"),
            " commented ",
            c.createdDate ? new Date(c.createdDate).toLocaleString("en-US") : "",
          ),
          h("div", { class: "rich-text" }, sanitizedFragment(c.text)),
        ),
      );
    if (!model.comments.length) comments.append(h("li", { class: "secondary" }, "No comments yet."));
  }

  async function renderLinks() {
    const relations = model.relations().filter((r) => /\/workItems\/\d+$/i.test(r.url));
    const ids = relations.map((r) => Number(/(\d+)$/.exec(r.url)![1]));
    let titles = new Map<number, Record<string, unknown>>();
    if (ids.length) {
      try {
        const batch = await env.rest.call<{ value: { id: number; fields: Record<string, unknown> }[] }>(
          "POST",
          "_apis/wit/workitemsbatch",
          {
            ids,
            fields: ["System.Title", "System.WorkItemType", "System.State", "System.TeamProject"],
            errorPolicy: "omit",
          },
        );
        titles = new Map((batch.value ?? []).filter(Boolean).map((w) => [w.id, w.fields]));
      } catch {
        // Titles are decoration; the links still show with their ids.
      }
    }
    clear(links);
    relations.forEach((r, i) => {
      const id = ids[i];
      const f = titles.get(id) ?? {};
      const kind = r.rel.endsWith("Hierarchy-Reverse")
        ? "Parent"
        : r.rel.endsWith("Hierarchy-Forward")
          ? "Child"
          : "Related";
      const project = f["System.TeamProject"] ? seg(String(f["System.TeamProject"])) : seg(model.project);
      links.append(
        h(
          "li",
          null,
          h("span", { class: "link-kind" }, kind),
          h(
            "a",
            { href: env.link(`/${org}/${project}/_workitems/edit/${id}`) },
            `${text(f["System.WorkItemType"]) || "Work item"} ${id}: ${text(f["System.Title"])}`,
          ),
          f["System.State"] ? h("span", { class: "state" }, text(f["System.State"])) : null,
        ),
      );
    });
    if (!relations.length) links.append(h("li", { class: "secondary" }, "No links."));
  }

  function renderAll() {
    syncOptions();
    syncInputs();
    renderDescription();
    renderComments();
    void renderLinks();
  }

  model.on((event) => {
    if (event.type === "fieldChanged" || event.type === "validityChanged") syncInputs();
    else if (event.type === "relationsChanged") {
      syncButtons();
      void renderLinks();
    } else if (event.type !== "unloaded") renderAll();
  });
  renderAll();

  // The extension's form groups, each announced onLoaded and then every form event.
  const notifier = connectFormNotifications(model, env.bootstrap.readOnly);
  const formGroups = env.bootstrap.manifest.contributions.filter((c) => c.type === FORM_GROUP_TYPE);
  for (const contribution of formGroups) {
    const container = h(
      "section",
      { class: "card form-group" },
      h("h2", null, String(contribution.properties?.name ?? contribution.id)),
    );
    groups.append(container);
    const hosted: HostedContribution = env.mount({ container, contribution, sizing: "height" });
    notifier.attach(hosted);
  }
  window.addEventListener("pagehide", () => model.unload());
}
