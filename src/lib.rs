//! barents-bot: guided conversations for people starting a cross-border project in the
//! Barents region, on Telegram, Discord and the terminal.
//!
//! - [`core`]: platform-neutral and I/O-free — dialogs, the turn function, texts, criteria.
//! - [`store`]: where sessions and preferences live (sled on disk; memory for tests).
//! - [`runtime`]: runs a turn durably: load, step, save + flush, then hand effects out.
//! - [`adapters`]: the console (and, later, Telegram and Discord) around the runtime.
//! - [`content`]: finding the content files (a directory, or the copy built into the binary).
//! - [`config`]: settings from flags, environment and `config/default.toml`, loaded once.

pub mod adapters;
pub mod cli;
pub mod config;
pub mod content;
pub mod core;
pub mod runtime;
pub mod store;
