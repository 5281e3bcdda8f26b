//! One way to write the app's own files (progress, the saved-keys index, anything later):
//! a uniquely named temporary file in the same folder, owner-only, synced, then renamed over
//! the target, so a reader (or a second process) sees the old file or the new one, never half.
//!
//! The unique name comes from the `tempfile` crate (random suffix, created with `O_EXCL` and
//! mode 0600), so two writers never share a temporary file the way a fixed `progress.tmp` did.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically. The folder is created if needed (owner-only on Unix).
/// On any error the temporary file is removed and `path` is left as it was.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    create_private_dir(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable (best effort: not every platform can open a folder).
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/progress.json");
        write(&path, b"one").unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(names, ["progress.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.json");
        write(&path, b"{}").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    /// Two writers at once (two windows, or the window and the CLI): every read sees one whole
    /// version, never a mix or a missing file, and no temporary file is left behind.
    #[test]
    fn concurrent_writers_never_tear_or_collide() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        write(&path, &[b'a'; 4096]).unwrap();
        let writers: Vec<_> = [b'b', b'c']
            .into_iter()
            .map(|byte| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for _ in 0..200 {
                        write(&path, &[byte; 4096]).unwrap();
                    }
                })
            })
            .collect();
        for _ in 0..400 {
            let read = std::fs::read(&path).unwrap();
            assert_eq!(read.len(), 4096);
            assert!(read.iter().all(|b| *b == read[0]), "a torn file");
        }
        for w in writers {
            w.join().unwrap();
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
