// "Connect your bot" for one key: a choice of bot (radio group), then the core's recipe for this
// key's site and mode (bot_recipe): steps, the key's three values (copied by the secret path,
// copy_saved_credential, when the key is saved), named values and code blocks (plain copies
// through copy_text, which refuses anything that looks like a secret), and warnings.

import { h, callout, newId } from "../dom.js";
import { t } from "../i18n.js";
import { CLIPBOARD_SECONDS } from "./passphrase.js";
import { sites } from "./okx-setup.js";
import { choices, readinessCard } from "./ready.js";

/** Named values only an engineer needs: shown behind a "Details" disclosure. */
const TECHNICAL_VALUES = ["api-host"];

/** The Copy label of each of the key's three values. */
const COPY_FIELD = () => ({
  api_key: t("ui-saved-copy-api-key"),
  secret_key: t("ui-saved-copy-secret-key"),
  passphrase: t("ui-saved-copy-passphrase"),
});

/** A "Connect a bot" button for a saved key: opens its panel in `box` and moves focus there. */
export function connectButton(ctx, key, box) {
  const b = h("button", { type: "button", class: "secondary", "data-connect": key.label }, t("ui-bot-connect"));
  b.addEventListener("click", () => {
    const panel = connectPanel(ctx, { label: key.label, site: key.site, demo: key.demo, saved: true, readiness: key.readiness, bot: key.bot }, 3);
    box.replaceChildren(panel);
    const heading = panel.querySelector("h3");
    if (heading) heading.focus();
  });
  return b;
}

/**
 * The panel for the key `key` = {label, site, demo, saved, readiness, bot}: `saved` is true when
 * the key is in the keychain (its three values can then be copied); `readiness` (optional) is its
 * last test's readiness for the bot it is for: that bot is chosen and its readiness shown first;
 * else `bot` (optional, {bot, market}: the saved choice) is chosen.
 * `level` is the heading's level (2 or 3).
 */
export function connectPanel(ctx, key, level = 2) {
  const headingId = newId("connect-heading");
  const status = h("p", { class: "inline-status", role: "status", id: newId("connect-status") });
  const result = h("div", { class: "recipe", "data-recipe": "" });
  const group = h("fieldset", { class: "choices" }, h("legend", {}, t("ui-bot-question")));
  const name = newId("bot-kind");
  let asked = 0;

  const show = async (kind) => {
    asked += 1;
    const mine = asked;
    result.replaceChildren(h("p", { class: "hint" }, t("ui-bot-loading")));
    status.textContent = "";
    try {
      const recipe = await ctx.call("bot_recipe", { kind, label: key.label, site: key.site, demo: Boolean(key.demo) });
      if (mine !== asked) return;
      result.dataset.recipe = kind;
      result.replaceChildren(...recipeNodes(ctx, key, recipe, status, level));
    } catch (p) {
      if (mine !== asked) return;
      result.replaceChildren(callout("danger", p.message, p.fix));
    }
  };

  // The core's list of bots (boot data), the same as Step 10's "What will this key run?".
  const chosen = key.readiness ? key.readiness.bot : key.bot ? key.bot.bot : "";
  for (const { id, name: label, hint } of choices().bots) {
    const fid = newId("bot");
    const radio = h("input", { type: "radio", name, id: fid, value: id, "data-bot-kind": id });
    radio.checked = id === chosen;
    radio.addEventListener("change", () => { if (radio.checked) show(id); });
    group.appendChild(h("div", { class: "choice" }, radio,
      h("label", { for: fid }, h("span", { class: "tick-label" }, label), h("span", { class: "hint" }, hint))));
  }
  if (chosen) queueMicrotask(() => show(chosen));
  else result.appendChild(h("p", { class: "hint" }, t("ui-bot-choose")));

  const heading = h(level === 3 ? "h3" : "h2", { id: headingId, tabindex: "-1" }, t("ui-bot-heading-for", { label: key.label }));
  const found = sites().find((s) => s.id === key.site);
  const site = found ? found.short_name : key.site;
  return h("section", { class: "connect-bot", "data-connect-panel": "", "aria-labelledby": headingId, "data-label": key.label, "data-site": key.site, "data-demo": key.demo ? "1" : "0" },
    heading,
    h("p", {}, key.demo ? t("ui-bot-lead-demo", { site }) : t("ui-bot-lead-live", { site })),
    key.readiness ? readinessCard(key.readiness) : "",
    group, result, status);
}

