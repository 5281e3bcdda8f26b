//! Opens OKX's own pages in the system browser, and nothing else.
//!
//! The webview has no permission to open URLs itself: it names a site and a page, and Rust
//! builds the URL from a fixed list, so no other address can ever be opened.

use okx_key_core::{t, Problem, ProblemKind, Site};
use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

/// The pages the app links to, on the user's site.
fn page_url(site: Site, page: &str) -> Option<String> {
    let host = site.web_host();
    match page {
        "api" => Some(site.api_management_url()),
        "demo_api" => Some(format!("https://{host}/account/my-api?go-demo-trading=1")),
        "home" => Some(format!("https://{host}/")),
        "security" => Some(format!("https://{host}/account/security")),
        _ => None,
    }
}

#[tauri::command]
pub fn open_okx_page(app: AppHandle, site: Site, page: String) -> Result<(), Problem> {
    let url = page_url(site, &page).ok_or_else(|| Problem::internal(t!("app-internal-unknown-page")))?;
    tracing::info!(%url, "opening OKX page in the browser");
    app.opener()
        .open_url(url.clone(), None::<&str>)
        .map_err(|_| Problem::from_text(ProblemKind::BrowserUnavailable, t!("app-browser-failed", url = &url)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_okx_only() {
        assert_eq!(page_url(Site::Eea, "api").unwrap(), "https://my.okx.com/account/my-api");
        assert_eq!(page_url(Site::Us, "home").unwrap(), "https://app.okx.com/");
        assert_eq!(page_url(Site::Tr, "api").unwrap(), "https://tr.okx.com/account/my-api");
        assert!(page_url(Site::Global, "https://evil.example").is_none());
        for site in Site::ALL {
            for page in ["api", "demo_api", "home", "security"] {
                let u = tauri::Url::parse(&page_url(site, page).unwrap()).unwrap();
                assert_eq!(u.scheme(), "https");
                assert!(u.host_str().unwrap().ends_with(".okx.com"));
            }
        }
    }
}
