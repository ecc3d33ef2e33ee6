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
    let (largest, text, case) = largest_example(&catalog)?;
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

/// Compose + layout + PDF of the largest example in each language, with the
/// PDF's size; and, when LibreOffice is installed, the time `soffice
/// --headless --convert-to pdf` takes for the same document as flat ODT.
pub fn run_render(
    home: &Path,
    today: jiff::civil::Date,
    l10n: &Localizer,
) -> Result<Vec<Measure>, String> {
    use crate::compose::{compose, ComposeOptions};
    let catalog = Catalog::load(&home.join("templates")).map_err(|e| e.to_string())?;
    let (largest, _, case) = largest_example(&catalog)?;
    let soffice = which("soffice");
    let mut out = Vec::new();
    for lang in crate::i18n::REQUIRED_LANGUAGES {
        let opts = ComposeOptions {
            lang: lang.to_string(),
            draft: false,
            logo: None,
        };
        let render = || {
            crate::render(&case, &catalog, l10n, &opts, today.at(0, 0, 0, 0))
                .map(|r| (r.bytes.len(), r.pages))
        };
        let (bytes, pages) = render().map_err(|e| e.to_string())?;
        let ours = median(20, render);
        let mut a = args(&[("bytes", bytes), ("pages", pages)], Some(&largest.name));
        a.insert("lang".into(), lang.to_string().into());
        out.push(Measure {
            what: "cli-bench-render",
            args: a.clone(),
            median: ours,
            runs: 20,
        });
        if let Some(soffice) = &soffice {
            let doc = compose(&case, &catalog, l10n, &opts);
            let dir =
                std::env::temp_dir().join(format!("rogatory-bench-{}-{lang}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let input = dir.join(format!("request-{lang}.fodt"));
            std::fs::write(&input, fodt(&doc)).map_err(|e| e.to_string())?;
            let profile = format!(
                "-env:UserInstallation=file://{}",
                dir.join("profile").display()
            );
            let convert = || {
                std::process::Command::new(soffice)
                    .args([
                        profile.as_str(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                    ])
                    .arg(&dir)
                    .arg(&input)
                    .output()
                    .map(|o| o.status.success())
                    .unwrap_or(false)
            };
            if !convert() {
                return Err("soffice --convert-to pdf failed".into());
            }
            let theirs = median(3, convert);
            let ratio = theirs.as_secs_f64() / ours.as_secs_f64().max(1e-9);
            a.insert("ratio".into(), format!("{ratio:.0}").into());
            out.push(Measure {
                what: "cli-bench-soffice",
                args: a,
                median: theirs,
                runs: 3,
            });
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    Ok(out)
}

/// The largest example case: the heaviest realistic input we ship.
fn largest_example(catalog: &Catalog) -> Result<(&crate::catalog::Example, String, Case), String> {
    let largest = catalog
        .examples
        .iter()
        .max_by_key(|e| std::fs::metadata(&e.path).map(|m| m.len()).unwrap_or(0))
        .ok_or("no examples")?;
    let text = std::fs::read_to_string(&largest.path).map_err(|e| e.to_string())?;
    let case = Case::parse(&text, catalog).map_err(|e| e.to_string())?;
    Ok((largest, text, case))
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(program))
            .find(|p| p.is_file())
    })
}

/// The document as a flat OpenDocument text file: the same words, headings,
/// tables and lists, so LibreOffice typesets what we typeset.
pub fn fodt(doc: &crate::document::Document) -> String {
    use crate::document::Block;
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }
    fn p(s: &str) -> String {
        s.split('\n')
            .map(|l| format!("<text:p>{}</text:p>", esc(l)))
            .collect()
    }
    let mode = if doc.rtl { "rl-tb" } else { "lr-tb" };
    let mut body = String::new();
    for l in &doc.letterhead {
        body.push_str(&p(l));
    }
    for b in &doc.blocks {
        match b {
            Block::Heading { level, text } => body.push_str(&format!(
                "<text:h text:outline-level=\"{level}\">{}</text:h>",
                esc(text)
            )),
            Block::Paragraph { text, .. } => body.push_str(&p(text)),
            Block::Fields { rows } => {
                body.push_str(
                    "<table:table><table:table-column table:number-columns-repeated=\"2\"/>",
                );
                for (l, v) in rows {
                    body.push_str(&format!("<table:table-row><table:table-cell>{}</table:table-cell><table:table-cell>{}</table:table-cell></table:table-row>", p(l), p(v)));
                }
                body.push_str("</table:table>");
            }
            Block::Table { header, rows } => {
                body.push_str(&format!("<table:table><table:table-column table:number-columns-repeated=\"{}\"/><table:table-header-rows><table:table-row>", header.len()));
                for h in header {
                    body.push_str(&format!("<table:table-cell>{}</table:table-cell>", p(h)));
                }
                body.push_str("</table:table-row></table:table-header-rows>");
                for r in rows {
                    body.push_str("<table:table-row>");
                    for c in r {
                        body.push_str(&format!("<table:table-cell>{}</table:table-cell>", p(c)));
                    }
                    body.push_str("</table:table-row>");
                }
                body.push_str("</table:table>");
            }
            Block::List { items, .. } => {
                body.push_str("<text:list>");
                for i in items {
                    body.push_str(&format!("<text:list-item>{}</text:list-item>", p(i)));
                }
                body.push_str("</text:list>");
            }
            Block::Space(_) => body.push_str("<text:p/>"),
        }
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="{mode}"/><style:text-properties fo:font-size="10.5pt" style:font-name="Noto Serif"/></style:default-style></office:styles>
<office:body><office:text>{body}</office:text></office:body></office:document>
"#
    )
}
