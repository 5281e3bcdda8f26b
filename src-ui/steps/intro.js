// Before you start (the prerequisites) and the golden rules (the gate before Step 1).

import { h, stepFrame, tick, callout } from "../dom.js";

/** The four golden rules, from the core's one list (report::words::GOLDEN_RULES), in the boot data. */
const GOLDEN_RULES = (window.__OKX_BOOT__ && window.__OKX_BOOT__.golden_rules) || [];

export const START = {
  id: "start",
  rail: "Before you start",
  position: "Before you start",
  render(ctx) {
    return stepFrame("Before you start", [
      "This app walks you through making an API key on OKX for your trading bot, then proves the key is set up safely.",
      "Set aside about 10 minutes without interruptions. Tick what you already have:",
    ],
    h("div", { class: "ticks", role: "group", "aria-label": "What you need" },
      tick(ctx, "prereq_verified", "A verified OKX account", "Identity verification is finished. OKX does not let unverified accounts make API keys."),
      tick(ctx, "prereq_2fa", "Two-factor authentication (2FA) is on", "An authenticator app or SMS code protects your OKX login."),
      tick(ctx, "prereq_bot", "An account on your bot platform, with a bot chosen", "You will paste the new key into that bot at the end."),
      tick(ctx, "prereq_passphrase", "A plan for your passphrase", "You will make up a passphrase for the key. Have a password manager open to save it."),
    ),
    callout("info", "No OKX account yet?", "Sign up on OKX and finish identity verification first, then come back. Your progress here is kept."));
  },
};

export const RULES = {
  id: "rules",
  rail: "Golden rules",
  position: "Golden rules",
  nextLabel: "I understand",
  render(ctx) {
    const id = "rules-ack";
    const box = h("input", { type: "checkbox", id });
    box.checked = Boolean(ctx.progress.rules_acknowledged);
    box.addEventListener("change", () => {
      ctx.progress.rules_acknowledged = box.checked;
      ctx.changed();
    });
    return stepFrame("Four rules that keep your money safe", [
      "Read these before you touch anything on OKX. The app checks the first one for you at the end.",
    ],
    h("ol", { class: "rules" },
      ...GOLDEN_RULES.map((r) => h("li", { class: r.danger ? "rule danger" : "rule" }, h("strong", {}, `${r.rule} `), r.why))),
    h("div", { class: "tick gate" }, box, h("label", { for: id }, h("span", { class: "tick-label" }, "I have read the four rules and will follow them"))));
  },
  canAdvance(ctx) {
    return ctx.progress.rules_acknowledged
      ? { ok: true }
      : { ok: false, hint: "Tick “I have read the four rules” to go on." };
  },
};
