//! UNTOC art. 18(15) (= UNCAC art. 46(15)): the six elements every MLA request
//! contains. Each row removes one from the complete example.

mod common;
use common::*;
use serde_json::json;

const EX: &str = "mla-fraud-network";

#[test]
fn each_required_element_of_article_18_15() {
    run_table(
        EX,
        &[
            Row {
                remove: "/requesting_authority/name",
                code: "missing-requesting-authority",
                path: "/requesting_authority/name",
                basis: "UNTOC art. 18(15)(a)",
            },
            Row {
                remove: "/proceedings/nature",
                code: "missing-proceedings-nature",
                path: "/proceedings/nature",
                basis: "UNTOC art. 18(15)(b)",
            },
            Row {
                remove: "/proceedings/conducting_authority",
                code: "missing-conducting-authority",
                path: "/proceedings/conducting_authority",
                basis: "UNTOC art. 18(15)(b)",
            },
            Row {
                remove: "/proceedings/conducting_authority_functions",
                code: "missing-conducting-authority-functions",
                path: "/proceedings/conducting_authority_functions",
                basis: "UNTOC art. 18(15)(b)",
            },
            Row {
                remove: "/facts/summary",
                code: "missing-summary-of-facts",
                path: "/facts/summary",
                basis: "UNTOC art. 18(15)(c)",
            },
            Row {
                remove: "/measures",
                code: "missing-assistance-sought",
                path: "/measures",
                basis: "UNTOC art. 18(15)(d)",
            },
            Row {
                remove: "/measures/0/description",
                code: "missing-measure-description",
                path: "/measures/0/description",
                basis: "UNTOC art. 18(15)(d)",
            },
            Row {
                remove: "/persons/0/family_name",
                code: "missing-person-identity",
                path: "/persons/0/family_name",
                basis: "UNTOC art. 18(15)(e)",
            },
            Row {
                remove: "/measures/0/purpose",
                code: "missing-measure-purpose",
                path: "/measures/0/purpose",
                basis: "UNTOC art. 18(15)(f)",
            },
        ],
    );
}

#[test]
fn the_same_elements_cite_uncac_when_the_case_invokes_it() {
    let mut doc = example(EX);
    blank(&mut doc, "/facts/summary");
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "missing-summary-of-facts")
        .unwrap();
    assert!(
        hit.basis.contains(&"UNCAC art. 46(15)(c)".to_string()),
        "{:?}",
        hit.basis
    );
    // The 1988 Convention is not invoked by this case, so it is not cited.
    assert!(
        !hit.basis.iter().any(|b| b.starts_with("1988 Convention")),
        "{:?}",
        hit.basis
    );
}

#[test]
fn a_request_invoking_only_a_bilateral_treaty_cites_every_source() {
    let mut doc = example(EX);
    set(
        &mut doc,
        "/legal_bases",
        json!([{ "instrument": "bilateral", "title": "Treaty between Westmark and Aldora on Mutual Legal Assistance", "articles": "art. 4" }]),
    );
    blank(&mut doc, "/facts/summary");
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "missing-summary-of-facts")
        .unwrap();
    for b in [
        "UNTOC art. 18(15)(c)",
        "UNCAC art. 46(15)(c)",
        "1988 Convention art. 7(10)(c)",
        "UN Model Treaty on MLA art. 5(1)(c)",
    ] {
        assert!(
            hit.basis.iter().any(|x| x == b),
            "{b} missing from {:?}",
            hit.basis
        );
    }
}

