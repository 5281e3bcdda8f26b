//! The window as it is drawn, in English, Chinese (under `LANG=zh_CN.UTF-8`, where fontconfig's
//! default face is the CJK one), Arabic and Russian at 800x600, on every screen: read from the
//! pixels, every ordered list shows its numbers and every disclosure its arrow, and the text of
//! the footer's buttons and the rail's current step sits inside its box, not at its top; from
//! the page, nothing visible is cut by its box, the rail's current step is in view, and in Arabic
//! every Latin run inside right-to-left text is isolated (a bdi, dir=ltr or FSI…PDI).
//! Screenshots: target/screenshots/render-LANG-SCREEN.png.

mod common;
use common::screens::{open_the_gate, show_drawn, SCREENS};
use common::*;
use std::path::Path;
use std::process::Command;

/// Regions of the screen to read: [what, kind, x, y, w, h] in CSS pixels (the screenshot's
/// pixels at scale 1). kind "mark": must hold ink (a list number, a disclosure arrow);
/// "centred": its ink must not sit against the region's top (or bottom) with room left on the
/// other side (text drawn at the top of a button, or cut). Left-to-right screens only: Arabic's
/// marks above and below the letters are uneven by nature.
const REGIONS: &str = r##"
const rtl = document.documentElement.dir === "rtl";
const step = document.getElementById("step").getBoundingClientRect();
const inView = (r) => r.height > 0 && r.top >= step.top && r.bottom <= step.bottom;
const out = [];
const r4 = (what, kind, x, y, w, h) => out.push([what, kind, Math.round(x), Math.round(y), Math.round(w), Math.round(h)]);
for (const li of document.querySelectorAll("#step ol > li")) {
  const r = li.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(li).lineHeight) || 20;
  if (!inView(r) || getComputedStyle(li.parentElement).listStyleType === "none") continue;
  const x = rtl ? r.right + 2 : r.left - 18;
  r4(`number of "${li.textContent.trim().slice(0, 30)}"`, "mark", x, r.top, 16, Math.min(r.height, line));
}
for (const s of document.querySelectorAll("#step details > summary")) {
  const r = s.getBoundingClientRect();
  if (!inView(r)) continue;
  const padStart = parseFloat(getComputedStyle(s).paddingInlineStart) || 0;
  const x = rtl ? r.right - padStart - 16 : r.left + padStart;
  r4(`arrow of "${s.textContent.trim().slice(0, 30)}"`, "mark", x, r.top + 4, 14, r.height - 8);
}
const boxes = [...document.querySelectorAll(document.documentElement.dir === "rtl" ? "none" : ".nav-buttons button, .rail-item.current")]
  .filter((e) => e.offsetParent !== null && e.textContent.trim() !== "" && getComputedStyle(e).visibility !== "hidden");
for (const e of boxes) {
  const r = e.getBoundingClientRect();
  const cs = getComputedStyle(e);
  const bt = parseFloat(cs.borderTopWidth) || 0, bb = parseFloat(cs.borderBottomWidth) || 0;
  const bl = parseFloat(cs.borderLeftWidth) || 0, br = parseFloat(cs.borderRightWidth) || 0;
  const pl = parseFloat(cs.paddingLeft) || 0, pr = parseFloat(cs.paddingRight) || 0;
  // Inside the border and the side padding, 3 px below and above the rounded corners' reach:
  // the region's corner is the box's own background, the ink is the text.
  r4(`text of ${e.id || e.className} "${e.textContent.trim().slice(0, 30)}"`, "centred", r.left + bl + pl, r.top + bt + 3, r.width - bl - br - pl - pr, r.height - bt - bb - 6);
}
return out;
"##;

/// Page-level problems: visible text cut by its own box (taller than it, with overflow hidden),
/// the rail's current step out of view.
const CUT: &str = r##"
const found = [];
for (const e of document.querySelectorAll("body *")) {
  if (e.closest("dialog:not([open]), .sr-only, select, option") || e.offsetParent === null) continue;
  const cs = getComputedStyle(e);
  if (["auto", "scroll"].includes(cs.overflowY) || cs.overflowY === "visible" || e.textContent.trim() === "") continue;
  if (e.clientHeight > 0 && e.scrollHeight > e.clientHeight + 1) {
    found.push(`cut: ${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${String(e.className).split(" ").join(".")} ${e.scrollHeight}>${e.clientHeight}: ${e.textContent.trim().slice(0, 40)}`);
  }
}
const cur = document.querySelector(".rail-item.current");
const list = document.getElementById("rail-list");
if (cur && list && list.contains(cur)) {
  const c = cur.getBoundingClientRect(), l = list.getBoundingClientRect();
  if (c.top < l.top - 1 || c.bottom > l.bottom + 1) found.push(`the rail's current step is out of view: ${c.top}..${c.bottom} outside ${l.top}..${l.bottom}`);
}
return found;
"##;

