// Step 5: make a strong passphrase (scored by zxcvbn in Rust), confirm it, save it.

import { h, stepFrame, callout } from "../dom.js";
import { t } from "../i18n.js";

const DEBOUNCE_MS = 120;
/** How long a copied secret stays on the clipboard (SECRET_CLEAR_AFTER in commands/clipboard.rs). */
export const CLIPBOARD_SECONDS = 30;

function ctxWords(ctx) {
  return { label: ctx.progress.label || null, botName: ctx.progress.bot_name || null };
}

/** A password field with a Show/Hide toggle. */
export function secretField(id, labelText, opts = {}) {
  const input = h("input", {
    type: "password", id, autocomplete: "off", spellcheck: "false", autocapitalize: "off",
    class: "mono", "aria-describedby": opts.describedBy || null, maxlength: opts.maxlength || null,
  });
  const toggle = h("button", { type: "button", class: "secondary reveal", id: `${id}-reveal`, "aria-controls": id, "aria-pressed": "false" }, t("ui-secret-show"));
  toggle.addEventListener("click", () => {
    const show = input.type === "password";
    input.type = show ? "text" : "password";
    toggle.textContent = show ? t("ui-secret-hide") : t("ui-secret-show");
    toggle.setAttribute("aria-pressed", String(show));
  });
  return { input, toggle, node: h("div", { class: "field" }, h("label", { for: id }, labelText), h("div", { class: "input-row" }, input, toggle, ...(opts.extra || []))) };
}

function ruleList(rules) {
  return h("ul", { class: "checklist", id: "passphrase-rules", "aria-label": t("ui-step5-rules") },
    ...rules.map((r) => h("li", { class: r.ok ? "pass" : "fail", "data-rule": r.id },
      h("span", { class: "icon", "aria-hidden": "true" }, r.ok ? "✓" : "✗"),
      h("span", {}, r.label, " ", h("span", { class: "sr-only" }, r.ok ? t("ui-step5-rule-met") : t("ui-step5-rule-not-met"))))));
}

export const STEP5 = {
  id: "s5", get rail() { return t("ui-step5-rail"); }, get position() { return t("ui-step-position", { n: 5, total: 10 }); },
  render(ctx) {
    const m = ctx.memory;
    const pass = secretField("passphrase", t("ui-step5-passphrase"), { describedBy: "strength-text", maxlength: "64" });
    const confirm = secretField("passphrase-confirm", t("ui-step5-confirm"), { describedBy: "confirm-message", maxlength: "64" });
    const meterFill = h("div", {});
    const strength = h("p", { id: "strength-text", class: "field-message", "aria-live": "polite" }, t("ui-step5-start"));
    const times = h("p", { class: "hint", id: "crack-times" });
    const rulesBox = h("div", { id: "rules-box" });
    const feedback = h("div", { id: "zxcvbn-feedback" });
    const confirmMsg = h("p", { id: "confirm-message", class: "field-message", "aria-live": "polite" });
    const status = h("span", { class: "inline-status", role: "status", id: "passphrase-status" });
    const generate = h("button", { type: "button", class: "secondary", id: "generate-passphrase" }, t("ui-step5-generate"));
    const copy = h("button", { type: "button", class: "secondary", id: "copy-passphrase" }, t("ui-step5-copy"));
    const clear = h("button", { type: "button", class: "link-button", id: "clear-passphrase" }, t("ui-step5-clear"));

    let seq = 0;
    let timer = null;
    let lastAssessment = null;

    const showAssessment = (a) => {
      lastAssessment = a;
      const score = a.scored ? a.score : 0;
      meterFill.className = `s${score}`;
      meterFill.style.width = a.scored ? `${(score + 1) * 20}%` : "0%";
      strength.textContent = a.scored ? t("ui-step5-strength", { strength: a.strength }) : a.strength;
      strength.className = `field-message ${a.scored && score >= 3 ? "ok" : a.length ? "error" : ""}`;
      times.textContent = a.scored && a.crack_time_offline
        ? t("ui-step5-crack-times", { online: a.crack_time_online, offline: a.crack_time_offline })
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
        m.passphraseAdvice = !a.acceptable ? (a.advice[0] || t("ui-step5-stronger"))
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
        pass.toggle.textContent = t("ui-secret-hide");
        pass.toggle.setAttribute("aria-pressed", "true");
        status.textContent = t("ui-step5-generated");
        onInput();
        confirm.input.focus();
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
    copy.addEventListener("click", async () => {
      try {
        await ctx.call("copy_passphrase");
        status.textContent = t("ui-step5-copied", { n: CLIPBOARD_SECONDS });
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
    clear.addEventListener("click", async () => {
      await ctx.call("clear_passphrase").catch(() => {});
      pass.input.value = "";
      confirm.input.value = "";
      m.passphraseReady = false;
      status.textContent = t("ui-step5-cleared");
      onInput();
      pass.input.focus();
    });

    const kept = m.passphraseReady
      ? callout("success", t("ui-step5-kept"), t("ui-step5-kept.body"))
      : null;
    queueMicrotask(() => { if (!m.passphraseReady) checkConfirmation(); });

    return stepFrame(t("ui-step5-title"), [t("ui-step5-lead-1"), t("ui-step5-lead-2")],
    kept,
    pass.node,
    h("div", { class: "button-row" }, generate, copy, clear, status),
    h("div", { class: "meter", "aria-hidden": "true" }, meterFill),
    strength, times, feedback, rulesBox,
    confirm.node, confirmMsg,
    callout("warning", t("ui-step5-save-now"), t("ui-step5-save-now.body")));
  },
  canAdvance(ctx) {
    return ctx.memory.passphraseReady
      ? { ok: true }
      : { ok: false, hint: ctx.memory.passphraseAdvice || t("ui-step5-hint") };
  },
};