#[test]
fn no_summary_of_facts_is_needed_for_service_of_documents_alone() {
    let mut doc = example(EX);
    let service: Vec<_> = doc["measures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "service_of_documents")
        .cloned()
        .collect();
    assert!(!service.is_empty(), "the example has a service measure");
    set(&mut doc, "/measures", json!(service));
    blank(&mut doc, "/facts/summary");
    let f = check(&doc);
    assert!(
        !f.iter().any(|f| f.code == "missing-summary-of-facts"),
        "{f:#?}"
    );
    // ...but it is needed again as soon as another measure is added.
    let mut doc2 = doc.clone();
    doc2["measures"].as_array_mut().unwrap().push(
        json!({ "type": "information_evidence", "description": "x", "purpose": "y", "items": "z" }),
    );
    assert!(check(&doc2)
        .iter()
        .any(|f| f.code == "missing-summary-of-facts"));
}

#[test]
fn every_missing_element_is_reported_at_once() {
    let mut doc = example(EX);
    for p in [
        "/requesting_authority/name",
        "/proceedings/nature",
        "/facts/summary",
        "/measures/0/purpose",
    ] {
        blank(&mut doc, p);
    }
    let codes: Vec<String> = errors(&check(&doc))
        .iter()
        .map(|f| f.code.clone())
        .collect();
    for c in [
        "missing-requesting-authority",
        "missing-proceedings-nature",
        "missing-summary-of-facts",
        "missing-measure-purpose",
    ] {
        assert!(codes.iter().any(|x| x == c), "{c} not in {codes:?}");
    }
}

#[test]
fn urgency_and_confidentiality_need_reasons() {
    let mut doc = example(EX);
    set(&mut doc, "/urgency/urgent", json!(true));
    blank(&mut doc, "/urgency/reason");
    set(&mut doc, "/confidentiality/required", json!(true));
    blank(&mut doc, "/confidentiality/reason");
    let f = check(&doc);
    assert!(f
        .iter()
        .any(|f| f.code == "urgency-without-reason" && f.path == "/urgency/reason"));
    assert!(
        f.iter()
            .any(|f| f.code == "confidentiality-without-reason"
                && f.path == "/confidentiality/reason")
    );
}

#[test]
fn a_requested_date_in_the_past_is_flagged() {
    let mut doc = example(EX);
    set(&mut doc, "/urgency/requested_date", json!("2026-11-01"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "requested-date-past")
        .expect("flagged");
    assert_eq!(
        hit.args.get("today"),
        Some(&rogatory::ArgValue::Str("2026-11-22".into()))
    );
}

#[test]
fn the_request_language_must_be_one_the_requested_state_accepts() {
    let mut doc = example(EX);
    set(&mut doc, "/request/language", json!("ru"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "language-not-accepted")
        .expect("flagged");
    assert_eq!(hit.path, "/request/language");
    assert!(hit.basis.contains(&"UNTOC art. 18(14)".to_string()));
    assert_eq!(
        hit.args.get("accepted_languages"),
        Some(&rogatory::ArgValue::Str("en,fr".into()))
    );
}

#[test]
fn a_country_profile_adds_its_own_requirement() {
    let mut doc = example(EX);
    let i = doc["measures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["type"] == "search_seizure")
        .expect("search measure");
    set(
        &mut doc,
        &format!("/measures/{i}/lawful_in_requesting_state"),
        json!(false),
    );
    let f = check(&doc);
    assert!(
        f.iter().any(|f| f.code == "xa-seizure-lawfulness-statement"
            && f.path == format!("/measures/{i}/lawful_in_requesting_state")),
        "{f:#?}"
    );
    // The same case sent to a State without that requirement does not raise it.
    set(&mut doc, "/requested_state/country", json!("XC"));
    assert!(!check(&doc)
        .iter()
        .any(|f| f.code == "xa-seizure-lawfulness-statement"));
}

#[test]
fn dates_in_the_wrong_format_and_reversed_ranges_are_findings() {
    let mut doc = example(EX);
    set(&mut doc, "/request/date", json!("22/11/2026"));
    let i = doc["measures"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["type"] == "production_of_records")
        .expect("records measure");
    set(
        &mut doc,
        &format!("/measures/{i}/period"),
        json!({ "from": "2025-12-31", "to": "2024-01-01" }),
    );
    let f = check(&doc);
    assert!(
        f.iter()
            .any(|f| f.code == "invalid-date" && f.path == "/request/date"),
        "{f:#?}"
    );
    assert!(
        f.iter().any(
            |f| f.code == "date-range-reversed" && f.path == format!("/measures/{i}/period/to")
        ),
        "{f:#?}"
    );
}

#[test]
fn a_requested_date_before_the_request_itself_is_flagged() {
    let mut doc = example(EX);
    set(&mut doc, "/request/date", json!("2027-06-01"));
    set(&mut doc, "/urgency/requested_date", json!("2027-05-01"));
    let f = check(&doc);
    assert!(
        f.iter()
            .any(|f| f.code == "requested-date-before-request"
                && f.path == "/urgency/requested_date"),
        "{f:#?}"
    );
}

#[test]
fn citing_the_2024_cybercrime_convention_is_advice_to_verify_its_articles() {
    let mut doc = example(EX);
    doc["legal_bases"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "instrument": "uncc2024", "title": "", "articles": "art. 40" }));
    let n = doc["legal_bases"].as_array().unwrap().len() - 1;
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "unconfirmed-instrument-cited")
        .expect("advice");
    assert_eq!(hit.severity, rogatory::Severity::Advice);
    assert_eq!(hit.path, format!("/legal_bases/{n}/instrument"));
    assert!(
        hit.basis.iter().all(|b| b.ends_with("(unconfirmed)")),
        "{:?}",
        hit.basis
    );
}

#[test]
fn citing_a_convention_the_requested_state_has_not_joined_is_flagged() {
    let mut doc = example(EX);
    // The sample State XC is party to UNTOC and Budapest, not to UNCAC.
    set(&mut doc, "/requested_state/country", json!("XC"));
    let i = doc["legal_bases"]
        .as_array()
        .unwrap()
        .iter()
        .position(|b| b["instrument"] == "uncac")
        .expect("UNCAC cited");
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "requested-state-not-party")
        .expect("flagged");
    assert_eq!(hit.path, format!("/legal_bases/{i}/instrument"));
    assert!(!f
        .iter()
        .any(|f| f.code == "requested-state-not-party"
            && doc.pointer(&f.path) == Some(&json!("untoc"))));
}

#[test]
fn argument_values_are_shown_as_labels_in_the_users_language() {
    let mut doc = example(EX);
    set(&mut doc, "/request/channel", json!("network_24_7"));
    set(&mut doc, "/requested_state/country", json!("XB"));
    set(&mut doc, "/request/language", json!("en"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "channel-not-accepted")
        .expect("XB has no 24/7 channel");
    let en = rogatory::validate::try_message(hit, localizer(), "en").unwrap();
    assert!(
        !en.contains("network_24_7") && !en.contains("central_authority"),
        "{en}"
    );
    let expected = localizer()
        .format("en", "choice-channel-network-24-7", &Default::default())
        .unwrap();
    assert!(en.contains(&expected), "{en}");
}
