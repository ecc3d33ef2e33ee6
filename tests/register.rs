//! The register as the officer relies on it: revisions, tracking, deadlines
//! from the legal basis, search in six languages, import and export that
//! never lose data, backups, and schemas upgraded from every earlier version.

mod common;

use common::*;
use rogatory::register::transfer::{export_cases, follow_up_doc, import_files, ImportOutcome};
use rogatory::register::{
    Direction, EventKind, ListQuery, NewCase, NewEvent, Origin, RegisterError, SqliteStore, Status,
    Store, SCHEMA_VERSION,
};
use serde_json::{json, Value};

const NOW: &str = "2026-11-22T09:00:00Z";

fn open(dir: &tempfile::TempDir) -> SqliteStore {
    SqliteStore::open(&dir.path().join("register.sqlite"), catalog()).expect("opens")
}

fn add(store: &mut SqliteStore, name: &str) -> String {
    store
        .create(
            catalog(),
            example(name),
            Direction::Outgoing,
            NewCase::default(),
            "Officer A",
            NOW,
        )
        .expect("creates")
        .id
}

fn event(on: &str, kind: EventKind, status: Option<Status>, note: &str) -> NewEvent {
    NewEvent {
        on: on.into(),
        kind,
        status,
        note: note.into(),
    }
}

fn find(store: &SqliteStore, text: &str) -> Vec<String> {
    store
        .list(&ListQuery {
            text: text.into(),
            ..Default::default()
        })
        .expect("search runs")
        .items
        .into_iter()
        .map(|s| s.reference)
        .collect()
}

#[test]
fn autosaves_replace_the_working_revision_and_a_save_makes_it_permanent() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "preservation-mailbox");
    let mut doc = store.load(&id).unwrap().doc;
    for (i, text) in ["H", "He", "Hel", "Help"].iter().enumerate() {
        doc["facts"]["summary"] = json!(text);
        let rev = store
            .autosave(
                catalog(),
                &id,
                doc.clone(),
                "Officer A",
                &format!("2026-11-22T09:00:0{i}Z"),
            )
            .unwrap();
        assert_eq!(rev.n, 2, "typing keeps one working revision");
        assert_eq!(rev.origin, Origin::Autosave);
        assert_eq!(rev.changed, vec!["/facts/summary".to_string()]);
    }
    let saved = store
        .save(catalog(), &id, doc.clone(), Origin::Save, "Officer A", NOW)
        .unwrap();
    assert_eq!((saved.n, saved.origin), (2, Origin::Save));
    doc["request"]["reference"] = json!("NEW-REF-1");
    let next = store
        .autosave(catalog(), &id, doc.clone(), "Officer A", NOW)
        .unwrap();
    assert_eq!(next.n, 3, "after a save, typing starts a new revision");
    assert_eq!(next.changed, vec!["/request/reference".to_string()]);
    // Another officer's autosave never rewrites this officer's revision.
    doc["request"]["reference"] = json!("NEW-REF-2");
    let other = store
        .autosave(catalog(), &id, doc, "Officer B", NOW)
        .unwrap();
    assert_eq!((other.n, other.author.as_str()), (4, "Officer B"));

    let stored = store.load(&id).unwrap();
    assert_eq!(stored.doc["facts"]["summary"], "Help");
    assert_eq!(stored.summary.reference, "NEW-REF-2");
    assert_eq!(stored.summary.head, 4);
    let history: Vec<u32> = store.revisions(&id).unwrap().iter().map(|r| r.n).collect();
    assert_eq!(history, vec![4, 3, 2, 1]);
}

