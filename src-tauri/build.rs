//! Declares the app's commands to Tauri's ACL, so each one has its own
//! `allow-<command>` permission that `capabilities/` grants explicitly.

const COMMANDS: &[&str] = &["app_version"];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
