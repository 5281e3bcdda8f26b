//! A test's own simulators (one per site), for tests that change a practice key while they run:
//! a change must not reach the tests beside it, which share `sim_urls()`'s simulators.

use okx_simulator::{start_all_sites, Controller, RequestRecord, SimConfig};
use std::sync::mpsc;
use std::time::Duration;

/// Simulators on a runtime thread of their own; stopped when dropped.
pub struct OwnSims {
    pub urls: Vec<String>,
    controls: Vec<Controller>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    /// Every request the simulators saw, sent back when they stop.
    seen: mpsc::Receiver<Vec<RequestRecord>>,
}

impl OwnSims {
    pub fn start() -> OwnSims {
        let (tx, rx) = mpsc::channel();
        let (seen_tx, seen) = mpsc::channel();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            rt.block_on(async {
                let template = SimConfig {
                    rate_limits: false,
                    ..SimConfig::default()
                };
                let sims = start_all_sites(0, template).await.expect("simulators start");
                let urls: Vec<String> = sims.iter().map(|s| s.base_url()).collect();
                let controls: Vec<Controller> = sims.iter().map(|s| s.controller()).collect();
                let _ = tx.send((urls, controls));
                let _ = stopped.await;
                let _ = seen_tx.send(sims.iter().flat_map(|s| s.requests()).collect());
                for s in sims {
                    s.shutdown().await;
                }
            });
        });
        let (urls, controls) = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the simulators did not start within 30 s");
        OwnSims {
            urls,
            controls,
            stop: Some(stop),
            seen,
        }
    }

    /// Stops the simulators and returns every request they saw (method and path with query).
    pub fn stop(mut self) -> Vec<RequestRecord> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.seen
            .recv_timeout(Duration::from_secs(30))
            .expect("the simulators did not stop within 30 s")
    }

    /// One line of the simulator's control, on every site (as `simulate`'s input does).
    pub fn control(&self, line: &str) {
        let answers: Vec<_> = self.controls.iter().map(|c| c.apply(line)).collect();
        assert!(answers.iter().any(Result::is_ok), "{line}: {answers:?}");
    }

    /// The `OKX_BASE_URL_*` settings pointing every site at these simulators.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        okx_key_core::Site::ALL
            .into_iter()
            .map(|s| s.override_var())
            .zip(self.urls.iter().cloned())
            .collect()
    }
}

impl Drop for OwnSims {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
