//! barents-bot: guided conversations for people starting a cross-border project in the
//! Barents region, on Telegram, Discord and the terminal.
//!
//! Who decides what: the [`core`] decides every rule and every reply; the [`runtime`] stores
//! what a turn decided and delivers its replies; the [`adapters`] translate between a platform
//! and the runtime.
//!
//! - [`core`]: platform-neutral and I/O-free — dialogs, the turn function, texts, criteria,
//!   drafts, the partner registry's rules.
//! - [`store`]: everything the bot must not lose (sled on disk; memory for tests), behind one
//!   trait both keep to.
//! - [`runtime`]: runs a turn durably (load, step, store, flush, then deliver), batches turns,
//!   keeps per-user order and limits, sweeps, and hands drafts to the advisers' chats.
//! - [`adapters`]: the console, Telegram, Discord and the local socket, and what the chat
//!   platforms share (`adapters::chat`).
//! - [`cli`]: the advisers' and operators' commands over the store (`drafts`, `questions`).
//! - [`content`]: finding the content files (a directory, or the copy built into the binary).
//! - [`config`]: settings from flags, environment and `config/default.toml`, loaded once.
//! - [`verify`]: the content's own tests (transcripts, eligibility cases, understanding, the
//!   resource centre), run by `check --tests` and by the cargo tests alike.

pub mod adapters;
pub mod cli;
pub mod config;
pub mod content;
pub mod core;
pub mod runtime;
pub mod store;
pub mod verify;
