// The window's words: t("ui-…", {name: value}) looks a message up in the catalog that Rust
// hands over with the boot data (window.__OKX_BOOT__.strings, made by core's catalog/window.rs),
// and again, whole, when the language changes (setWords).
// A message is a string, or a list of parts: text, {v: name} for an argument and
// {s: name, o: {key: parts}, d: default} for a choice (plural forms by Intl.PluralRules).

let words = { strings: {}, lang: "en", dir: "ltr" };
// Intl's plural rules and number formats load locale data into the page: made only when a
// message first needs them (most never do), not at start-up.
let intl = null;
function intlFor() {
  if (!intl) {
    // The pseudo-language of debug builds is English underneath.
    const lang = words.lang === "en-XA" ? "en" : words.lang;
    intl = { plurals: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang, { numberingSystem: "latn" }) };
  }
  return intl;
}

/** Takes the words of a language: {strings, lang, dir} (the boot data, or set_language's answer). */
export function setWords(next) {
  words = { strings: next.strings || {}, lang: next.lang || "en", dir: next.dir === "rtl" ? "rtl" : "ltr" };
  intl = null;
}
setWords(window.__OKX_BOOT__ || {});

// Values inside right-to-left text keep their own direction (a key, a host, a number).
const isolate = (s) => (words.dir === "rtl" ? `\u2068${s}\u2069` : s);

// Numbers in Latin digits, as the words made in Rust have them; small whole numbers need no
// grouping, so they skip Intl.
function value(v) {
  if (typeof v !== "number") return String(v ?? "");
  return Number.isInteger(v) && Math.abs(v) < 1000 ? String(v) : intlFor().numbers.format(v);
}

function fill(parts, args) {
  if (typeof parts === "string") return parts;
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += p;
    else if ("v" in p) out += isolate(value(args[p.v]));
    else if ("s" in p) {
      const v = args[p.s];
      let key = String(v);
      if (!(key in p.o) && typeof v === "number") key = intlFor().plurals.select(v);
      out += fill(key in p.o ? p.o[key] : p.o[p.d] || [], args);
    }
  }
  return out;
}

/** The words of message `id` (or `id.attr`) with `args`; the id itself if the catalog lacks it. */
export function t(id, args = {}) {
  const parts = words.strings[id];
  if (parts === undefined) {
    console.error(`missing message ${id}`);
    return id;
  }
  return fill(parts, args);
}

/** A moment (ISO-8601) as this language writes a date and time, in Latin digits. */
export function dateTime(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return "";
  const i = intlFor();
  if (!i.dates) {
    const lang = words.lang === "en-XA" ? "en" : words.lang;
    i.dates = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short", numberingSystem: "latn" });
  }
  return isolate(i.dates.format(when));
}

/** The window's language and direction, for the document. */
export function language() {
  return { lang: words.lang, dir: words.dir };
}
