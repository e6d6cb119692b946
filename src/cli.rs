//! The adviser's command line over the store: `barents-bot drafts …` and `barents-bot
//! questions …`. It prints to stdout, explains failures on stderr, and exits 1 for an unknown
//! draft id.

use crate::core::content::Content;
use crate::core::adviser::Action;
use crate::core::draft::{DraftId, DraftStatus};
use crate::core::export;
use crate::store::{Store, StoreError};
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
        /// Only drafts with this status: submitted, claimed, follow-up, closed
        #[arg(long, value_parser = parse_status)]
        status: Option<DraftStatus>,
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
        #[arg(long, default_value = "cli")]
        adviser: String,
    },
    /// Close a draft
    Close {
        id: String,
        #[arg(long, default_value = "cli")]
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

/// `barents-bot questions …`; `try` needs no store.
pub fn questions(cmd: QuestionsCommand, store: Option<&dyn Store>, content: &Content, out: &mut impl Write) -> Result<(), CliError> {
    let store = || store.ok_or_else(|| CliError::Usage("this needs the store".into()));
    match cmd {
        QuestionsCommand::List => {
            for q in store()?.questions()? {
                writeln!(out, "{}\t{}\t{}", crate::core::value::Date::from_unix(q.at), q.locale.code(), q.text.replace(['\n', '\t'], " "))?;
            }
        }
        QuestionsCommand::Feedback => {
            writeln!(out, "article\thelpful\tnot helpful")?;
            for (article, f) in store()?.feedback()? {
                writeln!(out, "{article}\t{}\t{}", f.helpful, f.not_helpful)?;
            }
        }
        QuestionsCommand::Try { text } => {
            let kb = &content.knowledge;
            let sure = content.settings.advice_sure;
            let hits = kb.search(&text);
            let answered = hits.first().is_some_and(|h| h.confidence >= sure);
            let verdict = if answered { "answered" } else { "unsure: the bot offers an adviser" };
            writeln!(out, "{verdict} (answers need {:.0} %)", sure * 100.0)?;
            for h in hits {
                writeln!(out, "{}\t{:.0} %", h.article, h.confidence * 100.0)?;
            }
            for (word, terms) in kb.explain(&text) {
                let read: Vec<String> = terms.iter().map(|(t, f)| if *f < 1.0 { format!("{t} (×{f:.2})") } else { t.clone() }).collect();
                writeln!(out, "  {word}: {}", if read.is_empty() { "unknown".to_owned() } else { read.join(", ") })?;
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

fn parse_status(s: &str) -> Result<DraftStatus, String> {
    DraftStatus::parse(s).ok_or_else(|| format!("`{s}` is not one of submitted, claimed, follow-up, closed"))
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("`{0}` is not a draft id (they look like BS-2026-0007)")]
    BadId(String),
    #[error("there is no draft {0}")]
    Unknown(String),
    #[error("{0}")]
    Usage(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the output failed: {0}")]
    Io(#[from] std::io::Error),
}

fn id(s: &str) -> Result<DraftId, CliError> {
    DraftId::parse(s).ok_or_else(|| CliError::BadId(s.to_owned()))
}


pub fn run(cmd: DraftsCommand, store: &dyn Store, content: &Content, out: &mut impl Write) -> Result<(), CliError> {
    let locale = content.settings.adviser_locale;
    let find = |s: &str| -> Result<crate::core::draft::Draft, CliError> {
        let i = id(s)?;
        store.draft(&i)?.ok_or(CliError::Unknown(i.to_string()))
    };
    let change = |s: &str, action: Action, by: &str| -> Result<crate::core::draft::Draft, CliError> {
        let i = id(s)?;
        match crate::runtime::advise(store, &i, action, by.to_owned()) {
            Err(StoreError::NoSuchDraft(_)) => Err(CliError::Unknown(i.to_string())),
            other => Ok(other?),
        }
    };
    match cmd {
        DraftsCommand::List { status } => {
            for d in store.drafts()?.into_iter().filter(|d| status.is_none_or(|s| s == d.status)) {
                let title = d.answers.get(&"project_title".into()).map(|v| match v {
                    crate::core::value::Value::Text(t) => t.clone(),
                    _ => String::new(),
                });
                write!(out, "{}\t{}\t{}\t{}\t{}", d.id, d.status.as_str(), crate::core::value::Date::from_unix(d.created), d.user, title.unwrap_or_default())?;
                // An advisers' chat that refused it for good: the draft is here all the same.
                if !d.undelivered.is_empty() {
                    let sinks: Vec<&str> = d.undelivered.iter().map(|u| u.sink.as_str()).collect();
                    write!(out, "\tnot posted to {}", sinks.join(", "))?;
                }
                writeln!(out)?;
            }
        }
        DraftsCommand::Show { id } => write!(out, "{}", export::markdown(content, &find(&id)?, locale))?,
        DraftsCommand::Export { id, all, format } => match (id, all, format) {
            (Some(id), false, Format::Md) => write!(out, "{}", export::markdown(content, &find(&id)?, locale))?,
            (Some(id), false, Format::Json) => writeln!(out, "{}", serde_json::to_string_pretty(&find(&id)?).expect("drafts serialise"))?,
            (None, true, Format::Csv) => write!(out, "{}", export::csv(content, &store.drafts()?, locale))?,
            (None, true, Format::Json) => writeln!(out, "{}", serde_json::to_string_pretty(&store.drafts()?).expect("drafts serialise"))?,
            (Some(_), false, Format::Csv) => return Err(CliError::Usage("csv is for --all; one draft exports as md or json".into())),
            (None, true, Format::Md) => return Err(CliError::Usage("--all exports as csv or json".into())),
            _ => return Err(CliError::Usage("give a draft id, or --all".into())),
        },
        DraftsCommand::Claim { id, adviser } => {
            let d = change(&id, Action::Claim, &adviser)?;
            writeln!(out, "{} claimed by {adviser}", d.id)?;
        }
        DraftsCommand::Reply { id, text, adviser } => {
            let d = change(&id, Action::Ask(text), &adviser)?;
            writeln!(out, "{}: the applicant will see your message in their chat", d.id)?;
        }
        DraftsCommand::Audit { id } => {
            let only = id.as_deref().map(self::id).transpose()?;
            for e in store.audit_log()?.into_iter().filter(|e| only.as_ref().is_none_or(|i| i.as_str() == e.draft)) {
                writeln!(out, "{}\t{}\t{}\t{}", timestamp(e.at), e.draft, e.action, e.by)?;
            }
        }
        DraftsCommand::Close { id, adviser } => {
            let d = change(&id, Action::Close, &adviser)?;
            writeln!(out, "{} closed", d.id)?;
        }
    }
    Ok(())
}
