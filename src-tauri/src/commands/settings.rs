//! The authority's profile, kept on this machine: who sends the requests
//! (name, address, contact, signatory), how their reference numbers are made,
//! the default languages, and the letterhead logo. A new case starts filled
//! from it; the PDF carries its logo. Stored as `settings.json` (and the logo
//! as `logo`) in the app's configuration folder, or in
//! `$ROGATORY_CONFIG_DIR`; every write is atomic, and a damaged file is
//! reported, never overwritten by defaults.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rogatory::document::Logo;
use rogatory::Args;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::commands::files::{io_error, write_atomically};
use crate::error::IpcError;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub authority_name: String,
    pub authority_address: String,
    pub authority_email: String,
    pub authority_phone: String,
    pub signatory_name: String,
    pub signatory_function: String,
    pub signatory_place: String,
    /// The reference of a new request: `[year]` becomes the year and `[seq]`
    /// the next number of the sequence (`next_seq`, then one more).
    pub reference_pattern: String,
    pub next_seq: u32,
    /// One of the six interface languages, or empty for the system's.
    pub interface_lang: String,
    /// The language new requests are written in, or empty.
    pub document_lang: String,
    /// The logo's size when one is stored.
    pub logo: Option<LogoInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct LogoInfo {
    pub width: u32,
    pub height: u32,
}

/// The longest text a setting may hold; a longer one is refused, not cut.
const MAX_SETTING: usize = 2000;

pub struct SettingsStore {
    dir: PathBuf,
    lock: Mutex<()>,
}

fn args(pairs: &[(&str, String)]) -> Args {
    let mut a = Args::new();
    for (k, v) in pairs {
        a.insert((*k).into(), v.clone().into());
    }
    a
}

impl SettingsStore {
    pub fn new(dir: PathBuf) -> SettingsStore {
        SettingsStore {
            dir,
            lock: Mutex::new(()),
        }
    }

    /// `$ROGATORY_CONFIG_DIR`, else the platform's configuration folder for
    /// this app (`$XDG_CONFIG_HOME` or `~/.config`, `%APPDATA%` on Windows),
    /// named by the app's identifier as Tauri names it.
    pub fn default_dir() -> PathBuf {
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        if let Some(dir) = var("ROGATORY_CONFIG_DIR") {
            return dir;
        }
        let base = var("XDG_CONFIG_HOME")
            .or_else(|| var("APPDATA"))
            .or_else(|| var("HOME").map(|h| h.join(".config")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("org.rogatory.app")
    }

    /// The folder the profile and the list of recent cases are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// One change at a time: read, change, write.
    fn guard(&self) -> Result<std::sync::MutexGuard<'_, ()>, IpcError> {
        self.lock
            .lock()
            .map_err(|_| IpcError::new("internal", Args::new()))
    }

    fn file(&self) -> PathBuf {
        self.dir.join("settings.json")
    }

    fn logo_file(&self) -> PathBuf {
        self.dir.join("logo")
    }

    pub fn load(&self) -> Result<Settings, IpcError> {
        let path = self.file();
        match std::fs::read_to_string(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(io_error(&path, e)),
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                IpcError::new(
                    "settings-damaged",
                    args(&[
                        ("path", path.display().to_string()),
                        ("reason", e.to_string()),
                    ]),
                )
            }),
        }
    }

    fn write(&self, settings: &Settings) -> Result<(), IpcError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| io_error(&self.dir, e))?;
        let mut text = serde_json::to_string_pretty(settings).unwrap_or_default();
        text.push('\n');
        write_atomically(&self.file(), text.as_bytes())
    }

    /// Checks and stores new settings; the logo and the sequence stay as stored.
    pub fn save(&self, mut new: Settings) -> Result<Settings, IpcError> {
        let _guard = self.guard()?;
        let old = self.load()?;
        check(&new)?;
        new.logo = old.logo;
        self.write(&new)?;
        Ok(new)
    }

    /// The reference for a new request, advancing the sequence; empty when
    /// no pattern is set.
    pub fn next_reference(&self, year: i16) -> Result<String, IpcError> {
        let _guard = self.guard()?;
        let mut s = self.load()?;
        if s.reference_pattern.is_empty() {
            return Ok(String::new());
        }
        let seq = s.next_seq.max(1);
        let reference = s
            .reference_pattern
            .replace("[year]", &year.to_string())
            .replace("[seq]", &format!("{seq:03}"));
        if s.reference_pattern.contains("[seq]") {
            s.next_seq = seq + 1;
            self.write(&s)?;
        }
        Ok(reference)
    }

    /// Checks an image as a letterhead logo and stores a copy of it.
    pub fn set_logo(&self, source: &Path) -> Result<Settings, IpcError> {
        let _guard = self.guard()?;
        let (bytes, logo) = read_logo(source)?;
        let mut s = self.load()?;
        std::fs::create_dir_all(&self.dir).map_err(|e| io_error(&self.dir, e))?;
        write_atomically(&self.logo_file(), &bytes)?;
        s.logo = Some(LogoInfo {
            width: logo.width,
            height: logo.height,
        });
        self.write(&s)?;
        Ok(s)
    }

    pub fn clear_logo(&self) -> Result<Settings, IpcError> {
        let _guard = self.guard()?;
        let mut s = self.load()?;
        s.logo = None;
        self.write(&s)?;
        let _ = std::fs::remove_file(self.logo_file());
        Ok(s)
    }

    /// The stored logo, decoded, when there is one.
    pub fn logo(&self) -> Result<Option<Logo>, IpcError> {
        if self.load()?.logo.is_none() {
            return Ok(None);
        }
        read_logo(&self.logo_file()).map(|(_, logo)| Some(logo))
    }
}

