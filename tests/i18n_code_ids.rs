//! Every message id the Rust code names literally exists in every locale.
//! (Ids built from catalog data are checked by `Catalog::check`.)

mod common;
use common::*;
use rogatory::i18n::REQUIRED_LANGUAGES;

const PREFIXES: &[&str] = &["cli-", "error-", "doc-", "list-", "finding-"];

fn literal_ids(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in source.split('"').skip(1).step_by(2) {
        let is_id = PREFIXES.iter().any(|p| piece.starts_with(p))
            && piece.len() > 5
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !piece.ends_with('-');
        if is_id {
            out.push(piece.to_string());
        }
    }
    out
}

#[test]
fn ids_named_in_the_code_exist_in_every_locale() {
    let mut checked = 0;
    for entry in std::fs::read_dir(home().join("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for id in literal_ids(&text) {
            checked += 1;
            for lang in REQUIRED_LANGUAGES {
                assert!(
                    localizer().has(lang, &id),
                    "{}: {id} missing in {lang}",
                    path.display()
                );
            }
        }
    }
    assert!(checked > 30, "only {checked} ids found");
    // Error codes become ids as `error-<code>`.
    for code in ["catalog-read", "catalog-parse", "catalog-invalid"] {
        for lang in REQUIRED_LANGUAGES {
            assert!(
                localizer().has(lang, &format!("error-{code}")),
                "error-{code} missing in {lang}"
            );
        }
    }
}

/// The ids the web UI names exist in every locale.
#[test]
fn ids_named_in_the_ui_exist_in_every_locale() {
    let mut stack = vec![home().join("ui/src")];
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("bindings") {
                    stack.push(path);
                }
                continue;
            }
            let name = path.to_string_lossy();
            if !(name.ends_with(".ts") || name.ends_with(".svelte"))
                || name.contains(".test.")
                || name.contains("/test/")
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for quote in ['\'', '"'] {
                for piece in text.split(quote).skip(1).step_by(2) {
                    let is_id = piece.starts_with("ui-")
                        && piece.len() > 4
                        && piece
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !piece.ends_with('-');
                    if is_id {
                        checked += 1;
                        for lang in REQUIRED_LANGUAGES {
                            assert!(
                                localizer().has(lang, piece),
                                "{}: {piece} missing in {lang}",
                                path.display()
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 5, "only {checked} ui ids found");
}