#[test]
fn restoring_a_revision_adds_a_new_one_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "mla-fraud-network");
    let original = store.load(&id).unwrap().doc;
    let mut doc = original.clone();
    doc["facts"]["summary"] = json!("Overwritten by mistake");
    store
        .save(catalog(), &id, doc, Origin::Save, "Officer A", NOW)
        .unwrap();
    let restored = store.restore(catalog(), &id, 1, "Officer A", NOW).unwrap();
    assert_eq!((restored.n, restored.restored_from), (3, Some(1)));
    assert_eq!(restored.origin, Origin::Restore);
    assert_eq!(store.load(&id).unwrap().doc, original);
    assert_eq!(
        store.revision_doc(&id, 2).unwrap()["facts"]["summary"],
        "Overwritten by mistake",
        "the mistaken revision is still in the history"
    );
    assert!(matches!(
        store.restore(catalog(), &id, 9, "Officer A", NOW),
        Err(RegisterError::NoRevision { n: 9, .. })
    ));
}

#[test]
fn a_case_the_catalog_rejects_is_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "preservation-mailbox");
    let mut doc = store.load(&id).unwrap().doc;
    doc["request"]["colour"] = json!("blue");
    let err = store
        .autosave(catalog(), &id, doc, "Officer A", NOW)
        .unwrap_err();
    assert_eq!(err.code(), "case");
    assert_eq!(store.load(&id).unwrap().summary.head, 1);
}

#[test]
fn statuses_and_references_are_tracked_as_dated_events() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "mla-fraud-network");
    assert_eq!(store.load(&id).unwrap().summary.status, Status::Draft);
    store
        .add_event(
            catalog(),
            &id,
            event(
                "2026-11-23",
                EventKind::Status,
                Some(Status::Sent),
                "By courier",
            ),
            "A",
            NOW,
        )
        .unwrap();
    store
        .add_event(
            catalog(),
            &id,
            event(
                "2026-12-01",
                EventKind::TheirReference,
                None,
                "XA-MLA-77/2026",
            ),
            "A",
            NOW,
        )
        .unwrap();
    store
        .add_event(
            catalog(),
            &id,
            event(
                "2026-12-02",
                EventKind::Status,
                Some(Status::Acknowledged),
                "",
            ),
            "A",
            NOW,
        )
        .unwrap();
    let s = store.load(&id).unwrap().summary;
    assert_eq!(s.status, Status::Acknowledged);
    assert_eq!(s.their_reference, "XA-MLA-77/2026");
    let kinds: Vec<EventKind> = store.events(&id).unwrap().iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![
            EventKind::Status,
            EventKind::TheirReference,
            EventKind::Status
        ]
    );
    assert_eq!(
        find(&store, "courier"),
        vec![s.reference.clone()],
        "event notes are searched"
    );
    assert_eq!(find(&store, "XA-MLA-77"), vec![s.reference]);

    let bad = store.add_event(
        catalog(),
        &id,
        event("23/11/2026", EventKind::Note, None, "x"),
        "A",
        NOW,
    );
    assert!(matches!(bad, Err(RegisterError::BadDate { ref field, .. }) if field == "on"));
    let long = "x".repeat(200_000);
    let bad = store.add_event(
        catalog(),
        &id,
        event("2026-11-23", EventKind::Note, None, &long),
        "A",
        NOW,
    );
    assert!(matches!(bad, Err(RegisterError::TooLong { .. })));
    let bad = store.add_event(
        catalog(),
        &id,
        event("2026-11-23", EventKind::Status, None, ""),
        "A",
        NOW,
    );
    assert!(matches!(bad, Err(RegisterError::StatusMissing)));
    assert_eq!(
        store.events(&id).unwrap().len(),
        3,
        "refused events are not stored"
    );
}

fn rules_due(store: &SqliteStore, id: &str) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = store
        .case_deadlines(id)
        .unwrap()
        .into_iter()
        .map(|d| (d.rule, d.due))
        .collect();
    let mut from_dashboard: Vec<(String, String)> = store
        .deadlines("2100-01-01", 1000)
        .unwrap()
        .into_iter()
        .filter(|d| d.case_id == id)
        .map(|d| (d.rule, d.due))
        .collect();
    from_dashboard.sort();
    v.sort();
    assert_eq!(
        v, from_dashboard,
        "the case's deadlines are the dashboard's"
    );
    v
}

