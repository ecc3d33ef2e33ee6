//! Rogatory drafts and checks requests for international cooperation in
//! criminal matters: mutual legal assistance, electronic-evidence requests,
//! extradition and provisional arrest.
//!
//! ```text
//! case file (JSON)        templates/ + locales/ (loaded once: Catalog, Localizer)
//!       |                                 |
//!       v                                 v
//!    Case  ---- validate(&Case, &Catalog, today) ----> Vec<Finding>
//!       |
//!       +---- compose -> layout -> pdf                 (later stages)
//! ```
//!
//! Each stage is a pure function of its inputs: the clock, the catalog and the
//! fonts come in as arguments, so the same inputs give the same output. Legal
//! content (kinds, measures, fields, rules and their basis, country and
//! provider profiles) is data in `templates/`; wording is Fluent in `locales/`.
//! This crate knows the shapes and the checks, not the law.

pub mod bench;
pub mod catalog;
pub mod compose;
pub mod dates;
pub mod document;
pub mod formats;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod pdf;
pub mod register;
pub mod schema;
pub mod validate;

use std::collections::BTreeMap;

use serde::Serialize;

pub use catalog::{Catalog, CatalogError, Severity};
pub use i18n::Localizer;
pub use model::{Case, CaseError};
pub use validate::{validate, Finding};

/// A message argument: text or a number (Fluent selects plurals on numbers).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(untagged)]
pub enum ArgValue {
    Str(String),
    Num(f64),
}

impl From<String> for ArgValue {
    fn from(s: String) -> Self {
        ArgValue::Str(s)
    }
}
impl From<&str> for ArgValue {
    fn from(s: &str) -> Self {
        ArgValue::Str(s.to_string())
    }
}
impl From<usize> for ArgValue {
    fn from(n: usize) -> Self {
        ArgValue::Num(n as f64)
    }
}

/// Named arguments of a finding or an error, in a stable order.
pub type Args = BTreeMap<String, ArgValue>;

/// The version of the core, shown by the CLI and the desktop shell.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A rendered request: the PDF's bytes, its page count and its title.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub title: String,
}

/// The stages after validation, in one call: compose the case in the
/// options' language, lay it out on A4 with the shipped fonts, write the PDF
/// dated `created` (the injected clock).
pub fn render(
    case: &Case,
    catalog: &Catalog,
    l10n: &Localizer,
    opts: &compose::ComposeOptions,
    created: jiff::civil::DateTime,
) -> Result<Rendered, pdf::PdfError> {
    let doc = compose::compose(case, catalog, l10n, opts);
    render_document(doc, created)
}

/// Lays out and writes any composed document as a PDF.
pub fn render_document(
    doc: document::Document,
    created: jiff::civil::DateTime,
) -> Result<Rendered, pdf::PdfError> {
    let fonts = layout::Fonts::builtin();
    let pages = layout::layout(&doc, fonts, layout::PageSetup::default());
    let meta = pdf::PdfMeta {
        title: doc.title.clone(),
        author: doc.author.clone(),
        subject: doc.subject.clone(),
        lang: doc.lang.clone(),
        created,
    };
    let bytes = pdf::pdf(&pages, fonts, &meta)?;
    Ok(Rendered {
        bytes,
        pages: pages.pages.len(),
        title: doc.title,
    })
}

/// Writes bytes next to `path`, flushes them to disk and renames them into
/// place, so a crash never leaves half a file. The temporary file is removed
/// when the write fails.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
