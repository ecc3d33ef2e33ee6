//! Bad input: a damaged or foreign case file gets a clear error naming where
//! the problem is, never a panic and never silent truncation.

mod common;
use common::*;
use rogatory::{Case, CaseError};
use serde_json::json;

fn parse(text: &str) -> Result<Case, CaseError> {
    Case::parse(text, catalog())
}

fn good() -> serde_json::Value {
    example("preservation-mailbox")
}

#[test]
fn malformed_json_names_line_and_column() {
    let err =
        parse("{\n  \"format\": \"rogatory-case\",\n  \"version\": 1,\n  \"kind\" \"mla\"\n}")
            .unwrap_err();
    match err {
        CaseError::Json { line, column, .. } => assert_eq!((line, column), (4, 10)),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        parse("").unwrap_err(),
        CaseError::Json { line: 1, .. }
    ));
}

#[test]
fn a_truncated_file_is_an_error() {
    let text = serde_json::to_string_pretty(&good()).unwrap();
    for cut in [1, text.len() / 3, text.len() - 2] {
        assert!(
            matches!(parse(&text[..cut]).unwrap_err(), CaseError::Json { .. }),
            "cut at {cut}"
        );
    }
}

#[test]
fn foreign_files_and_unknown_versions_are_refused() {
    assert_eq!(parse("[1, 2]").unwrap_err().code(), "wrong-type");
    assert!(
        matches!(parse(r#"{"format": "something-else", "version": 1}"#).unwrap_err(), CaseError::Format { found } if found == "something-else")
    );
    let mut doc = good();
    doc["version"] = json!(99);
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::Version { found, supported: 1 } if found == "99")
    );
    let mut doc = good();
    doc["version"] = json!("one");
    assert_eq!(
        Case::from_value(doc, catalog()).unwrap_err().code(),
        "version"
    );
    let mut doc = good();
    doc["kind"] = json!("letter_rogatory_of_doom");
    assert!(matches!(
        Case::from_value(doc, catalog()).unwrap_err(),
        CaseError::Kind { .. }
    ));
}

#[test]
fn wrong_types_name_the_field() {
    let mut doc = good();
    doc["facts"]["summary"] = json!(42);
    assert_eq!(
        Case::from_value(doc, catalog()).unwrap_err(),
        CaseError::WrongType {
            path: "/facts/summary".into(),
            expected: "string".into(),
            found: "integer".into()
        }
    );
    let mut doc = good();
    doc["preservation"]["identifiers"] = json!({ "type": "email" });
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::WrongType { path, .. } if path == "/preservation/identifiers")
    );
    let mut doc = good();
    doc["preservation"]["mla_will_follow"] = json!("yes");
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::WrongType { path, expected, .. } if path == "/preservation/mla_will_follow" && expected == "boolean")
    );
}

#[test]
fn unknown_members_are_refused_not_dropped() {
    let mut doc = good();
    doc["facts"]["sumary"] = json!("typo");
    assert_eq!(
        Case::from_value(doc, catalog()).unwrap_err(),
        CaseError::UnknownField {
            path: "/facts/sumary".into()
        }
    );
    // A section that exists, but not for this kind.
    let mut doc = good();
    doc["extradition"] = json!({});
    assert_eq!(
        Case::from_value(doc, catalog()).unwrap_err(),
        CaseError::UnknownField {
            path: "/extradition".into()
        }
    );
}

#[test]
fn measures_must_be_known_and_allowed() {
    let mut doc = example("mla-fraud-network");
    doc["measures"][0]["type"] = json!("teleportation");
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::UnknownMeasure { path, .. } if path == "/measures/0/type")
    );
    let mut doc = example("mla-fraud-network");
    doc["measures"][0]["warp_factor"] = json!(9);
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::UnknownField { path } if path == "/measures/0/warp_factor")
    );
}

#[test]
fn nul_and_control_characters_are_refused_with_their_position() {
    let mut doc = good();
    doc["facts"]["summary"] = json!("The suspect\u{0000} said");
    assert_eq!(
        Case::from_value(doc, catalog()).unwrap_err(),
        CaseError::ControlCharacter {
            path: "/facts/summary".into(),
            codepoint: 0,
            position: 12
        }
    );
    // A raw NUL byte is not even JSON.
    let raw = "{\"format\": \"rogatory-case\u{0000}\"}";
    assert!(matches!(parse(raw).unwrap_err(), CaseError::Json { .. }));
    // Tabs and line breaks are ordinary text.
    let mut doc = good();
    doc["facts"]["summary"] = json!("Line one\r\n\tLine two");
    assert!(Case::from_value(doc, catalog()).is_ok());
}

#[test]
fn a_200000_character_field_is_kept_whole() {
    let long: String = "The accounts were emptied in small transfers. "
        .repeat(4_400)
        .chars()
        .take(200_000)
        .collect();
    let mut doc = good();
    doc["facts"]["summary"] = json!(long);
    let text = serde_json::to_string(&doc).unwrap();
    let case = parse(&text).expect("a long field is allowed");
    assert_eq!(
        case.get("/facts/summary")
            .and_then(|v| v.as_str())
            .map(|s| s.chars().count()),
        Some(200_000)
    );
    assert!(errors(&rogatory::validate(&case, catalog(), today())).is_empty());
    let back = Case::parse(&case.to_json(), catalog()).unwrap();
    assert_eq!(back.get("/facts/summary"), case.get("/facts/summary"));
}

