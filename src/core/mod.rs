//! The platform-neutral core: dialogs as data, the turn function, texts and criteria — and
//! every rule and every reply. It decides; the runtime stores and delivers what it decided.
//!
//! Nothing in here performs I/O or imports a platform or storage crate; adapters and the
//! runtime feed it [`effect::Inbound`] values, give it a [`world::World`] to read, show the
//! [`reply::Reply`]s it returns and store the [`effect::Effect`]s.
//!
//! - [`ids`], [`locale`], [`value`], [`command`]: the types strings become at the edge.
//! - [`dialog`]: the dialog file format and its typed model; [`condition`], [`validate`]: its parts.
//! - [`i18n`], [`messages`], [`display`]: Fluent catalogs, the messages the code uses, and
//!   how answers read; [`glossary`]: one term per concept in each language; [`schemes`]: funding schemes, their versions and status; [`knowledge`]: the resource
//!   centre's articles and the search over them; [`understand`]: what free text is read as.
//! - [`content`]: all of the above, [`load`]ed and [`check`]ed together.
//! - [`engine`]: the turn; [`session`]: what it remembers of a user; [`effect`], [`reply`]: what
//!   comes out of it; [`world`]: what it may read of others; [`notice`]: news for a user.
//! - [`draft`], [`adviser`], [`export`]: submitted drafts and what advisers receive and do.
//! - [`partners`]: the partner registry, its search, introductions and their rules.
//! - [`public`]: what a group chat or a server sees; [`retention`]: how long things are kept;
//!   [`safety`]: whether the person or their partner is in Russia, where taking part is a risk.
//! - [`activity`]: the anonymous counts of what happens across the region, summed and drawn.

pub mod activity;
pub mod adviser;
pub mod check;
pub mod command;
mod compact;
mod compact_slots;
pub mod condition;
pub mod content;
pub mod diagnostic;
pub mod dialog;
pub mod display;
pub mod draft;
pub mod edits;
pub mod effect;
pub mod export;
pub mod format;
pub mod numbers;
pub mod glossary;
pub mod engine;
pub mod explain;
pub mod i18n;
pub mod ids;
pub mod knowledge;
pub mod load;
pub mod locale;
pub mod messages;
pub mod notice;
pub mod partners;
pub mod public;
pub mod reply;
pub mod retention;
pub mod rule_numbers;
pub mod safety;
pub mod schemes;
pub mod session;
pub mod suggest;
pub mod typography;
pub mod understand;
pub mod validate;
pub mod value;
pub mod world;
