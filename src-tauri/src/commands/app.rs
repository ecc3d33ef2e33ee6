//! Commands about the application itself.

use serde::Serialize;

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
