//! A register filled with generated cases, for benchmarks and for trainers
//! who want a realistic register to demonstrate with (`rogatory register
//! seed`). Every case is one of the shipped fictional examples (six request
//! kinds, five languages), with its own reference, date, requested State,
//! status history and one unique searchable word.

use serde_json::{json, Value};

use super::{Direction, EventKind, NewCase, NewEvent, RegisterError, SqliteStore, Status, Store};
use crate::{Case, Catalog};

const COUNTRIES: [&str; 10] = ["XA", "XB", "XC", "FR", "DE", "CN", "EG", "RU", "ES", "BR"];

/// Adds `count` cases, numbered from `first`, each dated on its request's
/// day. Returns how many were added.
pub fn seed(
    store: &mut SqliteStore,
    catalog: &Catalog,
    first: usize,
    count: usize,
) -> Result<usize, RegisterError> {
    let mut examples: Vec<Value> = Vec::new();
    for e in &catalog.examples {
        let text = std::fs::read_to_string(&e.path).map_err(|err| RegisterError::Io {
            path: e.path.display().to_string(),
            detail: err.to_string(),
        })?;
        examples.push(Case::parse(&text, catalog)?.doc);
    }
    if examples.is_empty() {
        return Ok(0);
    }
    let epoch = jiff::civil::date(2019, 1, 1);
    store.set_bulk(true)?;
    let result = (|| {
        for i in first..first + count {
            let mut doc = examples[i % examples.len()].clone();
            let kind = doc["kind"].as_str().unwrap_or_default().to_string();
            let date = epoch
                .checked_add(jiff::Span::new().days(((i * 37) % 2900) as i64))
                .unwrap_or(epoch);
            if let Value::Object(o) = &mut doc {
                o.remove("id");
            }
            doc["request"]["reference"] = json!(format!("SEED/{kind}/{}/{i:06}", date.year()));
            doc["request"]["date"] = json!(date.to_string());
            doc["requested_state"]["country"] = json!(COUNTRIES[i % COUNTRIES.len()]);
            let summary = doc["facts"]["summary"].as_str().unwrap_or_default();
            doc["facts"]["summary"] = json!(format!("{summary}\nseedword{i}"));
            let incoming = i % 5 == 4;
            // Each case as if written on its own day, not all in one instant.
            let stamp = format!("{date}T{:02}:{:02}:00Z", 8 + i % 10, i % 60);
            let now = stamp.as_str();
            let created = store.create(
                catalog,
                doc,
                if incoming {
                    Direction::Incoming
                } else {
                    Direction::Outgoing
                },
                NewCase {
                    country: incoming.then(|| COUNTRIES[(i / 5) % COUNTRIES.len()].to_string()),
                    received_on: incoming.then(|| date.to_string()),
                    ..NewCase::default()
                },
                "Seed",
                now,
            )?;
            if incoming || i % 3 == 0 {
                continue;
            }
            let mut status = |days: i64, status: Status, note: &str| {
                let on = date
                    .checked_add(jiff::Span::new().days(days))
                    .unwrap_or(date)
                    .to_string();
                store.add_event(
                    catalog,
                    &created.id,
                    NewEvent {
                        on,
                        kind: EventKind::Status,
                        status: Some(status),
                        note: note.to_string(),
                    },
                    "Seed",
                    now,
                )
            };
            status(2, Status::Sent, "")?;
            if i % 7 == 0 {
                status(20, Status::Acknowledged, "")?;
            }
            if i % 11 == 0 {
                status(120, Status::Executed, "")?;
            }
        }
        Ok(count)
    })();
    store.set_bulk(false)?;
    result
}