/// In right-to-left text, Latin runs (two letters or more) that nothing isolates.
const UNISOLATED: &str = r##"
const found = [];
const isolated = /[\u2066\u2067\u2068][^\u2069]*\u2069/g;
const arabic = /[\u0600-\u06FF]/;
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walk.nextNode()) {
  const node = walk.currentNode;
  const el = node.parentElement;
  if (!el || el.closest("bdi, [dir=ltr], code, pre, kbd, .mono, .host, [data-value], select, script, style, dialog:not([open]), .sr-only")) continue;
  if (el.offsetParent === null && getComputedStyle(el).position !== "fixed") continue;
  const text = node.textContent;
  const rest = text.replace(isolated, "");
  if (!/[A-Za-z]{2,}/.test(rest)) continue;
  if (arabic.test(text)) {
    found.push(`in "${text.trim().slice(0, 70)}": ${rest.match(/[A-Za-z][A-Za-z0-9 .'’:_\-]*/g).filter((m) => /[A-Za-z]{2,}/.test(m)).slice(0, 3).join(" | ")}`);
    continue;
  }
  // A Latin-only element inside Arabic text (a <strong>English</strong> in a sentence).
  const block = el.parentElement;
  const bidi = getComputedStyle(el).unicodeBidi;
  if (block && arabic.test(block.textContent) && !["isolate", "isolate-override", "plaintext"].includes(bidi)) {
    found.push(`element "${text.trim().slice(0, 50)}" inside "${block.textContent.trim().slice(0, 50)}"`);
  }
}
return found;
"##;

/// The ink's bounding box in a region of a PNG: (w, h, x, y), or None when the region is blank.
fn ink(png: &Path, x: i64, y: i64, w: i64, h: i64) -> Option<(i64, i64, i64, i64)> {
    if w <= 0 || h <= 0 {
        return None;
    }
    let out = Command::new("convert")
        .arg(png)
        .args([
            "-crop",
            &format!("{w}x{h}+{x}+{y}"),
            "+repage",
            "-fuzz",
            "25%",
            "-format",
            "%@",
            "info:",
        ])
        .output()
        .expect("ImageMagick's convert (make deps-test)");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    // "WxH+X+Y"
    let nums: Vec<i64> = text.split(['x', '+']).filter_map(|p| p.trim().parse().ok()).collect();
    match nums.as_slice() {
        [bw, bh, bx, by] if *bw > 0 && *bh > 0 => Some((*bw, *bh, *bx, *by)),
        _ => None,
    }
}

fn read_regions(png: &Path, regions: serde_json::Value, problems: &mut Vec<String>, at: &str) {
    for r in regions.as_array().cloned().unwrap_or_default() {
        let what = r[0].as_str().unwrap_or("").to_owned();
        let kind = r[1].as_str().unwrap_or("");
        let n = |i: usize| r[i].as_i64().unwrap_or(0);
        let (x, y, w, h) = (n(2), n(3), n(4), n(5));
        match (kind, ink(png, x, y, w, h)) {
            ("mark", None) => problems.push(format!("{at}: no {what} drawn")),
            ("centred", None) => problems.push(format!("{at}: no {what} drawn")),
            ("centred", Some((_, ih, _, iy))) => {
                let above = iy;
                let below = h - (iy + ih);
                if (above <= 0 && below >= 4) || (below <= 0 && above >= 4) {
                    problems.push(format!(
                        "{at}: {what} is not centred in its box: {above} px above the ink, {below} px below"
                    ));
                }
            }
            _ => {}
        }
    }
}

#[tokio::test]
async fn every_screen_in_four_languages_is_drawn_whole_at_800x600() {
    if !e2e_enabled("language_render") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let runs: &[(&str, &str)] = &[
        ("en", "C.UTF-8"),
        ("zh-CN", "zh_CN.UTF-8"),
        ("ar", "ar_EG.UTF-8"),
        ("ru", "ru_RU.UTF-8"),
    ];
    let mut problems = Vec::new();
    for (lang, posix) in runs {
        let home = tempfile::tempdir().unwrap();
        let app = App::launch(home.path(), &[("LANG", posix)]).await;
        app.resize(800, 600).await;
        app.wait_js("return window.innerWidth <= 800").await;
        assert_eq!(
            app.js("return document.documentElement.lang").await.as_str(),
            Some(*lang)
        );
        open_the_gate(&app).await;
        for screen in SCREENS {
            show_drawn(&app, screen).await;
            let at = format!("{lang} {screen}");
            let name = format!("render-{lang}-{screen}");
            let regions = app.js(REGIONS).await;
            app.screenshot(&name).await;
            read_regions(
                &screenshot_dir().join(format!("{name}.png")),
                regions,
                &mut problems,
                &at,
            );
            for p in strings(app.js(CUT).await) {
                problems.push(format!("{at}: {p}"));
            }
            for e in strings(app.js(OVERFLOWING).await) {
                problems.push(format!("{at}: overflows: {e}"));
            }
            if *lang == "ar" {
                for p in strings(app.js(UNISOLATED).await) {
                    problems.push(format!("{at}: not isolated: {p}"));
                }
            }
        }
        app.close().await;
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
