// Step 9: save the three credentials in a password manager, then paste them here to be checked.

import { h, stepFrame, callout, newId } from "../dom.js";
import { secretField } from "./passphrase.js";
import { t } from "../i18n.js";

// label: the field's label; name: the value's name inside a sentence.
// (A function: a new language brings new words.)
const FIELDS = () => [
  { key: "api_key", id: "api-key", label: t("ui-step9-label-api-key"), name: t("ui-step9-name-api-key"), secret: false },
  { key: "secret_key", id: "secret-key", label: t("ui-step9-label-secret-key"), name: t("ui-step9-name-secret-key"), secret: true },
  { key: "passphrase", id: "passphrase-paste", label: t("ui-step9-label-passphrase"), name: t("ui-step9-name-passphrase"), secret: true },
];

/** The most one paste may hold, from the core (credentials::PASTE_LIMIT_BYTES, via the boot data). */
const PASTE_LIMIT = (window.__OKX_BOOT__ && window.__OKX_BOOT__.paste_limit_bytes) || Infinity;

function looksMultiValue(text) {
  return /[\r\n]/.test(text.trim()) || /^\s*\{/.test(text);
}

export const STEP9 = {
  id: "s9", get rail() { return t("ui-step9-rail"); }, get position() { return t("ui-step-position", { n: 9, total: 10 }); },
  render(ctx) {
    const m = ctx.memory;
    const inputs = {};
    const messages = {};
    const fieldNodes = FIELDS().map((f) => {
      const msgBox = h("div", { class: "field-messages", id: `${f.id}-messages`, "aria-live": "polite" });
      messages[f.key] = msgBox;
      let node;
      if (f.secret) {
        const sf = secretField(f.id, f.label, { describedBy: `${f.id}-messages` });
        inputs[f.key] = sf.input;
        node = h("div", {}, sf.node, msgBox);
      } else {
        const input = h("input", { type: "text", id: f.id, class: "mono", autocomplete: "off", spellcheck: "false", autocapitalize: "off", "aria-describedby": `${f.id}-messages` });
        inputs[f.key] = input;
        node = h("div", {}, h("div", { class: "field" }, h("label", { for: f.id }, f.label), input), msgBox);
      }
      return node;
    });
    const trimmedBox = h("div", { id: "trimmed-list", "aria-live": "polite" });
    const summary = h("div", { id: "check-summary", "aria-live": "polite" });
    const swapBox = h("div", { id: "swap-box" });
    const status = h("span", { class: "inline-status", role: "status", id: "paste-status" });
    const check = h("button", { type: "button", class: "primary", id: "check-credentials" }, t("ui-step9-check"));
    const clear = h("button", { type: "button", class: "secondary", id: "clear-credentials" }, t("ui-step9-clear"));

    const values = () => ({ api_key: inputs.api_key.value, secret_key: inputs.secret_key.value, passphrase: inputs.passphrase.value });

    // The check (core credentials::paste) sends back the cleaned API key, never the secret key or
    // the passphrase: those fields keep what was typed, and Rust cleans them again on each check.
    const show = (v) => {
      inputs.api_key.value = v.api_key;
      for (const f of FIELDS()) {
        const mine = v.messages.filter((msg) => msg.field === f.key);
        messages[f.key].replaceChildren(...mine.map((msg) =>
          h("p", { class: `msg ${msg.level}`, "data-code": msg.code },
            h("strong", {}, msg.level === "error" ? "✗ " : msg.level === "warning" ? "! " : msg.code === "passphrase_matches" ? "✓ " : "i "),
            msg.message, msg.fix ? h("span", { class: "check-fix" }, msg.fix) : null)));
        inputs[f.key].setAttribute("aria-invalid", String(mine.some((x) => x.level === "error")));
      }
      const notes = v.trimmed;
      trimmedBox.replaceChildren(notes.length
        ? callout("info", t("ui-step9-cleaned"), h("ul", {}, ...notes.map((note) => h("li", {}, note))))
        : "");
      swapBox.replaceChildren();
      m.swapShown = Boolean(v.swap);
      if (v.swap) {
        const [first, second] = v.swap.map((k) => FIELDS().find((f) => f.key === k).name);
        const btn = h("button", { type: "button", class: "secondary", id: "swap-fields" }, t("ui-step9-swap-button", { first, second }));
        btn.addEventListener("click", () => {
          const [a, b] = v.swap;
          const held = inputs[a].value; inputs[a].value = inputs[b].value; inputs[b].value = held;
          runCheck();
        });
        swapBox.appendChild(callout("warning", t("ui-step9-swapped"), t("ui-step9-swapped.body", { first, second }), h("div", { class: "button-row" }, btn)));
        // Right under the message that speaks of it (the first of the two fields), not below the form.
        messages[v.swap[0]].appendChild(swapBox);
      }
      summary.replaceChildren(v.ok
        ? callout("success", t("ui-step9-ok"), t("ui-step9-ok.body"))
        : callout("danger", t("ui-step9-not-ok"), t("ui-step9-not-ok.body")));
      m.credentialsChecked = v.ok;
    };

    // Only for the placeholder: an empty passphrase field means Step 5's, decided in Rust.
    let step5Known = false;

    const runCheck = async () => {
      status.textContent = "";
      try {
        const v = await ctx.call("check_credentials", { pasted: values(), label: ctx.progress.label || null });
        show(v);
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
      ctx.refreshNav();
    };

    const onPaste = async (event) => {
      const text = (event.clipboardData && event.clipboardData.getData("text")) || "";
      // Over the core's paste limit (64 KiB, the CLI's too): the field keeps what it had, and only
      // the size goes to Rust, for the words to show.
      const bytes = new TextEncoder().encode(text).length;
      if (bytes > PASTE_LIMIT) {
        event.preventDefault();
        const p = await ctx.call("paste_too_large", { bytes }).then(() => null, (e) => e);
        if (p) status.textContent = `${p.message} ${p.fix}`;
        return;
      }
      if (!looksMultiValue(text)) { setTimeout(runCheck, 0); return; }
      event.preventDefault();
      try {
        // Split and checked in one call: the fields it filled get their pieces of the paste.
        const split = await ctx.call("split_pasted_text", { text, current: values(), label: ctx.progress.label || null });
        if (!split) { status.textContent = t("ui-step9-split-failed"); return; }
        for (const f of FIELDS()) if (split.fields[f.key] != null) inputs[f.key].value = split.fields[f.key];
        show(split.check);
        status.textContent = t("ui-step9-filled", { n: split.filled }) + (split.notes && split.notes.length ? " " + split.notes.join(" ") : "");
        ctx.refreshNav();
      } catch (p) { status.textContent = p.message; }
    };
    for (const f of FIELDS()) {
      inputs[f.key].addEventListener("paste", onPaste);
      inputs[f.key].addEventListener("input", () => { m.credentialsChecked = false; summary.replaceChildren(); });
    }
    check.addEventListener("click", runCheck);
    clear.addEventListener("click", async () => {
      await ctx.call("clear_credentials").catch(() => {});
      for (const f of FIELDS()) { inputs[f.key].value = ""; messages[f.key].replaceChildren(); }
      trimmedBox.replaceChildren(); swapBox.replaceChildren(); summary.replaceChildren();
      m.credentialsChecked = false;
      m.swapShown = false;
      ctx.refreshNav();
    });

    // The passphrase made in Step 5 stays in Rust: an empty field means "use it".
    ctx.call("has_step5_passphrase").then((has) => {
      step5Known = Boolean(has);
      if (step5Known) {
        inputs.passphrase.placeholder = t("ui-step9-uses-step5.placeholder");
        if (!inputs.passphrase.value) status.textContent = t("ui-step9-uses-step5");
      }
    }).catch(() => {});

    const savedId = newId("saved");
    const saved = h("input", { type: "checkbox", id: "saved-all" });
    saved.checked = Boolean(ctx.progress.ticks.s9_saved);
    saved.addEventListener("change", () => { ctx.progress.ticks.s9_saved = saved.checked; ctx.changed(); });

    const earlier = m.credentialsChecked
      ? callout("success", t("ui-step9-earlier"), t("ui-step9-earlier.body"))
      : null;

    return stepFrame(t("ui-step9-title"), [t("ui-step9-lead-1"), t("ui-step9-lead-2")],
    callout("danger", t("ui-step9-shown-once"), t("ui-step9-shown-once.body")),
    earlier,
    h("p", { class: "hint" }, t("ui-step9-tip")),
    ...fieldNodes,
    h("div", { class: "button-row" }, check, clear, status),
    trimmedBox, summary,
    h("div", { class: "tick gate" }, saved, h("label", { for: "saved-all", id: savedId },
      h("span", { class: "tick-label" }, t("ui-step9-saved")),
      h("span", { class: "hint" }, t("ui-step9-saved.hint")))));
  },
  canAdvance(ctx) {
    // The footer speaks of what the screen shows: swapped values first, then the tick.
    if (ctx.memory.swapShown) return { ok: Boolean(ctx.progress.ticks.s9_saved), hint: t("ui-step9-hint-swap", { button: t("ui-step9-swap-button", { first: FIELDS()[0].name, second: FIELDS()[1].name }) }) };
    return ctx.progress.ticks.s9_saved
      ? { ok: true }
      : { ok: false, hint: t("ui-step9-hint") };
  },
};
