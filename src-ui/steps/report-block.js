// The confirmation report: preview, Copy and Save as. Built in Rust from the last test.

import { h } from "../dom.js";
import { t, language } from "../i18n.js";

/** What the user ticked in the guide, in the report's terms (null = not asked). */
export function confirmations(ctx) {
  const ticks = ctx.progress.ticks;
  const seen = (id) => (ctx.progress.done.includes("verify") || ticks[id] !== undefined ? Boolean(ticks[id]) : null);
  return {
    golden_rules: Boolean(ctx.progress.rules_acknowledged),
    one_key_per_bot: Boolean(ctx.progress.rules_acknowledged),
    withdraw_left_off: ticks.s6_withdraw_off === undefined ? null : Boolean(ticks.s6_withdraw_off),
    saved_in_password_manager: ticks.s9_saved === undefined ? null : Boolean(ticks.s9_saved),
    bot_shows_balance: seen("verify_balance"),
    bot_connected: seen("verify_status"),
    bot_no_errors: seen("verify_no_errors"),
    okx_last_used_recent: seen("verify_last_used"),
    okx_no_suspicious_access: seen("verify_no_strange"),
  };
}

export function reportBlock(ctx) {
  const preview = h("pre", { class: "report", id: "report-text", tabindex: "0", "aria-label": t("ui-report-heading") });
  const status = h("span", { class: "inline-status", role: "status", id: "report-status" });
  const copy = h("button", { type: "button", class: "primary", id: "copy-report" }, t("ui-report-copy"));
  const save = h("button", { type: "button", class: "secondary", id: "save-report" }, t("ui-report-save"));
  // For a support desk or a bot platform's helpdesk, whatever the window's language.
  const english = language().lang === "en" ? null
    : h("button", { type: "button", class: "secondary", id: "copy-report-english" }, t("ui-report-copy-english"));
  if (english) {
    english.addEventListener("click", async () => {
      try {
        await ctx.call("copy_report", { confirmations: confirmations(ctx), english: true });
        status.textContent = t("ui-report-copied");
      } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
    });
  }
  const refresh = async () => {
    try {
      const r = await ctx.call("build_report", { confirmations: confirmations(ctx) });
      preview.textContent = r.text;
      return true;
    } catch (p) {
      preview.textContent = `${p.message} ${p.fix}`;
      return false;
    }
  };
  copy.addEventListener("click", async () => {
    try {
      const r = await ctx.call("copy_report", { confirmations: confirmations(ctx) });
      preview.textContent = r.text;
      status.textContent = t("ui-report-copied");
    } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
  });
  save.addEventListener("click", async () => {
    try {
      const path = await ctx.call("save_report", { confirmations: confirmations(ctx) });
      status.textContent = path ? t("ui-report-saved", { path }) : t("ui-report-not-saved");
    } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
  });
  ctx.memory.refreshReport = refresh;
  refresh();
  const block = h("section", { class: "report-block", "aria-labelledby": "report-heading" },
    h("h2", { id: "report-heading" }, t("ui-report-heading")),
    h("p", { class: "hint" }, t("ui-report-lead")),
    h("div", { class: "button-row" }, copy, english, save, status),
    preview);
  block.refresh = refresh;
  return block;
}
