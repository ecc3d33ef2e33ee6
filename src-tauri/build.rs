//! Declares the app's commands to Tauri's ACL, so each one has its own
//! `allow-<command>` permission that `capabilities/` grants explicitly, and
//! reads the core crate's name and version for the `app_version` command.

const COMMANDS: &[&str] = &["app_version"];

fn main() {
    emit_core_package();
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}

/// The core crate exposes no version accessor yet, and `CARGO_PKG_VERSION`
/// here would be the shell's, so take the core's from its manifest.
fn emit_core_package() {
    let manifest = "../Cargo.toml";
    println!("cargo:rerun-if-changed={manifest}");
    let text = std::fs::read_to_string(manifest).expect("read the core crate's Cargo.toml");
    let root: toml::Table = text.parse().expect("parse the core crate's Cargo.toml");
    let package = root["package"]
        .as_table()
        .expect("[package] in the core manifest");
    let field = |key: &str| -> String {
        match &package[key] {
            toml::Value::String(s) => s.clone(),
            // `key.workspace = true`: the value lives in [workspace.package].
            _ => root["workspace"]["package"][key]
                .as_str()
                .unwrap_or_else(|| panic!("core package {key} not found"))
                .to_owned(),
        }
    };
    println!("cargo:rustc-env=ROGATORY_CORE_NAME={}", field("name"));
    println!("cargo:rustc-env=ROGATORY_CORE_VERSION={}", field("version"));
}
