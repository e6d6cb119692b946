//! The whole of the loaded content — dialogs, texts, rule sets and the settings the engine
//! needs. Built from file sources and checked before anything uses it by [`super::load`].

use super::dialog::Dialogs;
use super::i18n::Catalog;
use super::ids::DialogId;
use super::knowledge::Knowledge;
use super::locale::Locale;
use super::schemes::Schemes;

/// The settings from configuration that change how conversations run.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    /// The dialog a new user starts in and every finished dialog returns to.
    pub main_dialog: DialogId,
    /// The eligibility check, which Discord's `/barents criteria` opens.
    pub criteria_dialog: DialogId,
    pub default_locale: Locale,
    /// The schemes open to new applications, in the order they are presented; every other
    /// scheme is closed (see [`super::schemes`]).
    pub open_schemes: Vec<String>,
    /// How people reach the Secretariat.
    pub secretariat: Secretariat,
    /// Longer messages are refused with an explanation, before anything else looks at them.
    pub max_input_chars: usize,
    /// How confident (0–1) the knowledge-base search must be to answer a question.
    pub advice_sure: f32,
    pub partners: PartnerSettings,
    pub retention: RetentionSettings,
    pub limits: Limits,
    /// The language of the advisers' chats and of what the bot tells them.
    pub adviser_locale: Locale,
    /// Whether `/mydata` names the adviser who acted on a draft by first name (else "adviser").
    pub show_adviser_first_names: bool,
    /// The activity page's address, when it is served (`/stats` gives it).
    pub web_page: Option<String>,
}

/// How people reach the Secretariat (`[secretariat]` in config): every text that sends people
/// there uses these.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Secretariat {
    /// Its name in the contact line (none: each language's own).
    pub name: Option<String>,
    pub web: String,
    /// Where the formal application is made.
    pub portal: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl Secretariat {
    /// Blank optional values (`email = ""`) count as unset.
    pub fn without_blanks(self) -> Secretariat {
        let set = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        Secretariat { name: set(self.name), email: set(self.email), phone: set(self.phone), ..self }
    }
}

impl Default for Secretariat {
    fn default() -> Self {
        Secretariat { name: None, web: "https://barents.no".into(), portal: "https://barents.no".into(), email: None, phone: None }
    }
}

/// Limits against abuse (each reached gets a polite notice).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Longest text answer kept (longer messages are refused before that: `max_input_chars`).
    pub max_answer_chars: usize,
    /// Draft applications one user may submit.
    pub max_drafts: usize,
    /// Items one list may hold (activities: "add another?").
    pub max_items: usize,
    /// Characters one draft may hold, all its answers together.
    pub max_draft_chars: usize,
    /// Messages one user may send the advisers in 24 hours.
    pub adviser_messages_per_day: usize,
    /// Messages one user on a chat platform may send in a minute (the console is not limited).
    pub messages_per_minute: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_answer_chars: 2000, max_drafts: 10, max_items: 20, max_draft_chars: 20_000, adviser_messages_per_day: 20, messages_per_minute: 60 }
    }
}

/// How long what is kept stays when nobody needs it any more.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetentionSettings {
    /// A user's session and preferences, after their last message.
    pub idle_session_days: i64,
    /// A closed draft, after it was closed.
    pub closed_draft_days: i64,
    /// A profile, after it expired without being renewed.
    pub expired_profile_days: i64,
    /// A question kept for the advisers (anonymised), after it was asked.
    pub question_days: i64,
    /// The "did this help?" counts of a month, after the month ended.
    pub feedback_days: i64,
}

impl Default for RetentionSettings {
    fn default() -> Self {
        RetentionSettings { idle_session_days: 180, closed_draft_days: 365, expired_profile_days: 90, question_days: 365, feedback_days: 730 }
    }
}

