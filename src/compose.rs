//! Composition: from a case to the format-neutral [`Document`], in one
//! language.
//!
//! The order of the parts of each kind of request is data
//! (`templates/documents.toml`); how a part is drawn follows from the types of
//! its fields: short values become label/value rows, long texts paragraphs,
//! ticked statements (undertakings, assurances) a list of sentences, lists of
//! persons a table. Standard wording is Fluent (`locales/<lang>/document.ftl`);
//! what the officer typed is inserted as written. Dates and amounts are
//! formatted by [`crate::dates`], the same way as in the interface.

use serde_json::Value;

use crate::catalog::{fluent_id, Catalog, FieldDef, Prim};
use crate::dates;
use crate::document::{Block, Document, Style};
use crate::model::Case;
use crate::validate::is_present;
use crate::{ArgValue, Args, Localizer};

/// Options that are not in the case.
#[derive(Debug, Clone)]
pub struct ComposeOptions {
    /// Document language.
    pub lang: String,
    /// Print the draft watermark (the case still has error-level findings).
    pub draft: bool,
    /// The authority's logo, from its profile.
    pub logo: Option<crate::document::Logo>,
}

struct Composer<'a> {
    case: &'a Case,
    catalog: &'a Catalog,
    l10n: &'a Localizer,
    lang: &'a str,
    blocks: Vec<Block>,
}

/// Builds the document for a case.
pub fn compose(
    case: &Case,
    catalog: &Catalog,
    l10n: &Localizer,
    opts: &ComposeOptions,
) -> Document {
    let lang = opts.lang.as_str();
    let mut c = Composer {
        case,
        catalog,
        l10n,
        lang,
        blocks: Vec::new(),
    };
    let kind = fluent_id(&case.kind);
    let title = c.msg(&format!("doc-title-{kind}"), &Args::new());
    let reference = c.text("/request/reference");
    let authority = c.text("/requesting_authority/name");

    if let Some(def) = catalog.document(&case.kind) {
        c.addressee(&def.addressee);
    }
    c.dateline();
    c.blocks.push(Block::Paragraph {
        text: title.clone(),
        style: Style::Title,
    });
    c.blocks.push(Block::Space(4.0));
    c.opening(&kind);
    if let Some(def) = catalog.document(&case.kind) {
        for part in &def.parts {
            c.part(part);
        }
    }
    c.closing();

    let confidential = (c.case.get("/confidentiality/required") == Some(&Value::Bool(true)))
        .then(|| c.msg("doc-confidential", &Args::new()));
    let watermark = opts.draft.then(|| c.msg("doc-draft", &Args::new()));
    let mut pa = Args::new();
    pa.insert("page".into(), "{page}".into());
    pa.insert("pages".into(), "{pages}".into());
    let page_pattern = c.msg("doc-page", &pa);
    let mut letterhead = Vec::new();
    if !authority.is_empty() {
        letterhead.push(authority.clone());
    }
    let address = c.text("/requesting_authority/address");
    if !address.is_empty() {
        letterhead.push(address.replace('\n', " · "));
    }
    let contact: Vec<String> = ["/requesting_authority/phone", "/requesting_authority/email"]
        .iter()
        .map(|p| c.text(p))
        .filter(|s| !s.is_empty())
        .collect();
    if !contact.is_empty() {
        letterhead.push(contact.join(" · "));
    }
    let mut ref_args = Args::new();
    ref_args.insert("reference".into(), reference.clone().into());
    let reference_line = if reference.is_empty() {
        String::new()
    } else {
        c.msg("doc-our-reference", &ref_args)
    };
    Document {
        lang: lang.to_string(),
        rtl: crate::i18n::RTL_LANGUAGES.contains(&lang),
        subject: c.msg(&format!("kind-{kind}"), &Args::new()),
        title,
        author: authority,
        reference: reference_line,
        confidential,
        watermark,
        page_pattern,
        letterhead,
        logo: opts.logo.clone(),
        blocks: c.blocks,
    }
}

