//! A deterministic mutation fuzzer over the shipped examples, run with every
//! test: byte flips, truncations, splices and structural tokens. Parsing must
//! never panic; whatever parses must validate without panicking. The
//! coverage-guided version is `fuzz/fuzz_targets/parse_case.rs`.

mod common;
use common::*;
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
    "[[[[[[",
    "\"type\"",
    "\"measures\"",
    "{\"type\":\"search_seizure\"}",
    "\"2026-02-30\"",
    "\"\u{202E}\"",
    "\u{0000}",
];

#[test]
fn mutated_case_files_never_panic() {
    let mut rng = XorShift(0x5eed_1234_abcd_ef01);
    let mut parsed = 0;
    let iterations = 6_000;
    let inputs: Vec<Vec<u8>> = catalog()
        .examples
        .iter()
        .map(|e| std::fs::read(&e.path).unwrap())
        .collect();
    for i in 0..iterations {
        let input = &inputs[i % inputs.len()];
        let bytes = mutate(&mut rng, TOKENS, input);
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if let Ok(case) = Case::parse(&text, catalog()) {
            parsed += 1;
            let findings = rogatory::validate(&case, catalog(), today());
            for f in findings {
                assert!(f.path.starts_with('/'), "{f:?}");
            }
        }
    }
    // Some mutations must survive parsing, or validation is never exercised.
    assert!(parsed > 100, "only {parsed} of {iterations} mutants parsed");
}

#[test]
fn mutated_cases_that_parse_also_render_without_panicking() {
    use rogatory::compose::ComposeOptions;
    let mut rng = XorShift(0x0bad_cafe_f00d_1234);
    let inputs: Vec<Vec<u8>> = catalog()
        .examples
        .iter()
        .map(|e| std::fs::read(&e.path).unwrap())
        .collect();
    let langs = rogatory::i18n::REQUIRED_LANGUAGES;
    let mut rendered = 0;
    let mut i = 0;
    while rendered < 60 && i < 20_000 {
        let bytes = mutate(&mut rng, TOKENS, &inputs[i % inputs.len()]);
        i += 1;
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let Ok(case) = Case::parse(&text, catalog()) else {
            continue;
        };
        let lang = langs[rendered % langs.len()];
        let opts = ComposeOptions {
            lang: lang.into(),
            draft: true,
            logo: None,
        };
        let pdf = rogatory::render(&case, catalog(), localizer(), &opts, today().at(0, 0, 0, 0))
            .expect("renders")
            .bytes;
        assert!(pdf.starts_with(b"%PDF-"));
        rendered += 1;
    }
    assert!(rendered >= 50, "only {rendered} mutants rendered");
}
