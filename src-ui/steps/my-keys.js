// My keys: the home of a returning user. Every saved key as the app last saw it (my_keys), Test
// all (test_keys, each key's result as it comes), what changed (drift), OKX's 14-day rule,
// and per key: Test, Connect a bot, Replace (Steps 3 to 10 with its label), Delete.
// Decisions (health, drift, the 14-day count, whether a bot may get the key) are the core's.

import { h, callout, newId } from "../dom.js";
import { t, dateTime } from "../i18n.js";
import { sites } from "./okx-setup.js";
import { connectButton } from "./connect.js";
import { deleteButton } from "./saved-keys.js";
import { botName, marketName, readinessCard } from "./ready.js";
import { keyPageButton } from "./key-page.js";

/** The badge words and colour of each health (the core's `Health`), plus the window's own two. */
const HEALTH = () => ({
  healthy: [t("ui-keys-health-healthy"), "ok"],
  can_withdraw: [t("ui-keys-health-can-withdraw"), "danger"],
  failed: [t("ui-keys-health-failed"), "warn"],
  deleted: [t("ui-keys-health-deleted"), "danger"],
  untested: [t("ui-keys-health-untested"), "off"],
  testing: [t("ui-keys-health-testing"), "off"],
});

function siteName(id) {
  const found = sites().find((s) => s.id === id);
  return found ? found.short_name : id;
}

/** One key's row as shown: the saved status, with this session's test laid over it. */
function view(status, tested) {
  const last = status.last_test;
  const base = {
    label: status.label, site: status.site, demo: status.demo, api_key_redacted: status.api_key_redacted,
    in_keychain: status.in_keychain, may_hand_over: status.may_hand_over,
    health: last ? last.health : "untested", checked_at: last ? last.checked_at : null,
    permissions: last ? last.permissions : null, ip_whitelist: last ? last.ip_whitelist : [],
    drift: last ? last.drift : [], idle_rule: status.idle_rule, problems: [], failed_before: Boolean(last && last.health === "failed"),
    // The last test's readiness, decided again by the core from the facts it read.
    bot: status.bot || null, readiness: (last && last.readiness) || null,
  };
  if (!tested) return base;
  return Object.assign(base, {
    health: tested.health, checked_at: tested.checked_at, drift: tested.drift, idle_rule: tested.idle_rule,
    permissions: tested.tested === false ? base.permissions : tested.permissions,
    ip_whitelist: tested.tested === false ? base.ip_whitelist : tested.ip_whitelist,
    problems: tested.problems, failed_before: false, readiness: tested.readiness || null,
    // The core's one rule decides (Withdraw seen on sticks until a test that reaches OKX sees it off).
    may_hand_over: tested.may_hand_over === true,
  });
}

function permissionWords(p) {
  if (!p) return t("ui-keys-perm-unknown");
  return [p.read ? t("ui-keys-perm-read") : null, p.trade ? t("ui-keys-perm-trade") : null, p.withdraw ? t("ui-keys-perm-withdraw") : null]
    .filter(Boolean).join(", ") || t("ui-keys-perm-none");
}

/**
 * The daily watch's switch (issue 26): "Check my keys every day and tell me when one needs me",
 * with its state in plain words (on or off, when it last ran, what it found). Its words and the
 * work are Rust's (watch_status, watch_set); asking for the state when My keys opens is what
 * the core counts as the user having seen My keys.
 */
