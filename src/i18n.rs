//! Localization: every user-visible string is a Fluent message in
//! `locales/<lang>/*.ftl`.
//!
//! Formatting is strict: a missing message or a formatting error is an `Err`,
//! never a silently shown id, so tests catch both. English is embedded in the
//! binary as the fallback, so even a broken installation can explain itself.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::{ArgValue, Args};

/// The six official languages of the United Nations; every one must be complete.
pub const REQUIRED_LANGUAGES: &[&str] = &["en", "fr", "es", "ru", "ar", "zh"];
/// Languages written right to left.
pub const RTL_LANGUAGES: &[&str] = &["ar"];
pub const FALLBACK: &str = "en";

const EMBEDDED_EN: &[(&str, &str)] = &[
    ("cli.ftl", include_str!("../locales/en/cli.ftl")),
    ("errors.ftl", include_str!("../locales/en/errors.ftl")),
];

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Syntax {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("{path}: message '{id}' is defined twice")]
    Duplicate { path: PathBuf, id: String },
    #[error("no message '{id}' in locale {lang}")]
    Missing { lang: String, id: String },
    #[error("formatting '{id}' in {lang}: {reason}")]
    Format {
        lang: String,
        id: String,
        reason: String,
    },
}

impl I18nError {
    /// Stable code; the Fluent message is `error-i18n-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            I18nError::Read { .. } => "read",
            I18nError::Syntax { .. } => "syntax",
            I18nError::Duplicate { .. } => "duplicate",
            I18nError::Missing { .. } => "missing",
            I18nError::Format { .. } => "format",
        }
    }

    pub fn args(&self) -> Args {
        let mut a = Args::new();
        let mut put = |k: &str, v: String| {
            a.insert(k.to_string(), ArgValue::Str(v));
        };
        match self {
            I18nError::Read { path, source } => {
                put("path", path.display().to_string());
                put("reason", source.to_string());
            }
            I18nError::Syntax { path, line, reason } => {
                put("path", path.display().to_string());
                put("line", line.to_string());
                put("reason", reason.clone());
            }
            I18nError::Duplicate { path, id } => {
                put("path", path.display().to_string());
                put("id", id.clone());
            }
            I18nError::Missing { lang, id } => {
                put("lang", lang.clone());
                put("id", id.clone());
            }
            I18nError::Format { lang, id, reason } => {
                put("lang", lang.clone());
                put("id", id.clone());
                put("reason", reason.clone());
            }
        }
        a
    }
}

struct Locale {
    bundle: FluentBundle<FluentResource>,
    /// Message id -> the variables its value uses, for the consistency tests.
    variables: BTreeMap<String, BTreeSet<String>>,
}

pub struct Localizer {
    locales: BTreeMap<String, Locale>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &self.languages())
            .finish()
    }
}

impl Localizer {
    /// Loads every `locales/<lang>/*.ftl` under `dir`. With `isolate`, Fluent
    /// wraps each argument in Unicode isolation marks, which right-to-left
    /// rendering needs and a terminal does not.
    pub fn load(dir: &Path, isolate: bool) -> Result<Localizer, I18nError> {
        let read_dir = |p: &Path| {
            fs::read_dir(p).map_err(|source| I18nError::Read {
                path: p.to_path_buf(),
                source,
            })
        };
        let mut langs: Vec<PathBuf> = read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        langs.sort();
        let mut locales = BTreeMap::new();
        for lang_dir in langs {
            let lang = lang_dir
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut files: Vec<PathBuf> = read_dir(&lang_dir)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            files.sort();
            let mut sources = Vec::new();
            for f in files {
                let text = fs::read_to_string(&f).map_err(|source| I18nError::Read {
                    path: f.clone(),
                    source,
                })?;
                sources.push((f, text));
            }
            locales.insert(lang.clone(), build_locale(&lang, sources, isolate)?);
        }
        Ok(Localizer { locales })
    }

    /// English only, from the copy built into the binary.
    pub fn embedded() -> Localizer {
        let sources = EMBEDDED_EN
            .iter()
            .map(|(name, text)| (PathBuf::from(name), text.to_string()))
            .collect();
        let mut locales = BTreeMap::new();
        if let Ok(l) = build_locale(FALLBACK, sources, false) {
            locales.insert(FALLBACK.to_string(), l);
        }
        Localizer { locales }
    }

    pub fn languages(&self) -> Vec<&str> {
        self.locales.keys().map(String::as_str).collect()
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.locales
            .get(lang)
            .is_some_and(|l| l.bundle.has_message(id))
    }

    pub fn message_ids(&self, lang: &str) -> Vec<&str> {
        self.locales
            .get(lang)
            .map(|l| l.variables.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// The variables a message's value and attributes use.
    pub fn variables(&self, lang: &str, id: &str) -> Option<&BTreeSet<String>> {
        self.locales.get(lang)?.variables.get(id)
    }

    /// Formats a message strictly: missing, or any Fluent error, is an `Err`.
    pub fn format(&self, lang: &str, id: &str, args: &Args) -> Result<String, I18nError> {
        let missing = || I18nError::Missing {
            lang: lang.to_string(),
            id: id.to_string(),
        };
        let locale = self.locales.get(lang).ok_or_else(missing)?;
        let msg = locale.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = msg.value().ok_or_else(missing)?;
        let fargs = fluent_args(args);
        let mut errors = Vec::new();
        let out = locale
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(I18nError::Format {
                lang: lang.to_string(),
                id: id.to_string(),
                reason: e.to_string(),
            });
        }
        Ok(out.into_owned())
    }

    /// For display: the message in `lang`, else in English. A message missing
    /// everywhere is a defect the catalog check reports; here it shows the id
    /// in brackets rather than nothing.
    pub fn text(&self, lang: &str, id: &str, args: &Args) -> String {
        self.format(lang, id, args)
            .or_else(|_| self.format(FALLBACK, id, args))
            .unwrap_or_else(|_| format!("[{id}]"))
    }
}

fn fluent_args(args: &Args) -> FluentArgs<'_> {
    let mut f = FluentArgs::new();
    for (k, v) in args {
        match v {
            ArgValue::Str(s) => f.set(k.as_str(), FluentValue::from(s.as_str())),
            ArgValue::Num(n) => f.set(k.as_str(), FluentValue::from(*n)),
        }
    }
    f
}

fn build_locale(
    lang: &str,
    sources: Vec<(PathBuf, String)>,
    isolate: bool,
) -> Result<Locale, I18nError> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolate);
    let mut variables = BTreeMap::new();
    for (path, text) in sources {
        let res = match FluentResource::try_new(text.clone()) {
            Ok(r) => r,
            Err((_, errors)) => {
                let e = &errors[0];
                let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                return Err(I18nError::Syntax {
                    path,
                    line,
                    reason: format!("{:?}", e.kind),
                });
            }
        };
        for entry in res.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                }
                if variables.insert(m.id.name.to_string(), vars).is_some() {
                    return Err(I18nError::Duplicate {
                        path,
                        id: m.id.name.to_string(),
                    });
                }
            }
        }
        if let Err(errors) = bundle.add_resource(res) {
            return Err(I18nError::Syntax {
                path,
                line: 0,
                reason: format!("{:?}", errors.first()),
            });
        }
    }
    Ok(Locale { bundle, variables })
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for n in &arguments.named {
                inline_vars(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}
