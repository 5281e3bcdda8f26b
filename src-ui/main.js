// The stepper: the rail, the current step, Back/Next, keyboard handling and saved progress.

import { h } from "./dom.js";
import { call } from "./ipc.js";
import { t, language, setWords } from "./i18n.js";
import { languageMenu } from "./language.js";
import { STEPS } from "./steps/index.js";
import { MY_KEYS } from "./steps/my-keys.js";
import { watchMoreBelow } from "./more-below.js";

const state = {
  progress: null,
  index: 0,
  /** "steps" (the guide) or "keys" (My keys, the home of a returning user). */
  view: "steps",
  nextAllowed: { ok: true, hint: "" },
  memory: {}, // in-memory only (never saved): e.g. the last test result shown in Step 10
};

/** The page's own words (ui/index.html keeps English as a fallback) and its language. */
function wordPage() {
  const { lang, dir } = language();
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  document.title = t("ui-app-name");
  const words = {
    "skip-link": t("ui-skip-link"),
    "brand-name": t("ui-app-name"),
    "start-over": t("ui-start-over"),
    back: t("ui-nav-back"),
    next: t("ui-nav-next"),
    "confirm-cancel": t("ui-dialog-cancel"),
    "confirm-ok": t("ui-dialog-ok"),
    "more-below-text": t("ui-more-below"),
  };
  for (const [id, text] of Object.entries(words)) document.getElementById(id).textContent = text;
  document.getElementById("rail").setAttribute("aria-label", t("ui-rail-label"));
  document.getElementById("rail-language").replaceChildren(languageMenu("rail"));
}
wordPage();

const el = {
  step: document.getElementById("step"),
  rail: document.getElementById("rail-list"),
  home: document.getElementById("rail-home"),
  nav: document.querySelector(".nav-buttons"),
  back: document.getElementById("back"),
  next: document.getElementById("next"),
  hint: document.getElementById("nav-hint"),
  progressText: document.getElementById("progress-text"),
  progressFill: document.getElementById("progress-fill"),
  startOver: document.getElementById("start-over"),
  dialog: document.getElementById("confirm-dialog"),
};
watchMoreBelow(el.step, document.getElementById("more-below"));

const GATE_INDEX = STEPS.findIndex((s) => s.id === "rules");

function isLocked(index) {
  return index > GATE_INDEX && !state.progress.rules_acknowledged;
}

let saveTimer = null;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    call("save_progress", { progress: state.progress }).catch((p) => showHint(p.message));
  }, 150);
}

function showHint(text) {
  el.hint.textContent = text || "";
}

/** Ask a yes/no question in a modal dialog (Escape cancels); tone "danger" for what cannot be undone. */
function confirmDialog(title, text, okLabel = t("ui-dialog-ok"), tone = "") {
  return new Promise((resolve) => {
    document.getElementById("confirm-title").textContent = title;
    document.getElementById("confirm-text").textContent = text;
    const ok = document.getElementById("confirm-ok");
    const cancel = document.getElementById("confirm-cancel");
    ok.textContent = okLabel;
    ok.className = tone === "danger" ? "danger" : "primary";
    const finish = (answer) => {
      ok.removeEventListener("click", onOk);
      cancel.removeEventListener("click", onCancel);
      el.dialog.removeEventListener("cancel", onCancel);
      if (el.dialog.open) el.dialog.close();
      resolve(answer);
    };
    const onOk = () => finish(true);
    const onCancel = (e) => { if (e) e.preventDefault(); finish(false); };
    ok.addEventListener("click", onOk);
    cancel.addEventListener("click", onCancel);
    el.dialog.addEventListener("cancel", onCancel);
    el.dialog.showModal();
    cancel.focus();
  });
}

const ctx = {
  get progress() { return state.progress; },
  memory: state.memory,
  call,
  confirm: confirmDialog,
  /** The user changed something worth keeping: save it and re-check Next. */
  changed() { saveSoon(); refreshNav(); },
  refreshNav: () => refreshNav(),
  go: (id) => goTo(STEPS.findIndex((s) => s.id === id)),
  next: () => goNext(),
  showKeys: () => showKeys(),
  newKey: () => newKey(),
  replaceKey: (key) => replaceKey(key),
};

/** Forgets this session's results (a new key is on its way); the refresh hooks stay. */
function forgetMemory() {
  for (const k of Object.keys(state.memory)) if (typeof state.memory[k] !== "function") delete state.memory[k];
}

