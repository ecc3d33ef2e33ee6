//! Files the officer keeps: the case file and the PDF. The webview never
//! touches the file system: these commands show a native dialog and Rust reads
//! or writes the chosen file. Writes go to a temporary file next to the target
//! and are renamed into place, so a crash never leaves half a file; a file
//! that cannot be read as a case changes nothing.

use std::path::{Path, PathBuf};

use rogatory::compose::ComposeOptions;
use rogatory::layout::Fonts;
use rogatory::{Args, Case};
use tauri::State;
use tauri_plugin_dialog::DialogExt;

use crate::error::IpcError;
use crate::state::{Core, CoreState};

/// A file that could not be read or written, with the path and the reason.
pub fn io_error(path: &Path, e: std::io::Error) -> IpcError {
    let mut a = Args::new();
    a.insert("path".into(), path.display().to_string().into());
    a.insert("reason".into(), e.to_string().into());
    IpcError::new("file-io", a)
}

/// Writes bytes next to the target and renames them into place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), IpcError> {
    rogatory::write_atomic(path, bytes).map_err(|e| io_error(path, e))
}

/// The PDF of a case in `lang`. Refused while the case has errors unless
/// `allow_draft`, in which case it carries the draft watermark.
pub fn render_pdf(
    core: &Core,
    case: serde_json::Value,
    lang: &str,
    allow_draft: bool,
    logo: Option<rogatory::document::Logo>,
) -> Result<Vec<u8>, IpcError> {
    let case = Case::from_value(case, &core.catalog)?;
    let fonts = Fonts::builtin();
    let today = jiff::Zoned::now();
    let mut findings = rogatory::validate(&case, &core.catalog, today.date());
    findings.extend(rogatory::compose::font_findings(
        &case,
        &core.catalog,
        fonts,
    ));
    let draft = rogatory::validate::has_errors(&findings);
    if draft && !allow_draft {
        return Err(IpcError::new("draft-refused", Args::new()));
    }
    let opts = ComposeOptions {
        lang: lang.into(),
        draft,
        logo,
    };
    rogatory::render(&case, &core.catalog, &core.l10n, &opts, today.datetime())
        .map(|r| r.bytes)
        .map_err(|e| IpcError::new(format!("pdf-{}", e.code()), Args::new()))
}

/// Reads a case file: the parsed case with every member its forms edit
/// (blank where the file left one out), or an error that names the problem.
pub fn read_case(core: &Core, path: &Path) -> Result<serde_json::Value, IpcError> {
    let text = std::fs::read_to_string(path).map_err(|e| io_error(path, e))?;
    Ok(Case::parse(&text, &core.catalog)?.filled(&core.catalog))
}

/// The case as a portable file.
pub fn write_case(core: &Core, case: serde_json::Value, path: &Path) -> Result<(), IpcError> {
    let case = Case::from_value(case, &core.catalog)?;
    let mut text = case.to_json();
    text.push('\n');
    write_atomically(path, text.as_bytes())
}

fn chosen(path: Option<tauri_plugin_dialog::FilePath>) -> Option<PathBuf> {
    path.and_then(|p| p.into_path().ok())
}

/// The end-to-end tests drive the real app through WebDriver, which cannot
/// reach a native file dialog: when `ROGATORY_TEST_DIALOG_FILE` is set, every
/// file dialog answers that path at once. Nothing else changes; the file is
/// read and written by the same code as after a real dialog.
const TEST_DIALOG_FILE: &str = "ROGATORY_TEST_DIALOG_FILE";

/// The path a file dialog answers: the test answer when set, else what
/// `ask` (a native dialog) returns; `None` when the officer cancels.
pub fn dialog_answer(
    ask: impl FnOnce() -> Option<tauri_plugin_dialog::FilePath>,
) -> Option<PathBuf> {
    match std::env::var_os(TEST_DIALOG_FILE) {
        Some(p) => Some(PathBuf::from(p)),
        None => chosen(ask()),
    }
}

/// Which native file dialog to show.
#[derive(Clone, Copy)]
pub enum Ask {
    Save,
    Open,
}

/// A native file dialog offering the files `name` (`extensions`), through
/// [`dialog_answer`]; `None` when the officer cancels.
pub fn ask_path<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    ask: Ask,
    name: &str,
    extensions: &[&str],
) -> Option<PathBuf> {
    dialog_answer(|| {
        let dialog = app.dialog().file().add_filter(name, extensions);
        match ask {
            Ask::Save => dialog.blocking_save_file(),
            Ask::Open => dialog.blocking_pick_file(),
        }
    })
}

/// Several files to open (the test answer is one file); none when cancelled.
pub fn ask_paths<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    name: &str,
    extensions: &[&str],
) -> Vec<PathBuf> {
    match std::env::var_os(TEST_DIALOG_FILE) {
        Some(p) => vec![PathBuf::from(p)],
        None => app
            .dialog()
            .file()
            .add_filter(name, extensions)
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|f| chosen(Some(f)))
            .collect(),
    }
}

/// Asks where to save the PDF, then writes it. `None` when the officer cancels.
#[tauri::command]
pub async fn export_pdf<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    settings: State<'_, crate::commands::settings::SettingsStore>,
    case: serde_json::Value,
    lang: String,
    allow_draft: bool,
) -> Result<Option<String>, IpcError> {
    // The letterhead logo from the authority's profile, if one is set.
    let bytes = render_pdf(state.get()?, case, &lang, allow_draft, settings.logo()?)?;
    let Some(path) = ask_path(&app, Ask::Save, "PDF", &["pdf"]) else {
        return Ok(None);
    };
    write_atomically(&path, &bytes)?;
    Ok(Some(path.display().to_string()))
}

/// Asks where to save the case file, then writes it.
#[tauri::command]
pub async fn case_save<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    store: State<'_, crate::commands::settings::SettingsStore>,
    case: serde_json::Value,
) -> Result<Option<String>, IpcError> {
    let core = state.get()?;
    let Some(path) = ask_path(&app, Ask::Save, "Rogatory", &["json"]) else {
        return Ok(None);
    };
    let kept = case.clone();
    write_case(core, case, &path)?;
    // The recent list only saves a dialog later: failing to update it does
    // not make the save fail.
    let _ = crate::commands::recent::remember(&store, &path, &kept);
    Ok(Some(path.display().to_string()))
}

/// Asks which case file to open, then reads it. A damaged or foreign file is
/// an error and opens nothing.
#[tauri::command]
pub async fn case_open<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    state: State<'_, CoreState>,
    store: State<'_, crate::commands::settings::SettingsStore>,
) -> Result<Option<serde_json::Value>, IpcError> {
    let core = state.get()?;
    let Some(path) = ask_path(&app, Ask::Open, "Rogatory", &["json"]) else {
        return Ok(None);
    };
    let doc = read_case(core, &path)?;
    let _ = crate::commands::recent::remember(&store, &path, &doc);
    Ok(Some(doc))
}
