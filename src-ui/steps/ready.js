// "Ready for your bot": the bot and market choice (the core's list, from the boot data) and the
// card that shows a test's readiness (its headline, each reason with its fix). Used by Step 10,
// Connect your bot and My keys; the rule and its words are the core's (readiness/).

import { h, callout, newId } from "../dom.js";
import { t } from "../i18n.js";

/** The core's choices: {bots: [{id, name, hint}], markets: [{id, name}]} (read each time: a new language brings them again). */
export function choices() {
  const c = (window.__OKX_BOOT__ && window.__OKX_BOOT__.choices) || {};
  return { bots: c.bots || [], markets: c.markets || [] };
}

/** A bot's name by id (the id itself when unknown). */
export function botName(id) {
  const found = choices().bots.find((b) => b.id === id);
  return found ? found.name : id;
}

/** A market's name by id. */
export function marketName(id) {
  const found = choices().markets.find((m) => m.id === id);
  return found ? found.name : id;
}

/**
 * "What will this key run?": two selects, the bot (or none) and the market. `choice` is
 * {bot, market} or null; `onChange(next)` gets the new choice (null: no bot).
 */
export function choiceFields(choice, onChange) {
  const botId = newId("ready-bot");
  const marketId = newId("ready-market");
  const bot = h("select", { id: botId, "data-ready-bot": "" },
    h("option", { value: "" }, t("ui-ready-bot-none")),
    ...choices().bots.map((b) => h("option", { value: b.id }, b.name)));
  const market = h("select", { id: marketId, "data-ready-market": "" },
    ...choices().markets.map((m) => h("option", { value: m.id }, m.name)));
  bot.value = choice && choice.bot ? choice.bot : "";
  market.value = choice && choice.market ? choice.market : "spot";
  market.disabled = !bot.value;
  const changed = () => {
    market.disabled = !bot.value;
    onChange(bot.value ? { bot: bot.value, market: market.value || "spot" } : null);
  };
  bot.addEventListener("change", changed);
  market.addEventListener("change", changed);
  return h("div", { class: "ready-choice" },
    h("div", { class: "field" }, h("label", { for: botId }, t("ui-ready-bot")), bot),
    h("div", { class: "field" }, h("label", { for: marketId }, t("ui-ready-market")), market));
}

/** The callout kind of a readiness: ready, not ready, unknown. */
function kindOf(r) {
  if (r.ready === true) return r.reasons.length ? "warning" : "success";
  if (r.ready === false) return "danger";
  return "warning";
}

/**
 * The card for `r` (a Verification's readiness): the headline, then each reason's message and
 * fix. `extra` nodes (a Test again button) go at its end.
 */
export function readinessCard(r, ...extra) {
  const state = r.ready === true ? "ready" : r.ready === false ? "not-ready" : "unknown";
  const reasons = r.reasons.length
    ? h("ul", { class: "ready-reasons" }, ...r.reasons.map((x) => h("li", { "data-kind": x.kind, "data-severity": x.severity },
      h("span", { class: "ready-message" }, x.message), " ",
      h("span", { class: "problem-fix" }, t("ui-ready-fix", { fix: x.fix })))))
    : null;
  const card = callout(kindOf(r), r.headline, reasons || "", ...extra);
  card.classList.add("ready-card");
  card.dataset.ready = state;
  card.dataset.bot = r.bot;
  card.dataset.market = r.market;
  return card;
}
