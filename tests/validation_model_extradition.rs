//! UN Model Treaty on Extradition art. 5(2) (documents for each posture) and
//! art. 9 (provisional arrest), with the death-penalty assurance of art. 4(d).

mod common;
use common::*;
use serde_json::json;

#[test]
fn article_5_2_for_an_accused_person() {
    run_table(
        "extradition-accused",
        &[
            Row {
                remove: "/persons",
                code: "missing-person-sought",
                path: "/persons",
                basis: "UN Model Treaty on Extradition art. 5(2)(a)",
            },
            Row {
                remove: "/offences",
                code: "missing-offence",
                path: "/offences",
                basis: "UN Model Treaty on Extradition art. 5(2)(b)",
            },
            Row {
                remove: "/offences/0/text_of_law",
                code: "missing-offence-text-of-law",
                path: "/offences/0/text_of_law",
                basis: "UN Model Treaty on Extradition art. 5(2)(b)",
            },
            Row {
                remove: "/offences/0/max_penalty",
                code: "missing-offence-penalty",
                path: "/offences/0/max_penalty",
                basis: "UN Model Treaty on Extradition art. 5(2)(b)",
            },
            Row {
                remove: "/facts/summary",
                code: "missing-summary-of-facts",
                path: "/facts/summary",
                basis: "UN Model Treaty on Extradition art. 5(2)(c)",
            },
            Row {
                remove: "/offences/0/committed_on",
                code: "missing-offence-time",
                path: "/offences/0/committed_on",
                basis: "UN Model Treaty on Extradition art. 5(2)(c)",
            },
            Row {
                remove: "/offences/0/committed_at",
                code: "missing-offence-place",
                path: "/offences/0/committed_at",
                basis: "UN Model Treaty on Extradition art. 5(2)(c)",
            },
            Row {
                remove: "/extradition/warrant/issuing_authority",
                code: "missing-warrant",
                path: "/extradition/warrant/issuing_authority",
                basis: "UN Model Treaty on Extradition art. 5(2)(c)",
            },
            Row {
                remove: "/extradition/warrant/date",
                code: "missing-warrant-date",
                path: "/extradition/warrant/date",
                basis: "UN Model Treaty on Extradition art. 5(2)(c)",
            },
            Row {
                remove: "/extradition/posture",
                code: "missing-extradition-posture",
                path: "/extradition/posture",
                basis: "UN Model Treaty on Extradition art. 5(2)",
            },
        ],
    );
}

