//! The register: every case the officer works on is kept in it as they
//! type (autosave), with its revisions, tracking events and deadlines. The
//! store is the core's [`SqliteStore`], opened once at start-up in the data
//! folder (`rogatory::register::data_dir`); a failed open is kept and
//! reported by every command, like the catalog's.

use std::sync::Mutex;

use rogatory::register::transfer::{export_cases, import_files_as, ImportAs, ImportOutcome};
use rogatory::register::{
    CaseSummary, Deadline, Direction, Event, ListPage, ListQuery, NewCase, NewEvent, Origin,
    RegisterError, Revision, SqliteStore, Store, StoredCase,
};
use rogatory::Args;
use serde_json::Value;
use tauri::State;
use tauri_plugin_dialog::DialogExt;

use crate::commands::files::{ask_path, ask_paths, dialog_answer, Ask};
use crate::commands::settings::SettingsStore;
use crate::error::IpcError;
use crate::state::CoreState;

pub struct RegisterState(Mutex<Result<SqliteStore, IpcError>>);

impl From<RegisterError> for IpcError {
    fn from(e: RegisterError) -> Self {
        let id = e.message_id();
        IpcError::new(id.trim_start_matches("error-"), e.args())
    }
}

impl RegisterState {
    pub fn open(path: &std::path::Path, core: &CoreState) -> RegisterState {
        let store = core
            .get()
            .and_then(|c| SqliteStore::open(path, &c.catalog).map_err(IpcError::from));
        RegisterState(Mutex::new(store))
    }

    fn with<T>(
        &self,
        f: impl FnOnce(&mut SqliteStore) -> Result<T, RegisterError>,
    ) -> Result<T, IpcError> {
        let mut guard = self
            .0
            .lock()
            .map_err(|_| IpcError::new("internal", Args::new()))?;
        let store = guard.as_mut().map_err(|e| e.clone())?;
        f(store).map_err(IpcError::from)
    }
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// Who is typing: the signatory of the profile, else the system user.
fn who(settings: &SettingsStore) -> String {
    settings
        .load()
        .ok()
        .map(|s| s.signatory_name.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(rogatory::register::local_user)
}

fn today_or(today: Option<String>) -> String {
    today.unwrap_or_else(|| jiff::Zoned::now().date().to_string())
}

/// A page of the register: search text and filters.
#[tauri::command]
pub fn register_list(
    register: State<'_, RegisterState>,
    query: ListQuery,
) -> Result<ListPage, IpcError> {
    register.with(|s| s.list(&query))
}

/// Open deadlines falling due within `days` of today (overdue first).
#[tauri::command]
pub fn register_dashboard(
    register: State<'_, RegisterState>,
    days: u32,
    today: Option<String>,
) -> Result<Vec<Deadline>, IpcError> {
    let today = today_or(today);
    let until = rogatory::register::check_date("today", &today)
        .map_err(IpcError::from)?
        .checked_add(jiff::Span::new().days(i64::from(days.min(3660))))
        .map_err(|_| IpcError::new("internal", Args::new()))?;
    register.with(|s| s.deadlines(&until.to_string(), 200))
}

/// A stored case, filled with every member the forms edit.
#[tauri::command]
pub fn register_open(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    id: String,
) -> Result<StoredCase, IpcError> {
    let core = state.get()?;
    let mut case = register.with(|s| s.load(&id))?;
    case.doc = rogatory::Case::from_value(case.doc, &core.catalog)?.filled(&core.catalog);
    Ok(case)
}

/// Takes a case into the register: a new one, or, when its id is already
/// there (a file exported earlier), a new revision of that case.
#[tauri::command]
pub fn register_adopt(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    case: Value,
    direction: Direction,
    details: NewCase,
) -> Result<CaseSummary, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| {
        let known = case
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| s.summary(id).is_ok())
            .map(str::to_string);
        match known {
            Some(id) => {
                s.save(&core.catalog, &id, case, Origin::Import, &who, &now())?;
                s.summary(&id)
            }
            None => s.create(&core.catalog, case, direction, details, &who, &now()),
        }
    })
}

