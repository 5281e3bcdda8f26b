// The keys saved in the system keychain: copy a value for a bot, delete, and how bots read them.

import { h, callout } from "../dom.js";

/** How a Python bot reads a key: the core's one program (keychain::snippet), from the boot data. */
const PYTHON = (window.__OKX_BOOT__ && window.__OKX_BOOT__.python_snippet) || "";

export function savedKeysBlock(ctx) {
  const box = h("div", { id: "saved-keys", "aria-live": "polite" });
  const status = h("p", { class: "inline-status", role: "status", id: "saved-keys-status" });

  const copyButton = (label, field, text) => {
    const b = h("button", { type: "button", class: "secondary", "data-copy": field, "data-label": label }, text);
    b.addEventListener("click", async () => {
      try {
        await ctx.call("copy_saved_credential", { label, field });
        status.textContent = `${text.replace("Copy ", "")} copied for “${label}”. The clipboard is cleared in 30 seconds.`;
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
      box.replaceChildren(h("p", { class: "hint" }, "No keys saved in the keychain yet."));
      return;
    }
    box.replaceChildren(h("table", { class: "saved-keys" },
      h("thead", {}, h("tr", {}, ...["Name", "API key", "Site", "Saved", ""].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, ...keys.map((k) => {
        const del = h("button", { type: "button", class: "secondary", "data-delete": k.label }, "Delete");
        del.addEventListener("click", async () => {
          const yes = await ctx.confirm(`Delete “${k.label}” from the keychain?`, "This removes the saved copy on this computer only. The key itself still works on OKX until you delete it there too.", "Delete");
          if (!yes) return;
          try { await ctx.call("delete_key", { label: k.label }); status.textContent = `Deleted “${k.label}” from the keychain.`; refresh(); }
          catch (p) { status.textContent = `${p.message} ${p.fix}`; }
        });
        const actions = k.in_keychain
          ? [copyButton(k.label, "api_key", "Copy API key"), copyButton(k.label, "secret_key", "Copy secret key"), copyButton(k.label, "passphrase", "Copy passphrase"), del]
          : [h("span", { class: "msg warning" }, "Missing from the keychain"), del];
        return h("tr", { "data-label": k.label },
          h("th", { scope: "row" }, k.label), h("td", { class: "mono" }, k.api_key_redacted),
          h("td", {}, `${k.site}${k.demo ? " (demo)" : ""}`), h("td", {}, (k.saved_at || "").slice(0, 10)),
          h("td", {}, h("div", { class: "button-row compact" }, ...actions)));
      }))));
  };
  ctx.memory.refreshKeys = refresh;
  refresh();
  return h("section", { "aria-labelledby": "saved-heading" },
    h("h2", { id: "saved-heading" }, "Keys saved on this computer"),
    box, status,
    h("details", { class: "section" }, h("summary", {}, "For bot authors: read a saved key from Python"),
      h("div", { class: "section-body" },
        h("p", {}, "Each key is one keychain item: service “okx-key-assistant”, user = the key's name, secret = JSON with api_key, secret_key, passphrase, site, api_host, demo and saved_at. Install the Python packages keyring and secretstorage, then:"),
        h("pre", { class: "report" }, PYTHON))));
}
