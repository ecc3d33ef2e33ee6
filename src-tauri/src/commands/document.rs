//! The request as the officer will sign it: the same `Document` the PDF is
//! made from, for the preview.

use rogatory::compose::{compose, ComposeOptions};
use rogatory::document::Document;
use rogatory::Case;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

/// The composed request in `lang`, marked as a draft while it has errors.
#[tauri::command]
pub fn document_preview(
    state: State<'_, CoreState>,
    case: serde_json::Value,
    lang: String,
) -> Result<Document, IpcError> {
    let core = state.get()?;
    let case = Case::from_value(case, &core.catalog)?;
    let today = jiff::Zoned::now().date();
    let draft = rogatory::validate::has_errors(&rogatory::validate(&case, &core.catalog, today));
    Ok(compose(
        &case,
        &core.catalog,
        &core.l10n,
        &ComposeOptions {
            lang,
            draft,
            logo: None,
        },
    ))
}
