/** Host-side UI: confirmations, dialogs, toasts and navigation, each as a small promise-returning function. */
import { extensionId, hostService } from "./sdkHost";

interface LayoutService {
  openMessageDialog(
    message: string,
    options: {
      title?: string;
      okText?: string;
      cancelText?: string;
      showCancel?: boolean;
      onClose?(result: boolean): void;
    },
  ): void;
  openCustomDialog<T>(
    id: string,
    options: { title?: string; configuration?: unknown; onClose?(result: T | undefined): void },
  ): void;
  openPanel<T>(
    id: string,
    options: {
      title?: string;
      description?: string;
      size?: number;
      configuration?: unknown;
      onClose?(result: T | undefined): void;
    },
  ): void;
}

/** Asks the host to confirm; the confirming button is named after the action, the other is Cancel. */
export async function confirmAction(title: string, message: string, actionName: string): Promise<boolean> {
  const layout = await hostService<LayoutService>("layout");
  return new Promise((resolve) =>
    layout.openMessageDialog(message, {
      title,
      okText: actionName,
      cancelText: "Cancel",
      showCancel: true,
      onClose: (result) => resolve(result === true),
    }),
  );
}

/** Opens one of this extension's dialog contributions and resolves with what it closed with. */
export function openDialog<T>(
  contribution: string,
  title: string,
  configuration: unknown,
): Promise<T | undefined> {
  return openHosted<T>("openCustomDialog", contribution, { title, configuration });
}

/** Opens one of this extension's panel contributions (medium width) and resolves with what it closed with. */
export function openPanel<T>(
  contribution: string,
  title: string,
  configuration: unknown,
): Promise<T | undefined> {
  return openHosted<T>("openPanel", contribution, { title, size: 2, configuration });
}

async function openHosted<T>(
  how: "openCustomDialog" | "openPanel",
  contribution: string,
  options: { title: string; size?: number; configuration: unknown },
): Promise<T | undefined> {
  const layout = await hostService<LayoutService>("layout");
  return new Promise((resolve) =>
    layout[how]<T>(`${extensionId()}.${contribution}`, { ...options, onClose: resolve }),
  );
}

export async function toast(message: string): Promise<void> {
  const messages = await hostService<{ addToast(t: { message: string; duration: number }): void }>(
    "messages",
  );
  messages.addToast({ message, duration: 5000 });
}

export async function openWorkItem(id: number): Promise<void> {
  const nav = await hostService<{ openWorkItem(id: number, newTab?: boolean): Promise<unknown> }>(
    "formNavigation",
  );
  await nav.openWorkItem(id, false);
}
