//! Validation: what the request still lacks, and why it matters.
//!
//! `validate` walks every rule that applies to the case's kind, its measures
//! and its requested State, and every typed value, and collects *all* the
//! findings; it never stops at the first. "The officer has not finished" is
//! never an error in the Rust sense: findings are data. Each carries a stable
//! code (also its Fluent id, `finding-<code>`), the JSON pointer of the field
//! so the UI can take the officer there, named arguments, and the legal
//! sources. The basis shown is narrowed to the instruments the case invokes,
//! when it invokes any of them.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use crate::catalog::{
    BasisRef, Catalog, Check, Condition, CountryProfile, FieldShape, KindDef, Prim,
    ProviderProfile, Rule, Severity,
};
use crate::formats;
use crate::model::Case;
use crate::{ArgValue, Args};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    pub path: String,
    pub args: Args,
    pub basis: Vec<String>,
}

impl Finding {
    pub fn message_id(&self) -> String {
        format!("finding-{}", self.code)
    }
}

/// Arguments whose values are catalog ids, and the message prefix that
/// labels them, so "network_24_7" reads "24/7 network" in the user's language.
/// Values holding several ids are comma-separated.
const LABELLED_ARGS: &[(&str, &str)] = &[
    ("language", "choice-language-"),
    ("accepted_languages", "choice-language-"),
    ("channel", "choice-channel-"),
    ("accepted_channels", "choice-channel-"),
    ("category", "choice-data-category-"),
    ("instrument", "instrument-"),
];

/// A finding's message in `lang`, strictly: a missing message or argument is
/// an `Err`, which tests catch.
pub fn try_message(
    f: &Finding,
    l10n: &crate::Localizer,
    lang: &str,
) -> Result<String, crate::i18n::I18nError> {
    let mut args = f.args.clone();
    for (key, prefix) in LABELLED_ARGS {
        if let Some(ArgValue::Str(v)) = args
            .get(*key)
            .filter(|v| !matches!(v, ArgValue::Str(s) if s.trim().is_empty()))
        {
            let labels: Result<Vec<String>, _> = v
                .split(',')
                .map(|id| {
                    let id = crate::catalog::fluent_id(&format!("{prefix}{}", id.trim()));
                    l10n.format(lang, &id, &Args::new())
                })
                .collect();
            let sep = l10n.format(lang, "list-separator", &Args::new())?;
            args.insert(key.to_string(), ArgValue::Str(labels?.join(&sep)));
        }
    }
    l10n.format(lang, &f.message_id(), &args)
}

/// A finding's message for display: in `lang`, else English, else its code.
pub fn message(f: &Finding, l10n: &crate::Localizer, lang: &str) -> String {
    try_message(f, l10n, lang)
        .or_else(|_| try_message(f, l10n, crate::i18n::FALLBACK))
        .unwrap_or_else(|_| format!("[{}]", f.message_id()))
}

/// Does any finding stop the request from being final?
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// Checks a case against the catalog, as of `today`.
pub fn validate(case: &Case, catalog: &Catalog, today: jiff::civil::Date) -> Vec<Finding> {
    let Some(kind) = catalog.kind(&case.kind) else {
        return Vec::new();
    };
    let country = case
        .get("/requested_state/country")
        .and_then(Value::as_str)
        .and_then(|c| catalog.country(c));
    let provider = case
        .get("/provider/profile")
        .and_then(Value::as_str)
        .and_then(|p| catalog.provider(p));
    let invoked = resolve(&case.doc, "/legal_bases/*/instrument")
        .into_iter()
        .filter_map(|(_, v)| v.as_str().map(str::to_string))
        .collect();
    let mut cx = Cx {
        catalog,
        kind,
        doc: &case.doc,
        today,
        country,
        provider,
        invoked,
        out: Vec::new(),
    };
    cx.formats();
    for rule in catalog.applicable_rules(&kind.id) {
        cx.apply(rule, None);
    }
    let measures = resolve(&case.doc, "/measures/*");
    for (i, (path, m)) in measures.iter().enumerate() {
        let def = m
            .get("type")
            .and_then(Value::as_str)
            .and_then(|t| catalog.measure(t));
        if let Some(def) = def {
            for rule in &def.rules {
                cx.apply(
                    rule,
                    Some(Scope {
                        path: path.clone(),
                        index: i,
                    }),
                );
            }
        }
    }
    if let Some(c) = country {
        for rule in c
            .rules
            .iter()
            .filter(|r| r.kinds.is_empty() || r.kinds.contains(&kind.id))
        {
            cx.apply(rule, None);
        }
    }
    let mut seen = BTreeSet::new();
    cx.out
        .retain(|f| seen.insert((f.code.clone(), f.path.clone())));
    cx.out
}

