//! What every chat platform shares, said once: the data a button carries ([`ButtonData`]),
//! replies and hand-offs cut into messages that fit ([`parts`], [`handoff_post`]), a document
//! sent as a file rather than as messages ([`document`]), the advisers' actions from a chat
//! ([`adviser_action`], with who acted for the audit trail), and the loop that pushes news to a
//! platform's users ([`push_news`]). Telegram and Discord keep only what differs: transport,
//! rendering, platform limits.

use super::text;
use crate::core::adviser::{Action, ActionReport, Button, Handoff, NotDone};
use crate::core::content::Content;
use crate::core::draft::DraftId;
use crate::core::ids::{Platform, UserKey};
use crate::core::locale::Locale;
use crate::core::reply::{Choices, Kind, Reply};
use crate::runtime::limits::Admission;
use crate::runtime::{Runtime, Shutdown};
use crate::store::StoreError;
use std::future::Future;
use tokio::sync::broadcast::error::RecvError;
use tracing::{error, warn};

/// What a button (Telegram callback data, a Discord custom id) carries: compact and versioned,
/// at most 64 bytes (Telegram's limit; `check` keeps option values short enough).
#[derive(Debug, Clone, PartialEq)]
pub enum ButtonData {
    /// `v1:<question>:<value>`: one option of a question.
    Choose { question: u32, value: String },
    /// `m1:<question>:<index>`: tick or untick an option of a multiple choice (Telegram keeps
    /// the ticks in the keyboard itself).
    Toggle { question: u32, index: usize },
    /// `d1:<question>`: the multiple choice is done.
    Done { question: u32 },
    /// `s1:<question>`: a multiple-choice select menu (Discord).
    Select { question: u32 },
    /// `dm1:<start>`: continue in private, at a journey or an article (`kb-<id>`); empty: the menu.
    OpenPrivate { start: Option<String> },
    /// `a1:<c|q|x>:<draft>`: an adviser's button on a draft (see [`Button`]); the draft as typed.
    Adviser { button: Button, draft: String },
    /// `a1:r:<platform>:<id>`: an adviser answers someone's own question (their form has the
    /// same id).
    Answer { to: UserKey },
}

impl ButtonData {
    pub fn encode(&self) -> String {
        match self {
            ButtonData::Choose { question, value } => format!("v1:{question}:{value}"),
            ButtonData::Toggle { question, index } => format!("m1:{question}:{index}"),
            ButtonData::Done { question } => format!("d1:{question}"),
            ButtonData::Select { question } => format!("s1:{question}"),
            ButtonData::OpenPrivate { start } => format!("dm1:{}", start.as_deref().unwrap_or("")),
            ButtonData::Adviser { button, draft } => button.data(&DraftId(draft.clone())),
            ButtonData::Answer { to } => format!("a1:r:{}", to.storage_key()),
        }
    }

    pub fn parse(data: &str) -> Option<ButtonData> {
        if let Some(to) = data.strip_prefix("a1:r:") {
            return UserKey::from_storage_key(to).map(|to| ButtonData::Answer { to });
        }
        if let Some((button, draft)) = Button::parse(data) {
            return Some(ButtonData::Adviser { button, draft });
        }
        if let Some(start) = data.strip_prefix("dm1:") {
            return Some(ButtonData::OpenPrivate { start: Some(start.to_owned()).filter(|s| !s.is_empty()) });
        }
        let mut parts = data.splitn(3, ':');
        let version = parts.next()?;
        let question = parts.next()?.parse().ok()?;
        match (version, parts.next()) {
            ("v1", Some(value)) if !value.is_empty() => Some(ButtonData::Choose { question, value: value.to_owned() }),
            ("m1", Some(index)) => Some(ButtonData::Toggle { question, index: index.parse().ok()? }),
            ("d1", None) => Some(ButtonData::Done { question }),
            ("s1", None) => Some(ButtonData::Select { question }),
            _ => None,
        }
    }
}

/// A reply as messages of at most `max` (by `measure`, the platform's count after escaping);
/// its choices go with the last one.
pub fn parts(reply: &Reply, max: usize, measure: impl Fn(&str) -> usize) -> Vec<(String, Option<&Choices>)> {
    let mut out: Vec<(String, Option<&Choices>)> = text::split(&reply.text, max, measure).into_iter().map(|t| (t, None)).collect();
    if let Some(last) = out.last_mut() {
        last.1 = reply.choices.as_ref();
    }
    out
}

/// The name of the file a [`Kind::Document`] reply is sent as on every chat platform. The only
/// document today is the user's own data (`/mydata`); a second kind would need its name from
/// the core.
pub const DOCUMENT_FILE_NAME: &str = "barents-bot-my-data.json";

