//! Cases: a blank one of a kind, an example, and the findings of one as the
//! officer types.

use rogatory::{Args, Case, Severity};
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct UiFinding {
    pub code: String,
    pub severity: Severity,
    pub path: String,
    pub message: String,
    pub basis: Vec<String>,
}

/// A blank case of a kind, filled from the authority's profile (name,
/// signatory, language, a new reference number).
#[tauri::command]
pub fn case_new(
    state: State<'_, CoreState>,
    settings: State<'_, crate::commands::settings::SettingsStore>,
    kind: String,
) -> Result<serde_json::Value, IpcError> {
    let core = state.get()?;
    let mut doc = Case::blank(&kind, &core.catalog)
        .map(|c| c.doc)
        .ok_or_else(|| IpcError::from(rogatory::CaseError::Kind { found: kind }))?;
    crate::commands::settings::prefill(&settings, &mut doc, jiff::Zoned::now().year())?;
    Ok(doc)
}

/// A blank item for a list of the case: a composite type (`person`), a
/// measure (`search_seizure`, tagged with its `type`) or a primitive (`text`).
#[tauri::command]
pub fn case_blank_item(
    state: State<'_, CoreState>,
    of: String,
) -> Result<serde_json::Value, IpcError> {
    let core = state.get()?;
    rogatory::model::blank_item(&core.catalog, &of).ok_or_else(|| {
        let mut args = Args::new();
        args.insert("name".into(), of.into());
        IpcError::new("unknown-item", args)
    })
}

/// One of the shipped example cases, by name.
#[tauri::command]
pub fn case_example(
    state: State<'_, CoreState>,
    name: String,
) -> Result<serde_json::Value, IpcError> {
    let core = state.get()?;
    let mut args = Args::new();
    args.insert("name".into(), name.clone().into());
    let example = core
        .catalog
        .example(&name)
        .ok_or_else(|| IpcError::new("unknown-example", args.clone()))?;
    let text = std::fs::read_to_string(&example.path)
        .map_err(|_| IpcError::new("unknown-example", args))?;
    Ok(Case::parse(&text, &core.catalog)?.filled(&core.catalog))
}

/// Every finding of a case, with its message in `lang`. `today` (YYYY-MM-DD)
/// replaces the clock in tests.
#[tauri::command]
pub fn case_check(
    state: State<'_, CoreState>,
    case: serde_json::Value,
    lang: String,
    today: Option<String>,
) -> Result<Vec<UiFinding>, IpcError> {
    let core = state.get()?;
    let case = Case::from_value(case, &core.catalog)?;
    let today = today
        .as_deref()
        .and_then(rogatory::formats::parse_date)
        .unwrap_or_else(|| jiff::Zoned::now().date());
    let mut findings = rogatory::validate(&case, &core.catalog, today);
    findings.extend(rogatory::compose::font_findings(
        &case,
        &core.catalog,
        rogatory::layout::Fonts::builtin(),
    ));
    Ok(findings
        .into_iter()
        .map(|f| UiFinding {
            message: rogatory::validate::message(&f, &core.l10n, &lang),
            code: f.code,
            severity: f.severity,
            path: f.path,
            basis: f.basis,
        })
        .collect())
}
