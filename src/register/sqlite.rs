//! The register in one SQLite file (rusqlite, SQLite compiled in).
//!
//! - Write-ahead logging with `synchronous = FULL`: a committed write is on
//!   disk before the call returns, and a process killed or a laptop losing
//!   power mid-write leaves the last committed state (BENCHMARKS.md has the
//!   cost, well inside the 5 ms budget).
//! - Foreign keys on; `application_id` marks the file as ours, so opening
//!   some other SQLite file is refused instead of "migrated".
//! - Schema versions in `user_version`, upgraded in order by [`MIGRATIONS`],
//!   each step in its own transaction; a newer file is refused untouched.

use std::path::Path;

use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};
use serde_json::Value;

use super::deadlines::{self, Tracking};
use super::search;
use super::{
    changed_paths, check_date, new_id, CaseSummary, Deadline, Direction, Event, EventKind,
    ListPage, ListQuery, NewCase, NewEvent, Origin, RegisterError, Revision, Status, Store,
    StoredCase, MAX_NOTE_CHARS,
};
use crate::{Case, Catalog};

/// "ROGT": marks a SQLite file as a Rogatory register.
const APPLICATION_ID: i64 = 0x524F_4754;

/// The schema this build writes. Older files are upgraded on open.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// One schema step: its SQL, then what must be recomputed in Rust.
struct Migration {
    sql: &'static str,
    recompute: Recompute,
}

#[derive(Clone, Copy, PartialEq)]
enum Recompute {
    Nothing,
    SearchIndex,
}

/// Schema 1: cases and revisions. 2: tracking events and deadlines.
/// 3: the full-text index.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: "
        CREATE TABLE cases (
            id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
            status TEXT NOT NULL,
            reference TEXT NOT NULL DEFAULT '',
            their_reference TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            request_date TEXT,
            received_on TEXT,
            follows TEXT REFERENCES cases(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            head INTEGER NOT NULL
        );
        CREATE INDEX cases_updated ON cases(updated_at);
        CREATE INDEX cases_follows ON cases(follows);
        CREATE TABLE revisions (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            origin TEXT NOT NULL,
            changed TEXT NOT NULL DEFAULT '[]',
            changed_more INTEGER NOT NULL DEFAULT 0,
            restored_from INTEGER,
            doc TEXT NOT NULL,
            PRIMARY KEY (case_id, n)
        ) WITHOUT ROWID;",
        recompute: Recompute::Nothing,
    },
    Migration {
        sql: "
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX events_case ON events(case_id, on_date);
        CREATE TABLE deadlines (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            start TEXT NOT NULL,
            days INTEGER NOT NULL,
            due TEXT NOT NULL,
            advice INTEGER NOT NULL,
            basis TEXT NOT NULL,
            PRIMARY KEY (case_id, rule)
        ) WITHOUT ROWID;
        CREATE INDEX deadlines_due ON deadlines(due);
        CREATE INDEX cases_kind ON cases(kind, updated_at);
        CREATE INDEX cases_status ON cases(status, updated_at);
        CREATE INDEX cases_country ON cases(country, updated_at);
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);",
        recompute: Recompute::Nothing,
    },
    Migration {
        sql: "
        CREATE VIRTUAL TABLE case_text USING fts5(
            body, content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2'
        );",
        recompute: Recompute::SearchIndex,
    },
];

pub struct SqliteStore {
    pub(super) conn: Connection,
    path: String,
}

const SUMMARY_COLUMNS: &str = "c.id, c.kind, c.direction, c.status, c.reference, c.their_reference,
    c.country, c.title, c.request_date, c.received_on, c.created_at, c.updated_at, c.head,
    c.follows, (SELECT MIN(d.due) FROM deadlines d WHERE d.case_id = c.id)";

fn summary_from(row: &rusqlite::Row<'_>) -> rusqlite::Result<CaseSummary> {
    let direction: String = row.get(2)?;
    let status: String = row.get(3)?;
    Ok(CaseSummary {
        id: row.get(0)?,
        kind: row.get(1)?,
        direction: Direction::parse(&direction).unwrap_or(Direction::Outgoing),
        status: Status::parse(&status).unwrap_or(Status::Draft),
        reference: row.get(4)?,
        their_reference: row.get(5)?,
        country: row.get(6)?,
        title: row.get(7)?,
        request_date: row.get(8)?,
        received_on: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        head: row.get(12)?,
        follows: row.get(13)?,
        next_due: row.get(14)?,
    })
}

