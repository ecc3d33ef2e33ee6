//! The request as a PDF, checked with real tools (poppler's pdftotext,
//! pdffonts and pdfinfo, and qpdf) for every example in every language:
//! the file is valid, every font is an embedded subset, the text comes back
//! in logical order with the headings of that language, and the same inputs
//! give the same bytes.

mod common;
use std::path::Path;
use std::process::Command;

use common::*;
use rogatory::compose::ComposeOptions;
use rogatory::i18n::REQUIRED_LANGUAGES;
use rogatory::layout::Fonts;
use rogatory::{Args, Case};

fn render(doc_json: &serde_json::Value, lang: &str, draft: bool) -> (Vec<u8>, usize, String) {
    let case = Case::from_value(doc_json.clone(), catalog()).expect("valid case");
    let opts = ComposeOptions {
        lang: lang.into(),
        draft,
        logo: None,
    };
    let r = rogatory::render(
        &case,
        catalog(),
        localizer(),
        &opts,
        today().at(9, 30, 0, 0),
    )
    .expect("pdf");
    (r.bytes, r.pages, r.title)
}

fn tool(name: &str, args: &[&str]) -> (i32, String) {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| {
        panic!("{name} must be installed (scripts/setup installs poppler-utils and qpdf): {e}")
    });
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// The first words of a text as they must come back: for Arabic, the first
/// run of Arabic words (pdftotext keeps a right-to-left run in logical order,
/// but may place the runs of a mixed line in visual order); otherwise the
/// first 60 characters.
fn expected_start(text: &str) -> String {
    if text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_arabic)
    {
        let words: Vec<&str> = text
            .split_whitespace()
            .take_while(|w| w.chars().all(|c| is_arabic(c) || !c.is_alphanumeric()))
            .take(4)
            .collect();
        return squash(&words.join(" "));
    }
    squash(&text.chars().take(60).collect::<String>())
}

fn check_pdf(path: &Path, pages: usize, title: &str, lang: &str, must_contain: &[String]) {
    let p = path.to_str().unwrap();
    let (code, out) = tool("qpdf", &["--check", p]);
    assert_eq!(code, 0, "qpdf --check {p}: {out}");
    let (_, fonts) = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{p}: no fonts");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(cols[0].contains('+'), "{p}: font not subset: {row}");
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "{p}: font not embedded/subset/unicode: {row}"
        );
    }
    let (_, info) = tool("pdfinfo", &[p]);
    assert!(
        info.contains(&format!(
            "Pages:{}{pages}",
            " ".repeat(10 - pages.to_string().len())
        )) || info
            .lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(&pages.to_string())),
        "{p}: {info}"
    );
    assert!(
        info.lines().any(|l| l.starts_with("Title:")
            && l.contains(title.split_whitespace().next().unwrap_or(""))),
        "{p}: {info}"
    );
    let (_, text) = tool("pdftotext", &[p, "-"]);
    let flat = squash(&text);
    assert!(
        flat.contains(&squash(title)),
        "{lang}: title “{title}” missing from {p}"
    );
    for m in must_contain {
        assert!(
            flat.contains(m.as_str()),
            "{lang}: “{m}” missing from {p}:\n{}",
            &text[..text.len().min(3000)]
        );
    }
}

#[test]
fn every_example_in_every_language_passes_the_pdf_tools() {
    let dir = tempfile::tempdir().unwrap();
    for e in &catalog().examples {
        let doc = example(&e.name);
        let summary = doc
            .pointer("/facts/summary")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        for lang in REQUIRED_LANGUAGES {
            let (bytes, pages, title) = render(&doc, lang, false);
            let path = dir.path().join(format!("{}.{lang}.pdf", e.name));
            std::fs::write(&path, &bytes).unwrap();
            let heading = squash(
                &localizer()
                    .format(lang, "doc-heading-facts", &Args::new())
                    .unwrap(),
            );
            let mut must = vec![heading];
            if !summary.trim().is_empty() {
                must.push(expected_start(&summary));
            }
            check_pdf(&path, pages, &title, lang, &must);
        }
    }
}

