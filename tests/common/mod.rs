//! Shared set-up for the cross-module tests: the real catalog and locales of
//! this repository, a fixed "today", and helpers to edit example cases.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rogatory::{validate, Case, Catalog, Finding, Localizer, Severity};
use serde_json::Value;

pub fn home() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| Catalog::load(&home().join("templates")).expect("templates load"))
}

pub fn localizer() -> &'static Localizer {
    static L: OnceLock<Localizer> = OnceLock::new();
    L.get_or_init(|| Localizer::load(&home().join("locales"), true).expect("locales load"))
}

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

pub fn example_path(name: &str) -> PathBuf {
    home()
        .join("templates/examples")
        .join(format!("{name}.json"))
}

pub fn example(name: &str) -> Value {
    let text = std::fs::read_to_string(example_path(name)).expect("example exists");
    serde_json::from_str(&text).expect("example is JSON")
}

pub fn check(doc: &Value) -> Vec<Finding> {
    let case = Case::from_value(doc.clone(), catalog()).expect("case shape is valid");
    validate(&case, catalog(), today())
}

pub fn errors(findings: &[Finding]) -> Vec<&Finding> {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

/// Empties the value at a JSON pointer the way an officer would: text becomes
/// "", a list becomes [], an undertaking becomes false, an object loses its
/// members.
pub fn blank(doc: &mut Value, pointer: &str) {
    let v = doc
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} exists in the example"));
    *v = match v {
        Value::String(_) => Value::String(String::new()),
        Value::Array(_) => Value::Array(Vec::new()),
        Value::Bool(_) => Value::Bool(false),
        Value::Object(_) => Value::Object(Default::default()),
        _ => Value::Null,
    };
}

pub fn set(doc: &mut Value, pointer: &str, value: Value) {
    let v = doc
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer} exists in the example"));
    *v = value;
}

/// One row of a table-driven test: blank `remove` in the example and expect
/// `code` at `path`, citing `basis`.
pub struct Row {
    pub remove: &'static str,
    pub code: &'static str,
    pub path: &'static str,
    pub basis: &'static str,
}

pub fn run_table(example_name: &str, rows: &[Row]) {
    let complete = example(example_name);
    let base = errors(&check(&complete)).len();
    assert_eq!(
        base,
        0,
        "{example_name} must be complete: {:#?}",
        errors(&check(&complete))
    );
    for row in rows {
        let mut doc = complete.clone();
        blank(&mut doc, row.remove);
        let findings = check(&doc);
        let hit = findings
            .iter()
            .find(|f| f.code == row.code && f.path == row.path)
            .unwrap_or_else(|| {
                panic!(
                    "removing {} from {example_name}: expected {} at {}, got {:#?}",
                    row.remove, row.code, row.path, findings
                )
            });
        assert!(
            hit.basis.iter().any(|b| b == row.basis),
            "{}: basis {:?} lacks {}",
            row.code,
            hit.basis,
            row.basis
        );
    }
}

/// A small deterministic generator, so a failing fuzz or crash run replays.
pub struct XorShift(pub u64);
impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One to four random edits of `input`: a bit flipped, a cut, one of
/// `tokens` spliced in, a run deleted, or a chunk of the input copied.
pub fn mutate(rng: &mut XorShift, tokens: &[&str], input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        if v.is_empty() {
            break;
        }
        let at = rng.below(v.len());
        match rng.below(5) {
            0 => v[at] ^= 1 << rng.below(8),
            1 => v.truncate(at),
            2 => {
                let t = tokens[rng.below(tokens.len())].as_bytes();
                v.splice(at..at, t.iter().copied());
            }
            3 => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at..end);
            }
            _ => {
                let from = rng.below(v.len());
                let end = (from + rng.below(128)).min(v.len());
                let chunk: Vec<u8> = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

/// Text without whitespace and bidi controls, for comparisons that must not
/// depend on where lines were broken.
pub fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(*c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0xAD)
        })
        .collect()
}