/** The steps a new key starts after: the ones about the person, not about one key. */
const KEEP_DONE = ["start", "rules"];

/** My keys' "Make a new key": the guide where it was left, or, after a finished one, Step 1. */
function newKey() {
  const p = state.progress;
  const finished = p.done.includes("s10");
  if (finished || p.replacing) {
    p.done = p.done.filter((d) => KEEP_DONE.includes(d));
    p.label = "";
    p.replacing = "";
    p.replacing_key = "";
    forgetMemory();
    call("clear_credentials").catch(() => {});
  }
  const resume = STEPS.findIndex((s) => s.id === p.current);
  const first = STEPS.findIndex((s) => s.id === "s1");
  goTo(finished || resume < 0 ? (isLocked(first) ? 0 : first) : resume);
}

/** My keys' Replace: Steps 3 to 10 for a new key under the old label, on its site and mode. */
function replaceKey(key) {
  const p = state.progress;
  p.replacing = key.label;
  p.replacing_key = key.api_key_redacted;
  p.label = key.label;
  p.site = key.site;
  p.demo = Boolean(key.demo);
  p.done = p.done.filter((d) => [...KEEP_DONE, "s1", "s2"].includes(d));
  forgetMemory();
  call("clear_credentials").catch(() => {});
  const s3 = STEPS.findIndex((s) => s.id === "s3");
  goTo(isLocked(s3) ? 0 : s3);
}

/** Stops replacing: the guide goes on as for a new key. */
function stopReplacing() {
  state.progress.replacing = "";
  state.progress.replacing_key = "";
  saveSoon();
  renderStep(false);
}

/** The banner above Steps 3 to 10 while a saved key is being replaced. */
function replacingBanner() {
  const label = state.progress.replacing;
  const step = STEPS[state.index];
  const from = STEPS.findIndex((s) => s.id === "s3");
  const to = STEPS.findIndex((s) => s.id === "s10");
  if (!label || state.index < from || state.index > to || !step) return null;
  const stop = h("button", { type: "button", class: "link-button", id: "stop-replacing" }, t("ui-replace-cancel"));
  stop.addEventListener("click", stopReplacing);
  return h("div", { class: "callout info replacing", "data-replacing": label },
    h("p", {}, t("ui-replace-banner", { label })), stop);
}

function showKeys() {
  const leaving = STEPS[state.index];
  if (state.view === "steps" && leaving && leaving.leave) leaving.leave(ctx);
  state.view = "keys";
  renderStep(true);
  document.querySelector(".content").scrollTop = 0;
}

/** The screen the rail last showed as current: the list scrolls only when that changes. */
let railShown = "";

/** Scrolls the rail's list (and nothing else) so the current step is in view. */
function showCurrentInRail() {
  const item = el.rail.querySelector(".rail-item.current");
  if (!item) return;
  const list = el.rail.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (box.top < list.top) el.rail.scrollTop -= list.top - box.top + 4;
  else if (box.bottom > list.bottom) el.rail.scrollTop += box.bottom - list.bottom + 4;
}
// The list gets shorter or taller (the window resized, the progress line wrapped): the current
// step stays in view.
new ResizeObserver(showCurrentInRail).observe(el.rail);

/** The guide's tasks, the only screens its progress counts (core: progress::TASKS, boot data). */
function TASKS() {
  const tasks = window.__OKX_BOOT__ && window.__OKX_BOOT__.progress_tasks;
  return Array.isArray(tasks) ? tasks : [];
}

