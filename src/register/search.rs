//! Full-text search in six languages on SQLite's FTS5.
//!
//! FTS5's `unicode61` tokenizer folds case in every script and strips Latin
//! diacritics, but on its own it fails two of our languages:
//!
//! - **Chinese** has no spaces: a whole run of ideographs would be one token,
//!   so "诈骗" would not find "电信诈骗案". The text is indexed as overlapping
//!   pairs of characters (电信 信诈 诈骗 骗案, plus the last character alone),
//!   and a query of two or more characters becomes the phrase of its pairs:
//!   any word is found wherever it occurs, without a dictionary. A single
//!   character is searched as a prefix of the pairs.
//! - **Arabic** vowel marks (harakat) are combining marks, which `unicode61`
//!   treats as separators, cutting "كَتَبَ" into letters. They are removed
//!   before indexing and from queries, with the tatweel, and the hamza forms
//!   of alef (أ إ آ ٱ) are folded to ا, ى to ي and ة to ه, so a word is found
//!   with or without diacritics and with either spelling.
//!
//! Russian ё is folded to е for the same reason. Both sides go through
//! [`normalize`], so the index and the query always agree.

/// Text as it is indexed: Arabic folded, Chinese cut into character pairs.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
            continue;
        }
        flush_cjk(&mut run, &mut out);
        if let Some(f) = fold(c) {
            out.push(f);
        }
    }
    flush_cjk(&mut run, &mut out);
    out
}

/// The FTS5 query for what the officer typed: every word must occur, a
/// Chinese word as a phrase of its character pairs. The last word is also
/// matched as a prefix, so the list follows the officer's typing ("fraud"
/// finds "fraudulent"); earlier words match whole, which keeps a query of
/// common words fast on a large register. `None` when nothing searchable is
/// left.
pub fn fts_query(input: &str) -> Option<String> {
    enum Piece {
        Word(String),
        Chinese(String),
    }
    let mut pieces: Vec<Piece> = Vec::new();
    for word in input.split(|c: char| c.is_whitespace() || is_separator(c)) {
        let mut plain = String::new();
        let mut run: Vec<char> = Vec::new();
        let flush_plain = |plain: &mut String, pieces: &mut Vec<Piece>| {
            if !plain.is_empty() {
                pieces.push(Piece::Word(std::mem::take(plain)));
            }
        };
        for c in word.chars() {
            if is_cjk(c) {
                flush_plain(&mut plain, &mut pieces);
                run.push(c);
                continue;
            }
            if !run.is_empty() {
                pieces.push(Piece::Chinese(cjk_query(&run)));
                run.clear();
            }
            if let Some(f) = fold(c) {
                if f.is_alphanumeric() {
                    plain.push(f);
                }
            }
        }
        flush_plain(&mut plain, &mut pieces);
        if !run.is_empty() {
            pieces.push(Piece::Chinese(cjk_query(&run)));
        }
    }
    let last = pieces.len().checked_sub(1)?;
    let terms: Vec<String> = pieces
        .into_iter()
        .enumerate()
        .map(|(i, p)| match p {
            Piece::Word(w) if i == last => format!("\"{w}\" *"),
            Piece::Word(w) => format!("\"{w}\""),
            Piece::Chinese(q) => q,
        })
        .collect();
    Some(terms.join(" AND "))
}

fn cjk_query(run: &[char]) -> String {
    if run.len() == 1 {
        return format!("\"{}\" *", run[0]);
    }
    let pairs: Vec<String> = run
        .windows(2)
        .map(|w| format!("{}{}", w[0], w[1]))
        .collect();
    format!("\"{}\"", pairs.join(" "))
}

fn flush_cjk(run: &mut Vec<char>, out: &mut String) {
    if run.is_empty() {
        return;
    }
    out.push(' ');
    for w in run.windows(2) {
        out.push(w[0]);
        out.push(w[1]);
        out.push(' ');
    }
    if let Some(last) = run.last() {
        out.push(*last);
    }
    out.push(' ');
    run.clear();
}

/// Characters of scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F) // Extensions B and later
}

fn is_separator(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '，' | '。' | '、' | '；' | '：' | '（' | '）' | '«' | '»' | '“' | '”' | '،' | '؛'
        )
}

/// One character as indexed, or `None` to drop it.
fn fold(c: char) -> Option<char> {
    match c {
        // Arabic harakat, superscript alef, Quranic marks, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' => Some('ي'),
        'ة' => Some('ه'),
        'ё' => Some('е'),
        'Ё' => Some('Е'),
        _ => Some(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_runs_become_pairs_and_queries_phrases() {
        assert_eq!(normalize("电信诈骗案").trim(), "电信 信诈 诈骗 骗案 案");
        assert_eq!(fts_query("诈骗").as_deref(), Some("\"诈骗\""));
        assert_eq!(fts_query("电信诈骗").as_deref(), Some("\"电信 信诈 诈骗\""));
        assert_eq!(fts_query("案").as_deref(), Some("\"案\" *"));
    }

    #[test]
    fn arabic_folds_marks_and_alef_forms() {
        assert_eq!(normalize("كَتَبَ"), "كتب");
        assert_eq!(normalize("أحمد"), normalize("احمد"));
        assert_eq!(normalize("مدرسة"), normalize("مدرسه"));
        assert_eq!(fts_query("إِحالة").as_deref(), Some("\"احاله\" *"));
    }

    #[test]
    fn queries_drop_punctuation_and_quotes() {
        assert_eq!(
            fts_query("fraud, \"HEP-2025\"").as_deref(),
            Some("\"fraud\" AND \"HEP\" AND \"2025\" *")
        );
        assert_eq!(fts_query("  ,;  "), None);
    }
}
