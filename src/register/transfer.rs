//! Cases in and out of the register as portable files, the follow-up of a
//! preservation request, and whole-register backups.
//!
//! Import never overwrites: a file whose case is already in the register
//! with the same content is reported as a duplicate; with other content it
//! becomes a new revision of that case, so the earlier one stays in its
//! history. A damaged file is reported with its name and what is wrong, and
//! nothing is written for it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{json, Value};

use super::{Direction, NewCase, Origin, RegisterError, SqliteStore, Store, StoredCase};
use crate::{Args, Case, Catalog};

/// What happened to one imported file.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum ImportOutcome {
    /// A new case in the register.
    Imported {
        file: String,
        id: String,
        /// Another case with the same kind and reference (maybe the same
        /// request, exported without its id).
        same_reference: Option<String>,
    },
    /// The case was there with other content: it has a new revision.
    Revised { file: String, id: String, n: u32 },
    /// The case was there with this very content; nothing changed.
    Duplicate { file: String, id: String },
    /// The file could not be imported; `code` and `args` name the problem
    /// (`error-register-<code>` or `error-case-<code>`).
    Failed {
        file: String,
        code: String,
        #[ts(type = "Record<string, string | number>")]
        args: Args,
    },
}

/// How imported cases that are new to the register are registered: our own
/// requests (outgoing), or requests received from abroad with their sender.
#[derive(Debug, Clone)]
pub struct ImportAs {
    pub direction: Direction,
    pub details: NewCase,
}

impl Default for ImportAs {
    fn default() -> Self {
        ImportAs {
            direction: Direction::Outgoing,
            details: NewCase::default(),
        }
    }
}

/// Imports case files, each on its own: one bad file does not stop the rest.
pub fn import_files(
    store: &mut SqliteStore,
    catalog: &Catalog,
    files: &[PathBuf],
    who: &str,
    now: &str,
) -> Vec<ImportOutcome> {
    import_files_as(store, catalog, files, &ImportAs::default(), who, now)
}

/// [`import_files`], registering new cases as `as_`.
pub fn import_files_as(
    store: &mut SqliteStore,
    catalog: &Catalog,
    files: &[PathBuf],
    as_: &ImportAs,
    who: &str,
    now: &str,
) -> Vec<ImportOutcome> {
    files
        .iter()
        .map(|f| {
            let file = f.display().to_string();
            match import_one(store, catalog, f, as_, who, now) {
                Ok(o) => o,
                Err(RegisterError::Case(e)) => ImportOutcome::Failed {
                    file,
                    code: format!("case-{}", e.code()),
                    args: e.args(),
                },
                Err(e) => ImportOutcome::Failed {
                    file,
                    code: format!("register-{}", e.code()),
                    args: e.args(),
                },
            }
        })
        .collect()
}

fn import_one(
    store: &mut SqliteStore,
    catalog: &Catalog,
    path: &Path,
    as_: &ImportAs,
    who: &str,
    now: &str,
) -> Result<ImportOutcome, RegisterError> {
    let file = path.display().to_string();
    let bytes = read_limited(path)?;
    let text = String::from_utf8(bytes).map_err(|e| RegisterError::UnknownFile {
        path: format!("{file} (byte {})", e.utf8_error().valid_up_to()),
    })?;
    let case = Case::parse(&text, catalog)?;
    let id = case
        .doc
        .get("id")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    if let Some(id) = &id {
        if let Ok(existing) = store.load(id) {
            if existing.doc == case.doc {
                return Ok(ImportOutcome::Duplicate {
                    file,
                    id: id.clone(),
                });
            }
            let rev = store.save(catalog, id, case.doc, Origin::Import, who, now)?;
            return Ok(ImportOutcome::Revised {
                file,
                id: id.clone(),
                n: rev.n,
            });
        }
    }
    let reference = case
        .get("/request/reference")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_string();
    let same_reference = if reference.is_empty() {
        None
    } else {
        store.find_reference(&case.kind, &reference)?
    };
    let summary = store.create(
        catalog,
        case.doc,
        as_.direction,
        as_.details.clone(),
        who,
        now,
    )?;
    Ok(ImportOutcome::Imported {
        file,
        id: summary.id,
        same_reference,
    })
}

fn read_limited(path: &Path) -> Result<Vec<u8>, RegisterError> {
    let io = |e: std::io::Error| RegisterError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    let len = std::fs::metadata(path).map_err(io)?.len() as usize;
    if len > crate::model::MAX_FILE_BYTES {
        return Err(crate::CaseError::TooLarge {
            bytes: len,
            max: crate::model::MAX_FILE_BYTES,
        }
        .into());
    }
    std::fs::read(path).map_err(io)
}

