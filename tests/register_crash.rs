//! Crash safety, for real: a writer process (`rogatory register soak`) saves
//! a case over and over and reports each commit; it is killed with SIGKILL
//! at a random moment, 200 times. After every kill the register must pass
//! SQLite's integrity check, every revision must parse as a case, and the
//! case must hold the last revision the writer reported committed (or the
//! one after it, committed just before the kill and not yet reported).

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use rogatory::register::{SqliteStore, Store};
use rogatory::Case;

const KILLS: usize = 200;

/// The writer's last report: revision number and marker counter.
fn parse_line(line: &str) -> Option<(String, u32, u64, u32)> {
    let mut it = line.split_whitespace();
    let id = it.next()?.to_string();
    let n = it.next()?.parse().ok()?;
    let marker = it.next()?;
    let mut parts = marker.strip_prefix("marker-")?.split('-');
    let pid = parts.next()?.parse().ok()?;
    let counter = parts.next()?.parse().ok()?;
    Some((id, n, counter, pid))
}

#[test]
fn killing_the_writer_never_corrupts_the_register_or_loses_a_commit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("register.sqlite");
    let mut rng = XorShift(0x5eed_2026_1122);
    let mut reported_commits = 0usize;
    let mut kills_mid_stream = 0usize;
    for round in 0..KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rogatory"))
            .args(["register", "soak", "--db"])
            .arg(&db)
            .env("ROGATORY_HOME", home())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the writer starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // One kill in ten lands during start-up (opening, maybe migrating);
        // the rest once revisions stream, at a random moment among them.
        let mut lines: Vec<String> = Vec::new();
        if round % 10 == 0 {
            std::thread::sleep(Duration::from_millis(rng.next() % 60));
        } else {
            if let Ok(first) = rx.recv_timeout(Duration::from_secs(10)) {
                lines.push(first);
            }
            std::thread::sleep(Duration::from_micros(rng.next() % 30_000));
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        let _ = reader.join();
        lines.extend(rx.try_iter());
        reported_commits += lines.len();
        let last = lines.last().and_then(|l| parse_line(l));

        let store = SqliteStore::open(&db, catalog()).unwrap_or_else(|e| {
            panic!("round {round}: the register does not open after a kill: {e}")
        });
        assert_eq!(
            store.integrity_check().unwrap(),
            "ok",
            "round {round}: integrity"
        );
        for id in store.ids().unwrap() {
            let case = store.load(&id).unwrap();
            Case::from_value(case.doc.clone(), catalog())
                .unwrap_or_else(|e| panic!("round {round}: case {id} does not parse: {e}"));
            for rev in store.revisions(&id).unwrap() {
                let doc = store.revision_doc(&id, rev.n).unwrap();
                Case::from_value(doc, catalog()).unwrap_or_else(|e| {
                    panic!(
                        "round {round}: revision {} of {id} does not parse: {e}",
                        rev.n
                    )
                });
            }
        }
        let Some((id, n, counter, pid)) = last else {
            continue;
        };
        kills_mid_stream += 1;
        let case = store.load(&id).unwrap();
        assert!(
            case.summary.head >= n,
            "round {round}: revision {n} was reported committed, the register has {}",
            case.summary.head
        );
        let marker = case.doc["facts"]["summary"].as_str().unwrap_or_default();
        let reported = format!("marker-{pid}-{counter}");
        let next = format!("marker-{pid}-{}", counter + 1);
        assert!(
            marker == reported || marker == next,
            "round {round}: the case holds {marker:?}; the writer last reported {reported:?}"
        );
    }
    assert!(
        kills_mid_stream >= KILLS * 8 / 10,
        "only {kills_mid_stream} of {KILLS} kills hit a writer that had committed"
    );
    assert!(
        reported_commits > KILLS,
        "the writer committed {reported_commits} times"
    );
}
