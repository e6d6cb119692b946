//! The local socket of a running bot (`<data dir>/barents.sock`, owner-only): another adapter,
//! for the command line. While `run` holds the data directory, `barents-bot drafts …` sends its
//! command here, already parsed (a typed [`Request`]), and the running process answers from
//! the same store (one JSON line each way); `barents-bot console` chats through it (a JSON
//! line per message each way). Clients are limited in number, in how long they may idle and
//! in how much they may send, so the socket can never take the bot down.

use crate::cli::{self, DraftsCommand, QuestionsCommand};
use crate::core::locale::Locale;
use crate::runtime::{Runtime, Shutdown};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::sync::Semaphore;
use tokio::net::{UnixListener, UnixStream};
use tracing::{info, warn};

pub const SOCKET: &str = "barents.sock";

/// What the command line asks the running bot, parsed once on its side of the socket, with
/// the language the operator asked for (`--lang`, BARENTS_CLI_LANG), if any: the answer is
/// written in it, else in the advisers' language.
#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    Drafts(DraftsCommand, Option<Locale>),
    Questions(QuestionsCommand, Option<Locale>),
    Stats(cli::stats::StatsArgs, Option<Locale>),
    /// A console session: then one [`Line`] per message each way.
    Console(ConsoleUser),
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Response {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

pub fn socket_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SOCKET)
}

/// Runs one `drafts` or `questions` command against this process's store.
fn execute(runtime: &Runtime, command: Request) -> Response {
    let mut out = Vec::new();
    let (result, lang) = match command {
        Request::Questions(c, lang) => (cli::questions(c, Some(runtime.store.as_ref()), &runtime.content, lang, &mut out), lang),
        Request::Stats(args, lang) => (cli::stats::stats(args, runtime.store.as_ref(), &runtime.content, lang, &mut out), lang),
        Request::Drafts(c, lang) => {
            let changed = match &c {
                DraftsCommand::Claim { id, .. } | DraftsCommand::Reply { id, .. } | DraftsCommand::Close { id, .. } => crate::core::draft::DraftId::parse(id),
                _ => None,
            };
            let result = cli::run(c, runtime.store.as_ref(), &runtime.content, lang, &mut out);
            // The applicant has news: the adapter that reaches them tells them now.
            if let (Ok(()), Some(id)) = (&result, changed)
                && let Ok(Some(d)) = runtime.store.draft(&id)
            {
                runtime.announce(d.user);
            }
            (result, lang)
        }
        Request::Console(_) => (Err(cli::CliError::Usage(cli::Usage::NotACommand)), None),
    };
    let (code, stderr) = cli::exit(result, &runtime.content, lang);
    Response { code, stdout: String::from_utf8_lossy(&out).into_owned(), stderr }
}

/// Clients served at once; more are turned away at once, so idle ones cannot use up the
/// process's file descriptors (and with them Telegram and Discord).
const MAX_CLIENTS: usize = 32;
/// How long a client may take to send its request (a command line sends it at once).
const REQUEST_WITHIN: Duration = Duration::from_secs(10);
/// How long a console session through the socket may sit idle between two messages.
const CONSOLE_IDLE: Duration = Duration::from_secs(30 * 60);
/// The longest line a client may send (a request, or one console message).
const MAX_LINE: u64 = 1 << 20;

/// Serves the socket until shutdown; removes a stale socket file first (we hold the store lock,
/// so no other live process can own it). A failed `accept` (say, no file descriptors left)
/// is logged and tried again: it never stops the bot.
pub async fn serve(runtime: Runtime, data_dir: PathBuf, mut shutdown: Shutdown) -> std::io::Result<()> {
    let path = socket_path(&data_dir);
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    info!(socket = %path.display(), "listening for the command line");
    let clients = Arc::new(Semaphore::new(MAX_CLIENTS));
    loop {
        let accepted = tokio::select! {
            _ = shutdown.wait() => break,
            r = listener.accept() => r,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                warn!(cause = %e, "the local socket could not accept a connection; trying again");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let Ok(permit) = clients.clone().try_acquire_owned() else {
            warn!("too many command-line connections at once; one turned away");
            continue;
        };
        let runtime = runtime.clone();
        tokio::spawn(async move {
            if let Err(e) = handle(stream, runtime).await {
                warn!(cause = %e, "a command-line connection failed");
            }
            drop(permit);
        });
    }
    let _ = std::fs::remove_file(&path);
    Ok(())
}

/// Reads one line of at most [`MAX_LINE`] bytes within `within`; `None` at the end of the
/// stream. A longer line, or none in time, is an error: the connection is closed.
async fn read_line(reader: &mut BufReader<tokio::net::unix::OwnedReadHalf>, within: Duration) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    let read = tokio::time::timeout(within, (&mut *reader).take(MAX_LINE + 1).read_until(b'\n', &mut bytes)).await;
    match read {
        Err(_) => Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "no request in time")),
        Ok(Err(e)) => Err(e),
        Ok(Ok(0)) => Ok(None),
        Ok(Ok(n)) if n as u64 > MAX_LINE => Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "a line too long")),
        Ok(Ok(_)) => Ok(Some(String::from_utf8_lossy(&bytes).into_owned())),
    }
}

