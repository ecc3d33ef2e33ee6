//! The interface's own words, in the interface language: the webview runs no
//! Fluent of its own, so the UI and the PDF format every message the same way.

use std::collections::BTreeMap;

use rogatory::Args;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

/// Every `ui-*` message of `lang` (they take no arguments).
#[tauri::command]
pub fn l10n_ui(
    state: State<'_, CoreState>,
    lang: String,
) -> Result<BTreeMap<String, String>, IpcError> {
    let l10n = &state.get()?.l10n;
    Ok(l10n
        .message_ids(rogatory::i18n::FALLBACK)
        .into_iter()
        .filter(|id| id.starts_with("ui-"))
        .map(|id| (id.to_string(), l10n.text(&lang, id, &Args::new())))
        .collect())
}

/// An error from any command, as a sentence in `lang`.
#[tauri::command]
pub fn l10n_error(
    state: State<'_, CoreState>,
    lang: String,
    error: IpcError,
) -> Result<String, IpcError> {
    let l10n = &state.get()?.l10n;
    let id = format!("error-{}", error.code);
    Ok(l10n
        .format(&lang, &id, &error.args)
        .unwrap_or_else(|_| l10n.text(&lang, "error-internal", &Args::new())))
}