fn revision_from(row: &rusqlite::Row<'_>) -> rusqlite::Result<Revision> {
    let origin: String = row.get(3)?;
    let changed: String = row.get(4)?;
    Ok(Revision {
        n: row.get(0)?,
        at: row.get(1)?,
        author: row.get(2)?,
        origin: Origin::parse(&origin).unwrap_or(Origin::Save),
        changed: serde_json::from_str(&changed).unwrap_or_default(),
        changed_more: row.get(5)?,
        restored_from: row.get(6)?,
    })
}

fn event_from(row: &rusqlite::Row<'_>) -> rusqlite::Result<Event> {
    let kind: String = row.get(2)?;
    let status: Option<String> = row.get(3)?;
    Ok(Event {
        id: row.get(0)?,
        on: row.get(1)?,
        kind: EventKind::parse(&kind).unwrap_or(EventKind::Note),
        status: status.as_deref().and_then(Status::parse),
        note: row.get(4)?,
        author: row.get(5)?,
        recorded_at: row.get(6)?,
    })
}

const REVISION_COLUMNS: &str = "n, at, author, origin, changed, changed_more, restored_from";
const EVENT_COLUMNS: &str = "id, on_date, kind, status, note, author, recorded_at";

impl SqliteStore {
    /// Opens (or creates) the register at `path`, upgrading an older schema.
    /// Another copy of the app opening, creating or upgrading the same
    /// register at the same moment is waited for (up to 10 s): SQLite does
    /// not always wait by itself, notably while a new file is switched to
    /// write-ahead logging.
    pub fn open(path: &Path, catalog: &Catalog) -> Result<SqliteStore, RegisterError> {
        let started = std::time::Instant::now();
        loop {
            match SqliteStore::try_open(path, catalog) {
                Err(RegisterError::Busy) if started.elapsed().as_secs() < 10 => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    fn try_open(path: &Path, catalog: &Catalog) -> Result<SqliteStore, RegisterError> {
        let shown = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| RegisterError::Io {
                path: dir.display().to_string(),
                detail: e.to_string(),
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // Another copy of the app may be writing: wait for it, not fail.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // One statement, so one snapshot: another copy of the app creating
        // the register cannot be seen half-way. The first read of a file
        // that is not SQLite fails here.
        let (app_id, version, tables): (i64, i64, i64) = conn
            .query_row(
                "SELECT (SELECT application_id FROM pragma_application_id),
                        (SELECT user_version FROM pragma_user_version),
                        (SELECT count(*) FROM sqlite_master)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::NotADatabase) => RegisterError::NotRegister {
                    path: shown.clone(),
                },
                _ => RegisterError::from(e),
            })?;
        if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(RegisterError::NotRegister { path: shown });
        }
        if version > SCHEMA_VERSION {
            return Err(RegisterError::TooNew {
                path: shown,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )?;
        let mut store = SqliteStore { conn, path: shown };
        store.migrate(version)?;
        store.refresh_rules(catalog)?;
        Ok(store)
    }

    /// Opens a register at an older schema without upgrading it: only for
    /// migration tests, which build each earlier schema and fill it.
    pub fn create_at_schema(path: &Path, version: i64) -> Result<Connection, RegisterError> {
        let mut conn = Connection::open(path)?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        let tx = conn.transaction()?;
        for m in MIGRATIONS.iter().take(version as usize) {
            tx.execute_batch(m.sql)?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        Ok(conn)
    }

    fn migrate(&mut self, from: i64) -> Result<(), RegisterError> {
        for (i, m) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            // Another copy of the app may have upgraded it meanwhile.
            let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if now > i as i64 {
                continue;
            }
            tx.execute_batch(m.sql)?;
            match m.recompute {
                Recompute::Nothing => {}
                Recompute::SearchIndex => {
                    for id in all_ids(&tx)? {
                        let doc = head_doc(&tx, &id)?;
                        reindex(&tx, &id, &doc)?;
                    }
                }
            }
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// For bulk loading (seeding, restoring many files): without waiting for
    /// the disk on each commit. A crash meanwhile can lose the last commits,
    /// never the database's consistency (the WAL still orders them).
    pub fn set_bulk(&mut self, bulk: bool) -> Result<(), RegisterError> {
        let mode = if bulk { "OFF" } else { "FULL" };
        self.conn.pragma_update(None, "synchronous", mode)?;
        Ok(())
    }

    /// A case's line, without reading its document.
    pub fn summary(&self, id: &str) -> Result<CaseSummary, RegisterError> {
        self.conn
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.id = ?1"),
                [id],
                summary_from,
            )
            .optional()?
            .ok_or_else(|| RegisterError::NoCase { id: id.into() })
    }

    /// Deadlines are derived from the catalog's rules and profiles. When
    /// those differ from the ones the stored deadlines were computed with (a
    /// new version of the app, an edited profile), every case's deadlines
    /// are computed again, in one transaction.
    fn refresh_rules(&mut self, catalog: &Catalog) -> Result<(), RegisterError> {
        let fingerprint = rules_fingerprint(catalog);
        let stored: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'deadline_rules'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if stored.as_deref() == Some(fingerprint.as_str()) {
            return Ok(());
        }
        self.write(|tx| {
            for id in all_ids(tx)? {
                refresh_deadlines(tx, catalog, &id, &head_doc(tx, &id)?)?;
            }
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('deadline_rules', ?1)",
                [&fingerprint],
            )?;
            Ok(())
        })
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// SQLite's own check of the whole file ("ok" when sound).
    pub fn integrity_check(&self) -> Result<String, RegisterError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(lines.join("\n"))
    }

    /// A consistent copy of the whole register into a new file (SQLite's
    /// `VACUUM INTO`), safe while the app keeps writing.
    pub fn backup_to(&self, dest: &Path) -> Result<(), RegisterError> {
        let dest_s = dest.display().to_string();
        if dest.exists() {
            std::fs::remove_file(dest).map_err(|e| RegisterError::Io {
                path: dest_s.clone(),
                detail: e.to_string(),
            })?;
        }
        self.conn.execute("VACUUM INTO ?1", params![dest_s])?;
        Ok(())
    }

    /// Runs a closure in one immediate transaction.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, RegisterError>,
    ) -> Result<T, RegisterError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Creates the follow-up MLA request of a preservation request: the
    /// authorities, proceedings, offences and facts carried over, the
    /// preserved identifiers and data as a request for the stored data
    /// (Budapest art. 31), and the preservation as an earlier request.
    pub fn create_follow_up(
        &mut self,
        catalog: &Catalog,
        preservation_id: &str,
        who: &str,
        now: &str,
    ) -> Result<CaseSummary, RegisterError> {
        let source = self.load(preservation_id)?;
        if source.summary.kind != "preservation" {
            return Err(RegisterError::NotPreservation {
                id: preservation_id.to_string(),
            });
        }
        let doc = super::transfer::follow_up_doc(catalog, &source)?;
        self.create(
            catalog,
            doc,
            Direction::Outgoing,
            NewCase {
                follows: Some(preservation_id.to_string()),
                country: Some(source.summary.country.clone()),
                ..NewCase::default()
            },
            who,
            now,
        )
    }
}

/// What the stored deadlines depend on besides the cases: the rules, the
/// periods of the provider and country profiles, and the citations. (The
/// hasher may change with the toolchain; that costs one recomputation.)
fn rules_fingerprint(catalog: &Catalog) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(&catalog.deadlines)
        .unwrap_or_default()
        .hash(&mut h);
    for p in &catalog.providers {
        (&p.id, p.preservation_days, p.preservation_extension_days).hash(&mut h);
    }
    for c in &catalog.countries {
        (&c.code, c.provisional_arrest_days).hash(&mut h);
    }
    for i in &catalog.instruments {
        (&i.id, &i.short, i.confirmed).hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

fn all_ids(tx: &Transaction<'_>) -> Result<Vec<String>, RegisterError> {
    let mut stmt = tx.prepare("SELECT id FROM cases ORDER BY rowid")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// A case document as stored: deflated JSON behind a one-byte tag (a case
/// of 15 KB takes about 3 KB), or plain JSON text as the first schemas and
/// hand-made registers hold it. Both read back the same.
struct Packed(String);

const DEFLATED: u8 = 1;

fn pack(text: &str) -> Vec<u8> {
    let mut out = vec![DEFLATED];
    out.extend(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 3));
    out
}

impl rusqlite::types::FromSql for Packed {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        use rusqlite::types::{FromSqlError, ValueRef};
        let bad = |e: String| FromSqlError::Other(e.into());
        match v {
            ValueRef::Text(t) => String::from_utf8(t.to_vec())
                .map(Packed)
                .map_err(|e| bad(e.to_string())),
            ValueRef::Blob([DEFLATED, rest @ ..]) => {
                let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(
                    rest,
                    crate::model::MAX_FILE_BYTES,
                )
                .map_err(|e| bad(format!("{e:?}")))?;
                String::from_utf8(bytes)
                    .map(Packed)
                    .map_err(|e| bad(e.to_string()))
            }
            _ => Err(FromSqlError::InvalidType),
        }
    }
}

/// What the register's line shows, taken from the case.
struct Line {
    reference: String,
    country: String,
    title: String,
    request_date: Option<String>,
}

fn line_of(doc: &Value) -> Line {
    let text = |p: &str| {
        doc.pointer(p)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let mut title = text("/offences/0/name");
    if title.is_empty() {
        let person = format!(
            "{} {}",
            text("/persons/0/family_name"),
            text("/persons/0/given_names")
        );
        title = person.trim().to_string();
    }
    let title: String = title.chars().take(200).collect();
    let date = text("/request/date");
    Line {
        reference: text("/request/reference").chars().take(200).collect(),
        country: text("/requested_state/country").chars().take(8).collect(),
        title,
        request_date: (date.len() == 10 && date.parse::<jiff::civil::Date>().is_ok())
            .then_some(date),
    }
}

/// Every string of the case and of its events, for the full-text index.
fn reindex(tx: &Transaction<'_>, id: &str, doc: &Value) -> Result<(), RegisterError> {
    let (rowid, their_ref): (i64, String) = tx.query_row(
        "SELECT rowid, their_reference FROM cases WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut body = String::new();
    collect_text(doc, &mut body);
    body.push_str(&their_ref);
    body.push('\n');
    let mut stmt = tx.prepare_cached("SELECT note FROM events WHERE case_id = ?1")?;
    for note in stmt.query_map([id], |r| r.get::<_, String>(0))? {
        body.push_str(&note?);
        body.push('\n');
    }
    tx.execute("DELETE FROM case_text WHERE rowid = ?1", [rowid])?;
    tx.execute(
        "INSERT INTO case_text (rowid, body) VALUES (?1, ?2)",
        params![rowid, search::normalize(&body)],
    )?;
    Ok(())
}

fn collect_text(v: &Value, out: &mut String) {
    match v {
        Value::String(s) if !s.is_empty() => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(a) => a.iter().for_each(|x| collect_text(x, out)),
        Value::Object(o) => o.values().for_each(|x| collect_text(x, out)),
        _ => {}
    }
}

fn load_events(conn: &Connection, id: &str) -> Result<Vec<Event>, RegisterError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE case_id = ?1 ORDER BY on_date, id"
    ))?;
    let events = stmt
        .query_map([id], event_from)?
        .collect::<Result<_, _>>()?;
    Ok(events)
}

/// Recomputes a case's deadlines from its document, status and events.
/// The case's current document, as stored (for the derived data of writes
/// that do not carry it: events, migrations, new deadline rules).
fn head_doc(tx: &Transaction<'_>, id: &str) -> Result<Value, RegisterError> {
    let Packed(doc) = tx.query_row(
        "SELECT r.doc FROM cases c
         JOIN revisions r ON r.case_id = c.id AND r.n = c.head WHERE c.id = ?1",
        [id],
        |r| r.get(0),
    )?;
    Ok(serde_json::from_str(&doc).unwrap_or(Value::Null))
}

fn refresh_deadlines(
    tx: &Transaction<'_>,
    catalog: &Catalog,
    id: &str,
    doc: &Value,
) -> Result<(), RegisterError> {
    let (direction, status): (String, String) = tx.query_row(
        "SELECT direction, status FROM cases WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let events = load_events(tx, id)?;
    let follow_up_sent: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM cases f JOIN events e ON e.case_id = f.id
            WHERE f.follows = ?1 AND e.kind = 'status' AND e.status = 'sent')",
        [id],
        |r| r.get(0),
    )?;
    let tracking = Tracking {
        direction: Direction::parse(&direction).unwrap_or(Direction::Outgoing),
        status: Status::parse(&status).unwrap_or(Status::Draft),
        events: &events,
        follow_up_sent,
    };
    tx.execute("DELETE FROM deadlines WHERE case_id = ?1", [id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO deadlines (case_id, rule, start, days, due, advice, basis)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for d in deadlines::compute(catalog, doc, &tracking) {
        insert.execute(params![
            id,
            d.rule,
            d.start.to_string(),
            d.days,
            d.due.to_string(),
            d.advice,
            serde_json::to_string(&d.basis).unwrap_or_default(),
        ])?;
    }
    Ok(())
}

/// Checks a document against the catalog and returns it as stored text.
fn checked(catalog: &Catalog, doc: Value) -> Result<(Case, String), RegisterError> {
    let case = Case::from_value(doc, catalog)?;
    let text = serde_json::to_string(&case.doc).map_err(|e| RegisterError::Database {
        detail: e.to_string(),
    })?;
    if text.len() > crate::model::MAX_FILE_BYTES {
        return Err(crate::CaseError::TooLarge {
            bytes: text.len(),
            max: crate::model::MAX_FILE_BYTES,
        }
        .into());
    }
    Ok((case, text))
}

struct Write<'a> {
    id: &'a str,
    case: &'a Case,
    text: &'a str,
    origin: Origin,
    who: &'a str,
    now: &'a str,
    restored_from: Option<u32>,
}

/// Stores a new state of a case: replaces the working autosave revision
/// (same author) or adds one, then updates the line, the index and the
/// deadlines. Nothing is written when the document is unchanged.
fn write_revision(
    tx: &Transaction<'_>,
    catalog: &Catalog,
    w: Write<'_>,
) -> Result<Revision, RegisterError> {
    let (head, Packed(current)): (u32, Packed) = tx
        .query_row(
            "SELECT c.head, r.doc FROM cases c
             JOIN revisions r ON r.case_id = c.id AND r.n = c.head WHERE c.id = ?1",
            [w.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| RegisterError::NoCase { id: w.id.into() })?;
    let head_rev = tx.query_row(
        &format!("SELECT {REVISION_COLUMNS} FROM revisions WHERE case_id = ?1 AND n = ?2"),
        params![w.id, head],
        revision_from,
    )?;
    let working = head_rev.origin == Origin::Autosave && head_rev.author == w.who;
    if current == w.text && (w.origin == Origin::Autosave || !working) && w.restored_from.is_none()
    {
        return Ok(head_rev);
    }
    let before: Value = serde_json::from_str(&current).unwrap_or(Value::Null);
    let (mut changed, mut more) = changed_paths(&before, &w.case.doc);
    let n = if working && w.restored_from.is_none() {
        // The working revision keeps every path changed since the last save.
        for p in head_rev.changed.into_iter().rev() {
            if !changed.contains(&p) {
                changed.insert(0, p);
            }
        }
        more += head_rev.changed_more;
        while changed.len() > super::MAX_CHANGED {
            changed.pop();
            more += 1;
        }
        tx.execute(
            "UPDATE revisions SET at = ?3, origin = ?4, changed = ?5, changed_more = ?6, doc = ?7
             WHERE case_id = ?1 AND n = ?2",
            params![
                w.id,
                head,
                w.now,
                w.origin.as_str(),
                serde_json::to_string(&changed).unwrap_or_default(),
                more,
                pack(w.text)
            ],
        )?;
        head
    } else {
        tx.execute(
            "INSERT INTO revisions (case_id, n, at, author, origin, changed, changed_more,
                                    restored_from, doc)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                w.id,
                head + 1,
                w.now,
                w.who,
                w.origin.as_str(),
                serde_json::to_string(&changed).unwrap_or_default(),
                more,
                w.restored_from,
                pack(w.text)
            ],
        )?;
        head + 1
    };
    let line = line_of(&w.case.doc);
    tx.execute(
        "UPDATE cases SET head = ?2, updated_at = ?3, kind = ?4, reference = ?5,
             title = ?6, request_date = ?7,
             country = CASE WHEN direction = 'outgoing' THEN ?8 ELSE country END
         WHERE id = ?1",
        params![
            w.id,
            n,
            w.now,
            w.case.kind,
            line.reference,
            line.title,
            line.request_date,
            line.country
        ],
    )?;
    reindex(tx, w.id, &w.case.doc)?;
    refresh_deadlines(tx, catalog, w.id, &w.case.doc)?;
    tx.query_row(
        &format!("SELECT {REVISION_COLUMNS} FROM revisions WHERE case_id = ?1 AND n = ?2"),
        params![w.id, n],
        revision_from,
    )
    .map_err(Into::into)
}

