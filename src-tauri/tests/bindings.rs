//! The TypeScript types of everything that crosses IPC are generated from the
//! Rust types (ts-rs) and committed in `ui/src/bindings/`. This test fails when
//! they drift; `UPDATE_BINDINGS=1 cargo test -p rogatory-app --test bindings`
//! writes them anew. The same goes for the core's answers the UI's tests
//! take as input (`ui/src/test/generated/`): the form catalog, blank cases
//! and blank list items, as the shipped templates make them.

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
    rogatory_app::commands::settings::Settings::export_all(&cfg).unwrap();
    rogatory_app::commands::recent::RecentCase::export_all(&cfg).unwrap();
    rogatory::document::Document::export_all(&cfg).unwrap();
    rogatory_app::commands::register::CaseHistory::export_all(&cfg).unwrap();
    rogatory::register::ListQuery::export_all(&cfg).unwrap();
    rogatory::register::ListPage::export_all(&cfg).unwrap();
    rogatory::register::Deadline::export_all(&cfg).unwrap();
    rogatory::register::NewCase::export_all(&cfg).unwrap();
    rogatory::register::NewEvent::export_all(&cfg).unwrap();
    rogatory::register::StoredCase::export_all(&cfg).unwrap();
    rogatory::register::transfer::ImportOutcome::export_all(&cfg).unwrap();
}

/// What the core answers that the UI's tests use as input: the form catalog
/// (`catalog_get`), a blank case of every kind (`case_new`) and a blank item
/// for every type and measure (`case_blank_item`).
fn generated() -> Vec<(&'static str, String)> {
    let home = rogatory::catalog::default_home();
    let catalog =
        rogatory::Catalog::load(&home.join("templates")).expect("load the shipped catalog");
    let pretty = |v: &serde_json::Value| {
        let mut text = serde_json::to_string_pretty(v).unwrap();
        text.push('\n');
        text
    };
    let form = serde_json::to_value(FormCatalog::of(&catalog)).unwrap();
    let cases: serde_json::Map<String, serde_json::Value> = catalog
        .kinds
        .iter()
        .map(|k| {
            (
                k.id.clone(),
                rogatory::Case::blank(&k.id, &catalog).unwrap().doc,
            )
        })
        .collect();
    let items: serde_json::Map<String, serde_json::Value> = catalog
        .types
        .iter()
        .map(|t| t.id.as_str())
        .chain(catalog.measures.iter().map(|m| m.id.as_str()))
        .map(|of| {
            (
                of.to_string(),
                rogatory::model::blank_item(&catalog, of).unwrap(),
            )
        })
        .collect();
    vec![
        ("form-catalog.json", pretty(&form)),
        (
            "blanks.json",
            pretty(&serde_json::json!({ "cases": cases, "items": items })),
        ),
    ]
}

#[test]
fn the_core_answers_the_ui_tests_use_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/test/generated");
    for (name, want) in generated() {
        let path = dir.join(name);
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, want).unwrap();
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "ui/src/test/generated/{name} is out of date: run UPDATE_BINDINGS=1 cargo test -p rogatory-app --test bindings"
        );
    }
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