impl Composer<'_> {
    fn msg(&self, id: &str, args: &Args) -> String {
        self.l10n.text(self.lang, id, args)
    }

    fn text(&self, pointer: &str) -> String {
        self.case
            .get(pointer)
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    }

    /// The addressee block: the first of the document's alternatives
    /// (`addressee` in documents.toml) that has any text.
    fn addressee(&mut self, alternatives: &[Vec<String>]) {
        let lines = alternatives
            .iter()
            .map(|paths| {
                paths
                    .iter()
                    .map(|p| self.text(p))
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<String>>()
            })
            .find(|lines| !lines.is_empty());
        let Some(lines) = lines else { return };
        let mut args = Args::new();
        args.insert("addressee".into(), lines.join("\n").into());
        let text = self.msg("doc-addressee", &args);
        self.blocks.push(Block::Paragraph {
            text,
            style: Style::Normal,
        });
    }

    fn dateline(&mut self) {
        let date = self.text("/request/date");
        let place = self.text("/signatory/place");
        let date = crate::formats::parse_date(&date)
            .map(|d| dates::format_date(d, self.lang))
            .unwrap_or(date);
        if date.is_empty() {
            return;
        }
        let mut args = Args::new();
        args.insert("date".into(), date.into());
        args.insert("place".into(), place.clone().into());
        let id = if place.is_empty() {
            "doc-date"
        } else {
            "doc-place-date"
        };
        let text = self.msg(id, &args);
        self.blocks.push(Block::Paragraph {
            text,
            style: Style::End,
        });
    }

    fn opening(&mut self, kind: &str) {
        let bases: Vec<String> = crate::validate::resolve(&self.case.doc, "/legal_bases/*")
            .into_iter()
            .filter_map(|(_, b)| {
                let id = b.get("instrument").and_then(Value::as_str)?;
                let title = b
                    .get("title")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .unwrap_or("");
                Some(if title.is_empty() {
                    self.msg(&fluent_id(&format!("instrument-{id}")), &Args::new())
                } else {
                    title.to_string()
                })
            })
            .collect();
        let mut args = Args::new();
        // A draft without the authority's name reads "[requesting authority]",
        // not "The  requests" with a gap.
        let authority = self.text("/requesting_authority/name");
        let authority = if authority.trim().is_empty() {
            self.msg("doc-missing-authority", &Args::new())
        } else {
            authority
        };
        args.insert("authority".into(), authority.into());
        let sep = self.msg("doc-list-semicolon", &Args::new());
        args.insert("bases".into(), bases.join(&sep).into());
        args.insert(
            "has_bases".into(),
            if bases.is_empty() { "no" } else { "yes" }.into(),
        );
        let text = self.msg(&format!("doc-opening-{kind}"), &args);
        self.blocks.push(Block::Paragraph {
            text,
            style: Style::Normal,
        });
    }

    fn closing(&mut self) {
        let text = self.msg("doc-closing", &Args::new());
        self.blocks.push(Block::Paragraph {
            text,
            style: Style::Normal,
        });
        self.blocks.push(Block::Space(18.0));
        for (p, style) in [
            ("/signatory/name", Style::Bold),
            ("/signatory/function", Style::Normal),
        ] {
            let t = self.text(p);
            if !t.is_empty() {
                self.blocks.push(Block::Paragraph { text: t, style });
            }
        }
    }

    fn part(&mut self, part: &crate::catalog::DocumentPart) {
        let Some(value) = self.case.get(&format!("/{}", part.section)).cloned() else {
            return;
        };
        if !is_present(&value) {
            return;
        }
        let Some(section) = self.catalog.section(&part.section) else {
            return;
        };
        let heading = self.msg(&part.heading, &Args::new());
        self.blocks.push(Block::Heading {
            level: 1,
            text: heading,
        });
        if let Some(intro) = &part.intro {
            let text = self.msg(intro, &Args::new());
            self.blocks.push(Block::Paragraph {
                text,
                style: Style::Normal,
            });
        }
        if section.measures {
            self.measures(&value);
        } else if let Some(t) = &section.list_of {
            let fields = self
                .catalog
                .type_def(t)
                .map(|t| t.fields.clone())
                .unwrap_or_default();
            if part.compact {
                let items: Vec<String> = match &value {
                    Value::Array(a) => a
                        .iter()
                        .filter(|v| is_present(v))
                        .map(|v| self.composite(t, &fields, v))
                        .collect(),
                    _ => Vec::new(),
                };
                self.blocks.push(Block::List {
                    items,
                    numbered: false,
                });
            } else {
                self.list(&value, t, &fields, &part.table);
            }
        } else {
            let fields = section.fields.clone();
            self.group(&section.id, &value, &fields, true);
        }
    }

    /// A group of fields: short values as rows, long texts as paragraphs,
    /// ticked statements as a list of sentences.
    fn group(&mut self, owner: &str, value: &Value, fields: &[FieldDef], top: bool) {
        let mut rows = Vec::new();
        let mut statements = Vec::new();
        let mut long = Vec::new();
        let shown: Vec<&FieldDef> = fields
            .iter()
            .filter(|f| f.print && value.get(&f.id).is_some_and(is_present))
            .collect();
        // A part that is one long text (the summary of facts) needs no label.
        let only_text = top && shown.len() == 1 && shown[0].ty == "long_text" && !shown[0].list;
        for f in shown {
            let Some(v) = value.get(&f.id) else { continue };
            let label = self.label(owner, &f.id);
            match (Prim::parse(&f.ty), v) {
                (Some(Prim::Boolean), Value::Bool(true)) => statements.push(label),
                (Some(Prim::Boolean), _) => {}
                (Some(Prim::LongText), Value::String(s)) if !f.list => {
                    long.push((label, s.trim().to_string()))
                }
                // A list of long texts (questions to a witness) is numbered.
                (Some(Prim::LongText), Value::Array(items)) => {
                    let items: Vec<String> = items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    self.flush_rows(&mut rows);
                    self.blocks.push(Block::Heading {
                        level: 2,
                        text: label,
                    });
                    self.blocks.push(Block::List {
                        items,
                        numbered: true,
                    });
                }
                // A list of composite items (identifiers, identity documents)
                // is a table, one row per item, with the columns that have values.
                (None, Value::Array(items)) if f.list && items.len() > 1 => {
                    if let Some(t) = self.catalog.type_def(&f.ty) {
                        let cols: Vec<&FieldDef> = t
                            .fields
                            .iter()
                            .filter(|c| {
                                c.print
                                    && items.iter().any(|i| i.get(&c.id).is_some_and(is_present))
                            })
                            .collect();
                        let header = cols.iter().map(|c| self.label(&t.id, &c.id)).collect();
                        let table_rows = items
                            .iter()
                            .filter(|i| is_present(i))
                            .map(|i| {
                                cols.iter()
                                    .map(|c| {
                                        i.get(&c.id)
                                            .filter(|x| is_present(x))
                                            .map(|x| self.value(c, x))
                                            .unwrap_or_default()
                                    })
                                    .collect()
                            })
                            .collect();
                        self.flush_rows(&mut rows);
                        self.blocks.push(Block::Heading {
                            level: 2,
                            text: label,
                        });
                        self.blocks.push(Block::Table {
                            header,
                            rows: table_rows,
                        });
                    } else {
                        rows.push((label, self.value(f, v)));
                    }
                }
                _ => rows.push((label, self.value(f, v))),
            }
        }
        self.flush_rows(&mut rows);
        for (label, text) in long {
            if !only_text {
                self.blocks.push(Block::Heading {
                    level: 2,
                    text: label,
                });
            }
            self.blocks.push(Block::Paragraph {
                text,
                style: Style::Normal,
            });
        }
        if !statements.is_empty() {
            self.blocks.push(Block::List {
                items: statements,
                numbered: false,
            });
        }
    }

    fn flush_rows(&mut self, rows: &mut Vec<(String, String)>) {
        if !rows.is_empty() {
            self.blocks.push(Block::Fields {
                rows: std::mem::take(rows),
            });
        }
    }

    fn list(&mut self, value: &Value, type_id: &str, fields: &[FieldDef], table: &[String]) {
        let Value::Array(items) = value else { return };
        let items: Vec<&Value> = items.iter().filter(|v| is_present(v)).collect();
        if !table.is_empty() {
            let header: Vec<String> = table.iter().map(|c| self.label(type_id, c)).collect();
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|item| {
                    table
                        .iter()
                        .map(|c| {
                            let f = fields.iter().find(|f| &f.id == c);
                            match (f, item.get(c)) {
                                (Some(f), Some(v)) if is_present(v) => self.value(f, v),
                                _ => String::new(),
                            }
                        })
                        .collect()
                })
                .collect();
            self.blocks.push(Block::Table { header, rows });
            let rest: Vec<FieldDef> = fields
                .iter()
                .filter(|f| !table.contains(&f.id))
                .cloned()
                .collect();
            for (i, item) in items.iter().enumerate() {
                if rest.iter().any(|f| item.get(&f.id).is_some_and(is_present)) {
                    let heading = self.numbered(type_id, i, item);
                    self.blocks.push(Block::Heading {
                        level: 2,
                        text: heading,
                    });
                    self.group(type_id, item, &rest, false);
                }
            }
            return;
        }
        for (i, item) in items.iter().enumerate() {
            let heading = self.numbered(type_id, i, item);
            self.blocks.push(Block::Heading {
                level: 2,
                text: heading,
            });
            self.group(type_id, item, fields, false);
        }
    }

    /// "Offence 1: fraud", "Person 2: DOE John".
    fn numbered(&self, type_id: &str, i: usize, item: &Value) -> String {
        let name = ["name", "family_name", "title", "reference"]
            .iter()
            .filter_map(|k| item.get(*k).and_then(Value::as_str))
            .map(str::trim)
            .find(|s| !s.is_empty())
            .unwrap_or("");
        let mut args = Args::new();
        args.insert("index".into(), ArgValue::Num((i + 1) as f64));
        args.insert("name".into(), name.into());
        self.msg(&fluent_id(&format!("doc-item-{type_id}")), &args)
    }

    fn measures(&mut self, value: &Value) {
        let Value::Array(items) = value else { return };
        for (i, m) in items.iter().enumerate() {
            let Some(def) = m
                .get("type")
                .and_then(Value::as_str)
                .and_then(|t| self.catalog.measure(t))
            else {
                continue;
            };
            let mut args = Args::new();
            args.insert("index".into(), ArgValue::Num((i + 1) as f64));
            args.insert(
                "measure".into(),
                self.msg(&fluent_id(&format!("measure-{}", def.id)), &Args::new())
                    .into(),
            );
            let heading = self.msg("doc-item-measure", &args);
            self.blocks.push(Block::Heading {
                level: 2,
                text: heading,
            });
            let common: Vec<FieldDef> = self
                .catalog
                .measure_common
                .iter()
                .filter(|f| f.id != "type")
                .cloned()
                .collect();
            self.group("measure", m, &common, false);
            let own = def.fields.clone();
            self.group(&def.id, m, &own, false);
        }
    }

    fn label(&self, owner: &str, field: &str) -> String {
        let id = if owner == "measure" {
            format!("field-measure-{field}")
        } else {
            format!("field-{owner}-{field}")
        };
        self.msg(&fluent_id(&id), &Args::new())
    }

    /// A value as a reader of the document language expects it.
    fn value(&self, f: &FieldDef, v: &Value) -> String {
        if f.list {
            if let Value::Array(items) = v {
                let one = FieldDef {
                    list: false,
                    ..f.clone()
                };
                let sep = self.msg("list-separator", &Args::new());
                return items
                    .iter()
                    .filter(|x| is_present(x))
                    .map(|x| self.value(&one, x))
                    .collect::<Vec<_>>()
                    .join(&sep);
            }
        }
        if let Some(t) = self.catalog.type_def(&f.ty) {
            return self.composite(&t.id, &t.fields, v);
        }
        let s = match v {
            Value::String(s) => s.trim().to_string(),
            // A port is an identifier, not a quantity: never grouped.
            Value::Number(n) if f.ty == "port" => return n.to_string(),
            Value::Number(n) => {
                return n
                    .as_i64()
                    .map(|n| dates::format_integer(n, self.lang))
                    .unwrap_or_else(|| n.to_string())
            }
            Value::Bool(b) => return self.msg(if *b { "doc-yes" } else { "doc-no" }, &Args::new()),
            _ => return String::new(),
        };
        match Prim::parse(&f.ty) {
            Some(Prim::Date) => crate::formats::parse_date(&s)
                .map(|d| dates::format_date(d, self.lang))
                .unwrap_or(s),
            Some(Prim::Datetime) => dates::format_datetime(&s, self.lang).unwrap_or(s),
            Some(Prim::Amount) => dates::format_amount(&s, self.lang).unwrap_or(s),
            Some(Prim::Choice) => {
                let list = f.choices.as_deref().unwrap_or_default();
                let id = fluent_id(&format!("choice-{list}-{s}"));
                if self.l10n.has(self.lang, &id) || self.l10n.has(crate::i18n::FALLBACK, &id) {
                    self.msg(&id, &Args::new())
                } else {
                    s
                }
            }
            Some(Prim::Language) => {
                let id = fluent_id(&format!("choice-language-{s}"));
                if self.l10n.has(self.lang, &id) {
                    self.msg(&id, &Args::new())
                } else {
                    s
                }
            }
            _ => s,
        }
    }

    /// A composite value on one line: "Imprisonment, 10 years";
    /// "203.0.113.7 (port 51234), 3 October 2026, 21:14:07 (UTC+02:00)".
    fn composite(&self, type_id: &str, fields: &[FieldDef], v: &Value) -> String {
        if type_id == "date_range" {
            let fmt = |k: &str| {
                v.get(k)
                    .and_then(Value::as_str)
                    .and_then(crate::formats::parse_date)
                    .map(|d| dates::format_date(d, self.lang))
                    .unwrap_or_default()
            };
            let mut args = Args::new();
            args.insert("from".into(), fmt("from").into());
            args.insert("to".into(), fmt("to").into());
            return self.msg("doc-range", &args);
        }
        let mut parts: Vec<String> = fields
            .iter()
            .filter_map(|f| {
                let x = v.get(&f.id)?;
                if !is_present(x) || matches!(x, Value::Bool(false)) {
                    return None;
                }
                let shown = if matches!(x, Value::Bool(true)) {
                    self.label(type_id, &f.id)
                } else {
                    self.value(f, x)
                };
                if f.id == "port" {
                    let mut a = Args::new();
                    a.insert("port".into(), shown.into());
                    return Some(self.msg("doc-port", &a));
                }
                Some(shown)
            })
            .collect();
        // A bilateral treaty's title and its instrument label say the same
        // thing twice; keep the first of equal values.
        let mut seen = std::collections::BTreeSet::new();
        parts.retain(|p| seen.insert(p.clone()));
        let sep = self.msg("list-separator", &Args::new());
        parts.join(&sep)
    }
}