/// A document to keep ([`Kind::Document`]) as the file a chat platform sends in place of
/// messages (pretty JSON would be unreadable on screen and cut into many messages): its name
/// and contents. Any other reply is `None`, and goes as messages ([`parts`]).
pub fn document(reply: &Reply) -> Option<(&'static str, Vec<u8>)> {
    (reply.kind == Kind::Document).then(|| (DOCUMENT_FILE_NAME, reply.text.as_bytes().to_vec()))
}

/// A hand-off as the advisers see it: the messages to post, and (for a draft too long for one
/// message) the whole draft as a Markdown file to attach after the first.
#[derive(Debug, Clone, PartialEq)]
pub struct HandoffPost {
    /// The messages, each at most the platform's length; a draft is always one.
    pub parts: Vec<String>,
    /// The file name and contents of the whole draft, when it does not fit in one message.
    pub file: Option<(String, Vec<u8>)>,
    /// The draft whose buttons go under the (last) message; a message to the advisers has none.
    pub draft: Option<DraftId>,
}

/// A hand-off as the advisers' posts, in their language: a draft is one post (its beginning,
/// and the whole of it as a file when it is long); anything else is cut to fit.
pub fn handoff_post(content: &Content, item: &Handoff, max: usize, measure: impl Fn(&str) -> usize) -> HandoffPost {
    let locale = content.settings.adviser_locale;
    let text = item.text(content, locale);
    let mut parts = text::split(&text, max, &measure);
    let file = match item {
        Handoff::Draft(d) if parts.len() > 1 => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("id", d.id.to_string());
            let note = content.catalog.format(locale, &crate::core::ids::MessageId::new("adviser-draft-in-file"), Some(&args));
            // The beginning, cut where it fits with the note after it.
            let room = max.saturating_sub(measure(&note) + 3);
            let head = text::split(&text, room.max(1), &measure).into_iter().next().unwrap_or_default();
            parts = vec![format!("{head}\n…\n{note}")];
            Some((format!("{}.md", d.id), crate::core::export::markdown(content, d, locale).into_bytes()))
        }
        _ => None,
    };
    HandoffPost { parts, file, draft: item.buttons_for().cloned() }
}

/// Someone acting in an advisers' chat, as their platform names them.
#[derive(Debug, Clone, PartialEq)]
pub struct Asker {
    pub platform: Platform,
    pub id: String,
    pub name: String,
}

impl Asker {
    /// How the audit trail names them: `telegram:5001 (Ola)`.
    pub fn label(&self) -> String {
        crate::core::adviser::adviser_label(self.platform, &self.id, &self.name)
    }

    /// The user they are on their platform (for the rate limit).
    pub fn key(&self) -> UserKey {
        UserKey::new(self.platform, self.id.clone())
    }
}

/// An action from an advisers' chat on `draft`, for every platform: refused (and audited)
/// unless `is_adviser`, else carried out durably with the applicant told. The report is in the
/// advisers' language, or a refusal in `asker_locale` (a stranger may not read Norwegian).
/// Presses count against the rate limit as messages do: over it, one notice, then nothing
/// (an empty text, which adapters do not show).
pub async fn adviser_action(runtime: &Runtime, asker: &Asker, is_adviser: bool, draft: &str, action: Action, asker_locale: Locale) -> ActionReport {
    if let Err(report) = admitted(runtime, asker, is_adviser, draft, &action, asker_locale).await {
        return report;
    }
    let result = match DraftId::parse(draft) {
        None => Err(NotDone::NoSuchDraft),
        Some(id) => match runtime.advise(id, action.clone(), asker.label()).await {
            Ok(_) => Ok(()),
            Err(StoreError::NoSuchDraft(_)) => Err(NotDone::NoSuchDraft),
            Err(StoreError::DraftClosed(_)) => Err(NotDone::Closed),
            Err(e) => {
                error!(cause = %e, "an adviser action could not be stored");
                Err(NotDone::Failed)
            }
        },
    };
    let content = &runtime.content;
    ActionReport::new(content, content.settings.adviser_locale, &action, draft, &asker.name, result)
}

/// An adviser's answer to someone's own question to the advisers (no draft): the same checks
/// as [`adviser_action`], then it reaches `to` in their own chat.
pub async fn adviser_answer(runtime: &Runtime, asker: &Asker, is_adviser: bool, to: &UserKey, text: String, asker_locale: Locale) -> ActionReport {
    let action = Action::Answer(text.clone());
    if let Err(report) = admitted(runtime, asker, is_adviser, "—", &action, asker_locale).await {
        return report;
    }
    let result = runtime.answer(to.clone(), text, asker.label()).await.map_err(|e| {
        error!(cause = %e, "an adviser's answer could not be stored");
        NotDone::Failed
    });
    let content = &runtime.content;
    ActionReport::new(content, content.settings.adviser_locale, &action, "—", &asker.name, result)
}