#[derive(Clone)]
struct Scope {
    path: String,
    index: usize,
}

struct Cx<'a> {
    catalog: &'a Catalog,
    kind: &'a KindDef,
    doc: &'a Value,
    today: jiff::civil::Date,
    country: Option<&'a CountryProfile>,
    provider: Option<&'a ProviderProfile>,
    invoked: BTreeSet<String>,
    out: Vec<Finding>,
}

/// Is there something here an officer typed or chose?
pub fn is_present(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => a.iter().any(is_present),
        Value::Object(o) => o.values().any(is_present),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

/// Every value a path pattern reaches, with its concrete pointer. `*` stands
/// for every index of an array.
pub fn resolve<'v>(root: &'v Value, pattern: &str) -> Vec<(String, &'v Value)> {
    let mut current = vec![(String::new(), root)];
    for seg in pattern.split('/').filter(|s| !s.is_empty()) {
        let mut next = Vec::new();
        for (path, v) in current {
            match (seg, v) {
                ("*", Value::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        next.push((format!("{path}/{i}"), item));
                    }
                }
                (key, Value::Object(o)) => {
                    if let Some(child) = o.get(key) {
                        next.push((format!("{path}/{key}"), child));
                    }
                }
                (idx, Value::Array(items)) => {
                    if let Some(child) = idx.parse::<usize>().ok().and_then(|i| items.get(i)) {
                        next.push((format!("{path}/{idx}"), child));
                    }
                }
                _ => {}
            }
        }
        current = next;
    }
    current
}

impl<'a> Cx<'a> {
    fn abs(&self, scope: Option<&Scope>, p: &str) -> String {
        match scope {
            Some(s) if p == "." => s.path.clone(),
            Some(s) if !p.starts_with('/') => format!("{}/{p}", s.path),
            _ => p.to_string(),
        }
    }

    fn push(
        &mut self,
        code: &str,
        severity: Severity,
        path: String,
        args: Args,
        basis: &[BasisRef],
    ) {
        let basis = self.cite(basis);
        self.out.push(Finding {
            code: code.to_string(),
            severity,
            path,
            args,
            basis,
        });
    }

    /// The citations to show: those of the instruments the case invokes, when
    /// it invokes any of them; otherwise all of them.
    fn cite(&self, basis: &[BasisRef]) -> Vec<String> {
        let invoked: Vec<&BasisRef> = basis
            .iter()
            .filter(|b| self.invoked.contains(&b.instrument))
            .collect();
        let chosen: Vec<&BasisRef> = if invoked.is_empty() {
            basis.iter().collect()
        } else {
            invoked
        };
        chosen.into_iter().map(|b| self.catalog.cite(b)).collect()
    }

    fn args(scope: Option<&Scope>) -> Args {
        let mut a = Args::new();
        if let Some(s) = scope {
            a.insert("index".into(), ArgValue::Num((s.index + 1) as f64));
        }
        a
    }

    fn apply(&mut self, rule: &Rule, scope: Option<Scope>) {
        match &rule.for_each {
            Some(list) => {
                let list = self.abs(scope.as_ref(), list);
                let elems: Vec<(String, &Value)> = resolve(self.doc, &format!("{list}/*"));
                for (i, (path, _)) in elems.into_iter().enumerate() {
                    self.apply_in(rule, Some(Scope { path, index: i }));
                }
            }
            None => self.apply_in(rule, scope),
        }
    }

