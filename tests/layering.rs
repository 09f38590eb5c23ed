//! The layers point down: `cli → tui → desk → store → domain`, `remote` beside `tui`,
//! and `export`, `interchange` and `text` as leaves over `domain`. This test reads
//! every `src/**/*.rs` and fails on a `crate::…` (or `super::…` out of a layer) path
//! that goes against it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What each top-level module may name. A module may always name itself.
fn allowed(layer: &str) -> &'static [&'static str] {
    match layer {
        "domain" => &[],
        "text" | "export" | "interchange" => &["domain", "text"],
        "demo" => &["domain", "interchange", "text"],
        // File modes, atomic writes and OS logins: leaves of plain OS calls.
        "files" | "login" => &[],
        "store" => &["domain", "text", "files", "login"],
        "desk" => &[
            "store",
            "domain",
            "export",
            "interchange",
            "text",
            "demo",
            "files",
            "login",
        ],
        "remote" => &["desk", "domain", "text", "files", "login"],
        "tui" => &["desk", "domain", "export", "text", "files", "login"],
        "cli" => &[
            "files",
            "login",
            "tui",
            "remote",
            "desk",
            "store",
            "domain",
            "export",
            "interchange",
            "text",
            "demo",
        ],
        // main.rs and lib.rs tie the crate together.
        _ => &[
            "files",
            "login",
            "cli",
            "tui",
            "remote",
            "desk",
            "store",
            "domain",
            "export",
            "interchange",
            "text",
            "demo",
        ],
    }
}

/// Edges the code still has; each must go (issue 15), and none may be added.
const KNOWN: &[(&str, &str)] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/desk/psu.rs` → `desk`, `src/demo.rs` → `demo`.
fn layer_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// Every `crate::name` in the code, comments and strings left out. Unit tests (from
/// `#[cfg(test)]` on) may build their fixtures with higher layers.
fn crate_paths(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + "crate::".len()..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !in_string(&rest[..i]) {
                out.insert(name);
            }
            rest = after;
        }
        // `use crate::{a, b}`
        if let Some(i) = code.find("crate::{") {
            let group = &code[i + "crate::{".len()..];
            for part in group.split(['}', ',']) {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
    }
    out
}

fn in_string(before: &str) -> bool {
    before.matches('"').count() % 2 == 1
}

#[test]
fn imports_follow_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut seen_known = BTreeSet::new();
    for file in &files {
        let layer = layer_of(&src, file);
        let text = std::fs::read_to_string(file).unwrap();
        for name in crate_paths(&text) {
            if name == layer || allowed(&layer).contains(&name.as_str()) {
                continue;
            }
            if KNOWN.contains(&(layer.as_str(), name.as_str())) {
                seen_known.insert((layer.clone(), name));
                continue;
            }
            wrong.push(format!(
                "{} ({layer}) names crate::{name}",
                file.strip_prefix(&src).unwrap().display()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
    for (layer, name) in KNOWN {
        assert!(
            seen_known.contains(&(layer.to_string(), name.to_string())),
            "{layer} → {name} is gone: take it off KNOWN"
        );
    }
}

#[test]
fn the_scanner_sees_grouped_and_plain_paths() {
    let found = crate_paths("use crate::{store::Kind, domain};\nlet x = crate::tui::App; // crate::cli\nlet s = \"crate::remote\";");
    assert_eq!(
        found.into_iter().collect::<Vec<_>>(),
        ["domain", "store", "tui"]
    );
}

#[test]
fn every_module_is_in_the_architecture_doc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let doc = std::fs::read_to_string(root.join("docs/architecture.md")).unwrap();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let missing: Vec<String> = files
        .iter()
        .map(|f| f.strip_prefix(&src).unwrap().display().to_string())
        .filter(|rel| !doc.contains(&format!("| `{rel}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/architecture.md, \"Every module\", lacks: {missing:?}"
    );
}

/// Screens and the desk take their words from the catalogs: no language branch of their own.
#[test]
fn screens_and_the_desk_never_pick_a_language() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("tui"), &mut files);
    rust_files(&src.join("desk"), &mut files);
    let mut found = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap().display().to_string();
        // The catalogs, and the error that carries both of a message's languages.
        if rel.starts_with("tui/text/") || rel == "desk/error.rs" {
            continue;
        }
        for (n, line) in std::fs::read_to_string(f).unwrap().lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains(".pick(") || code.contains("Lang::Pl =>") || code.contains("if en {") {
                found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words outside the catalog:\n{}",
        found.join("\n")
    );
}
