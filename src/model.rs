//! The case: one request, of any kind, as the officer drafts it.
//!
//! A case file is a JSON document with an envelope (`format`, `version`,
//! `kind`, `id`) and one member per section of its kind. The sections, their
//! fields and their types come from the catalog, so the model is a JSON tree
//! checked against the catalog rather than a Rust struct per kind: a new
//! measure or field needs no code. Parsing is strict about *shape* (an
//! unknown member, a number where text belongs, a control character) because
//! those mean a foreign or damaged file; it is lenient about *content*
//! (empty, malformed dates), which is validation's business.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::catalog::{Catalog, FieldDef, FieldShape, Prim};
use crate::Args;

/// The `format` member every case file carries.
pub const FORMAT: &str = "rogatory-case";
/// The newest version this build reads and the one it writes.
pub const VERSION: u64 = 1;
/// Larger files are refused before parsing.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;
/// Longest text a single field may hold (characters).
pub const MAX_FIELD_CHARS: usize = 1_000_000;
/// Longest list a single field may hold.
pub const MAX_LIST_ITEMS: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Case {
    pub kind: String,
    pub version: u64,
    /// The whole document, envelope included, in the file's member order.
    pub doc: Value,
}

/// Why a case file could not be read. Each names where the problem is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CaseError {
    #[error("the file is {bytes} bytes; the limit is {max}")]
    TooLarge { bytes: usize, max: usize },
    #[error("not valid JSON at line {line}, column {column}: {reason}")]
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("the file is not a Rogatory case (format is {found:?})")]
    Format { found: String },
    #[error(
        "the case was written by a newer version ({found}); this build reads up to {supported}"
    )]
    Version { found: String, supported: u64 },
    #[error("unknown request kind {found:?}")]
    Kind { found: String },
    #[error("{path}: unknown member")]
    UnknownField { path: String },
    #[error("{path}: expected {expected}, found {found}")]
    WrongType {
        path: String,
        expected: String,
        found: String,
    },
    #[error("{path}: unknown measure {found:?}")]
    UnknownMeasure { path: String, found: String },
    #[error("{path}: measure {found:?} is not available for this kind of request")]
    MeasureNotAllowed { path: String, found: String },
    #[error("{path}: control character U+{codepoint:04X} at character {position}")]
    ControlCharacter {
        path: String,
        codepoint: u32,
        position: usize,
    },
    #[error("{path}: {chars} characters; the limit is {max}")]
    FieldTooLong {
        path: String,
        chars: usize,
        max: usize,
    },
    #[error("{path}: {items} items; the limit is {max}")]
    TooManyItems {
        path: String,
        items: usize,
        max: usize,
    },
}

