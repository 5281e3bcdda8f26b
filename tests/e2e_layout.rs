//! The real window at 800x600 in English, Arabic and Russian, on every screen: the app's name,
//! the progress, My keys, the language menu and Start over stay in view however the rail is
//! scrolled; the current step is brought into view when the step changes; wrapped step names
//! hang after their marks; and a step whose content goes on below the footer shows the "More
//! below" cue, which goes away once the step is scrolled to its end (issue 28, points 3 and 4).
//! Screenshots: `target/screenshots/layout-<lang>-<screen>.png`.

mod common;
use common::screens::SCREENS;
use common::*;

/// What must be in view on every screen: the element, and whether something else may cover it
/// (none may). `inView` also requires it inside every box that clips it (a scrolled rail).
const IN_VIEW: &str = r##"
const inView = (el) => {
  if (!el) return "missing";
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return "not drawn";
  if (r.top < -1 || r.left < -1 || r.bottom > innerHeight + 1 || r.right > innerWidth + 1)
    return `outside the window (${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight})`;
  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
    if (getComputedStyle(a).overflowY === "visible") continue;
    const b = a.getBoundingClientRect();
    if (r.top < b.top - 1 || r.bottom > b.bottom + 1)
      return `scrolled out of ${a.id || a.className} (${Math.round(r.top)}..${Math.round(r.bottom)} outside ${Math.round(b.top)}..${Math.round(b.bottom)})`;
  }
  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  if (!hit || !(el.contains(hit) || hit.contains(el))) return `covered by ${hit ? hit.tagName + "." + hit.className : "nothing"}`;
  return "";
};
const problems = [];
const need = {
  "the app's name": document.getElementById("brand-name"),
  "the progress line": document.getElementById("progress-text"),
  "the progress bar": document.querySelector(".progress-bar"),
  "My keys": document.querySelector(".rail-item[data-view=keys]"),
  "the language menu": document.querySelector("[data-language-menu=rail]"),
  "Start over": document.getElementById("start-over"),
  "the current step in the rail": document.querySelector(".rail-item.current"),
};
for (const [name, el] of Object.entries(need)) {
  const why = inView(el);
  if (why) problems.push(`${name}: ${why}`);
}
// Wrapped or not, every step's name starts at the same place (after its mark).
const rtl = document.documentElement.dir === "rtl";
const starts = [...document.querySelectorAll("#rail-list .rail-label")].map((l) => {
  const r = l.getBoundingClientRect();
  return Math.round(rtl ? r.right : r.left);
});
if (new Set(starts).size > 1) problems.push(`the step names start at different places: ${starts.join(", ")}`);
// Right to left, the rail is on the right.
const rail = document.getElementById("rail").getBoundingClientRect();
const step = document.getElementById("step").getBoundingClientRect();
if (rtl !== rail.left > step.left) problems.push(`the rail is on the wrong side (${rtl ? "rtl" : "ltr"})`);
return problems;
"##;

/// How far the step's content goes on below its visible part, in pixels.
const BELOW: &str = "const s = document.getElementById('step'); return s.scrollHeight - s.clientHeight - s.scrollTop;";

/// The cue is drawn, in view and not covered.
const CUE_SHOWN: &str = r#"
const cue = document.getElementById("more-below");
const label = cue && cue.querySelector(".more-below-label");
if (!cue || cue.hidden || !label) return false;
const r = label.getBoundingClientRect();
if (r.width === 0 || r.top < 0 || r.bottom > innerHeight) return false;
const footer = document.querySelector(".nav-buttons");
const f = footer.hidden ? innerHeight : footer.getBoundingClientRect().top;
if (r.bottom > f + 1) return false;
const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
return Boolean(hit && label.contains(hit));
"#;

/// The cue is not drawn.
const CUE_GONE: &str =
    "const cue = document.getElementById('more-below'); return !cue || cue.hidden || cue.getClientRects().length === 0;";

