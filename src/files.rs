//! Files kis writes: private whatever the umask (0700/0600; 0750/0640 when the
//! data directory is shared with its group, see `Access::of`), and replaced
//! atomically through an exclusive temporary file that no symlink can redirect.

use std::fs::{DirBuilder, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// Who besides the owner may read what kis writes: the group, or nobody.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Access {
    pub group: bool,
}

impl Access {
    pub const PRIVATE: Access = Access { group: false };

    /// The group shares a directory only when the admin made it so on purpose:
    /// setgid and group-readable (`chmod 2750`). The documented server layout
    /// (`0710`: the group reaches the socket, nothing else) stays private.
    pub fn of(dir: &Path) -> Access {
        let group = std::fs::metadata(dir)
            .map(|m| m.mode() & 0o2040 == 0o2040)
            .unwrap_or(false);
        Access { group }
    }

    pub fn dir_mode(self) -> u32 {
        if self.group {
            0o750
        } else {
            0o700
        }
    }

    pub fn file_mode(self) -> u32 {
        if self.group {
            0o640
        } else {
            0o600
        }
    }

    fn umask(self) -> u32 {
        if self.group {
            0o027
        } else {
            0o077
        }
    }
}

/// Sets the process umask, so that files created by libraries (sled) are private too.
pub fn set_umask(access: Access) {
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe {
        libc::umask(access.umask() as libc::mode_t);
    }
}

/// Creates a directory and its missing parents with the access's mode.
pub fn create_dir_all(path: &Path, access: Access) -> io::Result<()> {
    DirBuilder::new()
        .recursive(true)
        .mode(access.dir_mode())
        .create(path)
}

/// A new file that did not exist (`O_EXCL`: never an existing file or symlink).
pub fn create_new(path: &Path, access: Access) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(access.file_mode())
        .open(path)
}

/// Opens a file for appending, creating it with the access's mode.
pub fn open_append(path: &Path, access: Access) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(access.file_mode())
        .open(path)
}

/// fsyncs a directory, so that a rename or a new name in it survives a crash.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

