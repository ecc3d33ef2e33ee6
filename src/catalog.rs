//! The catalog: everything legal about a request, loaded from `templates/`.
//!
//! Request kinds, their sections (the wizard's steps), measures, typed fields,
//! choice lists, instruments, country and provider profiles, and the rules with
//! their legal basis are data, so that a central authority can add a measure or
//! a country's extra requirement by editing TOML. The Rust side only knows the
//! *shapes* data can take (the field types in [`Prim`]) and the *kinds of
//! check* a rule can ask for ([`Check`]). [`Catalog::check`] proves the data is
//! consistent: every path a rule names resolves to a field, every basis names an
//! instrument, every message id exists in every locale.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::i18n::Localizer;
use crate::Args;

/// Why the catalog could not be loaded. Carried to the user as `{ code, args }`.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{path}: {}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

impl CatalogError {
    pub fn code(&self) -> &'static str {
        match self {
            CatalogError::Read { .. } => "catalog-read",
            CatalogError::Parse { .. } => "catalog-parse",
            CatalogError::Invalid { .. } => "catalog-invalid",
        }
    }

    pub fn args(&self) -> crate::Args {
        let mut args = crate::Args::new();
        match self {
            CatalogError::Read { path, source } => {
                args.insert("path".into(), path.display().to_string().into());
                args.insert("reason".into(), source.to_string().into());
            }
            CatalogError::Parse { path, message } => {
                args.insert("path".into(), path.display().to_string().into());
                args.insert("reason".into(), message.clone().into());
            }
            CatalogError::Invalid { path, problems } => {
                args.insert("path".into(), path.display().to_string().into());
                args.insert("problems".into(), problems.len().into());
            }
        }
        args
    }
}

/// The value shapes the engine understands. Every field is one of these, a
/// named composite type from `types.toml`, or a list of either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prim {
    Text,
    LongText,
    Boolean,
    Integer,
    Date,
    Datetime,
    TimeZone,
    Country,
    Language,
    Email,
    Url,
    Phone,
    IpAddress,
    Port,
    Domain,
    Account,
    Amount,
    Currency,
    Attachment,
    Choice,
}

impl Prim {
    pub fn parse(name: &str) -> Option<Prim> {
        serde_json::from_value(Value::String(name.to_string())).ok()
    }
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
    /// The JSON type a value of this primitive has in a case file.
    pub fn json_type(self) -> &'static str {
        match self {
            Prim::Boolean => "boolean",
            Prim::Integer | Prim::Port => "integer",
            _ => "string",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    pub id: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub list: bool,
    /// For `choice` fields: the choice list in `choices.toml`.
    #[serde(default)]
    pub choices: Option<String>,
    /// For identifier values: the sibling choice field whose value names the
    /// primitive type this value must have (`ip_address`, `email`...).
    #[serde(default)]
    pub format_from: Option<String>,
    /// False for fields the officer fills but the request does not print
    /// (the id of a provider profile).
    #[serde(default = "yes")]
    pub print: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct TypeDef {
    pub id: String,
    pub fields: Vec<FieldDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct SectionDef {
    pub id: String,
    /// A group of fields (an object in the case file)...
    #[serde(default)]
    pub fields: Vec<FieldDef>,
    /// ...or a list of a composite type (an array in the case file).
    #[serde(default)]
    pub list_of: Option<String>,
    /// The list of measures: an array of objects tagged by `type`.
    #[serde(default)]
    pub measures: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureDef {
    pub id: String,
    pub basis: Vec<BasisRef>,
    #[serde(default)]
    pub fields: Vec<FieldDef>,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    pub id: String,
    pub sections: Vec<String>,
    /// Measures this kind may carry (only for kinds with a measures section).
    #[serde(default)]
    pub measures: Vec<String>,
    pub basis: Vec<BasisRef>,
    /// Example shown by `rogatory new` and the start screen.
    #[serde(default)]
    pub example: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: String,
    /// How citations start: `UNTOC` in "UNTOC art. 18(15)(c)".
    pub short: String,
    /// multilateral, model, guidance, bilateral, domestic, reciprocity.
    pub category: String,
    /// False when article numbers are not confirmed against the official text.
    #[serde(default = "yes")]
    pub confirmed: bool,
    /// Whether the case may cite it as a legal basis.
    #[serde(default)]
    pub legal_basis: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct BasisRef {
    pub instrument: String,
    #[serde(default)]
    pub article: Option<String>,
    /// Set where the legal reference marks this provision UNCONFIRMED.
    #[serde(default)]
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
    Advice,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
        }
    }
}

/// A predicate over the case. All the parts that are given must hold.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// A path (absolute, or relative to the rule's `for_each` element); with a
    /// wildcard the condition holds if any value matches.
    #[serde(default)]
    pub field: Option<String>,
    #[serde(default)]
    pub equals: Option<Value>,
    #[serde(default)]
    pub one_of: Option<Vec<Value>>,
    #[serde(default)]
    pub present: Option<bool>,
    /// The case has measures and all of them are among these.
    #[serde(default)]
    pub only_measures: Option<Vec<String>>,
    #[serde(default)]
    pub has_measure: Option<String>,
    /// The case cites this instrument among its legal bases.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// The requested State's profile sets this flag.
    #[serde(default)]
    pub country_flag: Option<String>,
    #[serde(default)]
    pub all: Option<Vec<Condition>>,
    #[serde(default)]
    pub any: Option<Vec<Condition>>,
    #[serde(default)]
    pub not: Option<Box<Condition>>,
}

/// "At least one element of `list` has `field` among `one_of`".
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatchSpec {
    pub list: String,
    pub field: String,
    pub one_of: Vec<Value>,
}

/// What a rule checks. Exactly one per rule.
#[derive(Debug, Clone, Serialize)]
pub enum Check {
    /// The value is present and not empty.
    Require(String),
    /// At least one of the values is present.
    RequireAny(Vec<String>),
    /// The value is `true` (an undertaking or statement the request must make).
    RequireTrue(String),
    /// A list has an element matching the spec.
    RequireMatch(MatchSpec),
    /// The first date or date-time is not after the second.
    Order(String, String),
    /// The date is not before today.
    NotPast(String),
    /// The language is one the requested State accepts.
    AcceptedLanguage(String),
    /// The channel is one the requested State accepts.
    AcceptedChannel(String),
    /// Every data category is one the provider discloses voluntarily.
    ProviderDiscloses(String),
    /// The requested State has a profile in the catalog.
    CountryProfile(String),
    /// Every instrument named at the path is one the requested State is party to.
    PartyTo(String),
    /// Raised at the path whenever the rule's conditions hold (a combination
    /// the instrument excludes, such as content data on a subscriber order).
    Flag(String),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    code: String,
    severity: Severity,
    #[serde(default)]
    kinds: Vec<String>,
    #[serde(default)]
    for_each: Option<String>,
    #[serde(default)]
    when: Option<Condition>,
    #[serde(default)]
    unless: Option<Condition>,
    #[serde(default)]
    require: Option<String>,
    #[serde(default)]
    require_any: Option<Vec<String>>,
    #[serde(default)]
    require_true: Option<String>,
    #[serde(default)]
    require_match: Option<MatchSpec>,
    #[serde(default)]
    order: Option<(String, String)>,
    #[serde(default)]
    not_past: Option<String>,
    #[serde(default)]
    accepted_language: Option<String>,
    #[serde(default)]
    accepted_channel: Option<String>,
    #[serde(default)]
    provider_discloses: Option<String>,
    #[serde(default)]
    country_profile: Option<String>,
    #[serde(default)]
    flag: Option<String>,
    #[serde(default)]
    party_to: Option<String>,
    #[serde(default)]
    at: Option<String>,
    basis: Vec<BasisRef>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "RawRule")]
pub struct Rule {
    pub code: String,
    pub severity: Severity,
    /// Kinds the rule applies to; empty means every kind.
    pub kinds: Vec<String>,
    pub for_each: Option<String>,
    pub when: Option<Condition>,
    pub unless: Option<Condition>,
    #[serde(skip_deserializing)]
    pub check: Option<Check>,
    /// Where the finding points, when not at the checked field (an `order`
    /// rule about a warrant's date points at the warrant, not the request).
    pub at: Option<String>,
    pub basis: Vec<BasisRef>,
}

impl TryFrom<RawRule> for Rule {
    type Error = String;
    fn try_from(r: RawRule) -> Result<Self, String> {
        let mut checks = Vec::new();
        if let Some(p) = r.require {
            checks.push(Check::Require(p));
        }
        if let Some(p) = r.require_any {
            checks.push(Check::RequireAny(p));
        }
        if let Some(p) = r.require_true {
            checks.push(Check::RequireTrue(p));
        }
        if let Some(m) = r.require_match {
            checks.push(Check::RequireMatch(m));
        }
        if let Some((a, b)) = r.order {
            checks.push(Check::Order(a, b));
        }
        if let Some(p) = r.not_past {
            checks.push(Check::NotPast(p));
        }
        if let Some(p) = r.accepted_language {
            checks.push(Check::AcceptedLanguage(p));
        }
        if let Some(p) = r.accepted_channel {
            checks.push(Check::AcceptedChannel(p));
        }
        if let Some(p) = r.provider_discloses {
            checks.push(Check::ProviderDiscloses(p));
        }
        if let Some(p) = r.country_profile {
            checks.push(Check::CountryProfile(p));
        }
        if let Some(p) = r.flag {
            checks.push(Check::Flag(p));
        }
        if let Some(p) = r.party_to {
            checks.push(Check::PartyTo(p));
        }
        if checks.len() != 1 {
            return Err(format!(
                "rule {} must have exactly one check (require, require_any, require_true, require_match, order, not_past, accepted_language, accepted_channel, provider_discloses, country_profile, flag, party_to); it has {}",
                r.code,
                checks.len()
            ));
        }
        Ok(Rule {
            code: r.code,
            severity: r.severity,
            kinds: r.kinds,
            for_each: r.for_each,
            when: r.when,
            unless: r.unless,
            check: checks.pop(),
            at: r.at,
            basis: r.basis,
        })
    }
}

impl Rule {
    pub fn check(&self) -> &Check {
        self.check
            .as_ref()
            .expect("a loaded rule always has its check")
    }
}

/// Severity and basis of the findings the engine raises for malformed values.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatFinding {
    pub severity: Severity,
    #[serde(default)]
    pub basis: Vec<BasisRef>,
}

