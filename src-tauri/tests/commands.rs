//! Drives the app's commands through Tauri's real IPC and ACL on the mock
//! runtime: the config and capabilities are the shipped ones, so a command
//! that is registered but not granted fails here too.

use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

fn app() -> App<MockRuntime> {
    // Never the officer's own profile: an empty settings folder for this run.
    static CONFIG: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = CONFIG.get_or_init(|| tempfile::tempdir().unwrap());
    std::env::set_var("ROGATORY_CONFIG_DIR", dir.path());
    // Nor the officer's register.
    std::env::set_var("ROGATORY_DATA_DIR", dir.path().join("data"));
    rogatory_app::builder::<MockRuntime>()
        .build(rogatory_app::context())
        .expect("build the app on the mock runtime")
}

/// The window the capabilities name. The one in `tauri.conf.json` is only
/// created once the event loop runs, which the tests never start.
fn main_window(app: &App<MockRuntime>) -> WebviewWindow<MockRuntime> {
    WebviewWindowBuilder::new(app, "main", Default::default())
        .build()
        .expect("create the main window")
}

fn invoke(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
) -> Result<serde_json::Value, serde_json::Value> {
    invoke_with(window, cmd, serde_json::json!({}))
}

fn invoke_with(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    args: serde_json::Value,
) -> Result<serde_json::Value, serde_json::Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the app's own pages are served from this origin.
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            // The shipped builder draws a random key; mock_builder() would
            // replace it with a fixed one, so ask the app instead.
            invoke_key: window.app_handle().invoke_key().to_owned(),
        },
    )
    .map(|body| body.deserialize::<serde_json::Value>().unwrap())
}

/// The core's `[package]` field, read here independently of `build.rs`.
fn core_package(key: &str) -> String {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml"))
        .expect("read the core manifest");
    let root: toml::Table = text.parse().expect("parse the core manifest");
    match &root["package"][key] {
        toml::Value::String(s) => s.clone(),
        _ => root["workspace"]["package"][key]
            .as_str()
            .unwrap()
            .to_owned(),
    }
}

#[test]
fn app_version_returns_the_core_crate_version() {
    let app = app();
    let window = main_window(&app);

    let response = invoke(&window, "app_version").expect("app_version is granted");

    assert_eq!(response["name"], core_package("name").as_str());
    assert_eq!(response["version"], core_package("version").as_str());
}

#[test]
fn unknown_command_is_rejected() {
    let app = app();
    let window = main_window(&app);

    let error = invoke(&window, "read_any_file").expect_err("unknown commands are rejected");

    let message = error.as_str().unwrap_or_default();
    assert!(message.contains("read_any_file not allowed"), "{error}");
}

#[test]
fn the_start_screen_lists_every_kind_in_the_chosen_language() {
    let app = app();
    let window = main_window(&app);
    let en = invoke_with(
        &window,
        "catalog_kinds",
        serde_json::json!({ "lang": "en" }),
    )
    .unwrap();
    let ar = invoke_with(
        &window,
        "catalog_kinds",
        serde_json::json!({ "lang": "ar" }),
    )
    .unwrap();
    let (en, ar) = (en.as_array().unwrap(), ar.as_array().unwrap());
    assert_eq!(en.len(), 6);
    let pres_en = en.iter().find(|k| k["id"] == "preservation").unwrap();
    let pres_ar = ar.iter().find(|k| k["id"] == "preservation").unwrap();
    assert_ne!(pres_en["label"], pres_ar["label"]);
    assert!(pres_ar["help"]
        .as_str()
        .unwrap()
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert_eq!(pres_en["example"], "preservation-mailbox");
}

#[test]
fn a_blank_case_lists_what_article_29_requires() {
    let app = app();
    let window = main_window(&app);
    let case = invoke_with(
        &window,
        "case_new",
        serde_json::json!({ "kind": "preservation" }),
    )
    .unwrap();
    assert_eq!(case["kind"], "preservation");
    let findings = invoke_with(
        &window,
        "case_check",
        serde_json::json!({ "case": case, "lang": "fr", "today": "2026-11-22" }),
    )
    .unwrap();
    let f = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "missing-mla-undertaking")
        .expect("29(2)(f) missing");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["path"], "/preservation/mla_will_follow");
    assert!(f["basis"]
        .as_array()
        .unwrap()
        .iter()
        .any(|b| b == "Budapest Convention art. 29(2)(f)"));
    assert!(
        !f["message"].as_str().unwrap().is_empty()
            && !f["message"].as_str().unwrap().contains("finding-")
    );
}

