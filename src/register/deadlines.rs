//! Deadlines from a case, its events and its legal basis, following the rules
//! in `templates/deadlines.toml` (the law is there, not here).

use jiff::civil::Date;
use serde_json::Value;

use super::{Direction, Event, EventKind, Status};
use crate::catalog::DeadlineRule;
use crate::Catalog;

/// One computed deadline of a case, before it is joined with the case's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    pub rule: String,
    pub start: Date,
    pub days: u32,
    pub due: Date,
    pub advice: bool,
    pub basis: Vec<String>,
}

/// What the rules look at besides the case document.
pub struct Tracking<'a> {
    pub direction: Direction,
    pub status: Status,
    pub events: &'a [Event],
    /// A request that follows this one has been sent.
    pub follow_up_sent: bool,
}

/// The open deadlines of a case (none once it is executed, refused or
/// withdrawn, or once a rule's own end condition is met).
pub fn compute(catalog: &Catalog, doc: &Value, tracking: &Tracking<'_>) -> Vec<Due> {
    if tracking.status.is_closed() {
        return Vec::new();
    }
    let kind = doc.get("kind").and_then(Value::as_str).unwrap_or_default();
    catalog
        .deadlines
        .iter()
        .filter(|r| r.kinds.iter().any(|k| k == kind))
        .filter(|r| r.direction == tracking.direction.as_str())
        .filter_map(|r| one(catalog, r, doc, tracking))
        .collect()
}

fn one(catalog: &Catalog, r: &DeadlineRule, doc: &Value, t: &Tracking<'_>) -> Option<Due> {
    if r.ends_on_status.iter().any(|s| s == t.status.as_str()) {
        return None;
    }
    if r.ends_on_follow_up && t.follow_up_sent {
        return None;
    }
    if let Some(instrument) = &r.require_basis {
        let invoked = doc
            .pointer("/legal_bases")
            .and_then(Value::as_array)
            .is_some_and(|l| {
                l.iter()
                    .any(|b| b.get("instrument").and_then(Value::as_str) == Some(instrument))
            });
        if !invoked {
            return None;
        }
    }
    if let Some(field) = &r.require_profile {
        profile_days(catalog, doc, field)?;
    }
    let start = r.start.iter().find_map(|s| start_date(s, doc, t.events))?;
    let days = match &r.days_from {
        Some(field) => profile_days(catalog, doc, field).or(r.days)?,
        None => r.days?,
    };
    let due = start
        .checked_add(jiff::Span::new().days(i64::from(days) - i64::from(r.remind_before)))
        .ok()?;
    Some(Due {
        rule: r.id.clone(),
        start,
        days,
        due,
        advice: r.advice,
        basis: r.basis.iter().map(|b| catalog.cite(b)).collect(),
    })
}

fn start_date(spec: &str, doc: &Value, events: &[Event]) -> Option<Date> {
    if let Some(kind) = spec.strip_prefix("event:") {
        let latest = events
            .iter()
            .filter(|e| match kind {
                "sent" => e.kind == EventKind::Status && e.status == Some(Status::Sent),
                other => e.kind.as_str() == other,
            })
            .filter_map(|e| e.on.parse::<Date>().ok())
            .max();
        return latest;
    }
    doc.pointer(spec)
        .and_then(Value::as_str)
        .filter(|s| s.len() == 10)
        .and_then(|s| s.parse::<Date>().ok())
}

fn profile_days(catalog: &Catalog, doc: &Value, field: &str) -> Option<u32> {
    let (profile, name) = field.split_once(':')?;
    match profile {
        "provider" => {
            let id = doc.pointer("/provider/profile").and_then(Value::as_str)?;
            let p = catalog.provider(id)?;
            match name {
                "preservation_days" => p.preservation_days,
                "preservation_extension_days" => p.preservation_extension_days,
                _ => None,
            }
        }
        "country" => {
            let code = doc
                .pointer("/requested_state/country")
                .and_then(Value::as_str)?;
            let c = catalog.country(code)?;
            match name {
                "provisional_arrest_days" => c.provisional_arrest_days,
                _ => None,
            }
        }
        _ => None,
    }
}
