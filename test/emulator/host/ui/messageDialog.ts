/**
 * The host's own message dialog (openMessageDialog): a modal whose buttons carry the caller's okText and
 * cancelText as their accessible names, resolving true for OK and false for Cancel/Escape.
 */
import { h } from "../dom";

export interface MessageDialogOptions {
  title?: string;
  okText?: string;
  cancelText?: string;
  showCancel?: boolean;
}

let nextId = 1;

export function showMessageDialog(message: string, options: MessageDialogOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const id = `message-dialog-${nextId++}`;
    const finish = (result: boolean) => {
      document.removeEventListener("keydown", onKey);
      root.remove();
      resolve(result);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") finish(false);
    };
    const ok = h(
      "button",
      { type: "button", class: "primary", onclick: () => finish(true) },
      options.okText || "OK",
    );
    const root = h(
      "div",
      { class: "overlay" },
      h("div", { class: "overlay-scrim" }),
      h(
        "section",
        {
          class: "overlay-surface overlay-message",
          role: "alertdialog",
          "aria-modal": "true",
          "aria-labelledby": `${id}-title`,
          "aria-describedby": `${id}-message`,
        },
        h("h2", { id: `${id}-title` }, options.title || "Confirm"),
        h("p", { id: `${id}-message`, class: "message-text" }, message),
        h(
          "div",
          { class: "button-row" },
          options.showCancel === false
            ? null
            : h("button", { type: "button", onclick: () => finish(false) }, options.cancelText || "Cancel"),
          ok,
        ),
      ),
    );
    document.addEventListener("keydown", onKey);
    document.body.appendChild(root);
    ok.focus();
  });
}