#[test]
fn an_example_is_complete_and_previews_in_arabic() {
    let app = app();
    let window = main_window(&app);
    let case = invoke_with(
        &window,
        "case_example",
        serde_json::json!({ "name": "preservation-mailbox" }),
    )
    .unwrap();
    let findings = invoke_with(
        &window,
        "case_check",
        serde_json::json!({ "case": case.clone(), "lang": "en", "today": "2026-11-22" }),
    )
    .unwrap();
    assert!(
        findings
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["severity"] != "error"),
        "{findings}"
    );
    let doc = invoke_with(
        &window,
        "document_preview",
        serde_json::json!({ "case": case, "lang": "ar" }),
    )
    .unwrap();
    assert_eq!(doc["rtl"], true);
    assert!(doc["title"]
        .as_str()
        .unwrap()
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
    assert!(doc["blocks"].as_array().unwrap().len() > 10);
}

#[test]
fn a_foreign_file_comes_back_as_a_code_with_arguments() {
    let app = app();
    let window = main_window(&app);
    let error = invoke_with(
        &window,
        "case_check",
        serde_json::json!({ "case": { "format": "something-else", "version": 1 }, "lang": "en" }),
    )
    .expect_err("refused");
    assert_eq!(error["code"], "case-format");
    assert_eq!(error["args"]["found"], "something-else");
    let error = invoke_with(&window, "case_new", serde_json::json!({ "kind": "letter" }))
        .expect_err("refused");
    assert_eq!(error["code"], "case-kind");
}

/// Every error code the shell can send has its message `error-<code>` in all
/// six languages: the codes the commands name literally, and those of the
/// core's case errors.
#[test]
fn every_ipc_error_code_has_a_message() {
    let home = rogatory::catalog::default_home();
    let l10n = rogatory::Localizer::load(&home.join("locales"), true).unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/commands");
    let mut codes = vec![
        "case-format".to_string(),
        "case-kind".to_string(),
        "case-wrong-type".to_string(),
        "case-json".to_string(),
    ];
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for piece in text.split("IpcError::new(\"").skip(1) {
            codes.push(piece.split('"').next().unwrap().to_string());
        }
    }
    assert!(codes.len() > 4, "{codes:?}");
    for code in codes {
        for lang in rogatory::i18n::REQUIRED_LANGUAGES {
            assert!(
                l10n.has(lang, &format!("error-{code}")),
                "error-{code} missing in {lang}"
            );
        }
    }
}

#[test]
fn the_interface_words_and_errors_come_localized() {
    let app = app();
    let window = main_window(&app);
    let ar = invoke_with(&window, "l10n_ui", serde_json::json!({ "lang": "ar" })).unwrap();
    let en = invoke_with(&window, "l10n_ui", serde_json::json!({ "lang": "en" })).unwrap();
    assert_eq!(en["ui-start-title"], "New request");
    assert_ne!(ar["ui-start-title"], en["ui-start-title"]);
    assert_eq!(ar["ui-language-zh"], "中文");
    let sentence = invoke_with(
        &window,
        "l10n_error",
        serde_json::json!({ "lang": "fr", "error": { "code": "case-format", "args": { "found": "zip" } } }),
    )
    .unwrap();
    assert!(sentence.as_str().unwrap().contains("zip"), "{sentence}");
    let unknown = invoke_with(
        &window,
        "l10n_error",
        serde_json::json!({ "lang": "en", "error": { "code": "no-such-error", "args": {} } }),
    )
    .unwrap();
    assert!(unknown.as_str().unwrap().contains("Rogatory"), "{unknown}");
}