impl CaseError {
    /// Stable code; the Fluent message is `error-case-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            CaseError::TooLarge { .. } => "too-large",
            CaseError::Json { .. } => "json",
            CaseError::Format { .. } => "format",
            CaseError::Version { .. } => "version",
            CaseError::Kind { .. } => "kind",
            CaseError::UnknownField { .. } => "unknown-field",
            CaseError::WrongType { .. } => "wrong-type",
            CaseError::UnknownMeasure { .. } => "unknown-measure",
            CaseError::MeasureNotAllowed { .. } => "measure-not-allowed",
            CaseError::ControlCharacter { .. } => "control-character",
            CaseError::FieldTooLong { .. } => "field-too-long",
            CaseError::TooManyItems { .. } => "too-many-items",
        }
    }

    pub fn args(&self) -> Args {
        let mut a = Args::new();
        let mut put = |k: &str, v: crate::ArgValue| {
            a.insert(k.to_string(), v);
        };
        match self {
            CaseError::TooLarge { bytes, max } => {
                put("bytes", (*bytes).into());
                put("max", (*max).into());
            }
            CaseError::Json {
                line,
                column,
                reason,
            } => {
                put("line", (*line).into());
                put("column", (*column).into());
                put("reason", reason.clone().into());
            }
            CaseError::Format { found } | CaseError::Kind { found } => {
                put("found", found.clone().into())
            }
            CaseError::Version { found, supported } => {
                put("found", found.clone().into());
                put("supported", (*supported as usize).into());
            }
            CaseError::UnknownField { path } => put("path", path.clone().into()),
            CaseError::WrongType {
                path,
                expected,
                found,
            } => {
                put("path", path.clone().into());
                put("expected", expected.clone().into());
                put("found", found.clone().into());
            }
            CaseError::UnknownMeasure { path, found }
            | CaseError::MeasureNotAllowed { path, found } => {
                put("path", path.clone().into());
                put("found", found.clone().into());
            }
            CaseError::ControlCharacter {
                path,
                codepoint,
                position,
            } => {
                put("path", path.clone().into());
                put("codepoint", format!("U+{codepoint:04X}").into());
                put("position", (*position).into());
            }
            CaseError::FieldTooLong { path, chars, max } => {
                put("path", path.clone().into());
                put("chars", (*chars).into());
                put("max", (*max).into());
            }
            CaseError::TooManyItems { path, items, max } => {
                put("path", path.clone().into());
                put("items", (*items).into());
                put("max", (*max).into());
            }
        }
        a
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

const ENVELOPE: &[&str] = &["format", "version", "kind", "id"];

impl Case {
    /// Reads a case file's text, checking its shape against the catalog.
    pub fn parse(text: &str, catalog: &Catalog) -> Result<Case, CaseError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(CaseError::TooLarge {
                bytes: text.len(),
                max: MAX_FILE_BYTES,
            });
        }
        let doc: Value = serde_json::from_str(text).map_err(|e| CaseError::Json {
            line: e.line(),
            column: e.column(),
            reason: json_reason(&e),
        })?;
        Case::from_value(doc, catalog)
    }

    /// Checks an already parsed document (from the UI, or a store).
    pub fn from_value(doc: Value, catalog: &Catalog) -> Result<Case, CaseError> {
        let Value::Object(obj) = &doc else {
            return Err(CaseError::WrongType {
                path: "/".into(),
                expected: "object".into(),
                found: json_type(&doc).into(),
            });
        };
        let format = obj.get("format");
        if format.and_then(Value::as_str) != Some(FORMAT) {
            return Err(CaseError::Format {
                found: format.map(short_repr).unwrap_or_default(),
            });
        }
        let version = match obj.get("version") {
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v >= 1) => n.as_u64().unwrap_or(0),
            other => {
                return Err(CaseError::Version {
                    found: other.map(short_repr).unwrap_or_default(),
                    supported: VERSION,
                })
            }
        };
        if version > VERSION {
            return Err(CaseError::Version {
                found: version.to_string(),
                supported: VERSION,
            });
        }
        let kind_id = obj.get("kind").and_then(Value::as_str).unwrap_or_default();
        let Some(kind) = catalog.kind(kind_id) else {
            return Err(CaseError::Kind {
                found: obj.get("kind").map(short_repr).unwrap_or_default(),
            });
        };
        if let Some(id) = obj.get("id") {
            check_prim_json("/id", id, Prim::Text)?;
        }
        for (key, value) in obj {
            if ENVELOPE.contains(&key.as_str()) {
                continue;
            }
            let path = format!("/{key}");
            if !kind.sections.iter().any(|s| s == key) {
                return Err(CaseError::UnknownField { path });
            }
            let Some(section) = catalog.section(key) else {
                return Err(CaseError::UnknownField { path });
            };
            let walker = Walker { catalog, kind };
            walker.shape(&path, value, FieldShape::Section(section))?;
        }
        Ok(Case {
            kind: kind.id.clone(),
            version,
            doc,
        })
    }

    /// The value at a JSON pointer, if present.
    pub fn get(&self, pointer: &str) -> Option<&Value> {
        self.doc.pointer(pointer)
    }

    /// The case as a pretty-printed file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.doc).unwrap_or_default()
    }

    /// An empty case of a kind: the envelope and every section, empty, in order.
    pub fn blank(kind: &str, catalog: &Catalog) -> Option<Case> {
        let k = catalog.kind(kind)?;
        let mut obj = Map::new();
        obj.insert("format".into(), FORMAT.into());
        obj.insert("version".into(), VERSION.into());
        obj.insert("kind".into(), kind.into());
        for s in &k.sections {
            let section = catalog.section(s)?;
            obj.insert(
                s.clone(),
                blank_shape(catalog, FieldShape::Section(section)),
            );
        }
        Some(Case {
            kind: kind.to_string(),
            version: VERSION,
            doc: Value::Object(obj),
        })
    }
}

impl Case {
    /// The document with every member its kind's sections define, blank where
    /// the file left it out, and every value it has kept as it is: the shape
    /// the desktop app's forms edit. A blank member reads as a missing one to
    /// validation, so the findings do not change.
    pub fn filled(&self, catalog: &Catalog) -> Value {
        let mut doc = self.doc.clone();
        if let (Some(kind), Value::Object(obj)) = (catalog.kind(&self.kind), &mut doc) {
            for s in &kind.sections {
                if let Some(section) = catalog.section(s) {
                    let shape = FieldShape::Section(section);
                    let entry = obj
                        .entry(s.clone())
                        .or_insert_with(|| blank_shape(catalog, shape));
                    fill(catalog, shape, entry);
                }
            }
        }
        doc
    }
}

