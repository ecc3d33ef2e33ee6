//! The format-neutral document: what `compose` produces from a case, and what
//! both the PDF and the in-app preview show. Text is already localized; the
//! officer's own words are carried as written.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// The document language (`en`, `ar`...); decides direction and fonts.
    pub lang: String,
    pub rtl: bool,
    /// PDF metadata.
    pub title: String,
    pub subject: String,
    pub author: String,
    /// Shown in every page header.
    pub reference: String,
    /// A confidentiality marking for headers and footers, when confidential.
    pub confidential: Option<String>,
    /// The "DRAFT" watermark text, when the case still has errors.
    pub watermark: Option<String>,
    /// "Page {page} of {pages}", with those two tokens left in place.
    pub page_pattern: String,
    /// Lines of the letterhead on the first page.
    pub letterhead: Vec<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// A heading; kept on the same page as the block after it.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        text: String,
        style: Style,
    },
    /// Label and value pairs, as a two-column table.
    Fields {
        rows: Vec<(String, String)>,
    },
    /// A table whose header row repeats on every page it spans.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Numbered or bulleted items.
    List {
        items: Vec<String>,
        numbered: bool,
    },
    /// Vertical space, in points.
    Space(f32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    Normal,
    Bold,
    Small,
    /// Aligned to the end of the line (dates, signatures).
    End,
    /// Centred (title).
    Title,
}

impl Document {
    /// Every piece of text in reading order, for checks (fonts, search).
    pub fn texts(&self) -> Vec<&str> {
        let mut out: Vec<&str> = vec![&self.title, &self.reference];
        out.extend(self.letterhead.iter().map(String::as_str));
        for b in &self.blocks {
            match b {
                Block::Heading { text, .. } | Block::Paragraph { text, .. } => out.push(text),
                Block::Fields { rows } => {
                    for (l, v) in rows {
                        out.push(l);
                        out.push(v);
                    }
                }
                Block::Table { header, rows } => {
                    out.extend(header.iter().map(String::as_str));
                    for r in rows {
                        out.extend(r.iter().map(String::as_str));
                    }
                }
                Block::List { items, .. } => out.extend(items.iter().map(String::as_str)),
                Block::Space(_) => {}
            }
        }
        out
    }
}
