// After Step 10: the verification checklist, troubleshooting, deleting or rotating a key,
// and the quick reference with the risk disclaimer.

import { h, stepFrame, tick, callout, section, list } from "../dom.js";
import { permissionTable } from "./okx-security.js";
import { openOkxButton } from "./okx-setup.js";
import { reportBlock } from "./report-block.js";

export const VERIFY = {
  id: "verify", rail: "Check it works", position: "Check it works", group: "after",
  render(ctx) {
    const report = reportBlock(ctx);
    // What the user ticks here goes into the report: keep its preview current.
    const ticks = (...items) => {
      const box = h("div", { class: "ticks" }, ...items);
      box.addEventListener("change", () => report.refresh());
      return box;
    };
    return stepFrame("Check that everything works", [
      "Once the key is in your bot, look at both sides. Tick each item as you confirm it.",
    ],
    h("h2", {}, "In your bot platform"),
    ticks(
      tick(ctx, "verify_balance", "Your OKX balance shows, with the right amount"),
      tick(ctx, "verify_status", "The bot says Connected or Active"),
      tick(ctx, "verify_no_errors", "No error messages anywhere on the page")),
    h("h2", {}, "On OKX's API management page"),
    ticks(
      tick(ctx, "verify_last_used", "The key shows a recent “Last used” time"),
      tick(ctx, "verify_no_strange", "No access you don't recognise")),
    openOkxButton(ctx, "api", "Open OKX API management"),
    report);
  },
};

const TROUBLES = [
  ["“Invalid API key” or “Authentication failed”", [
    "Copy all three values again, exactly: API key, secret key and passphrase. Step 9 of this app checks them for stray spaces.",
    "Make sure the key was created as a Trading key.",
    "Check the site: a key made on my.okx.com or app.okx.com only works there. Step 10 finds the right site for you.",
    "Disconnect the exchange in your bot and connect it again.",
  ]],
  ["“Wrong passphrase” (OKX code 50105)", [
    "The passphrase is the one you made for this key in Step 5, not your OKX login password and not your fund password.",
    "Copy it from your password manager. Capitals matter.",
    "If it is truly lost, delete the key and make a new one (see Delete or rotate).",
  ]],
  ["“API key doesn't exist” (50119)", [
    "Most often the key was made on another OKX site (okx.com, my.okx.com or app.okx.com). Step 10 tries all three and tells you which one is right.",
    "Otherwise the key was deleted, or OKX removed it after 14 idle days without an IP address. Make a new one.",
  ]],
  ["“Insufficient permissions”", [
    "On OKX's API page, edit the key and make sure Read and Trade are on. Save, then connect again.",
  ]],
  ["“IP address not authorized” (50110)", [
    "The key is locked to IP addresses and the bot's address is not one of them. OKX's message names the address it saw.",
    "Edit the key on OKX and add that address, or remove the restriction while you find the right one.",
  ]],
  ["“This feature is not available in your region”", [
    "OKX limits some services in some countries and regions. Check OKX's list of supported regions.",
    "If you moved country, OKX may have moved your account to another site: check where you log in.",
  ]],
  ["“Timestamp request expired” (50102)", [
    "Your computer's clock is off by more than 30 seconds. Turn on automatic date and time in your system settings.",
  ]],
  ["“APIKey does not match current environment” (50101)", [
    "A Demo Trading key is being used for live trading, or a live key for demo. Use the matching mode in your bot.",
  ]],
  ["Lost the secret key or the passphrase", [
    "Neither can be shown again or recovered, by you or by OKX.",
    "Delete the key on OKX's API page, then make a new one starting from Step 3, and put the new values in your bot.",
  ]],
];

export const TROUBLE = {
  id: "trouble", rail: "Troubleshooting", position: "Troubleshooting", group: "after",
  render() {
    return stepFrame("If something goes wrong", [
      "Find the message you see. Each one says what to do.",
    ], ...TROUBLES.map(([title, steps]) => section(title, list(steps))));
  },
};

export const ROTATE = {
  id: "rotate", rail: "Delete or rotate", position: "Delete or rotate a key", group: "after",
  render(ctx) {
    return stepFrame("Delete or replace a key", [
      "Delete a key when you stop a bot, when you think it was exposed, or simply to replace it with a fresh one now and then.",
    ],
    h("h2", {}, "Delete a key on OKX"),
    list([
      "Open OKX's API management page.",
      "Find the key by its name and click Delete.",
      "Confirm with your email and 2FA codes. The key stops working at once.",
    ], true),
    openOkxButton(ctx, "api", "Open OKX API management"),
    callout("info", "Your money is not affected", "Deleting a key changes nothing in your account or your funds. The bot simply can no longer trade."),
    h("h2", {}, "Replace (rotate) a key"),
    list([
      "Make a new key with this app, starting from Step 3.",
      "Save it in the keychain under the same name: the app asks before replacing the old one, and keeps the old one until the new one is safely stored.",
      "Put the new values into your bot and check it connects.",
      "Delete the old key on OKX.",
    ], true));
  },
};

export const REFERENCE = {
  id: "ref", rail: "Quick reference", position: "Quick reference", group: "after",
  render(ctx) {
    const about = h("p", { class: "hint", id: "about-text" });
    ctx.call("app_info").then((info) => {
      about.textContent = `OKX Key Assistant ${info.version}. Logs: ${info.log_dir}. ${info.wordlist_attribution}`;
    }).catch(() => {});
    return stepFrame("Quick reference", [
      "The right settings for a bot's key, at a glance.",
    ],
    permissionTable(),
    h("h2", {}, "Three credentials"),
    list([
      "API key: shown on OKX's API page; identifies the key.",
      "Secret key: shown once, when the key is made. Signs every request.",
      "Passphrase: made up by you in Step 5. OKX cannot recover it.",
    ]),
    callout("warning", "Risk disclaimer",
      "Trading cryptocurrencies can lose you money, quickly and in full. A bot's past results do not promise future ones. Only trade what you can afford to lose, and never give a bot's key permission to withdraw."),
    h("h2", {}, "About"),
    about);
  },
};
