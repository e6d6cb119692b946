//! The terminal adapter: one user chatting on stdin/stdout, following the console protocol
//! of DESIGN.md (scriptable; tests pipe into it).
//!
//! Each stdin line is one message; the bot's messages go to stdout, each followed by one
//! empty line, with choices listed as `[1] Label`. Logs go to stderr. EOF ends cleanly.

use crate::core::effect::{Event, Inbound};
use crate::core::reply::Reply;
use crate::core::ids::UserKey;
use crate::core::locale::Locale;
use crate::runtime::Runtime;
use std::io::{BufRead, IsTerminal, Write};

/// Formats one reply as the console protocol says: no empty line inside, one after.
pub fn render(reply: &Reply) -> String {
    let mut out = String::new();
    for line in reply.text.lines() {
        let line = line.trim_end();
        if !line.is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    if let Some(choices) = &reply.choices {
        for (i, o) in choices.options.iter().enumerate() {
            out.push_str(&format!("[{}] {}\n", i + 1, o.label));
        }
    }
    out.push('\n');
    out
}

/// Held while a turn runs and its replies are written: a signal waits for it (see
/// [`stop_cleanly_on_signals`]), so a stop never cuts a turn in half.
static IN_TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// On SIGINT or SIGTERM: let the turn in flight finish, flush, and exit 0. The handlers are
/// in place when this returns, so a signal right after start is never the default (a kill).
pub fn stop_cleanly_on_signals(runtime: Runtime) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_io().build() else { return };
    let signals = {
        let _entered = rt.enter();
        (signal(SignalKind::interrupt()), signal(SignalKind::terminate()))
    };
    let (Ok(mut interrupt), Ok(mut terminate)) = signals else { return };
    std::thread::spawn(move || {
        rt.block_on(async {
            tokio::select! {
                _ = interrupt.recv() => {}
                _ = terminate.recv() => {}
            }
        });
        let _turn = IN_TURN.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = runtime.store.flush() {
            tracing::error!(cause = %e, "the last flush before stopping failed");
        }
        std::process::exit(0);
    });
}

/// Runs the chat until EOF on `input`.
pub fn run(runtime: &Runtime, user: &UserKey, hint: Option<Locale>, input: impl BufRead, output: &mut impl Write) -> std::io::Result<()> {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let inbound = |event| Inbound { event, locale_hint: hint, now: crate::runtime::now() };
    let turn = |output: &mut dyn Write, event| {
        let _turn = IN_TURN.lock().unwrap_or_else(|e| e.into_inner());
        emit(output, &runtime.turn(user, inbound(event)))
    };
    turn(output, Event::Resume)?;
    let mut input = input;
    let mut buf = Vec::new();
    loop {
        if interactive {
            output.write_all(b"> ")?;
            output.flush()?;
        }
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        // Invalid UTF-8 becomes U+FFFD: the user still gets an answer, and nothing stored breaks.
        let line = String::from_utf8_lossy(&buf);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        turn(output, Event::Text(line.to_owned()))?;
    }
}

fn emit(output: &mut dyn Write, replies: &[Reply]) -> std::io::Result<()> {
    for reply in replies {
        output.write_all(render(reply).as_bytes())?;
    }
    output.flush()
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::MessageId;
    use crate::core::reply::{ChoiceOption, Choices, Kind};

    #[test]
    fn replies_have_no_inner_empty_lines_and_end_with_one() {
        let reply = Reply {
            kind: Kind::Question,
            key: MessageId::new("x"),
            locale: crate::core::locale::Locale::En,
            text: "First\n\nSecond  \n".into(),
            choices: Some(Choices {
                question: 1,
                multi: false,
                options: vec![ChoiceOption { value: "a".into(), label: "Alpha".into() }, ChoiceOption { value: "b".into(), label: "Beta".into() }],
            }),
        };
        assert_eq!(render(&reply), "First\nSecond\n[1] Alpha\n[2] Beta\n\n");
    }

    #[test]
    fn a_document_is_printed_whole_with_no_empty_line_inside() {
        // Pretty JSON writes a line break inside a string as `\n`, and an empty array or object
        // on one line: there is never an empty line to lose.
        let value = serde_json::json!({ "a": "line\n\nbreaks", "b": [], "c": {}, "d": [{ "e": null }] });
        let text = serde_json::to_string_pretty(&value).unwrap();
        let reply = Reply { kind: Kind::Document, key: MessageId::new("mydata-document"), locale: crate::core::locale::Locale::En, text, choices: None };
        let out = render(&reply);
        let body = out.strip_suffix("\n\n").expect("one empty line after it");
        assert!(!body.contains("\n\n"), "{out}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(body).unwrap(), value);
    }
}
