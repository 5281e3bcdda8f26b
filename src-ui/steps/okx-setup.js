// Steps 1-4 on OKX: log in on the right site, open API management, choose Trading, name the key.

import { h, stepFrame, tick, callout, newId } from "../dom.js";

/** OKX's sites, from Rust's one table (`okx::site::SITES`), handed over with the boot data:
 * `{ id, web_host, api_host, short_name, region }`. */
export const SITES = (window.__OKX_BOOT__ && window.__OKX_BOOT__.sites) || [];

export function siteOf(ctx) {
  return SITES.find((s) => s.id === ctx.progress.site) || SITES[0];
}

/** A button that opens one of OKX's pages, on the user's site, in the system browser. */
export function openOkxButton(ctx, page, label) {
  const status = h("span", { class: "inline-status", role: "status" });
  const button = h("button", { type: "button", class: "secondary open-okx", "data-page": page }, label);
  button.addEventListener("click", async () => {
    status.textContent = "";
    try {
      await ctx.call("open_okx_page", { site: siteOf(ctx).id, page });
      status.textContent = "Opened in your browser.";
    } catch (p) {
      status.textContent = `${p.message} ${p.fix || ""}`;
    }
  });
  return h("div", { class: "button-row" }, button, status);
}

export const STEP1 = {
  id: "s1", rail: "1. Log in to OKX", position: "Step 1 of 10",
  render(ctx) {
    const group = h("fieldset", { class: "choices" }, h("legend", {}, "Where do you log in to OKX?"));
    for (const site of SITES) {
      const id = newId("site");
      const radio = h("input", { type: "radio", name: "site", id, value: site.id });
      radio.checked = ctx.progress.site === site.id;
      radio.addEventListener("change", () => { ctx.progress.site = site.id; ctx.changed(); });
      group.appendChild(h("div", { class: "choice" }, radio,
        h("label", { for: id }, h("span", { class: "tick-label" }, site.short_name), h("span", { class: "hint" }, site.region))));
    }
    const demoId = newId("demo");
    const demo = h("input", { type: "checkbox", id: demoId });
    demo.checked = Boolean(ctx.progress.demo);
    demo.addEventListener("change", () => { ctx.progress.demo = demo.checked; ctx.changed(); });
    return stepFrame("Log in to OKX", [
      "Log in on OKX's website with your email and password, and enter your 2FA code when asked.",
      "Stay in your main account. Only use a sub-account if you really mean the bot to trade there.",
    ],
    group,
    h("p", { class: "hint" }, "Each site has its own API address, and a key works only on the site where it was made. The app remembers your choice."),
    h("div", { class: "tick" }, demo, h("label", { for: demoId },
      h("span", { class: "tick-label" }, "I am practising with a Demo Trading key"),
      h("span", { class: "hint" }, "Demo keys are made under Trade › Demo Trading and trade with pretend money. Leave this off for a real bot."))),
    openOkxButton(ctx, "home", "Open OKX in my browser"));
  },
  canAdvance(ctx) {
    return ctx.progress.site ? { ok: true } : { ok: false, hint: "Choose where you log in to OKX." };
  },
};

export const STEP2 = {
  id: "s2", rail: "2. Open API management", position: "Step 2 of 10",
  render(ctx) {
    const site = siteOf(ctx);
    return stepFrame("Open API management", [
      "On OKX, click your profile picture in the top-right corner and choose Account.",
      "In the menu on the left, click API. That page lists your API keys.",
    ],
    openOkxButton(ctx, ctx.progress.demo ? "demo_api" : "api", "Open OKX API management"),
    h("p", { class: "hint" }, `The button opens ${site.web_host}/account/my-api in your browser.`),
    tick(ctx, "s2_open", "I can see the API management page"));
  },
};

export const STEP3 = {
  id: "s3", rail: "3. Create a Trading key", position: "Step 3 of 10",
  render(ctx) {
    return stepFrame("Create a Trading key", [
      "Click “Create API key”. OKX asks what the key is for.",
      "Choose Trading. It is the right kind for a bot that places orders. “Read only” is for apps that only watch your portfolio.",
    ],
    callout("info", "Why Trading?", "A Trading key can read your balance and place or cancel orders. You choose its exact permissions in Step 6, where withdrawal stays off."),
    tick(ctx, "s3_trading", "I chose Trading"));
  },
};

/** A label OKX accepts: letters and digits only, at most 50, made from the bot's name. */
export function suggestLabel(botName) {
  const words = (botName || "").match(/[A-Za-z0-9]+/g) || [];
  const joined = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  const base = joined || "MyTradingBot";
  return (base.length > 50 ? base.slice(0, 50) : base);
}

export function labelProblem(label) {
  if (!label) return "Type a name for the key.";
  if (label.length > 50) return `The name is ${label.length} characters long; OKX allows up to 50.`;
  if (!/^[A-Za-z0-9]+$/.test(label)) return "OKX allows only letters and digits in the name: remove spaces and symbols.";
  return "";
}

export const STEP4 = {
  id: "s4", rail: "4. Name the key", position: "Step 4 of 10",
  render(ctx) {
    const botId = newId("bot");
    const labelId = newId("label");
    const bot = h("input", { type: "text", id: botId, autocomplete: "off", maxlength: "60", placeholder: "e.g. Grid Bot 1" });
    bot.value = ctx.progress.bot_name || "";
    const label = h("input", { type: "text", id: labelId, autocomplete: "off", maxlength: "50", spellcheck: "false", "aria-describedby": `${labelId}-msg` });
    label.value = ctx.progress.label || suggestLabel(ctx.progress.bot_name);
    const msg = h("p", { class: "field-message", id: `${labelId}-msg`, role: "status" });
    const status = h("span", { class: "inline-status", role: "status" });
    let edited = Boolean(ctx.progress.label) && ctx.progress.label !== suggestLabel(ctx.progress.bot_name);
    const sync = () => {
      const problem = labelProblem(label.value);
      msg.textContent = problem || `${label.value.length} of 50 characters. Looks good.`;
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
    const copy = h("button", { type: "button", class: "secondary", id: "copy-label" }, "Copy name");
    copy.addEventListener("click", async () => {
      try { await ctx.call("copy_label", { label: label.value }); status.textContent = "Copied. Paste it into OKX's name field."; }
      catch (p) { status.textContent = p.message; }
    });
    queueMicrotask(sync);
    return stepFrame("Name your API key", [
      "OKX asks for a name for the key. Only you see it; it tells your keys apart when you have several bots.",
      "Use the bot's name so you always know which key belongs to which bot.",
    ],
    h("div", { class: "field" }, h("label", { for: botId }, "Which bot is this key for?"), bot),
    h("div", { class: "field" }, h("label", { for: labelId }, "Name for the key on OKX"),
      h("div", { class: "input-row" }, label, copy), msg, status),
    h("p", { class: "hint" }, "Good names: GridBotBTC, TrendRider2026, DcaBotMain. Up to 50 letters or digits."));
  },
  canAdvance(ctx) {
    const problem = labelProblem(ctx.progress.label || suggestLabel(ctx.progress.bot_name));
    return problem ? { ok: false, hint: problem } : { ok: true };
  },
};