#[test]
fn preservation_deadlines_follow_art_29_7_and_the_provider_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    // sample-mail keeps data 90 days and extends by 90; request dated 2026-10-07.
    let id = add(&mut store, "preservation-mailbox");
    assert_eq!(
        rules_due(&store, &id),
        vec![
            ("preservation-extension".into(), "2026-12-22".into()),
            ("preservation-minimum".into(), "2026-12-06".into()),
            ("preservation-provider".into(), "2027-01-05".into()),
        ],
        "from the request date until it is sent"
    );
    store
        .add_event(
            catalog(),
            &id,
            event("2026-10-09", EventKind::Status, Some(Status::Sent), ""),
            "A",
            NOW,
        )
        .unwrap();
    let due = rules_due(&store, &id);
    assert!(
        due.contains(&("preservation-minimum".into(), "2026-12-08".into())),
        "{due:?}"
    );
    assert!(
        due.contains(&("acknowledgement-follow-up".into(), "2026-11-08".into())),
        "{due:?}"
    );
    let d = store
        .deadlines("2026-12-31", 50)
        .unwrap()
        .into_iter()
        .find(|d| d.rule == "preservation-minimum")
        .unwrap();
    assert_eq!(d.basis, vec!["Budapest Convention art. 29(7)".to_string()]);
    assert!(!d.advice, "the 60 days are the Convention's, not advice");

    // The follow-up MLA request carries the data over; once it is sent the
    // preservation periods are met (art. 29(7): preserved pending decision).
    let follow = store.create_follow_up(catalog(), &id, "A", NOW).unwrap();
    assert_eq!(follow.follows.as_deref(), Some(id.as_str()));
    let f = store.load(&follow.id).unwrap();
    let source = store.load(&id).unwrap();
    assert_eq!(f.doc["measures"][0]["type"], "stored_data_access");
    assert_eq!(
        f.doc["measures"][0]["identifiers"],
        source.doc["preservation"]["identifiers"]
    );
    assert_eq!(
        f.doc["earlier_requests"][0]["reference"],
        source.doc["request"]["reference"]
    );
    assert_eq!(f.doc["offences"], source.doc["offences"]);
    assert_eq!(
        store.load(&id).unwrap().followed_by,
        vec![follow.id.clone()]
    );
    store
        .add_event(
            catalog(),
            &follow.id,
            event("2026-11-20", EventKind::Status, Some(Status::Sent), ""),
            "A",
            NOW,
        )
        .unwrap();
    let left: Vec<String> = rules_due(&store, &id).into_iter().map(|d| d.0).collect();
    assert_eq!(left, vec!["acknowledgement-follow-up".to_string()]);
    // An MLA request cannot be "followed up" as a preservation.
    assert!(matches!(
        store.create_follow_up(catalog(), &follow.id, "A", NOW),
        Err(RegisterError::NotPreservation { .. })
    ));
}

#[test]
fn provisional_arrest_runs_from_the_arrest_for_the_period_of_the_requested_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "provisional-arrest-fugitive");
    let doc = store.load(&id).unwrap().doc;
    let country = doc["requested_state"]["country"]
        .as_str()
        .unwrap()
        .to_string();
    let days = catalog()
        .country(&country)
        .and_then(|c| c.provisional_arrest_days)
        .expect("the example's State has a profile with a period");
    assert!(!rules_due(&store, &id)
        .iter()
        .any(|d| d.0 == "provisional-arrest-period"));
    store
        .add_event(
            catalog(),
            &id,
            event(
                "2026-11-20",
                EventKind::Arrested,
                None,
                "Arrested at the airport",
            ),
            "A",
            NOW,
        )
        .unwrap();
    let expected = jiff::civil::date(2026, 11, 20)
        .checked_add(jiff::Span::new().days(i64::from(days)))
        .unwrap()
        .to_string();
    assert!(rules_due(&store, &id).contains(&("provisional-arrest-period".into(), expected)));
    store
        .add_event(
            catalog(),
            &id,
            event("2026-12-01", EventKind::Status, Some(Status::Withdrawn), ""),
            "A",
            NOW,
        )
        .unwrap();
    assert!(
        rules_due(&store, &id).is_empty(),
        "a withdrawn request has no deadline"
    );
}

