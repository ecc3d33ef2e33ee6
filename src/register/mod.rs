//! The register: every case the authority drafts or receives, with every
//! saved revision, its tracking events (status, references, arrest dates,
//! notes), its deadlines, and a full-text index.
//!
//! ```text
//!   UI keystrokes --(debounced)--> autosave ----+
//!   Save / import / restore ------> save -------+--> one SQLite transaction:
//!   status, notes, references ---> add_event --+     cases, revisions, events,
//!                                                    deadlines, case_text (FTS5)
//! ```
//!
//! [`Store`] is the small interface the app uses, so that a shared server
//! database can take the place of [`SqliteStore`] later. Every write is one
//! transaction: a process killed at any moment leaves the register as it was
//! before or after that write, never in between (`tests/register_crash.rs`
//! kills a writer 200 times to check it).
//!
//! Revisions: an autosave replaces the working revision it made itself (same
//! author, not yet saved), so typing does not pile up thousands of
//! revisions; an explicit save, an import or a restore makes the working
//! revision permanent, and the next change starts a new one.

pub mod deadlines;
pub mod search;
pub mod seed;
mod sqlite;
pub mod transfer;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Args, Catalog};

pub use sqlite::{SqliteStore, SCHEMA_VERSION};

/// Where a request is in its life. Outgoing requests start as drafts,
/// incoming ones as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Final,
    Sent,
    Acknowledged,
    AdditionalInformationRequested,
    PartiallyExecuted,
    Executed,
    Refused,
    Withdrawn,
    Received,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Draft,
        Status::Final,
        Status::Sent,
        Status::Acknowledged,
        Status::AdditionalInformationRequested,
        Status::PartiallyExecuted,
        Status::Executed,
        Status::Refused,
        Status::Withdrawn,
        Status::Received,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
            Status::Sent => "sent",
            Status::Acknowledged => "acknowledged",
            Status::AdditionalInformationRequested => "additional_information_requested",
            Status::PartiallyExecuted => "partially_executed",
            Status::Executed => "executed",
            Status::Refused => "refused",
            Status::Withdrawn => "withdrawn",
            Status::Received => "received",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// A request in one of these states has no open deadline left.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Executed | Status::Refused | Status::Withdrawn)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Outgoing,
    Incoming,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Outgoing => "outgoing",
            Direction::Incoming => "incoming",
        }
    }
    pub fn parse(s: &str) -> Option<Direction> {
        match s {
            "outgoing" => Some(Direction::Outgoing),
            "incoming" => Some(Direction::Incoming),
            _ => None,
        }
    }
}

