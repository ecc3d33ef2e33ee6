//! The `rogatory` command line. Every word it prints comes from Fluent
//! (`locales/<lang>/cli.ftl`); exit codes: 0 done (no error-level finding),
//! 1 error-level findings or catalog problems, 2 unreadable input or usage.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rogatory::catalog::{default_home, Catalog};
use rogatory::i18n::{Localizer, FALLBACK};
use rogatory::model::Case;
use rogatory::validate::{has_errors, validate, Finding};
use rogatory::{bench, schema, Args, Severity};

mod register_cmd;

struct Cli {
    home: PathBuf,
    lang: String,
    json: bool,
    today: Option<String>,
    output: Option<PathBuf>,
    allow_draft: bool,
    logo: Option<PathBuf>,
    db: Option<PathBuf>,
    count: Option<String>,
    words: Vec<String>,
}

/// The options read so far, and the first usage error if any: the error is
/// reported in the language asked for, even when `--lang` came first.
fn parse_args() -> (Cli, Option<(String, Args)>) {
    let mut cli = Cli {
        home: default_home(),
        lang: default_lang(),
        json: false,
        today: None,
        output: None,
        allow_draft: false,
        logo: None,
        db: None,
        count: None,
        words: Vec::new(),
    };
    let error = read_args(&mut cli).err();
    (cli, error)
}

fn read_args(cli: &mut Cli) -> Result<(), (String, Args)> {
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .ok_or_else(|| ("cli-usage-missing-value".to_string(), one("option", name)))
        };
        match a.as_str() {
            "--json" => cli.json = true,
            "--allow-draft" => cli.allow_draft = true,
            "--logo" => cli.logo = Some(PathBuf::from(value("--logo")?)),
            "--lang" => cli.lang = value("--lang")?,
            "--home" => cli.home = PathBuf::from(value("--home")?),
            "--today" => cli.today = Some(value("--today")?),
            "--db" => cli.db = Some(PathBuf::from(value("--db")?)),
            "--count" => cli.count = Some(value("--count")?),
            "-o" | "--output" => cli.output = Some(PathBuf::from(value("--output")?)),
            "-h" | "--help" => cli.words.insert(0, "help".into()),
            "-V" | "--version" => cli.words.insert(0, "version".into()),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(("cli-usage-unknown-option".into(), one("option", s)))
            }
            _ => cli.words.push(a),
        }
    }
    Ok(())
}

fn default_lang() -> String {
    let env = std::env::var("ROGATORY_LANG")
        .or_else(|_| std::env::var("LANG"))
        .unwrap_or_default();
    let code: String = env.chars().take_while(|c| c.is_ascii_lowercase()).collect();
    if rogatory::i18n::REQUIRED_LANGUAGES.contains(&code.as_str()) {
        code
    } else {
        FALLBACK.into()
    }
}

/// Writes a line to standard output. A reader that has gone away (`| head`)
/// is not an error worth a panic.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}");
}

fn one(k: &str, v: &str) -> Args {
    let mut a = Args::new();
    a.insert(k.into(), v.into());
    a
}

struct App {
    cli: Cli,
    l10n: Localizer,
}

impl App {
    fn say(&self, id: &str, args: &Args) -> String {
        self.l10n.text(&self.cli.lang, id, args)
    }
    fn fail(&self, id: &str, args: &Args) -> ExitCode {
        eprintln!("{}", self.say(id, args));
        ExitCode::from(2)
    }
    fn catalog(&self) -> Result<Catalog, ExitCode> {
        Catalog::load(&self.cli.home.join("templates")).map_err(|e| {
            if let rogatory::CatalogError::Invalid { problems, .. } = &e {
                for p in problems {
                    eprintln!("{}", p.message(&self.l10n, &self.cli.lang));
                }
            }
            let id = format!("error-{}", e.code());
            self.fail(&id, &e.args())
        })
    }
    fn today(&self) -> Result<jiff::civil::Date, ExitCode> {
        match &self.cli.today {
            None => Ok(jiff::Zoned::now().date()),
            Some(s) => rogatory::formats::parse_date(s)
                .ok_or_else(|| self.fail("cli-usage-bad-date", &one("value", s))),
        }
    }
    fn write_out(&self, text: &str) -> ExitCode {
        match &self.cli.output {
            Some(path) => match write_atomically(path, text) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    let mut a = one("path", &path.display().to_string());
                    a.insert("reason".into(), e.to_string().into());
                    self.fail("cli-write-failed", &a)
                }
            },
            None => {
                out(text);
                ExitCode::SUCCESS
            }
        }
    }
}

/// Writes next to the target and renames, so a crash never leaves half a file.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let mut bytes = text.as_bytes().to_vec();
    bytes.push(b'\n');
    write_bytes_atomically(path, &bytes)
}

fn write_bytes_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    rogatory::write_atomic(path, bytes)
}