#[test]
fn the_dashboard_lists_what_falls_due_earliest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let a = add(&mut store, "preservation-mailbox");
    let b = add(&mut store, "preservation-cloud-zh");
    let due = store.deadlines("2027-01-31", 100).unwrap();
    let dates: Vec<&str> = due.iter().map(|d| d.due.as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert!(due.iter().any(|d| d.case_id == a) && due.iter().any(|d| d.case_id == b));
    let soon = store.deadlines("2026-12-10", 100).unwrap();
    assert!(soon.iter().all(|d| d.due.as_str() <= "2026-12-10"));
    let page = store
        .list(&ListQuery {
            due_before: Some("2026-12-10".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.items[0].id, a);
}

#[test]
fn search_finds_words_in_all_six_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    for name in [
        "mla-fraud-network",
        "preservation-cloud-zh",
        "extradition-convicted-ar",
        "extradition-in-absentia",
        "extradition-not-sentenced",
        "emergency-kidnapping",
    ] {
        add(&mut store, name);
    }
    let reference = |name: &str| {
        example(name)["request"]["reference"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // English, by prefix and regardless of case.
    assert_eq!(
        find(&store, "FRAUD organisation"),
        vec![reference("mla-fraud-network")]
    );
    // Chinese: a word inside a run of characters ("敲诈勒索" in the offence).
    assert_eq!(
        find(&store, "勒索"),
        vec![reference("preservation-cloud-zh")]
    );
    assert_eq!(
        find(&store, "敲诈勒索"),
        vec![reference("preservation-cloud-zh")]
    );
    assert!(
        find(&store, "勒诈").is_empty(),
        "characters out of order do not match"
    );
    // Arabic with and without vowel marks and hamza: the offence is
    // "خيانة الأمانة ... من قِبل مدير" (with a kasra in قِبل).
    let ar = reference("extradition-convicted-ar");
    assert_eq!(find(&store, "خيانة الأمانة"), vec![ar.clone()]);
    assert_eq!(
        find(&store, "خيانه الامانه"),
        vec![ar.clone()],
        "without hamza, with ha"
    );
    assert_eq!(find(&store, "الأَمَانَة"), vec![ar.clone()], "with vowel marks");
    assert_eq!(
        find(&store, "قبل مدير"),
        vec![ar.clone()],
        "the text's kasra is not needed"
    );
    assert_eq!(
        find(&store, "قِبَل"),
        vec![ar],
        "nor must the query match the text's marks"
    );
    // A search for nothing searchable lists everything.
    assert_eq!(find(&store, " ;, ").len(), 6);
    // Filters combine with text.
    let page = store
        .list(&ListQuery {
            kind: Some("extradition".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total, 3);
    let page = store
        .list(&ListQuery {
            kind: Some("extradition".into()),
            status: Some(Status::Sent),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page.total, 0);
    let bad = store.list(&ListQuery {
        date_from: Some("2026-13-01".into()),
        ..Default::default()
    });
    assert!(matches!(bad, Err(RegisterError::BadDate { ref field, .. }) if field == "date_from"));
}

#[test]
fn russian_and_french_fold_letters_and_accents() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let id = add(&mut store, "mla-fraud-network");
    let mut doc = store.load(&id).unwrap().doc;
    doc["facts"]["summary"] = json!("Ещё одна сделка; la société écran à Genève");
    store
        .save(catalog(), &id, doc, Origin::Save, "A", NOW)
        .unwrap();
    let r = example("mla-fraud-network")["request"]["reference"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(find(&store, "еще"), vec![r.clone()]);
    assert_eq!(find(&store, "societe geneve"), vec![r.clone()]);
    assert_eq!(find(&store, "SOCIÉTÉ"), vec![r]);
}

#[test]
fn incoming_requests_keep_their_sender_and_start_as_received() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let s = store
        .create(
            catalog(),
            example("mla-fraud-network"),
            Direction::Incoming,
            NewCase {
                country: Some("XB".into()),
                received_on: Some("2026-11-02".into()),
                their_reference: Some("XB/MLA/55".into()),
                follows: None,
            },
            "A",
            NOW,
        )
        .unwrap();
    assert_eq!(s.status, Status::Received);
    assert_eq!(
        (s.country.as_str(), s.received_on.as_deref()),
        ("XB", Some("2026-11-02"))
    );
    let bad = store.create(
        catalog(),
        example("mla-fraud-network"),
        Direction::Incoming,
        NewCase {
            received_on: Some("yesterday".into()),
            ..Default::default()
        },
        "A",
        NOW,
    );
    assert!(matches!(bad, Err(RegisterError::BadDate { .. })));
    assert_eq!(store.ids().unwrap().len(), 1);
}

#[test]
fn import_reports_duplicates_revises_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let a = add(&mut store, "mla-fraud-network");
    let out = tempfile::tempdir().unwrap();
    let files = export_cases(&store, std::slice::from_ref(&a), out.path()).unwrap();
    assert_eq!(files.len(), 1);
    let again = export_cases(&store, std::slice::from_ref(&a), out.path()).unwrap();
    assert_ne!(files[0], again[0], "an export never replaces a file");

    // The same content: a duplicate, nothing written.
    let r = import_files(&mut store, catalog(), &files, "B", NOW);
    assert!(matches!(&r[0], ImportOutcome::Duplicate { id, .. } if id == &a));
    assert_eq!(store.load(&a).unwrap().summary.head, 1);

    // Changed content: a new revision; the old one stays.
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    doc["facts"]["summary"] = json!("Amended abroad");
    std::fs::write(&files[0], serde_json::to_string(&doc).unwrap()).unwrap();
    let r = import_files(&mut store, catalog(), &files, "B", NOW);
    assert!(
        matches!(&r[0], ImportOutcome::Revised { id, n: 2, .. } if id == &a),
        "{r:?}"
    );
    assert_eq!(store.revisions(&a).unwrap()[0].origin, Origin::Import);
    assert_ne!(
        store.revision_doc(&a, 1).unwrap()["facts"]["summary"],
        "Amended abroad"
    );

    // Without its id, the same request is new, and flagged as the same reference.
    doc.as_object_mut().unwrap().remove("id");
    let f = out.path().join("no-id.json");
    std::fs::write(&f, serde_json::to_string(&doc).unwrap()).unwrap();
    let r = import_files(&mut store, catalog(), &[f], "B", NOW);
    assert!(
        matches!(&r[0], ImportOutcome::Imported { same_reference: Some(s), .. } if s == &a),
        "{r:?}"
    );
}

#[test]
fn damaged_imports_name_the_file_and_the_problem_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let a = add(&mut store, "preservation-mailbox");
    let files = tempfile::tempdir().unwrap();
    let full = serde_json::to_string_pretty(&example("mla-fraud-network")).unwrap();
    let mut newer = example("mla-fraud-network");
    newer["version"] = json!(99);
    let mut unknown_measure = example("mla-fraud-network");
    unknown_measure["measures"][0]["type"] = json!("telepathy");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.json",
            full.as_bytes()[..full.len() / 2].to_vec(),
            "case-json",
        ),
        (
            "foreign.json",
            br#"{"format":"something-else","version":1}"#.to_vec(),
            "case-format",
        ),
        (
            "newer.json",
            serde_json::to_vec(&newer).unwrap(),
            "case-version",
        ),
        (
            "unknown-measure.json",
            serde_json::to_vec(&unknown_measure).unwrap(),
            "case-unknown-measure",
        ),
        (
            "binary.json",
            vec![0xff, 0xfe, 0x00, 0x41],
            "register-unknown-file",
        ),
    ];
    let mut paths = Vec::new();
    for (name, bytes, _) in &cases {
        let p = files.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        paths.push(p);
    }
    paths.push(files.path().join("missing.json"));
    let before = store.list(&ListQuery::default()).unwrap();
    let r = import_files(&mut store, catalog(), &paths, "B", NOW);
    for (i, (name, _, code)) in cases.iter().enumerate() {
        match &r[i] {
            ImportOutcome::Failed { file, code: c, .. } => {
                assert!(file.ends_with(name));
                assert!(c.starts_with(code), "{name}: {c}");
            }
            other => panic!("{name} was imported: {other:?}"),
        }
    }
    assert!(matches!(&r[5], ImportOutcome::Failed { code, .. } if code == "register-io"));
    assert_eq!(store.list(&ListQuery::default()).unwrap(), before);
    assert_eq!(store.load(&a).unwrap().summary.head, 1);
}

#[test]
fn only_a_rogatory_register_of_this_or_an_older_schema_opens() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("notes.sqlite");
    std::fs::write(&junk, "These are my notes, not a database.").unwrap();
    let err = SqliteStore::open(&junk, catalog()).err().expect("refused");
    assert_eq!(err.code(), "not-register");
    assert_eq!(
        std::fs::read_to_string(&junk).unwrap(),
        "These are my notes, not a database."
    );

    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    assert_eq!(
        SqliteStore::open(&other, catalog()).err().unwrap().code(),
        "not-register"
    );

    let newer = dir.path().join("newer.sqlite");
    drop(SqliteStore::open(&newer, catalog()).unwrap());
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let err = SqliteStore::open(&newer, catalog()).err().unwrap();
    assert!(matches!(err, RegisterError::TooNew { found, .. } if found == SCHEMA_VERSION + 1));
}

