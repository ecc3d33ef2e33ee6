//! Errors cross IPC as `{ code, args }`: the window shows the Fluent message
//! `error-<code>` with those arguments in the interface language, never a
//! string composed here.

use rogatory::Args;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, serde::Deserialize, ts_rs::TS)]
pub struct IpcError {
    pub code: String,
    #[ts(type = "Record<string, string | number>")]
    pub args: Args,
}

impl IpcError {
    pub fn new(code: impl Into<String>, args: Args) -> Self {
        IpcError {
            code: code.into(),
            args,
        }
    }
}

impl From<rogatory::CaseError> for IpcError {
    fn from(e: rogatory::CaseError) -> Self {
        IpcError::new(format!("case-{}", e.code()), e.args())
    }
}

impl From<rogatory::CatalogError> for IpcError {
    fn from(e: rogatory::CatalogError) -> Self {
        IpcError::new(e.code(), e.args())
    }
}

impl From<rogatory::i18n::I18nError> for IpcError {
    fn from(e: rogatory::i18n::I18nError) -> Self {
        IpcError::new(format!("i18n-{}", e.code()), e.args())
    }
}
