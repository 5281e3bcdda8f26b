// Steps 1-4 on OKX: log in on the right site, open API management, choose Trading, name the key.

import { h, stepFrame, tick, callout, newId } from "../dom.js";
import { t } from "../i18n.js";

/** OKX's sites, from Rust's one table (`okx::site::SITES`), handed over with the boot data:
 * `{ id, web_host, api_host, short_name, region }`. */
/** (Read each time: a new language brings the sites' words again.) */
export function sites() {
  return (window.__OKX_BOOT__ && window.__OKX_BOOT__.sites) || [];
}

export function siteOf(ctx) {
  return sites().find((s) => s.id === ctx.progress.site) || sites()[0];
}

/** A button that opens one of OKX's pages, on the user's site, in the system browser. */
export function openOkxButton(ctx, page, label) {
  const status = h("span", { class: "inline-status", role: "status" });
  const button = h("button", { type: "button", class: "secondary open-okx", "data-page": page }, label);
  button.addEventListener("click", async () => {
    status.textContent = "";
    try {
      await ctx.call("open_okx_page", { site: siteOf(ctx).id, page });
      status.textContent = t("ui-okx-opened");
    } catch (p) {
      status.textContent = `${p.message} ${p.fix || ""}`;
    }
  });
  return h("div", { class: "button-row" }, button, status);
}

export const STEP1 = {
  id: "s1", get rail() { return t("ui-step1-rail"); }, get position() { return t("ui-step-position", { n: 1, total: 10 }); },
  render(ctx) {
    const group = h("fieldset", { class: "choices" }, h("legend", {}, t("ui-step1-site-question")));
    for (const site of sites()) {
      const id = newId("site");
      const radio = h("input", { type: "radio", name: "site", id, value: site.id });
      radio.checked = ctx.progress.site === site.id;
      radio.addEventListener("change", () => { ctx.progress.site = site.id; ctx.changed(); });
      group.appendChild(h("div", { class: "choice" }, radio,
        h("label", { for: id }, h("span", { class: "tick-label host" }, site.short_name), h("span", { class: "hint" }, site.region))));
    }
    const demoId = newId("demo");
    const demo = h("input", { type: "checkbox", id: demoId });
    demo.checked = Boolean(ctx.progress.demo);
    demo.addEventListener("change", () => { ctx.progress.demo = demo.checked; ctx.changed(); });
    return stepFrame(t("ui-step1-title"), [
      t("ui-step1-lead-1"),
      t("ui-step1-lead-2"),
    ],
    group,
    h("p", { class: "hint" }, t("ui-step1-site-hint")),
    h("div", { class: "tick" }, demo, h("label", { for: demoId },
      h("span", { class: "tick-label" }, t("ui-step1-demo")),
      h("span", { class: "hint" }, t("ui-step1-demo.hint")))),
    openOkxButton(ctx, "home", t("ui-step1-open")));
  },
  canAdvance(ctx) {
    return ctx.progress.site ? { ok: true } : { ok: false, hint: t("ui-step1-site-needed") };
  },
};

export const STEP2 = {
  id: "s2", get rail() { return t("ui-step2-rail"); }, get position() { return t("ui-step-position", { n: 2, total: 10 }); },
  render(ctx) {
    const site = siteOf(ctx);
    return stepFrame(t("ui-step2-title"), [
      t("ui-step2-lead-1"),
      t("ui-step2-lead-2"),
    ],
    openOkxButton(ctx, ctx.progress.demo ? "demo_api" : "api", t("ui-step2-open")),
    h("p", { class: "hint" }, t("ui-step2-address", { address: `${site.web_host}/account/my-api` })),
    tick(ctx, "s2_open", t("ui-step2-seen")));
  },
};

export const STEP3 = {
  id: "s3", get rail() { return t("ui-step3-rail"); }, get position() { return t("ui-step-position", { n: 3, total: 10 }); },
  render(ctx) {
    return stepFrame(t("ui-step3-title"), [
      t("ui-step3-lead-1"),
      t("ui-step3-lead-2"),
    ],
    callout("info", t("ui-step3-why"), t("ui-step3-why.text")),
    tick(ctx, "s3_trading", t("ui-step3-chose")));
  },
};

/** The longest key name (label) OKX accepts. */
const LABEL_MAX = 50;

/** A label OKX accepts: letters and digits only, at most 50, made from the bot's name. */
export function suggestLabel(botName) {
  const words = (botName || "").match(/[A-Za-z0-9]+/g) || [];
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  const base = joined || "MyTradingBot";
  return (base.length > LABEL_MAX ? base.slice(0, LABEL_MAX) : base);
}

export function labelProblem(label) {
  if (!label) return t("ui-label-empty");
  if (label.length > LABEL_MAX) return t("ui-label-too-long", { count: label.length, max: LABEL_MAX });
  if (!/^[A-Za-z0-9]+$/.test(label)) return t("ui-label-not-alphanumeric");
  return "";
}

export const STEP4 = {
  id: "s4", get rail() { return t("ui-step4-rail"); }, get position() { return t("ui-step-position", { n: 4, total: 10 }); },
  render(ctx) {
    const botId = newId("bot");
    const labelId = newId("label");
    const bot = h("input", { type: "text", id: botId, autocomplete: "off", maxlength: "60", placeholder: t("ui-step4-bot.placeholder") });
    bot.value = ctx.progress.bot_name || "";
    const label = h("input", { type: "text", id: labelId, autocomplete: "off", maxlength: "50", spellcheck: "false", "aria-describedby": `${labelId}-msg` });
    label.value = ctx.progress.label || suggestLabel(ctx.progress.bot_name);
    const msg = h("p", { class: "field-message", id: `${labelId}-msg`, role: "status" });
    const status = h("span", { class: "inline-status", role: "status" });
    let edited = Boolean(ctx.progress.label) && ctx.progress.label !== suggestLabel(ctx.progress.bot_name);
    const sync = () => {
      const problem = labelProblem(label.value);
      msg.textContent = problem || t("ui-step4-label-ok", { count: label.value.length, max: LABEL_MAX });
      msg.classList.toggle("error", Boolean(problem));
      ctx.progress.label = label.value;
      ctx.changed();
    };
    bot.addEventListener("input", () => {
      ctx.progress.bot_name = bot.value;
      if (!edited) label.value = suggestLabel(bot.value);
      sync();
    });
    label.addEventListener("input", () => { edited = true; sync(); });
    const copy = h("button", { type: "button", class: "secondary", id: "copy-label" }, t("ui-step4-copy"));
    copy.addEventListener("click", async () => {
      try { await ctx.call("copy_label", { label: label.value }); status.textContent = t("ui-step4-copied"); }
      catch (p) { status.textContent = p.message; }
    });
    queueMicrotask(sync);
    return stepFrame(t("ui-step4-title"), [
      t("ui-step4-lead-1"),
      t("ui-step4-lead-2"),
    ],
    h("div", { class: "field" }, h("label", { for: botId }, t("ui-step4-bot")), bot),
    h("div", { class: "field" }, h("label", { for: labelId }, t("ui-step4-label")),
      h("div", { class: "input-row" }, label, copy), msg, status),
    h("p", { class: "hint" }, t("ui-step4-examples")));
  },
  canAdvance(ctx) {
    const problem = labelProblem(ctx.progress.label || suggestLabel(ctx.progress.bot_name));
    return problem ? { ok: false, hint: problem } : { ok: true };
  },
};