#[test]
fn the_largest_example_is_at_least_eight_pages() {
    let (_, pages, _) = render(&example("mla-fraud-network"), "en", false);
    assert!(pages >= 8, "{pages} pages");
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    for lang in ["en", "ar", "zh"] {
        let a = render(&example("extradition-convicted-ar"), lang, false).0;
        let b = render(&example("extradition-convicted-ar"), lang, false).0;
        assert!(a == b, "{lang}: two renderings differ");
    }
}

#[test]
fn a_200000_character_summary_paginates_without_loss() {
    let mut doc = example("preservation-mailbox");
    let words = [
        "evidence", "transfer", "account", "server", "log", "payment", "Aldora",
    ];
    let mut long = String::new();
    let mut i = 0;
    while long.chars().count() < 200_000 {
        long.push_str(words[i % words.len()]);
        long.push_str(&format!("{i} "));
        if i % 97 == 96 {
            long.push_str("\n\n");
        }
        i += 1;
    }
    let long: String = long.chars().take(200_000).collect();
    let last_word = long.split_whitespace().last().unwrap().to_string();
    doc["facts"]["summary"] = serde_json::json!(long);
    let (bytes, pages, _) = render(&doc, "en", false);
    assert!(pages > 40, "{pages} pages");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let (_, text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    // Every word of the summary is in the PDF, the last one included.
    let flat = squash(&text);
    assert!(flat.contains(&squash(&long[..2_000])), "start missing");
    assert!(flat.contains(&last_word), "{last_word} missing");
    let count = text.matches("evidence").count();
    let expected = long.matches("evidence").count();
    assert!(count >= expected, "{count} of {expected} occurrences");
}

#[test]
fn a_word_longer_than_a_line_is_broken_not_lost() {
    let mut doc = example("preservation-mailbox");
    let word: String = "Aldoratrustbankaccountreference".repeat(12);
    doc["facts"]["summary"] = serde_json::json!(format!("Start {word} end."));
    let (bytes, _, _) = render(&doc, "en", false);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("word.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let (_, text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    assert!(
        squash(&text).contains(&squash(&word)),
        "the long word is incomplete"
    );
    let longest_line = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest_line < word.len(), "the word was not broken");
}

