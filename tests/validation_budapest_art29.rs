//! Budapest Convention art. 29(2) (a)-(f): what an expedited preservation
//! request must specify, and the identifiers it preserves.

mod common;
use common::*;
use serde_json::json;

const EX: &str = "preservation-mailbox";

#[test]
fn each_required_element_of_article_29_2() {
    run_table(
        EX,
        &[
            Row {
                remove: "/requesting_authority/name",
                code: "missing-requesting-authority",
                path: "/requesting_authority/name",
                basis: "Budapest Convention art. 29(2)(a)",
            },
            Row {
                remove: "/offences",
                code: "missing-offence",
                path: "/offences",
                basis: "Budapest Convention art. 29(2)(b)",
            },
            Row {
                remove: "/facts/summary",
                code: "missing-summary-of-facts",
                path: "/facts/summary",
                basis: "Budapest Convention art. 29(2)(b)",
            },
            Row {
                remove: "/preservation/data_description",
                code: "missing-data-to-preserve",
                path: "/preservation/data_description",
                basis: "Budapest Convention art. 29(2)(c)",
            },
            Row {
                remove: "/preservation/identifiers",
                code: "missing-identifiers",
                path: "/preservation/identifiers",
                basis: "Budapest Convention art. 29(2)(c)",
            },
            Row {
                remove: "/preservation/relation_to_offence",
                code: "missing-data-relation",
                path: "/preservation/relation_to_offence",
                basis: "Budapest Convention art. 29(2)(c)",
            },
            Row {
                remove: "/preservation/necessity",
                code: "missing-preservation-necessity",
                path: "/preservation/necessity",
                basis: "Budapest Convention art. 29(2)(e)",
            },
            Row {
                remove: "/preservation/mla_will_follow",
                code: "missing-mla-undertaking",
                path: "/preservation/mla_will_follow",
                basis: "Budapest Convention art. 29(2)(f)",
            },
        ],
    );
}

#[test]
fn the_custodian_or_the_location_of_the_system_is_enough_for_29_2_d() {
    let mut doc = example(EX);
    blank(&mut doc, "/provider/name");
    set(
        &mut doc,
        "/preservation/system_location",
        json!("Servers of the provider in Aldora City"),
    );
    assert!(!check(&doc).iter().any(|f| f.code == "missing-custodian"));
    blank(&mut doc, "/preservation/system_location");
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "missing-custodian")
        .expect("29(2)(d) flagged");
    assert_eq!(hit.path, "/provider/name");
    assert!(hit
        .basis
        .contains(&"Budapest Convention art. 29(2)(d)".to_string()));
}

#[test]
fn an_ip_address_needs_a_timestamp_with_a_zone() {
    let mut doc = example(EX);
    let ids = doc["preservation"]["identifiers"].as_array().unwrap();
    let i = ids
        .iter()
        .position(|x| x["type"] == "ip_address")
        .expect("an IP identifier");
    let ts = format!("/preservation/identifiers/{i}/timestamp");
    set(&mut doc, &ts, json!("2026-10-03T21:14:07"));
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "datetime-without-zone")
        .expect("zone required");
    assert_eq!(hit.path, ts);
    blank(&mut doc, &ts);
    let f = check(&doc);
    assert!(
        f.iter()
            .any(|f| f.code == "ip-without-timestamp" && f.path == ts),
        "{f:#?}"
    );
    set(
        &mut doc,
        &format!("/preservation/identifiers/{i}/value"),
        json!("203.0.113.500"),
    );
    assert!(check(&doc).iter().any(|f| f.code == "invalid-ip-address"));
}

#[test]
fn identifier_values_are_checked_as_their_declared_type() {
    let mut doc = example(EX);
    set(
        &mut doc,
        "/preservation/identifiers",
        json!([
            { "type": "email", "value": "not-an-address" },
            { "type": "url", "value": "https://files.example.org/share/abc" },
            { "type": "account", "value": "any text is an account name" },
        ]),
    );
    let f = check(&doc);
    assert!(f
        .iter()
        .any(|f| f.code == "invalid-email" && f.path == "/preservation/identifiers/0/value"));
    assert!(
        !f.iter()
            .any(|f| f.path.starts_with("/preservation/identifiers/1")
                || f.path.starts_with("/preservation/identifiers/2")),
        "{f:#?}"
    );
}

#[test]
fn preservation_needs_no_dual_criminality_or_legal_basis_rule() {
    // Art. 29(3): dual criminality is not a condition of preservation; the
    // kind carries no legal-basis requirement of the MLA kind.
    let mut doc = example(EX);
    blank(&mut doc, "/legal_bases");
    assert!(errors(&check(&doc)).is_empty());
}
