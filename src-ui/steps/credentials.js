// Step 9: save the three credentials in a password manager, then paste them here to be checked.

import { h, stepFrame, callout, newId } from "../dom.js";
import { secretField } from "./passphrase.js";

const FIELDS = [
  { key: "api_key", id: "api-key", label: "API key", secret: false },
  { key: "secret_key", id: "secret-key", label: "Secret key", secret: true },
  { key: "passphrase", id: "passphrase-paste", label: "Passphrase (the one you made for this key, not your OKX login password)", secret: true },
];

function looksMultiValue(text) {
  return /[\r\n]/.test(text.trim()) || /^\s*\{/.test(text);
}

export const STEP9 = {
  id: "s9", rail: "9. Save the credentials", position: "Step 9 of 10",
  render(ctx) {
    const m = ctx.memory;
    const inputs = {};
    const messages = {};
    const fieldNodes = FIELDS.map((f) => {
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
    const check = h("button", { type: "button", class: "primary", id: "check-credentials" }, "Check");
    const clear = h("button", { type: "button", class: "secondary", id: "clear-credentials" }, "Clear");

    const values = () => ({ api_key: inputs.api_key.value, secret_key: inputs.secret_key.value, passphrase: inputs.passphrase.value });

    const show = (v) => {
      for (const f of FIELDS) {
        inputs[f.key].value = v.cleaned[f.key];
        const mine = v.messages.filter((msg) => msg.field === f.key);
        messages[f.key].replaceChildren(...mine.map((msg) =>
          h("p", { class: `msg ${msg.level}`, "data-code": msg.code },
            h("strong", {}, msg.level === "error" ? "✗ " : msg.level === "warning" ? "! " : msg.code === "passphrase_matches" ? "✓ " : "i "),
            msg.message, msg.fix ? h("span", { class: "check-fix" }, msg.fix) : null)));
        inputs[f.key].setAttribute("aria-invalid", String(mine.some((x) => x.level === "error")));
      }
      trimmedBox.replaceChildren(v.trimmed.length
        ? callout("info", "Cleaned up what you pasted", h("ul", {}, ...v.trimmed.map((t) => h("li", {}, t.replace(/^api_key:/, "API key:").replace(/^secret_key:/, "Secret key:").replace(/^passphrase:/, "Passphrase:")))))
        : "");
      swapBox.replaceChildren();
      if (v.swap) {
        const names = v.swap.map((k) => FIELDS.find((f) => f.key === k).label.split(" (")[0].toLowerCase());
        const btn = h("button", { type: "button", class: "secondary", id: "swap-fields" }, `Swap the ${names[0]} and the ${names[1]}`);
        btn.addEventListener("click", () => {
          const [a, b] = v.swap;
          const t = inputs[a].value; inputs[a].value = inputs[b].value; inputs[b].value = t;
          runCheck();
        });
        swapBox.appendChild(callout("warning", "These two look swapped", `It looks like the ${names[0]} and the ${names[1]} went into each other's fields.`, h("div", { class: "button-row" }, btn)));
      }
      summary.replaceChildren(v.ok
        ? callout("success", "The three values look right", "They are held in memory (never on disk) for the connection test in Step 10.")
        : callout("danger", "Something needs fixing", "Read the messages under the fields above."));
      m.credentialsChecked = v.ok;
    };

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
      if (!looksMultiValue(text)) { setTimeout(runCheck, 0); return; }
      event.preventDefault();
      try {
        const split = await ctx.call("split_pasted_text", { text });
        if (!split) { status.textContent = "That paste has several lines, but the app could not tell which value is which. Paste each value into its own field."; return; }
        let filled = 0;
        for (const f of FIELDS) if (split[f.key]) { inputs[f.key].value = split[f.key]; filled += 1; }
        status.textContent = `Filled ${filled} field${filled === 1 ? "" : "s"} from one paste.` + (split.notes && split.notes.length ? " " + split.notes.join(" ") : "");
        runCheck();
      } catch (p) { status.textContent = p.message; }
    };
    for (const f of FIELDS) {
      inputs[f.key].addEventListener("paste", onPaste);
      inputs[f.key].addEventListener("input", () => { m.credentialsChecked = false; summary.replaceChildren(); });
    }
    check.addEventListener("click", runCheck);
    clear.addEventListener("click", async () => {
      await ctx.call("clear_credentials").catch(() => {});
      for (const f of FIELDS) { inputs[f.key].value = ""; messages[f.key].replaceChildren(); }
      trimmedBox.replaceChildren(); swapBox.replaceChildren(); summary.replaceChildren();
      m.credentialsChecked = false;
      ctx.refreshNav();
    });

    // Pre-fill the passphrase made in Step 5, if any.
    ctx.call("step5_passphrase").then((p) => {
      if (p && !inputs.passphrase.value) {
        inputs.passphrase.value = p;
        status.textContent = "The passphrase from Step 5 is filled in. Replace it if you typed a different one on OKX.";
      }
    }).catch(() => {});

    const savedId = newId("saved");
    const saved = h("input", { type: "checkbox", id: "saved-all" });
    saved.checked = Boolean(ctx.progress.ticks.s9_saved);
    saved.addEventListener("change", () => { ctx.progress.ticks.s9_saved = saved.checked; ctx.changed(); });

    const earlier = m.credentialsChecked
      ? callout("success", "Already checked", "The values you checked earlier are held in memory for Step 10. Paste them again to change them.")
      : null;

    return stepFrame("Save your three credentials now", [
      "OKX now shows the new key's API key and secret key. Your passphrase is the one from Step 5.",
      "First put all three in one password-manager entry (for example “OKX API, Grid bot”). Then paste them here to be checked.",
    ],
    callout("danger", "The secret key is shown only once", "After you close OKX's screen, nobody can show it again. Copy it into your password manager before you do anything else."),
    earlier,
    h("p", { class: "hint" }, "Tip: you can paste a whole password-manager note (API key, secret key, passphrase on separate lines) into any field."),
    ...fieldNodes,
    h("div", { class: "button-row" }, check, clear, status),
    swapBox, trimmedBox, summary,
    h("div", { class: "tick gate" }, saved, h("label", { for: "saved-all", id: savedId },
      h("span", { class: "tick-label" }, "All three are saved in my password manager"),
      h("span", { class: "hint" }, "API key, secret key and passphrase, in one entry. Only then close OKX's screen."))));
  },
  canAdvance(ctx) {
    return ctx.progress.ticks.s9_saved
      ? { ok: true }
      : { ok: false, hint: "Save all three in your password manager, then tick the box." };
  },
};
