//! The adviser's command line over the store: `barents-bot drafts …` and `barents-bot
//! questions …`. It prints to stdout, explains failures on stderr, and exits 1 for an unknown
//! draft id.
//!
//! Every word it writes is a Fluent message (`locales/<lang>/operator.ftl`), in the language
//! `--lang` or BARENTS_CLI_LANG chose, else the advisers' (`[advisers] language`). What
//! scripts read keeps its shape in every language: tab-separated columns, draft ids, exit
//! codes, the JSON and CSV exports.

pub mod stats;

use crate::core::adviser::Action;
use crate::core::content::Content;
use crate::core::draft::{DraftId, DraftStatus};
use crate::core::export;
use crate::core::ids::MessageId;
use crate::core::locale::Locale;
use crate::store::{Store, StoreError};
use fluent_bundle::FluentArgs;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
pub enum Format {
    Md,
    Json,
    Csv,
}

#[derive(Debug, clap::Subcommand, serde::Serialize, serde::Deserialize)]
pub enum DraftsCommand {
    /// List drafts, oldest first
    List {
        /// Only drafts with this status: submitted, claimed, follow-up, closed, or the status's
        /// name in English, Norwegian or Russian (e.g. tatt, "в работе")
        #[arg(long)]
        status: Option<String>,
    },
    /// Show one draft as text
    Show { id: String },
    /// Export one draft (md, json) or all drafts (--all: csv, json)
    Export {
        id: Option<String>,
        #[arg(long)]
        all: bool,
        #[arg(long, value_enum, default_value = "md")]
        format: Format,
    },
    /// Take a draft: it is yours to follow up
    Claim {
        id: String,
        #[arg(long)]
        adviser: String,
    },
    /// Write to the applicant about their draft (they see it in their chat)
    Reply {
        id: String,
        text: String,
        #[arg(long, default_value = crate::core::draft::BY_COMMAND_LINE)]
        adviser: String,
    },
    /// Close a draft
    Close {
        id: String,
        #[arg(long, default_value = crate::core::draft::BY_COMMAND_LINE)]
        adviser: String,
    },
    /// The audit trail of adviser actions (who, what, which draft, when), oldest first
    Audit {
        /// Only the actions on this draft
        id: Option<String>,
    },
}

#[derive(Debug, clap::Subcommand, serde::Serialize, serde::Deserialize)]
pub enum QuestionsCommand {
    /// Questions the resource centre could not answer (anonymised), oldest first
    List,
    /// How often each article helped, from "did this help?"
    Feedback,
    /// Which articles a question finds, and how each word was read (for content editors)
    Try { text: String },
}

/// The language the command line speaks: the one chosen (`--lang`, else BARENTS_CLI_LANG),
/// else the advisers'.
pub fn language(content: &Content, chosen: Option<Locale>) -> Locale {
    chosen.unwrap_or(content.settings.adviser_locale)
}

/// The command line's texts in one language.
struct Texts<'a> {
    content: &'a Content,
    locale: Locale,
}

impl Texts<'_> {
    fn new(content: &Content, chosen: Option<Locale>) -> Texts<'_> {
        Texts { content, locale: language(content, chosen) }
    }

    fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    fn with(&self, id: &str, vars: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in vars {
            args.set(*name, value.clone());
        }
        self.content.catalog.format(self.locale, &MessageId::new(id), Some(&args))
    }

    /// A status's name in this language.
    fn status(&self, status: DraftStatus) -> String {
        self.content.catalog.format(self.locale, &status.name_id(), None)
    }

    /// `0.8` as `80%` (English) or `80 %` (Norwegian, Russian: a no-break space).
    fn percent(&self, share: f32) -> String {
        self.with("cli-percent", &[("n", format!("{:.0}", share * 100.0))])
    }

    /// `0.5` as `0.50` (English) or `0,50` (Norwegian, Russian).
    fn decimal(&self, x: f32) -> String {
        let s = format!("{x:.2}");
        match self.locale {
            Locale::En => s,
            Locale::Nb | Locale::Ru => s.replace('.', ","),
        }
    }
}