/// What a tracking event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The request moved to `status`.
    Status,
    /// The other State's reference number became known (in `note`).
    TheirReference,
    /// The person sought was arrested (starts the provisional-arrest period).
    Arrested,
    /// Anything else worth keeping.
    Note,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Status => "status",
            EventKind::TheirReference => "their_reference",
            EventKind::Arrested => "arrested",
            EventKind::Note => "note",
        }
    }
    pub fn parse(s: &str) -> Option<EventKind> {
        [
            EventKind::Status,
            EventKind::TheirReference,
            EventKind::Arrested,
            EventKind::Note,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A tracking event as the officer enters it.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
pub struct NewEvent {
    /// YYYY-MM-DD: when it happened (not when it was typed).
    pub on: String,
    pub kind: EventKind,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Event {
    #[ts(type = "number")]
    pub id: i64,
    pub on: String,
    pub kind: EventKind,
    pub status: Option<Status>,
    pub note: String,
    pub author: String,
    /// RFC 3339: when it was recorded.
    pub recorded_at: String,
}

/// Why a revision exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Created,
    Autosave,
    Save,
    Restore,
    Import,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Created => "created",
            Origin::Autosave => "autosave",
            Origin::Save => "save",
            Origin::Restore => "restore",
            Origin::Import => "import",
        }
    }
    pub fn parse(s: &str) -> Option<Origin> {
        [
            Origin::Created,
            Origin::Autosave,
            Origin::Save,
            Origin::Restore,
            Origin::Import,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// One revision of a case: who, when, what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Revision {
    pub n: u32,
    pub at: String,
    pub author: String,
    pub origin: Origin,
    /// JSON pointers of the values that changed from the revision before
    /// (at most [`MAX_CHANGED`]; `changed_more` counts the rest).
    pub changed: Vec<String>,
    pub changed_more: u32,
    /// For a restore: the revision brought back.
    pub restored_from: Option<u32>,
}

/// Longest list of changed paths kept per revision.
pub const MAX_CHANGED: usize = 40;

/// A line of the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct CaseSummary {
    pub id: String,
    pub kind: String,
    pub direction: Direction,
    pub status: Status,
    pub reference: String,
    pub their_reference: String,
    /// The other State: the requested State, or the sender of an incoming request.
    pub country: String,
    pub title: String,
    pub request_date: Option<String>,
    pub received_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub head: u32,
    /// The request this one follows (an MLA request after a preservation).
    pub follows: Option<String>,
    /// The earliest open deadline.
    pub next_due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StoredCase {
    pub summary: CaseSummary,
    #[ts(type = "Record<string, unknown>")]
    pub doc: Value,
    /// Requests that follow this one.
    pub followed_by: Vec<String>,
}

/// A search of the register. Empty fields do not filter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct ListQuery {
    pub text: String,
    pub kind: Option<String>,
    pub status: Option<Status>,
    pub direction: Option<Direction>,
    pub country: Option<String>,
    /// Request date range, YYYY-MM-DD, inclusive.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Only cases with an open deadline on or before this date.
    pub due_before: Option<String>,
    pub offset: u32,
    /// 0 means the default page of 50.
    pub limit: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct ListPage {
    pub total: u32,
    pub items: Vec<CaseSummary>,
}

/// An open deadline, for the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
pub struct Deadline {
    pub case_id: String,
    /// The rule in `templates/deadlines.toml`; its message is `deadline-<rule>`.
    pub rule: String,
    pub start: String,
    pub days: u32,
    /// The day the period ends (for a reminder, the day to act).
    pub due: String,
    pub advice: bool,
    pub basis: Vec<String>,
    pub reference: String,
    pub kind: String,
    pub country: String,
    pub title: String,
}

/// Why the register refused or failed. Each names what is wrong; the
/// interface shows `error-register-<code>` with the args.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("the database failed: {detail}")]
    Database { detail: String },
    #[error("the register is busy in another copy of the app")]
    Busy,
    #[error("{path} is not a Rogatory register")]
    NotRegister { path: String },
    #[error("{path} was written by a newer version (schema {found}); this build reads up to {supported}")]
    TooNew {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("{path} is damaged: {detail}")]
    Damaged { path: String, detail: String },
    #[error("no case {id} in the register")]
    NoCase { id: String },
    #[error("case {id} has no revision {n}")]
    NoRevision { id: String, n: u32 },
    #[error("the case is not valid: {0}")]
    Case(#[from] crate::CaseError),
    #[error("{field}: {value:?} is not a date (YYYY-MM-DD)")]
    BadDate { field: String, value: String },
    #[error("{field}: longer than {max} characters")]
    TooLong { field: String, max: usize },
    #[error("a status event needs a status")]
    StatusMissing,
    #[error("{id} is not a preservation request")]
    NotPreservation { id: String },
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
    #[error("{path}: not a Rogatory case or register export")]
    UnknownFile { path: String },
}

impl RegisterError {
    pub fn code(&self) -> &'static str {
        match self {
            RegisterError::Database { .. } => "database",
            RegisterError::Busy => "busy",
            RegisterError::NotRegister { .. } => "not-register",
            RegisterError::TooNew { .. } => "too-new",
            RegisterError::Damaged { .. } => "damaged",
            RegisterError::NoCase { .. } => "no-case",
            RegisterError::NoRevision { .. } => "no-revision",
            RegisterError::Case(_) => "case",
            RegisterError::BadDate { .. } => "bad-date",
            RegisterError::TooLong { .. } => "too-long",
            RegisterError::StatusMissing => "status-missing",
            RegisterError::NotPreservation { .. } => "not-preservation",
            RegisterError::Io { .. } => "io",
            RegisterError::UnknownFile { .. } => "unknown-file",
        }
    }

    /// The Fluent id of the message for this error: a refused case shows the
    /// case error itself (`error-case-<code>`), the rest
    /// `error-register-<code>`.
    pub fn message_id(&self) -> String {
        match self {
            RegisterError::Case(e) => format!("error-case-{}", e.code()),
            other => format!("error-register-{}", other.code()),
        }
    }

    pub fn args(&self) -> Args {
        let mut a = Args::new();
        let mut put = |k: &str, v: crate::ArgValue| {
            a.insert(k.to_string(), v);
        };
        match self {
            RegisterError::Database { detail } => put("detail", detail.as_str().into()),
            RegisterError::NotRegister { path } | RegisterError::UnknownFile { path } => {
                put("path", path.as_str().into())
            }
            RegisterError::TooNew {
                path,
                found,
                supported,
            } => {
                put("path", path.as_str().into());
                put("found", crate::ArgValue::Num(*found as f64));
                put("supported", crate::ArgValue::Num(*supported as f64));
            }
            RegisterError::Damaged { path, detail } | RegisterError::Io { path, detail } => {
                put("path", path.as_str().into());
                put("detail", detail.as_str().into());
            }
            RegisterError::NoCase { id } | RegisterError::NotPreservation { id } => {
                put("id", id.as_str().into())
            }
            RegisterError::NoRevision { id, n } => {
                put("id", id.as_str().into());
                put("n", crate::ArgValue::Num(*n as f64));
            }
            RegisterError::Case(e) => return e.args(),
            RegisterError::BadDate { field, value } => {
                put("field", field.as_str().into());
                put("value", value.as_str().into());
            }
            RegisterError::TooLong { field, max } => {
                put("field", field.as_str().into());
                put("max", crate::ArgValue::Num(*max as f64));
            }
            RegisterError::StatusMissing | RegisterError::Busy => {}
        }
        a
    }
}

impl From<rusqlite::Error> for RegisterError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                RegisterError::Busy
            }
            _ => RegisterError::Database {
                detail: e.to_string(),
            },
        }
    }
}

