// Small helpers to build DOM nodes safely: text always goes in as text, never as HTML.

// Start-up marks (read by benches/window.py): the first module evaluated is this one.
performance.mark("okx-modules");

/** h("p", {class: "x"}, "text", child, ...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

let uid = 0;
/** A unique id for label/field pairs. */
export function newId(prefix = "f") {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A titled step body: title, lead lines, then the step's own controls. */
export function stepFrame(title, leadLines, ...body) {
  return [
    h("h1", { id: "step-title" }, title),
    h("div", { class: "lead" }, ...leadLines.map((line) => h("p", {}, line))),
    ...body,
  ];
}

/** A callout. kind: "info" | "warning" | "danger" | "success". */
export function callout(kind, title, ...body) {
  const role = kind === "danger" || kind === "warning" ? "note" : undefined;
  return h("div", { class: `callout ${kind}`, role },
    title ? h("strong", { class: "callout-title" }, title) : null,
    ...body.map((b) => (typeof b === "string" ? h("p", {}, b) : b)));
}

/** A checkbox bound to progress.ticks[id]. */
export function tick(ctx, id, label, hint) {
  const fid = newId("tick");
  const input = h("input", { type: "checkbox", id: fid, "data-tick": id });
  input.checked = Boolean(ctx.progress.ticks[id]);
  input.addEventListener("change", () => {
    ctx.progress.ticks[id] = input.checked;
    ctx.changed();
  });
  return h("div", { class: "tick" }, input,
    h("label", { for: fid }, h("span", { class: "tick-label" }, label), hint ? h("span", { class: "hint" }, hint) : null));
}

/** A table from a header row and body rows; cells may be nodes. */
export function table(caption, head, rows) {
  return h("table", {},
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", {}, c)))))));
}

/** A disclosure section (details/summary) that works by keyboard. */
export function section(title, ...body) {
  return h("details", { class: "section" }, h("summary", {}, title), h("div", { class: "section-body" }, ...body));
}

/** A bulleted list of strings or nodes. */
export function list(items, ordered = false) {
  return h(ordered ? "ol" : "ul", {}, ...items.map((i) => h("li", {}, i)));
}
