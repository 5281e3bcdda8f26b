// After Step 10: the verification checklist, troubleshooting, deleting or rotating a key,
// and the quick reference with the risk disclaimer.

import { h, stepFrame, tick, callout, section, list } from "../dom.js";
import { permissionTable } from "./okx-security.js";
import { openOkxButton } from "./okx-setup.js";
import { reportBlock } from "./report-block.js";
import { pythonSection } from "./saved-keys.js";
import { t } from "../i18n.js";

export const VERIFY = {
  id: "verify", get rail() { return t("ui-verify-rail"); }, get position() { return t("ui-verify-rail"); }, group: "after",
  render(ctx) {
    const report = reportBlock(ctx);
    // What the user ticks here goes into the report: keep its preview current.
    const ticks = (...items) => {
      const box = h("div", { class: "ticks" }, ...items);
      box.addEventListener("change", () => report.refresh());
      return box;
    };
    return stepFrame(t("ui-verify-title"), [t("ui-verify-lead")],
    h("h2", {}, t("ui-verify-bot-heading")),
    ticks(
      tick(ctx, "verify_balance", t("ui-verify-balance")),
      tick(ctx, "verify_status", t("ui-verify-status")),
      tick(ctx, "verify_no_errors", t("ui-verify-no-errors"))),
    h("h2", {}, t("ui-verify-okx-heading")),
    ticks(
      tick(ctx, "verify_last_used", t("ui-verify-last-used")),
      tick(ctx, "verify_no_strange", t("ui-verify-no-strange"))),
    openOkxButton(ctx, "api", t("ui-open-api-management")),
    report);
  },
};

// Each trouble: the message the user sees, then what to do, in order.
// (A function: a new language brings new words.)
const TROUBLES = () => [
  [t("ui-trouble-invalid-key"), [t("ui-trouble-invalid-key.step1"), t("ui-trouble-invalid-key.step2"), t("ui-trouble-invalid-key.step3"), t("ui-trouble-invalid-key.step4")]],
  [t("ui-trouble-wrong-passphrase"), [t("ui-trouble-wrong-passphrase.step1"), t("ui-trouble-wrong-passphrase.step2"), t("ui-trouble-wrong-passphrase.step3")]],
  [t("ui-trouble-no-such-key"), [t("ui-trouble-no-such-key.step1"), t("ui-trouble-no-such-key.step2")]],
  [t("ui-trouble-permissions"), [t("ui-trouble-permissions.step1")]],
  [t("ui-trouble-ip"), [t("ui-trouble-ip.step1"), t("ui-trouble-ip.step2")]],
  [t("ui-trouble-region"), [t("ui-trouble-region.step1"), t("ui-trouble-region.step2")]],
  [t("ui-trouble-timestamp"), [t("ui-trouble-timestamp.step1")]],
  [t("ui-trouble-environment"), [t("ui-trouble-environment.step1")]],
  [t("ui-trouble-lost"), [t("ui-trouble-lost.step1"), t("ui-trouble-lost.step2")]],
];

export const TROUBLE = {
  id: "trouble", get rail() { return t("ui-trouble-rail"); }, get position() { return t("ui-trouble-rail"); }, group: "after",
  render() {
    return stepFrame(t("ui-trouble-title"), [t("ui-trouble-lead")], ...TROUBLES().map(([title, steps]) => section(title, list(steps))));
  },
};

export const ROTATE = {
  id: "rotate", get rail() { return t("ui-rotate-title"); }, get position() { return t("ui-rotate-title"); }, group: "after",
  render(ctx) {
    return stepFrame(t("ui-rotate-title"), [t("ui-rotate-lead")],
    h("h2", {}, t("ui-rotate-delete-heading")),
    list([t("ui-rotate-delete-1"), t("ui-rotate-delete-2"), t("ui-rotate-delete-3")], true),
    openOkxButton(ctx, "api", t("ui-open-api-management")),
    callout("info", t("ui-rotate-money"), t("ui-rotate-money.body")),
    h("h2", {}, t("ui-rotate-replace-heading")),
    list([t("ui-rotate-replace-1"), t("ui-rotate-replace-2"), t("ui-rotate-replace-3"), t("ui-rotate-replace-4")], true));
  },
};

export const REFERENCE = {
  id: "ref", get rail() { return t("ui-ref-rail"); }, get position() { return t("ui-ref-rail"); }, group: "after",
  render(ctx) {
    const about = h("p", { class: "hint", id: "about-text" });
    ctx.call("app_info").then((info) => {
      about.textContent = t("ui-ref-about", { version: info.version, logs: info.log_dir, attribution: info.wordlist_attribution });
    }).catch(() => {});
    return stepFrame(t("ui-ref-title"), [t("ui-ref-lead")],
    permissionTable(),
    h("h2", {}, t("ui-ref-credentials-heading")),
    list([t("ui-ref-api-key"), t("ui-ref-secret-key"), t("ui-ref-passphrase")]),
    callout("warning", t("ui-ref-risk"), t("ui-ref-risk.body")),
    pythonSection(),
    h("h2", {}, t("ui-ref-about-heading")),
    about);
  },
};