    fn apply_in(&mut self, rule: &Rule, scope: Option<Scope>) {
        let s = scope.as_ref();
        if rule.when.as_ref().is_some_and(|c| !self.holds(c, s)) {
            return;
        }
        if rule.unless.as_ref().is_some_and(|c| self.holds(c, s)) {
            return;
        }
        let sev = rule.severity;
        let code = rule.code.as_str();
        let first_new = self.out.len();
        self.run_check(rule, s, code, sev);
        if let Some(at) = &rule.at {
            let at = self.abs(s, at);
            for f in &mut self.out[first_new..] {
                f.path = at.clone();
            }
        }
    }

    fn run_check(&mut self, rule: &Rule, s: Option<&Scope>, code: &str, sev: Severity) {
        match rule.check() {
            Check::Require(p) => {
                let p = self.abs(s, p);
                for missing in self.missing(&p) {
                    self.push(code, sev, missing, Self::args(s), &rule.basis);
                }
            }
            Check::RequireAny(ps) => {
                let abs: Vec<String> = ps.iter().map(|p| self.abs(s, p)).collect();
                let any = abs
                    .iter()
                    .any(|p| resolve(self.doc, p).iter().any(|(_, v)| is_present(v)));
                if !any {
                    let first = abs.first().cloned().unwrap_or_default();
                    self.push(code, sev, first, Self::args(s), &rule.basis);
                }
            }
            Check::RequireTrue(p) => {
                let p = self.abs(s, p);
                if self.doc.pointer(&p) != Some(&Value::Bool(true)) {
                    self.push(code, sev, p, Self::args(s), &rule.basis);
                }
            }
            Check::RequireMatch(m) => {
                let list = self.abs(s, &m.list);
                let found = resolve(self.doc, &format!("{list}/*/{}", m.field))
                    .iter()
                    .any(|(_, v)| m.one_of.contains(v));
                if !found {
                    self.push(code, sev, list, Self::args(s), &rule.basis);
                }
            }
            Check::Order(a, b) => {
                let (a, b) = (self.abs(s, a), self.abs(s, b));
                let first = self
                    .doc
                    .pointer(&a)
                    .and_then(Value::as_str)
                    .and_then(instant_key);
                let second = self
                    .doc
                    .pointer(&b)
                    .and_then(Value::as_str)
                    .and_then(instant_key);
                if let (Some(x), Some(y)) = (first, second) {
                    if x > y {
                        self.push(code, sev, b, Self::args(s), &rule.basis);
                    }
                }
            }
            Check::NotPast(p) => {
                let p = self.abs(s, p);
                let date = self
                    .doc
                    .pointer(&p)
                    .and_then(Value::as_str)
                    .and_then(|v| formats::parse_date(v.trim()));
                if date.is_some_and(|d| d < self.today) {
                    let mut args = Self::args(s);
                    args.insert("today".into(), self.today.to_string().into());
                    self.push(code, sev, p, args, &rule.basis);
                }
            }
            Check::AcceptedLanguage(p) => {
                let accepted = self.country.map(|c| c.languages.as_slice());
                self.accepted(rule, s, p, accepted, ("language", "accepted_languages"));
            }
            Check::AcceptedChannel(p) => {
                let accepted = self.country.map(|c| c.channels.as_slice());
                self.accepted(rule, s, p, accepted, ("channel", "accepted_channels"));
            }
            Check::ProviderDiscloses(p) => {
                let p = self.abs(s, p);
                let Some(provider) = self.provider else {
                    return;
                };
                let items: Vec<(String, String)> = resolve(self.doc, &format!("{p}/*"))
                    .into_iter()
                    .filter_map(|(path, v)| v.as_str().map(|c| (path, c.trim().to_string())))
                    .filter(|(_, c)| !c.is_empty())
                    .collect();
                for (path, cat) in items {
                    if !provider.voluntary_disclosure.contains(&cat) {
                        let mut args = Self::args(s);
                        args.insert("category".into(), cat.into());
                        args.insert("provider".into(), provider.name.clone().into());
                        self.push(code, sev, path, args, &rule.basis);
                    }
                }
            }
            Check::PartyTo(p) => {
                let Some(country) = self.country else {
                    return;
                };
                let p = self.abs(s, p);
                let items: Vec<(String, String)> = resolve(self.doc, &p)
                    .into_iter()
                    .filter_map(|(path, v)| v.as_str().map(|i| (path, i.to_string())))
                    .collect();
                for (path, id) in items {
                    let multilateral = self
                        .catalog
                        .instrument(&id)
                        .is_some_and(|i| i.category == "multilateral");
                    if multilateral && !country.parties_to.contains(&id) {
                        let mut args = Self::args(s);
                        args.insert("instrument".into(), id.into());
                        self.push(code, sev, path, args, &rule.basis);
                    }
                }
            }
            Check::Flag(p) => {
                let p = self.abs(s, p);
                self.push(code, sev, p, Self::args(s), &rule.basis);
            }
            Check::CountryProfile(p) => {
                let p = self.abs(s, p);
                let code_value = self.doc.pointer(&p).and_then(Value::as_str).map(str::trim);
                if let Some(cc) = code_value.filter(|c| !c.is_empty()) {
                    if self.catalog.country(cc).is_none() {
                        let mut args = Self::args(s);
                        args.insert("country".into(), cc.to_string().into());
                        self.push(code, sev, p, args, &rule.basis);
                    }
                }
            }
        }
    }