/// A requested State's profile, after the Council of Europe PC-OC country sheets.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryProfile {
    /// ISO 3166-1 alpha-2 (samples use the user-assigned range XA-XZ).
    pub code: String,
    /// Marks profiles shipped for training; never real data.
    #[serde(default)]
    pub sample: bool,
    pub name: String,
    pub central_authority: Authority,
    #[serde(default)]
    pub network_24_7: Option<Authority>,
    pub channels: Vec<String>,
    pub languages: Vec<String>,
    /// required, coercive_only, not_required
    pub dual_criminality: String,
    #[serde(default)]
    pub electronic_transmission: bool,
    #[serde(default)]
    pub e_signature: bool,
    #[serde(default)]
    pub parties_to: Vec<String>,
    /// Days the requested State allows between provisional arrest and the
    /// full extradition request, from the applicable treaty.
    #[serde(default)]
    pub provisional_arrest_days: Option<u32>,
    #[serde(default)]
    pub flags: BTreeMap<String, bool>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub office_hours: String,
    #[serde(default)]
    pub time_zone: String,
}

/// A service provider's law-enforcement profile.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderProfile {
    pub id: String,
    #[serde(default)]
    pub sample: bool,
    pub name: String,
    pub jurisdiction: String,
    #[serde(default)]
    pub portal: String,
    #[serde(default)]
    pub address: String,
    /// Data categories disclosed on a voluntary request.
    #[serde(default)]
    pub voluntary_disclosure: Vec<String>,
    /// Days data is kept after a preservation request, and a possible extension.
    #[serde(default)]
    pub preservation_days: Option<u32>,
    #[serde(default)]
    pub preservation_extension_days: Option<u32>,
    #[serde(default)]
    pub emergency_requests: bool,
    #[serde(default)]
    pub notes: Vec<String>,
}

/// One part of a composed document: a section under a heading.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentPart {
    pub section: String,
    /// Fluent id of the heading.
    pub heading: String,
    /// Fluent id of a sentence printed before the part.
    #[serde(default)]
    pub intro: Option<String>,
    /// For list sections: the columns of a table.
    #[serde(default)]
    pub table: Vec<String>,
    /// For list sections: one line per element (a legal basis, an annex).
    #[serde(default)]
    pub compact: bool,
}

/// The structure of one kind's document.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentDef {
    pub kind: String,
    /// Who the request is addressed to: alternatives of field paths, the
    /// first with any text wins.
    #[serde(default = "default_addressee")]
    pub addressee: Vec<Vec<String>>,
    pub parts: Vec<DocumentPart>,
}