fn optional_date(field: &str, v: &Option<String>) -> Result<Option<String>, RegisterError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => check_date(field, s).map(|d| Some(d.to_string())),
    }
}

fn limited(field: &str, v: &str, max: usize) -> Result<String, RegisterError> {
    if v.chars().count() > max {
        return Err(RegisterError::TooLong {
            field: field.into(),
            max,
        });
    }
    Ok(v.to_string())
}

impl Store for SqliteStore {
    fn create(
        &mut self,
        catalog: &Catalog,
        mut doc: Value,
        direction: Direction,
        details: NewCase,
        who: &str,
        now: &str,
    ) -> Result<CaseSummary, RegisterError> {
        let received_on = optional_date("received_on", &details.received_on)?;
        let their_reference = limited(
            "their_reference",
            details
                .their_reference
                .as_deref()
                .unwrap_or_default()
                .trim(),
            200,
        )?;
        let id = match doc.get("id").and_then(Value::as_str).map(str::trim) {
            Some(id) if !id.is_empty() && id.len() <= 100 && self.summary(id).is_err() => {
                id.to_string()
            }
            _ => new_id(),
        };
        if let Value::Object(o) = &mut doc {
            o.insert("id".into(), Value::String(id.clone()));
        }
        let (case, text) = checked(catalog, doc)?;
        let line = line_of(&case.doc);
        let country = match direction {
            Direction::Outgoing => line.country.clone(),
            Direction::Incoming => details
                .country
                .as_deref()
                .unwrap_or_default()
                .trim()
                .chars()
                .take(8)
                .collect(),
        };
        let status = match direction {
            Direction::Outgoing => Status::Draft,
            Direction::Incoming => Status::Received,
        };
        if let Some(f) = &details.follows {
            self.summary(f)?;
        }
        let id2 = id.clone();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO cases (id, kind, direction, status, reference, their_reference,
                    country, title, request_date, received_on, follows, created_at, updated_at,
                    head)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, 1)",
                params![
                    id2,
                    case.kind,
                    direction.as_str(),
                    status.as_str(),
                    line.reference,
                    their_reference,
                    country,
                    line.title,
                    line.request_date,
                    received_on,
                    details.follows,
                    now,
                ],
            )?;
            tx.execute(
                "INSERT INTO revisions (case_id, n, at, author, origin, doc)
                 VALUES (?1, 1, ?2, ?3, 'created', ?4)",
                params![id2, now, who, pack(&text)],
            )?;
            reindex(tx, &id2, &case.doc)?;
            refresh_deadlines(tx, catalog, &id2, &case.doc)?;
            Ok(())
        })?;
        self.summary(&id)
    }

    fn autosave(
        &mut self,
        catalog: &Catalog,
        id: &str,
        doc: Value,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError> {
        self.save(catalog, id, doc, Origin::Autosave, who, now)
    }

    fn save(
        &mut self,
        catalog: &Catalog,
        id: &str,
        mut doc: Value,
        origin: Origin,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError> {
        if let Value::Object(o) = &mut doc {
            o.insert("id".into(), Value::String(id.to_string()));
        }
        let (case, text) = checked(catalog, doc)?;
        self.write(|tx| {
            write_revision(
                tx,
                catalog,
                Write {
                    id,
                    case: &case,
                    text: &text,
                    origin,
                    who,
                    now,
                    restored_from: None,
                },
            )
        })
    }

    fn load(&self, id: &str) -> Result<StoredCase, RegisterError> {
        let (summary, Packed(doc)): (CaseSummary, Packed) = self
            .conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, r.doc FROM cases c
                     JOIN revisions r ON r.case_id = c.id AND r.n = c.head WHERE c.id = ?1"
                ),
                [id],
                |r| Ok((summary_from(r)?, r.get(15)?)),
            )
            .optional()?
            .ok_or_else(|| RegisterError::NoCase { id: id.into() })?;
        let doc = serde_json::from_str(&doc).map_err(|e| RegisterError::Damaged {
            path: self.path.clone(),
            detail: format!("case {id}: {e}"),
        })?;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM cases WHERE follows = ?1 ORDER BY created_at")?;
        let followed_by = stmt
            .query_map([id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(StoredCase {
            summary,
            doc,
            followed_by,
        })
    }

    fn revisions(&self, id: &str) -> Result<Vec<Revision>, RegisterError> {
        self.summary(id)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE case_id = ?1 ORDER BY n DESC"
        ))?;
        let revs = stmt
            .query_map([id], revision_from)?
            .collect::<Result<_, _>>()?;
        Ok(revs)
    }

    fn revision_doc(&self, id: &str, n: u32) -> Result<Value, RegisterError> {
        let Packed(text) = self
            .conn
            .query_row(
                "SELECT doc FROM revisions WHERE case_id = ?1 AND n = ?2",
                params![id, n],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| RegisterError::NoRevision { id: id.into(), n })?;
        serde_json::from_str(&text).map_err(|e| RegisterError::Damaged {
            path: self.path.clone(),
            detail: format!("case {id} revision {n}: {e}"),
        })
    }

    fn restore(
        &mut self,
        catalog: &Catalog,
        id: &str,
        n: u32,
        who: &str,
        now: &str,
    ) -> Result<Revision, RegisterError> {
        let doc = self.revision_doc(id, n)?;
        let (case, text) = checked(catalog, doc)?;
        self.write(|tx| {
            write_revision(
                tx,
                catalog,
                Write {
                    id,
                    case: &case,
                    text: &text,
                    origin: Origin::Restore,
                    who,
                    now,
                    restored_from: Some(n),
                },
            )
        })
    }

    fn add_event(
        &mut self,
        catalog: &Catalog,
        id: &str,
        event: NewEvent,
        who: &str,
        now: &str,
    ) -> Result<Event, RegisterError> {
        let on = check_date("on", event.on.trim())?.to_string();
        let note = limited("note", event.note.trim(), MAX_NOTE_CHARS)?;
        if event.kind == EventKind::Status && event.status.is_none() {
            return Err(RegisterError::StatusMissing);
        }
        if event.kind == EventKind::TheirReference {
            limited("note", &note, 200)?;
        }
        let follows = self.summary(id)?.follows;
        let status = event.status.filter(|_| event.kind == EventKind::Status);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO events (case_id, on_date, kind, status, note, author, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    on,
                    event.kind.as_str(),
                    status.map(Status::as_str),
                    note,
                    who,
                    now
                ],
            )?;
            let event_id = tx.last_insert_rowid();
            match event.kind {
                EventKind::Status => {
                    tx.execute(
                        "UPDATE cases SET status = ?2, updated_at = ?3 WHERE id = ?1",
                        params![id, status.map(Status::as_str), now],
                    )?;
                }
                EventKind::TheirReference => {
                    tx.execute(
                        "UPDATE cases SET their_reference = ?2, updated_at = ?3 WHERE id = ?1",
                        params![id, note, now],
                    )?;
                }
                _ => {
                    tx.execute(
                        "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
                        params![id, now],
                    )?;
                }
            }
            let doc = head_doc(tx, id)?;
            reindex(tx, id, &doc)?;
            refresh_deadlines(tx, catalog, id, &doc)?;
            if let Some(f) = &follows {
                refresh_deadlines(tx, catalog, f, &head_doc(tx, f)?)?;
            }
            tx.query_row(
                &format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = ?1"),
                [event_id],
                event_from,
            )
            .map_err(Into::into)
        })
    }

    fn events(&self, id: &str) -> Result<Vec<Event>, RegisterError> {
        self.summary(id)?;
        load_events(&self.conn, id)
    }

    fn list(&self, q: &ListQuery) -> Result<ListPage, RegisterError> {
        let mut wheres: Vec<String> = Vec::new();
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        let arg = |v: String, args: &mut Vec<rusqlite::types::Value>| {
            args.push(rusqlite::types::Value::Text(v));
            format!("?{}", args.len())
        };
        let fts = search::fts_query(&q.text);
        let text_only = fts.is_some();
        if let Some(fts) = fts {
            let p = arg(fts, &mut args);
            wheres.push(format!(
                "c.rowid IN (SELECT rowid FROM case_text WHERE case_text MATCH {p})"
            ));
        }
        if let Some(k) = q.kind.as_deref().filter(|s| !s.is_empty()) {
            let p = arg(k.to_string(), &mut args);
            wheres.push(format!("c.kind = {p}"));
        }
        if let Some(s) = q.status {
            let p = arg(s.as_str().to_string(), &mut args);
            wheres.push(format!("c.status = {p}"));
        }
        if let Some(d) = q.direction {
            let p = arg(d.as_str().to_string(), &mut args);
            wheres.push(format!("c.direction = {p}"));
        }
        if let Some(c) = q.country.as_deref().filter(|s| !s.is_empty()) {
            let p = arg(c.to_uppercase(), &mut args);
            wheres.push(format!("c.country = {p}"));
        }
        if let Some(d) = optional_date("date_from", &q.date_from)? {
            let p = arg(d, &mut args);
            wheres.push(format!("c.request_date >= {p}"));
        }
        if let Some(d) = optional_date("date_to", &q.date_to)? {
            let p = arg(d, &mut args);
            wheres.push(format!("c.request_date <= {p}"));
        }
        if let Some(d) = optional_date("due_before", &q.due_before)? {
            let p = arg(d, &mut args);
            wheres.push(format!(
                "EXISTS (SELECT 1 FROM deadlines d WHERE d.case_id = c.id AND d.due <= {p})"
            ));
        }
        let where_sql = if wheres.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", wheres.join(" AND "))
        };
        // A search with no other filter is counted by the index alone, without
        // visiting every matching case (every indexed row is a case).
        let count_sql = if text_only && wheres.len() == 1 {
            "SELECT count(*) FROM case_text WHERE case_text MATCH ?1".to_string()
        } else {
            format!("SELECT count(*) FROM cases c {where_sql}")
        };
        let total: u32 =
            self.conn
                .query_row(&count_sql, rusqlite::params_from_iter(args.iter()), |r| {
                    r.get(0)
                })?;
        let limit = if q.limit == 0 { 50 } else { q.limit.min(1000) };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases c {where_sql}
             ORDER BY c.updated_at DESC, c.rowid DESC LIMIT {limit} OFFSET {}",
            q.offset
        ))?;
        let items = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), summary_from)?
            .collect::<Result<_, _>>()?;
        Ok(ListPage { total, items })
    }

    fn deadlines(&self, until: &str, limit: u32) -> Result<Vec<Deadline>, RegisterError> {
        let until = check_date("until", until)?.to_string();
        self.deadline_rows(
            "WHERE d.due <= ?1 ORDER BY d.due, c.reference LIMIT ?2",
            params![until, limit],
        )
    }

    fn case_deadlines(&self, id: &str) -> Result<Vec<Deadline>, RegisterError> {
        self.deadline_rows("WHERE d.case_id = ?1 ORDER BY d.due", params![id])
    }

    fn ids(&self) -> Result<Vec<String>, RegisterError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM cases ORDER BY created_at, id")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }
}

impl SqliteStore {
    /// Deadlines joined with their case's line, filtered and ordered by `tail`.
    fn deadline_rows(
        &self,
        tail: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<Deadline>, RegisterError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.case_id, d.rule, d.start, d.days, d.due, d.advice, d.basis,
                    c.reference, c.kind, c.country, c.title
             FROM deadlines d JOIN cases c ON c.id = d.case_id {tail}"
        ))?;
        let rows = stmt
            .query_map(args, |r| {
                let basis: String = r.get(6)?;
                Ok(Deadline {
                    case_id: r.get(0)?,
                    rule: r.get(1)?,
                    start: r.get(2)?,
                    days: r.get(3)?,
                    due: r.get(4)?,
                    advice: r.get(5)?,
                    basis: serde_json::from_str(&basis).unwrap_or_default(),
                    reference: r.get(7)?,
                    kind: r.get(8)?,
                    country: r.get(9)?,
                    title: r.get(10)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(rows)
    }
}
