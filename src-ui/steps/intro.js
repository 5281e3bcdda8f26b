// Before you start (the prerequisites) and the golden rules (the gate before Step 1).

import { h, stepFrame, tick, callout } from "../dom.js";

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
      h("li", { class: "rule danger" }, h("strong", {}, "Never turn on withdrawal. "),
        "A bot only needs to read and trade. With withdrawal off, no money can leave your OKX account through this key, whatever happens to it."),
      h("li", { class: "rule" }, h("strong", {}, "Never share the three credentials. "),
        "The API key, secret key and passphrase go into your bot and your password manager, nowhere else. OKX staff will never ask for them."),
      h("li", { class: "rule" }, h("strong", {}, "One key per bot. "),
        "If one bot is stopped or compromised, you delete its key and the others keep running."),
      h("li", { class: "rule" }, h("strong", {}, "Keep the passphrase in a password manager. "),
        "OKX cannot show it again or reset it. If it is lost, the key has to be deleted and made again.")),
    h("div", { class: "tick gate" }, box, h("label", { for: id }, h("span", { class: "tick-label" }, "I have read the four rules and will follow them"))));
  },
  canAdvance(ctx) {
    return ctx.progress.rules_acknowledged
      ? { ok: true }
      : { ok: false, hint: "Tick “I have read the four rules” to go on." };
  },
};