#[test]
fn adding_to_a_list_gets_a_blank_item_and_labels_come_with_the_words() {
    let app = app();
    let window = main_window(&app);
    let person = invoke_with(
        &window,
        "case_blank_item",
        serde_json::json!({ "of": "person" }),
    )
    .unwrap();
    assert_eq!(person["family_name"], "");
    assert_eq!(person["nationality"], serde_json::json!([]));
    let measure = invoke_with(
        &window,
        "case_blank_item",
        serde_json::json!({ "of": "search_seizure" }),
    )
    .unwrap();
    assert_eq!(measure["type"], "search_seizure");
    assert_eq!(measure["relevance"], "");
    let error = invoke_with(
        &window,
        "case_blank_item",
        serde_json::json!({ "of": "spaceship" }),
    )
    .expect_err("refused");
    assert_eq!(error["code"], "unknown-item");
    assert_eq!(error["args"]["name"], "spaceship");

    let fr = invoke_with(&window, "l10n_ui", serde_json::json!({ "lang": "fr" })).unwrap();
    let en = invoke_with(&window, "l10n_ui", serde_json::json!({ "lang": "en" })).unwrap();
    assert_eq!(en["section-preservation"], "Data to be preserved");
    assert_eq!(en["measure-search-seizure"], "Search and seizure");
    for id in [
        "section-preservation",
        "field-preservation-necessity",
        "measure-interception",
    ] {
        assert!(fr[id].is_string(), "{id}");
        assert_ne!(fr[id], en[id], "{id} is not translated");
    }
    // Only what the interface shows: no finding or document wording.
    assert!(en
        .as_object()
        .unwrap()
        .keys()
        .all(|k| !k.starts_with("finding-")));
}

#[test]
fn the_ui_marks_unsaved_changes_for_the_close_prompt() {
    use rogatory_app::commands::app::Unsaved;
    let app = app();
    let window = main_window(&app);
    assert_eq!(app.state::<Unsaved>().pending(), None);
    invoke_with(
        &window,
        "app_set_unsaved",
        serde_json::json!({ "unsaved": true, "lang": "ar" }),
    )
    .unwrap();
    assert_eq!(app.state::<Unsaved>().pending().as_deref(), Some("ar"));
    invoke_with(
        &window,
        "app_set_unsaved",
        serde_json::json!({ "unsaved": false, "lang": "ar" }),
    )
    .unwrap();
    assert_eq!(app.state::<Unsaved>().pending(), None);
}

#[test]
fn a_case_typed_into_the_register_is_kept_found_and_tracked() {
    let app = app();
    let window = main_window(&app);
    let blank = invoke_with(
        &window,
        "case_new",
        serde_json::json!({ "kind": "preservation" }),
    )
    .unwrap();
    let summary = invoke_with(
        &window,
        "register_adopt",
        serde_json::json!({
            "case": blank,
            "direction": "outgoing",
            "details": { "country": null, "received_on": null, "their_reference": null, "follows": null }
        }),
    )
    .expect("register_adopt is granted");
    let id = summary["id"].as_str().unwrap().to_string();
    let mut doc = blank.clone();
    doc["facts"]["summary"] = serde_json::json!("Ransomware at the Saltby hospital");
    let rev = invoke_with(
        &window,
        "register_autosave",
        serde_json::json!({ "id": id, "case": doc }),
    )
    .unwrap();
    assert_eq!(rev["n"], 2);
    assert_eq!(rev["changed"], serde_json::json!(["/facts/summary"]));

    let found = invoke_with(
        &window,
        "register_list",
        serde_json::json!({ "query": { "text": "saltby ransomware", "kind": null, "status": null,
            "direction": null, "country": null, "date_from": null, "date_to": null,
            "due_before": null, "offset": 0, "limit": 0 } }),
    )
    .unwrap();
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["id"], id.as_str());

    invoke_with(
        &window,
        "register_add_event",
        serde_json::json!({ "id": id, "event": { "on": "2026-11-22", "kind": "status", "status": "sent", "note": "" } }),
    )
    .unwrap();
    let history =
        invoke_with(&window, "register_history", serde_json::json!({ "id": id })).unwrap();
    assert_eq!(history["summary"]["status"], "sent");
    assert_eq!(history["events"].as_array().unwrap().len(), 1);

    let missing = invoke_with(
        &window,
        "register_history",
        serde_json::json!({ "id": "nope" }),
    )
    .expect_err("an unknown case is an error");
    assert_eq!(missing["code"], "register-no-case");
    assert_eq!(missing["args"]["id"], "nope");
    let bad_date = invoke_with(
        &window,
        "register_add_event",
        serde_json::json!({ "id": id, "event": { "on": "22/11/2026", "kind": "note", "status": null, "note": "x" } }),
    )
    .expect_err("a date in the wrong format is refused");
    assert_eq!(bad_date["code"], "register-bad-date");
}