/// The register as the app uses it. `now` is an RFC 3339 timestamp and
/// `who` the officer's name, both from the caller, so tests fix them.
pub trait Store {
    /// Registers a new case (its `id` member is set to the register's id
    /// when it has none) and returns its line.
    fn create(
        &mut self,
        catalog: &Catalog,
        doc: Value,
        direction: Direction,
        details: NewCase,
        who: &str,
        now: &str,
    ) -> Result<CaseSummary, RegisterError>;
    /// Keeps the officer's typing; replaces the working revision it made.
    fn autosave(
        &mut self,
        catalog: &Catalog,
        id: &str,
        doc: Value,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError>;
    /// Makes a permanent revision (no-op when nothing changed).
    fn save(
        &mut self,
        catalog: &Catalog,
        id: &str,
        doc: Value,
        origin: Origin,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError>;
    fn load(&self, id: &str) -> Result<StoredCase, RegisterError>;
    fn revisions(&self, id: &str) -> Result<Vec<Revision>, RegisterError>;
    fn revision_doc(&self, id: &str, n: u32) -> Result<Value, RegisterError>;
    /// Brings back revision `n` as a new revision.
    fn restore(
        &mut self,
        catalog: &Catalog,
        id: &str,
        n: u32,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError>;
    fn add_event(
        &mut self,
        catalog: &Catalog,
        id: &str,
        event: NewEvent,
        who: &str,
        now: &str,
    ) -> Result<Event, RegisterError>;
    fn events(&self, id: &str) -> Result<Vec<Event>, RegisterError>;
    fn list(&self, query: &ListQuery) -> Result<ListPage, RegisterError>;
    /// Open deadlines due on or before `until`, earliest first.
    fn deadlines(&self, until: &str, limit: u32) -> Result<Vec<Deadline>, RegisterError>;
    /// Every open deadline of one case, earliest first.
    fn case_deadlines(&self, id: &str) -> Result<Vec<Deadline>, RegisterError>;
    /// Every case id, for export and checks.
    fn ids(&self) -> Result<Vec<String>, RegisterError>;
}

/// What the officer says about a case when registering it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ts_rs::TS)]
#[serde(default)]
pub struct NewCase {
    /// For an incoming request: the sending State and the day it arrived.
    pub country: Option<String>,
    pub received_on: Option<String>,
    pub their_reference: Option<String>,
    /// The request this one follows.
    pub follows: Option<String>,
}

/// Longest note or reference an event may carry.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// Checks a YYYY-MM-DD date, naming the field.
pub fn check_date(field: &str, value: &str) -> Result<jiff::civil::Date, RegisterError> {
    let bad = || RegisterError::BadDate {
        field: field.to_string(),
        value: value.chars().take(40).collect(),
    };
    if value.len() != 10 {
        return Err(bad());
    }
    value.parse::<jiff::civil::Date>().map_err(|_| bad())
}

/// The JSON pointers whose values differ between two documents, leaves only,
/// at most [`MAX_CHANGED`] (and how many more).
pub fn changed_paths(before: &Value, after: &Value) -> (Vec<String>, u32) {
    let mut out = Vec::new();
    let mut more = 0u32;
    diff("", before, after, &mut out, &mut more);
    (out, more)
}

fn diff(path: &str, a: &Value, b: &Value, out: &mut Vec<String>, more: &mut u32) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let p = format!("{path}/{}", escape_pointer(k));
                match y.get(k) {
                    Some(vb) => diff(&p, va, vb, out, more),
                    None => push_path(p, out, more),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                push_path(format!("{path}/{}", escape_pointer(k)), out, more);
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let p = format!("{path}/{i}");
                match (x.get(i), y.get(i)) {
                    (Some(va), Some(vb)) => diff(&p, va, vb, out, more),
                    _ => push_path(p, out, more),
                }
            }
        }
        _ => push_path(
            if path.is_empty() {
                "/".into()
            } else {
                path.into()
            },
            out,
            more,
        ),
    }
}