/// Findings for text the shipped fonts cannot draw: which field, which
/// characters. Raised before rendering, never silently dropped.
pub fn font_findings(
    case: &Case,
    catalog: &Catalog,
    fonts: &crate::layout::Fonts,
) -> Vec<crate::Finding> {
    let mut out = Vec::new();
    let severity = catalog
        .formats
        .get("unsupported-characters")
        .map(|f| f.severity)
        .unwrap_or(crate::Severity::Error);
    walk_strings(&case.doc, String::new(), &mut |path, s| {
        let missing = fonts.missing(s);
        if !missing.is_empty() {
            let shown: String = missing.iter().take(20).flat_map(|c| [*c, ' ']).collect();
            let mut args = Args::new();
            args.insert("chars".into(), shown.trim_end().to_string().into());
            args.insert("count".into(), ArgValue::Num(missing.len() as f64));
            out.push(crate::Finding {
                code: "unsupported-characters".into(),
                severity,
                path,
                args,
                basis: Vec::new(),
            });
        }
    });
    out
}

fn walk_strings(v: &Value, path: String, f: &mut dyn FnMut(String, &str)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                walk_strings(x, format!("{path}/{i}"), f);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                walk_strings(x, format!("{path}/{k}"), f);
            }
        }
        _ => {}
    }
}

