//! Who may be at risk for taking part. Russia lists the Secretariat as an "undesirable"
//! organisation (2024): for a person in Russia, being named as a partner or writing to its
//! advisers can carry legal risk. The bot keeps one fact for this — that the person, or their
//! partner, is there — learned from their own answers, and says what the risk is *before* any
//! question that identifies someone (the engine's `safety` module decides where).

use serde::{Deserialize, Serialize};

/// The country whose people are at risk, as the dialogs' country options name it.
pub const AT_RISK_COUNTRY: &str = "russia";

/// The resource centre's topic about this risk (`config/knowledge.toml`): its answers say what
/// the note says, so the note is not added under them.
pub const TOPIC: &str = "safety";

/// How the bot learned that Russia is involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tie {
    /// They named a place in Russia in their own words.
    Mentioned,
    /// They asked an organisation in Russia for an introduction: they said nothing of where
    /// they or their partner are, only whom they wrote to.
    Contacted,
    /// They said their partner is there.
    Partner,
    /// They said they (their organisation) are there.
    Own,
}

impl Tie {
    /// Reads a dialog's `country_of`: whose country the step asks for.
    pub fn parse(s: &str) -> Option<Tie> {
        match s {
            "own" => Some(Tie::Own),
            "partner" => Some(Tie::Partner),
            _ => None,
        }
    }

    /// What is known after also learning `other`: the surer of the two.
    pub fn and(known: Option<Tie>, other: Tie) -> Tie {
        known.map_or(other, |k| k.max(other))
    }
}
