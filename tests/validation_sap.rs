//! Second Additional Protocol to the Budapest Convention: art. 7 (orders to a
//! service provider for subscriber information) and art. 9 (emergency
//! disclosure through the 24/7 network).

mod common;
use common::*;
use serde_json::json;

#[test]
fn article_7_order_contents() {
    run_table(
        "provider-subscriber-order",
        &[
            Row {
                remove: "/requesting_authority/name",
                code: "missing-requesting-authority",
                path: "/requesting_authority/name",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/request/date",
                code: "missing-request-date",
                path: "/request/date",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/legal_bases",
                code: "missing-sap-legal-basis",
                path: "/legal_bases",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/provider/name",
                code: "missing-provider",
                path: "/provider/name",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/provider/address",
                code: "missing-provider-address",
                path: "/provider/address",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/offences",
                code: "missing-offence",
                path: "/offences",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/provider_request/data_description",
                code: "missing-data-description",
                path: "/provider_request/data_description",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/provider_request/identifiers",
                code: "missing-identifiers",
                path: "/provider_request/identifiers",
                basis: "Second Additional Protocol art. 7(3)",
            },
            Row {
                remove: "/provider_request/notification_made",
                code: "missing-simultaneous-notification",
                path: "/provider_request/notification_made",
                basis: "Second Additional Protocol art. 7",
            },
        ],
    );
}

#[test]
fn an_article_7_order_covers_subscriber_information_only() {
    let mut doc = example("provider-subscriber-order");
    set(
        &mut doc,
        "/provider_request/data_categories",
        json!(["subscriber", "content"]),
    );
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "order-beyond-subscriber-information")
        .expect("flagged");
    assert_eq!(hit.path, "/provider_request/data_categories/1");
}

#[test]
fn a_voluntary_request_is_checked_against_the_provider_profile() {
    let mut doc = example("provider-voluntary");
    assert!(errors(&check(&doc)).is_empty());
    set(
        &mut doc,
        "/provider_request/data_categories",
        json!(["subscriber", "traffic"]),
    );
    let f = check(&doc);
    let hit = f
        .iter()
        .find(|f| f.code == "provider-does-not-disclose")
        .expect("flagged");
    assert_eq!(hit.path, "/provider_request/data_categories/1");
    assert_eq!(
        hit.args.get("category"),
        Some(&rogatory::ArgValue::Str("traffic".into()))
    );
}

#[test]
fn article_9_emergency_disclosure() {
    run_table(
        "emergency-kidnapping",
        &[
            Row {
                remove: "/emergency/risk_facts",
                code: "missing-emergency-facts",
                path: "/emergency/risk_facts",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/emergency/link_to_data",
                code: "missing-emergency-link",
                path: "/emergency/link_to_data",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/emergency/data_description",
                code: "missing-data-description",
                path: "/emergency/data_description",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/provider/name",
                code: "missing-provider",
                path: "/provider/name",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/legal_bases",
                code: "missing-sap-legal-basis",
                path: "/legal_bases",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/offences",
                code: "missing-offence",
                path: "/offences",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/requesting_authority/name",
                code: "missing-requesting-authority",
                path: "/requesting_authority/name",
                basis: "Second Additional Protocol art. 9",
            },
            Row {
                remove: "/request/date",
                code: "missing-request-date",
                path: "/request/date",
                basis: "Second Additional Protocol art. 9",
            },
        ],
    );
}

#[test]
fn a_direct_emergency_request_to_a_provider_is_not_held_to_article_9() {
    let mut doc = example("emergency-kidnapping");
    set(&mut doc, "/emergency/route", json!("provider_direct"));
    blank(&mut doc, "/legal_bases");
    blank(&mut doc, "/offences");
    let f = check(&doc);
    assert!(
        !f.iter()
            .any(|f| f.code == "missing-sap-legal-basis" || f.code == "missing-offence"),
        "{f:#?}"
    );
    // The emergency itself and its link to the data are still required.
    blank(&mut doc, "/emergency/risk_facts");
    assert!(check(&doc)
        .iter()
        .any(|f| f.code == "missing-emergency-facts"));
}
