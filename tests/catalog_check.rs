//! `Catalog::check` finds dangling references: a copy of the shipped
//! templates with one defect at a time.

mod common;
use std::path::Path;

use common::*;
use rogatory::catalog::Problem;
use rogatory::{ArgValue, Catalog};

fn has(p: &[Problem], code: &str, arg: &str, value: &str) -> bool {
    p.iter()
        .any(|p| p.code == code && p.args.get(arg) == Some(&ArgValue::Str(value.into())))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Copies the templates, appends `extra` to `file`, and returns the problems.
fn problems_with(file: &str, extra: &str) -> Vec<Problem> {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&home().join("templates"), dir.path());
    let path = dir.path().join(file);
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    text.push_str(extra);
    std::fs::write(&path, text).unwrap();
    let catalog = Catalog::load(dir.path()).expect("loads");
    catalog.check(localizer())
}

#[test]
fn the_shipped_catalog_is_consistent() {
    assert_eq!(catalog().check(localizer()), Vec::<Problem>::new());
}

#[test]
fn a_rule_naming_a_missing_field_is_reported() {
    let p = problems_with("rules/general.toml", "\n[[rule]]\ncode = \"missing-request-date\"\nseverity = \"error\"\nrequire = \"/request/dat\"\nbasis = [{ instrument = \"untoc\", article = \"18(14)\" }]\n");
    assert!(has(&p, "unknown-path", "path", "/request/dat"), "{p:#?}");
    // The problem reads in the user's language, naming the rule.
    let fr = p
        .iter()
        .find(|p| p.code == "unknown-path")
        .unwrap()
        .message(localizer(), "fr");
    assert!(
        fr.contains("missing-request-date") && fr.contains("/request/dat"),
        "{fr}"
    );
}

#[test]
fn a_basis_naming_no_instrument_is_reported() {
    let p = problems_with("rules/general.toml", "\n[[rule]]\ncode = \"missing-request-date\"\nseverity = \"error\"\nrequire = \"/request/date\"\nbasis = [{ instrument = \"treaty_of_atlantis\", article = \"1\" }]\n");
    assert!(
        has(&p, "unknown-basis", "instrument", "treaty_of_atlantis"),
        "{p:#?}"
    );
}

#[test]
fn a_finding_without_a_message_is_reported_for_every_locale() {
    let p = problems_with("rules/general.toml", "\n[[rule]]\ncode = \"brand-new-check\"\nseverity = \"warning\"\nrequire = \"/request/date\"\nbasis = [{ instrument = \"untoc\", article = \"18(14)\" }]\n");
    let hits = p
        .iter()
        .filter(|p| {
            p.code == "missing-message"
                && p.args.get("id") == Some(&ArgValue::Str("finding-brand-new-check".into()))
        })
        .count();
    assert_eq!(hits, 6, "{p:#?}");
}

#[test]
fn an_unconfirmed_basis_cannot_carry_an_error() {
    let p = problems_with("rules/general.toml", "\n[[rule]]\ncode = \"missing-request-date\"\nseverity = \"error\"\nrequire = \"/request/date\"\nbasis = [{ instrument = \"uncc2024\", article = \"42\" }]\n");
    assert!(
        p.iter()
            .any(|p| p.code == "unconfirmed-not-advice" && p.place.id == "missing-request-date"),
        "{p:#?}"
    );
}

#[test]
fn a_wrong_choice_value_in_a_condition_is_reported() {
    let p = problems_with("rules/general.toml", "\n[[rule]]\ncode = \"missing-request-date\"\nseverity = \"warning\"\nwhen = { field = \"/request/channel\", equals = \"carrier_pigeon\" }\nrequire = \"/request/date\"\nbasis = [{ instrument = \"untoc\", article = \"18(14)\" }]\n");
    assert!(
        has(&p, "not-in-choice-list", "value", "\"carrier_pigeon\""),
        "{p:#?}"
    );
}

#[test]
fn a_malformed_template_is_a_load_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&home().join("templates"), dir.path());
    std::fs::write(
        dir.path().join("kinds.toml"),
        "[[kind]]\nid = \"mla\"\nsections = [\n",
    )
    .unwrap();
    let err = Catalog::load(dir.path()).unwrap_err();
    assert_eq!(err.code(), "catalog-parse");
    assert!(err.to_string().contains("kinds.toml"), "{err}");
}

#[test]
fn a_rule_with_two_checks_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&home().join("templates"), dir.path());
    let path = dir.path().join("rules/general.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[[rule]]\ncode = \"x\"\nseverity = \"error\"\nrequire = \"/request/date\"\nrequire_true = \"/urgency/urgent\"\nbasis = [{ instrument = \"untoc\" }]\n");
    std::fs::write(&path, text).unwrap();
    let err = Catalog::load(dir.path()).unwrap_err();
    assert!(err.to_string().contains("exactly one check"), "{err}");
}
