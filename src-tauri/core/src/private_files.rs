//! The app's own folders and its log file, owner-only on Unix (folders 0700, files 0600), for
//! the window as for the CLI: the data folder holds the saved-keys index, the progress and the
//! key history (labels, sites, dates), and the log says what happened when. Other users of the
//! machine read none of it. A folder or log left readable by an older version is tightened.

use std::fs::{File, OpenOptions};
use std::path::Path;

/// Creates `dir` (and any missing parent) owner-only, or makes an existing `dir` owner-only.
/// Parents that already exist are left as they are.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    if !dir.is_dir() {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    owner_only(dir, 0o700)
}

/// Opens `path` to append (created if missing), owner-only, in an owner-only folder.
pub fn private_append(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        private_dir(dir)?;
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    owner_only(path, 0o600)?;
    Ok(file)
}

#[cfg(unix)]
fn owner_only(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let now = std::fs::metadata(path)?.permissions().mode() & 0o777;
    if now & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn owner_only(_path: &Path, _mode: u32) -> std::io::Result<()> {
    // Windows: the folders under %APPDATA% are the user's own already.
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_and_the_log_are_owner_only() {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("share/app.okx-key-assistant.desktop");
        let log = data.join("logs/okx-key-assistant.log");
        private_dir(&data).unwrap();
        let mut f = private_append(&log).unwrap();
        writeln!(f, "one line").unwrap();
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join("logs")), 0o700);
        assert_eq!(mode(&log), 0o600);
        // Appends, never truncates.
        drop(f);
        writeln!(private_append(&log).unwrap(), "two").unwrap();
        assert_eq!(std::fs::read_to_string(&log).unwrap(), "one line\ntwo\n");
    }

    #[test]
    fn what_an_older_version_left_readable_is_tightened() {
        let home = tempfile::tempdir().unwrap();
        let data = home.path().join("data");
        let logs = data.join("logs");
        std::fs::create_dir_all(&logs).unwrap();
        let log = logs.join("okx-key-assistant.log");
        std::fs::write(&log, "old\n").unwrap();
        for (p, m) in [(&data, 0o755), (&logs, 0o755), (&log, 0o644)] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        }
        private_dir(&data).unwrap();
        private_append(&log).unwrap();
        assert_eq!((mode(&data), mode(&logs), mode(&log)), (0o700, 0o700, 0o600));
    }
}
