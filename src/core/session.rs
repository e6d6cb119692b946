//! What the bot remembers about one user: where they are in which dialog (a [`State`]),
//! the answers collected so far, and their language preferences.
//!
//! Both records carry a schema version; [`Session::migrate`] is where old records are upgraded.

use super::ids::{ArticleId, DialogId, SlotName, StepId, TopicId};
use super::partners::{Contact, IntroId, ProfileId};
use super::locale::Locale;
use super::value::Value;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// 2: the `/back` history in its short form (see `compact`); 3: the answers in theirs (see
/// `compact_slots`). Records of earlier versions read as they are.
pub const SESSION_VERSION: u32 = 3;
pub const PREFS_VERSION: u32 = 1;

/// How many earlier questions `/back` can return to.
pub const HISTORY_LIMIT: usize = 64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub version: u32,
    pub state: State,
    #[serde(with = "super::compact_slots")]
    pub slots: BTreeMap<SlotName, Value>,
    /// Number of the question last asked. Buttons carry it, so a press on an old question is recognised.
    pub question: u32,
    /// Earlier questions, most recent last, for `/back`.
    #[serde(with = "super::compact")]
    pub history: Vec<State>,
    /// The current dialog's questions an earlier journey had answered when it began (they are
    /// not asked again, and the step counter leaves them out).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub reused: std::collections::BTreeSet<SlotName>,
    /// A message just read as a question at a text step, kept so the person can say it was
    /// their answer after all ("use it as my answer").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held: Option<String>,
    /// This journey has shown the safety note for people in Russia (once per journey).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub warned: bool,
    /// This journey has shown the one line for whoever may be in Russia (nothing known of a
    /// tie yet): said once, not at every prompt to write to the advisers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hinted: bool,
    /// News that waits for an answer (a request, an adviser's question) was just told and
    /// nothing has been typed since: a plain /start shows it again rather than the menu over it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub news_waiting: bool,
}

impl Default for Session {
    fn default() -> Self {
        Session { version: SESSION_VERSION, state: State::New, slots: BTreeMap::new(), question: 0, history: Vec::new(), reused: Default::default(), held: None, warned: false, hinted: false, news_waiting: false }
    }
}

impl Session {
    /// Upgrades a record written by an older version. Versions 1 and 2 differ only in how the
    /// history and the answers are written, which reading already accepts.
    pub fn migrate(self) -> Result<Session, u32> {
        match self.version {
            1 | 2 => Ok(Session { version: SESSION_VERSION, ..self }),
            SESSION_VERSION => Ok(self),
            other => Err(other),
        }
    }
}

/// Where the user is. Exactly one variant holds at a time; each carries what it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum State {
    /// Never talked to us (or forgot everything): the next message opens the main menu.
    New,
    /// Waiting for an answer to the step at `at`.
    Asking {
        at: Cursor,
        /// Failed attempts in a row at this question.
        failures: u8,
        /// Set while changing an answer from a summary: go back there afterwards.
        return_to: Option<Return>,
    },
    /// Three failed attempts: we offered help, an adviser, or another try.
    Stuck { at: Cursor, return_to: Option<Return> },
    /// An answer read from words that could be misread ("150k"): asked "is that right?"
    /// before it is kept in its slot and the dialog goes on to `next`.
    Confirming { at: Cursor, value: Value, next: StepId, return_to: Option<Return> },
    /// Asked whether to leave a dialog for `to`; `resume` if not.
    Leaving { to: Leave, resume: Box<State> },
    /// Picking a language from a list, then back to `resume`.
    ChoosingLanguage { resume: Box<State> },
    /// Asked "erase everything?"; `resume` if they say no.
    ConfirmingForget { resume: Box<State> },
    /// The next message goes to the advisers (an answer to an adviser's question about `draft`,
    /// or a free question from `/adviser`), then back to `resume`.
    WritingToAdviser { draft: Option<super::draft::DraftId>, resume: Box<State> },
    /// In the resource centre: browsing topics and articles, or reading the answers to a question.
    /// Typed text is a (new) question; `then` says where leaving goes.
    Advising { view: AdviceView, then: Then },
    /// In the partner registry: searching, reading profiles, asking for an introduction, one's
    /// own profile and introductions. Typed text is a search (or the answer asked for).
    Partnering { view: PartnerView, then: Then },
    /// Asked whether to accept an introduction; then back to `resume`.
    AnsweringIntro { intro: IntroId, resume: Box<State> },
    /// The next message goes to the other side of an accepted introduction (their name is read
    /// from it when needed, so nothing of them stays here once it is gone).
    WritingToPartner { intro: IntroId, resume: Box<State> },
}

/// Where a person wants to go from inside a dialog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Leave {
    /// Another journey; the partner search with `query`. It comes back to the question after.
    Journey { dialog: DialogId, query: Option<String> },
    /// Nowhere: stop for now, back to the main menu.
    Stop,
}

/// What the partner registry shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "view", rename_all = "snake_case")]
pub enum PartnerView {
    Home,
    /// A page of the results for `query` (empty: everyone).
    Results { query: String, page: usize },
    /// One profile; `query`: the search (and page) it was found by, to go back to.
    Listing { id: ProfileId, query: Option<(String, usize)> },
    /// Asking for an introduction to the profile `id`.
    Asking { id: ProfileId, stage: AskStage },
    Mine,
    ConfirmDelete,
    Intros,
}

