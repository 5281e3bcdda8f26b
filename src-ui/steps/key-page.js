// "Open this key's page on OKX": the button a fix gets when it names a place on OKX (a key that
// can withdraw, a key whose permissions or IP binding changed). Rust builds the URL (links.rs).

import { h } from "../dom.js";
import { t } from "../i18n.js";

/**
 * A button that opens the API management page of `site` (its Demo Trading page when `demo`),
 * where the user finds the key; a failure to open the browser is said beside it.
 */
export function keyPageButton(ctx, site, demo, id) {
  const open = h("button", { type: "button", class: "secondary", "data-open-key-page": site, id: id || null }, t("ui-open-key-page"));
  const note = h("span", { class: "inline-status", role: "status" });
  open.addEventListener("click", async () => {
    note.textContent = "";
    try { await ctx.call("open_okx_page", { site, page: demo ? "demo_api" : "api" }); }
    catch (p) { note.textContent = `${p.message} ${p.fix}`; }
  });
  return h("div", { class: "button-row compact" }, open, note);
}