fn main() -> ExitCode {
    let (cli, usage_error) = parse_args();
    let l10n = Localizer::load(&cli.home.join("locales"), false).unwrap_or_else(|e| {
        let english = Localizer::embedded();
        eprintln!(
            "{}",
            english.text(FALLBACK, &format!("error-i18n-{}", e.code()), &e.args())
        );
        english
    });
    let app = App { cli, l10n };
    if let Some((id, args)) = usage_error {
        return app.fail(&id, &args);
    }
    let words: Vec<&str> = app.cli.words.iter().map(String::as_str).collect();
    match words.as_slice() {
        ["validate", file] => cmd_validate(&app, Path::new(file)),
        ["new", kind] => cmd_new(&app, kind),
        ["render", file] => cmd_render(&app, Path::new(file)),
        ["examples"] => cmd_examples(&app, None),
        ["examples", name] => cmd_examples(&app, Some(name)),
        ["schema"] => match app.catalog() {
            Ok(c) => app.write_out(
                &serde_json::to_string_pretty(&schema::case_schema(&c)).unwrap_or_default(),
            ),
            Err(code) => code,
        },
        ["catalog", "check"] => cmd_catalog_check(&app),
        ["bench"] => cmd_bench(&app),
        ["register", rest @ ..] => register_cmd::run(&app, rest),
        ["version"] => {
            out(&format!("rogatory {}", rogatory::VERSION));
            ExitCode::SUCCESS
        }
        [] | ["help"] => {
            out(&app.say("cli-help", &Args::new()));
            ExitCode::SUCCESS
        }
        _ => app.fail(
            "cli-usage-unknown-command",
            &one("command", &words.join(" ")),
        ),
    }
}

fn cmd_validate(app: &App, file: &Path) -> ExitCode {
    let (catalog, today, case) = match load(app, file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let findings = validate(&case, &catalog, today);
    if app.cli.json {
        let items: Vec<serde_json::Value> = findings
            .iter()
            .map(|f| {
                serde_json::json!({
                    "code": f.code,
                    "severity": f.severity,
                    "path": f.path,
                    "basis": f.basis,
                    "message": rogatory::validate::message(f, &app.l10n, &app.cli.lang),
                    "args": f.args,
                })
            })
            .collect();
        out(&serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into()));
    } else {
        print_findings(app, &findings);
    }
    if has_errors(&findings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The catalog, today's date and the case a command works on.
fn load(app: &App, file: &Path) -> Result<(Catalog, jiff::civil::Date, Case), ExitCode> {
    let catalog = app.catalog()?;
    let today = app.today()?;
    let case = read_case(app, file, &catalog)?;
    Ok((catalog, today, case))
}

/// Reads and parses a case file; on failure reports it (exit 2).
fn read_case(app: &App, file: &Path, catalog: &Catalog) -> Result<Case, ExitCode> {
    let file_arg = file.display().to_string();
    let text = match std::fs::read(file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let mut a = one("file", &file_arg);
                a.insert("position".into(), (e.utf8_error().valid_up_to() + 1).into());
                return Err(app.fail("cli-not-utf8", &a));
            }
        },
        Err(e) => {
            let mut a = one("file", &file_arg);
            a.insert("reason".into(), e.to_string().into());
            return Err(app.fail("cli-read-failed", &a));
        }
    };
    Case::parse(&text, catalog).map_err(|e| {
        let message = app.say(&format!("error-case-{}", e.code()), &e.args());
        let mut a = one("file", &file_arg);
        a.insert("message".into(), message.into());
        app.fail("cli-case-error", &a)
    })
}

fn cmd_render(app: &App, file: &Path) -> ExitCode {
    let (catalog, today, case) = match load(app, file) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let logo = match &app.cli.logo {
        None => None,
        Some(path) => {
            let shown = path.display().to_string();
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    let mut a = one("file", &shown);
                    a.insert("reason".into(), e.to_string().into());
                    return app.fail("cli-read-failed", &a);
                }
            };
            match rogatory::document::Logo::from_bytes(&bytes) {
                Ok(l) => Some(l),
                Err(e) => {
                    let mut a = e.args();
                    a.insert("file".into(), shown.into());
                    return app.fail(&format!("error-logo-{}", e.code()), &a);
                }
            }
        }
    };
    let fonts = rogatory::layout::Fonts::builtin();
    let mut findings = validate(&case, &catalog, today);
    findings.extend(rogatory::compose::font_findings(&case, &catalog, fonts));
    let draft = has_errors(&findings);
    if draft && !app.cli.allow_draft {
        print_findings(app, &findings);
        eprintln!("{}", app.say("cli-render-refused", &Args::new()));
        return ExitCode::from(1);
    }
    let opts = rogatory::compose::ComposeOptions {
        lang: app.cli.lang.clone(),
        draft,
        logo,
    };
    let created = match &app.cli.today {
        Some(_) => today.at(0, 0, 0, 0),
        None => jiff::Zoned::now().datetime(),
    };
    let rendered = match rogatory::render(&case, &catalog, &app.l10n, &opts, created) {
        Ok(r) => r,
        Err(e) => return app.fail(&format!("error-pdf-{}", e.code()), &Args::new()),
    };
    let bytes = rendered.bytes;
    let target = app
        .cli
        .output
        .clone()
        .unwrap_or_else(|| file.with_extension(format!("{}.pdf", app.cli.lang)));
    if let Err(e) = write_bytes_atomically(&target, &bytes) {
        let mut a = one("path", &target.display().to_string());
        a.insert("reason".into(), e.to_string().into());
        return app.fail("cli-write-failed", &a);
    }
    let mut a = one("path", &target.display().to_string());
    a.insert("pages".into(), rendered.pages.into());
    a.insert("bytes".into(), bytes.len().into());
    out(&app.say(
        if draft {
            "cli-render-draft"
        } else {
            "cli-render-done"
        },
        &a,
    ));
    ExitCode::SUCCESS
}

