//! The six locales: complete, consistent with English, and free of Fluent
//! errors for every message and for every finding the engine can raise.

mod common;
use std::collections::BTreeSet;

use common::*;
use rogatory::i18n::REQUIRED_LANGUAGES;
use rogatory::{ArgValue, Args};
use serde_json::Value;

const NUMERIC: &[&str] = &[
    "index",
    "errors",
    "warnings",
    "advice",
    "problems",
    "rules",
    "measures",
    "kinds",
    "line",
    "column",
    "bytes",
    "max",
    "chars",
    "items",
    "position",
    "supported",
    "runs",
];

fn sample_args(vars: &BTreeSet<String>) -> Args {
    vars.iter()
        .map(|v| {
            let value = if NUMERIC.contains(&v.as_str()) {
                ArgValue::Num(2.0)
            } else {
                ArgValue::Str(format!("<{v}>"))
            };
            (v.clone(), value)
        })
        .collect()
}

#[test]
fn all_six_languages_are_present() {
    let langs = localizer().languages();
    for l in REQUIRED_LANGUAGES {
        assert!(langs.contains(l), "locale {l} missing");
    }
}

#[test]
fn every_locale_has_exactly_the_english_ids() {
    let en: BTreeSet<&str> = localizer().message_ids("en").into_iter().collect();
    for l in REQUIRED_LANGUAGES {
        let ids: BTreeSet<&str> = localizer().message_ids(l).into_iter().collect();
        let missing: Vec<_> = en.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en).collect();
        assert!(missing.is_empty(), "{l} lacks {missing:?}");
        assert!(extra.is_empty(), "{l} has ids English lacks: {extra:?}");
    }
}

#[test]
fn no_translation_uses_a_variable_english_lacks() {
    for l in REQUIRED_LANGUAGES {
        for id in localizer().message_ids("en") {
            let en = localizer().variables("en", id).unwrap();
            if let Some(vars) = localizer().variables(l, id) {
                let extra: Vec<_> = vars.difference(en).collect();
                assert!(extra.is_empty(), "{l}/{id} uses {extra:?}");
            }
        }
    }
}

#[test]
fn every_message_formats_without_error_in_every_language() {
    for l in REQUIRED_LANGUAGES {
        for id in localizer().message_ids("en") {
            let args = sample_args(localizer().variables("en", id).unwrap());
            let text = localizer()
                .format(l, id, &args)
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.trim().is_empty(), "{l}/{id} is empty");
        }
    }
}

#[test]
fn translations_are_translated() {
    // A locale that copies English wholesale is not a translation. Identical
    // strings are fine for names and codes, but not for most sentences.
    for l in REQUIRED_LANGUAGES.iter().filter(|l| **l != "en") {
        let findings: Vec<&str> = localizer()
            .message_ids("en")
            .into_iter()
            .filter(|id| id.starts_with("finding-"))
            .collect();
        let same = findings
            .iter()
            .filter(|id| {
                let args = sample_args(localizer().variables("en", id).unwrap());
                localizer().format("en", id, &args).ok() == localizer().format(l, id, &args).ok()
            })
            .count();
        assert!(
            same * 20 < findings.len(),
            "{l}: {same} of {} finding messages are identical to English",
            findings.len()
        );
    }
}

#[test]
fn the_catalog_and_the_locales_agree() {
    let problems = catalog().check(localizer());
    assert!(problems.is_empty(), "{problems:#?}");
}

fn leaves(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                leaves(x, format!("{path}/{k}"), out);
            }
        }
        Value::Array(a) => {
            if a.is_empty() {
                out.push(path.clone());
            }
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{path}/{i}"), out);
            }
            out.push(path);
        }
        _ => out.push(path),
    }
}

/// Removes every field of every example in turn, collects every finding the
/// engine raises, and formats each one with its own arguments in all six
/// languages: a message that needs an argument its finding does not carry
/// fails here.
#[test]
fn every_raised_finding_formats_with_its_own_arguments() {
    let mut seen = BTreeSet::new();
    for e in &catalog().examples {
        let doc = example(&e.name);
        let mut paths = Vec::new();
        leaves(&doc, String::new(), &mut paths);
        for p in paths
            .iter()
            .filter(|p| !["/format", "/version", "/kind", "/id"].contains(&p.as_str()))
        {
            let mut d = doc.clone();
            blank(&mut d, p);
            // Blanking a measure's type makes a file the parser refuses: no findings.
            let Ok(case) = rogatory::Case::from_value(d, catalog()) else {
                continue;
            };
            for f in rogatory::validate(&case, catalog(), today()) {
                let key = (f.code.clone(), f.args.keys().cloned().collect::<Vec<_>>());
                if !seen.insert(key) {
                    continue;
                }
                for l in REQUIRED_LANGUAGES {
                    rogatory::validate::try_message(&f, localizer(), l).unwrap_or_else(|err| {
                        panic!("{} raised at {} in {}: {err}", f.code, f.path, e.name)
                    });
                }
            }
        }
    }
    assert!(
        seen.len() > 60,
        "only {} distinct findings raised",
        seen.len()
    );
}