/// The partner registry's periods and limits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PartnerSettings {
    /// How long a profile stays up before it must be renewed.
    pub profile_days: i64,
    /// How long before that the owner is reminded.
    pub reminder_days: i64,
    /// How long the owner has to answer a request for an introduction.
    pub answer_days: i64,
    /// Requests one person may have waiting for an answer at once.
    pub max_open_requests: usize,
}

impl Default for PartnerSettings {
    fn default() -> Self {
        PartnerSettings { profile_days: 365, reminder_days: 30, answer_days: 14, max_open_requests: 5 }
    }
}

impl Default for EngineSettings {
    fn default() -> Self {
        EngineSettings {
            main_dialog: DialogId::new("main"),
            criteria_dialog: DialogId::new("eligibility"),
            default_locale: Locale::En,
            open_schemes: vec!["nordic-2024".into()],
            secretariat: Secretariat::default(),
            max_input_chars: 4000,
            advice_sure: 0.35,
            partners: PartnerSettings::default(),
            retention: RetentionSettings::default(),
            limits: Limits::default(),
            adviser_locale: Locale::Nb,
            show_adviser_first_names: false,
            web_page: None,
        }
    }
}

/// One content file: its path relative to the content directory, and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

#[derive(Debug)]
pub struct Content {
    pub dialogs: Dialogs,
    pub catalog: Catalog,
    pub schemes: Schemes,
    /// The resource centre's articles (empty when the content has no `config/knowledge.toml`).
    pub knowledge: Knowledge,
    pub settings: EngineSettings,
    /// How people say things: what free text is read as (see [`super::understand`]).
    pub understanding: super::understand::Understanding,
    /// The messages (in any language) that read how to reach the Secretariat or what the
    /// schemes make of the answers: only their texts get those worked out.
    pub fact_messages: std::collections::BTreeSet<String>,
}

impl Content {
    /// The scheme presented first: its texts are the resource centre's (articles may have
    /// a variant per scheme).
    /// Whether the text `id` reads the facts (see `fact_messages`).
    pub fn reads_facts(&self, id: &super::ids::MessageId) -> bool {
        self.fact_messages.contains(id.as_str())
    }

    /// What `text`, typed where `context` says, is read as (see [`super::understand`]).
    /// `about`: the words of the step being asked, if any ([`super::understand::Understanding::about`]).
    /// A question the resource centre answers with confidence is a question for it.
    pub fn read_message(&self, text: &str, context: &super::understand::Context<'_>, about: &[super::understand::words::WordId]) -> super::understand::Reading {
        let answered = |q: &str| self.knowledge.answers(q, self.settings.advice_sure).sure;
        let aids = super::understand::Aids { about, terms: &self.knowledge.terms, answered: &answered };
        self.understanding.read(text, context, &aids)
    }

    pub fn main_scheme(&self) -> &str {
        self.settings.open_schemes.first().map_or("", String::as_str)
    }
}

/// The values of the rules, as the resource centre's articles state them.
impl Content {
    /// The values the resource centre's articles receive: those of the first open scheme (whose
    /// variant of an article is shown, where it has one), in its version in force `today`
    /// (`None`: its newest version).
    pub fn article_values(&self, today: Option<super::value::Date>) -> Option<&super::schemes::Values> {
        let scheme = self.schemes.get(self.main_scheme())?;
        let version = match today {
            Some(today) => scheme.version_at(scheme.status(&self.settings.open_schemes), today),
            None => scheme.versions.last()?,
        };
        Some(&version.values)
    }

    /// An article's text (title, short answer, body) in `locale`, with the values it states.
    pub fn article_text(&self, locale: Locale, id: &crate::core::ids::MessageId, today: Option<super::value::Date>) -> String {
        let mut args = fluent_bundle::FluentArgs::new();
        if let Some(values) = self.article_values(today) {
            values.set_args(&mut args, &self.catalog.formats(locale));
        }
        self.catalog.format(locale, id, Some(&args))
    }
}