/// The rate limit, then whether `asker` is an adviser (a refusal is audited).
async fn admitted(runtime: &Runtime, asker: &Asker, is_adviser: bool, about: &str, action: &Action, asker_locale: Locale) -> Result<(), ActionReport> {
    let content = &runtime.content;
    match runtime.admit(&asker.key(), crate::runtime::now()) {
        Admission::Allow => {}
        Admission::Warn => return Err(ActionReport { done: false, text: Reply::rate_limited(content, asker_locale).text }),
        Admission::Drop => return Err(ActionReport { done: false, text: String::new() }),
    }
    if !is_adviser {
        runtime.refused(&asker.key(), asker.label(), about).await;
        return Err(ActionReport::new(content, asker_locale, action, about, &asker.name, Err(NotDone::Refused)));
    }
    Ok(())
}

/// Pushes news to `platform`'s users as it comes: `push` runs a news turn for a user (in their
/// queue) and delivers what it says. When news came faster than this loop took it (the
/// channel lagged), every user of the platform with news still waiting in the store is pushed,
/// so nobody waits for their next message to hear it. It listens from the moment it is called
/// (not from its first poll), and runs until shutdown.
pub fn push_news(runtime: Runtime, platform: Platform, push: impl Fn(UserKey), mut shutdown: Shutdown) -> impl Future<Output = ()> {
    let mut news = runtime.notices.subscribe();
    async move {
        loop {
            let next = tokio::select! {
                _ = shutdown.wait() => return,
                next = news.recv() => next,
            };
            match next {
                Ok(user) if user.platform == platform => push(user),
                Ok(_) => {}
                Err(RecvError::Lagged(missed)) => {
                    warn!(%missed, platform = platform.as_str(), "news came faster than it was pushed; catching up from the store");
                    let store = runtime.store.clone();
                    match tokio::task::spawn_blocking(move || store.users_with_notices()).await {
                        Ok(Ok(users)) => users.into_iter().filter(|u| u.platform == platform).for_each(&push),
                        Ok(Err(e)) => error!(cause = %e, "could not find whose news is waiting; they hear it at their next message"),
                        Err(e) => error!(cause = %e, "could not find whose news is waiting"),
                    }
                }
                Err(RecvError::Closed) => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_data_round_trips_and_fits_telegrams_64_bytes() {
        let all = [
            ButtonData::Choose { question: u32::MAX, value: "x".repeat(crate::core::check::MAX_VALUE_BYTES) },
            ButtonData::Choose { question: 7, value: "a:b".into() },
            ButtonData::Toggle { question: 7, index: 24 },
            ButtonData::Done { question: 7 },
            ButtonData::Select { question: 7 },
            ButtonData::OpenPrivate { start: Some("kb-who-can-apply".into()) },
            ButtonData::OpenPrivate { start: None },
            ButtonData::Adviser { button: Button::Ask, draft: "BS-2026-0007".into() },
            ButtonData::Answer { to: UserKey::new(Platform::Telegram, "1234567890") },
        ];
        for b in all {
            let data = b.encode();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(ButtonData::parse(&data), Some(b), "{data}");
        }
        for bad in ["v2:7:ngo", "v1:x:ngo", "v1:7:", "d1:7:1", "m1:7:x", ""] {
            assert_eq!(ButtonData::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_document_is_a_file_and_anything_else_is_not() {
        let reply = |kind| Reply { kind, key: crate::core::ids::MessageId::new("x"), text: "{\n  \"a\": 1\n}".into(), choices: None, locale: Locale::En };
        let (name, bytes) = document(&reply(Kind::Document)).expect("a file");
        assert_eq!((name, bytes.as_slice()), ("barents-bot-my-data.json", "{\n  \"a\": 1\n}".as_bytes()));
        for kind in [Kind::Info, Kind::Question, Kind::Notice, Kind::Stale, Kind::Apology] {
            assert_eq!(document(&reply(kind)), None, "{kind:?}");
        }
    }

    #[test]
    fn the_audit_names_the_platform_the_id_and_the_name() {
        let ola = Asker { platform: Platform::Telegram, id: "5001".into(), name: "Ola".into() };
        assert_eq!(ola.label(), "telegram:5001 (Ola)");
    }
}