#[test]
fn a_field_beyond_the_limit_is_refused_with_its_size() {
    let mut doc = good();
    doc["facts"]["summary"] = json!("x".repeat(rogatory::model::MAX_FIELD_CHARS + 1));
    assert!(
        matches!(Case::from_value(doc, catalog()).unwrap_err(), CaseError::FieldTooLong { path, .. } if path == "/facts/summary")
    );
}

#[test]
fn deeply_nested_arrays_do_not_overflow_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(parse(&deep).unwrap_err(), CaseError::Json { .. }));
    let nested = format!(
        r#"{{"format":"rogatory-case","version":1,"kind":"mla","facts":{{"summary":{}1{}}}}}"#,
        "[".repeat(120),
        "]".repeat(120)
    );
    assert!(parse(&nested).is_err());
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let big = " ".repeat(rogatory::model::MAX_FILE_BYTES + 1);
    assert!(matches!(
        parse(&big).unwrap_err(),
        CaseError::TooLarge { .. }
    ));
}

#[test]
fn mixed_arabic_and_latin_text_is_ordinary_text() {
    let mut doc = good();
    doc["facts"]["summary"] = json!("استخدم المشتبه به الحساب trader.one@examplemail.example من العنوان 203.0.113.7 في 2026-10-03.");
    let case = Case::from_value(doc, catalog()).expect("accepted");
    assert!(errors(&rogatory::validate(&case, catalog(), today())).is_empty());
}

#[test]
fn a_blank_case_of_every_kind_parses_and_lists_what_is_missing() {
    for kind in &catalog().kinds {
        let case = Case::blank(&kind.id, catalog()).unwrap();
        let reparsed =
            Case::parse(&case.to_json(), catalog()).expect("a blank case is a valid file");
        let findings = rogatory::validate(&reparsed, catalog(), today());
        assert!(
            !errors(&findings).is_empty(),
            "{}: a blank case must have errors",
            kind.id
        );
        assert!(
            findings.iter().all(|f| f.path.starts_with('/')),
            "{}",
            kind.id
        );
    }
}

/// The desktop app appends `blank_item`s to lists as the officer clicks "add";
/// each must be something the parser accepts where it goes, or the first click
/// would turn a good case into an error.
#[test]
fn blank_items_fit_every_list_they_are_added_to() {
    let c = catalog();
    let mla = Case::blank("mla", c).unwrap().doc;
    for m in &c.kind("mla").unwrap().measures {
        let mut doc = mla.clone();
        let item = rogatory::model::blank_item(c, m).unwrap();
        assert_eq!(item["type"], json!(m));
        doc["measures"].as_array_mut().unwrap().push(item);
        Case::from_value(doc, c).unwrap_or_else(|e| panic!("measure {m}: {e:?}"));
    }
    for (section, ty) in [
        ("persons", "person"),
        ("offences", "offence"),
        ("legal_bases", "legal_basis"),
    ] {
        let mut doc = mla.clone();
        let item = rogatory::model::blank_item(c, ty).unwrap();
        assert!(item.is_object(), "{ty}");
        doc[section].as_array_mut().unwrap().push(item);
        Case::from_value(doc, c).unwrap_or_else(|e| panic!("{section}: {e:?}"));
    }
    // A list of a primitive: a case number is a string, a port an integer.
    assert_eq!(rogatory::model::blank_item(c, "text"), Some(json!("")));
    assert_eq!(rogatory::model::blank_item(c, "port"), Some(json!(null)));
    assert_eq!(
        rogatory::model::blank_item(c, "boolean"),
        Some(json!(false))
    );
    assert_eq!(rogatory::model::blank_item(c, "no_such_thing"), None);
}

/// A case file may leave out members it does not use; the app fills them in
/// blank so every field has a control, and that changes no finding.
#[test]
fn filling_in_blank_members_keeps_values_and_findings() {
    let c = catalog();
    for name in [
        "mla-fraud-network",
        "preservation-mailbox",
        "extradition-accused",
    ] {
        let mut doc = example(name);
        let kept = doc["facts"]["summary"].clone();
        assert!(kept.as_str().is_some_and(|s| !s.is_empty()), "{name}");
        // Leave out a whole section, a field, and a field inside a list item.
        doc.as_object_mut().unwrap().remove("signatory");
        doc["facts"].as_object_mut().unwrap().remove("evidence");
        if let Some(first) = doc["offences"].get_mut(0) {
            first.as_object_mut().unwrap().remove("max_penalty");
        }
        let before = check(&doc);
        let case = Case::from_value(doc, c).unwrap();
        let filled = case.filled(c);
        assert_eq!(filled["signatory"]["name"], json!(""), "{name}");
        assert_eq!(filled["facts"]["evidence"], json!(""), "{name}");
        assert_eq!(filled["facts"]["summary"], kept, "{name}");
        if filled["offences"].get(0).is_some() {
            assert_eq!(
                filled["offences"][0]["max_penalty"]["term"],
                json!(""),
                "{name}"
            );
        }
        let after = check(&filled);
        let codes = |f: &[rogatory::Finding]| {
            let mut v: Vec<_> = f.iter().map(|f| (f.code.clone(), f.path.clone())).collect();
            v.sort();
            v
        };
        assert_eq!(codes(&before), codes(&after), "{name}");
    }
}