fn push_path(p: String, out: &mut Vec<String>, more: &mut u32) {
    if out.len() < MAX_CHANGED {
        out.push(p);
    } else {
        *more += 1;
    }
}

fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// A fresh id for a case: 128 random bits as hex, from the OS's hasher keys
/// and the clock (no extra dependency; ids need only be unique, not secret).
pub fn new_id() -> String {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut parts = [0u64; 2];
    for (i, part) in parts.iter_mut().enumerate() {
        let mut h = RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_usize(i);
        h.write_u32(std::process::id());
        *part = h.finish();
    }
    format!("{:016x}{:016x}", parts[0], parts[1])
}

/// The name of the system user, recorded as the author of revisions and
/// events when nobody else is named; empty when the system does not say.
pub fn local_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        .unwrap_or_default()
}

/// Where the register lives: `$ROGATORY_DATA_DIR`; else, in portable mode
/// (a file named `portable` next to the executable), `data/` beside it, so
/// the app and its register travel together on a USB stick; else the user's
/// data folder (`$XDG_DATA_HOME` or `~/.local/share`, `org.rogatory.app`).
pub fn data_dir() -> std::path::PathBuf {
    use std::path::PathBuf;
    if let Some(dir) = std::env::var_os("ROGATORY_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(PathBuf::from))
    {
        if exe_dir.join("portable").is_file() {
            return exe_dir.join("data");
        }
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("org.rogatory.app")
}

/// The register file in [`data_dir`].
pub fn default_path() -> std::path::PathBuf {
    data_dir().join("register.sqlite")
}