function recipeNodes(ctx, key, recipe, status, level) {
  const sub = level === 3 ? "h4" : "h3";
  const out = [];
  if (recipe.warnings.length) {
    out.push(callout("warning", t("ui-bot-warnings-heading"), ...recipe.warnings.map((w) => h("p", { class: "recipe-warning" }, w))));
  }
  if (recipe.steps.length) {
    out.push(h(sub, {}, t("ui-bot-steps-heading")), h("ol", { class: "recipe-steps" }, ...recipe.steps.map((s) => h("li", {}, s))));
  }
  if (recipe.credentials.length) {
    out.push(h(sub, {}, t("ui-bot-credentials-heading")));
    if (key.saved) {
      const names = COPY_FIELD();
      out.push(h("p", { class: "hint" }, t("ui-bot-credentials-hint", { n: CLIPBOARD_SECONDS })),
        h("div", { class: "button-row" }, ...recipe.credentials.map((c) => {
          const b = h("button", { type: "button", class: "secondary", "data-copy-secret": c.field }, names[c.field] || c.name);
          b.addEventListener("click", async () => {
            try {
              await ctx.call("copy_saved_credential", { label: key.label, field: c.field });
              status.textContent = t("ui-saved-copied", { field: c.field, label: key.label, n: CLIPBOARD_SECONDS });
            } catch (p) { status.textContent = `${p.message} ${p.fix || ""}`; }
          });
          return b;
        })));
    } else {
      out.push(h("p", { class: "hint" }, t("ui-bot-not-saved")));
    }
  }
  if (recipe.values.length) {
    out.push(h(sub, {}, t("ui-bot-values-heading")));
    for (const v of recipe.values) {
      const id = newId("bot-value");
      const labelId = newId("bot-value-name");
      const input = h("input", { type: "text", class: "mono", id, readonly: true, spellcheck: "false", "data-value": v.id });
      input.value = v.value;
      const field = h("div", { class: "field", "data-named-value": v.id },
        h("label", { for: id, id: labelId }, v.name),
        h("div", { class: "input-row" }, input, copyButton(ctx, v.value, labelId, status)));
      // Values for engineers (the API host) wait behind "Details"; a platform that asks finds them there.
      out.push(TECHNICAL_VALUES.includes(v.id) ? h("details", { class: "tech block" }, h("summary", {}, t("ui-details")), field) : field);
    }
  }
  for (const c of recipe.code) {
    const captionId = newId("bot-code");
    out.push(h("div", { class: "field", "data-code": c.id },
      h("span", { class: "tick-label", id: captionId }, c.caption),
      h("pre", { class: "report", "data-lang": c.lang, tabindex: "0", "aria-labelledby": captionId }, h("code", {}, c.code)),
      h("div", { class: "button-row compact" }, copyButton(ctx, c.code, captionId, status))));
  }
  return out;
}

/** A plain Copy button for a non-secret value; `describedBy` names what it copies. */
function copyButton(ctx, text, describedBy, status) {
  const b = h("button", { type: "button", class: "secondary", "aria-describedby": describedBy, "data-copy-text": "" }, t("ui-bot-copy"));
  b.addEventListener("click", async () => {
    try {
      await ctx.call("copy_text", { text });
      status.textContent = t("ui-bot-copied");
    } catch (p) { status.textContent = `${p.message} ${p.fix || ""}`; }
  });
  return b;
}
