// Step 10: test the key against OKX, save it to the keychain, connect the bot, copy the report.

import { h, stepFrame, callout } from "../dom.js";
import { siteOf, sites } from "./okx-setup.js";
import { reportBlock } from "./report-block.js";
import { savedKeysBlock } from "./saved-keys.js";
import { connectPanel } from "./connect.js";
import { choiceFields, readinessCard } from "./ready.js";
import { keyPageButton } from "./key-page.js";
import { t } from "../i18n.js";

const STAGES = () => ({ reach: t("ui-step10-stage-reach"), clock: t("ui-step10-stage-clock"), auth: t("ui-step10-stage-auth") });
const ICONS = { pass: "✓", warning: "!", fail: "✗", skipped: "–" };

/** A check whose detail is for engineers (the address that answered): behind "Details". */
const TECHNICAL = ["reach"];

/** What was checked, one line each; the fixes already said in the message above are not said again. */
function checklist(v, saidFixes) {
  return h("ul", { class: "checklist results", id: "check-results" },
    ...v.checks.map((c) => {
      const technical = c.status === "pass" && TECHNICAL.includes(c.id);
      const fix = c.fix && !saidFixes.includes(c.fix) ? h("span", { class: "check-fix" }, c.fix) : null;
      return h("li", { class: c.status, "data-check": c.id, "data-status": c.status },
        h("span", { class: "icon", "aria-hidden": "true" }, ICONS[c.status] || "?"),
        h("span", {}, h("strong", {}, c.title), h("span", { class: "sr-only" }, " ", t("ui-step10-status", { status: c.status })),
          technical ? h("details", { class: "tech" }, h("summary", {}, t("ui-details")), c.detail) : [": ", c.detail],
          fix));
    }));
}

/** The last test's verdict: "unsafe" (it can withdraw), "failed", "passed", or "" (no test yet). */
export function verdictOf(v) {
  if (!v) return "";
  if (v.verified && v.safe) return "passed";
  return v.verified ? "unsafe" : "failed";
}

/**
 * After a test: a pass says where it was tested; a failed or unsafe test says one message (the
 * first problem, its fix, and the one action: the key's page on OKX, or the site it works on).
 */
function headline(ctx, v, action) {
  if (v.verified && v.safe) {
    return callout("success", t("ui-step10-safe"),
      v.demo ? t("ui-step10-tested-on-demo", { host: v.api_host }) : t("ui-step10-tested-on", { host: v.api_host }));
  }
  const [first, ...more] = v.problems;
  const title = v.verified ? t("ui-step10-unsafe") : t("ui-step10-failed");
  const body = first
    ? [h("p", { class: "problem-message" }, first.message), h("p", { "data-kind": first.kind, class: "problem-fix" }, first.fix)]
    : [h("p", {}, v.verified ? t("ui-step10-unsafe.body") : t("ui-step10-failed.body"))];
  const others = more.length
    ? h("ul", { class: "more-problems" }, ...more.map((p) => h("li", { "data-kind": p.kind }, p.message, " ", h("span", { class: "problem-fix" }, p.fix))))
    : null;
  const canWithdraw = v.verified && !v.safe;
  const button = canWithdraw ? keyPageButton(ctx, v.site, v.demo, "open-key-page") : action;
  const box = callout("danger", title, ...body, others, button || null);
  box.id = "test-message";
  return box;
}

/** The key works with other settings (its own site, or the other trading mode): switch to them and test again. */
function switchAndRetest(ctx, w) {
  ctx.progress.site = w.site;
  ctx.progress.demo = w.demo;
  ctx.changed();
  ctx.memory.verification = null;
  ctx.go("s10");
  queueMicrotask(() => document.getElementById("test-connection").click());
}

/** The label of the settings a key works with ("Use my.okx.com and test again"). */
function switchLabel(w, siteId) {
  const name = sites().find((s) => s.id === w.site);
  return w.site !== siteId ? t("ui-step10-use-site", { site: name ? name.short_name : w.site })
    : w.demo ? t("ui-step10-use-demo") : t("ui-step10-use-live");
}