/// A register at each earlier schema, filled the way that schema allowed,
/// opens at the current one with its cases, searchable and with deadlines.
#[test]
fn every_earlier_schema_upgrades_with_its_data() {
    for version in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        let conn = SqliteStore::create_at_schema(&path, version).unwrap();
        let doc = example("preservation-mailbox");
        let text = serde_json::to_string(&doc).unwrap();
        conn.execute(
            "INSERT INTO cases (id, kind, direction, status, reference, country, created_at,
                updated_at, head)
             VALUES ('old-1', 'preservation', 'outgoing', 'draft', ?1, 'XA', ?2, ?2, 1)",
            rusqlite::params![doc["request"]["reference"].as_str(), NOW],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO revisions (case_id, n, at, author, origin, doc)
             VALUES ('old-1', 1, ?1, 'Officer A', 'created', ?2)",
            rusqlite::params![NOW, text],
        )
        .unwrap();
        if version >= 2 {
            conn.execute(
                "INSERT INTO events (case_id, on_date, kind, status, note, author, recorded_at)
                 VALUES ('old-1', '2026-10-09', 'status', 'sent', 'sent by the old version', 'A', ?1)",
                [NOW],
            )
            .unwrap();
        }
        drop(conn);
        let store = SqliteStore::open(&path, catalog()).expect("upgrades");
        let user_version: i64 = rusqlite::Connection::open(&path)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(user_version, SCHEMA_VERSION, "from schema {version}");
        assert_eq!(
            store.load("old-1").unwrap().doc,
            doc,
            "from schema {version}"
        );
        let reference = doc["request"]["reference"].as_str().unwrap();
        assert_eq!(
            find(&store, "Examplemail"),
            vec![reference.to_string()],
            "from schema {version}: the old case is searchable"
        );
        let rules: Vec<String> = rules_due(&store, "old-1")
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert!(
            rules.contains(&"preservation-minimum".to_string()),
            "from schema {version}: {rules:?}"
        );
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

