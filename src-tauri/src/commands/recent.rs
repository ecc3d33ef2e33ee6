//! The case files opened or saved lately, for the start screen. The list
//! (`recent.json` next to the settings) holds at most ten, newest first. The
//! webview may reopen only a file on that list, one the officer chose in a
//! dialog before; any other path is refused.

use std::path::Path;
use std::sync::Mutex;

use rogatory::Args;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::commands::files::{io_error, read_case, write_atomically};
use crate::commands::settings::SettingsStore;
use crate::error::IpcError;
use crate::state::CoreState;

const KEEP: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct RecentCase {
    pub path: String,
    pub kind: String,
    /// The request's reference number, when it has one.
    pub reference: String,
    /// Whether the file is still there (checked on every load).
    #[serde(default)]
    pub exists: bool,
}

static LOCK: Mutex<()> = Mutex::new(());

fn list_file(store: &SettingsStore) -> std::path::PathBuf {
    store.dir().join("recent.json")
}

/// The list as stored; a missing or damaged list is an empty one (it only
/// saves the officer a dialog, and is rewritten at the next open or save).
pub fn load(store: &SettingsStore) -> Vec<RecentCase> {
    let mut list: Vec<RecentCase> = std::fs::read_to_string(list_file(store))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    for r in &mut list {
        r.exists = Path::new(&r.path).is_file();
    }
    list
}

/// Puts a case file at the top of the list.
pub fn remember(
    store: &SettingsStore,
    path: &Path,
    doc: &serde_json::Value,
) -> Result<(), IpcError> {
    let _guard = LOCK
        .lock()
        .map_err(|_| IpcError::new("internal", Args::new()))?;
    let path = path.display().to_string();
    let text = |v: Option<&serde_json::Value>| v.and_then(|v| v.as_str()).unwrap_or("").to_string();
    let mut list = load(store);
    list.retain(|r| r.path != path);
    list.insert(
        0,
        RecentCase {
            kind: text(doc.get("kind")),
            reference: text(doc.get("request").and_then(|r| r.get("reference"))),
            path,
            exists: true,
        },
    );
    list.truncate(KEEP);
    std::fs::create_dir_all(store.dir()).map_err(|e| io_error(store.dir(), e))?;
    let mut json = serde_json::to_string_pretty(&list).unwrap_or_default();
    json.push('\n');
    write_atomically(&list_file(store), json.as_bytes())
}

#[tauri::command]
pub fn recent_list(store: State<'_, SettingsStore>) -> Vec<RecentCase> {
    load(&store)
}

/// Reopens a case file from the list.
#[tauri::command]
pub fn recent_open(
    state: State<'_, CoreState>,
    store: State<'_, SettingsStore>,
    path: String,
) -> Result<serde_json::Value, IpcError> {
    if !load(&store).iter().any(|r| r.path == path) {
        let mut a = Args::new();
        a.insert("path".into(), path.into());
        return Err(IpcError::new("recent-unknown", a));
    }
    let doc = read_case(state.get()?, Path::new(&path))?;
    let _ = remember(&store, Path::new(&path), &doc);
    Ok(doc)
}
