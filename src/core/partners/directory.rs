//! The searchable registry: every profile's public [`Listing`], with the search terms of its
//! labels (region, country, kind, topics, languages — in all three languages, so "Мурманск"
//! and "Murmansk" both find it) and of its own words (name, description, what it looks for).
//!
//! Built by the runtime from the stored profiles, rebuilt when one changes. Whether a profile
//! shows is decided at search time (paused, expired), so nothing goes stale.

use super::matching::{self, Entry, Match};
use super::{Listing, Profile, ProfileId, ProfileStatus, slots};
use crate::core::content::Content;
use crate::core::display::display_value;
use crate::core::ids::SlotName;
use crate::core::locale::Locale;
use crate::core::value::Value;
use std::collections::BTreeSet;

#[derive(Debug, Default, Clone)]
pub struct Directory {
    pub(crate) entries: Vec<Entry>,
}

impl Directory {
    pub fn build(profiles: &[Profile], content: &Content) -> Directory {
        let terms = &content.knowledge.terms;
        let of_text = |text: &str| -> BTreeSet<String> { terms.words(text).iter().flat_map(|w| terms.of_word(w)).collect() };
        let labels = |slot: &str, value: Value| -> BTreeSet<String> {
            let slot = SlotName::new(slot);
            let mut out = BTreeSet::new();
            if let Value::Choice(v) = &value {
                out.extend(of_text(v));
            }
            for l in Locale::ALL {
                out.extend(of_text(&display_value(content, l, &slot, &value)));
            }
            out
        };
        let entries = profiles
            .iter()
            .map(|p| {
                let l = &p.listing;
                let mut place = labels(slots::REGION, Value::Choice(l.region.clone()));
                place.extend(labels(slots::COUNTRY, Value::Choice(l.country.clone())));
                let mut words = of_text(&l.name);
                words.extend(of_text(&l.description));
                words.extend(of_text(&l.looking_for));
                Entry {
                    listing: l.clone(),
                    status: p.status,
                    expires: p.expires,
                    topics: l.topics.iter().map(|t| (t.clone(), labels(slots::TOPICS, Value::Choices(vec![t.clone()])))).collect(),
                    place,
                    kind: labels(slots::KIND, Value::Choice(l.kind.clone())),
                    languages: l.languages.iter().map(|x| (x.clone(), labels(slots::LANGUAGES, Value::Choices(vec![x.clone()])))).collect(),
                    words,
                }
            })
            .collect();
        Directory { entries }
    }

    /// A profile others may see now (active, not expired).
    pub fn listing(&self, id: &ProfileId, now: i64) -> Option<&Listing> {
        self.entries.iter().find(|e| &e.listing.id == id && e.status == ProfileStatus::Active && now < e.expires).map(|e| &e.listing)
    }

    /// The profiles matching `query`, best first, with why; never the searcher's own, a paused
    /// or an expired one. An empty query lists everyone, ranked by what they share with `me`.
    pub fn search(&self, content: &Content, query: &str, me: Option<&Listing>, locale: Locale, now: i64) -> Vec<Match> {
        let visible = self.entries.iter().filter(|e| e.status == ProfileStatus::Active && now < e.expires && me.is_none_or(|m| m.id != e.listing.id));
        matching::rank(&content.knowledge.terms, visible, query, me, locale)
    }

    /// How many profiles others can find now.
    pub fn visible(&self, now: i64) -> usize {
        self.entries.iter().filter(|e| e.status == ProfileStatus::Active && now < e.expires).count()
    }
}