#[test]
fn the_person_sought_must_be_identified() {
    let mut doc = example("extradition-accused");
    let i = doc["persons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|p| p["role"] == "person_sought")
        .unwrap();
    blank(&mut doc, &format!("/persons/{i}/family_name"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "missing-person-identity")
        .expect("flagged");
    assert_eq!(hit.path, format!("/persons/{i}/family_name"));
    assert!(hit
        .basis
        .contains(&"UN Model Treaty on Extradition art. 5(2)(a)".to_string()));
}

#[test]
fn article_5_2_d_for_a_convicted_person() {
    run_table(
        "extradition-convicted-ar",
        &[
            Row {
                remove: "/extradition/judgment/court",
                code: "missing-judgment",
                path: "/extradition/judgment/court",
                basis: "UN Model Treaty on Extradition art. 5(2)(d)",
            },
            Row {
                remove: "/extradition/judgment/date",
                code: "missing-judgment-date",
                path: "/extradition/judgment/date",
                basis: "UN Model Treaty on Extradition art. 5(2)(d)",
            },
            Row {
                remove: "/extradition/judgment/enforceable",
                code: "missing-enforceability-statement",
                path: "/extradition/judgment/enforceable",
                basis: "UN Model Treaty on Extradition art. 5(2)(d)",
            },
            Row {
                remove: "/extradition/judgment/remaining",
                code: "missing-sentence-remaining",
                path: "/extradition/judgment/remaining",
                basis: "UN Model Treaty on Extradition art. 5(2)(d)",
            },
        ],
    );
}

#[test]
fn article_5_2_e_for_a_person_convicted_in_absentia() {
    run_table(
        "extradition-in-absentia",
        &[
            Row {
                remove: "/extradition/retrial_statement",
                code: "missing-retrial-statement",
                path: "/extradition/retrial_statement",
                basis: "UN Model Treaty on Extradition art. 5(2)(e)",
            },
            Row {
                remove: "/extradition/judgment/remaining",
                code: "missing-sentence-remaining",
                path: "/extradition/judgment/remaining",
                basis: "UN Model Treaty on Extradition art. 5(2)(d)",
            },
        ],
    );
}

#[test]
fn article_5_2_f_for_a_person_convicted_and_not_yet_sentenced() {
    run_table(
        "extradition-not-sentenced",
        &[
            Row {
                remove: "/extradition/sentence_to_be_imposed",
                code: "missing-sentence-statement",
                path: "/extradition/sentence_to_be_imposed",
                basis: "UN Model Treaty on Extradition art. 5(2)(f)",
            },
            Row {
                remove: "/extradition/judgment/court",
                code: "missing-judgment",
                path: "/extradition/judgment/court",
                basis: "UN Model Treaty on Extradition art. 5(2)(f)",
            },
        ],
    );
}

#[test]
fn a_death_penalty_assurance_is_required_when_death_can_be_imposed() {
    run_table(
        "extradition-in-absentia",
        &[Row {
            remove: "/undertakings/death_penalty",
            code: "missing-death-penalty-assurance",
            path: "/undertakings/death_penalty",
            basis: "UN Model Treaty on Extradition art. 4(d)",
        }],
    );
    // No death penalty, no assurance needed.
    let mut doc = example("extradition-accused");
    blank(&mut doc, "/undertakings/death_penalty");
    assert!(!check(&doc)
        .iter()
        .any(|f| f.code == "missing-death-penalty-assurance"));
}

#[test]
fn the_posture_decides_which_documents_are_required() {
    // An accused person's request does not need a judgment, and vice versa.
    let mut doc = example("extradition-accused");
    blank(&mut doc, "/extradition/judgment");
    assert!(!check(&doc)
        .iter()
        .any(|f| f.code.starts_with("missing-judgment")));
    set(&mut doc, "/extradition/posture", json!("convicted"));
    let f = check(&doc);
    assert!(f.iter().any(|f| f.code == "missing-judgment"));
    assert!(!f.iter().any(|f| f.code == "missing-warrant"));
}

#[test]
fn a_state_requiring_prima_facie_evidence_needs_an_evidence_summary() {
    let mut doc = example("extradition-accused");
    set(&mut doc, "/requested_state/country", json!("XB"));
    set(&mut doc, "/request/language", json!("en"));
    blank(&mut doc, "/extradition/evidence_summary");
    let f = check(&doc);
    assert!(
        f.iter()
            .any(|f| f.code == "missing-evidence-summary"
                && f.path == "/extradition/evidence_summary"),
        "{f:#?}"
    );
}

#[test]
fn article_9_provisional_arrest() {
    run_table(
        "provisional-arrest-fugitive",
        &[
            Row {
                remove: "/persons",
                code: "missing-person-sought",
                path: "/persons",
                basis: "UN Model Treaty on Extradition art. 9",
            },
            Row {
                remove: "/provisional_arrest/extradition_will_follow",
                code: "missing-extradition-undertaking",
                path: "/provisional_arrest/extradition_will_follow",
                basis: "UN Model Treaty on Extradition art. 9",
            },
            Row {
                remove: "/provisional_arrest/warrant_or_judgment",
                code: "missing-warrant-statement",
                path: "/provisional_arrest/warrant_or_judgment",
                basis: "UN Model Treaty on Extradition art. 9",
            },
            Row {
                remove: "/offences/0/max_penalty",
                code: "missing-offence-penalty",
                path: "/offences/0/max_penalty",
                basis: "UN Model Treaty on Extradition art. 9",
            },
            Row {
                remove: "/facts/summary",
                code: "missing-summary-of-facts",
                path: "/facts/summary",
                basis: "UN Model Treaty on Extradition art. 9",
            },
        ],
    );
}

#[test]
fn a_warrant_dated_after_the_request_is_flagged_at_the_warrant() {
    let mut doc = example("extradition-accused");
    set(&mut doc, "/extradition/warrant/date", json!("2099-01-01"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "document-dated-after-request")
        .expect("flagged");
    assert_eq!(hit.path, "/extradition/warrant/date");
}
