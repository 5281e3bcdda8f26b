// Step 5: make a strong passphrase (scored by zxcvbn in Rust), confirm it, save it.

import { h, stepFrame, callout } from "../dom.js";

const DEBOUNCE_MS = 120;

function ctxWords(ctx) {
  return { label: ctx.progress.label || null, botName: ctx.progress.bot_name || null };
}

/** A password field with a Show/Hide toggle. */
export function secretField(id, labelText, opts = {}) {
  const input = h("input", {
    type: "password", id, autocomplete: "off", spellcheck: "false", autocapitalize: "off",
    class: "mono", "aria-describedby": opts.describedBy || null, maxlength: opts.maxlength || null,
  });
  const toggle = h("button", { type: "button", class: "secondary reveal", id: `${id}-reveal`, "aria-controls": id, "aria-pressed": "false" }, "Show");
  toggle.addEventListener("click", () => {
    const show = input.type === "password";
    input.type = show ? "text" : "password";
    toggle.textContent = show ? "Hide" : "Show";
    toggle.setAttribute("aria-pressed", String(show));
  });
  return { input, toggle, node: h("div", { class: "field" }, h("label", { for: id }, labelText), h("div", { class: "input-row" }, input, toggle, ...(opts.extra || []))) };
}

function ruleList(rules) {
  return h("ul", { class: "checklist", id: "passphrase-rules", "aria-label": "OKX's passphrase rules" },
    ...rules.map((r) => h("li", { class: r.ok ? "pass" : "fail", "data-rule": r.id },
      h("span", { class: "icon", "aria-hidden": "true" }, r.ok ? "✓" : "✗"),
      h("span", {}, r.label, h("span", { class: "sr-only" }, r.ok ? " (met)" : " (not met)")))));
}

export const STEP5 = {
  id: "s5", rail: "5. Create a passphrase", position: "Step 5 of 10",
  render(ctx) {
    const m = ctx.memory;
    const pass = secretField("passphrase", "Passphrase", { describedBy: "strength-text", maxlength: "64" });
    const confirm = secretField("passphrase-confirm", "Type it again to confirm", { describedBy: "confirm-message", maxlength: "64" });
    const meterFill = h("div", {});
    const strength = h("p", { id: "strength-text", class: "field-message", "aria-live": "polite" }, "Type a passphrase, or generate one.");
    const times = h("p", { class: "hint", id: "crack-times" });
    const rulesBox = h("div", { id: "rules-box" });
    const feedback = h("div", { id: "zxcvbn-feedback" });
    const confirmMsg = h("p", { id: "confirm-message", class: "field-message", "aria-live": "polite" });
    const status = h("span", { class: "inline-status", role: "status", id: "passphrase-status" });
    const generate = h("button", { type: "button", class: "secondary", id: "generate-passphrase" }, "Generate one for me");
    const copy = h("button", { type: "button", class: "secondary", id: "copy-passphrase" }, "Copy");
    const clear = h("button", { type: "button", class: "link-button", id: "clear-passphrase" }, "Clear");

    let seq = 0;
    let timer = null;
    let lastAssessment = null;

    const showAssessment = (a) => {
      lastAssessment = a;
      const score = a.scored ? a.score : 0;
      meterFill.className = `s${score}`;
      meterFill.style.width = a.scored ? `${(score + 1) * 20}%` : "0%";
      strength.textContent = a.scored ? `Strength: ${a.strength}` : a.strength;
      strength.className = `field-message ${a.scored && score >= 3 ? "ok" : a.length ? "error" : ""}`;
      times.textContent = a.scored && a.crack_time_offline
        ? `Time to guess it: ${a.crack_time_online} by trying through OKX, ${a.crack_time_offline} from a stolen copy of OKX's records.`
        : "";
      rulesBox.replaceChildren(ruleList(a.rules));
      const tips = [];
      if (a.warning) tips.push(h("p", { class: "msg warning" }, a.warning));
      for (const s of a.suggestions || []) tips.push(h("p", { class: "hint" }, s));
      feedback.replaceChildren(...tips);
    };

    const checkConfirmation = async () => {
      const mySeq = ++seq;
      const words = ctxWords(ctx);
      try {
        const r = await ctx.call("check_passphrase", { passphrase: pass.input.value, confirmation: confirm.input.value, ...words });
        const a = r.assessment;
        const c = { state: r.confirmation, message: r.message, can_continue: r.can_continue };
        if (mySeq !== seq) return; // a newer keystroke has its own answer coming
        showAssessment(a);
        confirmMsg.textContent = confirm.input.value || c.state !== "empty" ? c.message : "";
        confirmMsg.className = `field-message ${c.state === "matches" ? "ok" : c.state === "empty" ? "" : "error"}`;
        m.passphraseReady = c.can_continue;
        m.passphraseAdvice = !a.acceptable ? (a.advice[0] || "Make the passphrase stronger.")
          : c.state !== "matches" ? c.message : "";
        ctx.refreshNav();
      } catch (p) {
        if (mySeq === seq) status.textContent = p.message;
      }
    };

    const onInput = () => {
      m.passphraseReady = false;
      ctx.refreshNav();
      clearTimeout(timer);
      timer = setTimeout(checkConfirmation, DEBOUNCE_MS);
    };
    pass.input.addEventListener("input", onInput);
    confirm.input.addEventListener("input", onInput);

    generate.addEventListener("click", async () => {
      status.textContent = "";
      try {
        const value = await ctx.call("generate_passphrase", ctxWords(ctx));
        pass.input.value = value;
        confirm.input.value = "";
        pass.input.type = "text";
        pass.toggle.textContent = "Hide";
        pass.toggle.setAttribute("aria-pressed", "true");
        status.textContent = "Generated. Save it in your password manager, then type it again below to confirm.";
        onInput();
        confirm.input.focus();
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
    copy.addEventListener("click", async () => {
      try {
        await ctx.call("copy_passphrase");
        status.textContent = "Copied. The clipboard is cleared in 30 seconds.";
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
    clear.addEventListener("click", async () => {
      await ctx.call("clear_passphrase").catch(() => {});
      pass.input.value = "";
      confirm.input.value = "";
      m.passphraseReady = false;
      status.textContent = "Cleared.";
      onInput();
      pass.input.focus();
    });

    const kept = m.passphraseReady
      ? callout("success", "Your passphrase is ready", "The app keeps it in memory (never on disk) to check what you paste in Step 9. Type a new one below to change it.")
      : null;
    queueMicrotask(() => { if (!m.passphraseReady) checkConfirmation(); });

    return stepFrame("Create your passphrase", [
      "OKX now asks for a passphrase: a password for this key that you make up. OKX never shows it again and cannot reset it.",
      "Make it here, save it in your password manager, then type it into both of OKX's passphrase fields.",
    ],
    kept,
    pass.node,
    h("div", { class: "button-row" }, generate, copy, clear, status),
    h("div", { class: "meter", "aria-hidden": "true" }, meterFill),
    strength, times, feedback, rulesBox,
    confirm.node, confirmMsg,
    callout("warning", "Save it in your password manager now", "If it is lost, the key must be deleted and made again. Keep it in the same entry as the API key and secret key you get in Step 9."));
  },
  canAdvance(ctx) {
    return ctx.memory.passphraseReady
      ? { ok: true }
      : { ok: false, hint: ctx.memory.passphraseAdvice || "Make a passphrase that meets every rule and confirm it." };
  },
};

