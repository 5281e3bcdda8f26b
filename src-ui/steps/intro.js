// Before you start (the prerequisites) and the golden rules (the gate before Step 1).

import { h, stepFrame, tick, callout } from "../dom.js";
import { t } from "../i18n.js";

/** The four golden rules, from the core's one list (report::words::GOLDEN_RULES), in the boot data. */
/** (Read each time: a new language brings their words again.) */
function goldenRules() {
  return (window.__OKX_BOOT__ && window.__OKX_BOOT__.golden_rules) || [];
}

export const START = {
  id: "start",
  get rail() { return t("ui-start-rail"); },
  get position() { return t("ui-start-rail"); },
  render(ctx) {
    return stepFrame(t("ui-start-title"), [
      t("ui-start-lead-1"),
      t("ui-start-lead-2"),
    ],
    h("div", { class: "ticks", role: "group", "aria-label": t("ui-start-needs") },
      tick(ctx, "prereq_verified", t("ui-start-verified"), t("ui-start-verified.hint")),
      tick(ctx, "prereq_2fa", t("ui-start-2fa"), t("ui-start-2fa.hint")),
      tick(ctx, "prereq_bot", t("ui-start-bot"), t("ui-start-bot.hint")),
      tick(ctx, "prereq_passphrase", t("ui-start-passphrase"), t("ui-start-passphrase.hint")),
    ),
    callout("info", t("ui-start-no-account"), t("ui-start-no-account.text")));
  },
};

export const RULES = {
  id: "rules",
  get rail() { return t("ui-rules-rail"); },
  get position() { return t("ui-rules-rail"); },
  nextLabel: t("ui-rules-next"),
  render(ctx) {
    const id = "rules-ack";
    const box = h("input", { type: "checkbox", id });
    box.checked = Boolean(ctx.progress.rules_acknowledged);
    box.addEventListener("change", () => {
      ctx.progress.rules_acknowledged = box.checked;
      ctx.changed();
    });
    return stepFrame(t("ui-rules-title"), [
      t("ui-rules-lead"),
    ],
    h("ol", { class: "rules" },
      ...goldenRules().map((r) => h("li", { class: r.danger ? "rule danger" : "rule" }, h("strong", {}, `${r.rule} `), r.why))),
    h("div", { class: "tick gate" }, box, h("label", { for: id }, h("span", { class: "tick-label" }, t("ui-rules-ack")))));
  },
  canAdvance(ctx) {
    return ctx.progress.rules_acknowledged
      ? { ok: true }
      : { ok: false, hint: t("ui-rules-ack-needed") };
  },
};
