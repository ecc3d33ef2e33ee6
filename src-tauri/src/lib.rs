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
    let core = state::CoreState::load(&home);
    let register =
        commands::register::RegisterState::open(&rogatory::register::default_path(), &core);
    tauri::Builder::<R>::new()
        .plugin(tauri_plugin_dialog::init())
        .manage(core)
        .manage(register)
        .manage(commands::app::Unsaved::default())
        .manage(commands::settings::SettingsStore::new(
            commands::settings::SettingsStore::default_dir(),
        ))
        .on_window_event(ask_before_losing_changes)
        .invoke_handler(tauri::generate_handler![
            commands::app::app_version,
            commands::app::app_set_unsaved,
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
            commands::recent::recent_list,
            commands::recent::recent_open,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::settings::settings_logo_pick,
            commands::settings::settings_logo_clear,
            commands::l10n::l10n_ui,
            commands::l10n::l10n_error,
            commands::register::register_list,
            commands::register::register_dashboard,
            commands::register::register_open,
            commands::register::register_adopt,
            commands::register::register_autosave,
            commands::register::register_save,
            commands::register::register_history,
            commands::register::register_restore,
            commands::register::register_add_event,
            commands::register::register_follow_up,
            commands::register::register_import,
            commands::register::register_export,
            commands::register::register_backup,
            commands::register::register_restore_backup,
            commands::register::register_incoming,
            commands::register::register_additional_information,
        ])
}

/// Closing the window while the case has unsaved changes asks, in the
/// interface language, whether to close and lose them; the default answer
/// keeps the window open.
fn ask_before_losing_changes<R: tauri::Runtime>(
    window: &tauri::Window<R>,
    event: &tauri::WindowEvent,
) {
    use tauri::Manager;
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
    let tauri::WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    let Some(lang) = window.state::<commands::app::Unsaved>().pending() else {
        return;
    };
    let core_state = window.state::<state::CoreState>();
    let Ok(core) = core_state.get() else {
        return;
    };
    api.prevent_close();
    let say = |id: &str| core.l10n.text(&lang, id, &rogatory::Args::new());
    let closing = window.clone();
    window
        .dialog()
        .message(say("ui-close-unsaved-body"))
        .title(say("ui-close-unsaved-title"))
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom(
            say("ui-close-unsaved-discard"),
            say("ui-close-unsaved-keep"),
        ))
        .show(move |discard| {
            if discard {
                let _ = closing
                    .app_handle()
                    .state::<commands::app::Unsaved>()
                    .0
                    .lock()
                    .map(|mut g| *g = None);
                let _ = closing.destroy();
            }
        });
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