function saveBlock(ctx, v) {
  if (!v.verified || !v.safe) return null;
  const label = h("input", { type: "text", id: "save-label", autocomplete: "off", spellcheck: "false", maxlength: "50" });
  const replacing = ctx.progress.replacing || "";
  label.value = replacing || ctx.progress.label || v.label || "";
  const status = h("div", { id: "save-status", "aria-live": "polite" });
  const btn = h("button", { type: "button", class: "primary", id: "save-key" }, replacing ? t("ui-replace-save") : t("ui-step10-save"));
  const doSave = async (replace) => {
    status.replaceChildren(h("p", { class: "hint" }, t("ui-step10-saving")));
    // My keys' Replace: the old key under this label is replaced, now that the new one passed.
    const replacingThis = Boolean(replacing) && label.value.trim() === replacing;
    try {
      const rec = await ctx.call("save_key", { label: label.value, replace: replace || replacingThis });
      ctx.memory.saved = rec;
      const done = callout("success", rec.replaced ? t("ui-step10-replaced") : t("ui-step10-saved"),
        h("p", {}, t("ui-step10-saved-plain")),
        h("details", { class: "tech" }, h("summary", {}, t("ui-details")),
          t("ui-step10-saved-where", { backend: rec.backend, service: rec.service, user: rec.user })));
      status.replaceChildren(done, replacingThis ? deleteOldKey(ctx, v, replacing, ctx.progress.replacing_key) : "");
      if (replacingThis) {
        ctx.progress.replacing = "";
        ctx.progress.replacing_key = "";
        ctx.changed();
      }
      ctx.memory.refreshKeys && ctx.memory.refreshKeys();
      ctx.memory.refreshReport && ctx.memory.refreshReport();
      ctx.memory.showConnect && ctx.memory.showConnect();
    } catch (p) {
      if (p.kind === "already_exists") {
        const yes = await ctx.confirm(t("ui-step10-replace"), t("ui-step10-replace.body", { message: p.message }), t("ui-step10-replace.button"));
        if (yes) return doSave(true);
        status.replaceChildren(h("p", { class: "hint" }, t("ui-step10-not-replaced")));
        return;
      }
      status.replaceChildren(callout("danger", p.message, p.fix));
    }
  };
  btn.addEventListener("click", () => doSave(false));
  return h("section", { "aria-labelledby": "save-heading" },
    h("h2", { id: "save-heading" }, t("ui-step10-save-heading")),
    h("p", {}, replacing ? t("ui-replace-save-lead", { label: replacing }) : t("ui-step10-save-lead")),
    h("div", { class: "field" }, h("label", { for: "save-label" }, t("ui-step10-save-label")), h("div", { class: "input-row" }, label, btn)),
    status);
}

/** After a replacement: how to delete the old key on OKX, with the link to its site's API page. */
function deleteOldKey(ctx, v, label, oldKey) {
  const open = h("button", { type: "button", class: "secondary", id: "open-old-key-page" }, t("ui-replace-open-api"));
  const note = h("p", { class: "inline-status", role: "status" });
  open.addEventListener("click", async () => {
    try { await ctx.call("open_okx_page", { site: v.site, page: v.demo ? "demo_api" : "api" }); }
    catch (p) { note.textContent = `${p.message} ${p.fix}`; }
  });
  const found = sites().find((s) => s.id === v.site);
  return h("div", { class: "callout warning", role: "note", id: "delete-old-key" },
    h("strong", { class: "callout-title" }, t("ui-replace-done-title", { label })),
    h("ol", {},
      h("li", {}, t("ui-replace-done-1", { site: found ? found.short_name : v.site })),
      h("li", {}, oldKey ? t("ui-replace-done-2", { key: oldKey }) : t("ui-replace-done-2-unknown")),
      h("li", {}, t("ui-replace-done-3"))),
    h("div", { class: "button-row compact" }, open), note);
}

/** What Step 10's primary button does after a failed or unsafe test (null: go on as usual). */
function nextAction(ctx) {
  const v = ctx.memory.verification;
  const verdict = verdictOf(v);
  if (verdict === "unsafe") {
    return {
      label: t("ui-step10-next-new-key"),
      // A key that can withdraw is deleted on OKX; the guide goes back to making a new one (Step 3).
      run: () => {
        ctx.progress.done = ctx.progress.done.filter((d) => !["s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10"].includes(d));
        ctx.progress.ticks.s6_withdraw_off = false;
        ctx.memory.verification = null;
        ctx.memory.saved = null;
        ctx.memory.credentialsChecked = false;
        ctx.call("clear_credentials").catch(() => {});
        ctx.changed();
        ctx.go("s3");
      },
    };
  }
  if (verdict === "failed") {
    const w = v.works_with;
    if (w) return { label: switchLabel(w, siteOf(ctx).id), run: () => switchAndRetest(ctx, w) };
    return { label: t("ui-step10-next-fix"), run: () => ctx.go("s9") };
  }
  return null;
}

