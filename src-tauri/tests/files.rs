//! The file commands' logic, without the native dialog: export refuses a draft
//! unless asked, saving is atomic, opening a damaged file changes nothing.

use rogatory_app::commands::files::{read_case, render_pdf, write_case};
use rogatory_app::state::CoreState;

fn core() -> rogatory_app::state::Core {
    CoreState::load(&rogatory::catalog::default_home())
        .0
        .expect("catalog and locales load")
}

fn example(core: &rogatory_app::state::Core, name: &str) -> serde_json::Value {
    read_case(core, &core.catalog.example(name).unwrap().path).unwrap()
}

#[test]
fn export_refuses_a_draft_unless_asked() {
    let core = core();
    let mut case = example(&core, "preservation-mailbox");
    assert!(render_pdf(&core, case.clone(), "zh", false, None)
        .unwrap()
        .starts_with(b"%PDF-"));
    case["preservation"]["necessity"] = serde_json::json!("");
    let err = render_pdf(&core, case.clone(), "en", false, None).unwrap_err();
    assert_eq!(err.code, "draft-refused");
    assert!(render_pdf(&core, case, "en", true, None)
        .unwrap()
        .starts_with(b"%PDF-"));
}

#[test]
fn a_saved_case_opens_again_unchanged() {
    let core = core();
    let case = example(&core, "extradition-convicted-ar");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("case.json");
    write_case(&core, case.clone(), &path).unwrap();
    assert_eq!(read_case(&core, &path).unwrap(), case);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn a_damaged_file_is_an_error_and_the_file_is_left_alone() {
    let core = core();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.json");
    std::fs::write(
        &path,
        "{\"format\": \"rogatory-case\", \"version\": 1, \"kind\": \"mla\", ",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = read_case(&core, &path).unwrap_err();
    assert_eq!(err.code, "case-json");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let err = read_case(&core, &dir.path().join("missing.json")).unwrap_err();
    assert_eq!(err.code, "file-io");
    // An invalid case is not written at all.
    let target = dir.path().join("out.json");
    let err = write_case(&core, serde_json::json!({ "format": "other" }), &target).unwrap_err();
    assert_eq!(err.code, "case-format");
    assert!(!target.exists());
}