/// `barents-bot questions …`; `try` needs no store. `lang`: the language asked for, if any.
pub fn questions(cmd: QuestionsCommand, store: Option<&dyn Store>, content: &Content, lang: Option<Locale>, out: &mut impl Write) -> Result<(), CliError> {
    let say = Texts::new(content, lang);
    let store = || store.ok_or(CliError::Usage(Usage::NeedsStore));
    match cmd {
        QuestionsCommand::List => {
            let questions = store()?.questions()?;
            if questions.is_empty() {
                writeln!(out, "{}", say.text("cli-questions-none"))?;
            }
            for q in questions {
                // Placeholders in the command line's language, as the person saw them in theirs.
                let text = crate::core::knowledge::anonymise::worded(&q.text, |id| say.text(id));
                writeln!(out, "{}\t{}\t{}", crate::core::value::Date::from_unix(q.at), q.locale.code(), text.replace(['\n', '\t'], " "))?;
            }
        }
        QuestionsCommand::Feedback => {
            let feedback = store()?.feedback()?;
            if feedback.is_empty() {
                writeln!(out, "{}", say.text("cli-feedback-none"))?;
                return Ok(());
            }
            let header = ["cli-feedback-article", "cli-feedback-helpful", "cli-feedback-not-helpful", "cli-feedback-title"].map(|id| say.text(id));
            writeln!(out, "{}", header.join("\t"))?;
            for (article, f) in feedback {
                // The id finds the file; the title says which article it is.
                let title = content.knowledge.article(&article).map(|a| say.text(a.title().as_str())).unwrap_or_default();
                writeln!(out, "{article}\t{}\t{}\t{title}", f.helpful, f.not_helpful)?;
            }
        }
        QuestionsCommand::Try { text } => {
            let kb = &content.knowledge;
            let sure = content.settings.advice_sure;
            let hits = kb.search(&text);
            let answered = hits.first().is_some_and(|h| h.confidence >= sure);
            let verdict = if answered { "cli-try-answered" } else { "cli-try-unsure" };
            writeln!(out, "{}", say.with(verdict, &[("sure", say.percent(sure))]))?;
            for h in hits {
                writeln!(out, "{}\t{}", h.article, say.percent(h.confidence))?;
            }
            for (word, terms) in kb.explain(&text) {
                let read: Vec<String> = terms.iter().map(|(t, f)| if *f < 1.0 { format!("{t} (×{})", say.decimal(*f)) } else { t.clone() }).collect();
                writeln!(out, "  {word}: {}", if read.is_empty() { say.text("cli-try-unknown") } else { read.join(", ") })?;
            }
        }
    }
    Ok(())
}

/// `2026-12-01 20:58:03 UTC`.
fn timestamp(secs: i64) -> String {
    let t = secs.rem_euclid(86_400);
    format!("{} {:02}:{:02}:{:02} UTC", crate::core::value::Date::from_unix(secs), t / 3600, t / 60 % 60, t % 60)
}

/// A status as `--status` takes it: its code, or its name in any of the three languages,
/// ignoring case (`claimed`, `Tatt`, `в работе`).
fn status_named(content: &Content, s: &str) -> Option<DraftStatus> {
    let wanted = s.trim().to_lowercase();
    DraftStatus::ALL.into_iter().find(|status| {
        status.as_str() == wanted || Locale::ALL.into_iter().any(|l| content.catalog.format(l, &status.name_id(), None).to_lowercase() == wanted)
    })
}