/// The questions before an introduction is asked for (who asks and how to reach them only
/// when the asker has no profile of their own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "stage", rename_all = "snake_case")]
pub enum AskStage {
    Who,
    Contact { who: String },
    Message { who: String, contact: Option<Contact> },
}

/// What the resource centre shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "view", rename_all = "snake_case")]
pub enum AdviceView {
    Topics,
    Topic { topic: TopicId },
    /// `rated`: the user has said whether it helped (the question is not asked again).
    Article { article: ArticleId, rated: bool },
    /// The articles found for a question (kept here, so it can be passed on to an adviser or,
    /// when no answer was sure, kept for the advisers without the person's name — `kept`).
    Answers {
        question: String,
        hits: Vec<ArticleId>,
        sure: bool,
        passed_on: bool,
        #[serde(default)]
        kept: bool,
    },
}

/// Where leaving the resource centre goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "then", rename_all = "snake_case")]
pub enum Then {
    /// Back to what the user was doing (a question, a menu).
    Resume { state: Box<State> },
    /// On in the dialog past the `advice` step `at`, which opened it.
    Continue { at: Cursor },
}

/// Where a change made from a summary goes back to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Return {
    pub summary: StepId,
    /// For a section of several steps (e.g. repeated activities): back to the summary when the
    /// flow reaches this step; without it, right after the one answer.
    pub until: Option<StepId>,
}

/// A position in a dialog, with the dialogs to return to when it ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub dialog: DialogId,
    pub step: StepId,
    pub stack: Vec<Frame>,
}

/// A caller waiting for a dialog it called to end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    pub dialog: DialogId,
    pub next: StepId,
}

impl State {
    /// The question position underneath any overlay (language picker, forget confirmation).
    pub fn cursor(&self) -> Option<&Cursor> {
        match self {
            State::New => None,
            State::Asking { at, .. } | State::Stuck { at, .. } | State::Confirming { at, .. } => Some(at),
            State::Leaving { resume, .. } => resume.cursor(),
            State::ChoosingLanguage { resume } | State::ConfirmingForget { resume } | State::WritingToAdviser { resume, .. } => resume.cursor(),
            State::Advising { then: Then::Resume { state }, .. } | State::Partnering { then: Then::Resume { state }, .. } => state.cursor(),
            State::Advising { then: Then::Continue { at }, .. } | State::Partnering { then: Then::Continue { at }, .. } => Some(at),
            State::AnsweringIntro { resume, .. } | State::WritingToPartner { resume, .. } => resume.cursor(),
        }
    }
}

/// A user's settings, kept apart from the session so `/restart` and `/cancel` never touch them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    pub version: u32,
    /// Chosen with `/language`; wins over everything.
    pub language: Option<Locale>,
    /// The platform's last language hint (Discord DMs carry none, so the last one applies).
    pub hint: Option<Locale>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs { version: PREFS_VERSION, language: None, hint: None }
    }
}

impl Prefs {
    pub fn locale(&self, default: Locale) -> Locale {
        self.language.or(self.hint).unwrap_or(default)
    }
}

/// Everything the engine reads and writes for one user in one turn.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UserState {
    pub session: Session,
    pub prefs: Prefs,
    /// The user's draft applications, newest last, for `/status`. Only their ids: where a
    /// draft stands is the draft's own record, which advisers change without touching this.
    #[serde(default, deserialize_with = "draft_ids")]
    pub drafts: Vec<super::draft::DraftId>,
    /// Waiting to be shown, oldest first.
    #[serde(default)]
    pub notices: Vec<super::notice::Notice>,
    /// When the user last sent anything (unix seconds; 0: before this was recorded), for the
    /// retention of idle sessions.
    #[serde(default)]
    pub last_seen: i64,
    /// When the user's messages to the advisers went, within the last day (for the daily limit).
    #[serde(default)]
    pub to_advisers: Vec<i64>,
    /// That the user or their partner is in Russia, as their answers said: the bot then says
    /// what the risk is before any question that identifies someone (see [`super::safety`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub russia: Option<super::safety::Tie>,
}

/// Reads the user's draft list: ids, or the `{"id", "status"}` pairs records kept before a
/// draft's status lived only in the draft.
fn draft_ids<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<super::draft::DraftId>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Listed {
        Id(super::draft::DraftId),
        WithStatus { id: super::draft::DraftId },
    }
    let listed = Vec::<Listed>::deserialize(d)?;
    Ok(listed.into_iter().map(|l| match l {
        Listed::Id(id) | Listed::WithStatus { id } => id,
    }).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_list_with_statuses_reads_as_ids() {
        let old = r#"{"session":{"version":3,"state":{"state":"new"},"slots":{},"question":0,"history":[]},"prefs":{"version":1,"language":null,"hint":null},"drafts":[{"id":"BS-2026-0001","status":"claimed"},"BS-2026-0002"]}"#;
        let state: UserState = serde_json::from_str(old).unwrap();
        assert_eq!(state.drafts, [super::super::draft::DraftId::new(2026, 1), super::super::draft::DraftId::new(2026, 2)]);
        assert!(serde_json::to_string(&state).unwrap().contains(r#""drafts":["BS-2026-0001","BS-2026-0002"]"#));
    }
}