    /// A value the requested State's profile must list (a language, a
    /// channel). Silent when there is no profile or no value.
    fn accepted(
        &mut self,
        rule: &Rule,
        s: Option<&Scope>,
        p: &str,
        accepted: Option<&[String]>,
        (key, list_key): (&str, &str),
    ) {
        let p = self.abs(s, p);
        let value = self.doc.pointer(&p).and_then(Value::as_str).map(str::trim);
        let (Some(list), Some(value)) = (accepted, value) else {
            return;
        };
        if !value.is_empty() && !list.iter().any(|x| x == value) {
            let mut args = Self::args(s);
            args.insert(key.into(), value.to_string().into());
            args.insert(list_key.into(), list.join(",").into());
            self.push(&rule.code, rule.severity, p, args, &rule.basis);
        }
    }

    /// The concrete paths under a pattern that hold nothing. Without a
    /// wildcard, the path itself; with one, each element of the lists it
    /// crosses that lacks the last member.
    fn missing(&self, pattern: &str) -> Vec<String> {
        if !pattern.contains('*') {
            let present = self.doc.pointer(pattern).is_some_and(is_present);
            return if present {
                Vec::new()
            } else {
                vec![pattern.to_string()]
            };
        }
        let (parent, last) = pattern.rsplit_once('/').unwrap_or(("", pattern));
        if last == "*" {
            // "every element is present": an empty element is missing.
            return resolve(self.doc, pattern)
                .into_iter()
                .filter(|(_, v)| !is_present(v))
                .map(|(p, _)| p)
                .collect();
        }
        resolve(self.doc, parent)
            .into_iter()
            .filter(|(_, v)| !v.get(last).is_some_and(is_present))
            .map(|(p, _)| format!("{p}/{last}"))
            .collect()
    }

