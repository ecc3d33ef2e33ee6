//! The Rogatory desktop shell: a thin Tauri layer over the `rogatory` core.
//!
//! Everything a user can do lives in the core; this crate only registers
//! commands that forward to it (one file per domain in [`commands`]) and
//! starts the window. The webview is untrusted: it gets no file-system, shell
//! or network access, a strict CSP (`tauri.conf.json`), and only the commands
//! that `capabilities/` grants one by one. [`builder`] and [`context`] are
//! generic over the runtime so tests drive the real IPC on Tauri's mock
//! runtime, without a display.

pub mod commands;
pub mod error;
pub mod state;

/// The app with every command registered, on any runtime.
pub fn builder<R: tauri::Runtime>() -> tauri::Builder<R> {
    let home = rogatory::catalog::default_home();
    tauri::Builder::<R>::new()
        .plugin(tauri_plugin_dialog::init())
        .manage(state::CoreState::load(&home))
        .invoke_handler(tauri::generate_handler![
            commands::app::app_version,
            commands::catalog::catalog_kinds,
            commands::catalog::catalog_get,
            commands::case::case_new,
            commands::case::case_example,
            commands::case::case_blank_item,
            commands::case::case_check,
            commands::document::document_preview,
            commands::files::export_pdf,
            commands::files::case_save,
            commands::files::case_open,
            commands::l10n::l10n_ui,
            commands::l10n::l10n_error,
        ])
}

/// The app's config, capabilities and embedded placeholder page.
pub fn context<R: tauri::Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Runs the desktop app until its last window closes.
pub fn run() {
    builder::<tauri::Wry>()
        .run(context())
        .expect("error while running the Rogatory app");
}
