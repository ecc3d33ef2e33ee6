//! The shipped example cases: one complete case per request kind and per
//! extradition posture, each free of error-level findings.

mod common;
use common::*;
use rogatory::Case;

#[test]
fn every_example_is_complete() {
    assert!(!catalog().examples.is_empty());
    for e in &catalog().examples {
        let text = std::fs::read_to_string(&e.path).unwrap();
        let case = Case::parse(&text, catalog()).unwrap_or_else(|err| panic!("{}: {err}", e.name));
        let findings = rogatory::validate(&case, catalog(), today());
        assert!(
            errors(&findings).is_empty(),
            "{}: {:#?}",
            e.name,
            errors(&findings)
        );
    }
}

#[test]
fn every_kind_and_posture_has_an_example() {
    for k in &catalog().kinds {
        assert!(
            catalog().examples.iter().any(|e| e.kind == k.id),
            "no example of {}",
            k.id
        );
    }
    for posture in &catalog().choices["extradition_posture"] {
        let found = catalog().examples.iter().any(|e| {
            let doc = example(&e.name);
            doc["kind"] == "extradition" && doc["extradition"]["posture"] == posture.as_str()
        });
        assert!(found, "no extradition example for posture {posture}");
    }
}

#[test]
fn the_largest_example_exercises_many_measures() {
    let doc = example("mla-fraud-network");
    let types: std::collections::BTreeSet<&str> = doc["measures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["type"].as_str())
        .collect();
    assert!(types.len() >= 8, "{types:?}");
}

#[test]
fn examples_use_only_sample_states_and_providers() {
    for e in &catalog().examples {
        let doc = example(&e.name);
        let cc = doc["requested_state"]["country"]
            .as_str()
            .unwrap_or_default();
        let profile = catalog()
            .country(cc)
            .unwrap_or_else(|| panic!("{}: no profile for {cc}", e.name));
        assert!(profile.sample, "{}", e.name);
        if let Some(p) = doc
            .pointer("/provider/profile")
            .and_then(|v| v.as_str())
            .filter(|p| !p.is_empty())
        {
            assert!(
                catalog().provider(p).is_some_and(|p| p.sample),
                "{}: {p}",
                e.name
            );
        }
    }
}
