//! Fixed windows (2 s for most endpoints, 1 s for the Funding balance) counting requests per bucket (an API key and endpoint, or a caller IP).
//!
//! OKX counts private endpoints per User ID; the simulator counts per API key so that practice keys
//! of the same (fake) account never slow each other down in a test suite. Over the limit, the
//! route answers HTTP 429 with code 50011.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// OKX's window for most endpoints the app uses (and the longest one).
pub const WINDOW: Duration = Duration::from_secs(2);
/// Buckets kept before old windows are swept (bounds memory in a long practice session).
const MAX_BUCKETS: usize = 10_000;

#[derive(Debug)]
pub struct RateLimiter {
    enabled: bool,
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

impl RateLimiter {
    pub fn new(enabled: bool) -> Self {
        RateLimiter {
            enabled,
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one request in `bucket`; false when it is over `limit` in the current window.
    pub fn allow(&self, bucket: &str, limit: u32) -> bool {
        self.allow_in(bucket, limit, WINDOW)
    }

    /// [`Self::allow`] with a window of `window` (at most [`WINDOW`]) for this bucket.
    pub fn allow_in(&self, bucket: &str, limit: u32, window: Duration) -> bool {
        self.allow_at(bucket, limit, window.min(WINDOW), Instant::now())
    }

    fn allow_at(&self, bucket: &str, limit: u32, window: Duration, now: Instant) -> bool {
        if !self.enabled {
            return true;
        }
        let Ok(mut map) = self.windows.lock() else {
            return true;
        };
        if map.len() >= MAX_BUCKETS {
            map.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = map.entry(bucket.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_bucket_and_window() {
        let rl = RateLimiter::new(true);
        let t0 = Instant::now();
        for _ in 0..5 {
            assert!(rl.allow_at("k:config", 5, WINDOW, t0));
        }
        assert!(!rl.allow_at("k:config", 5, WINDOW, t0));
        assert!(rl.allow_at("other:config", 5, WINDOW, t0));
        assert!(rl.allow_at("k:config", 5, WINDOW, t0 + WINDOW));
    }

    #[test]
    fn a_shorter_window_resets_sooner() {
        let rl = RateLimiter::new(true);
        let t0 = Instant::now();
        let second = Duration::from_secs(1);
        assert!((0..6).all(|_| rl.allow_at("k:funding", 6, second, t0)));
        assert!(!rl.allow_at("k:funding", 6, second, t0));
        assert!(rl.allow_at("k:funding", 6, second, t0 + second));
    }

    #[test]
    fn disabled_allows_everything() {
        let rl = RateLimiter::new(false);
        assert!((0..100).all(|_| rl.allow("k", 1)));
    }
}
