//! Notices: what to tell a user the next time they are in touch, or at once where their
//! platform can reach them — their draft moved on, an adviser wrote, someone asks for an
//! introduction, a partner answered. Any turn (or the adviser's command line) may leave one
//! for any user; the store keeps them apart from the user's state (see `Store::notify`).

use super::draft::{DraftId, DraftStatus};
use super::ids::IntroId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "kebab-case")]
pub enum Notice {
    StatusChanged { draft: DraftId, status: DraftStatus },
    AdviserMessage { draft: DraftId, text: String },
    /// An adviser answered the user's own question to the advisers (not about a draft).
    AdviserAnswer { text: String },
    /// Someone would like to get in touch; the user may accept, decline or block.
    IntroductionRequest { intro: IntroId, from: String, message: String },
    /// The other side accepted: how to reach them (`None`: write to them through the bot).
    IntroductionAccepted { intro: IntroId, name: String, contact: Option<String> },
    IntroductionDeclined { intro: IntroId, name: String },
    /// Not answered in time.
    IntroductionExpired { intro: IntroId, name: String },
    /// A message through the bot from the other side of an accepted introduction.
    PartnerMessage { intro: IntroId, from: String, text: String },
    /// The user's partner profile will be hidden on this day unless they renew it.
    ProfileExpiring { expires: i64 },
    /// Someone who had asked the user for an introduction erased their data (`/forget`): the
    /// request is gone, and nothing of them is told.
    IntroductionWithdrawn { intro: IntroId },
    /// The owner of a profile the user had asked (or been introduced to) erased their data:
    /// the introduction is gone, and nothing of them is told.
    IntroductionGone { intro: IntroId },
}

impl Notice {
    /// The introduction it is about, if any: erasing one takes its notices with it.
    pub fn intro(&self) -> Option<&IntroId> {
        match self {
            Notice::IntroductionRequest { intro, .. }
            | Notice::IntroductionAccepted { intro, .. }
            | Notice::IntroductionDeclined { intro, .. }
            | Notice::IntroductionExpired { intro, .. }
            | Notice::PartnerMessage { intro, .. }
            | Notice::IntroductionWithdrawn { intro }
            | Notice::IntroductionGone { intro } => Some(intro),
            Notice::StatusChanged { .. } | Notice::AdviserMessage { .. } | Notice::AdviserAnswer { .. } | Notice::ProfileExpiring { .. } => None,
        }
    }
}