function renderRail() {
  const keys = state.view === "keys";
  const home = h("button", {
    type: "button", class: `rail-item rail-home${keys ? " current" : ""}`, "data-view": "keys",
    "aria-current": keys ? "page" : null,
  }, h("span", { class: "mark", "aria-hidden": "true" }, keys ? "●" : "⌂"), h("span", { class: "rail-label" }, MY_KEYS.rail));
  home.addEventListener("click", showKeys);
  el.home.replaceChildren(home);
  const scrolled = el.rail.scrollTop;
  el.rail.replaceChildren();
  STEPS.forEach((step, i) => {
    const done = state.progress.done.includes(step.id);
    const current = !keys && i === state.index;
    const locked = isLocked(i);
    const mark = done ? "✓" : current ? "●" : "";
    const button = h("button", {
      type: "button",
      class: `rail-item${current ? " current" : ""}${done ? " done" : ""}${step.group ? " group-" + step.group : ""}`,
      "aria-current": current ? "step" : null,
      "aria-disabled": locked ? "true" : null,
      "data-step": step.id,
      title: locked ? t("ui-rail-locked-tooltip") : null,
    },
    h("span", { class: "mark", "aria-hidden": "true" }, mark),
    h("span", { class: "rail-label" }, step.rail),
    done ? h("span", { class: "sr-only" }, ` ${t("ui-rail-done")}`) : null,
    locked ? h("span", { class: "sr-only" }, ` ${t("ui-rail-locked")}`) : null);
    button.addEventListener("click", () => {
      if (isLocked(i)) { showHint(t("ui-hint-rules-first")); return; }
      goTo(i);
    });
    el.rail.appendChild(h("li", {}, button));
  });
  el.rail.scrollTop = scrolled;
  // One figure, one meaning: the guide's tasks done (the core's list: Steps 1 to 10; the
  // pages before and after them are read, not done). The rail already shows where the user is.
  const tasks = TASKS();
  const doneCount = tasks.filter((id) => state.progress.done.includes(id)).length;
  el.progressText.textContent = t("ui-progress-steps", { done: doneCount, total: tasks.length });
  el.progressFill.style.width = `${tasks.length ? Math.round((doneCount / tasks.length) * 100) : 0}%`;
  // Last, once the progress line (which may wrap) has its words and the list its height.
  const shown = keys ? "keys" : STEPS[state.index].id;
  if (shown !== railShown) {
    railShown = shown;
    showCurrentInRail();
  }
}

function refreshNav() {
  el.nav.hidden = state.view === "keys";
  if (state.view === "keys") { renderRail(); return; }
  const step = STEPS[state.index];
  const verdict = step.canAdvance ? step.canAdvance(ctx) : { ok: true };
  state.nextAllowed = verdict;
  el.back.disabled = state.index === 0;
  const last = state.index === STEPS.length - 1;
  // A step may name its next thing to do (Step 10 after a failed test: "Fix the values in Step 9").
  const named = step.nextLabelFor ? step.nextLabelFor(ctx) : "";
  el.next.textContent = last ? t("ui-nav-finish") : named || step.nextLabel || t("ui-nav-next");
  el.next.disabled = !verdict.ok;
  el.next.setAttribute("aria-describedby", "nav-hint");
  showHint(verdict.ok ? "" : verdict.hint || "");
  renderRail();
}

/** The current step's fields, in page order (a step drawn again has the same fields). */
function stepFields() {
  return [...el.step.querySelectorAll("input, textarea, select")].filter((f) => !f.dataset.languageMenu);
}

/** What the user typed, chosen or opened on the current step, by position. */
function snapshotStep() {
  const fields = stepFields().map((f) => (f.type === "checkbox" || f.type === "radio" ? f.checked : f.value));
  const open = [...el.step.querySelectorAll("details")].map((d) => d.open);
  return { fields, open, focused: document.activeElement && document.activeElement.dataset.languageMenu };
}