#[test]
fn a_backup_restores_the_whole_register() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let a = add(&mut store, "mla-fraud-network");
    let backup = dir.path().join("backup.sqlite");
    store.backup_to(&backup).unwrap();
    add(&mut store, "preservation-mailbox");
    assert_eq!(store.ids().unwrap().len(), 2);
    store.restore_backup(catalog(), &backup).unwrap();
    assert_eq!(store.ids().unwrap(), vec![a.clone()]);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    // A damaged backup is refused and the register is left as it was.
    let bad = dir.path().join("bad.sqlite");
    let bytes = std::fs::read(&backup).unwrap();
    std::fs::write(&bad, &bytes[..bytes.len() / 3]).unwrap();
    let err = store.restore_backup(catalog(), &bad).unwrap_err();
    assert!(matches!(err.code(), "damaged" | "not-register"), "{err}");
    assert_eq!(store.ids().unwrap(), vec![a]);
}

#[test]
fn the_follow_up_of_every_preservation_example_is_a_valid_mla_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    for name in ["preservation-mailbox", "preservation-cloud-zh"] {
        let id = add(&mut store, name);
        let doc = follow_up_doc(catalog(), &store.load(&id).unwrap()).unwrap();
        assert_eq!(doc["kind"], "mla");
        assert_eq!(doc["request"]["status"], "follow_up_preservation");
        assert_eq!(
            doc["request"]["language"],
            example(name)["request"]["language"]
        );
    }
}