fn default_addressee() -> Vec<Vec<String>> {
    vec![vec![
        "/requested_state/authority".into(),
        "/requested_state/address".into(),
    ]]
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    document: Vec<DocumentDef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Example {
    pub name: String,
    pub kind: String,
    pub path: PathBuf,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentsFile {
    instrument: Vec<Instrument>,
}
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypesFile {
    #[serde(rename = "type")]
    types: Vec<TypeDef>,
}
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionsFile {
    section: Vec<SectionDef>,
}
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasuresFile {
    common: Vec<FieldDef>,
    measure: Vec<MeasureDef>,
}
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    kind: Vec<KindDef>,
}
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    rule: Vec<Rule>,
}
/// A deadline the register computes (`templates/deadlines.toml`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineRule {
    pub id: String,
    pub kinds: Vec<String>,
    /// "outgoing" or "incoming".
    pub direction: String,
    /// Where the period starts: `event:<kind>` or a JSON pointer; the first
    /// that yields a date is used.
    pub start: Vec<String>,
    #[serde(default)]
    pub days: Option<u32>,
    /// `provider:<field>` or `country:<field>` of the case's profile.
    #[serde(default)]
    pub days_from: Option<String>,
    /// The deadline exists only where this profile field is stated.
    #[serde(default)]
    pub require_profile: Option<String>,
    #[serde(default)]
    pub require_basis: Option<String>,
    /// Shown this many days before the period ends (an extension to ask for).
    #[serde(default)]
    pub remind_before: u32,
    #[serde(default)]
    pub ends_on_status: Vec<String>,
    #[serde(default)]
    pub ends_on_follow_up: bool,
    #[serde(default)]
    pub advice: bool,
    pub basis: Vec<BasisRef>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesFile {
    #[serde(default)]
    deadline: Vec<DeadlineRule>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FormatsFile {
    format: BTreeMap<String, FormatFinding>,
}

/// Everything in `templates/`, loaded once.
#[derive(Debug, Clone, Serialize)]
pub struct Catalog {
    pub dir: PathBuf,
    pub instruments: Vec<Instrument>,
    pub choices: BTreeMap<String, Vec<String>>,
    pub types: Vec<TypeDef>,
    pub sections: Vec<SectionDef>,
    pub measure_common: Vec<FieldDef>,
    pub measures: Vec<MeasureDef>,
    pub kinds: Vec<KindDef>,
    pub rules: Vec<Rule>,
    pub formats: BTreeMap<String, FormatFinding>,
    pub countries: Vec<CountryProfile>,
    pub providers: Vec<ProviderProfile>,
    pub examples: Vec<Example>,
    pub documents: Vec<DocumentDef>,
    pub deadlines: Vec<DeadlineRule>,
    /// For each kind, the indices of the rules in `rules` whose paths exist
    /// in that kind (a rule written for every kind skips kinds that lack its
    /// fields).
    #[serde(skip)]
    applicable: BTreeMap<String, Vec<usize>>,
}

fn read(path: &Path) -> Result<String, CatalogError> {
    fs::read_to_string(path).map_err(|source| CatalogError::Read {
        path: path.to_path_buf(),
        source,
    })
}

fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, CatalogError> {
    let text = read(path)?;
    toml::from_str(&text).map_err(|e| CatalogError::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// The `.toml` (or other `ext`) files of a folder, sorted, so loading is deterministic.
fn files_in(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, CatalogError> {
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let entries = fs::read_dir(dir).map_err(|source| CatalogError::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    Ok(files)
}

impl Catalog {
    /// Loads `templates/` from `dir`. Fails on unreadable or malformed files;
    /// semantic consistency is [`Catalog::check`]'s job.
    pub fn load(dir: &Path) -> Result<Catalog, CatalogError> {
        let instruments: InstrumentsFile = parse_toml(&dir.join("instruments.toml"))?;
        let choices: BTreeMap<String, Vec<String>> = parse_toml(&dir.join("choices.toml"))?;
        let types: TypesFile = parse_toml(&dir.join("types.toml"))?;
        let sections: SectionsFile = parse_toml(&dir.join("sections.toml"))?;
        let measures: MeasuresFile = parse_toml(&dir.join("measures.toml"))?;
        let kinds: KindsFile = parse_toml(&dir.join("kinds.toml"))?;
        let formats: FormatsFile = parse_toml(&dir.join("formats.toml"))?;
        let documents: DocumentsFile = parse_toml(&dir.join("documents.toml"))?;
        let deadlines_path = dir.join("deadlines.toml");
        let deadlines: DeadlinesFile = if deadlines_path.exists() {
            parse_toml(&deadlines_path)?
        } else {
            DeadlinesFile::default()
        };
        let mut rules = Vec::new();
        for file in files_in(&dir.join("rules"), "toml")? {
            let f: RulesFile = parse_toml(&file)?;
            rules.extend(f.rule);
        }
        let mut countries = Vec::new();
        for file in files_in(&dir.join("countries"), "toml")? {
            countries.push(parse_toml::<CountryProfile>(&file)?);
        }
        let mut providers = Vec::new();
        for file in files_in(&dir.join("providers"), "toml")? {
            providers.push(parse_toml::<ProviderProfile>(&file)?);
        }
        let mut examples = Vec::new();
        for file in files_in(&dir.join("examples"), "json")? {
            let text = read(&file)?;
            let kind = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|v| v.get("kind").and_then(Value::as_str).map(str::to_string))
                .unwrap_or_default();
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            examples.push(Example {
                name,
                kind,
                path: file,
            });
        }
        let mut catalog = Catalog {
            dir: dir.to_path_buf(),
            instruments: instruments.instrument,
            choices,
            types: types.types,
            sections: sections.section,
            measure_common: measures.common,
            measures: measures.measure,
            kinds: kinds.kind,
            rules,
            formats: formats.format,
            countries,
            providers,
            examples,
            documents: documents.document,
            deadlines: deadlines.deadline,
            applicable: BTreeMap::new(),
        };
        catalog.check_shapes()?;
        catalog.applicable = catalog
            .kinds
            .iter()
            .map(|k| {
                let idx = catalog
                    .rules
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.kinds.is_empty() || r.kinds.contains(&k.id))
                    .filter(|(_, r)| catalog.rule_problems(r, k, None).is_empty())
                    .map(|(i, _)| i)
                    .collect();
                (k.id.clone(), idx)
            })
            .collect();
        Ok(catalog)
    }

    /// The few structural facts the engine relies on to never panic: field
    /// types are known, ids are unique, every format finding is configured.
    fn check_shapes(&self) -> Result<(), CatalogError> {
        let mut problems = Vec::new();
        let mut owners = BTreeSet::new();
        let all_owners = self
            .types
            .iter()
            .map(|t| (Place::new("type", &t.id), &t.fields))
            .chain(
                self.sections
                    .iter()
                    .map(|s| (Place::new("section", &s.id), &s.fields)),
            )
            .chain(
                self.measures
                    .iter()
                    .map(|m| (Place::new("measure", &m.id), &m.fields)),
            );
        for (place, fields) in all_owners {
            if !owners.insert(place.id.clone()) {
                problems.push(place.problem("duplicate-owner", &[]));
            }
            self.check_fields(&place, fields, &mut problems);
        }
        self.check_fields(
            &Place::new("measure", "common"),
            &self.measure_common,
            &mut problems,
        );
        for s in &self.sections {
            let place = Place::new("section", &s.id);
            match (&s.list_of, s.measures, s.fields.is_empty()) {
                (Some(t), false, true) if self.type_def(t).is_none() => {
                    problems.push(place.problem("unknown-type", &[("type", t)]))
                }
                (Some(_), false, true) | (None, true, true) | (None, false, false) => {}
                _ => problems.push(place.problem("section-shape", &[])),
            }
        }
        for code in crate::formats::FORMAT_CODES {
            if !self.formats.contains_key(*code) {
                let place = Place::new("file", "formats.toml");
                problems.push(place.problem("format-not-configured", &[("code", code)]));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(CatalogError::Invalid {
                path: self.dir.clone(),
                problems,
            })
        }
    }

    fn check_fields(&self, place: &Place, fields: &[FieldDef], problems: &mut Vec<Problem>) {
        let mut seen = BTreeSet::new();
        for f in fields {
            let field = [("field", f.id.as_str())];
            if !seen.insert(&f.id) {
                problems.push(place.problem("duplicate-field", &field));
            }
            match Prim::parse(&f.ty) {
                Some(Prim::Choice) => match &f.choices {
                    Some(c) if self.choices.contains_key(c) => {}
                    Some(c) => problems.push(
                        place.problem("unknown-choice-list", &[("field", &f.id), ("list", c)]),
                    ),
                    None => problems.push(place.problem("choice-without-list", &field)),
                },
                Some(_) => {}
                None if self.type_def(&f.ty).is_some() => {}
                None => problems.push(
                    place.problem("unknown-field-type", &[("field", &f.id), ("type", &f.ty)]),
                ),
            }
            if let Some(from) = &f.format_from {
                if !fields.iter().any(|g| &g.id == from) {
                    problems.push(place.problem(
                        "unknown-format-from",
                        &[("field", &f.id), ("sibling", from)],
                    ));
                }
            }
        }
    }

    pub fn kind(&self, id: &str) -> Option<&KindDef> {
        self.kinds.iter().find(|k| k.id == id)
    }
    pub fn section(&self, id: &str) -> Option<&SectionDef> {
        self.sections.iter().find(|s| s.id == id)
    }
    pub fn type_def(&self, id: &str) -> Option<&TypeDef> {
        self.types.iter().find(|t| t.id == id)
    }
    pub fn measure(&self, id: &str) -> Option<&MeasureDef> {
        self.measures.iter().find(|m| m.id == id)
    }
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id == id)
    }
    pub fn country(&self, code: &str) -> Option<&CountryProfile> {
        self.countries.iter().find(|c| c.code == code)
    }
    pub fn provider(&self, id: &str) -> Option<&ProviderProfile> {
        self.providers.iter().find(|p| p.id == id)
    }
    pub fn document(&self, kind: &str) -> Option<&DocumentDef> {
        self.documents.iter().find(|d| d.kind == kind)
    }
    pub fn example(&self, name: &str) -> Option<&Example> {
        self.examples.iter().find(|e| e.name == name)
    }

    /// The fields of a measure: the common ones, then its own.
    pub fn measure_fields<'a>(&'a self, m: &'a MeasureDef) -> impl Iterator<Item = &'a FieldDef> {
        self.measure_common.iter().chain(m.fields.iter())
    }

    /// A citation as people write it: "UNTOC art. 18(15)(c)".
    pub fn cite(&self, b: &BasisRef) -> String {
        let short = self
            .instrument(&b.instrument)
            .map(|i| i.short.as_str())
            .unwrap_or(b.instrument.as_str());
        let unconfirmed =
            b.unconfirmed || self.instrument(&b.instrument).is_some_and(|i| !i.confirmed);
        let mut s = match &b.article {
            Some(a) if a.starts_with(|c: char| c.is_ascii_digit()) => format!("{short} art. {a}"),
            Some(a) => format!("{short}, {a}"),
            None => short.to_string(),
        };
        if unconfirmed {
            s.push_str(" (unconfirmed)");
        }
        s
    }

    /// The general rules that apply to a kind (measure and country rules apart).
    pub fn applicable_rules<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Rule> {
        self.applicable
            .get(kind)
            .into_iter()
            .flatten()
            .map(|&i| &self.rules[i])
    }

    /// Finds the definition behind a path pattern (`/persons/*/family_name`),
    /// starting from a kind's sections, or from a measure's fields when `measure`
    /// is given and the path is relative.
    pub fn resolve_field(&self, kind: &KindDef, path: &str) -> Option<FieldShape<'_>> {
        let mut segs = path.trim_start_matches('/').split('/');
        let first = segs.next()?;
        if !kind.sections.iter().any(|s| s == first) {
            return None;
        }
        let section = self.section(first)?;
        let mut shape = FieldShape::Section(section);
        for seg in segs {
            shape = self.step(shape, seg)?;
        }
        Some(shape)
    }

    /// Resolves a path relative to a base shape.
    pub fn resolve_from<'a>(&'a self, base: FieldShape<'a>, rel: &str) -> Option<FieldShape<'a>> {
        let mut shape = base;
        for seg in rel.split('/').filter(|s| !s.is_empty()) {
            shape = self.step(shape, seg)?;
        }
        Some(shape)
    }

    fn step<'a>(&'a self, shape: FieldShape<'a>, seg: &str) -> Option<FieldShape<'a>> {
        let is_index = seg == "*" || seg.parse::<usize>().is_ok();
        match shape {
            FieldShape::Section(s) if s.measures => is_index.then_some(FieldShape::AnyMeasure),
            FieldShape::Section(s) => match &s.list_of {
                Some(t) => is_index.then(|| FieldShape::Type(self.type_def(t))),
                None => s
                    .fields
                    .iter()
                    .find(|f| f.id == seg)
                    .map(|f| self.field_shape(f)),
            },
            FieldShape::List(f) => {
                if !is_index {
                    return None;
                }
                Some(match self.type_def(&f.ty) {
                    Some(t) => FieldShape::Type(Some(t)),
                    None => FieldShape::Prim(f),
                })
            }
            FieldShape::Type(Some(t)) => t
                .fields
                .iter()
                .find(|f| f.id == seg)
                .map(|f| self.field_shape(f)),
            FieldShape::Measure(m) => self
                .measure_fields(m)
                .find(|f| f.id == seg)
                .map(|f| self.field_shape(f)),
            // A rule over every measure may name a field some measures have.
            FieldShape::AnyMeasure => self
                .measure_common
                .iter()
                .chain(self.measures.iter().flat_map(|m| m.fields.iter()))
                .find(|f| f.id == seg)
                .map(|f| self.field_shape(f)),
            FieldShape::Type(None) | FieldShape::Prim(_) => None,
        }
    }

    pub fn field_shape<'a>(&'a self, f: &'a FieldDef) -> FieldShape<'a> {
        if f.list {
            FieldShape::List(f)
        } else if let Some(t) = self.type_def(&f.ty) {
            FieldShape::Type(Some(t))
        } else {
            FieldShape::Prim(f)
        }
    }

    /// The Fluent ids the catalog needs, with what needs them.
    pub fn message_ids(&self) -> Vec<(String, String)> {
        let mut ids: Vec<(String, String)> = Vec::new();
        let mut push = |id: String, why: String| ids.push((id, why));
        for k in &self.kinds {
            push(format!("kind-{}", k.id), "kinds.toml".into());
            push(format!("kind-{}-help", k.id), "kinds.toml".into());
        }
        for s in &self.sections {
            push(format!("section-{}", s.id), "sections.toml".into());
            for f in &s.fields {
                push(
                    format!("field-{}-{}", s.id, f.id),
                    format!("section {}", s.id),
                );
            }
        }
        for t in &self.types {
            for f in &t.fields {
                push(format!("field-{}-{}", t.id, f.id), format!("type {}", t.id));
            }
        }
        for f in &self.measure_common {
            push(
                format!("field-measure-{}", f.id),
                "measures.toml [common]".into(),
            );
        }
        for m in &self.measures {
            push(format!("measure-{}", m.id), "measures.toml".into());
            for f in &m.fields {
                push(
                    format!("field-{}-{}", m.id, f.id),
                    format!("measure {}", m.id),
                );
            }
        }
        for (set, values) in &self.choices {
            for v in values {
                push(format!("choice-{set}-{v}"), format!("choices.toml [{set}]"));
            }
        }
        for i in &self.instruments {
            push(format!("instrument-{}", i.id), "instruments.toml".into());
        }
        let rule_sets = self
            .rules
            .iter()
            .map(|r| (r, "rules".to_string()))
            .chain(self.measures.iter().flat_map(|m| {
                m.rules
                    .iter()
                    .map(move |r| (r, format!("measure {}", m.id)))
            }))
            .chain(self.countries.iter().flat_map(|c| {
                c.rules
                    .iter()
                    .map(move |r| (r, format!("country profile {}", c.code)))
            }));
        for (r, why) in rule_sets {
            push(format!("finding-{}", r.code), why);
        }
        for code in self.formats.keys() {
            push(format!("finding-{code}"), "formats.toml".into());
        }
        for d in &self.deadlines {
            push(format!("deadline-{}", d.id), "deadlines.toml".into());
        }
        for code in PROBLEM_CODES {
            push(
                format!("catalog-problem-{code}"),
                "rogatory catalog check".into(),
            );
        }
        for what in PLACE_KINDS {
            push(
                format!("catalog-place-{what}"),
                "rogatory catalog check".into(),
            );
        }
        for d in &self.documents {
            push(format!("doc-title-{}", d.kind), "documents.toml".into());
            push(format!("doc-opening-{}", d.kind), "documents.toml".into());
            for p in &d.parts {
                push(p.heading.clone(), format!("documents.toml [{}]", d.kind));
                if let Some(i) = &p.intro {
                    push(i.clone(), format!("documents.toml [{}]", d.kind));
                }
            }
        }
        for s in &self.sections {
            if let Some(t) = &s.list_of {
                push(
                    format!("doc-item-{t}"),
                    format!("documents: items of {}", s.id),
                );
            }
        }
        for id in DOCUMENT_MESSAGES {
            push(id.to_string(), "compose".into());
        }
        let mut ids: Vec<(String, String)> = ids
            .into_iter()
            .map(|(id, why)| (fluent_id(&id), why))
            .collect();
        ids.sort();
        ids.dedup_by(|a, b| a.0 == b.0);
        ids
    }

    /// Proves the catalog consistent with itself and with the locales.
    /// Returns every problem found, each naming the item at fault.
    pub fn check(&self, localizer: &Localizer) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.check_references(&mut problems);
        self.check_deadlines(&mut problems);
        for (id, why) in self.message_ids() {
            for lang in localizer.languages() {
                if !localizer.has(lang, &id) {
                    let place = Place::new("locale", lang);
                    problems.push(
                        place.problem("missing-message", &[("id", &id), ("needed_by", &why)]),
                    );
                }
            }
        }
        for lang in crate::i18n::REQUIRED_LANGUAGES {
            if !localizer.languages().contains(lang) {
                problems.push(Place::new("locale", lang).problem("missing-locale", &[]));
            }
        }
        problems
    }

    fn check_references(&self, problems: &mut Vec<Problem>) {
        let measure_ids: BTreeSet<&str> = self.measures.iter().map(|m| m.id.as_str()).collect();
        let listed: BTreeSet<&str> = self
            .choices
            .get("measure")
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if listed != measure_ids {
            problems.push(Place::new("file", "choices.toml").problem("measure-list-mismatch", &[]));
        }
        let instruments: BTreeSet<&str> = self
            .instruments
            .iter()
            .filter(|i| i.legal_basis)
            .map(|i| i.id.as_str())
            .collect();
        let listed: BTreeSet<&str> = self
            .choices
            .get("legal_instrument")
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if listed != instruments {
            problems
                .push(Place::new("file", "choices.toml").problem("legal-basis-list-mismatch", &[]));
        }
        for k in &self.kinds {
            let place = Place::new("kind", &k.id);
            for s in &k.sections {
                if self.section(s).is_none() {
                    problems.push(place.problem("unknown-section", &[("section", s)]));
                }
            }
            for m in &k.measures {
                if self.measure(m).is_none() {
                    problems.push(place.problem("unknown-measure", &[("measure", m)]));
                }
            }
            self.check_basis(&place, &k.basis, problems);
            if let Some(e) = &k.example {
                if self.example(e).is_none() {
                    problems.push(place.problem("unknown-example", &[("example", e)]));
                }
            }
        }
        for r in &self.rules {
            let place = Place::new("rule", &r.code);
            let kinds: Vec<&KindDef> = if r.kinds.is_empty() {
                self.kinds.iter().collect()
            } else {
                r.kinds
                    .iter()
                    .filter_map(|k| {
                        let def = self.kind(k);
                        if def.is_none() {
                            problems.push(place.problem("unknown-kind", &[("kind", k)]));
                        }
                        def
                    })
                    .collect()
            };
            // A rule for every kind names paths that only some kinds have; it
            // must resolve in at least one of them, and is skipped in the others.
            let resolves = kinds
                .iter()
                .any(|k| self.rule_problems(r, k, None).is_empty());
            if !resolves {
                if let Some(k) = kinds.first() {
                    for (code, args) in self.rule_problems(r, k, None) {
                        problems.push(Problem {
                            place: place.clone(),
                            code,
                            args,
                        });
                    }
                }
            }
            self.check_rule_basis(&place, r, problems);
        }
        let mla_like: Vec<&KindDef> = self
            .kinds
            .iter()
            .filter(|k| !k.measures.is_empty())
            .collect();
        for m in &self.measures {
            self.check_basis(&Place::new("measure", &m.id), &m.basis, problems);
            for r in &m.rules {
                let place = Place::new("measure-rule", &format!("{}/{}", m.id, r.code));
                if let Some(k) = mla_like.first() {
                    for (code, args) in self.rule_problems(r, k, Some(m)) {
                        problems.push(Problem {
                            place: place.clone(),
                            code,
                            args,
                        });
                    }
                }
                self.check_rule_basis(&place, r, problems);
            }
        }
        for c in &self.countries {
            let place = Place::new("country", &c.code);
            for l in &c.languages {
                if !self.choice_has("language", l) {
                    problems.push(place.problem("unknown-language", &[("language", l)]));
                }
            }
            for ch in &c.channels {
                if !self.choice_has("channel", ch) {
                    problems.push(place.problem("unknown-channel", &[("channel", ch)]));
                }
            }
            for i in &c.parties_to {
                if self.instrument(i).is_none() {
                    problems.push(place.problem("unknown-instrument", &[("instrument", i)]));
                }
            }
            if !["required", "coercive_only", "not_required"].contains(&c.dual_criminality.as_str())
            {
                problems
                    .push(place.problem("bad-dual-criminality", &[("value", &c.dual_criminality)]));
            }
            for r in &c.rules {
                let rule_place = Place::new("country-rule", &format!("{}/{}", c.code, r.code));
                let kinds: Vec<&KindDef> = if r.kinds.is_empty() {
                    self.kinds.iter().collect()
                } else {
                    r.kinds.iter().filter_map(|k| self.kind(k)).collect()
                };
                if !kinds
                    .iter()
                    .any(|k| self.rule_problems(r, k, None).is_empty())
                {
                    if let Some(k) = kinds.first() {
                        for (code, args) in self.rule_problems(r, k, None) {
                            problems.push(Problem {
                                place: rule_place.clone(),
                                code,
                                args,
                            });
                        }
                    }
                }
                self.check_rule_basis(&rule_place, r, problems);
            }
        }
        for d in &self.documents {
            let place = Place::new("kind", &d.kind);
            let Some(kind) = self.kind(&d.kind) else {
                problems.push(place.problem("unknown-kind", &[("kind", &d.kind)]));
                continue;
            };
            for path in d.addressee.iter().flatten() {
                if self.resolve_field(kind, path).is_none() {
                    problems
                        .push(place.problem("unknown-path", &[("path", path), ("kind", &d.kind)]));
                }
            }
            for p in &d.parts {
                if !kind.sections.contains(&p.section) {
                    problems.push(place.problem("unknown-section", &[("section", &p.section)]));
                    continue;
                }
                let list_type = self
                    .section(&p.section)
                    .and_then(|s| s.list_of.as_deref())
                    .and_then(|t| self.type_def(t));
                for col in &p.table {
                    if !list_type.is_some_and(|t| t.fields.iter().any(|f| &f.id == col)) {
                        problems.push(place.problem(
                            "unknown-path",
                            &[
                                ("path", &format!("/{}/*/{col}", p.section)),
                                ("kind", &d.kind),
                            ],
                        ));
                    }
                }
            }
        }
        for k in &self.kinds {
            if self.document(&k.id).is_none() {
                problems.push(
                    Place::new("file", "documents.toml")
                        .problem("unknown-kind", &[("kind", &k.id)]),
                );
            }
        }
        for p in &self.providers {
            let place = Place::new("provider", &p.id);
            for cat in &p.voluntary_disclosure {
                if !self.choice_has("data_category", cat) {
                    problems.push(place.problem("unknown-data-category", &[("category", cat)]));
                }
            }
        }
    }

    fn choice_has(&self, set: &str, value: &str) -> bool {
        self.choices
            .get(set)
            .is_some_and(|v| v.iter().any(|x| x == value))
    }

    fn check_deadlines(&self, problems: &mut Vec<Problem>) {
        const PROFILE_FIELDS: &[&str] = &[
            "provider:preservation_days",
            "provider:preservation_extension_days",
            "country:provisional_arrest_days",
        ];
        const STATUSES: &[&str] = &[
            "draft",
            "final",
            "sent",
            "acknowledged",
            "additional_information_requested",
            "partially_executed",
            "executed",
            "refused",
            "withdrawn",
            "received",
        ];
        for d in &self.deadlines {
            let place = Place::new("deadline", &d.id);
            self.check_basis(&place, &d.basis, problems);
            let all_unconfirmed = d.basis.iter().all(|b| {
                b.unconfirmed || self.instrument(&b.instrument).is_some_and(|i| !i.confirmed)
            });
            if all_unconfirmed && !d.advice {
                problems.push(place.problem("deadline-not-advice", &[]));
            }
            if d.direction != "outgoing" && d.direction != "incoming" {
                problems.push(place.problem("unknown-direction", &[("direction", &d.direction)]));
            }
            if d.days.is_none() && d.days_from.is_none() {
                problems.push(place.problem("deadline-without-days", &[]));
            }
            for f in d.days_from.iter().chain(d.require_profile.iter()) {
                if !PROFILE_FIELDS.contains(&f.as_str()) {
                    problems.push(place.problem("unknown-profile-field", &[("field", f)]));
                }
            }
            if let Some(i) = &d.require_basis {
                if self.instrument(i).is_none() {
                    problems.push(place.problem("unknown-instrument", &[("instrument", i)]));
                }
            }
            for st in &d.ends_on_status {
                if !STATUSES.contains(&st.as_str()) {
                    problems.push(place.problem("unknown-status", &[("status", st)]));
                }
            }
            for k in &d.kinds {
                let Some(kind) = self.kind(k) else {
                    problems.push(place.problem("unknown-kind", &[("kind", k)]));
                    continue;
                };
                for start in &d.start {
                    if start.starts_with("event:") {
                        continue;
                    }
                    if self.resolve_field(kind, start).is_none() {
                        problems
                            .push(place.problem("unknown-path", &[("path", start), ("kind", k)]));
                    }
                }
            }
        }
    }

    fn check_rule_basis(&self, place: &Place, r: &Rule, problems: &mut Vec<Problem>) {
        if r.basis.is_empty() {
            problems.push(place.problem("no-basis", &[]));
        }
        self.check_basis(place, &r.basis, problems);
        let all_unconfirmed = r
            .basis
            .iter()
            .all(|b| b.unconfirmed || self.instrument(&b.instrument).is_some_and(|i| !i.confirmed));
        if !r.basis.is_empty() && all_unconfirmed && r.severity != Severity::Advice {
            problems.push(place.problem("unconfirmed-not-advice", &[]));
        }
    }

    fn check_basis(&self, place: &Place, basis: &[BasisRef], problems: &mut Vec<Problem>) {
        for b in basis {
            if self.instrument(&b.instrument).is_none() {
                problems.push(place.problem("unknown-basis", &[("instrument", &b.instrument)]));
            }
        }
    }

    /// Problems with the paths and values a rule names, for one kind, as
    /// `(code, args)`; the caller knows the place.
    fn rule_problems(
        &self,
        r: &Rule,
        kind: &KindDef,
        measure: Option<&MeasureDef>,
    ) -> Vec<(&'static str, Args)> {
        let mut problems = Vec::new();
        let scope: Option<FieldShape> = match (measure, &r.for_each) {
            (Some(m), None) => Some(FieldShape::Measure(m)),
            (Some(m), Some(list)) if !list.starts_with('/') => {
                match self.resolve_from(FieldShape::Measure(m), list) {
                    Some(shape) => self.resolve_from(shape, "*"),
                    None => {
                        problems.push(pair("unknown-for-each", &[("path", list)]));
                        return problems;
                    }
                }
            }
            (_, Some(list)) => match self.resolve_field(kind, list) {
                Some(shape) => self.resolve_from(shape, "*"),
                None => {
                    problems.push(pair("unknown-for-each", &[("path", list)]));
                    return problems;
                }
            },
            (None, None) => None,
        };
        let mut path_ok =
            |p: &str, problems: &mut Vec<(&'static str, Args)>| -> Option<FieldShape> {
                let shape = if p.starts_with('/') {
                    self.resolve_field(kind, p)
                } else if p == "." {
                    scope
                } else {
                    scope.and_then(|s| self.resolve_from(s, p))
                };
                if shape.is_none() {
                    problems.push(pair("unknown-path", &[("path", p), ("kind", &kind.id)]));
                }
                shape
            };
        match r.check() {
            Check::Require(p)
            | Check::RequireTrue(p)
            | Check::NotPast(p)
            | Check::AcceptedLanguage(p)
            | Check::AcceptedChannel(p)
            | Check::ProviderDiscloses(p)
            | Check::CountryProfile(p)
            | Check::PartyTo(p)
            | Check::Flag(p) => {
                path_ok(p, &mut problems);
            }
            Check::RequireAny(ps) => {
                for p in ps {
                    path_ok(p, &mut problems);
                }
            }
            Check::Order(a, b) => {
                path_ok(a, &mut problems);
                path_ok(b, &mut problems);
            }
            Check::RequireMatch(m) => {
                if let Some(list) = path_ok(&m.list, &mut problems) {
                    match self.resolve_from(list, &format!("*/{}", m.field)) {
                        Some(FieldShape::Prim(f)) => self.check_values(f, &m.one_of, &mut problems),
                        _ => problems.push(pair(
                            "unknown-path",
                            &[
                                ("path", &format!("{}/*/{}", m.list, m.field)),
                                ("kind", &kind.id),
                            ],
                        )),
                    }
                }
            }
        }
        if let Some(at) = &r.at {
            path_ok(at, &mut problems);
        }
        for cond in r.when.iter().chain(r.unless.iter()) {
            self.condition_problems(cond, &mut path_ok, &mut problems);
        }
        problems
    }

    fn condition_problems<'a>(
        &'a self,
        c: &Condition,
        path_ok: &mut PathCheck<'_, 'a>,
        problems: &mut Vec<(&'static str, Args)>,
    ) {
        if let Some(field) = &c.field {
            if let Some(FieldShape::Prim(f)) = path_ok(field, problems) {
                let values: Vec<Value> = c
                    .equals
                    .iter()
                    .cloned()
                    .chain(c.one_of.iter().flatten().cloned())
                    .collect();
                self.check_values(f, &values, problems);
            }
        } else if c.equals.is_some() || c.one_of.is_some() || c.present.is_some() {
            problems.push(pair("condition-without-field", &[]));
        }
        for m in c.only_measures.iter().flatten().chain(c.has_measure.iter()) {
            if self.measure(m).is_none() {
                problems.push(pair("unknown-measure", &[("measure", m)]));
            }
        }
        if let Some(i) = &c.legal_basis {
            if self.instrument(i).is_none() {
                problems.push(pair("unknown-instrument", &[("instrument", i)]));
            }
        }
        for sub in c
            .all
            .iter()
            .flatten()
            .chain(c.any.iter().flatten())
            .chain(c.not.as_deref())
        {
            self.condition_problems(sub, path_ok, problems);
        }
    }

    fn check_values(
        &self,
        f: &FieldDef,
        values: &[Value],
        problems: &mut Vec<(&'static str, Args)>,
    ) {
        if let Some(set) = &f.choices {
            for v in values {
                if !v.as_str().is_some_and(|s| self.choice_has(set, s)) {
                    problems.push(pair(
                        "not-in-choice-list",
                        &[("value", &v.to_string()), ("list", set)],
                    ));
                }
            }
        }
    }
}

/// Every problem code `Catalog::check` can report; each has the message
/// `catalog-problem-<code>` in every locale (checked like any other id).
pub const PROBLEM_CODES: &[&str] = &[
    "bad-dual-criminality",
    "choice-without-list",
    "condition-without-field",
    "deadline-not-advice",
    "deadline-without-days",
    "duplicate-field",
    "duplicate-owner",
    "format-not-configured",
    "legal-basis-list-mismatch",
    "measure-list-mismatch",
    "missing-locale",
    "missing-message",
    "no-basis",
    "not-in-choice-list",
    "section-shape",
    "unconfirmed-not-advice",
    "unknown-basis",
    "unknown-channel",
    "unknown-choice-list",
    "unknown-data-category",
    "unknown-direction",
    "unknown-example",
    "unknown-field-type",
    "unknown-for-each",
    "unknown-format-from",
    "unknown-instrument",
    "unknown-kind",
    "unknown-language",
    "unknown-measure",
    "unknown-path",
    "unknown-profile-field",
    "unknown-section",
    "unknown-status",
    "unknown-type",
];

/// The fixed wording `compose` uses besides the catalog's own ids.
pub const DOCUMENT_MESSAGES: &[&str] = &[
    "doc-title-additional-information",
    "doc-additional-information-opening",
    "doc-additional-information-basis-untoc",
    "doc-additional-information-basis",
    "doc-additional-information-closing",
    "doc-their-reference",
    "doc-addressee",
    "doc-date",
    "doc-place-date",
    "doc-our-reference",
    "doc-closing",
    "doc-confidential",
    "doc-draft",
    "doc-page",
    "doc-yes",
    "doc-no",
    "doc-range",
    "doc-port",
    "doc-item-measure",
    "doc-list-semicolon",
    "list-separator",
];

/// Every kind of place a problem can be in: `catalog-place-<what>`.
pub const PLACE_KINDS: &[&str] = &[
    "type",
    "section",
    "measure",
    "file",
    "kind",
    "rule",
    "measure-rule",
    "country",
    "country-rule",
    "provider",
    "locale",
    "deadline",
];

/// Where a catalog problem is: a kind of item (`rule`, `kind`, `country`,
/// `locale`...; its label is the Fluent message `catalog-place-<what>`) and
/// its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub what: &'static str,
    pub id: String,
}

