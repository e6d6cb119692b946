//! The stored form of a session's `/back` history: most entries are a plain question (no
//! failed attempts, no summary to return to), written as one string, `dialog/step`, with the
//! dialogs waiting on it after it (`dialog/step@caller/next@…`). Any other state, and any id
//! holding a separator, is written in full. Reading takes both forms, so records written before
//! this form (session version 1) read unchanged.
//!
//! After an application the history was 3.3 KB of a 6.4 KB record; written this way, ≈ 0.8 KB.

use super::ids::{DialogId, StepId};
use super::session::{Cursor, Frame, State};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serializer};

const STEP: char = '/';
const FRAME: char = '@';

pub fn serialize<S: Serializer>(history: &[State], s: S) -> Result<S::Ok, S::Error> {
    let mut seq = s.serialize_seq(Some(history.len()))?;
    for state in history {
        match short(state) {
            Some(text) => seq.serialize_element(&text)?,
            None => seq.serialize_element(state)?,
        }
    }
    seq.end()
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<State>, D::Error> {
    d.deserialize_seq(History)
}

/// The one-string form of `state`, when it has one.
fn short(state: &State) -> Option<String> {
    let State::Asking { at, failures: 0, return_to: None } = state else { return None };
    let plain = |s: &str| !s.contains([STEP, FRAME]);
    let ids = std::iter::once((at.dialog.as_str(), at.step.as_str())).chain(at.stack.iter().map(|f| (f.dialog.as_str(), f.next.as_str())));
    let mut out = String::new();
    for (i, (dialog, step)) in ids.enumerate() {
        if !plain(dialog) || !plain(step) {
            return None;
        }
        if i > 0 {
            out.push(FRAME);
        }
        out.push_str(dialog);
        out.push(STEP);
        out.push_str(step);
    }
    Some(out)
}

fn parse(text: &str) -> Option<State> {
    let mut parts = text.split(FRAME).map(|p| p.split_once(STEP).map(|(d, s)| (DialogId::new(d), StepId::new(s))));
    let (dialog, step) = parts.next()??;
    let stack = parts.map(|p| p.map(|(dialog, next)| Frame { dialog, next })).collect::<Option<Vec<_>>>()?;
    Some(State::Asking { at: Cursor { dialog, step, stack }, failures: 0, return_to: None })
}

struct History;

impl<'de> Visitor<'de> for History {
    type Value = Vec<State>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of earlier questions")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<State>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(super::session::HISTORY_LIMIT));
        while let Some(Entry(state)) = seq.next_element()? {
            out.push(state);
        }
        Ok(out)
    }
}

/// One entry, in either form.
struct Entry(State);

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        d.deserialize_any(EntryVisitor).map(Entry)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = State;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("`dialog/step` or a state")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<State, E> {
        parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<State, A::Error> {
        State::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::Return;
    use serde::Serialize;

    struct Written<'a>(&'a [State]);

    impl Serialize for Written<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(self.0, s)
        }
    }

    fn asking(dialog: &str, step: &str, stack: &[(&str, &str)]) -> State {
        let stack = stack.iter().map(|(d, n)| Frame { dialog: DialogId::new(*d), next: StepId::new(*n) }).collect();
        State::Asking { at: Cursor { dialog: DialogId::new(dialog), step: StepId::new(step), stack }, failures: 0, return_to: None }
    }

    fn round_trip(history: &[State]) -> (String, Vec<State>) {
        let text = serde_json::to_string(&Written(history)).unwrap();
        let mut d = serde_json::Deserializer::from_str(&text);
        (text.clone(), deserialize(&mut d).unwrap())
    }

    #[test]
    fn plain_questions_are_one_string_each_and_read_back_the_same() {
        let history = vec![asking("application", "org-name", &[]), asking("partner", "country", &[("eligibility", "after-partner"), ("main", "menu")])];
        let (text, back) = round_trip(&history);
        assert_eq!(text, r#"["application/org-name","partner/country@eligibility/after-partner@main/menu"]"#);
        assert_eq!(back, history);
    }

    #[test]
    fn other_states_and_awkward_ids_are_written_in_full() {
        let mut failed = asking("application", "budget", &[]);
        if let State::Asking { failures, .. } = &mut failed {
            *failures = 2;
        }
        let returning = State::Asking {
            at: Cursor { dialog: DialogId::new("application"), step: StepId::new("budget"), stack: Vec::new() },
            failures: 0,
            return_to: Some(Return { summary: StepId::new("review"), until: None }),
        };
        let history = vec![failed, returning, asking("odd/dialog", "step", &[]), asking("d", "a@b", &[]), State::New];
        let (text, back) = round_trip(&history);
        assert!(!text.contains("\"odd/dialog/step\""), "{text}");
        assert_eq!(back, history);
    }

    #[test]
    fn records_written_before_the_short_form_still_read() {
        let old = r#"[{"state":"asking","at":{"dialog":"application","step":"org-name","stack":[]},"failures":0,"return_to":null}]"#;
        let mut d = serde_json::Deserializer::from_str(old);
        assert_eq!(deserialize(&mut d).unwrap(), vec![asking("application", "org-name", &[])]);
    }

    #[test]
    fn a_malformed_short_entry_is_an_error_not_a_guess() {
        let mut d = serde_json::Deserializer::from_str(r#"["no-separator"]"#);
        assert!(deserialize(&mut d).is_err());
    }
}