fn unpredictable() -> u64 {
    // RandomState is seeded from the OS's random source.
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.finish()
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes `bytes` to a fresh, unpredictably named file beside `path` and fsyncs it.
fn write_temp(path: &Path, bytes: &[u8], access: Access) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?
        .to_string_lossy();
    let dir = parent_of(path);
    let mut tries = 0;
    loop {
        let tmp = dir.join(format!(".{name}.{:016x}.tmp", unpredictable()));
        match create_new(&tmp, access) {
            Ok(mut f) => {
                let written = f.write_all(bytes).and_then(|_| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
                return Ok(tmp);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && tries < 16 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Replaces `path` with `bytes`: a crash leaves the old file or the new one,
/// never half of one, and the new file has the access's mode.
pub fn write_file_atomically(path: &Path, bytes: &[u8], access: Access) -> io::Result<()> {
    let tmp = write_temp(path, bytes, access)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(parent_of(path))
}

/// Writes `bytes` under the first name `name(n)` (n = 0, 1, …) that does not
/// exist yet, never replacing a file, and returns that name.
pub fn write_new_file(
    name: impl Fn(u32) -> PathBuf,
    bytes: &[u8],
    access: Access,
) -> io::Result<PathBuf> {
    let first = name(0);
    let tmp = write_temp(&first, bytes, access)?;
    let mut n = 0;
    let linked = loop {
        let path = name(n);
        match std::fs::hard_link(&tmp, &path) {
            Ok(()) => break Ok(path),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            // A file system without hard links (a FAT memory stick): the first
            // free name, then rename (only another writer in between could race).
            Err(_) => {
                while name(n).exists() && n < 1000 {
                    n += 1;
                }
                let path = name(n);
                break std::fs::rename(&tmp, &path).map(|_| path);
            }
        }
    };
    let _ = std::fs::remove_file(&tmp);
    let path = linked?;
    sync_dir(parent_of(&path))?;
    Ok(path)
}

/// Takes away what others (and the group, unless shared) may do with what is
/// under `dir`, for data written by an older kis or under a loose umask.
/// `dir` itself keeps its group search bit (the server's socket is reached through it).
pub fn tighten(dir: &Path) -> io::Result<()> {
    let access = Access::of(dir);
    let mask = if access.group { 0o7750 } else { 0o7700 };
    chmod_masked(dir, mask | 0o010)?;
    tighten_under(dir, mask)
}

fn chmod_masked(path: &Path, mask: u32) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    let mode = meta.mode() & 0o7777;
    if mode & !mask != 0 && !meta.file_type().is_symlink() {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & mask))?;
    }
    Ok(())
}

/// Goes on past a file it may not change (someone else's), and reports the first error.
fn tighten_under(dir: &Path, mask: u32) -> io::Result<()> {
    let mut first = Ok(());
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        // The server sets its socket's mode itself; symlinks are not followed.
        if kind.is_socket() || kind.is_symlink() {
            continue;
        }
        let mut done = chmod_masked(&entry.path(), mask);
        if kind.is_dir() {
            done = done.and(tighten_under(&entry.path(), mask));
        }
        if first.is_ok() {
            first = done;
        }
    }
    first
}

/// Where printouts go: `KIS_PRINT_DIR`, else `~/kis-wydruki`.
pub fn print_dir() -> PathBuf {
    std::env::var_os("KIS_PRINT_DIR")
        .map(PathBuf::from)
        .or_else(|| directories::UserDirs::new().map(|d| d.home_dir().join("kis-wydruki")))
        .unwrap_or_else(|| PathBuf::from("kis-wydruki"))
}

/// A printout's file name (without extension): letters, digits and dashes.
pub fn printout_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// Writes a printout into the print folder (created private), privately.
pub fn write_printout(path: &Path, bytes: &[u8]) -> io::Result<()> {
    create_dir_all(parent_of(path), Access::PRIVATE)?;
    write_file_atomically(path, bytes, Access::PRIVATE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        std::fs::symlink_metadata(p).unwrap().mode() & 0o7777
    }

    #[test]
    fn new_files_and_directories_are_private_whatever_the_umask() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("a/b");
        create_dir_all(&dir, Access::PRIVATE).unwrap();
        assert_eq!(mode(&dir), 0o700);
        let f = dir.join("x.txt");
        write_file_atomically(&f, b"one", Access::PRIVATE).unwrap();
        assert_eq!(mode(&f), 0o600);
        assert_eq!(std::fs::read(&f).unwrap(), b"one");
        write_file_atomically(&f, b"two", Access::PRIVATE).unwrap();
        assert_eq!(std::fs::read(&f).unwrap(), b"two");
        // nothing left beside it
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn a_printout_folder_and_its_files_are_private() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("kis-wydruki/kontrakt-KS-1-2026.txt");
        write_printout(&f, b"umowa").unwrap();
        assert_eq!(mode(f.parent().unwrap()), 0o700);
        assert_eq!(mode(&f), 0o600);
    }

    #[test]
    fn a_symlink_at_the_old_temporary_name_is_not_followed() {
        let t = tempfile::tempdir().unwrap();
        let victim = t.path().join("victim");
        std::fs::write(&victim, b"keep").unwrap();
        let out = t.path().join("club.jsonl");
        std::os::unix::fs::symlink(&victim, t.path().join("club.jsonl.tmp")).unwrap();
        write_file_atomically(&out, b"data", Access::PRIVATE).unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(&out).unwrap(), b"data");
    }

    #[test]
    fn a_new_file_never_replaces_one() {
        let t = tempfile::tempdir().unwrap();
        let name = |n: u32| t.path().join(format!("b-{n}"));
        let a = write_new_file(name, b"a", Access::PRIVATE).unwrap();
        let b = write_new_file(name, b"b", Access::PRIVATE).unwrap();
        assert_ne!(a, b);
        assert_eq!(std::fs::read(&a).unwrap(), b"a");
        assert_eq!(std::fs::read(&b).unwrap(), b"b");
        assert_eq!(mode(&b), 0o600);
        assert_eq!(std::fs::read_dir(t.path()).unwrap().count(), 2);
    }

    #[test]
    fn tighten_takes_away_what_others_could_read() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("data");
        std::fs::create_dir_all(dir.join("db")).unwrap();
        std::fs::write(dir.join("journal.jsonl"), b"").unwrap();
        std::fs::write(dir.join("db/conf"), b"").unwrap();
        for p in [&dir, &dir.join("db")] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        for p in [dir.join("journal.jsonl"), dir.join("db/conf")] {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        tighten(&dir).unwrap();
        assert_eq!(mode(&dir), 0o710);
        assert_eq!(mode(&dir.join("db")), 0o700);
        assert_eq!(mode(&dir.join("journal.jsonl")), 0o600);
        assert_eq!(mode(&dir.join("db/conf")), 0o600);
    }

    #[test]
    fn a_setgid_group_readable_directory_is_shared_with_its_group() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("data");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o2750)).unwrap();
        assert_eq!(Access::of(&dir), Access { group: true });
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o710)).unwrap();
        assert_eq!(Access::of(&dir), Access::PRIVATE);
    }
}
