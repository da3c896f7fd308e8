/**
 * A modal form of the host's own (Email work item, New linked work item): labelled fields, an error line,
 * Cancel and a submit button named by the caller. Submitting runs `onSubmit`; a rejection stays in the
 * dialog as an alert (the person can fix and retry), success closes it.
 */
import { h } from "../dom";

export interface FormDialogOptions {
  title: string;
  fields: HTMLElement[];
  submitText: string;
  onSubmit(): Promise<void>;
}

let nextId = 1;

/** A labelled control for a form dialog; the label names the control for assistive technology. */
export function labelled(label: string, control: HTMLElement): HTMLElement {
  const id = control.id || `dialog-field-${nextId++}`;
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

export function openFormDialog(options: FormDialogOptions): { close(): void } {
  const error = h("div", { class: "form-error", role: "alert" });
  const submit = h("button", { type: "button", class: "primary" }, options.submitText);
  const cancel = h("button", { type: "button" }, "Cancel");
  const form = h("form", { class: "form-dialog-body" }, ...options.fields, error);
  const root = h(
    "div",
    { class: "overlay" },
    h("div", { class: "overlay-scrim" }),
    h(
      "section",
      {
        class: "overlay-surface overlay-message",
        role: "dialog",
        "aria-modal": "true",
        "aria-label": options.title,
      },
      h("h2", null, options.title),
      form,
      h("div", { class: "button-row" }, cancel, submit),
    ),
  );
  const close = () => {
    document.removeEventListener("keydown", onKey);
    root.remove();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") close();
  };
  const run = async (e?: Event) => {
    e?.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    try {
      await options.onSubmit();
      close();
    } catch (err) {
      error.textContent = (err as Error).message;
      submit.disabled = false;
    }
  };
  form.addEventListener("submit", (e) => void run(e));
  submit.addEventListener("click", () => void run());
  cancel.addEventListener("click", close);
  document.addEventListener("keydown", onKey);
  document.body.appendChild(root);
  return { close };
}