impl Place {
    pub fn new(what: &'static str, id: &str) -> Place {
        debug_assert!(PLACE_KINDS.contains(&what), "{what} is not in PLACE_KINDS");
        Place {
            what,
            id: id.to_string(),
        }
    }
    fn problem(&self, code: &'static str, args: &[(&str, &str)]) -> Problem {
        let (code, args) = pair(code, args);
        Problem {
            place: self.clone(),
            code,
            args,
        }
    }
}

/// An inconsistency in the templates or locales. Its message is the Fluent
/// message `catalog-problem-<code>`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub place: Place,
    pub code: &'static str,
    pub args: Args,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}: {}", self.place.what, self.place.id, self.code)?;
        for (k, v) in &self.args {
            match v {
                crate::ArgValue::Str(s) => write!(f, " {k}={s}")?,
                crate::ArgValue::Num(n) => write!(f, " {k}={n}")?,
            }
        }
        Ok(())
    }
}

impl Problem {
    /// The problem in `lang`: "<place>: <message>".
    pub fn message(&self, l10n: &Localizer, lang: &str) -> String {
        let mut place_args = Args::new();
        place_args.insert("id".into(), self.place.id.clone().into());
        let place = l10n.text(
            lang,
            &format!("catalog-place-{}", self.place.what),
            &place_args,
        );
        let msg = l10n.text(lang, &format!("catalog-problem-{}", self.code), &self.args);
        format!("{place}: {msg}")
    }
}

