//! Building [`Content`] from file sources: each file parsed by its kind, then the whole
//! [`check`]ed, so nothing uses content that `barents-bot check` would reject.

use super::check;
use super::content::{Content, EngineSettings, Source};
use super::diagnostic::Report;
use super::dialog::{self, Dialogs};
use super::i18n::Catalog;
use super::locale::Locale;
use super::knowledge::{self, Knowledge, terms::Terms};
use super::schemes::{self, Schemes};

impl Content {
    /// Parses and checks everything. `Err` carries a report with at least one error;
    /// `Ok` carries the content and any warnings.
    pub fn build(sources: &[Source], settings: EngineSettings) -> Result<(Content, Report), Report> {
        let mut report = Report::default();
        let mut dialogs = Dialogs::default();
        let mut scheme_files = Vec::new();
        let mut ftl = Vec::new();
        let mut knowledge = Knowledge::default();
        let mut terms = Terms::default();
        let mut understanding = super::understand::Raw::default();
        let mut glossary = super::glossary::Glossary::default();
        for s in sources {
            if s.path.starts_with("dialogs/") && s.path.ends_with(".toml") {
                if let Some(d) = dialog::parse(&s.path, &s.text, &mut report) {
                    if let Some(first) = dialogs.map.get(&d.id) {
                        report.error(&s.path, d.line, format!("duplicate dialog id `{}` (also in {})", d.id, first.file));
                    } else {
                        dialogs.map.insert(d.id.clone(), d);
                    }
                }
            } else if s.path.starts_with(schemes::DIR) && s.path.ends_with(".toml") {
                scheme_files.push((s.path.as_str(), s.text.as_str()));
            } else if s.path == knowledge::FILE {
                knowledge = Knowledge::parse(&s.text, &mut report);
            } else if s.path == super::glossary::FILE {
                glossary = super::glossary::Glossary::parse(&s.text, &mut report);
            } else if s.path == knowledge::terms::FILE {
                terms = Terms::parse(&s.text, &mut report);
            } else if s.path.starts_with(super::understand::DIR) || s.path == super::understand::PLACES {
                understanding.add(&s.path, &s.text, &mut report);
            } else if s.path.starts_with("locales/") && s.path.ends_with(".ftl") {
                ftl.push((s.path.as_str(), s.text.as_str()));
            }
        }
        let schemes = Schemes::parse(scheme_files, &mut report);
        // A file that failed to parse makes every message it used look unused: skip that warning then.
        let complete = !report.has_errors();
        let mut catalog = Catalog::load(ftl, &mut report);
        // The date each closed scheme closed, as a term every text can state.
        for s in schemes.map.values() {
            let Some(closed) = s.closed_from else { continue };
            for l in Locale::ALL {
                let text = catalog.formats(l).date(closed);
                catalog.give_term(l, &s.closed_term(), &text);
            }
        }
        catalog.check_terms(|term| term.strip_suffix("-closed").map(schemes::missing_key), &mut report);
        glossary.check(&catalog, &mut report);
        super::typography::check(&catalog, &mut report);
        let understanding = super::understand::Understanding::build(understanding, &dialogs, &catalog, &terms, &mut report);
        knowledge.terms = terms;
        let main_scheme = settings.open_schemes.first().cloned().unwrap_or_default();
        let values = schemes.get(&main_scheme).and_then(|s| s.versions.last()).map(|v| &v.values);
        knowledge.build_index(&catalog, &main_scheme, values);
        let facts: Vec<&str> = super::schemes::DERIVED.iter().chain(super::engine::ALWAYS).copied().collect();
        let fact_messages = Locale::ALL
            .iter()
            .flat_map(|l| catalog.language(*l).messages.keys().map(move |id| (*l, id)))
            .filter(|(l, id)| catalog.variables(*l, id).iter().any(|v| facts.contains(&v.as_str())))
            .map(|(_, id)| id.clone())
            .collect();
        let content = Content { dialogs, catalog, schemes, knowledge, settings, understanding, fact_messages };
        check::check(&content, complete, &mut report);
        let report = report.sorted();
        if report.has_errors() { Err(report) } else { Ok((content, report)) }
    }
}