#[test]
fn copies_of_the_app_opening_a_new_register_at_once_all_succeed() {
    // The race is narrow (one copy reading while another creates the
    // schema), so it is run many times over.
    for round in 0..30 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.sqlite");
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let path = path.clone();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    SqliteStore::open(&path, catalog()).map(|_| ())
                })
            })
            .collect();
        for h in handles {
            h.join()
                .unwrap()
                .unwrap_or_else(|e| panic!("round {round}: a copy failed to open: {e}"));
        }
        assert_eq!(open(&dir).integrity_check().unwrap(), "ok");
    }
}

#[test]
fn every_register_error_has_a_message_in_six_languages() {
    let errors = [
        RegisterError::Database { detail: "x".into() },
        RegisterError::Busy,
        RegisterError::NotRegister { path: "p".into() },
        RegisterError::TooNew {
            path: "p".into(),
            found: 9,
            supported: 3,
        },
        RegisterError::Damaged {
            path: "p".into(),
            detail: "d".into(),
        },
        RegisterError::NoCase { id: "i".into() },
        RegisterError::NoRevision {
            id: "i".into(),
            n: 2,
        },
        RegisterError::BadDate {
            field: "on".into(),
            value: "v".into(),
        },
        RegisterError::TooLong {
            field: "note".into(),
            max: 5,
        },
        RegisterError::StatusMissing,
        RegisterError::NotPreservation { id: "i".into() },
        RegisterError::Io {
            path: "p".into(),
            detail: "d".into(),
        },
        RegisterError::UnknownFile { path: "p".into() },
        RegisterError::Case(rogatory::CaseError::Kind { found: "k".into() }),
    ];
    for e in &errors {
        for lang in rogatory::i18n::REQUIRED_LANGUAGES {
            let id = e.message_id();
            assert!(localizer().has(lang, &id), "{id} is missing in {lang}");
            let text = localizer().text(lang, &id, &e.args());
            assert!(
                !text.contains("{$") && !text.contains('$'),
                "{lang} {id}: {text}"
            );
        }
    }
}

#[test]
fn a_case_file_received_from_abroad_is_imported_as_an_incoming_request() {
    use rogatory::register::transfer::{import_files_as, ImportAs};
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir);
    let file = dir.path().join("from-xb.json");
    let mut doc = example("mla-fraud-network");
    doc.as_object_mut().unwrap().remove("id");
    std::fs::write(&file, serde_json::to_string(&doc).unwrap()).unwrap();
    let as_ = ImportAs {
        direction: Direction::Incoming,
        details: NewCase {
            country: Some("XB".into()),
            received_on: Some("2026-11-21".into()),
            their_reference: Some("XB/55".into()),
            follows: None,
        },
    };
    let r = import_files_as(&mut store, catalog(), &[file], &as_, "B", NOW);
    let ImportOutcome::Imported { id, .. } = &r[0] else {
        panic!("{r:?}")
    };
    let s = store.summary(id).unwrap();
    assert_eq!(
        (s.direction, s.status),
        (Direction::Incoming, Status::Received)
    );
    assert_eq!(
        (s.country.as_str(), s.their_reference.as_str()),
        ("XB", "XB/55")
    );
    assert_eq!(s.received_on.as_deref(), Some("2026-11-21"));
}
