// Step 10: test the key against OKX, save it to the keychain, connect the bot, copy the report.

import { h, stepFrame, callout, list } from "../dom.js";
import { siteOf, SITES } from "./okx-setup.js";
import { reportBlock } from "./report-block.js";
import { savedKeysBlock } from "./saved-keys.js";

const STAGES = { reach: "Reaching OKX…", clock: "Checking your computer's clock…", auth: "Signing in with the key and reading its settings…" };
const ICONS = { pass: "✓", warning: "!", fail: "✗", skipped: "–" };

function checklist(v) {
  return h("ul", { class: "checklist results", id: "check-results" },
    ...v.checks.map((c) => h("li", { class: c.status, "data-check": c.id, "data-status": c.status },
      h("span", { class: "icon", "aria-hidden": "true" }, ICONS[c.status] || "?"),
      h("span", {}, h("strong", {}, c.title), h("span", { class: "sr-only" }, ` (${c.status})`), ": ", c.detail,
        c.fix ? h("span", { class: "check-fix" }, c.fix) : null))));
}

function problemList(v) {
  return v.problems.map((p) => callout(p.severity === "danger" ? "danger" : p.severity === "warning" ? "warning" : "danger",
    p.message, h("p", { "data-kind": p.kind, class: "problem-fix" }, p.fix)));
}

function headline(v) {
  if (v.verified && v.safe) return callout("success", "The key works, and it cannot withdraw", `Tested on ${v.api_host}${v.demo ? " (Demo Trading)" : ""}.`);
  if (v.verified) return callout("danger", "Unsafe: this key can withdraw money", "Do not give it to any bot. Delete it on OKX and make a new one with Withdraw off.");
  return callout("danger", "The key did not pass the test", "Each problem below says what to do. Your pasted values are kept: fix the cause, then press Test again.");
}

function saveBlock(ctx, v) {
  if (!v.verified) return null;
  if (!v.safe) return callout("danger", "Not saved", "The app does not save keys that can withdraw. Delete this key on OKX's API page and create one with Withdraw turned off.");
  const label = h("input", { type: "text", id: "save-label", autocomplete: "off", spellcheck: "false", maxlength: "50" });
  label.value = ctx.progress.label || v.label || "";
  const status = h("div", { id: "save-status", "aria-live": "polite" });
  const btn = h("button", { type: "button", class: "primary", id: "save-key" }, "Save to my keychain");
  const doSave = async (replace) => {
    status.replaceChildren(h("p", { class: "hint" }, "Saving, then reading it back…"));
    try {
      const rec = await ctx.call("save_key", { label: label.value, replace });
      ctx.memory.saved = rec;
      status.replaceChildren(callout("success", rec.replaced ? "Replaced and read back" : "Saved and read back",
        `In ${rec.backend}: service “${rec.service}”, user “${rec.user}”. The app wrote it, read it back and compared every value.`));
      ctx.memory.refreshKeys && ctx.memory.refreshKeys();
      ctx.memory.refreshReport && ctx.memory.refreshReport();
    } catch (p) {
      if (p.kind === "already_exists") {
        const yes = await ctx.confirm("Replace the saved key?", `${p.message} The old one stays until the new one is saved and read back.`, "Replace");
        if (yes) return doSave(true);
        status.replaceChildren(h("p", { class: "hint" }, "Not replaced. Choose another name to keep both."));
        return;
      }
      status.replaceChildren(callout("danger", p.message, p.fix));
    }
  };
  btn.addEventListener("click", () => doSave(false));
  return h("section", { "aria-labelledby": "save-heading" },
    h("h2", { id: "save-heading" }, "Save it in your system keychain"),
    h("p", {}, "Your operating system's keychain keeps the three values encrypted, where a bot on this computer can read them."),
    h("div", { class: "field" }, h("label", { for: "save-label" }, "Save under the name"), h("div", { class: "input-row" }, label, btn)),
    status);
}

export const STEP10 = {
  id: "s10", rail: "10. Test and connect", position: "Step 10 of 10",
  render(ctx) {
    const m = ctx.memory;
    const site = siteOf(ctx);
    const progress = h("ul", { class: "checklist", id: "test-progress", "aria-live": "polite" });
    const result = h("div", { id: "test-result" });
    const button = h("button", { type: "button", class: "primary", id: "test-connection" }, m.verification ? "Test again" : "Test connection");

    const showResult = (v) => {
      result.replaceChildren(headline(v), switchOffer(v), ...problemList(v), checklist(v), saveBlock(ctx, v) || "");
    };

    // The key works with other settings (its own site, or the other trading mode): offer them.
    const switchOffer = (v) => {
      const w = v.works_with;
      if (!w) return "";
      const name = SITES.find((s) => s.id === w.site);
      const label = w.site !== site.id ? `Use ${name ? name.short_name : w.site} and test again`
        : w.demo ? "Switch to Demo Trading and test again" : "Switch to live trading and test again";
      const b = h("button", { type: "button", class: "primary", id: "switch-and-retest" }, label);
      b.addEventListener("click", () => {
        ctx.progress.site = w.site;
        ctx.progress.demo = w.demo;
        ctx.changed();
        m.verification = null;
        ctx.go("s10");
        queueMicrotask(() => document.getElementById("test-connection").click());
      });
      return h("div", { class: "button-row" }, b);
    };

    button.addEventListener("click", async () => {
      button.disabled = true;
      result.replaceChildren();
      progress.replaceChildren(h("li", {}, h("span", { class: "icon" }, "…"), h("span", {}, "Starting the test…")));
      const channel = new window.__TAURI__.core.Channel();
      progress.dataset.stages = "";
      channel.onmessage = (stage) => {
        progress.dataset.stages += `${stage} `;
        progress.replaceChildren(h("li", { "data-stage": stage }, h("span", { class: "icon", "aria-hidden": "true" }, "…"), h("span", {}, STAGES[stage] || "Checking…")));
      };
      try {
        const v = await ctx.call("test_connection", { site: site.id, demo: Boolean(ctx.progress.demo), onProgress: channel });
        m.verification = v;
        m.saved = null;
        progress.replaceChildren();
        showResult(v);
        m.refreshReport && m.refreshReport();
      } catch (p) {
        progress.replaceChildren();
        result.replaceChildren(callout("danger", p.message, p.fix));
      } finally {
        button.disabled = false;
        button.textContent = "Test again";
      }
    });
    if (m.verification) queueMicrotask(() => showResult(m.verification));

    const report = reportBlock(ctx);
    return stepFrame("Test the key, then connect your bot", [
      `The app signs a few read-only requests to ${site.api_host} with your key: it can only look, never trade or move money.`,
      "It checks the key, the passphrase and the secret, which site the key belongs to, what the key may do, its IP binding, your clock, and that your balance can be read.",
    ],
    !m.credentialsChecked ? callout("warning", "Check the three values first", "Go back to Step 9, paste them and press Check.") : null,
    h("div", { class: "button-row" }, button),
    progress, result,
    h("h2", {}, "Connect your bot"),
    list([
      "Log in to your bot platform and open the bot you chose.",
      "Click “Connect exchange” or “Add API key” and choose OKX (and the same site: okx.com, EEA or US, if it asks).",
      "Paste the API key, the secret key and the passphrase into their fields, from your password manager or with the copy buttons below.",
      "Click Connect or Save. The platform reads your balance to check the key.",
    ], true),
    savedKeysBlock(ctx),
    report);
  },
};