function watchSwitch(ctx) {
  const input = h("input", { type: "checkbox", id: "watch-toggle", role: "switch", "aria-describedby": "watch-state" });
  const label = h("label", { for: "watch-toggle", id: "watch-label" });
  const state = h("p", { class: "hint", id: "watch-state", role: "status" });
  const box = h("div", { class: "watch-switch", id: "watch-switch", hidden: true }, h("div", { class: "watch-row" }, input, " ", label), state);
  const show = (v) => {
    label.textContent = v.label;
    input.checked = v.on;
    input.setAttribute("aria-checked", String(v.on));
    box.dataset.on = String(v.on);
    state.textContent = v.state.join(" ");
    box.hidden = false;
  };
  input.addEventListener("change", async () => {
    input.disabled = true;
    try {
      show(await ctx.call("watch_set", { on: input.checked }));
    } catch (p) {
      input.checked = !input.checked;
      state.textContent = `${p.message} ${p.fix}`;
    } finally {
      input.disabled = false;
    }
  });
  ctx.call("watch_status").then(show, (p) => { state.textContent = `${p.message} ${p.fix}`; box.hidden = false; });
  return box;
}

export const MY_KEYS = {
  id: "my-keys",
  get rail() { return t("ui-keys-rail"); },
  render(ctx) {
    const m = ctx.memory;
    m.keyTests = m.keyTests || {}; // this session's results by label (words in the language of the test)
    const status = h("p", { class: "inline-status", role: "status", id: "keys-status" });
    const list = h("ul", { class: "key-cards", id: "key-cards" });
    const connectBox = h("div", { id: "keys-connect" });
    const testAll = h("button", { type: "button", class: "primary", id: "test-all" }, t("ui-keys-test-all"));
    const newKey = h("button", { type: "button", class: "secondary", id: "new-key" }, t("ui-keys-new"));
    newKey.addEventListener("click", () => ctx.newKey());
    let statuses = [];
    const testing = new Set();

    const card = (s) => {
      const k = view(s, m.keyTests[s.label]);
      const health = testing.has(k.label) ? "testing" : k.health;
      const [badge, tone] = HEALTH()[health] || HEALTH().untested;
      const headingId = newId("key");
      const parts = [];
      for (const d of k.drift) {
        // A fix made on the key's page on OKX gets the button that opens it.
        // The core says whether the fix is made on the key's page on OKX.
        const there = d.on_key_page ? keyPageButton(ctx, k.site, k.demo) : null;
        parts.push(callout(d.severity === "danger" ? "danger" : "warning", d.message, h("p", { class: "problem-fix", "data-drift": d.kind }, d.fix), there));
      }
      if (!k.drift.length && k.health !== "healthy") {
        for (const p of k.problems.filter((p) => p.severity !== "warning").slice(0, 2)) {
          parts.push(callout(p.severity === "danger" ? "danger" : "warning", p.message, h("p", { class: "problem-fix", "data-kind": p.kind }, p.fix)));
        }
        if (k.failed_before) parts.push(h("p", { class: "hint" }, t("ui-keys-failed-before")));
      }
      if (k.idle_rule) {
        parts.push(callout(k.idle_rule.days_left <= 3 ? "warning" : "info", t("ui-keys-idle-title"),
          h("p", { "data-idle-days": String(k.idle_rule.days_since_seen_working) }, k.idle_rule.message), h("p", {}, k.idle_rule.fix)));
      }
      // Ready for its bot: this session's test, else the bot and market it was saved for.
      if (k.readiness) parts.push(readinessCard(k.readiness));
      else if (k.bot) parts.push(h("p", { class: "hint", "data-saved-bot": k.bot.bot }, t("ui-ready-saved-for", { bot: botName(k.bot.bot), market: marketName(k.bot.market) })));
      if (!k.may_hand_over) parts.push(h("p", { class: "msg error", "data-no-bot": "" }, t("ui-keys-no-bot")));
      if (!k.in_keychain) parts.push(h("p", { class: "msg warning" }, t("ui-keys-missing")));

      const test = h("button", { type: "button", class: "secondary", "data-test-key": k.label }, t("ui-keys-test-one"));
      test.addEventListener("click", () => run([k.label]));
      const replace = h("button", { type: "button", class: k.health === "deleted" ? "primary" : "secondary", "data-replace": k.label }, t("ui-keys-replace"));
      replace.addEventListener("click", () => ctx.replaceKey({ label: k.label, site: k.site, demo: k.demo, api_key_redacted: k.api_key_redacted }));
      const del = deleteButton(ctx, k.label, status, () => { delete m.keyTests[k.label]; refresh(); });
      const buttons = [];
      if (k.in_keychain) buttons.push(test);
      if (k.in_keychain && k.may_hand_over && k.health !== "deleted") {
        const connect = connectButton(ctx, k, connectBox);
        buttons.push(connect);
      }
      buttons.push(replace, del);

      return h("li", { class: `key-card tone-${tone}`, "data-key": k.label, "data-health": health, "aria-labelledby": headingId },
        h("div", { class: "key-head" },
          h("h2", { id: headingId }, k.label),
          h("span", { class: `badge ${tone}`, "data-badge": "" }, badge)),
        h("p", { class: "key-site" }, k.demo ? t("ui-saved-site-demo", { site: siteName(k.site) }) : t("ui-keys-site-live", { site: siteName(k.site) }),
          " · ", h("span", { class: "mono", dir: "ltr" }, k.api_key_redacted)),
        h("dl", { class: "key-facts" },
          h("dt", {}, t("ui-keys-permissions")), h("dd", { "data-fact": "permissions" }, permissionWords(k.permissions)),
          h("dt", {}, t("ui-keys-ip")), h("dd", { "data-fact": "ip", dir: k.ip_whitelist.length ? "ltr" : null }, k.ip_whitelist.length ? k.ip_whitelist.join(", ") : t("ui-keys-ip-none")),
          h("dt", {}, t("ui-keys-last-tested")), h("dd", { "data-fact": "checked" }, k.checked_at ? dateTime(k.checked_at) : t("ui-keys-never"))),
        ...parts,
        h("div", { class: "button-row compact" }, ...buttons));
    };

    const draw = () => {
      if (!statuses.length) {
        list.replaceChildren(h("li", { class: "hint" }, t("ui-keys-none")));
        testAll.disabled = true;
        return;
      }
      testAll.disabled = testing.size > 0;
      list.replaceChildren(...statuses.map(card));
    };

    const refresh = async () => {
      try {
        statuses = await ctx.call("my_keys");
      } catch (p) {
        list.replaceChildren(h("li", {}, callout("warning", p.message, p.fix)));
        return;
      }
      draw();
    };

    /** Tests `labels` (all when empty); each card changes as its result comes. */
    const run = async (labels) => {
      const names = labels.length ? labels : statuses.map((s) => s.label);
      if (!names.length || names.some((n) => testing.has(n))) return;
      names.forEach((n) => testing.add(n));
      status.textContent = t("ui-keys-testing", { n: names.length });
      draw();
      const channel = new window.__TAURI__.core.Channel();
      channel.onmessage = (check) => {
        m.keyTests[check.label] = check;
        testing.delete(check.label);
        draw();
      };
      try {
        const results = await ctx.call("test_keys", { labels, onKey: channel });
        for (const r of results) m.keyTests[r.label] = r;
        const healthy = results.filter((r) => r.health === "healthy").length;
        status.textContent = t("ui-keys-tested", { n: results.length, healthy });
      } catch (p) {
        status.textContent = `${p.message} ${p.fix}`;
      } finally {
        names.forEach((n) => testing.delete(n));
        await refresh();
      }
    };
    testAll.addEventListener("click", () => run([]));
    m.refreshKeys = refresh;

    list.replaceChildren(h("li", { class: "hint" }, t("ui-keys-loading")));
    refresh();
    return [
      h("h1", { id: "step-title" }, t("ui-keys-title")),
      h("div", { class: "lead" }, h("p", {}, t("ui-keys-lead"))),
      h("div", { class: "button-row" }, testAll, newKey),
      status, list, connectBox,
      watchSwitch(ctx),
    ];
  },
};
