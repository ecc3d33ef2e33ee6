//! Commands about the application itself.

use std::sync::Mutex;

use serde::Serialize;
use tauri::State;

/// The core crate's name and version, as the UI shows them.
#[derive(Debug, Clone, Serialize)]
pub struct AppVersion {
    pub name: &'static str,
    pub version: &'static str,
}

#[tauri::command]
pub fn app_version() -> AppVersion {
    AppVersion {
        name: "rogatory",
        version: rogatory::VERSION,
    }
}

/// Whether the case on screen has changes not yet saved to a file, and the
/// interface language to ask in when the window is closed.
#[derive(Default)]
pub struct Unsaved(pub Mutex<Option<String>>);

impl Unsaved {
    /// The interface language, when there are unsaved changes.
    pub fn pending(&self) -> Option<String> {
        self.0.lock().map(|g| g.clone()).unwrap_or(None)
    }
}

/// The UI says whether the case has unsaved changes, so closing the window
/// asks first (see `lib.rs`).
#[tauri::command]
pub fn app_set_unsaved(state: State<'_, Unsaved>, unsaved: bool, lang: String) {
    if let Ok(mut g) = state.0.lock() {
        *g = unsaved.then_some(lang);
    }
}
