//! The `rogatory` command as a user runs it: exit codes, output formats,
//! localized messages.

mod common;
use std::process::{Command, Output};

use common::*;

fn rogatory(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rogatory"))
        .args(args)
        .env("ROGATORY_HOME", home())
        .env_remove("LANG")
        .env_remove("ROGATORY_LANG")
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write_temp(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    let p = path.display().to_string();
    (dir, p)
}

#[test]
fn a_complete_case_exits_0() {
    let path = example_path("preservation-mailbox").display().to_string();
    let o = rogatory(&["validate", &path, "--today", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("0 errors"), "{}", stdout(&o));
}

#[test]
fn missing_elements_exit_1_with_json_findings() {
    let mut doc = example("preservation-mailbox");
    blank(&mut doc, "/preservation/necessity");
    let (_d, path) = write_temp("case.json", &doc.to_string());
    let o = rogatory(&["validate", &path, "--json", "--today", "2026-11-22"]);
    assert_eq!(o.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON array");
    let f = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "missing-preservation-necessity")
        .expect("finding");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["path"], "/preservation/necessity");
    assert!(f["basis"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b == "Budapest Convention art. 29(2)(e)"));
    assert!(f["message"]
        .as_str()
        .is_some_and(|m| m.len() > 10 && !m.contains("finding-")));
}

#[test]
fn messages_follow_the_chosen_language() {
    let mut doc = example("preservation-mailbox");
    blank(&mut doc, "/preservation/necessity");
    let (_d, path) = write_temp("case.json", &doc.to_string());
    let en = rogatory(&["validate", &path, "--json", "--today", "2026-11-22"]);
    let msg = |o: &Output| -> String {
        let v: serde_json::Value = serde_json::from_str(&stdout(o)).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "missing-preservation-necessity")
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for lang in ["fr", "es", "ru", "ar", "zh"] {
        let o = rogatory(&[
            "validate",
            &path,
            "--json",
            "--lang",
            lang,
            "--today",
            "2026-11-22",
        ]);
        assert_ne!(msg(&o), msg(&en), "{lang}");
    }
    let ar = rogatory(&[
        "validate",
        &path,
        "--json",
        "--lang",
        "ar",
        "--today",
        "2026-11-22",
    ]);
    assert!(msg(&ar)
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
}

#[test]
fn unreadable_input_exits_2_with_the_position() {
    let (_d, path) = write_temp(
        "bad.json",
        "{\n  \"format\": \"rogatory-case\",\n  \"version\": 1,\n  \"kind\" \"mla\"\n}",
    );
    let o = rogatory(&["validate", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.json") && err.contains("line 4") && err.contains("column 10"),
        "{err}"
    );

    let o = rogatory(&["validate", "/nonexistent/case.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/case.json"));

    let (_d, path) = write_temp("latin1.json", "");
    std::fs::write(&path, b"{\"x\": \"caf\xe9\"}").unwrap();
    let o = rogatory(&["validate", &path]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("UTF-8"), "{}", stderr(&o));
}

#[test]
fn wrong_types_exit_2_naming_the_field_in_the_users_language() {
    let mut doc = example("preservation-mailbox");
    doc["facts"]["summary"] = serde_json::json!(["not", "text"]);
    let (_d, path) = write_temp("case.json", &doc.to_string());
    let o = rogatory(&["validate", &path, "--lang", "fr"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("/facts/summary"), "{err}");
    let en = stderr(&rogatory(&["validate", &path]));
    assert_ne!(err, en);
}

#[test]
fn new_gives_a_blank_case_that_validates_with_errors() {
    for kind in [
        "mla",
        "preservation",
        "emergency_disclosure",
        "provider_request",
        "extradition",
        "provisional_arrest",
    ] {
        let o = rogatory(&["new", kind]);
        assert_eq!(o.status.code(), Some(0), "{kind}");
        let (_d, path) = write_temp("new.json", &stdout(&o));
        assert_eq!(
            rogatory(&["validate", &path]).status.code(),
            Some(1),
            "{kind}"
        );
    }
    let o = rogatory(&["new", "letter"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("preservation"));
}

#[test]
fn new_writes_the_file_it_is_asked_to() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.json");
    let o = rogatory(&["new", "extradition", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(doc["kind"], "extradition");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left behind"
    );
}

#[test]
fn examples_lists_and_prints() {
    let o = rogatory(&["examples"]);
    assert_eq!(o.status.code(), Some(0));
    for e in &catalog().examples {
        assert!(stdout(&o).contains(&e.name));
    }
    let o = rogatory(&["examples", "emergency-kidnapping"]);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["kind"], "emergency_disclosure");
    assert_eq!(rogatory(&["examples", "nope"]).status.code(), Some(2));
}

#[test]
fn schema_describes_every_section_and_measure() {
    let o = rogatory(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    for sec in &catalog().sections {
        assert!(s["properties"].get(&sec.id).is_some(), "{}", sec.id);
    }
    for m in &catalog().measures {
        assert!(
            s["$defs"].get(format!("measure-{}", m.id)).is_some(),
            "{}",
            m.id
        );
    }
}

#[test]
fn catalog_check_passes_on_the_shipped_catalog() {
    let o = rogatory(&["catalog", "check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(rogatory(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        rogatory(&["validate", "x.json", "--lang"]).status.code(),
        Some(2)
    );
    assert_eq!(
        rogatory(&["validate", "x.json", "--today", "tomorrow"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(rogatory(&["help"]).status.code(), Some(0));
}

#[test]
fn render_writes_a_pdf_or_refuses_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("req.pdf");
    let path = example_path("emergency-kidnapping").display().to_string();
    let o = rogatory(&[
        "render",
        &path,
        "--lang",
        "ar",
        "--today",
        "2026-11-22",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));

    let mut doc = example("emergency-kidnapping");
    blank(&mut doc, "/emergency/risk_facts");
    let (_d, case) = write_temp("draft.json", &doc.to_string());
    let draft = dir.path().join("draft.pdf");
    let o = rogatory(&[
        "render",
        &case,
        "--today",
        "2026-11-22",
        "-o",
        draft.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("/emergency/risk_facts"),
        "{}",
        stdout(&o)
    );
    assert!(
        !draft.exists(),
        "no PDF is written for a draft without --allow-draft"
    );
    let o = rogatory(&[
        "render",
        &case,
        "--today",
        "2026-11-22",
        "--allow-draft",
        "-o",
        draft.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(draft.exists());

    let (_d, bad) = write_temp("bad.json", "{\"format\": ");
    assert_eq!(
        rogatory(&["render", &bad, "-o", draft.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_damaged_logo_is_a_clear_error_and_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let out = dir.path().join("req.pdf");
    let path = example_path("preservation-mailbox").display().to_string();
    let o = rogatory(&[
        "render",
        &path,
        "--today",
        "2026-11-22",
        "--logo",
        logo.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("logo.png"), "{}", stderr(&o));
    assert!(!out.exists());
    let o = rogatory(&[
        "render",
        &path,
        "--logo",
        "/nonexistent/logo.png",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
}
