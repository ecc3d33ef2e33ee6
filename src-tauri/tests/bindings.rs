//! The TypeScript types of everything that crosses IPC are generated from the
//! Rust types (ts-rs) and committed in `ui/src/bindings/`. This test fails when
//! they drift; `UPDATE_BINDINGS=1 cargo test -p rogatory-app --test bindings`
//! writes them anew.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rogatory_app::commands::case::UiFinding;
use rogatory_app::commands::catalog::{FormCatalog, KindInfo};
use rogatory_app::error::IpcError;
use ts_rs::TS;

fn export(dir: &Path) {
    let cfg = ts_rs::Config::new().with_out_dir(dir);
    KindInfo::export_all(&cfg).unwrap();
    FormCatalog::export_all(&cfg).unwrap();
    UiFinding::export_all(&cfg).unwrap();
    IpcError::export_all(&cfg).unwrap();
    rogatory::document::Document::export_all(&cfg).unwrap();
}

fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn committed_bindings_match_the_rust_types() {
    let committed: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        let _ = std::fs::remove_dir_all(&committed);
        export(&committed);
        return;
    }
    let fresh = tempfile::tempdir().unwrap();
    export(fresh.path());
    let (want, have) = (files(fresh.path()), files(&committed));
    assert!(!want.is_empty());
    assert_eq!(
        want.keys().collect::<Vec<_>>(),
        have.keys().collect::<Vec<_>>(),
        "ui/src/bindings is out of date: run UPDATE_BINDINGS=1 cargo test -p rogatory-app --test bindings"
    );
    for (name, text) in &want {
        assert_eq!(Some(text), have.get(name), "ui/src/bindings/{name} is out of date: run UPDATE_BINDINGS=1 cargo test -p rogatory-app --test bindings");
    }
}
