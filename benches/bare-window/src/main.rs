//! A bare Tauri 2 window: one page that calls `page_ready` once drawn. The command logs
//! `first page drawn start_ms=N` (milliseconds since the process started) to
//! `$XDG_DATA_HOME/bare-window.bench.desktop/logs/bare-window.log` and stdout, as the app logs
//! `first step drawn start_ms=N`, so `benches/run.sh` measures both the same way.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;
use tauri::Manager;

static STARTED: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn page_ready(app: tauri::AppHandle) -> u64 {
    let ms = STARTED.get_or_init(Instant::now).elapsed().as_millis() as u64;
    let line = format!("first page drawn start_ms={ms}\n");
    if let Ok(dir) = app.path().app_log_dir() {
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("bare-window.log"))
        {
            let _ = f.write_all(line.as_bytes());
        }
    }
    print!("{line}");
    let _ = std::io::stdout().flush();
    ms
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![page_ready])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
