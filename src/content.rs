//! Finding and reading content: `--content DIR`, else the current directory if it has
//! `dialogs/`, else the copy built into the binary. Then parsing config and building the
//! checked [`Content`] — the one path `run`, `console` and `check` all take.

use crate::config::{Environment, FileConfig, Flags, Settings};
use crate::core::content::{Content, Source};
use crate::core::diagnostic::Report;
use std::path::{Path, PathBuf};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// Where content comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    Dir(PathBuf),
    Embedded,
}

impl Location {
    pub fn choose(flags: &Flags, env: &Environment) -> Location {
        if let Some(d) = flags.content_dir.clone().or_else(|| env.content_dir.clone().map(PathBuf::from)) {
            return Location::Dir(d);
        }
        if Path::new("dialogs").is_dir() {
            return Location::Dir(PathBuf::from("."));
        }
        Location::Embedded
    }

    /// Reads every `.toml` and `.ftl` file under `dialogs/`, `locales/` and `config/`.
    pub fn read(&self) -> std::io::Result<Vec<Source>> {
        match self {
            Location::Embedded => Ok(embedded::FILES.iter().map(|(p, t)| Source { path: (*p).to_owned(), text: (*t).to_owned() }).collect()),
            Location::Dir(root) => {
                if !root.is_dir() {
                    return Err(std::io::Error::new(std::io::ErrorKind::NotFound, format!("content directory {} does not exist", root.display())));
                }
                let mut out = Vec::new();
                for dir in ["dialogs", "locales", "config"] {
                    walk(root, &root.join(dir), &mut out)?;
                }
                out.sort_by(|a, b| a.path.cmp(&b.path));
                Ok(out)
            }
        }
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) -> std::io::Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    for e in entries {
        let path = e?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if matches!(path.extension().and_then(|x| x.to_str()), Some("toml" | "ftl")) {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            let bytes = std::fs::read(&path)?;
            let text = String::from_utf8(bytes)
                .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{rel} is not UTF-8")))?;
            out.push(Source { path: rel, text });
        }
    }
    Ok(())
}

/// Settings and content, loaded and checked together. `Err` carries the report to print.
pub struct Loaded {
    pub settings: Settings,
    pub content: Content,
    pub report: Report,
}

pub fn load(flags: &Flags, env: &Environment) -> Result<Loaded, Report> {
    let location = Location::choose(flags, env);
    let mut report = Report::default();
    let sources = match location.read() {
        Ok(s) => s,
        Err(e) => {
            report.error(&location_name(&location), 0, e.to_string());
            return Err(report);
        }
    };
    let config_path = flags.config.clone().or_else(|| env.config.clone().map(PathBuf::from));
    let (config_name, config_text) = match &config_path {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => (p.display().to_string(), t),
            Err(e) => {
                report.error(&p.display().to_string(), 0, format!("cannot read config: {e}"));
                return Err(report);
            }
        },
        None => match sources.iter().find(|s| s.path == "config/default.toml") {
            Some(s) => (s.path.clone(), s.text.clone()),
            None => {
                report.warning("config/default.toml", 0, "no config file; using built-in defaults");
                ("config/default.toml".to_owned(), String::new())
            }
        },
    };
    let file = FileConfig::parse(&config_name, &config_text, &mut report).unwrap_or_default();
    let settings = Settings::resolve(&file, env, flags, &config_name, &mut report);
    match Content::build(&sources, settings.engine.clone()) {
        Ok((content, more)) => {
            report.items.extend(more.items);
            let report = report.sorted();
            if report.has_errors() { Err(report) } else { Ok(Loaded { settings, content, report }) }
        }
        Err(more) => {
            report.items.extend(more.items);
            Err(report.sorted())
        }
    }
}

fn location_name(o: &Location) -> String {
    match o {
        Location::Dir(d) => d.display().to_string(),
        Location::Embedded => "<built-in content>".to_owned(),
    }
}
