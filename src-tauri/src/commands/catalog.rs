//! What can be drafted: the kinds of request and the catalog behind the forms.

use rogatory::catalog::fluent_id;
use rogatory::Args;
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::CoreState;

#[derive(Debug, Serialize, ts_rs::TS)]
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

/// What the interface needs to generate the forms: kinds and their sections
/// in wizard order, typed fields, composite types, measures and choice lists.
/// Labels are Fluent ids the interface derives (`field-<owner>-<field>`...).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FormCatalog {
    pub kinds: Vec<rogatory::catalog::KindDef>,
    pub sections: Vec<rogatory::catalog::SectionDef>,
    pub types: Vec<rogatory::catalog::TypeDef>,
    pub measure_common: Vec<rogatory::catalog::FieldDef>,
    pub measures: Vec<MeasureForm>,
    pub choices: std::collections::BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct MeasureForm {
    pub id: String,
    pub fields: Vec<rogatory::catalog::FieldDef>,
}

impl FormCatalog {
    pub fn of(c: &rogatory::Catalog) -> FormCatalog {
        FormCatalog {
            kinds: c.kinds.clone(),
            sections: c.sections.clone(),
            types: c.types.clone(),
            measure_common: c.measure_common.clone(),
            measures: c
                .measures
                .iter()
                .map(|m| MeasureForm {
                    id: m.id.clone(),
                    fields: m.fields.clone(),
                })
                .collect(),
            choices: c.choices.clone(),
        }
    }
}

#[tauri::command]
pub fn catalog_get(state: State<'_, CoreState>) -> Result<FormCatalog, IpcError> {
    Ok(FormCatalog::of(&state.get()?.catalog))
}