/// The authority that answers an incoming request, from its profile.
#[derive(Debug, Clone, Default)]
pub struct OwnAuthority {
    pub name: String,
    pub address: String,
    pub signatory: String,
    pub function: String,
    pub place: String,
}

/// A request for additional information about an incoming request: addressed
/// to the authority that sent it, in `lang` (the language of its request),
/// listing what the request lacks, each with its legal basis, from the
/// findings of the same validation as our own requests. Where the request
/// invokes UNTOC, the letter cites art. 18(16), under which the requested
/// State may ask for additional information; otherwise it names no article.
pub fn additional_information(
    case: &Case,
    findings: &[crate::Finding],
    l10n: &Localizer,
    us: &OwnAuthority,
    lang: &str,
    today: jiff::civil::Date,
) -> Document {
    let msg = |id: &str, args: &Args| l10n.text(lang, id, args);
    let text = |p: &str| {
        case.get(p)
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
            .unwrap_or_default()
    };
    let mut blocks = Vec::new();
    for line in [
        text("/requesting_authority/name"),
        text("/requesting_authority/address"),
    ] {
        if !line.is_empty() {
            blocks.push(Block::Paragraph {
                text: line,
                style: Style::Normal,
            });
        }
    }
    blocks.push(Block::Space(8.0));
    let mut args = Args::new();
    args.insert("date".into(), dates::format_date(today, lang).into());
    args.insert("place".into(), us.place.clone().into());
    blocks.push(Block::Paragraph {
        text: msg(
            if us.place.is_empty() {
                "doc-date"
            } else {
                "doc-place-date"
            },
            &args,
        ),
        style: Style::End,
    });
    let title = msg("doc-title-additional-information", &Args::new());
    blocks.push(Block::Paragraph {
        text: title.clone(),
        style: Style::Title,
    });
    blocks.push(Block::Space(4.0));
    let their_date = text("/request/date");
    let their_date = crate::formats::parse_date(&their_date)
        .map(|d| dates::format_date(d, lang))
        .unwrap_or(their_date);
    let mut a = Args::new();
    a.insert("reference".into(), text("/request/reference").into());
    a.insert("date".into(), their_date.into());
    a.insert(
        "kind".into(),
        msg(&format!("kind-{}", fluent_id(&case.kind)), &Args::new()).into(),
    );
    blocks.push(Block::Paragraph {
        text: msg("doc-additional-information-opening", &a),
        style: Style::Normal,
    });
    let invokes_untoc = crate::validate::resolve(&case.doc, "/legal_bases/*/instrument")
        .into_iter()
        .any(|(_, v)| v.as_str() == Some("untoc"));
    blocks.push(Block::Paragraph {
        text: msg(
            if invokes_untoc {
                "doc-additional-information-basis-untoc"
            } else {
                "doc-additional-information-basis"
            },
            &Args::new(),
        ),
        style: Style::Normal,
    });
    let items: Vec<String> = findings
        .iter()
        .filter(|f| f.severity != crate::Severity::Advice)
        .map(|f| {
            let message = crate::validate::message(f, l10n, lang);
            if f.basis.is_empty() {
                message
            } else {
                format!("{message} ({})", f.basis.join("; "))
            }
        })
        .collect();
    blocks.push(Block::List {
        items,
        numbered: true,
    });
    blocks.push(Block::Paragraph {
        text: msg("doc-additional-information-closing", &Args::new()),
        style: Style::Normal,
    });
    blocks.push(Block::Space(18.0));
    for (t, style) in [(&us.signatory, Style::Bold), (&us.function, Style::Normal)] {
        if !t.is_empty() {
            blocks.push(Block::Paragraph {
                text: t.clone(),
                style,
            });
        }
    }
    let mut pa = Args::new();
    pa.insert("page".into(), "{page}".into());
    pa.insert("pages".into(), "{pages}".into());
    let letterhead: Vec<String> = [us.name.clone(), us.address.replace('\n', " · ")]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut ra = Args::new();
    ra.insert("reference".into(), text("/request/reference").into());
    Document {
        lang: lang.to_string(),
        rtl: crate::i18n::RTL_LANGUAGES.contains(&lang),
        subject: title.clone(),
        title,
        author: us.name.clone(),
        reference: msg("doc-their-reference", &ra),
        confidential: None,
        watermark: None,
        page_pattern: msg("doc-page", &pa),
        letterhead,
        logo: None,
        blocks,
    }
}
