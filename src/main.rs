//! The `barents-bot` binary: parses the command line, loads settings and content once, and
//! starts what was asked for. Glue only; see the library's module map in `lib.rs`.

use anyhow::Context;
use barents_bot::adapters::console;
use barents_bot::adapters::local::{self, Request};
use barents_bot::config::{Environment, Flags};
use barents_bot::content;
use barents_bot::core::ids::{Platform, Sink, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::runtime::{Runtime, handoff};
use barents_bot::store::{SledStore, StoreError};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// glibc's allocator made the turn workers wait on each other's frees (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "barents-bot", version, about = "Guided conversations for cross-border projects in the Barents region")]
struct Cli {
    /// Data directory (sled store) [env: BARENTS_DATA_DIR] [default: ./data]
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Content directory holding dialogs/, locales/ and config/ [env: BARENTS_CONTENT_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    content: Option<PathBuf>,
    /// Config file [env: BARENTS_CONFIG] [default: config/default.toml in the content directory]
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start every configured adapter; with no tokens, chat in this terminal
    Run,
    /// Chat as one applicant on stdin/stdout
    Console {
        /// Who is chatting (the same id resumes the same conversation)
        #[arg(long, default_value = "local")]
        user: String,
        /// Language hint, as a platform would give it (a /language choice wins)
        #[arg(long, value_parser = parse_locale)]
        lang: Option<Locale>,
    },
    /// Validate dialogs, locales and config; print problems as file:line: message
    Check {
        /// Also list the problems that follow from another, under it (they are folded by default)
        #[arg(long)]
        all: bool,
        /// Then run the content's tests in <content>/tests/: conversations, eligibility cases,
        /// understanding and the resource centre's search
        #[arg(long)]
        tests: bool,
    },
    /// The advisers' drafts: list, show, export, claim, reply, close
    Drafts {
        /// The language of what it prints: en, nb or ru [env: BARENTS_CLI_LANG] [default: the advisers' language]
        #[arg(long, global = true, value_parser = parse_locale)]
        lang: Option<Locale>,
        #[command(subcommand)]
        command: barents_bot::cli::DraftsCommand,
    },
    /// The resource centre: questions it could not answer, "did this help?" counts, a trial search
    Questions {
        /// The language of what it prints: en, nb or ru [env: BARENTS_CLI_LANG] [default: the advisers' language]
        #[arg(long, global = true, value_parser = parse_locale)]
        lang: Option<Locale>,
        #[command(subcommand)]
        command: barents_bot::cli::QuestionsCommand,
    },
    /// Anonymous activity counts: by region, topic, month, …; a table, CSV, JSON, SVG charts or a map
    Stats {
        /// The language of what it prints: en, nb or ru [env: BARENTS_CLI_LANG] [default: the advisers' language]
        #[arg(long, value_parser = parse_locale)]
        lang: Option<Locale>,
        #[command(flatten)]
        args: barents_bot::cli::stats::StatsArgs,
    },
}

fn parse_locale(s: &str) -> Result<Locale, String> {
    Locale::from_hint(s).ok_or_else(|| format!("`{s}` is not one of en, nb, ru"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("barents-bot: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let env = Environment::from_process();
    let flags = Flags { data_dir: cli.data_dir, content_dir: cli.content, config: cli.config };
    let command = cli.command.unwrap_or(Command::Run);
    let loaded = content::load(&flags, &env);
    if let Command::Check { all, tests } = command {
        let checked = report_check(&loaded, all);
        return Ok(match &loaded {
            Ok(l) if tests => check_tests(&content::Location::choose(&flags, &env), l),
            Err(_) if tests => {
                eprintln!("barents-bot: check --tests: fix the errors above first; the tests run on content that loads");
                ExitCode::from(1)
            }
            _ => checked,
        });
    }
    let loaded = match loaded {
        Ok(l) => l,
        Err(report) => {
            eprint!("{report}");
            eprintln!("barents-bot: refusing to start: the content has {} error(s); run `barents-bot check` for the list", report.errors());
            return Ok(ExitCode::from(1));
        }
    };
    for w in &loaded.report.items {
        tracing::warn!("{w}");
    }
    // The activity page alone is reason enough to serve: `run` then keeps the page up (and the
    // local socket, through which `console` still chats) instead of chatting in this terminal.
    let serve_platforms = matches!(command, Command::Run) && (loaded.settings.telegram.is_some() || loaded.settings.discord.is_some() || loaded.settings.web.is_some());
    // The operator's language: --lang, else BARENTS_CLI_LANG, else (None) the advisers'.
    let cli_lang = |lang: Option<Locale>| lang.or(loaded.settings.cli_locale);
    if let Command::Questions { lang, command: command @ barents_bot::cli::QuestionsCommand::Try { .. } } = command {
        // A trial search reads only the content: no store, so it works beside a running bot.
        let lang = cli_lang(lang);
        return Ok(operator_exit(barents_bot::cli::questions(command, None, &loaded.content, lang, &mut std::io::stdout()), &loaded.content, lang));
    }
    // An operator's command over the store, as the running bot's socket takes it.
    let (user, hint, drafts) = match command {
        Command::Console { user, lang } => (user, lang, None),
        Command::Drafts { lang, command } => (String::new(), None, Some(Request::Drafts(command, cli_lang(lang)))),
        Command::Questions { lang, command } => (String::new(), None, Some(Request::Questions(command, cli_lang(lang)))),
        Command::Stats { lang, args } => (String::new(), None, Some(Request::Stats(args, cli_lang(lang)))),
        _ => ("local".to_owned(), None, None),
    };
    let store = match SledStore::open(&loaded.settings.data_dir, loaded.settings.cache_capacity_bytes) {
        Ok(s) => s,
        Err(StoreError::Locked { .. }) if drafts.is_some() => {
            // A running bot holds the store: ask it through its local socket.
            let request = drafts.as_ref().expect("checked above");
            let response = local::request(&loaded.settings.data_dir, request).context("the data directory is in use, and the running bot's local socket did not answer")?;
            eprint!("{}", response.stderr);
            return Ok(match out(&response.stdout) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                _ => ExitCode::from(response.code),
            });
        }
        Err(StoreError::Locked { .. }) if !serve_platforms && drafts.is_none() => {
            // A running bot holds the store: chat through it.
            let stdin = std::io::stdin();
            let mut stdout = std::io::stdout();
            return match local::console(&loaded.settings.data_dir, &user, hint.map(|l| l.code()), stdin.lock(), &mut stdout) {
                Ok(()) => Ok(ExitCode::SUCCESS),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
                Err(e) => {
                    let held = StoreError::Locked { path: loaded.settings.data_dir.display().to_string() };
                    Err(anyhow::anyhow!("{held}, and its local socket did not answer ({e}); stop it first, or use another --data-dir"))
                }
            };
        }
        Err(e @ StoreError::Locked { .. }) => {
            anyhow::bail!("{e}; stop it first, or use another --data-dir")
        }
        Err(e) => return Err(e).context("opening the store"),
    };
    if let Some(command) = drafts {
        let mut stdout = std::io::stdout();
        let (result, lang) = match command {
            Request::Drafts(c, lang) => (barents_bot::cli::run(c, &store, &loaded.content, lang, &mut stdout), lang),
            Request::Questions(c, lang) => (barents_bot::cli::questions(c, Some(&store), &loaded.content, lang, &mut stdout), lang),
            Request::Stats(args, lang) => (barents_bot::cli::stats::stats(args, &store, &loaded.content, lang, &mut stdout), lang),
            Request::Console(_) => unreachable!("a console session is not an operator's command"),
        };
        return Ok(operator_exit(result, &loaded.content, lang));
    }
    let (telegram, discord, web) = (loaded.settings.telegram.clone(), loaded.settings.discord.clone(), loaded.settings.web.clone());
    let sinks = loaded.settings.sinks();
    let runtime = Runtime::new(Arc::new(loaded.content), Arc::new(store)).with_sinks(sinks);
    if serve_platforms {
        return serve(runtime, Platforms { telegram, discord, web }, loaded.settings.data_dir.clone());
    }
    // Reminders and closed requests are due whenever someone looks.
    if let Err(e) = runtime.sweep(barents_bot::runtime::now()) {
        tracing::error!(cause = %e, "the partner sweep failed");
    }
    console::stop_cleanly_on_signals(runtime.clone());
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    match console::run(&runtime, &UserKey::new(Platform::Console, user), hint, stdin.lock(), &mut stdout) {
        // The reader went away (e.g. `| head`): every turn was saved before it was printed.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        other => other.context("console I/O").map(|()| ExitCode::SUCCESS),
    }
}

/// What `run` serves besides the local socket.
struct Platforms {
    telegram: Option<barents_bot::config::TelegramSettings>,
    discord: Option<barents_bot::config::DiscordSettings>,
    web: Option<barents_bot::config::WebSettings>,
}

/// Runs the platform adapters side by side, sharing one store, until SIGINT or SIGTERM.
/// stdin is not read. If one adapter fails (e.g. Telegram's 409), all stop and the process exits 1.
fn serve(runtime: Runtime, platforms: Platforms, data_dir: PathBuf) -> anyhow::Result<ExitCode> {
    let Platforms { telegram, discord, web } = platforms;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    rt.block_on(async move {
        let (trigger, shutdown) = barents_bot::runtime::shutdown::channel();
        let trigger = Arc::new(trigger);
        let on_signal = trigger.clone();
        let store = runtime.store.clone();
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("shutting down");
            on_signal.fire();
            // Whatever still runs after this gets cut short: the store is flushed, and the
            // process exits 0 within 5 seconds of the signal.
            std::thread::spawn(move || {
                std::thread::sleep(STOP_WITHIN);
                if let Err(e) = store.flush() {
                    tracing::error!(cause = %e, "the last flush before stopping failed");
                }
                std::process::exit(0);
            });
        });
        let mut tasks = tokio::task::JoinSet::new();
        {
            let (runtime, shutdown) = (runtime.clone(), shutdown.clone());
            tasks.spawn(async move { local::serve(runtime, data_dir, shutdown).await.context("the local socket") });
        }
        {
            let sweeper = runtime.clone().sweeper(shutdown.clone());
            tasks.spawn(async move {
                sweeper.await;
                anyhow::Ok(())
            });
        }
        // Each platform's advisers' chat gets its hand-offs from a worker of its own.
        let mut advisers = Vec::new();
        if let Some(settings) = &telegram {
            advisers.extend(barents_bot::adapters::telegram::adviser_chat(settings, &runtime).context("Telegram")?.map(|chat| (Sink::Telegram, chat)));
        }
        if let Some(settings) = &discord {
            advisers.extend(barents_bot::adapters::discord::adviser_chat(settings, runtime.content.clone()).map(|chat| (Sink::Discord, chat)));
        }
        for (sink, chat) in advisers {
            let worker = handoff::run(runtime.clone(), sink, chat, shutdown.clone());
            tasks.spawn(async move {
                worker.await;
                anyhow::Ok(())
            });
        }
        if let Some(settings) = telegram {
            let (runtime, shutdown) = (runtime.clone(), shutdown.clone());
            tasks.spawn(async move { barents_bot::adapters::telegram::run(settings, runtime, shutdown).await.context("Telegram") });
        }
        if let Some(web) = web {
            let (runtime, shutdown) = (runtime.clone(), shutdown.clone());
            // Said on stderr, where a person who started `run` looks: the page's address.
            eprintln!("{}", web_started(&runtime.content, &web.address));
            tasks.spawn(async move { barents_bot::adapters::web::serve(runtime, web.listen, shutdown).await.context("the activity page") });
        }
        if let Some(settings) = discord {
            let (runtime, shutdown) = (runtime.clone(), shutdown.clone());
            tasks.spawn(async move { barents_bot::adapters::discord::run(settings, runtime, shutdown).await.context("Discord") });
        }
        let mut result = Ok(ExitCode::SUCCESS);
        while let Some(done) = tasks.join_next().await {
            if let Err(e) = done.context("an adapter panicked").and_then(|r| r) {
                trigger.fire();
                result = Err(e);
            }
        }
        result
    })
}

/// "The activity page is at …", in the operator's language.
fn web_started(content: &barents_bot::core::content::Content, address: &str) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("url", address.to_owned());
    content.catalog.format(content.settings.adviser_locale, &barents_bot::core::ids::MessageId::new("cli-web-started"), Some(&args))
}

/// How long a stop may take before the process ends anyway (the contract says 5 seconds).
const STOP_WITHIN: std::time::Duration = std::time::Duration::from_millis(4500);

async fn wait_for_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}