/// Keeps what the officer typed (called a moment after typing stops).
#[tauri::command]
pub fn register_autosave(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
    case: Value,
) -> Result<Revision, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| s.autosave(&core.catalog, &id, case, &who, &now()))
}

/// Makes the current state a permanent revision.
#[tauri::command]
pub fn register_save(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
    case: Value,
) -> Result<Revision, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| s.save(&core.catalog, &id, case, Origin::Save, &who, &now()))
}

/// A case's revisions (newest first) and its events (oldest first).
#[derive(Debug, serde::Serialize, ts_rs::TS)]
pub struct CaseHistory {
    pub summary: CaseSummary,
    pub revisions: Vec<Revision>,
    pub events: Vec<Event>,
    pub followed_by: Vec<CaseSummary>,
    /// Its open deadlines, earliest first.
    pub deadlines: Vec<Deadline>,
}

#[tauri::command]
pub fn register_history(
    register: State<'_, RegisterState>,
    id: String,
) -> Result<CaseHistory, IpcError> {
    register.with(|s| {
        let case = s.load(&id)?;
        let followed_by = case
            .followed_by
            .iter()
            .map(|f| s.summary(f))
            .collect::<Result<_, _>>()?;
        Ok(CaseHistory {
            summary: case.summary,
            revisions: s.revisions(&id)?,
            events: s.events(&id)?,
            followed_by,
            deadlines: s.case_deadlines(&id)?,
        })
    })
}

/// Brings back revision `n` as a new revision, and returns the case.
#[tauri::command]
pub fn register_restore(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
    n: u32,
) -> Result<Revision, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| s.restore(&core.catalog, &id, n, &who, &now()))
}

#[tauri::command]
pub fn register_add_event(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
    event: NewEvent,
) -> Result<Event, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| s.add_event(&core.catalog, &id, event, &who, &now()))
}

/// The MLA request that follows a preservation request.
#[tauri::command]
pub fn register_follow_up(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
) -> Result<CaseSummary, IpcError> {
    let core = state.get()?;
    let who = who(&settings);
    register.with(|s| s.create_follow_up(&core.catalog, &id, &who, &now()))
}

/// Asks for case files and imports each; one report per file. Cases new to
/// the register are registered in `direction` with `details` (a request
/// received from abroad, with its sender).
#[tauri::command]
pub async fn register_import<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    direction: Direction,
    details: NewCase,
) -> Result<Vec<ImportOutcome>, IpcError> {
    let core = state.get()?;
    let files = ask_paths(&app, "Rogatory", &["json"]);
    let who = who(&settings);
    let as_ = ImportAs { direction, details };
    register.with(|s| {
        Ok(import_files_as(
            s,
            &core.catalog,
            &files,
            &as_,
            &who,
            &now(),
        ))
    })
}

/// Asks for a folder and writes the cases there as portable files.
#[tauri::command]
pub async fn register_export<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    register: State<'_, RegisterState>,
    ids: Vec<String>,
) -> Result<Option<u32>, IpcError> {
    let Some(dir) = dialog_answer(|| app.dialog().file().blocking_pick_folder()) else {
        return Ok(None);
    };
    register.with(|s| export_cases(s, &ids, &dir).map(|w| Some(w.len() as u32)))
}

/// Asks where to write a backup of the whole register.
#[tauri::command]
pub async fn register_backup<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    register: State<'_, RegisterState>,
) -> Result<Option<String>, IpcError> {
    let Some(path) = ask_path(&app, Ask::Save, "SQLite", &["sqlite"]) else {
        return Ok(None);
    };
    register.with(|s| s.backup_to(&path))?;
    Ok(Some(path.display().to_string()))
}

