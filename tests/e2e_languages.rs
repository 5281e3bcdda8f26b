//! The real window in other languages: a pseudo-language walk of every screen that fails on any
//! visible word not from the catalog and on anything wider than its box at 800x600; screenshots
//! of every screen in Arabic, Russian and Chinese; axe-core on every screen (English, Arabic,
//! Russian, light and dark); switching the language in place, keeping the step and what was typed.

mod common;
// My keys is walked with no key saved (`e2e_my_keys` shows it with keys).
use common::screens::{open_the_gate, show, SCREENS};
use common::*;

#[tokio::test]
async fn every_screen_in_the_pseudo_language_is_from_the_catalog_and_fits_800x600() {
    if !e2e_enabled("pseudo_language_walk") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[("LANG", "en_XA.UTF-8")]).await;
    app.resize(800, 600).await;
    app.wait_js("return window.innerWidth <= 800").await;
    assert_eq!(
        app.js("return document.documentElement.lang").await.as_str(),
        Some("en-XA")
    );
    open_the_gate(&app).await;
    let mut problems = Vec::new();
    for screen in SCREENS {
        show(&app, screen).await;
        for text in strings(app.js(UNCATALOGUED).await) {
            problems.push(format!("{screen}: not from the catalog: {text:?}"));
        }
        for e in strings(app.js(OVERFLOWING).await) {
            problems.push(format!("{screen}: overflows: {e}"));
        }
        app.screenshot(&format!("pseudo-{screen}")).await;
    }
    app.close().await;
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn every_screen_in_arabic_russian_and_chinese_light_and_dark_with_axe() {
    if !e2e_enabled("languages_screens_and_axe") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let runs: &[(&str, &str, &str, bool)] = &[
        ("en", "C.UTF-8", "ltr", false),
        ("en", "C.UTF-8", "ltr", true),
        ("ar", "ar_EG.UTF-8", "rtl", false),
        ("ar", "ar_EG.UTF-8", "rtl", true),
        ("ru", "ru_RU.UTF-8", "ltr", false),
        ("ru", "ru_RU.UTF-8", "ltr", true),
        ("zh-CN", "zh_CN.UTF-8", "ltr", false),
    ];
    let mut problems = Vec::new();
    for (lang, posix, dir, dark) in runs {
        let home = tempfile::tempdir().unwrap();
        let mut env = vec![("LANG", *posix)];
        if *dark {
            env.push(("GTK_THEME", "Adwaita:dark"));
        }
        let app = App::launch(home.path(), &env).await;
        app.resize(800, 600).await;
        let doc = app
            .js("return [document.documentElement.lang, document.documentElement.dir]")
            .await;
        assert_eq!(
            strings(doc),
            [lang.to_string(), dir.to_string()],
            "lang and dir of the document"
        );
        open_the_gate(&app).await;
        let theme = if *dark { "dark" } else { "light" };
        for screen in SCREENS {
            show(&app, screen).await;
            for v in app.axe().await {
                problems.push(format!("{lang} {theme} {screen}: {v}"));
            }
            if !dark && *lang != "en" {
                app.screenshot(&format!("{lang}-{screen}")).await;
            }
        }
        app.close().await;
    }
    assert!(
        problems.is_empty(),
        "axe-core found {} serious or critical problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn switching_language_keeps_the_step_and_what_was_typed_and_is_remembered() {
    if !e2e_enabled("language_switch") {
        return;
    }
    let _guard = WINDOW_LOCK.lock().await;
    let home = tempfile::tempdir().unwrap();
    let app = App::launch(home.path(), &[]).await;
    assert_eq!(
        app.js("return document.documentElement.lang").await.as_str(),
        Some("en")
    );
    open_the_gate(&app).await;
    show(&app, "s4").await;
    let field = app
        .js("const f = document.querySelector('#step input[type=text]'); return f ? f.id : ''")
        .await;
    let field = field.as_str().unwrap_or("").to_owned();
    assert!(!field.is_empty(), "Step 4 has a text field");
    app.js(&format!(
        "const f = document.getElementById('{field}'); f.value = 'KeepMe42'; f.dispatchEvent(new Event('input', {{ bubbles: true }}));"
    ))
    .await;
    let _ = field;
    // The rail's menu: Русский.
    app.js("const s = document.querySelector('[data-language-menu=rail]'); s.value = 'ru'; s.dispatchEvent(new Event('change'));")
        .await;
    app.wait_js("return document.documentElement.lang === 'ru'").await;
    assert_eq!(app.step().await, "s4", "the step stays");
    // (Fields get new ids when a step is drawn again: find the same one by its place.)
    let kept = app
        .js("return document.querySelector('#step input[type=text]').value")
        .await;
    assert_eq!(kept.as_str(), Some("KeepMe42"), "what was typed stays");
    let rail = app.text(".rail-item[data-step=s4]").await;
    assert!(
        rail.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)),
        "the rail speaks Russian: {rail}"
    );
    app.screenshot("switched-to-ru-s4").await;
    app.close().await;

    // The choice is remembered: the next start is in Russian, on the same step.
    let app = App::launch(home.path(), &[]).await;
    app.wait_js("return document.documentElement.lang === 'ru'").await;
    app.close().await;
}