/// 0, or the error explained on stderr in the operator's language: 2 for a usage error, else 1.
fn operator_exit(result: Result<(), barents_bot::cli::CliError>, content: &barents_bot::core::content::Content, lang: Option<Locale>) -> ExitCode {
    let (code, stderr) = barents_bot::cli::exit(result, content, lang);
    eprint!("{stderr}");
    ExitCode::from(code)
}

fn report_check(loaded: &Result<content::Loaded, barents_bot::core::diagnostic::Report>, all: bool) -> ExitCode {
    let report = match loaded {
        Ok(l) => &l.report,
        Err(r) => r,
    };
    let list = if all { report.all() } else { report.to_string() };
    let followers = match report.consequences() {
        0 => String::new(),
        n => format!(" ({n} more follow from them)"),
    };
    let printed = out(&format!("{list}{} error(s), {} warning(s){followers}\n", report.errors(), report.warnings()));
    match printed {
        // The reader went away (`| head`): end quietly, as a pipe expects.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        _ if report.has_errors() => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

/// `check --tests`, after the check found no errors: the content's own tests, 0 when all pass.
fn check_tests(location: &content::Location, loaded: &content::Loaded) -> ExitCode {
    let outcome = barents_bot::verify::editor::run(location, loaded.settings.engine.clone());
    match out(&outcome.text) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        _ if outcome.passed => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// Writes `text` to stdout. Unlike `print!`, a closed pipe is an error to handle, not a panic.
fn out(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}
