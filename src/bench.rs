//! `rogatory bench`: the budgets of the core, measured on this machine.
//!
//! Timings are medians of many runs on one thread, after a warm-up; they are
//! figures for BENCHMARKS.md, never assertions in tests.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::catalog::Catalog;
use crate::i18n::Localizer;
use crate::model::Case;
use crate::validate::validate;

#[derive(Debug, Clone)]
pub struct Measure {
    /// Fluent id of what was measured; `args` are its arguments.
    pub what: &'static str,
    pub args: crate::Args,
    pub median: Duration,
    pub runs: usize,
}

/// The median of `runs` timings of `f`, after `runs / 10 + 1` warm-up calls.
pub fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    for _ in 0..runs / 10 + 1 {
        std::hint::black_box(f());
    }
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

pub fn run(home: &Path, today: jiff::civil::Date) -> Result<Vec<Measure>, String> {
    let templates = home.join("templates");
    let catalog = Catalog::load(&templates).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    out.push(Measure {
        what: "cli-bench-catalog-load",
        args: args(&[("rules", catalog.rules.len())], None),
        median: median(50, || Catalog::load(&templates).map(|c| c.rules.len())),
        runs: 50,
    });
    out.push(Measure {
        what: "cli-bench-locales-load",
        args: args(&[("locales", crate::i18n::REQUIRED_LANGUAGES.len())], None),
        median: median(50, || Localizer::load(&home.join("locales"), true).is_ok()),
        runs: 50,
    });
    let largest = catalog
        .examples
        .iter()
        .max_by_key(|e| std::fs::metadata(&e.path).map(|m| m.len()).unwrap_or(0))
        .ok_or("no examples")?;
    let text = std::fs::read_to_string(&largest.path).map_err(|e| e.to_string())?;
    let case = Case::parse(&text, &catalog).map_err(|e| e.to_string())?;
    let detail = args(&[("bytes", text.len())], Some(&largest.name));
    out.push(Measure {
        what: "cli-bench-parse",
        args: detail.clone(),
        median: median(2000, || Case::parse(&text, &catalog).is_ok()),
        runs: 2000,
    });
    out.push(Measure {
        what: "cli-bench-validate",
        args: detail,
        median: median(5000, || validate(&case, &catalog, today).len()),
        runs: 5000,
    });
    Ok(out)
}

fn args(numbers: &[(&str, usize)], example: Option<&str>) -> crate::Args {
    let mut a: crate::Args = numbers
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).into()))
        .collect();
    if let Some(e) = example {
        a.insert("example".into(), e.into());
    }
    a
}
