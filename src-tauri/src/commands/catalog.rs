//! What can be drafted: the kinds of request and the catalog behind the forms.

use rogatory::catalog::fluent_id;
use rogatory::Args;
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

#[derive(Debug, Serialize)]
pub struct KindInfo {
    pub id: String,
    pub label: String,
    pub help: String,
    pub example: Option<String>,
}

/// The kinds of request, labelled in `lang`, for the start screen.
#[tauri::command]
pub fn catalog_kinds(state: State<'_, CoreState>, lang: String) -> Result<Vec<KindInfo>, IpcError> {
    let core = state.get()?;
    let say = |id: String| core.l10n.text(&lang, &fluent_id(&id), &Args::new());
    Ok(core
        .catalog
        .kinds
        .iter()
        .map(|k| KindInfo {
            id: k.id.clone(),
            label: say(format!("kind-{}", k.id)),
            help: say(format!("kind-{}-help", k.id)),
            example: k.example.clone(),
        })
        .collect())
}

/// The whole catalog (sections, typed fields, choices, measures), from which
/// the interface generates its forms.
#[tauri::command]
pub fn catalog_get(state: State<'_, CoreState>) -> Result<serde_json::Value, IpcError> {
    let core = state.get()?;
    serde_json::to_value(&core.catalog).map_err(|_| IpcError::new("internal", Args::new()))
}