    fn holds(&self, c: &Condition, scope: Option<&Scope>) -> bool {
        if let Some(field) = &c.field {
            let p = self.abs(scope, field);
            let values = resolve(self.doc, &p);
            let present = values.iter().any(|(_, v)| is_present(v));
            if let Some(want) = c.present {
                if want != present {
                    return false;
                }
            }
            if let Some(eq) = &c.equals {
                if !values.iter().any(|(_, v)| *v == eq) {
                    return false;
                }
            }
            if let Some(list) = &c.one_of {
                if !values.iter().any(|(_, v)| list.contains(v)) {
                    return false;
                }
            }
            if c.present.is_none() && c.equals.is_none() && c.one_of.is_none() && !present {
                return false;
            }
        }
        let types: Vec<&str> = resolve(self.doc, "/measures/*/type")
            .into_iter()
            .filter_map(|(_, v)| v.as_str())
            .collect();
        if let Some(only) = &c.only_measures {
            if types.is_empty() || !types.iter().all(|t| only.iter().any(|o| o == t)) {
                return false;
            }
        }
        if let Some(m) = &c.has_measure {
            if !types.contains(&m.as_str()) {
                return false;
            }
        }
        if let Some(i) = &c.legal_basis {
            if !self.invoked.contains(i) {
                return false;
            }
        }
        if let Some(flag) = &c.country_flag {
            if !self
                .country
                .is_some_and(|p| p.flags.get(flag).copied().unwrap_or(false))
            {
                return false;
            }
        }
        if let Some(all) = &c.all {
            if !all.iter().all(|x| self.holds(x, scope)) {
                return false;
            }
        }
        if let Some(any) = &c.any {
            if !any.iter().any(|x| self.holds(x, scope)) {
                return false;
            }
        }
        if let Some(not) = &c.not {
            if self.holds(not, scope) {
                return false;
            }
        }
        true
    }

    /// Format findings for every typed value in the case.
    fn formats(&mut self) {
        let catalog = self.catalog;
        for section_id in &self.kind.sections {
            let Some(section) = catalog.section(section_id) else {
                continue;
            };
            let path = format!("/{section_id}");
            if let Some(v) = self.doc.pointer(&path) {
                self.walk(&path, v, FieldShape::Section(section), None);
            }
        }
    }

    fn walk(
        &mut self,
        path: &str,
        v: &'a Value,
        shape: FieldShape<'a>,
        sibling_format: Option<Prim>,
    ) {
        let catalog = self.catalog;
        match (shape, v) {
            (FieldShape::Section(s), Value::Array(items)) if s.measures => {
                for (i, item) in items.iter().enumerate() {
                    let def = item
                        .get("type")
                        .and_then(Value::as_str)
                        .and_then(|t| catalog.measure(t));
                    if let (Some(def), Value::Object(o)) = (def, item) {
                        let fields: Vec<_> = catalog.measure_fields(def).collect();
                        self.walk_object(&format!("{path}/{i}"), o, &fields);
                    }
                }
            }
            (FieldShape::Section(s), Value::Array(items)) => {
                let t = s.list_of.as_deref().and_then(|t| catalog.type_def(t));
                for (i, item) in items.iter().enumerate() {
                    self.walk(&format!("{path}/{i}"), item, FieldShape::Type(t), None);
                }
            }
            (FieldShape::Section(s), Value::Object(o)) => {
                let fields: Vec<_> = s.fields.iter().collect();
                self.walk_object(path, o, &fields);
            }
            (FieldShape::Type(Some(t)), Value::Object(o)) => {
                let fields: Vec<_> = t.fields.iter().collect();
                self.walk_object(path, o, &fields);
                if t.id == "date_range" {
                    self.range_order(path, o);
                }
            }
            (FieldShape::List(f), Value::Array(items)) => {
                let elem = match catalog.type_def(&f.ty) {
                    Some(t) => FieldShape::Type(Some(t)),
                    None => FieldShape::Prim(f),
                };
                for (i, item) in items.iter().enumerate() {
                    self.walk(&format!("{path}/{i}"), item, elem, sibling_format);
                }
            }
            (FieldShape::Prim(f), value) => self.prim(path, f, value, sibling_format),
            _ => {}
        }
    }

