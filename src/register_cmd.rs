//! `rogatory register ...`: the register from the command line. Seeding,
//! checking, benchmarking, import, export, backup and restore; `soak` is the
//! writer the crash test kills.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use rogatory::register::transfer::{export_cases, import_files, ImportOutcome};
use rogatory::register::{self, ListQuery, Origin, RegisterError, SqliteStore, Store};
use rogatory::{Args, Catalog};
use serde_json::json;

use super::{one, out, App};

pub fn run(app: &App, words: &[&str]) -> ExitCode {
    let catalog = match app.catalog() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let db = app.cli.db.clone().unwrap_or_else(register::default_path);
    let result = match words {
        ["seed"] => seed(app, &catalog, &db),
        ["check"] => return check(app, &catalog, &db),
        ["bench"] => bench(app, &catalog, &db),
        ["soak"] => soak(&catalog, &db),
        ["import", files @ ..] if !files.is_empty() => import(app, &catalog, &db, files),
        ["export", ids @ ..] => export(app, &catalog, &db, ids),
        ["backup"] => backup(app, &catalog, &db),
        ["restore", file] => restore(app, &catalog, &db, Path::new(file)),
        _ => {
            return app.fail(
                "cli-usage-unknown-command",
                &one("command", &format!("register {}", words.join(" "))),
            )
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => app.fail(&e.message_id(), &e.args()),
    }
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

fn file_size(path: &Path) -> u64 {
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    [path.to_path_buf(), wal]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1_048_576.0)
}

fn seed(app: &App, catalog: &Catalog, db: &Path) -> Result<ExitCode, RegisterError> {
    let count: usize = match app.cli.count.as_deref().map(str::parse) {
        None => 1000,
        Some(Ok(n)) if n > 0 && n <= 1_000_000 => n,
        Some(_) => {
            let v = app.cli.count.clone().unwrap_or_default();
            return Ok(app.fail("cli-register-bad-count", &one("value", &v)));
        }
    };
    let mut store = SqliteStore::open(db, catalog)?;
    let first = store.ids()?.len();
    let started = Instant::now();
    let added = register::seed::seed(&mut store, catalog, first, count)?;
    let mut a = one("path", &db.display().to_string());
    a.insert("count".into(), added.into());
    a.insert("total".into(), (first + added).into());
    a.insert(
        "seconds".into(),
        format!("{:.1}", started.elapsed().as_secs_f64()).into(),
    );
    drop(store);
    a.insert("mb".into(), mb(file_size(db)).into());
    out(&app.say("cli-register-seeded", &a));
    Ok(ExitCode::SUCCESS)
}

/// SQLite's integrity check, then every case: its document parses against
/// the catalog and is its head revision's. Exit 1 on any problem.
fn check(app: &App, catalog: &Catalog, db: &Path) -> ExitCode {
    let store = match SqliteStore::open(db, catalog) {
        Ok(s) => s,
        Err(e) => return app.fail(&e.message_id(), &e.args()),
    };
    let mut problems = 0usize;
    match store.integrity_check() {
        Ok(v) if v == "ok" => {}
        Ok(v) => {
            problems += 1;
            eprintln!("{}", app.say("cli-register-integrity", &one("detail", &v)));
        }
        Err(e) => {
            return app.fail(&e.message_id(), &e.args());
        }
    }
    let ids = match store.ids() {
        Ok(ids) => ids,
        Err(e) => return app.fail(&e.message_id(), &e.args()),
    };
    for id in &ids {
        let bad = match store.load(id) {
            Ok(c) => rogatory::Case::from_value(c.doc, catalog)
                .err()
                .map(|e| app.say(&format!("error-case-{}", e.code()), &e.args())),
            Err(e) => Some(app.say(&e.message_id(), &e.args())),
        };
        if let Some(message) = bad {
            problems += 1;
            let mut a = one("id", id);
            a.insert("message".into(), message.into());
            eprintln!("{}", app.say("cli-register-bad-case", &a));
        }
    }
    let mut a = one("path", &db.display().to_string());
    a.insert("cases".into(), ids.len().into());
    a.insert("problems".into(), problems.into());
    out(&app.say("cli-register-checked", &a));
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn median_and_p95(mut v: Vec<Duration>) -> (Duration, Duration) {
    v.sort();
    let p95 = v[((v.len() * 95) / 100).min(v.len() - 1)];
    (v[v.len() / 2], p95)
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

/// The register budgets on an existing (seeded) register: opening the
/// register view, searching, saving a revision; and the file's size.
fn bench(app: &App, catalog: &Catalog, db: &Path) -> Result<ExitCode, RegisterError> {
    let today = jiff::Zoned::now().date();
    let horizon = today
        .checked_add(jiff::Span::new().days(30))
        .unwrap_or(today)
        .to_string();
    let line = |what: &str, args: Args, runs: Vec<Duration>| {
        let n = runs.len();
        let (median, p95) = median_and_p95(runs);
        let mut a = args;
        a.insert("median".into(), ms(median).into());
        a.insert("p95".into(), ms(p95).into());
        a.insert("runs".into(), n.into());
        out(&format!(
            "{}: {}",
            app.say(what, &a),
            app.say("cli-register-bench-line", &a)
        ));
    };
    let cases = SqliteStore::open(db, catalog)?.ids()?.len();
    let mut a = one("path", &db.display().to_string());
    a.insert("cases".into(), cases.into());
    a.insert("mb".into(), mb(file_size(db)).into());
    out(&app.say("cli-register-bench-head", &a));

    // The register view: open the file, the first page, the dashboard.
    let mut runs = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        let store = SqliteStore::open(db, catalog)?;
        let page = store.list(&ListQuery::default())?;
        let due = store.deadlines(&horizon, 50)?;
        runs.push(t.elapsed());
        std::hint::black_box((page, due));
    }
    line("cli-register-bench-open", Args::new(), runs);

    let mut store = SqliteStore::open(db, catalog)?;
    let probe = (cases / 2).to_string();
    for text in [
        "fraud",
        "seedword",
        &format!("seedword{probe}"),
        "勒索",
        "خيانة الأمانة",
        "мошенничество",
        "SEED 2024",
    ] {
        let mut runs = Vec::new();
        let mut total = 0;
        for _ in 0..21 {
            let t = Instant::now();
            let page = store.list(&ListQuery {
                text: text.to_string(),
                ..Default::default()
            })?;
            runs.push(t.elapsed());
            total = page.total;
        }
        let mut a = one("text", text);
        a.insert("found".into(), (total as usize).into());
        line("cli-register-bench-search", a, runs);
    }

    // Saving: one field changed in the largest example's case, as typing does.
    let id = store
        .list(&ListQuery {
            kind: Some("mla".into()),
            limit: 1,
            ..Default::default()
        })?
        .items
        .first()
        .map(|s| s.id.clone())
        .ok_or_else(|| RegisterError::NoCase { id: "mla".into() })?;
    let mut doc = store.load(&id)?.doc;
    for (what, origin) in [
        ("cli-register-bench-autosave", Origin::Autosave),
        ("cli-register-bench-save", Origin::Save),
    ] {
        let mut runs = Vec::new();
        for i in 0..101 {
            doc["facts"]["evidence"] = json!(format!("Benchmark edit {i}"));
            let t = Instant::now();
            store.save(catalog, &id, doc.clone(), origin, "Bench", &now())?;
            runs.push(t.elapsed());
        }
        line(what, Args::new(), runs);
    }
    Ok(ExitCode::SUCCESS)
}

/// The writer the crash test kills: saves one case over and over, and
/// prints after each commit `<id> <revision> <marker>` (machine-read, not
/// for people), so the test knows what must have survived.
fn soak(catalog: &Catalog, db: &Path) -> Result<ExitCode, RegisterError> {
    use std::io::Write;
    let mut store = SqliteStore::open(db, catalog)?;
    let ids = store.ids()?;
    let id = match ids.first() {
        Some(id) => id.clone(),
        None => {
            let doc = rogatory::Case::blank("preservation", catalog)
                .map(|c| c.doc)
                .unwrap_or_default();
            store
                .create(
                    catalog,
                    doc,
                    register::Direction::Outgoing,
                    Default::default(),
                    "Soak",
                    &now(),
                )?
                .id
        }
    };
    let mut doc = store.load(&id)?.doc;
    let mut stdout = std::io::stdout().lock();
    for i in 0u64.. {
        let marker = format!("marker-{}-{i}", std::process::id());
        doc["facts"]["summary"] = json!(marker);
        // Alternate working and permanent revisions, as an officer does.
        let origin = if i % 4 == 3 {
            Origin::Save
        } else {
            Origin::Autosave
        };
        let author = if i % 8 < 4 { "Soak A" } else { "Soak B" };
        let rev = store.save(catalog, &id, doc.clone(), origin, author, &now())?;
        if writeln!(stdout, "{id} {} {marker}", rev.n).is_err() || stdout.flush().is_err() {
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn import(
    app: &App,
    catalog: &Catalog,
    db: &Path,
    files: &[&str],
) -> Result<ExitCode, RegisterError> {
    let mut store = SqliteStore::open(db, catalog)?;
    let paths: Vec<PathBuf> = files.iter().map(PathBuf::from).collect();
    let mut failed = false;
    for o in import_files(&mut store, catalog, &paths, &register::local_user(), &now()) {
        let (id, a) = match &o {
            ImportOutcome::Imported { file, id, .. } => ("cli-register-imported", pair(file, id)),
            ImportOutcome::Revised { file, id, .. } => ("cli-register-revised", pair(file, id)),
            ImportOutcome::Duplicate { file, id } => ("cli-register-duplicate", pair(file, id)),
            ImportOutcome::Failed { file, code, args } => {
                failed = true;
                let mut a = one("file", file);
                a.insert(
                    "message".into(),
                    app.say(&format!("error-{code}"), args).into(),
                );
                ("cli-register-import-failed", a)
            }
        };
        out(&app.say(id, &a));
    }
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn pair(file: &str, id: &str) -> Args {
    let mut a = one("file", file);
    a.insert("id".into(), id.into());
    a
}

fn export(
    app: &App,
    catalog: &Catalog,
    db: &Path,
    ids: &[&str],
) -> Result<ExitCode, RegisterError> {
    let Some(dir) = app.cli.output.clone() else {
        return Ok(app.fail("cli-usage-missing-value", &one("option", "--output")));
    };
    let store = SqliteStore::open(db, catalog)?;
    let ids: Vec<String> = if ids.is_empty() {
        store.ids()?
    } else {
        ids.iter().map(|s| s.to_string()).collect()
    };
    std::fs::create_dir_all(&dir).map_err(|e| RegisterError::Io {
        path: dir.display().to_string(),
        detail: e.to_string(),
    })?;
    let written = export_cases(&store, &ids, &dir)?;
    let mut a = one("path", &dir.display().to_string());
    a.insert("count".into(), written.len().into());
    out(&app.say("cli-register-exported", &a));
    Ok(ExitCode::SUCCESS)
}

fn backup(app: &App, catalog: &Catalog, db: &Path) -> Result<ExitCode, RegisterError> {
    let Some(target) = app.cli.output.clone() else {
        return Ok(app.fail("cli-usage-missing-value", &one("option", "--output")));
    };
    let store = SqliteStore::open(db, catalog)?;
    store.backup_to(&target)?;
    out(&app.say(
        "cli-register-backed-up",
        &one("path", &target.display().to_string()),
    ));
    Ok(ExitCode::SUCCESS)
}

fn restore(
    app: &App,
    catalog: &Catalog,
    db: &Path,
    file: &Path,
) -> Result<ExitCode, RegisterError> {
    let mut store = SqliteStore::open(db, catalog)?;
    store.restore_backup(catalog, file)?;
    let mut a = one("path", &file.display().to_string());
    a.insert("cases".into(), store.ids()?.len().into());
    out(&app.say("cli-register-restored", &a));
    Ok(ExitCode::SUCCESS)
}
