// Steps 6-8 on OKX: permissions, IP restriction, and OKX's security verification.

import { h, stepFrame, tick, callout, newId, list } from "../dom.js";

/** The permission table, also used by the quick reference. */
export function permissionTable() {
  const rows = [
    ["Read", "yes", "Lets the bot see balances, positions and order history."],
    ["Trade", "yes", "Lets the bot place and cancel orders."],
    ["Withdraw", "never", "Would let money leave your account. Never turn it on for a bot."],
    ["Transfer", "no", "Moving funds between accounts: a bot does not need it."],
    ["Earn", "no", "Savings and staking products: not needed."],
    ["Sub-account transfer", "no", "Moving funds to sub-accounts: not needed."],
  ];
  const badge = (v) => h("span", { class: `badge ${v === "yes" ? "ok" : v === "never" ? "danger" : "off"}` },
    v === "yes" ? "✓ Turn on" : v === "never" ? "✗ Never" : "✗ Leave off");
  return h("table", { class: "permissions" },
    h("caption", {}, "Permissions for a bot's key"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Permission"), h("th", { scope: "col" }, "Setting"), h("th", { scope: "col" }, "Why"))),
    h("tbody", {}, ...rows.map(([name, v, why]) =>
      h("tr", { class: v === "never" ? "row-danger" : "" }, h("th", { scope: "row" }, name), h("td", {}, badge(v)), h("td", {}, why)))));
}

export const STEP6 = {
  id: "s6", rail: "6. Set permissions", position: "Step 6 of 10",
  render(ctx) {
    return stepFrame("Set the key's permissions", [
      "This is the most important screen. Turn on Read and Trade. Leave everything else off.",
    ],
    permissionTable(),
    callout("danger", "Withdrawal stays off", "With withdrawal off, no money can leave your OKX account through this key, even if the key is stolen. Step 10 checks this for you."),
    h("div", { class: "ticks", role: "group", "aria-label": "Permissions you set" },
      tick(ctx, "s6_read_trade", "Read and Trade are on"),
      tick(ctx, "s6_withdraw_off", "Withdraw is off, and so are Transfer, Earn and Sub-account transfer")));
  },
};

export const STEP7 = {
  id: "s7", rail: "7. IP restriction", position: "Step 7 of 10",
  render(ctx) {
    const group = h("fieldset", { class: "choices" }, h("legend", {}, "Where will your bot run?"));
    const options = [
      ["fixed", "On a server with a fixed IP address", "Enter that IP address in OKX's “IP address” field. Only that address can use the key: the safest setup."],
      ["changing", "On a home computer, or somewhere the IP address changes", "Leave the field empty for now, so the bot keeps working when the address changes. You can add an address later."],
    ];
    const note = h("div", { "aria-live": "polite" });
    const showNote = () => {
      note.replaceChildren(callout(ctx.progress.ticks.s7_changing ? "warning" : "info", "OKX deletes idle keys that have no IP address",
        "A key that can trade and is not bound to an IP address is deleted by OKX after 14 days without use. Keep the bot running, or bind an IP address once you have a fixed one. Demo Trading keys are not affected."));
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
    return stepFrame("Restrict the key to an IP address (recommended)", [
      "OKX can lock the key to one or more IP addresses, so it works only from places you approve.",
      "A bot platform that runs your bot for you usually lists its server addresses in its help pages: use those.",
    ],
    group, note,
    h("p", { class: "hint" }, "OKX accepts up to 20 addresses per key, separated by commas."));
  },
};

export const STEP8 = {
  id: "s8", rail: "8. Confirm on OKX", position: "Step 8 of 10",
  render(ctx) {
    return stepFrame("Confirm with your security codes", [
      "Before it creates the key, OKX asks you to prove it is you. Enter every code it asks for, then click Confirm.",
    ],
    list([
      "An email code: 6 digits sent to your OKX email address.",
      "An authenticator code: from Google Authenticator, Authy or a similar app.",
      "An SMS code, if you turned on phone verification.",
    ]),
    callout("warning", "Keep the next screen open", "OKX now shows the new key's details, and the secret key is shown only this once. Step 9 tells you what to save before you close it."),
    tick(ctx, "s8_confirmed", "OKX accepted my codes and shows the new key"));
  },
};