#[test]
fn a_case_with_errors_is_marked_draft() {
    let mut doc = example("preservation-mailbox");
    blank(&mut doc, "/preservation/necessity");
    let case = Case::from_value(doc.clone(), catalog()).unwrap();
    let draft = rogatory::validate::has_errors(&rogatory::validate(&case, catalog(), today()));
    assert!(draft);
    let (bytes, _, _) = render(&doc, "fr", draft);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let (_, text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    let mark = localizer().format("fr", "doc-draft", &Args::new()).unwrap();
    assert!(
        squash(&text).contains(&squash(&mark)),
        "no {mark} watermark"
    );
}

#[test]
fn characters_no_font_covers_are_a_finding_naming_the_field() {
    let mut doc = example("preservation-mailbox");
    doc["facts"]["summary"] = serde_json::json!("The suspect signed as 𓀀𓁐 (Egyptian hieroglyphs).");
    let case = Case::from_value(doc, catalog()).unwrap();
    let f = rogatory::compose::font_findings(&case, catalog(), Fonts::builtin());
    let hit = f
        .iter()
        .find(|f| f.path == "/facts/summary")
        .expect("reported");
    assert_eq!(hit.code, "unsupported-characters");
    assert!(matches!(hit.args.get("chars"), Some(rogatory::ArgValue::Str(s)) if s.contains('𓀀')));
    for lang in REQUIRED_LANGUAGES {
        rogatory::validate::try_message(hit, localizer(), lang).unwrap();
    }
}

#[test]
fn arabic_with_vowel_marks_and_ligatures_copies_back_exactly() {
    // A letter drawn with a shadda in one word and plain in the next must not
    // carry the shadda along; lam-alef ligatures give back both letters.
    let mut doc = example("extradition-convicted-ar");
    let words = [
        "البيانات",
        "مخزَّنة",
        "الخزانة",
        "لا",
        "سلام",
        "بلا",
        "عدالة",
        "مُدَّة",
    ];
    doc["facts"]["summary"] = serde_json::json!(words.join(" "));
    let (bytes, _, _) = render(&doc, "ar", false);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("marks.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let (_, text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    // Letters come back in logical order; marks are neither lost nor spread
    // to other letters. (Where poppler places a mark, and whether it sees a
    // word break beside it, depends on the mark's position, so marks are
    // counted, not placed: a known limit of text extraction.)
    let is_mark = |c: char| ('\u{064B}'..='\u{065F}').contains(&c);
    let letters = |s: &str| -> String {
        s.chars()
            .filter(|c| ('\u{0620}'..='\u{064A}').contains(c))
            .collect()
    };
    let source = words.join(" ");
    // The unvowelled words between the vowelled ones come back contiguous,
    // in logical order, the lam-alef ligatures as two letters.
    assert!(
        letters(&text).contains(&letters("الخزانة لا سلام بلا عدالة")),
        "{text}"
    );
    let count = |s: &str| {
        let mut v: Vec<char> = s.chars().filter(|c| is_mark(*c)).collect();
        v.sort();
        v
    };
    // The rest of the document has marks of its own: compare with the same
    // document whose summary has none.
    doc["facts"]["summary"] =
        serde_json::json!(source.chars().filter(|c| !is_mark(*c)).collect::<String>());
    let (plain, _, _) = render(&doc, "ar", false);
    std::fs::write(&path, &plain).unwrap();
    let (_, plain_text) = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
    let mut added = count(&text);
    for c in count(&plain_text) {
        if let Some(i) = added.iter().position(|x| *x == c) {
            added.remove(i);
        }
    }
    assert_eq!(added, count(&source), "{text}");
}

#[test]
fn the_letterhead_logo_is_embedded_once() {
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 2, 2);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[
            10, 20, 200, 255, 10, 20, 200, 128, 250, 250, 0, 255, 0, 0, 0, 0,
        ])
        .unwrap();
    }
    let png = png.as_slice();
    let logo = rogatory::document::Logo::from_bytes(png).expect("a valid PNG");
    assert_eq!((logo.width, logo.height), (2, 2));
    let case = Case::from_value(example("preservation-mailbox"), catalog()).unwrap();
    let opts = ComposeOptions {
        lang: "en".into(),
        draft: false,
        logo: Some(logo),
    };
    let bytes = rogatory::render(&case, catalog(), localizer(), &opts, today().at(0, 0, 0, 0))
        .unwrap()
        .bytes;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logo.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let (code, _) = tool("qpdf", &["--check", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (_, list) = tool("pdfimages", &["-list", path.to_str().unwrap()]);
    let images: Vec<&str> = list.lines().skip(2).collect();
    assert_eq!(images.len(), 2, "the image and its alpha mask: {list}");
    assert!(
        images[0].contains(" image ") && images[1].contains(" smask "),
        "{list}"
    );
    // Damaged or foreign files are refused with a code the interface localizes.
    assert_eq!(
        rogatory::document::Logo::from_bytes(&png[..40])
            .unwrap_err()
            .code(),
        "corrupt"
    );
    assert_eq!(
        rogatory::document::Logo::from_bytes(b"GIF89a....")
            .unwrap_err()
            .code(),
        "format"
    );
}

/// A draft that does not name its authority yet says so in brackets in every
/// language, instead of leaving a gap ("The  requests...").
#[test]
fn a_draft_without_its_authority_shows_a_placeholder() {
    let blank = Case::blank("preservation", catalog()).unwrap();
    for lang in REQUIRED_LANGUAGES {
        let doc = rogatory::compose::compose(
            &blank,
            catalog(),
            localizer(),
            &ComposeOptions {
                lang: lang.to_string(),
                draft: true,
                logo: None,
            },
        );
        let placeholder = localizer().text(lang, "doc-missing-authority", &Args::new());
        let text = doc.texts().join("\n");
        assert!(text.contains(&placeholder), "{lang}: {text}");
        assert!(!text.contains("The  requests"), "{lang}");
    }
}
