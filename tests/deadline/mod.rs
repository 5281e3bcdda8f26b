//! Deadlines for everything a test waits on: a child process, a free port, a WebDriver call.
//! A stuck wait fails the test with a message that says what it was waiting for; nothing here
//! can hang CI. Shared by the root crate's tests and the core's (`#[path]`).
#![allow(dead_code)]

use std::io::Read;
use std::net::TcpListener;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

/// The longest a single child program (the CLI, secret-tool, python) may run in a test.
pub const CHILD_LIMIT: Duration = Duration::from_secs(90);

/// Runs `cmd` to the end with its output captured, like `Command::output`, but kills it and
/// fails the test when it takes longer than `limit`. `what` names it in the message.
pub fn output_within(cmd: &mut Command, limit: Duration, what: &str) -> Output {
    run(cmd, None, limit, what)
}

/// Like [`output_within`] with [`CHILD_LIMIT`], writing `input` to the child's standard input
/// first (then closing it).
pub fn output_with_input(cmd: &mut Command, input: &str, what: &str) -> Output {
    run(cmd, Some(input), CHILD_LIMIT, what)
}

fn run(cmd: &mut Command, input: Option<&str>, limit: Duration, what: &str) -> Output {
    if input.is_some() {
        cmd.stdin(Stdio::piped());
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{what}: could not start: {e}"));
    let out = reader(child.stdout.take());
    let err = reader(child.stderr.take());
    if let (Some(mut stdin), Some(input)) = (child.stdin.take(), input) {
        use std::io::Write;
        let bytes = input.as_bytes().to_vec();
        // A writer thread: a child that never reads cannot block the test.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&bytes);
        });
    }
    let status = wait_within(&mut child, limit, what);
    Output {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

/// [`output_within`] with [`CHILD_LIMIT`].
pub fn output(cmd: &mut Command, what: &str) -> Output {
    output_within(cmd, CHILD_LIMIT, what)
}

/// Like `Command::status`, with a deadline (output is inherited).
pub fn status_within(cmd: &mut Command, limit: Duration, what: &str) -> ExitStatus {
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("{what}: could not start: {e}"));
    wait_within(&mut child, limit, what)
}

/// Waits for a child for at most `limit`; on time-out kills it and fails the test.
pub fn wait_within(child: &mut Child, limit: Duration, what: &str) -> ExitStatus {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what} did not finish within {} s: killed it", limit.as_secs());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("{what}: could not wait for it: {e}"),
        }
    }
}

/// `Command::output` and `Command::status` with [`CHILD_LIMIT`]: drop-in (same result types),
/// so `cmd.output_in_time().expect(..)` reads like the std call it replaces.
pub trait InTime {
    fn output_in_time(&mut self) -> std::io::Result<Output>;
    fn status_in_time(&mut self) -> std::io::Result<ExitStatus>;
}

impl InTime for Command {
    fn output_in_time(&mut self) -> std::io::Result<Output> {
        let what = describe(self);
        self.stdin(Stdio::null());
        Ok(output_within(self, CHILD_LIMIT, &what))
    }

    fn status_in_time(&mut self) -> std::io::Result<ExitStatus> {
        let what = describe(self);
        let mut child = self.spawn()?;
        Ok(wait_within(&mut child, CHILD_LIMIT, &what))
    }
}

/// The program and its first two arguments (never the environment, which may hold keys).
fn describe(cmd: &Command) -> String {
    let mut words = vec![cmd.get_program().to_string_lossy().into_owned()];
    words.extend(cmd.get_args().take(2).map(|a| a.to_string_lossy().into_owned()));
    format!("`{}`", words.join(" "))
}

fn reader(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// `n` different free loopback ports. All listeners are held until every port is drawn, so
/// the ports always differ (binding port 0 twice after dropping the first listener can return
/// the same port twice: tauri-driver was then told to talk to itself and spun forever).
pub fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<TcpListener> = (0..n)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("no free loopback port"))
        .collect();
    let ports: Vec<u16> = listeners
        .iter()
        .map(|l| l.local_addr().expect("a bound port").port())
        .collect();
    let mut unique = ports.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), n, "free_ports drew the same port twice: {ports:?}");
    ports
}

/// Waits until something listens on `port`, at most `limit`. `alive` is asked between tries
/// and returns why the waited-for program is gone, if it is (so a crash fails at once).
pub fn wait_for_port(
    port: u16,
    limit: Duration,
    what: &str,
    mut alive: impl FnMut() -> Option<String>,
) -> Result<(), String> {
    let deadline = Instant::now() + limit;
    loop {
        if std::net::TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(500)).is_ok() {
            return Ok(());
        }
        if let Some(why) = alive() {
            return Err(format!("{what} stopped before it opened port {port}: {why}"));
        }
        if Instant::now() >= deadline {
            return Err(format!("{what} did not open port {port} within {} s", limit.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drawn_ports_always_differ() {
        for _ in 0..200 {
            let p = free_ports(2);
            assert_ne!(p[0], p[1]);
        }
    }

    #[test]
    fn a_stuck_child_is_killed_with_a_message() {
        let r = std::panic::catch_unwind(|| {
            output_within(Command::new("sleep").arg("30"), Duration::from_millis(300), "sleep 30")
        });
        let msg = *r.unwrap_err().downcast::<String>().unwrap();
        assert!(msg.contains("sleep 30 did not finish within 0 s"), "{msg}");
    }
}
