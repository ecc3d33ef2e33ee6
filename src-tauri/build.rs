//! Declares the app's commands to Tauri's ACL, so each one has its own
//! `allow-<command>` permission that `capabilities/` grants explicitly.

const COMMANDS: &[&str] = &[
    "app_version",
    "app_set_unsaved",
    "catalog_kinds",
    "catalog_get",
    "case_new",
    "case_example",
    "case_blank_item",
    "case_check",
    "document_preview",
    "export_pdf",
    "case_save",
    "case_open",
    "recent_list",
    "recent_open",
    "settings_get",
    "settings_set",
    "settings_logo_pick",
    "settings_logo_clear",
    "l10n_ui",
    "l10n_error",
    "register_list",
    "register_dashboard",
    "register_open",
    "register_adopt",
    "register_autosave",
    "register_save",
    "register_history",
    "register_restore",
    "register_add_event",
    "register_follow_up",
    "register_import",
    "register_export",
    "register_backup",
    "register_restore_backup",
    "register_incoming",
    "register_additional_information",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
