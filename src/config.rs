//! Settings, loaded once: command-line flags win over the environment, the environment over
//! `config/default.toml`. This is the only module that reads environment variables.
//!
//! Tokens are wrapped in [`Secret`], whose `Debug` and `Display` print `***`.

use crate::core::content::EngineSettings;
use crate::core::diagnostic::Report;
use crate::core::ids::{DialogId, Sink};
use crate::core::locale::Locale;
use serde::Deserialize;
use std::fmt;
use std::path::PathBuf;

/// A token or password. It is never printed, logged or put in an error message.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Secret {
        Secret(s)
    }
    /// The secret itself, for the one place that sends it to the platform.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// `config/default.toml` as written. Every section and key is optional; unknown keys are errors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(default)]
    pub conversation: ConversationSection,
    #[serde(default)]
    pub rules: RulesSection,
    #[serde(default)]
    pub secretariat: crate::core::content::Secretariat,
    #[serde(default)]
    pub storage: StorageSection,
    #[serde(default)]
    pub limits: LimitsSection,
    #[serde(default)]
    pub advice: AdviceSection,
    #[serde(default)]
    pub partners: PartnersSection,
    #[serde(default)]
    pub retention: RetentionSection,
    #[serde(default)]
    pub telegram: TelegramSection,
    #[serde(default)]
    pub discord: DiscordSection,
    #[serde(default)]
    pub advisers: AdvisersSection,
    #[serde(default)]
    pub web: WebSection,
}

/// `[web]`: the activity page.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebSection {
    /// The address to listen on (`127.0.0.1:8080`); unset: no page. BARENTS_WEB_LISTEN wins.
    pub listen: Option<String>,
    /// The page's public address, if people reach it through another (a proxy); else
    /// `http://<listen>/`.
    pub address: Option<String>,
}