/// An audit entry's action (`claim`, `refused`, …; see [`crate::store::AuditEntry`]) in words;
/// one this version does not know is shown as stored.
fn audit_action(say: &Texts, action: &str) -> String {
    match action {
        "claim" | "ask" | "close" | "answer" | "refused" | "erased" => say.text(&format!("cli-audit-{action}")),
        other => other.to_owned(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("`{0}` is not a draft id")]
    BadId(String),
    #[error("there is no draft {0}")]
    Unknown(String),
    #[error("draft {0} is closed")]
    Closed(String),
    /// `--status` names no status (a usage error).
    #[error("`{0}` is not a draft status")]
    BadStatus(String),
    #[error("a usage error: {0:?}")]
    Usage(Usage),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the output failed: {0}")]
    Io(#[from] std::io::Error),
}

/// A command that cannot be carried out as given (exit 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    NeedsStore,
    /// `export ID --format csv`.
    CsvIsForAll,
    /// `export --all --format md`.
    AllIsCsvOrJson,
    /// `export` with both an id and `--all`, or neither.
    IdOrAll,
    /// A console session sent where a command was expected (the local socket).
    NotACommand,
    /// `stats --from` after `--to`.
    PeriodBackwards,
    /// `stats --map` with a format other than SVG.
    MapIsSvg,
}

impl CliError {
    /// 2 for a usage error, else 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::BadStatus(_) => 2,
            _ => 1,
        }
    }

    /// What the operator reads on stderr, in the command line's language. The store's own
    /// errors keep their words: they are for whoever runs the server.
    pub fn explain(&self, content: &Content, lang: Option<Locale>) -> String {
        let say = Texts::new(content, lang);
        match self {
            CliError::BadId(id) => say.with("cli-error-bad-id", &[("id", id.clone())]),
            CliError::Unknown(id) => say.with("cli-error-no-draft", &[("id", id.clone())]),
            CliError::Closed(id) => say.with("cli-error-closed", &[("id", id.clone())]),
            CliError::BadStatus(s) => {
                let names: Vec<String> = DraftStatus::ALL.into_iter().map(|st| say.status(st)).collect();
                let codes: Vec<&str> = DraftStatus::ALL.into_iter().map(DraftStatus::as_str).collect();
                say.with("cli-error-status", &[("status", s.clone()), ("names", names.join(", ")), ("codes", codes.join(", "))])
            }
            CliError::Usage(u) => say.text(match u {
                Usage::NeedsStore => "cli-error-needs-store",
                Usage::CsvIsForAll => "cli-error-csv-one",
                Usage::AllIsCsvOrJson => "cli-error-all-format",
                Usage::IdOrAll => "cli-error-id-or-all",
                Usage::NotACommand => "cli-error-console",
                Usage::PeriodBackwards => "cli-error-period",
                Usage::MapIsSvg => "cli-error-map-svg",
            }),
            CliError::Store(e) => e.to_string(),
            CliError::Io(e) => say.with("cli-error-output", &[("cause", e.to_string())]),
        }
    }
}