/// An image file's bytes, checked as a letterhead logo; the error names it.
fn read_logo(path: &Path) -> Result<(Vec<u8>, Logo), IpcError> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    let logo = Logo::from_bytes(&bytes).map_err(|e| {
        let mut a = e.args();
        a.insert("file".into(), path.display().to_string().into());
        IpcError::new(format!("logo-{}", e.code()), a)
    })?;
    Ok((bytes, logo))
}

fn check(s: &Settings) -> Result<(), IpcError> {
    let texts = [
        ("authority_name", &s.authority_name),
        ("authority_address", &s.authority_address),
        ("authority_email", &s.authority_email),
        ("authority_phone", &s.authority_phone),
        ("signatory_name", &s.signatory_name),
        ("signatory_function", &s.signatory_function),
        ("signatory_place", &s.signatory_place),
        ("reference_pattern", &s.reference_pattern),
    ];
    for (field, text) in texts {
        let length = text.chars().count();
        if length > MAX_SETTING {
            let mut a = args(&[("field", field.to_string())]);
            a.insert("length".into(), length.into());
            a.insert("max".into(), MAX_SETTING.into());
            return Err(IpcError::new("settings-too-long", a));
        }
    }
    for lang in [&s.interface_lang, &s.document_lang] {
        if !lang.is_empty() && !rogatory::i18n::REQUIRED_LANGUAGES.contains(&lang.as_str()) {
            return Err(IpcError::new(
                "settings-language",
                args(&[("lang", lang.clone())]),
            ));
        }
    }
    Ok(())
}

/// Fills a blank case from the profile: the requesting authority, the
/// signatory, the language and a new reference. Fields the kind lacks are
/// left alone.
pub fn prefill(
    store: &SettingsStore,
    doc: &mut serde_json::Value,
    year: i16,
) -> Result<(), IpcError> {
    let s = store.load()?;
    let mut put = |section: &str, field: &str, value: &str| {
        if value.is_empty() {
            return;
        }
        if let Some(slot) = doc.get_mut(section).and_then(|v| v.get_mut(field)) {
            if slot.is_string() {
                *slot = value.into();
            }
        }
    };
    put("requesting_authority", "name", &s.authority_name);
    put("requesting_authority", "address", &s.authority_address);
    put("requesting_authority", "email", &s.authority_email);
    put("requesting_authority", "phone", &s.authority_phone);
    put("signatory", "name", &s.signatory_name);
    put("signatory", "function", &s.signatory_function);
    put("signatory", "place", &s.signatory_place);
    put("request", "language", &s.document_lang);
    let has_reference = doc
        .get("request")
        .and_then(|r| r.get("reference"))
        .is_some();
    if has_reference {
        let reference = store.next_reference(year)?;
        if let Some(slot) = doc.get_mut("request").and_then(|r| r.get_mut("reference")) {
            if !reference.is_empty() {
                *slot = reference.into();
            }
        }
    }
    Ok(())
}

#[tauri::command]
pub fn settings_get(store: State<'_, SettingsStore>) -> Result<Settings, IpcError> {
    store.load()
}

#[tauri::command]
pub fn settings_set(
    store: State<'_, SettingsStore>,
    settings: Settings,
) -> Result<Settings, IpcError> {
    store.save(settings)
}

/// Asks for a PNG or JPEG image and stores it as the letterhead logo; `None`
/// when the officer cancels.
#[tauri::command]
pub async fn settings_logo_pick<R: tauri::Runtime>(
    app: tauri::AppHandle<R>,
    store: State<'_, SettingsStore>,
) -> Result<Option<Settings>, IpcError> {
    let Some(path) = crate::commands::files::ask_path(
        &app,
        crate::commands::files::Ask::Open,
        "PNG, JPEG",
        &["png", "jpg", "jpeg"],
    ) else {
        return Ok(None);
    };
    store.set_logo(&path).map(Some)
}

#[tauri::command]
pub fn settings_logo_clear(store: State<'_, SettingsStore>) -> Result<Settings, IpcError> {
    store.clear_logo()
}