export const STEP10 = {
  id: "s10", get rail() { return t("ui-step10-rail"); }, get position() { return t("ui-step-position", { n: 10, total: 10 }); },
  nextLabelFor(ctx) {
    const action = nextAction(ctx);
    return action ? action.label : "";
  },
  async beforeNext(ctx) {
    const action = nextAction(ctx);
    if (!action) return true;
    action.run();
    return false;
  },
  render(ctx) {
    const m = ctx.memory;
    const site = siteOf(ctx);
    const progress = h("ul", { class: "checklist", id: "test-progress", "aria-live": "polite" });
    const result = h("div", { id: "test-result" });
    const button = h("button", { type: "button", class: "primary", id: "test-connection" }, m.verification ? t("ui-step10-test-again") : t("ui-step10-test"));
    // "Connect your bot" for the key just tested and saved (the recipes of the core).
    const connectSlot = h("div", { id: "connect-slot" });
    const showConnect = () => {
      const v = m.verification;
      const saved = m.saved;
      // The panel has its own heading ("Connect “label” to your bot"); before it, one heading and a hint.
      connectSlot.replaceChildren(...(v && saved && v.verified && v.safe
        ? [connectPanel(ctx, { label: saved.user, site: v.site, demo: v.demo, saved: true, readiness: v.readiness }, 3)]
        : [h("h2", {}, t("ui-step10-connect-heading")), h("p", { class: "hint" }, t("ui-bot-after-save"))]));
    };
    m.showConnect = showConnect;
    showConnect();

    const showResult = (v) => {
      const said = v.verified && v.safe ? [] : v.problems.map((p) => p.fix);
      result.replaceChildren(headline(ctx, v, switchOffer(v)), readyBlock(v), checklist(v, said), saveBlock(ctx, v) || "");
      ctx.refreshNav();
    };

    // "What will this key run?" (once the key works): the bot and market, kept with the
    // guide's progress; the card shows the last test's readiness, "Test again" tests with the choice.
    const readyBlock = (v) => {
      if (!v.verified || !v.safe) return "";
      const card = h("div", { id: "ready-card-slot" });
      const again = h("button", { type: "button", class: "secondary", id: "ready-test-again" }, t("ui-ready-test-again"));
      again.addEventListener("click", () => runTest());
      const same = (c) => Boolean(c && v.readiness && c.bot === v.readiness.bot && c.market === v.readiness.market);
      const showCard = () => {
        const c = ctx.progress.bot || null;
        if (v.readiness && same(c)) card.replaceChildren(readinessCard(v.readiness, h("div", { class: "button-row compact" }, again)));
        else if (c) card.replaceChildren(h("p", { class: "hint", id: "ready-untested" }, t("ui-ready-untested")), h("div", { class: "button-row compact" }, again));
        else card.replaceChildren(h("p", { class: "hint" }, t("ui-ready-none")));
      };
      const fields = choiceFields(ctx.progress.bot, (next) => {
        ctx.progress.bot = next;
        ctx.changed();
        showCard();
      });
      showCard();
      return h("section", { "aria-labelledby": "ready-heading", id: "ready-section" },
        h("h2", { id: "ready-heading" }, t("ui-ready-question")),
        h("p", {}, t("ui-ready-lead")), fields, card);
    };

    // The key works with other settings (its own site, or the other trading mode): offer them.
    const switchOffer = (v) => {
      const w = v.works_with;
      if (!w) return "";
      const label = switchLabel(w, site.id);
      const b = h("button", { type: "button", class: "secondary", id: "switch-and-retest" }, label);
      b.addEventListener("click", () => switchAndRetest(ctx, w));
      return h("div", { class: "button-row compact" }, b);
    };

    const runTest = async () => {
      button.disabled = true;
      result.replaceChildren();
      progress.replaceChildren(h("li", {}, h("span", { class: "icon" }, "…"), h("span", {}, t("ui-step10-starting"))));
      const channel = new window.__TAURI__.core.Channel();
      progress.dataset.stages = "";
      channel.onmessage = (stage) => {
        progress.dataset.stages += `${stage} `;
        progress.replaceChildren(h("li", { "data-stage": stage }, h("span", { class: "icon", "aria-hidden": "true" }, "…"), h("span", {}, STAGES()[stage] || t("ui-step10-stage-other"))));
      };
      try {
        const choice = ctx.progress.bot || null;
        const v = await ctx.call("test_connection", {
          site: site.id, demo: Boolean(ctx.progress.demo),
          bot: choice ? choice.bot : null, market: choice ? choice.market : null, onProgress: channel,
        });
        m.verification = v;
        m.saved = null;
        progress.replaceChildren();
        showResult(v);
        showConnect();
        m.refreshReport && m.refreshReport();
      } catch (p) {
        progress.replaceChildren();
        result.replaceChildren(callout("danger", p.message, p.fix));
      } finally {
        button.disabled = false;
        button.textContent = t("ui-step10-test-again");
      }
    };
    button.addEventListener("click", runTest);
    if (m.verification) queueMicrotask(() => showResult(m.verification));

    const report = reportBlock(ctx);
    return stepFrame(t("ui-step10-title"), [t("ui-step10-lead-plain", { host: site.api_host }), t("ui-step10-lead-2")],
    !m.credentialsChecked ? callout("warning", t("ui-step10-check-first"), t("ui-step10-check-first.body")) : null,
    h("div", { class: "button-row" }, button),
    progress, result,
    connectSlot,
    savedKeysBlock(ctx),
    report);
  },
};
