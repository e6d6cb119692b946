//! Adapters connect platforms to the [`crate::runtime::Runtime`]: they turn platform events
//! into [`crate::core::effect::Inbound`] (strings become types here, once) and render the
//! core's replies. No business rule lives here; what Telegram and Discord share is in [`chat`];
//! [`local`] is the socket the command line talks to a running bot through; [`web`] is the
//! public activity page.

pub mod chat;
pub mod console;
pub mod discord;
pub mod local;
pub mod telegram;
pub mod text;
pub mod web;
