//! Drives the app's commands through Tauri's real IPC and ACL on the mock
//! runtime: the config and capabilities are the shipped ones, so a command
//! that is registered but not granted fails here too.

use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, MockRuntime};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

fn app() -> App<MockRuntime> {
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
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            // On Linux the app's own pages are served from this origin.
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::default(),
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