fn fill(catalog: &Catalog, shape: FieldShape, v: &mut Value) {
    match shape {
        FieldShape::Section(s) if s.measures => {
            for item in v.as_array_mut().into_iter().flatten() {
                let measure = item
                    .get("type")
                    .and_then(Value::as_str)
                    .and_then(|t| catalog.measure(t));
                if let Some(m) = measure {
                    fill_fields(catalog, catalog.measure_fields(m), item);
                }
            }
        }
        FieldShape::Section(s) => match &s.list_of {
            Some(t) => {
                if let Some(t) = catalog.type_def(t) {
                    for item in v.as_array_mut().into_iter().flatten() {
                        fill_fields(catalog, t.fields.iter(), item);
                    }
                }
            }
            None => fill_fields(catalog, s.fields.iter(), v),
        },
        FieldShape::Type(Some(t)) => fill_fields(catalog, t.fields.iter(), v),
        FieldShape::List(f) => {
            if let Some(t) = catalog.type_def(&f.ty) {
                for item in v.as_array_mut().into_iter().flatten() {
                    fill_fields(catalog, t.fields.iter(), item);
                }
            }
        }
        _ => {}
    }
}

fn fill_fields<'a>(
    catalog: &'a Catalog,
    fields: impl Iterator<Item = &'a FieldDef>,
    v: &mut Value,
) {
    let Value::Object(obj) = v else { return };
    for f in fields {
        let shape = catalog.field_shape(f);
        let entry = obj
            .entry(f.id.clone())
            .or_insert_with(|| blank_shape(catalog, shape));
        fill(catalog, shape, entry);
    }
}

/// A blank item to append to a list in a case: an object of a composite type
/// (`person`, `offence`...), a measure tagged with its `type` and carrying the
/// fields every measure shares, or an empty value of a primitive (`text`,
/// `date`...). `None` for a name the catalog does not know.
pub fn blank_item(catalog: &Catalog, of: &str) -> Option<Value> {
    if let Some(t) = catalog.type_def(of) {
        return Some(blank_shape(catalog, FieldShape::Type(Some(t))));
    }
    if let Some(m) = catalog.measure(of) {
        let mut obj = Map::new();
        for f in catalog.measure_fields(m) {
            obj.insert(f.id.clone(), blank_shape(catalog, catalog.field_shape(f)));
        }
        // The common fields include `type`, a choice of measures: this one.
        obj.insert("type".into(), of.into());
        return Some(Value::Object(obj));
    }
    Prim::parse(of).map(|p| match p {
        Prim::Boolean => Value::Bool(false),
        Prim::Integer | Prim::Port => Value::Null,
        _ => Value::String(String::new()),
    })
}

fn blank_shape(catalog: &Catalog, shape: FieldShape) -> Value {
    match shape {
        FieldShape::Section(s) if s.measures || s.list_of.is_some() => Value::Array(Vec::new()),
        FieldShape::Section(s) => Value::Object(
            s.fields
                .iter()
                .map(|f| (f.id.clone(), blank_shape(catalog, catalog.field_shape(f))))
                .collect(),
        ),
        FieldShape::Type(Some(t)) => Value::Object(
            t.fields
                .iter()
                .map(|f| (f.id.clone(), blank_shape(catalog, catalog.field_shape(f))))
                .collect(),
        ),
        FieldShape::List(_) => Value::Array(Vec::new()),
        FieldShape::Prim(f) => match Prim::parse(&f.ty) {
            Some(Prim::Boolean) => Value::Bool(false),
            Some(Prim::Integer) | Some(Prim::Port) => Value::Null,
            _ => Value::String(String::new()),
        },
        FieldShape::Type(None) | FieldShape::Measure(_) | FieldShape::AnyMeasure => Value::Null,
    }
}

fn json_reason(e: &serde_json::Error) -> String {
    // serde_json appends " at line L column C"; the position is reported apart.
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn short_repr(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    s.chars().take(40).collect()
}

struct Walker<'a> {
    catalog: &'a Catalog,
    kind: &'a crate::catalog::KindDef,
}