/// Asks for a backup and replaces the register with it (the register as
/// it was is kept beside it).
#[tauri::command]
pub async fn register_restore_backup<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
) -> Result<Option<String>, IpcError> {
    let core = state.get()?;
    let Some(path) = ask_path(&app, Ask::Open, "SQLite", &["sqlite"]) else {
        return Ok(None);
    };
    register.with(|s| s.restore_backup(&core.catalog, &path))?;
    Ok(Some(path.display().to_string()))
}

/// Registers a request received from abroad: a blank case of its kind, with
/// the sending State, the day it arrived and their reference. The officer
/// then enters its content and sees what it lacks, checked like any other.
#[tauri::command]
pub fn register_incoming(
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    kind: String,
    details: NewCase,
) -> Result<CaseSummary, IpcError> {
    let core = state.get()?;
    let doc = rogatory::Case::blank(&kind, &core.catalog)
        .map(|c| c.doc)
        .ok_or_else(|| IpcError::from(rogatory::CaseError::Kind { found: kind }))?;
    let who = who(&settings);
    register.with(|s| {
        s.create(
            &core.catalog,
            doc,
            Direction::Incoming,
            details,
            &who,
            &now(),
        )
    })
}

/// For a request received from abroad: a letter asking its sender for what
/// it lacks (the findings of the same validation), in the language of the
/// request (or `lang` when it names none of the six), saved as a PDF through
/// a save dialog; the request's status becomes "additional information
/// requested". `None` when the officer cancels.
#[tauri::command]
pub async fn register_additional_information<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    register: State<'_, RegisterState>,
    settings: State<'_, SettingsStore>,
    id: String,
    lang: String,
) -> Result<Option<String>, IpcError> {
    let core = state.get()?;
    let stored = register.with(|s| s.load(&id))?;
    let mut doc = stored.doc;
    // Their reference, as registered, when the form does not carry it.
    let theirs = stored.summary.their_reference.trim();
    let has_reference = matches!(
        doc.pointer("/request/reference").and_then(Value::as_str),
        Some(r) if !r.trim().is_empty()
    );
    if !theirs.is_empty() && !has_reference {
        if let Some(request) = doc.get_mut("request").and_then(Value::as_object_mut) {
            request.insert("reference".into(), Value::String(theirs.to_string()));
        }
    }
    let case = rogatory::Case::from_value(doc, &core.catalog)?;
    let written = case
        .get("/request/language")
        .and_then(Value::as_str)
        .filter(|l| rogatory::i18n::REQUIRED_LANGUAGES.contains(l))
        .unwrap_or(lang.as_str())
        .to_string();
    let today = jiff::Zoned::now().date();
    let findings = rogatory::validate(&case, &core.catalog, today);
    let profile = settings.load()?;
    let us = rogatory::compose::OwnAuthority {
        name: profile.authority_name,
        address: profile.authority_address,
        signatory: profile.signatory_name,
        function: profile.signatory_function,
        place: profile.signatory_place,
    };
    let doc = rogatory::compose::additional_information(
        &case, &findings, &core.l10n, &us, &written, today,
    );
    let rendered = rogatory::render_document(doc, jiff::Zoned::now().datetime())
        .map_err(|e| IpcError::new(format!("pdf-{}", e.code()), Args::new()))?;
    let Some(path) = ask_path(&app, Ask::Save, "PDF", &["pdf"]) else {
        return Ok(None);
    };
    crate::commands::files::write_atomically(&path, &rendered.bytes)?;
    let shown = path.display().to_string();
    let who = who(&settings);
    register.with(|s| {
        s.add_event(
            &core.catalog,
            &id,
            NewEvent {
                on: today.to_string(),
                kind: rogatory::register::EventKind::Status,
                status: Some(rogatory::register::Status::AdditionalInformationRequested),
                note: shown.clone(),
            },
            &who,
            &now(),
        )
    })?;
    Ok(Some(shown))
}