/// How an operator's command ends: its exit code, and the line for stderr (empty on success).
/// A reader that went away (`| head`) ends it quietly, as a pipe expects.
pub fn exit(result: Result<(), CliError>, content: &Content, lang: Option<Locale>) -> (u8, String) {
    match result {
        Ok(()) => (0, String::new()),
        Err(CliError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => (0, String::new()),
        Err(e) => (e.exit_code(), format!("barents-bot: {}\n", e.explain(content, lang))),
    }
}

fn id(s: &str) -> Result<DraftId, CliError> {
    DraftId::parse(s).ok_or_else(|| CliError::BadId(s.to_owned()))
}

/// `barents-bot drafts …`. `lang`: the language asked for, if any.
pub fn run(cmd: DraftsCommand, store: &dyn Store, content: &Content, lang: Option<Locale>, out: &mut impl Write) -> Result<(), CliError> {
    let say = Texts::new(content, lang);
    let locale = say.locale;
    let find = |s: &str| -> Result<crate::core::draft::Draft, CliError> {
        let i = id(s)?;
        store.draft(&i)?.ok_or(CliError::Unknown(i.to_string()))
    };
    let change = |s: &str, action: Action, by: &str| -> Result<crate::core::draft::Draft, CliError> {
        let i = id(s)?;
        match crate::runtime::advise(store, &i, action, by.to_owned()) {
            Err(StoreError::NoSuchDraft(_)) => Err(CliError::Unknown(i.to_string())),
            Err(StoreError::DraftClosed(_)) => Err(CliError::Closed(i.to_string())),
            other => Ok(other?),
        }
    };
    match cmd {
        DraftsCommand::List { status } => {
            let status = status.map(|s| status_named(content, &s).ok_or(CliError::BadStatus(s))).transpose()?;
            let drafts: Vec<_> = store.drafts()?.into_iter().filter(|d| status.is_none_or(|s| s == d.status)).collect();
            if drafts.is_empty() {
                let none = match status {
                    Some(s) => say.with("cli-drafts-none-with-status", &[("status", say.status(s))]),
                    None => say.text("cli-drafts-none"),
                };
                writeln!(out, "{none}")?;
            }
            for d in drafts {
                let title = d.answers.get(&"project_title".into()).map(|v| match v {
                    crate::core::value::Value::Text(t) => t.clone(),
                    _ => String::new(),
                });
                write!(out, "{}\t{}\t{}\t{}\t{}", d.id, say.status(d.status), crate::core::value::Date::from_unix(d.created), d.user, title.unwrap_or_default())?;
                // An advisers' chat that refused it for good: the draft is here all the same.
                if !d.undelivered.is_empty() {
                    let sinks: Vec<&str> = d.undelivered.iter().map(|u| u.sink.as_str()).collect();
                    write!(out, "\t{}", say.with("cli-list-not-posted", &[("sinks", sinks.join(", "))]))?;
                }
                writeln!(out)?;
            }
        }
        DraftsCommand::Show { id } => writeln!(out, "{}", export::markdown(content, &find(&id)?, locale).trim_end())?,
        DraftsCommand::Export { id, all, format } => match (id, all, format) {
            (Some(id), false, Format::Md) => writeln!(out, "{}", export::markdown(content, &find(&id)?, locale).trim_end())?,
            (Some(id), false, Format::Json) => writeln!(out, "{}", serde_json::to_string_pretty(&find(&id)?).expect("drafts serialise"))?,
            (None, true, Format::Csv) => write!(out, "{}", export::csv(content, &store.drafts()?, locale))?,
            (None, true, Format::Json) => writeln!(out, "{}", serde_json::to_string_pretty(&store.drafts()?).expect("drafts serialise"))?,
            (Some(_), false, Format::Csv) => return Err(CliError::Usage(Usage::CsvIsForAll)),
            (None, true, Format::Md) => return Err(CliError::Usage(Usage::AllIsCsvOrJson)),
            _ => return Err(CliError::Usage(Usage::IdOrAll)),
        },
        DraftsCommand::Claim { id, adviser } => {
            let d = change(&id, Action::Claim, &adviser)?;
            writeln!(out, "{}", say.with("cli-claimed", &[("id", d.id.to_string()), ("adviser", adviser)]))?;
        }
        DraftsCommand::Reply { id, text, adviser } => {
            let d = change(&id, Action::Ask(text), &adviser)?;
            writeln!(out, "{}", say.with("cli-replied", &[("id", d.id.to_string())]))?;
        }
        DraftsCommand::Audit { id } => {
            let only = id.as_deref().map(self::id).transpose()?;
            let entries: Vec<_> = store.audit_log()?.into_iter().filter(|e| only.as_ref().is_none_or(|i| i.as_str() == e.draft)).collect();
            if entries.is_empty() {
                writeln!(out, "{}", say.text("cli-audit-none"))?;
            }
            for e in entries {
                // Who acted, as a draft's history names them.
                let by = match e.by.as_str() {
                    crate::core::draft::BY_COMMAND_LINE => say.text("export-by-command-line"),
                    crate::core::draft::BY_APPLICANT => say.text("export-by-applicant"),
                    _ => e.by,
                };
                writeln!(out, "{}\t{}\t{}\t{by}", timestamp(e.at), e.draft, audit_action(&say, &e.action))?;
            }
        }
        DraftsCommand::Close { id, adviser } => {
            let d = change(&id, Action::Close, &adviser)?;
            writeln!(out, "{}", say.with("cli-closed", &[("id", d.id.to_string())]))?;
        }
    }
    Ok(())
}