function restoreStep(snap) {
  const now = stepFields();
  for (const [i, value] of snap.fields.entries()) {
    const f = now[i];
    if (!f) continue;
    if (typeof value === "boolean") f.checked = value;
    else if (f.value !== value) {
      f.value = value;
      f.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  el.step.querySelectorAll("details").forEach((d, i) => { if (snap.open[i]) d.open = true; });
}

// A new language: its words replace the old ones and the page is drawn again in place; the
// step, what was typed and what was open stay (the ids of a step's fields do not change).
window.addEventListener("okx-language", (event) => {
  const words = event.detail;
  Object.assign(window.__OKX_BOOT__, { sites: words.sites, golden_rules: words.golden_rules, languages: words.languages });
  setWords(words);
  state.progress.language = words.lang;
  const snap = snapshotStep();
  railShown = ""; // the labels' lengths changed: bring the current step into view again
  wordPage();
  renderStep(false);
  restoreStep(snap);
  // Focus goes back to the menu that was used.
  const menu = document.querySelector(`[data-language-menu="${snap.focused || "rail"}"]`);
  if (menu) menu.focus();
});

function renderStep(focusHeading) {
  const step = state.view === "keys" ? MY_KEYS : STEPS[state.index];
  const nodes = [].concat(step.render(ctx)).filter((n) => n !== null && n !== undefined && n !== false && n !== "");
  const banner = state.view === "steps" ? replacingBanner() : null;
  if (banner) nodes.splice(1, 0, banner);
  el.step.replaceChildren(...nodes);
  el.step.dataset.step = step.id;
  refreshNav();
  if (focusHeading) {
    const heading = el.step.querySelector("h1");
    (heading || el.step).setAttribute("tabindex", "-1");
    (heading || el.step).focus();
  }
}

function goTo(index) {
  if (index < 0 || index >= STEPS.length) return;
  if (isLocked(index)) { showHint(t("ui-hint-rules-first")); return; }
  const leaving = STEPS[state.index];
  if (state.view === "steps" && leaving && leaving.leave) leaving.leave(ctx);
  state.view = "steps";
  state.index = index;
  state.progress.current = STEPS[index].id;
  saveSoon();
  renderStep(true);
  el.step.scrollTop = 0;
  document.querySelector(".content").scrollTop = 0;
}

function markDone(id) {
  if (!state.progress.done.includes(id)) state.progress.done.push(id);
}

async function goNext() {
  const step = STEPS[state.index];
  if (!state.nextAllowed.ok) { showHint(state.nextAllowed.hint || ""); return; }
  if (step.beforeNext) {
    const proceed = await step.beforeNext(ctx);
    if (!proceed) return;
  }
  markDone(step.id);
  if (state.index === STEPS.length - 1) { saveSoon(); renderStep(true); return; }
  goTo(state.index + 1);
}

function goBack() {
  if (state.index > 0) goTo(state.index - 1);
}

el.next.addEventListener("click", goNext);
el.back.addEventListener("click", goBack);
el.startOver.addEventListener("click", async () => {
  const yes = await confirmDialog(
    t("ui-start-over-dialog"),
    t("ui-start-over-dialog.text"),
    t("ui-start-over-dialog.confirm"), "danger");
  if (!yes) return;
  try { await call("reset_progress"); } catch (p) { showHint(p.message); return; }
  for (const k of Object.keys(state.memory)) delete state.memory[k];
  state.progress = freshProgress();
  state.index = 0;
  state.view = "steps";
  renderStep(true);
});

document.addEventListener("keydown", (event) => {
  if (el.dialog.open) return; // the dialog handles its own keys (Escape cancels)
  if (state.view === "keys") return; // My keys has no Back or Next
  const target = event.target;
  const tag = target && target.tagName;
  if (event.key === "Escape") {
    if (target && target.closest && target.closest("details[open]") && tag === "SUMMARY") return;
    event.preventDefault();
    goBack();
    return;
  }
  if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey) {
    // Enter in a one-line field or on a checkbox/radio moves on; buttons, links and text areas keep Enter.
    const type = target && target.type;
    const field = tag === "INPUT" && ["text", "password", "checkbox", "radio", "search"].includes(type);
    if (field && !(target.dataset && target.dataset.enter === "local")) {
      event.preventDefault();
      goNext();
    }
  }
});

/** A new, empty progress record: Rust's `Progress::default()`, from the boot data (one schema). */
function freshProgress() {
  const fresh = window.__OKX_BOOT__ && window.__OKX_BOOT__.fresh_progress;
  return fresh ? JSON.parse(JSON.stringify(fresh)) : { done: [], ticks: {} };
}

// The progress saved at start-up comes with the page (window.__OKX_BOOT__, set by Rust before any
// script here runs), so the first step is drawn without a round trip. A reload of the page asks
// Rust instead: by then the progress may have moved on.
async function startingProgress() {
  const boot = window.__OKX_BOOT__;
  const firstLoad = sessionStorage.getItem("okx-booted") === null;
  sessionStorage.setItem("okx-booted", "1");
  if (firstLoad && boot && boot.progress && typeof boot.progress === "object") return boot.progress;
  return await call("load_progress");
}

async function boot() {
  try {
    state.progress = Object.assign(freshProgress(), await startingProgress());
  } catch (p) {
    state.progress = freshProgress();
  }
  performance.mark("okx-progress");
  if (!state.progress.ticks) state.progress.ticks = {};
  const saved = STEPS.findIndex((s) => s.id === state.progress.current);
  state.index = saved >= 0 && !isLocked(saved) ? saved : 0;
  // A returning user (a key is saved) starts on My keys; a replacement under way goes on.
  const bootData = window.__OKX_BOOT__ || {};
  if (bootData.saved_keys > 0 && !state.progress.replacing) state.view = "keys";
  renderStep(false);
  performance.mark("okx-drawn");
  document.body.dataset.ready = "true";
  requestAnimationFrame(() => { call("ui_ready").catch(() => {}); });
}

boot();
