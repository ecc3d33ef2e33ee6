//! Coverage-guided fuzzing of the case-file parser and the validator.
//! Run: `cargo fuzz run parse_case` from the repository root (see README).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use rogatory::{Case, Catalog};

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| {
        Catalog::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates"))
            .expect("templates load")
    })
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(case) = Case::parse(text, catalog()) {
            let _ = rogatory::validate(&case, catalog(), jiff::civil::date(2026, 11, 22));
            let _ = Case::parse(&case.to_json(), catalog()).expect("a parsed case re-parses");
        }
    }
});
