// The keys saved in the system keychain: copy a value for a bot, delete, and how bots read them.

import { h, callout } from "../dom.js";
import { t } from "../i18n.js";
import { CLIPBOARD_SECONDS } from "./passphrase.js";
import { connectButton } from "./connect.js";

/** How a Python bot reads a key: the core's one program (keychain::snippet), from the boot data. */
const PYTHON = (window.__OKX_BOOT__ && window.__OKX_BOOT__.python_snippet) || "";

/** Delete for the key saved as `label`: asks first, says what happened in `status`, then `done()`. */
export function deleteButton(ctx, label, status, done) {
  // The danger look (unlike Test or Replace beside it), and a question before anything is deleted.
  const del = h("button", { type: "button", class: "secondary destructive", "data-delete": label }, t("ui-saved-delete"));
  del.addEventListener("click", async () => {
    const yes = await ctx.confirm(t("ui-saved-delete-confirm", { label }), t("ui-saved-delete-confirm.body"), t("ui-saved-delete"), "danger");
    if (!yes) return;
    try {
      await ctx.call("delete_key", { label });
      status.textContent = t("ui-saved-deleted", { label });
      done();
    } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
  });
  return del;
}

export function savedKeysBlock(ctx) {
  const box = h("div", { id: "saved-keys", "aria-live": "polite" });
  const status = h("p", { class: "inline-status", role: "status", id: "saved-keys-status" });
  // "Connect your bot" for the key whose Connect button was pressed last.
  const connectBox = h("div", { id: "saved-connect" });

  const copyButton = (label, field, text) => {
    const b = h("button", { type: "button", class: "secondary", "data-copy": field, "data-label": label }, text);
    b.addEventListener("click", async () => {
      try {
        await ctx.call("copy_saved_credential", { label, field });
        status.textContent = t("ui-saved-copied", { field, label, n: CLIPBOARD_SECONDS });
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
    return b;
  };

  const refresh = async () => {
    let keys;
    try {
      keys = await ctx.call("list_keys");
    } catch (p) {
      box.replaceChildren(callout("warning", p.message, p.fix));
      return;
    }
    if (!keys.length) {
      box.replaceChildren(h("p", { class: "hint" }, t("ui-saved-none")));
      return;
    }
    box.replaceChildren(h("table", { class: "saved-keys" },
      h("thead", {}, h("tr", {}, ...[t("ui-saved-col-name"), t("ui-saved-col-api-key"), t("ui-saved-col-site"), t("ui-saved-col-saved"), ""].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...keys.map((k) => {
        const del = deleteButton(ctx, k.label, status, refresh);
        const connect = connectButton(ctx, k, connectBox);
        const actions = k.in_keychain
          ? [connect, copyButton(k.label, "api_key", t("ui-saved-copy-api-key")), copyButton(k.label, "secret_key", t("ui-saved-copy-secret-key")), copyButton(k.label, "passphrase", t("ui-saved-copy-passphrase")), del]
          : [h("span", { class: "msg warning" }, t("ui-saved-missing")), del];
        return h("tr", { "data-label": k.label },
          h("th", { scope: "row", "data-value": "label" }, k.label), h("td", { class: "mono" }, k.api_key_redacted),
          h("td", {}, k.demo ? t("ui-saved-site-demo", { site: k.site }) : k.site), h("td", {}, (k.saved_at || "").slice(0, 10)),
          h("td", {}, h("div", { class: "button-row compact" }, ...actions)));
      }))));
  };
  ctx.memory.refreshKeys = refresh;
  refresh();
  return h("section", { "aria-labelledby": "saved-heading" },
    h("h2", { id: "saved-heading" }, t("ui-saved-heading")),
    box, status, connectBox);
}

/** For bot authors: how a Python program reads a saved key (on the reference page, not in the guide's steps). */
export function pythonSection() {
  return h("details", { class: "section", id: "python-snippet" }, h("summary", {}, t("ui-saved-python")),
    h("div", { class: "section-body" },
      h("p", {}, t("ui-saved-python.body")),
      h("pre", { class: "report" }, PYTHON)));
}