/// Who chats in a console session, and in which language.
#[derive(Debug, Serialize, Deserialize)]
pub struct ConsoleUser {
    pub user: String,
    pub lang: Option<String>,
}

/// One message of a console session: the user's line in, the bot's rendered output back.
#[derive(Debug, Serialize, Deserialize)]
pub struct Line {
    pub text: String,
}

async fn handle(stream: UnixStream, runtime: Runtime) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let Some(line) = read_line(&mut reader, REQUEST_WITHIN).await? else { return Ok(()) };
    let response = match serde_json::from_str::<Request>(&line) {
        Ok(Request::Console(who)) => return console_session(reader, write, runtime, who).await,
        Ok(request) => tokio::task::spawn_blocking(move || execute(&runtime, request)).await.map_err(std::io::Error::other)?,
        Err(e) => Response { code: 2, stdout: String::new(), stderr: format!("barents-bot: bad request: {e}\n") },
    };
    let mut bytes = serde_json::to_vec(&response).expect("responses serialise");
    bytes.push(b'\n');
    write.write_all(&bytes).await
}

/// A console user chatting through the running bot: the same turns as `console` runs itself.
async fn console_session(
    mut reader: BufReader<tokio::net::unix::OwnedReadHalf>,
    mut write: tokio::net::unix::OwnedWriteHalf,
    runtime: Runtime,
    who: ConsoleUser,
) -> std::io::Result<()> {
    use crate::core::effect::{Event, Inbound};
    let key = crate::core::ids::UserKey::new(crate::core::ids::Platform::Console, who.user);
    let hint = who.lang.as_deref().and_then(crate::core::locale::Locale::from_hint);
    let mut event = Event::Resume;
    loop {
        let replies = runtime.turn_async(&key, Inbound { event, locale_hint: hint, now: crate::runtime::now() }).await;
        let text: String = replies.iter().map(crate::adapters::console::render).collect();
        let mut bytes = serde_json::to_vec(&Line { text }).expect("lines serialise");
        bytes.push(b'\n');
        write.write_all(&bytes).await?;
        let Some(line) = read_line(&mut reader, CONSOLE_IDLE).await? else { return Ok(()) };
        event = match serde_json::from_str::<Line>(&line) {
            Ok(l) => Event::Text(l.text),
            Err(_) => return Ok(()),
        };
    }
}

/// The console through a running bot: stdin lines go to it, its replies to stdout.
pub fn console(data_dir: &Path, user: &str, lang: Option<&str>, input: impl std::io::BufRead, output: &mut impl std::io::Write) -> std::io::Result<()> {
    use std::io::{BufRead, Write};
    let stream = std::os::unix::net::UnixStream::connect(socket_path(data_dir))?;
    let mut replies = std::io::BufReader::new(stream.try_clone()?);
    let mut send = stream;
    let hello = Request::Console(ConsoleUser { user: user.to_owned(), lang: lang.map(str::to_owned) });
    let mut receive = |output: &mut dyn Write| -> std::io::Result<bool> {
        let mut line = String::new();
        if replies.read_line(&mut line)? == 0 {
            return Ok(false);
        }
        let l: Line = serde_json::from_str(&line).map_err(std::io::Error::other)?;
        output.write_all(l.text.as_bytes())?;
        output.flush()?;
        Ok(true)
    };
    writeln!(send, "{}", serde_json::to_string(&hello).expect("hello serialises"))?;
    receive(output)?;
    let mut input = input;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&buf);
        let text = text.strip_suffix('\n').unwrap_or(&text);
        let text = text.strip_suffix('\r').unwrap_or(text).to_owned();
        writeln!(send, "{}", serde_json::to_string(&Line { text }).expect("lines serialise"))?;
        if !receive(output)? {
            return Ok(());
        }
    }
}

/// The client side, used by `barents-bot drafts …` and `questions …` when the store is held
/// by a running bot.
pub fn request(data_dir: &Path, request: &Request) -> std::io::Result<Response> {
    use std::io::{BufRead, Write};
    let mut stream = std::os::unix::net::UnixStream::connect(socket_path(data_dir))?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    let mut bytes = serde_json::to_vec(request).expect("requests serialise");
    bytes.push(b'\n');
    stream.write_all(&bytes)?;
    let mut line = String::new();
    std::io::BufReader::new(stream).read_line(&mut line)?;
    serde_json::from_str(&line).map_err(std::io::Error::other)
}
