//! The platform-neutral core: dialogs as data, the turn function, texts and criteria.
//!
//! Nothing in here performs I/O or imports a platform or storage crate; adapters and the
//! runtime feed it [`effect::Inbound`] values and carry out the [`effect::Effect`]s it returns.
//!
//! - [`ids`], [`locale`], [`value`]: the types strings become at the edge.
//! - [`dialog`]: the dialog file format and its typed model; [`condition`], [`validate`]: its parts.
//! - [`i18n`]: Fluent catalogs; [`rules`]: funding criteria rule sets; [`knowledge`]: the
//!   resource centre's articles and the search over them.
//! - [`content`]: all of the above, loaded and [`check`]ed together.
//! - [`session`], [`effect`], [`command`], [`engine`]: the conversation itself.
//! - [`draft`], [`adviser`], [`export`]: submitted drafts and what advisers do with them.
//! - [`partners`]: the partner registry, its search, and introductions.

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
pub mod effect;
pub mod export;
pub mod engine;
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
pub mod rules;
pub mod session;
pub mod validate;
pub mod value;
pub mod world;