/// Moves to `screen` the way a user would after reading the rail: Next when it leads there,
/// otherwise a click on its rail item; first the rail's list is scrolled to the far end from
/// the screen's item (or the whole rail, where that is what scrolls), so the window itself must
/// bring the new current step into view. Clicks by script: the driver's own click would scroll.
async fn go(app: &App, screen: &str, index: usize) {
    let away = if index < SCREENS.len() / 2 { "1e6" } else { "0" };
    let target = if screen == "my-keys" {
        ".rail-item[data-view=keys]".to_owned()
    } else {
        format!(".rail-item[data-step={screen}]")
    };
    app.js(&format!(
        "for (const id of ['rail', 'rail-list']) document.getElementById(id).scrollTop = {away}; \
         const next = document.getElementById('next'); \
         const order = {SCREENS:?}; \
         const now = document.getElementById('step').dataset.step; \
         if (!next.disabled && !next.closest('[hidden]') && order[order.indexOf(now) + 1] === '{screen}' && '{screen}' !== 'my-keys') next.click(); \
         else document.querySelector('{target}').click(); \
         return true;"
    ))
    .await;
    app.wait_step(screen).await;
}

#[tokio::test]
async fn at_800x600_the_rail_keeps_its_frame_and_current_step_and_long_steps_show_more_below() {
    if !e2e_enabled("layout_800x600") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let runs: &[(&str, &str)] = &[("en", "C.UTF-8"), ("ar", "ar_EG.UTF-8"), ("ru", "ru_RU.UTF-8")];
    let mut problems = Vec::new();
    let mut overflowing = 0;
    for (lang, posix) in runs {
        let home = tempfile::tempdir().unwrap();
        let app = App::launch(home.path(), &[("LANG", posix)]).await;
        app.resize(800, 600).await;
        app.wait_js("return window.innerWidth <= 800 && window.innerHeight <= 600")
            .await;
        assert_eq!(
            app.js("return document.documentElement.lang").await.as_str(),
            Some(*lang)
        );
        // The golden rules, ticked, open the rest of the guide.
        app.js("document.querySelector('.rail-item[data-step=rules]').click(); return true;")
            .await;
        app.wait_step("rules").await;
        app.js("document.querySelectorAll('#step input[type=checkbox]').forEach((c) => { if (!c.checked) c.click(); }); return true;")
            .await;
        app.wait_js("return !document.getElementById('next').disabled").await;
        for (i, screen) in SCREENS.iter().enumerate() {
            go(&app, screen, i).await;
            // Let the window settle (the cue follows the content a frame later).
            app.js("return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))")
                .await;
            for p in strings(app.js(IN_VIEW).await) {
                problems.push(format!("{lang} {screen}: {p}"));
            }
            let below = app.js(BELOW).await.as_f64().unwrap_or(0.0);
            app.screenshot(&format!("layout-{lang}-{screen}")).await;
            if below > 4.0 {
                overflowing += 1;
                if !wait_for(&app, CUE_SHOWN).await {
                    problems.push(format!(
                        "{lang} {screen}: {below:.0} px go on below the footer and no \"More below\" cue is in sight"
                    ));
                    continue;
                }
                let words = app.text("#more-below-text").await;
                if words.trim().is_empty() || (*lang != "en" && words.contains("More below")) {
                    problems.push(format!("{lang} {screen}: the cue says {words:?}"));
                }
                app.js("const s = document.getElementById('step'); s.scrollTop = s.scrollHeight; return true;")
                    .await;
                if !wait_for(&app, CUE_GONE).await {
                    problems.push(format!("{lang} {screen}: the cue stays at the end of the step"));
                }
                app.screenshot(&format!("layout-{lang}-{screen}-end")).await;
                app.js("document.getElementById('step').scrollTop = 0; return true;")
                    .await;
            } else if !wait_for(&app, CUE_GONE).await {
                problems.push(format!("{lang} {screen}: a \"More below\" cue on a step that fits"));
            }
        }
        app.close().await;
    }
    assert!(
        problems.is_empty(),
        "{} problems at 800x600:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(
        overflowing > 0,
        "no screen went on below the footer at 800x600: the cue was never tried"
    );
}

/// Waits up to 3 s for `script` to return true; says whether it did.
async fn wait_for(app: &App, script: &str) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        if app.js(script).await == serde_json::Value::Bool(true) {
            return true;
        }
        if std::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