fn print_findings(app: &App, findings: &[Finding]) {
    for f in findings {
        let sev = app.say(
            &format!("cli-severity-{}", f.severity.as_str()),
            &Args::new(),
        );
        out(&format!("{sev}  {}", f.path));
        out(&format!(
            "    {}",
            rogatory::validate::message(f, &app.l10n, &app.cli.lang)
        ));
        if !f.basis.is_empty() {
            let basis = app.say("cli-basis", &one("basis", &f.basis.join("; ")));
            out(&format!("    {basis}"));
        }
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut a = Args::new();
    a.insert("errors".into(), count(Severity::Error).into());
    a.insert("warnings".into(), count(Severity::Warning).into());
    a.insert("advice".into(), count(Severity::Advice).into());
    out(&app.say("cli-validate-summary", &a));
}

fn cmd_new(app: &App, kind: &str) -> ExitCode {
    let catalog = match app.catalog() {
        Ok(c) => c,
        Err(code) => return code,
    };
    match Case::blank(kind, &catalog) {
        Some(case) => app.write_out(&case.to_json()),
        None => {
            let kinds: Vec<&str> = catalog.kinds.iter().map(|k| k.id.as_str()).collect();
            let mut a = one("kind", kind);
            a.insert("kinds".into(), kinds.join(", ").into());
            app.fail("cli-unknown-kind", &a)
        }
    }
}

fn cmd_examples(app: &App, name: Option<&str>) -> ExitCode {
    let catalog = match app.catalog() {
        Ok(c) => c,
        Err(code) => return code,
    };
    match name {
        None => {
            for e in &catalog.examples {
                let kind = app.say(
                    &rogatory::catalog::fluent_id(&format!("kind-{}", e.kind)),
                    &Args::new(),
                );
                out(&format!("{:<36} {kind}", e.name));
            }
            ExitCode::SUCCESS
        }
        Some(n) => match catalog.example(n) {
            Some(e) => match std::fs::read_to_string(&e.path) {
                Ok(t) => app.write_out(t.trim_end()),
                Err(err) => {
                    let mut a = one("file", &e.path.display().to_string());
                    a.insert("reason".into(), err.to_string().into());
                    app.fail("cli-read-failed", &a)
                }
            },
            None => {
                let names: Vec<&str> = catalog.examples.iter().map(|e| e.name.as_str()).collect();
                let mut a = one("name", n);
                a.insert("names".into(), names.join(", ").into());
                app.fail("cli-unknown-example", &a)
            }
        },
    }
}

fn cmd_catalog_check(app: &App) -> ExitCode {
    let catalog = match app.catalog() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let full = match Localizer::load(&app.cli.home.join("locales"), false) {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "{}",
                app.say(&format!("error-i18n-{}", e.code()), &e.args())
            );
            return ExitCode::from(1);
        }
    };
    let problems = catalog.check(&full);
    for p in &problems {
        out(&p.message(&app.l10n, &app.cli.lang));
    }
    let mut a = Args::new();
    a.insert("problems".into(), problems.len().into());
    a.insert("rules".into(), catalog.rules.len().into());
    a.insert("measures".into(), catalog.measures.len().into());
    a.insert("kinds".into(), catalog.kinds.len().into());
    out(&app.say("cli-catalog-summary", &a));
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn cmd_bench(app: &App) -> ExitCode {
    let today = match app.today() {
        Ok(t) => t,
        Err(code) => return code,
    };
    let render = bench::run_render(&app.cli.home, today, &app.l10n);
    match bench::run(&app.cli.home, today).and_then(|mut m| {
        m.extend(render?);
        Ok(m)
    }) {
        Ok(measures) => {
            for m in measures {
                let mut a = m.args.clone();
                a.insert(
                    "micros".into(),
                    format!("{:.1}", m.median.as_secs_f64() * 1e6).into(),
                );
                a.insert("runs".into(), m.runs.into());
                out(&format!(
                    "{}: {}",
                    app.say(m.what, &m.args),
                    app.say("cli-bench-line", &a)
                ));
            }
            ExitCode::SUCCESS
        }
        Err(reason) => app.fail("cli-bench-failed", &one("reason", &reason)),
    }
}