fn pair(code: &'static str, args: &[(&str, &str)]) -> (&'static str, Args) {
    debug_assert!(
        PROBLEM_CODES.contains(&code),
        "{code} is not in PROBLEM_CODES"
    );
    let args = args
        .iter()
        .map(|(k, v)| (k.to_string(), crate::ArgValue::Str(v.to_string())))
        .collect();
    (code, args)
}

/// Resolves a path a rule names, recording a problem when it names no field.
type PathCheck<'f, 'a> =
    dyn FnMut(&str, &mut Vec<(&'static str, Args)>) -> Option<FieldShape<'a>> + 'f;

/// The Fluent id for catalog ids: Fluent ids are kebab-case, catalog ids
/// snake_case (`field-requesting_authority-name` -> `field-requesting-authority-name`).
pub fn fluent_id(id: &str) -> String {
    id.replace('_', "-")
}

/// What a path leads to in the catalog's type tree.
#[derive(Debug, Clone, Copy)]
pub enum FieldShape<'a> {
    Section(&'a SectionDef),
    Type(Option<&'a TypeDef>),
    List(&'a FieldDef),
    Prim(&'a FieldDef),
    Measure(&'a MeasureDef),
    AnyMeasure,
}

/// Where `templates/` and `locales/` are: `$ROGATORY_HOME`, next to the
/// executable (portable copy), in the desktop package's resources
/// (`../lib/Rogatory` from the executable), or the source tree the binary was
/// built from.
pub fn default_home() -> PathBuf {
    if let Some(home) = std::env::var_os("ROGATORY_HOME") {
        return PathBuf::from(home);
    }
    let source_tree = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    if let Ok(exe) = std::env::current_exe() {
        // A build run from this source tree (target/debug/...) reads the
        // tree's own files, not the copies Tauri's build leaves beside it,
        // which go stale as soon as a template is edited.
        if exe.starts_with(source_tree.join("target")) {
            return source_tree;
        }
        if let Some(dir) = exe.parent() {
            // Next to the executable (a portable copy), or where the desktop
            // app's package installs its resources: /usr/bin/rogatory-app
            // reads /usr/lib/Rogatory/{templates,locales}.
            for home in [dir.to_path_buf(), dir.join("../lib/Rogatory")] {
                if home.join("templates").is_dir() && home.join("locales").is_dir() {
                    return home;
                }
            }
        }
    }
    source_tree
}
