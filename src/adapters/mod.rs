//! Adapters connect platforms to the [`crate::runtime::Runtime`]: they turn platform events
//! into [`crate::core::effect::Inbound`] and render replies. No business rule lives here.

pub mod chat;
pub mod console;
pub mod discord;
pub mod local;
pub mod telegram;
pub mod text;
