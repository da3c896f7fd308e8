/** ms.vss-tfs-web.tfs-global-messages-service: toasts and banners on the host page. */
import { showMessageDialog } from "../ui/messageDialog";
import { type BannerOptions, closeBanner, showBanner, showToast, type ToastOptions } from "../ui/messages";

export function globalMessagesService() {
  return {
    addToast(toast: ToastOptions): void {
      showToast(toast);
    },
    addBanner(banner: BannerOptions): void {
      showBanner(banner);
    },
    closeBanner(): void {
      closeBanner();
    },
    async addDialog(dialog: {
      title?: string;
      message?: string;
      okText?: string;
      onClose?: () => void;
    }): Promise<void> {
      await showMessageDialog(dialog.message ?? "", {
        title: dialog.title,
        okText: dialog.okText,
        showCancel: false,
      });
      void dialog.onClose?.();
    },
    closeDialog(): void {
      document.querySelector(".overlay-message")?.closest(".overlay")?.remove();
    },
  };
}