/// Where the activity page is served, and the address `/stats` gives people.
#[derive(Debug, Clone, PartialEq)]
pub struct WebSettings {
    pub listen: std::net::SocketAddr,
    pub address: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConversationSection {
    pub main_dialog: String,
    pub criteria_dialog: String,
    pub default_language: String,
}

impl Default for ConversationSection {
    fn default() -> Self {
        ConversationSection { main_dialog: "main".into(), criteria_dialog: "eligibility".into(), default_language: "en".into() }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RulesSection {
    /// The schemes open to new applications: a comma-separated string or a list.
    pub active: SchemeList,
}

impl Default for RulesSection {
    fn default() -> Self {
        RulesSection { active: SchemeList::Text("nordic-2024".into()) }
    }
}

/// Scheme ids, written `"a, b"` or `["a", "b"]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum SchemeList {
    Text(String),
    List(Vec<String>),
}

impl SchemeList {
    /// The ids, trimmed, without empties or repeats, in the order written.
    pub fn ids(&self) -> Vec<String> {
        let items: Vec<&str> = match self {
            SchemeList::Text(t) => t.split(',').collect(),
            SchemeList::List(l) => l.iter().map(String::as_str).collect(),
        };
        let mut out: Vec<String> = Vec::new();
        for id in items.into_iter().map(str::trim).filter(|i| !i.is_empty()) {
            if !out.iter().any(|o| o == id) {
                out.push(id.to_owned());
            }
        }
        out
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StorageSection {
    pub data_dir: String,
    pub cache_capacity_mb: u64,
}

impl Default for StorageSection {
    fn default() -> Self {
        StorageSection { data_dir: "./data".into(), cache_capacity_mb: 64 }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LimitsSection {
    pub max_input_chars: usize,
    pub max_answer_chars: usize,
    pub max_drafts: usize,
    pub max_items: usize,
    pub max_draft_chars: usize,
    pub adviser_messages_per_day: usize,
    pub messages_per_minute: usize,
}

impl Default for LimitsSection {
    fn default() -> Self {
        let d = crate::core::content::Limits::default();
        LimitsSection {
            max_input_chars: 4000,
            max_answer_chars: d.max_answer_chars,
            max_drafts: d.max_drafts,
            max_items: d.max_items,
            max_draft_chars: d.max_draft_chars,
            adviser_messages_per_day: d.adviser_messages_per_day,
            messages_per_minute: d.messages_per_minute,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdviceSection {
    /// A search result at least this confident (0–1) answers a question; below it the bot says
    /// it is unsure and offers an adviser.
    pub sure: f32,
}

impl Default for AdviceSection {
    fn default() -> Self {
        AdviceSection { sure: crate::core::content::EngineSettings::default().advice_sure }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PartnersSection {
    pub profile_days: u32,
    pub reminder_days: u32,
    pub answer_days: u32,
    pub max_open_requests: u32,
}

impl Default for PartnersSection {
    fn default() -> Self {
        let d = crate::core::content::PartnerSettings::default();
        PartnersSection { profile_days: d.profile_days as u32, reminder_days: d.reminder_days as u32, answer_days: d.answer_days as u32, max_open_requests: d.max_open_requests as u32 }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetentionSection {
    pub idle_session_days: u32,
    pub closed_draft_days: u32,
    pub expired_profile_days: u32,
    pub question_days: u32,
    pub feedback_days: u32,
}

impl Default for RetentionSection {
    fn default() -> Self {
        let d = crate::core::content::RetentionSettings::default();
        RetentionSection {
            idle_session_days: d.idle_session_days as u32,
            closed_draft_days: d.closed_draft_days as u32,
            expired_profile_days: d.expired_profile_days as u32,
            question_days: d.question_days as u32,
            feedback_days: d.feedback_days as u32,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TelegramSection {
    pub api_url: Option<String>,
    pub adviser_chat_id: Option<i64>,
    /// Public HTTPS URL Telegram posts updates to; set it (and `webhook_listen`) for webhook mode.
    pub webhook_url: Option<String>,
    /// Address the webhook server binds to, e.g. `0.0.0.0:8443`.
    pub webhook_listen: Option<String>,
    /// `false` switches client-side throttling off: only for a Bot API server on loopback
    /// (the load generator); against Telegram it earns 429s.
    pub throttle: bool,
    /// Telegram's limits on what a bot may send; the defaults are Telegram's published ones.
    pub messages_per_sec_chat: u32,
    pub messages_per_min_chat: u32,
    pub messages_per_min_group: u32,
    pub messages_per_sec_overall: u32,
}

impl Default for TelegramSection {
    fn default() -> Self {
        TelegramSection {
            api_url: None,
            adviser_chat_id: None,
            webhook_url: None,
            webhook_listen: None,
            throttle: true,
            messages_per_sec_chat: 1,
            messages_per_min_chat: 20,
            messages_per_min_group: 20,
            messages_per_sec_overall: 30,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DiscordSection {
    pub api_url: Option<String>,
    pub adviser_channel_id: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdvisersSection {
    pub telegram_user_ids: Vec<i64>,
    pub discord_role_id: Option<u64>,
    /// The language of adviser-facing texts (inbox posts, exports): en, nb or ru.
    pub language: Option<String>,
    /// `/mydata` names the adviser who acted on a draft by first name instead of "adviser".
    pub show_first_names: bool,
}

/// What the environment can set. Read once in [`Environment::from_process`].
#[derive(Debug, Default, Clone)]
pub struct Environment {
    pub data_dir: Option<String>,
    pub content_dir: Option<String>,
    pub config: Option<String>,
    pub rules: Option<String>,
    pub telegram_token: Option<Secret>,
    pub telegram_api_url: Option<String>,
    pub telegram_adviser_chat_id: Option<String>,
    pub telegram_adviser_user_ids: Option<String>,
    pub telegram_webhook_url: Option<String>,
    pub telegram_webhook_listen: Option<String>,
    pub discord_token: Option<Secret>,
    pub discord_api_url: Option<String>,
    pub discord_adviser_channel_id: Option<String>,
    pub discord_adviser_role_id: Option<String>,
    /// The language of the operator's command line (`drafts`, `questions`); `--lang` wins.
    pub cli_lang: Option<String>,
    /// The address the activity page listens on.
    pub web_listen: Option<String>,
}

impl Environment {
    pub fn from_process() -> Environment {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Environment {
            data_dir: var("BARENTS_DATA_DIR"),
            content_dir: var("BARENTS_CONTENT_DIR"),
            config: var("BARENTS_CONFIG"),
            rules: var("BARENTS_RULES"),
            telegram_token: var("TELEGRAM_BOT_TOKEN").map(Secret::new),
            telegram_api_url: var("TELEGRAM_API_URL"),
            telegram_adviser_chat_id: var("TELEGRAM_ADVISER_CHAT_ID"),
            telegram_adviser_user_ids: var("TELEGRAM_ADVISER_USER_IDS"),
            telegram_webhook_url: var("TELEGRAM_WEBHOOK_URL"),
            telegram_webhook_listen: var("TELEGRAM_WEBHOOK_LISTEN"),
            discord_token: var("DISCORD_BOT_TOKEN").map(Secret::new),
            discord_api_url: var("DISCORD_API_URL"),
            discord_adviser_channel_id: var("DISCORD_ADVISER_CHANNEL_ID"),
            discord_adviser_role_id: var("DISCORD_ADVISER_ROLE_ID"),
            cli_lang: var("BARENTS_CLI_LANG"),
            web_listen: var("BARENTS_WEB_LISTEN"),
        }
    }
}

/// Flags that override configuration (from the command line).
#[derive(Debug, Default, Clone)]
pub struct Flags {
    pub data_dir: Option<PathBuf>,
    pub content_dir: Option<PathBuf>,
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct TelegramSettings {
    pub token: Secret,
    pub api_url: Option<String>,
    pub adviser_chat_id: Option<i64>,
    pub adviser_user_ids: Vec<i64>,
    /// `Some` switches from long polling to a webhook.
    pub webhook: Option<Webhook>,
    /// What teloxide's `Throttle` lets through; `None`: no client-side throttling.
    pub limits: Option<TelegramLimits>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    pub url: String,
    pub listen: std::net::SocketAddr,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TelegramLimits {
    pub messages_per_sec_chat: u32,
    pub messages_per_min_chat: u32,
    pub messages_per_min_group: u32,
    pub messages_per_sec_overall: u32,
}

#[derive(Debug, Clone)]
pub struct DiscordSettings {
    pub token: Secret,
    pub api_url: Option<String>,
    pub adviser_channel_id: Option<u64>,
    pub adviser_role_id: Option<u64>,
}

/// Everything the process runs with, typed and validated.
#[derive(Debug, Clone)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub engine: EngineSettings,
    pub cache_capacity_bytes: u64,
    pub idle_session_days: u32,
    pub telegram: Option<TelegramSettings>,
    pub discord: Option<DiscordSettings>,
    /// The language the operator's command line speaks, if BARENTS_CLI_LANG names one (a
    /// `--lang` flag wins over it); else it speaks the advisers' language.
    pub cli_locale: Option<Locale>,
    /// The activity page, when an address to listen on is set.
    pub web: Option<WebSettings>,
}

impl FileConfig {
    /// Parses the config file; problems are reported with their line.
    pub fn parse(file: &str, source: &str, report: &mut Report) -> Option<FileConfig> {
        crate::core::diagnostic::parse_toml(file, source, report)
    }
}

impl Settings {
    /// The adviser sinks drafts are handed to: those with a platform token and a target set.
    pub fn sinks(&self) -> Vec<Sink> {
        let mut out = Vec::new();
        if self.telegram.as_ref().is_some_and(|t| t.adviser_chat_id.is_some()) {
            out.push(Sink::Telegram);
        }
        if self.discord.as_ref().is_some_and(|d| d.adviser_channel_id.is_some()) {
            out.push(Sink::Discord);
        }
        out
    }

    /// Combines file, environment and flags. Invalid values are reported against `file`.
    pub fn resolve(file: &FileConfig, env: &Environment, flags: &Flags, file_name: &str, report: &mut Report) -> Settings {
        let default_locale = Locale::from_hint(&file.conversation.default_language).unwrap_or_else(|| {
            report.error(file_name, 1, format!("conversation.default_language `{}` is not en, nb or ru", file.conversation.default_language));
            Locale::En
        });
        let mut parse_id = |what: &str, v: &Option<String>| -> Option<i64> {
            let v = v.as_ref()?;
            match v.trim().parse() {
                Ok(n) => Some(n),
                Err(_) => {
                    report.error("environment", 1, format!("{what} must be a number"));
                    None
                }
            }
        };
        let tg_chat = parse_id("TELEGRAM_ADVISER_CHAT_ID", &env.telegram_adviser_chat_id).or(file.telegram.adviser_chat_id);
        let dc_channel = parse_id("DISCORD_ADVISER_CHANNEL_ID", &env.discord_adviser_channel_id).map(|n| n as u64).or(file.discord.adviser_channel_id);
        let dc_role = parse_id("DISCORD_ADVISER_ROLE_ID", &env.discord_adviser_role_id).map(|n| n as u64).or(file.advisers.discord_role_id);
        let tg_users = match &env.telegram_adviser_user_ids {
            Some(list) => list.split(',').filter(|s| !s.trim().is_empty()).filter_map(|s| parse_id("TELEGRAM_ADVISER_USER_IDS", &Some(s.to_owned()))).collect(),
            None => file.advisers.telegram_user_ids.clone(),
        };
        let webhook_url = env.telegram_webhook_url.clone().or_else(|| file.telegram.webhook_url.clone());
        let webhook_listen = env.telegram_webhook_listen.clone().or_else(|| file.telegram.webhook_listen.clone());
        let webhook = match (webhook_url, webhook_listen) {
            (None, None) => None,
            (Some(url), Some(listen)) => match listen.parse() {
                Ok(listen) => Some(Webhook { url, listen }),
                Err(_) => {
                    report.error(file_name, 1, format!("telegram.webhook_listen `{listen}` is not an address like 0.0.0.0:8443"));
                    None
                }
            },
            _ => {
                report.error(file_name, 1, "webhook mode needs both telegram.webhook_url and telegram.webhook_listen");
                None
            }
        };
        let web = env.web_listen.clone().or_else(|| file.web.listen.clone()).and_then(|listen| match listen.trim().parse::<std::net::SocketAddr>() {
            Ok(addr) => {
                let address = file.web.address.clone().filter(|a| !a.trim().is_empty()).unwrap_or_else(|| format!("http://{addr}/"));
                Some(WebSettings { listen: addr, address })
            }
            Err(_) => {
                report.error(file_name, 1, format!("web.listen (or BARENTS_WEB_LISTEN) `{listen}` is not an address like 127.0.0.1:8080"));
                None
            }
        });
        let cli_locale = env.cli_lang.as_deref().and_then(|lang| {
            let locale = Locale::from_hint(lang);
            if locale.is_none() {
                report.warning("environment", 1, format!("BARENTS_CLI_LANG `{lang}` is not en, nb or ru; the command line speaks the advisers' language"));
            }
            locale
        });
        Settings {
            cli_locale,
            web: web.clone(),
            data_dir: flags
                .data_dir
                .clone()
                .or_else(|| env.data_dir.clone().map(PathBuf::from))
                .unwrap_or_else(|| PathBuf::from(&file.storage.data_dir)),
            engine: EngineSettings {
                main_dialog: DialogId::new(file.conversation.main_dialog.clone()),
                criteria_dialog: DialogId::new(file.conversation.criteria_dialog.clone()),
                default_locale,
                open_schemes: env.rules.clone().map_or_else(|| file.rules.active.ids(), |r| SchemeList::Text(r).ids()),
                secretariat: file.secretariat.clone().without_blanks(),
                max_input_chars: file.limits.max_input_chars.max(1),
                advice_sure: file.advice.sure.clamp(0.0, 1.0),
                partners: crate::core::content::PartnerSettings {
                    profile_days: i64::from(file.partners.profile_days.max(1)),
                    reminder_days: i64::from(file.partners.reminder_days),
                    answer_days: i64::from(file.partners.answer_days.max(1)),
                    max_open_requests: file.partners.max_open_requests.max(1) as usize,
                },
                retention: crate::core::content::RetentionSettings {
                    idle_session_days: i64::from(file.retention.idle_session_days.max(1)),
                    closed_draft_days: i64::from(file.retention.closed_draft_days),
                    expired_profile_days: i64::from(file.retention.expired_profile_days),
                    question_days: i64::from(file.retention.question_days),
                    feedback_days: i64::from(file.retention.feedback_days),
                },
                adviser_locale: file.advisers.language.as_deref().and_then(Locale::from_hint).unwrap_or(Locale::Nb),
                show_adviser_first_names: file.advisers.show_first_names,
                web_page: web.map(|w| w.address),
                limits: crate::core::content::Limits {
                    max_answer_chars: file.limits.max_answer_chars.max(1),
                    max_drafts: file.limits.max_drafts,
                    max_items: file.limits.max_items.max(1),
                    max_draft_chars: file.limits.max_draft_chars.max(1),
                    adviser_messages_per_day: file.limits.adviser_messages_per_day,
                    messages_per_minute: file.limits.messages_per_minute.max(1),
                },
            },
            cache_capacity_bytes: file.storage.cache_capacity_mb.max(1) * 1024 * 1024,
            idle_session_days: file.retention.idle_session_days,
            telegram: env.telegram_token.clone().map(|token| TelegramSettings {
                token,
                api_url: env.telegram_api_url.clone().or_else(|| file.telegram.api_url.clone()),
                adviser_chat_id: tg_chat,
                adviser_user_ids: tg_users,
                webhook: webhook.clone(),
                limits: file.telegram.throttle.then(|| TelegramLimits {
                    messages_per_sec_chat: file.telegram.messages_per_sec_chat.max(1),
                    messages_per_min_chat: file.telegram.messages_per_min_chat.max(1),
                    messages_per_min_group: file.telegram.messages_per_min_group.max(1),
                    messages_per_sec_overall: file.telegram.messages_per_sec_overall.max(1),
                }),
            }),
            discord: env.discord_token.clone().map(|token| DiscordSettings {
                token,
                api_url: env.discord_api_url.clone().or_else(|| file.discord.api_url.clone()),
                adviser_channel_id: dc_channel,
                adviser_role_id: dc_role,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_print() {
        let s = Secret::new("123:ABC".into());
        assert_eq!(format!("{s:?} {s}"), "*** ***");
        let env = Environment { telegram_token: Some(s), ..Default::default() };
        assert!(!format!("{env:?}").contains("ABC"));
    }

    #[test]
    fn flags_win_over_environment_over_file() {
        let mut report = Report::default();
        let file = FileConfig::parse("c.toml", "[storage]\ndata_dir = \"file\"\n[rules]\nactive = \"a\"\n", &mut report).unwrap_or_else(|| panic!("{report}"));
        let env = Environment { data_dir: Some("env".into()), rules: Some("b, c,b".into()), ..Default::default() };
        let s = Settings::resolve(&file, &env, &Flags::default(), "c.toml", &mut report);
        assert_eq!(s.data_dir, PathBuf::from("env"));
        assert_eq!(s.engine.open_schemes, ["b", "c"]);
        let listed = FileConfig::parse("c.toml", "[rules]\nactive = [\"x\", \"y\"]\n", &mut report).unwrap_or_else(|| panic!("{report}"));
        assert_eq!(Settings::resolve(&listed, &Environment::default(), &Flags::default(), "c.toml", &mut report).engine.open_schemes, ["x", "y"]);
        let flags = Flags { data_dir: Some("flag".into()), ..Default::default() };
        assert_eq!(Settings::resolve(&file, &env, &flags, "c.toml", &mut report).data_dir, PathBuf::from("flag"));
        assert!(report.items.is_empty());
    }

    #[test]
    fn unknown_keys_are_errors_with_lines() {
        let mut report = Report::default();
        assert!(FileConfig::parse("c.toml", "[limits]\nmax_input_chars = 10\nmax_inptu = 3\n", &mut report).is_none());
        assert_eq!(report.items[0].line, 3, "{report}");
    }
}