    fn walk_object(
        &mut self,
        path: &str,
        o: &'a serde_json::Map<String, Value>,
        fields: &[&'a crate::catalog::FieldDef],
    ) {
        for f in fields {
            let Some(v) = o.get(&f.id) else { continue };
            let sibling = f
                .format_from
                .as_ref()
                .and_then(|s| o.get(s))
                .and_then(Value::as_str)
                .and_then(Prim::parse);
            let shape = self.catalog.field_shape(f);
            self.walk(&format!("{path}/{}", f.id), v, shape, sibling);
        }
    }

    fn prim(&mut self, path: &str, f: &crate::catalog::FieldDef, v: &Value, sibling: Option<Prim>) {
        let prim = sibling.unwrap_or_else(|| Prim::parse(&f.ty).unwrap_or(Prim::Text));
        let code = match (prim, v) {
            (Prim::Port, Value::Number(n)) => {
                (!n.as_u64().is_some_and(|p| p <= 65535)).then_some("invalid-port")
            }
            (Prim::Choice, Value::String(s)) if !s.trim().is_empty() => {
                let list = f
                    .choices
                    .as_deref()
                    .and_then(|c| self.catalog.choices.get(c));
                (!list.is_some_and(|l| l.iter().any(|x| x == s.trim()))).then_some("invalid-choice")
            }
            (Prim::Language, Value::String(s)) if !s.trim().is_empty() => {
                let known = self
                    .catalog
                    .choices
                    .get("language")
                    .is_some_and(|l| l.iter().any(|x| x == s.trim()));
                (!known).then_some("invalid-language")
            }
            (p, Value::String(s)) if !s.trim().is_empty() => formats::check(p, s),
            _ => None,
        };
        if let Some(code) = code {
            let mut args = Args::new();
            if let Value::String(s) = v {
                args.insert("value".into(), ellipsize(s.trim(), 60).into());
            }
            self.push_format(code, path.to_string(), args);
        }
    }

    fn range_order(&mut self, path: &str, o: &serde_json::Map<String, Value>) {
        let key = |k: &str| o.get(k).and_then(Value::as_str).and_then(instant_key);
        if let (Some(from), Some(to)) = (key("from"), key("to")) {
            if from > to {
                self.push_format("date-range-reversed", format!("{path}/to"), Args::new());
            }
        }
    }

    fn push_format(&mut self, code: &str, path: String, args: Args) {
        let (severity, basis) = match self.catalog.formats.get(code) {
            Some(f) => (f.severity, f.basis.clone()),
            None => (Severity::Error, Vec::new()),
        };
        self.push(code, severity, path, args, &basis);
    }
}

/// A sortable key for a date or an instant: seconds since the epoch, dates
/// taken at the start of their day in UTC.
fn instant_key(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(d) = formats::parse_date(s) {
        return d
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp().as_second());
    }
    formats::parse_instant(s).map(|t| t.as_second())
}

fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolve_expands_wildcards_in_document_order() {
        let doc = json!({ "persons": [ { "name": "A" }, { "role": "x" }, { "name": "C" } ] });
        let got: Vec<(String, Value)> = resolve(&doc, "/persons/*/name")
            .into_iter()
            .map(|(p, v)| (p, v.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("/persons/0/name".to_string(), json!("A")),
                ("/persons/2/name".to_string(), json!("C"))
            ]
        );
        assert_eq!(resolve(&doc, "/persons/1/role").len(), 1);
        assert!(resolve(&doc, "/nothing/*/here").is_empty());
    }

    #[test]
    fn presence_ignores_blank_text_and_empty_containers() {
        for absent in [
            json!(null),
            json!(""),
            json!("  \n"),
            json!([]),
            json!({}),
            json!([""]),
            json!({ "a": "" }),
        ] {
            assert!(!is_present(&absent), "{absent}");
        }
        for present in [
            json!(false),
            json!(0),
            json!("x"),
            json!(["x"]),
            json!({ "a": true }),
        ] {
            assert!(is_present(&present), "{present}");
        }
    }

    #[test]
    fn instants_and_dates_compare_on_one_scale() {
        assert!(instant_key("2026-01-01").unwrap() < instant_key("2026-01-01T00:00:01Z").unwrap());
        assert!(
            instant_key("2026-01-01T01:00:00+02:00").unwrap() < instant_key("2026-01-01").unwrap()
        );
        assert_eq!(instant_key("soon"), None);
    }

    #[test]
    fn long_values_are_shortened_for_messages() {
        assert_eq!(ellipsize("abc", 5), "abc");
        assert_eq!(ellipsize("عربيةعربية", 4), "عربي…");
    }
}
