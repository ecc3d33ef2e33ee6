//! Import fuzzing: exported case files, mutated (bit flips, truncations,
//! spliced JSON tokens, a changed id), imported into a register that already
//! holds cases. No import may panic; every file either fails with a named
//! error and writes nothing, or lands as a case the catalog accepts; the
//! cases already there never lose a revision; the database stays sound.

mod common;

use common::*;
use rogatory::register::transfer::{export_cases, import_files, ImportOutcome};
use rogatory::register::{Direction, NewCase, SqliteStore, Store};
use rogatory::Case;

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "1e999",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "[[[[",
    "\"id\":\"\"",
    "\"version\":2",
    "\"kind\":\"mla\"",
    "{\"type\":\"telepathy\"}",
    "\"2026-02-30\"",
    "\u{0000}",
];

#[test]
fn mutated_imports_never_panic_nor_harm_what_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("register.sqlite"), catalog()).unwrap();
    let mut ids = Vec::new();
    for name in [
        "mla-fraud-network",
        "preservation-cloud-zh",
        "extradition-convicted-ar",
    ] {
        ids.push(
            store
                .create(
                    catalog(),
                    example(name),
                    Direction::Outgoing,
                    NewCase::default(),
                    "A",
                    "2026-11-22T09:00:00Z",
                )
                .unwrap()
                .id,
        );
    }
    let out = tempfile::tempdir().unwrap();
    let files = export_cases(&store, &ids, out.path()).unwrap();
    let originals: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let heads_before: Vec<u32> = ids
        .iter()
        .map(|id| store.summary(id).unwrap().head)
        .collect();

    let mut rng = XorShift(0x1A1A_2026);
    let (mut failed, mut landed) = (0, 0);
    let target = out.path().join("mutant.json");
    for round in 0..600 {
        let source = &originals[round % originals.len()];
        std::fs::write(&target, mutate(&mut rng, TOKENS, source)).unwrap();
        let cases_before = store.ids().unwrap().len();
        let outcome = import_files(
            &mut store,
            catalog(),
            std::slice::from_ref(&target),
            "Fuzz",
            "2026-11-22T10:00:00Z",
        );
        match &outcome[0] {
            ImportOutcome::Failed { code, .. } => {
                failed += 1;
                assert!(
                    code.starts_with("case-") || code.starts_with("register-"),
                    "{code}"
                );
                assert_eq!(
                    store.ids().unwrap().len(),
                    cases_before,
                    "round {round}: a failed import wrote a case"
                );
            }
            ImportOutcome::Imported { id, .. }
            | ImportOutcome::Revised { id, .. }
            | ImportOutcome::Duplicate { id, .. } => {
                landed += 1;
                let case = store.load(id).unwrap();
                Case::from_value(case.doc, catalog()).unwrap_or_else(|e| {
                    panic!("round {round}: the stored case does not parse: {e}")
                });
            }
        }
    }
    for (id, before) in ids.iter().zip(heads_before) {
        let revs = store.revisions(id).unwrap();
        assert!(revs.len() as u32 >= before, "case {id} lost revisions");
        for r in revs {
            Case::from_value(store.revision_doc(id, r.n).unwrap(), catalog()).unwrap();
        }
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert!(
        failed > 100 && landed > 10,
        "{failed} failed, {landed} landed: the mutations should produce both"
    );
}
