// The confirmation report: preview, Copy and Save as. Built in Rust from the last test.

import { h } from "../dom.js";

/** What the user ticked in the guide, in the report's terms (null = not asked). */
export function confirmations(ctx) {
  const t = ctx.progress.ticks;
  const seen = (id) => (ctx.progress.done.includes("verify") || t[id] !== undefined ? Boolean(t[id]) : null);
  return {
    golden_rules: Boolean(ctx.progress.rules_acknowledged),
    one_key_per_bot: Boolean(ctx.progress.rules_acknowledged),
    withdraw_left_off: t.s6_withdraw_off === undefined ? null : Boolean(t.s6_withdraw_off),
    saved_in_password_manager: t.s9_saved === undefined ? null : Boolean(t.s9_saved),
    bot_shows_balance: seen("verify_balance"),
    bot_connected: seen("verify_status"),
    bot_no_errors: seen("verify_no_errors"),
    okx_last_used_recent: seen("verify_last_used"),
    okx_no_suspicious_access: seen("verify_no_strange"),
  };
}

export function reportBlock(ctx) {
  const preview = h("pre", { class: "report", id: "report-text", tabindex: "0", "aria-label": "Confirmation report" });
  const status = h("span", { class: "inline-status", role: "status", id: "report-status" });
  const copy = h("button", { type: "button", class: "primary", id: "copy-report" }, "Copy report");
  const save = h("button", { type: "button", class: "secondary", id: "save-report" }, "Save as…");
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
      status.textContent = "Copied. It holds no secret: safe to paste anywhere.";
    } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
  });
  save.addEventListener("click", async () => {
    try {
      const path = await ctx.call("save_report", { confirmations: confirmations(ctx) });
      status.textContent = path ? `Saved to ${path}.` : "Not saved.";
    } catch (p) { status.textContent = `${p.message} ${p.fix}`; }
  });
  ctx.memory.refreshReport = refresh;
  refresh();
  const block = h("section", { class: "report-block", "aria-labelledby": "report-heading" },
    h("h2", { id: "report-heading" }, "Confirmation report"),
    h("p", { class: "hint" }, "What was checked, for your records or a support desk. It never contains your secret key, your passphrase or your full API key."),
    h("div", { class: "button-row" }, copy, save, status),
    preview);
  block.refresh = refresh;
  return block;
}
