//! The interface's own words, in the interface language: the webview runs no
//! Fluent of its own, so the UI and the PDF format every message the same way.

use std::collections::BTreeMap;

use rogatory::Args;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

/// The prefixes of the messages the interface shows without arguments: its
/// own words, the register's labels (statuses, directions, events, revision
/// origins, deadlines), and the catalog's labels for kinds, sections, fields,
/// measures, choices and instruments, so the forms need no second round trip.
const SHOWN: [&str; 12] = [
    "ui-",
    "status-",
    "direction-",
    "event-",
    "origin-",
    "deadline-",
    "kind-",
    "section-",
    "field-",
    "measure-",
    "choice-",
    "instrument-",
];

/// Every message of `lang` the interface shows, by id.
#[tauri::command]
pub fn l10n_ui(
    state: State<'_, CoreState>,
    lang: String,
) -> Result<BTreeMap<String, String>, IpcError> {
    let l10n = &state.get()?.l10n;
    Ok(l10n
        .message_ids(rogatory::i18n::FALLBACK)
        .into_iter()
        .filter(|id| SHOWN.iter().any(|p| id.starts_with(p)))
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
