//! The local socket of a running bot (`<data dir>/barents.sock`, owner-only): while `run`
//! holds the data directory, `barents-bot drafts …` sends its arguments here and the running
//! process answers from the same store. One JSON line each way.

use crate::cli::{self, DraftsCommand};
use crate::runtime::{Runtime, Shutdown};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};
use tracing::{info, warn};

pub const SOCKET: &str = "barents.sock";

#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// The words after `drafts`, as typed.
    pub args: Vec<String>,
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

/// Parses `drafts` arguments as the command line does.
#[derive(clap::Parser)]
#[command(name = "barents-bot drafts", no_binary_name = true)]
struct Args {
    #[command(subcommand)]
    command: DraftsCommand,
}

/// Runs one `drafts` command against this process's store.
pub fn execute(runtime: &Runtime, locale: crate::core::locale::Locale, args: &[String]) -> Response {
    use clap::Parser;
    let parsed = match Args::try_parse_from(args) {
        Ok(a) => a,
        Err(e) => return Response { code: 2, stdout: String::new(), stderr: e.to_string() },
    };
    let changed = match &parsed.command {
        DraftsCommand::Claim { id, .. } | DraftsCommand::Reply { id, .. } | DraftsCommand::Close { id, .. } => crate::core::draft::DraftId::parse(id),
        _ => None,
    };
    let mut out = Vec::new();
    let result = cli::run(parsed.command, runtime.store.as_ref(), &runtime.content, locale, &mut out);
    let stdout = String::from_utf8_lossy(&out).into_owned();
    // The applicant has news: the adapter that reaches them tells them now.
    if let (Ok(()), Some(id)) = (&result, changed) {
        if let Ok(Some(d)) = runtime.store.draft(&id) {
            runtime.announce(d.user);
        }
    }
    match result {
        Ok(()) => Response { code: 0, stdout, stderr: String::new() },
        Err(cli::CliError::Usage(m)) => Response { code: 2, stdout, stderr: format!("barents-bot: {m}\n") },
        Err(e) => Response { code: 1, stdout, stderr: format!("barents-bot: {e}\n") },
    }
}

/// Serves the socket until shutdown; removes a stale socket file first (we hold the store lock,
/// so no other live process can own it).
pub async fn serve(runtime: Runtime, data_dir: PathBuf, locale: crate::core::locale::Locale, mut shutdown: Shutdown) -> std::io::Result<()> {
    let path = socket_path(&data_dir);
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path)?;
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    info!(socket = %path.display(), "listening for the command line");
    loop {
        let (stream, _) = tokio::select! {
            _ = shutdown.wait() => break,
            r = listener.accept() => r?,
        };
        let runtime = runtime.clone();
        tokio::spawn(async move {
            if let Err(e) = handle(stream, runtime, locale).await {
                warn!(cause = %e, "a command-line connection failed");
            }
        });
    }
    let _ = std::fs::remove_file(&path);
    Ok(())
}

async fn handle(stream: UnixStream, runtime: Runtime, locale: crate::core::locale::Locale) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    BufReader::new(read).read_line(&mut line).await?;
    let response = match serde_json::from_str::<Request>(&line) {
        Ok(req) => tokio::task::spawn_blocking(move || execute(&runtime, locale, &req.args)).await.map_err(std::io::Error::other)?,
        Err(e) => Response { code: 2, stdout: String::new(), stderr: format!("barents-bot: bad request: {e}\n") },
    };
    let mut bytes = serde_json::to_vec(&response).expect("responses serialise");
    bytes.push(b'\n');
    write.write_all(&bytes).await
}

/// The client side, used by `barents-bot drafts …` when the store is held by a running bot.
pub fn request(data_dir: &Path, args: Vec<String>) -> std::io::Result<Response> {
    use std::io::{BufRead, Write};
    let mut stream = std::os::unix::net::UnixStream::connect(socket_path(data_dir))?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30)))?;
    let mut bytes = serde_json::to_vec(&Request { args }).expect("requests serialise");
    bytes.push(b'\n');
    stream.write_all(&bytes)?;
    let mut line = String::new();
    std::io::BufReader::new(stream).read_line(&mut line)?;
    serde_json::from_str(&line).map_err(std::io::Error::other)
}
