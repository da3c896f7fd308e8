/**
 * The host page's stylesheet: a plain, Azure DevOps-like look, written against the same theme variables
 * the extension receives, so toggling the theme restyles host and extension together.
 */
export const HOST_CSS = `
:root { color-scheme: light; }
:root[data-theme="dark"], :root[data-theme="high-contrast"] { color-scheme: dark; }
* { box-sizing: border-box; }
html, body { margin: 0; min-height: 100%; }
body {
  font-family: "Segoe UI", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 20px;
  color: var(--text-primary-color); background: var(--background-color);
}
a { color: var(--communication-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
h1, h2 { font-weight: 600; margin: 0; }
h1.page-title { font-size: 20px; line-height: 28px; margin: 20px 0 16px; }
h2 { font-size: 14px; margin-bottom: 8px; }
.secondary { color: var(--text-secondary-color); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button, select, input, textarea { font: inherit; color: inherit; }
button {
  border: 1px solid rgba(var(--palette-neutral-20), 1); background: rgba(var(--palette-neutral-2), 1);
  border-radius: 2px; padding: 4px 12px; min-height: 32px; cursor: pointer;
}
button:hover:not(:disabled) { background: rgba(var(--palette-neutral-6), 1); }
button:disabled { color: var(--text-disabled-color); cursor: default; }
button.primary { background: var(--communication-background); color: var(--text-on-communication-background); border-color: transparent; }
button.primary:hover:not(:disabled) { background: rgba(var(--palette-primary-darkened-6), 1); }
button.primary:disabled { background: rgba(var(--palette-neutral-8), 1); color: var(--text-disabled-color); }
button.icon-button { min-height: 28px; padding: 0 8px; background: transparent; border-color: transparent; font-size: 18px; }
button.link-button { background: none; border: none; color: var(--communication-foreground); padding: 0 4px; min-height: 0; }
input, select, textarea {
  background: var(--background-color); border: 1px solid rgba(var(--palette-neutral-20), 1);
  border-radius: 2px; padding: 5px 8px; min-height: 32px; width: 100%;
}
input:focus, select:focus, textarea:focus, button:focus-visible { outline: 2px solid var(--focus-border-color); outline-offset: -1px; }
.topbar {
  display: flex; align-items: center; gap: 16px; height: 48px; padding: 0 16px;
  background: rgba(var(--palette-neutral-2), 1); border-bottom: 1px solid rgba(var(--palette-neutral-8), 1);
}
.brand { display: flex; align-items: center; gap: 8px; font-weight: 600; color: var(--text-primary-color); white-space: nowrap; }
.brand small { font-weight: 400; color: var(--text-secondary-color); }
.brand-mark { width: 20px; height: 20px; border-radius: 3px; background: var(--communication-background); display: inline-block; }
/* The bar fits any window, as Azure DevOps' does: the trail and the links give way first, the user menu stays. */
.breadcrumbs { display: flex; gap: 6px; align-items: center; white-space: nowrap; overflow: hidden; min-width: 0; flex-shrink: 2; }
.crumb-sep { color: var(--text-secondary-color); }
.hub-links { display: flex; gap: 12px; white-space: nowrap; overflow: hidden; min-width: 0; }
.spacer { flex: 1; }
.theme-toggle { min-height: 28px; white-space: nowrap; }
.user-switcher { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.user-switcher select { width: auto; min-height: 28px; padding: 2px 6px; }
.banners .banner { display: flex; align-items: center; justify-content: space-between; padding: 6px 16px; }
.banner-info { background: rgba(var(--palette-primary-tint-40), 1); }
.banner-warning { background: var(--status-warning-background); }
.banner-error { background: var(--status-error-background); }
.banner-success { background: var(--status-success-background); }
main { padding: 0 24px 32px; }
.card {
  background: var(--background-color); border: 1px solid rgba(var(--palette-neutral-8), 1);
  border-radius: 4px; padding: 16px; margin-bottom: 16px;
  box-shadow: 0 1px 2px var(--callout-shadow-secondary-color);
}
.link-row { display: flex; gap: 16px; margin: 0 0 12px; }
table.grid { width: 100%; border-collapse: collapse; }
table.grid th { text-align: left; font-weight: 600; color: var(--text-secondary-color); font-size: 12px; padding: 6px 8px; border-bottom: 1px solid rgba(var(--palette-neutral-10), 1); }
table.grid td { padding: 6px 8px; border-bottom: 1px solid rgba(var(--palette-neutral-6), 1); }
table.grid tr:hover td { background: rgba(var(--palette-neutral-2), 1); }
td.num { width: 56px; color: var(--text-secondary-color); }
.state { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; background: rgba(var(--palette-neutral-6), 1); }
.plain-list { list-style: none; margin: 0; padding: 0; }
.plain-list li { padding: 4px 0; display: flex; gap: 8px; align-items: baseline; }
.link-kind { font-size: 12px; color: var(--text-secondary-color); min-width: 48px; }
.wi-header { display: flex; align-items: center; justify-content: space-between; gap: 16px; padding: 16px 0; border-bottom: 1px solid rgba(var(--palette-neutral-8), 1); margin-bottom: 16px; }
.wi-heading { display: flex; align-items: center; gap: 12px; flex: 1; min-width: 0; }
.type-badge { border-left: 4px solid rgba(var(--palette-primary), 1); padding-left: 8px; font-size: 12px; text-transform: uppercase; color: var(--text-secondary-color); white-space: nowrap; }
.wi-id { font-weight: 600; }
.title-input { font-size: 18px; font-weight: 600; border-color: transparent; background: transparent; }
.title-input:hover { border-color: rgba(var(--palette-neutral-20), 1); }
.toolbar { display: flex; align-items: center; gap: 8px; }
.form-error:not(:empty) { background: var(--status-error-background); color: var(--status-error-text); padding: 8px 12px; border-radius: 2px; margin-bottom: 12px; }
.wi-body { display: grid; grid-template-columns: minmax(320px, 1.3fr) minmax(260px, 0.8fr) minmax(360px, 1.2fr); gap: 16px; align-items: start; }
@media (max-width: 1100px) { .wi-body { grid-template-columns: 1fr; } }
.field { margin-bottom: 12px; }
.field label { display: block; font-size: 12px; color: var(--text-secondary-color); margin-bottom: 2px; }
.rich-text { overflow-wrap: anywhere; }
.rich-text table { border-collapse: collapse; margin: 4px 0; }
.rich-text td, .rich-text th { border: 1px solid rgba(var(--palette-neutral-10), 1); padding: 2px 6px; text-align: left; }
.mention { color: var(--communication-foreground); font-weight: 600; }
textarea { resize: vertical; margin-bottom: 12px; }
.comments { list-style: none; margin: 0; padding: 0; }
.comment { border-top: 1px solid rgba(var(--palette-neutral-6), 1); padding: 8px 0; }
.comment-meta { font-size: 12px; }
.form-group { padding: 12px; }
.contribution-frame { display: block; width: 100%; border: 0; background: transparent; color-scheme: normal; }
.contribution-frame.sizing-height { height: 300px; }
.contribution-error { color: var(--status-error-text); padding: 8px 0; }
main.contribution-page { display: flex; flex-direction: column; height: calc(100vh - 48px); padding-bottom: 0; }
.contribution-host { flex: 1; min-height: 0; border: 1px solid rgba(var(--palette-neutral-8), 1); border-bottom: 0; }
.contribution-host .contribution-frame, .overlay-panel .contribution-frame { height: 100%; }
.hub-unavailable { margin: 0; padding: 16px 20px; }
.overlay { position: fixed; inset: 0; z-index: 100; display: flex; align-items: center; justify-content: center; }
.overlay-root-panel { justify-content: flex-end; align-items: stretch; }
.overlay-scrim { position: absolute; inset: 0; background: rgba(0, 0, 0, 0.4); }
.overlay-surface {
  position: relative; background: var(--callout-background-color); color: var(--text-primary-color);
  box-shadow: 0 25px 50px var(--panel-shadow-color), 0 6px 12px var(--panel-shadow-secondary-color);
  display: flex; flex-direction: column;
}
.overlay-panel { height: 100%; max-width: 100vw; }
.overlay-dialog { width: min(640px, 92vw); max-height: 90vh; border-radius: 4px; }
.overlay-message { width: min(480px, 92vw); border-radius: 4px; padding: 20px 24px; }
.overlay-header { display: flex; justify-content: space-between; align-items: flex-start; padding: 16px 20px 8px; }
.overlay-header h2 { font-size: 18px; line-height: 24px; margin: 0; }
.overlay-body { flex: 1; min-height: 0; overflow: auto; padding: 0 4px 4px; }
.overlay-message h2 { font-size: 18px; }
.button-row { display: flex; justify-content: flex-end; gap: 8px; margin-top: 20px; }
.toasts { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 200; display: flex; flex-direction: column; gap: 8px; }
.toast { background: rgba(var(--palette-neutral-80), 1); color: rgba(var(--palette-neutral-0), 1); padding: 10px 16px; border-radius: 4px; box-shadow: 0 4px 12px var(--callout-shadow-color); display: flex; gap: 12px; align-items: center; }
.toast .link-button { color: rgba(var(--palette-primary-tint-20), 1); }
.fatal { margin: 24px; color: var(--status-error-text); }
.people-suggestions { list-style: none; margin: -8px 0 12px; padding: 4px 0; max-height: 200px; overflow: auto; background: var(--callout-background-color); border: 1px solid rgba(var(--palette-neutral-20), 1); border-radius: 2px; box-shadow: 0 4px 12px var(--callout-shadow-color); }
.people-suggestions li { padding: 4px 12px; cursor: pointer; }
.people-suggestions li:hover { background: rgba(var(--palette-neutral-6), 1); }
.field .people-suggestions { margin: 2px 0 0; }
.recipients li { padding: 2px 0; }
.form-dialog-body { margin-top: 12px; }
`;

export function injectHostStyles(): void {
  const style = document.createElement("style");
  style.textContent = HOST_CSS;
  document.head.appendChild(style);
}
