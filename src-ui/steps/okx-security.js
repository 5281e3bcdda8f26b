// Steps 6-8 on OKX: permissions, IP restriction, and OKX's security verification.

import { h, stepFrame, tick, callout, newId, list } from "../dom.js";
import { t } from "../i18n.js";

/** The permission table, also used by the quick reference. */
export function permissionTable() {
  const rows = [
    [t("ui-perm-read"), "yes", t("ui-perm-read.why")],
    [t("ui-perm-trade"), "yes", t("ui-perm-trade.why")],
    [t("ui-perm-withdraw"), "never", t("ui-perm-withdraw.why")],
    [t("ui-perm-transfer"), "no", t("ui-perm-transfer.why")],
    [t("ui-perm-earn"), "no", t("ui-perm-earn.why")],
    [t("ui-perm-subaccount"), "no", t("ui-perm-subaccount.why")],
  ];
  const badge = (v) => h("span", { class: `badge ${v === "yes" ? "ok" : v === "never" ? "danger" : "off"}` },
    v === "yes" ? t("ui-perm-turn-on") : v === "never" ? t("ui-perm-never") : t("ui-perm-leave-off"));
  return h("table", { class: "permissions" },
    h("caption", {}, t("ui-perm-caption")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-perm-col-name")), h("th", { scope: "col" }, t("ui-perm-col-setting")), h("th", { scope: "col" }, t("ui-perm-col-why")))),
    h("tbody", {}, ...rows.map(([name, v, why]) =>
      h("tr", { class: v === "never" ? "row-danger" : "" }, h("th", { scope: "row" }, name), h("td", {}, badge(v)), h("td", {}, why)))));
}

export const STEP6 = {
  id: "s6", get rail() { return t("ui-step6-rail"); }, get position() { return t("ui-step-position", { n: 6, total: 10 }); },
  render(ctx) {
    return stepFrame(t("ui-step6-title"), [
      t("ui-step6-lead"),
    ],
    permissionTable(),
    callout("danger", t("ui-step6-withdraw-off"), t("ui-step6-withdraw-off.text")),
    h("div", { class: "ticks", role: "group", "aria-label": t("ui-step6-ticks") },
      tick(ctx, "s6_read_trade", t("ui-step6-read-trade")),
      tick(ctx, "s6_withdraw_off", t("ui-step6-rest-off"))));
  },
};

export const STEP7 = {
  id: "s7", get rail() { return t("ui-step7-rail"); }, get position() { return t("ui-step-position", { n: 7, total: 10 }); },
  render(ctx) {
    const group = h("fieldset", { class: "choices" }, h("legend", {}, t("ui-step7-question")));
    const options = [
      ["fixed", t("ui-step7-fixed"), t("ui-step7-fixed.hint")],
      ["changing", t("ui-step7-changing"), t("ui-step7-changing.hint")],
    ];
    const note = h("div", { "aria-live": "polite" });
    const showNote = () => {
      note.replaceChildren(callout(ctx.progress.ticks.s7_changing ? "warning" : "info", t("ui-step7-idle"),
        t("ui-step7-idle.text")));
    };
    for (const [value, title, hint] of options) {
      const id = newId("ip");
      const radio = h("input", { type: "radio", name: "ip-choice", id, value });
      radio.checked = Boolean(ctx.progress.ticks[`s7_${value}`]);
      radio.addEventListener("change", () => {
        ctx.progress.ticks.s7_fixed = value === "fixed";
        ctx.progress.ticks.s7_changing = value === "changing";
        showNote();
        ctx.changed();
      });
      group.appendChild(h("div", { class: "choice" }, radio, h("label", { for: id }, h("span", { class: "tick-label" }, title), h("span", { class: "hint" }, hint))));
    }
    showNote();
    return stepFrame(t("ui-step7-title"), [
      t("ui-step7-lead-1"),
      t("ui-step7-lead-2"),
    ],
    group, note,
    h("p", { class: "hint" }, t("ui-step7-limit")));
  },
};

export const STEP8 = {
  id: "s8", get rail() { return t("ui-step8-rail"); }, get position() { return t("ui-step-position", { n: 8, total: 10 }); },
  render(ctx) {
    return stepFrame(t("ui-step8-title"), [
      t("ui-step8-lead"),
    ],
    list([
      t("ui-step8-email"),
      t("ui-step8-authenticator"),
      t("ui-step8-sms"),
    ]),
    callout("warning", t("ui-step8-keep-open"), t("ui-step8-keep-open.text")),
    tick(ctx, "s8_confirmed", t("ui-step8-accepted")));
  },
};