impl Walker<'_> {
    fn shape(&self, path: &str, v: &Value, shape: FieldShape) -> Result<(), CaseError> {
        if v.is_null() {
            return Ok(());
        }
        match shape {
            FieldShape::Section(s) if s.measures => {
                let items = self.array(path, v)?;
                for (i, item) in items.iter().enumerate() {
                    self.measure(&format!("{path}/{i}"), item)?;
                }
                Ok(())
            }
            FieldShape::Section(s) => match &s.list_of {
                Some(t) => {
                    let items = self.array(path, v)?;
                    let t = self.catalog.type_def(t);
                    for (i, item) in items.iter().enumerate() {
                        self.shape(&format!("{path}/{i}"), item, FieldShape::Type(t))?;
                    }
                    Ok(())
                }
                None => self.object(path, v, &s.fields, &[]),
            },
            FieldShape::Type(Some(t)) => self.object(path, v, &t.fields, &[]),
            FieldShape::List(f) => {
                let items = self.array(path, v)?;
                let elem = match self.catalog.type_def(&f.ty) {
                    Some(t) => FieldShape::Type(Some(t)),
                    None => FieldShape::Prim(f),
                };
                for (i, item) in items.iter().enumerate() {
                    self.shape(&format!("{path}/{i}"), item, elem)?;
                }
                Ok(())
            }
            FieldShape::Prim(f) => check_prim_json(path, v, prim_of(f)),
            FieldShape::Type(None) | FieldShape::Measure(_) | FieldShape::AnyMeasure => Ok(()),
        }
    }

    fn array<'v>(&self, path: &str, v: &'v Value) -> Result<&'v Vec<Value>, CaseError> {
        let Value::Array(items) = v else {
            return Err(wrong(path, "array", v));
        };
        if items.len() > MAX_LIST_ITEMS {
            return Err(CaseError::TooManyItems {
                path: path.into(),
                items: items.len(),
                max: MAX_LIST_ITEMS,
            });
        }
        Ok(items)
    }

    fn object(
        &self,
        path: &str,
        v: &Value,
        fields: &[FieldDef],
        extra: &[&FieldDef],
    ) -> Result<(), CaseError> {
        let Value::Object(obj) = v else {
            return Err(wrong(path, "object", v));
        };
        for (key, value) in obj {
            let sub = format!("{path}/{key}");
            let Some(f) = fields
                .iter()
                .chain(extra.iter().copied())
                .find(|f| &f.id == key)
            else {
                return Err(CaseError::UnknownField { path: sub });
            };
            self.shape(&sub, value, self.catalog.field_shape(f))?;
        }
        Ok(())
    }

    fn measure(&self, path: &str, v: &Value) -> Result<(), CaseError> {
        let Value::Object(obj) = v else {
            return Err(wrong(path, "object", v));
        };
        let ty_path = format!("{path}/type");
        let ty = match obj.get("type") {
            Some(Value::String(s)) => s,
            Some(other) => return Err(wrong(&ty_path, "string", other)),
            None => {
                return Err(CaseError::UnknownMeasure {
                    path: ty_path,
                    found: String::new(),
                })
            }
        };
        let Some(m) = self.catalog.measure(ty) else {
            return Err(CaseError::UnknownMeasure {
                path: ty_path,
                found: ty.clone(),
            });
        };
        if !self.kind.measures.iter().any(|x| x == ty) {
            return Err(CaseError::MeasureNotAllowed {
                path: ty_path,
                found: ty.clone(),
            });
        }
        let common: Vec<&FieldDef> = self.catalog.measure_common.iter().collect();
        self.object(path, v, &m.fields, &common)
    }
}

fn prim_of(f: &FieldDef) -> Prim {
    Prim::parse(&f.ty).unwrap_or(Prim::Text)
}

fn wrong(path: &str, expected: &str, v: &Value) -> CaseError {
    CaseError::WrongType {
        path: path.into(),
        expected: expected.into(),
        found: json_type(v).into(),
    }
}

fn check_prim_json(path: &str, v: &Value, prim: Prim) -> Result<(), CaseError> {
    match (prim.json_type(), v) {
        ("boolean", Value::Bool(_)) => Ok(()),
        ("integer", Value::Number(n)) if n.is_i64() || n.is_u64() => Ok(()),
        ("string", Value::String(s)) => check_text(path, s),
        (expected, _) => Err(wrong(path, expected, v)),
    }
}

/// Text may hold anything a person can type, but not control characters
/// (other than tab and line breaks), which only a damaged file carries.
fn check_text(path: &str, s: &str) -> Result<(), CaseError> {
    let mut chars = 0;
    for (i, c) in s.chars().enumerate() {
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') {
            return Err(CaseError::ControlCharacter {
                path: path.into(),
                codepoint: c as u32,
                position: i + 1,
            });
        }
        chars = i + 1;
    }
    if chars > MAX_FIELD_CHARS {
        return Err(CaseError::FieldTooLong {
            path: path.into(),
            chars,
            max: MAX_FIELD_CHARS,
        });
    }
    Ok(())
}