/// Writes cases as portable files into `dir`, one per case, named after the
/// reference (or the id), never replacing an existing file. Returns the paths.
pub fn export_cases(
    store: &SqliteStore,
    ids: &[String],
    dir: &Path,
) -> Result<Vec<PathBuf>, RegisterError> {
    let mut written = Vec::new();
    for id in ids {
        let case = store.load(id)?;
        let stem = file_stem(&case);
        let mut path = dir.join(format!("{stem}.rogatory.json"));
        let mut k = 2;
        while path.exists() {
            path = dir.join(format!("{stem}-{k}.rogatory.json"));
            k += 1;
        }
        let text = serde_json::to_string_pretty(&case.doc).unwrap_or_default() + "\n";
        crate::write_atomic(&path, text.as_bytes()).map_err(|e| RegisterError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        written.push(path);
    }
    Ok(written)
}

fn file_stem(case: &StoredCase) -> String {
    let base = if case.summary.reference.trim().is_empty() {
        case.summary.id.clone()
    } else {
        case.summary.reference.clone()
    };
    let clean: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    clean.trim_matches('.').to_string()
}

/// The MLA request that follows a preservation request: what identifies the
/// proceedings and the data is carried over; the rest is for the officer.
pub fn follow_up_doc(catalog: &Catalog, source: &StoredCase) -> Result<Value, RegisterError> {
    let blank = Case::blank("mla", catalog).ok_or_else(|| crate::CaseError::Kind {
        found: "mla".into(),
    })?;
    let mut doc = blank.doc;
    let src = &source.doc;
    for section in [
        "requesting_authority",
        "requested_state",
        "legal_bases",
        "proceedings",
        "offences",
        "facts",
        "confidentiality",
        "signatory",
    ] {
        if let (Some(v), Some(slot)) = (src.get(section), doc.get_mut(section)) {
            *slot = v.clone();
        }
    }
    if let Some(lang) = src.pointer("/request/language") {
        doc["request"]["language"] = lang.clone();
    }
    doc["request"]["status"] = json!("follow_up_preservation");
    doc["request"]["channel"] = json!("central_authority");
    let text = |p: &str| src.pointer(p).and_then(Value::as_str).unwrap_or_default();
    let mut earlier = vec![json!({
        "kind": "preservation",
        "date": text("/request/date"),
        "reference": text("/request/reference"),
        "their_reference": source.summary.their_reference,
        "channel": text("/request/channel"),
        "authority": text("/requested_state/authority"),
    })];
    if let Some(Value::Array(before)) = src.get("earlier_requests") {
        earlier.extend(before.iter().cloned());
    }
    doc["earlier_requests"] = Value::Array(earlier);
    let mut measure = crate::model::blank_item(catalog, "stored_data_access").unwrap_or(json!({}));
    for (to, from) in [
        ("identifiers", "/preservation/identifiers"),
        ("data_categories", "/preservation/data_categories"),
        ("period", "/preservation/period"),
        ("description", "/preservation/data_description"),
        ("relevance", "/preservation/relation_to_offence"),
    ] {
        if let Some(v) = src.pointer(from) {
            measure[to] = v.clone();
        }
    }
    measure["custodian"] = json!(text("/provider/name"));
    measure["preservation_reference"] = json!(match source.summary.their_reference.as_str() {
        "" => text("/request/reference").to_string(),
        theirs => format!("{} / {theirs}", text("/request/reference")),
    });
    doc["measures"] = json!([measure]);
    // The result must be a valid case of the catalog, like any other.
    Ok(Case::from_value(doc, catalog)?.doc)
}

impl SqliteStore {
    /// Another case of the same kind with this reference, if any.
    pub fn find_reference(
        &self,
        kind: &str,
        reference: &str,
    ) -> Result<Option<String>, RegisterError> {
        let page = self.list(&super::ListQuery {
            kind: Some(kind.to_string()),
            text: reference.to_string(),
            limit: 20,
            ..Default::default()
        })?;
        Ok(page
            .items
            .into_iter()
            .find(|s| s.reference == reference)
            .map(|s| s.id))
    }
}

impl SqliteStore {
    /// Replaces the whole register with a backup. The backup is first opened
    /// as a copy (refused if it is not a register, is newer, or fails SQLite's
    /// integrity check; upgraded if older); the register as it was is kept
    /// next to it as `<name>.before-restore`; then the copy's content replaces
    /// the register's in one step.
    pub fn restore_backup(
        &mut self,
        catalog: &Catalog,
        backup: &Path,
    ) -> Result<(), RegisterError> {
        let live = PathBuf::from(self.path().to_string());
        let dir = live.parent().map(Path::to_path_buf).unwrap_or_default();
        let shown = backup.display().to_string();
        let staged = dir.join(".restore-staging.sqlite");
        let io = |p: &Path, e: std::io::Error| RegisterError::Io {
            path: p.display().to_string(),
            detail: e.to_string(),
        };
        let cleanup = |p: &Path| {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
            }
        };
        cleanup(&staged);
        std::fs::copy(backup, &staged).map_err(|e| io(backup, e))?;
        let checked = (|| {
            let copy = SqliteStore::open(&staged, catalog).map_err(|e| match e {
                RegisterError::NotRegister { .. } | RegisterError::Database { .. } => {
                    RegisterError::Damaged {
                        path: shown.clone(),
                        detail: e.to_string(),
                    }
                }
                RegisterError::TooNew {
                    found, supported, ..
                } => RegisterError::TooNew {
                    path: shown.clone(),
                    found,
                    supported,
                },
                other => other,
            })?;
            let verdict = copy.integrity_check().map_err(|e| RegisterError::Damaged {
                path: shown.clone(),
                detail: e.to_string(),
            })?;
            if verdict != "ok" {
                return Err(RegisterError::Damaged {
                    path: shown.clone(),
                    detail: verdict,
                });
            }
            // Leave one self-contained file (no WAL beside it) to restore from.
            copy.conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
                .map_err(RegisterError::from)?;
            Ok(())
        })();
        if let Err(e) = checked {
            cleanup(&staged);
            return Err(e);
        }
        let before = dir.join(format!(
            "{}.before-restore",
            live.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        self.backup_to(&before)?;
        let result = self
            .conn
            .restore(
                rusqlite::MAIN_DB,
                &staged,
                None::<fn(rusqlite::backup::Progress)>,
            )
            .map_err(RegisterError::from);
        cleanup(&staged);
        result
    }
}
