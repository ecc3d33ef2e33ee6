//! An incoming request that lacks elements: the letter asking its sender for
//! them, in the sender's language, lists each missing element with its legal
//! basis, cites UNTOC art. 18(16) only where the request invokes UNTOC, and
//! comes out as a sound PDF whose text says so (pdftotext, qpdf).

mod common;

use std::process::Command;

use common::*;
use rogatory::compose::{additional_information, OwnAuthority};
use rogatory::{validate, Case, Severity};
use serde_json::json;

fn us() -> OwnAuthority {
    OwnAuthority {
        name: "Central Authority of Corvania (sample)".into(),
        address: "1 Justice Square, Corvan".into(),
        signatory: "A. Officer".into(),
        function: "Head of International Cooperation".into(),
        place: "Corvan".into(),
    }
}

#[test]
fn the_letter_lists_what_the_request_lacks_in_the_senders_language() {
    // A French request invoking UNTOC, without its summary of facts.
    let mut doc = example("mla-fraud-network");
    doc["request"]["language"] = json!("fr");
    doc["facts"]["summary"] = json!("");
    let case = Case::from_value(doc, catalog()).unwrap();
    let findings = validate(&case, catalog(), today());
    let missing: Vec<_> = findings
        .iter()
        .filter(|f| f.severity != Severity::Advice)
        .collect();
    assert!(!missing.is_empty(), "the request lacks its facts");

    let letter = additional_information(&case, &findings, localizer(), &us(), "fr", today());
    assert_eq!(letter.lang, "fr");
    let texts = letter.texts().join("\n");
    assert!(
        texts.contains("Demande d’informations complémentaires"),
        "{texts}"
    );
    assert!(
        texts.contains("paragraphe 16 de l’article 18"),
        "cites UNTOC art. 18(16): {texts}"
    );
    for f in &missing {
        let message = rogatory::validate::message(f, localizer(), "fr");
        assert!(texts.contains(&message), "the letter lists “{message}”");
    }
    assert!(texts.contains(case.get("/request/reference").unwrap().as_str().unwrap()));

    let pdf = rogatory::render_document(letter, today().at(9, 0, 0, 0)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    let p = path.to_str().unwrap();
    let check = Command::new("qpdf")
        .args(["--check", p])
        .output()
        .expect("qpdf");
    assert!(
        check.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&check.stdout)
    );
    let text = Command::new("pdftotext")
        .args([p, "-"])
        .output()
        .expect("pdftotext");
    let text = squash(&String::from_utf8_lossy(&text.stdout));
    assert!(
        text.contains(&squash("Demande d’informations complémentaires")),
        "{text}"
    );
    assert!(text.contains(&squash(&rogatory::validate::message(
        missing[0],
        localizer(),
        "fr"
    ))));
}

#[test]
fn without_untoc_the_letter_names_no_article_and_works_in_arabic_and_chinese() {
    let mut doc = example("extradition-convicted-ar");
    doc["persons"] = json!([]);
    let case = Case::from_value(doc, catalog()).unwrap();
    assert!(
        !serde_json::to_string(&case.doc["legal_bases"])
            .unwrap()
            .contains("\"untoc\""),
        "this example invokes no UNTOC"
    );
    let findings = validate(&case, catalog(), today());
    for lang in ["ar", "zh"] {
        let letter = additional_information(&case, &findings, localizer(), &us(), lang, today());
        let texts = letter.texts().join("\n");
        let generic = localizer().text(
            lang,
            "doc-additional-information-basis",
            &Default::default(),
        );
        let untoc = localizer().text(
            lang,
            "doc-additional-information-basis-untoc",
            &Default::default(),
        );
        assert!(texts.contains(&generic), "{lang}: {texts}");
        assert!(!texts.contains(&untoc), "{lang}: no UNTOC article is cited");
        assert_eq!(letter.rtl, lang == "ar");
        let pdf = rogatory::render_document(letter, today().at(9, 0, 0, 0)).unwrap();
        assert!(pdf.bytes.starts_with(b"%PDF-"));
    }
}
