//! The load generator: N simulated users at once complete the eligibility check and the whole
//! application journey through the real engine and the sled store, durability on (every reply
//! waits for its state to be flushed; flushes are group-committed). It reports turns per
//! second, p50/p99/max turn latency, the CPU it took (and what the hypervisor stole from the
//! host meanwhile), peak RSS and the store's size on disk.
//!
//! ```text
//! cargo run --release --example loadgen -- [--users 10000] [--think-ms 400] [--mode store|telegram|direct]
//!     [--store sled|memory] [--cache-mb 64] [--preload 0] [--ramp-ms 10000] [--timeline]
//! ```
//!
//! Each user waits `--think-ms` (±50 %, seeded) between a reply and their next message, as
//! people do; so 10 000 users offer about 10 000 / 0.4 s = 25 000 turns a second, and the
//! latency is the bot's, not a queue of users who never pause. `--think-ms 0` is a flood.
//!
//! `--mode telegram` drives the same users through the Telegram adapter (teloxide) against the
//! in-repo Bot API server on loopback, with client-side throttling off: it measures the bot's
//! own cost. `--preload N` first stores N idle sessions, to measure with a big store.

#[path = "../tests/common/telegram.rs"]
mod fake_telegram;

/// The bot's own allocator (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use barents_bot::content::Location;
use barents_bot::core::content::{Content, EngineSettings, Limits};
use barents_bot::core::effect::{Event, Inbound};
use barents_bot::core::reply::Reply;
use barents_bot::core::ids::{Platform, UserKey};
use barents_bot::core::locale::Locale;
use barents_bot::core::session::UserState;
use barents_bot::runtime::Runtime;
use barents_bot::store::{SledStore, Store};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The answers of a whole application, from a new user (as the tests' console scripts).
const APPLICATION: &[&str] = &[
    "1", "yes", "3", "1", "1", "1", "1, 2", "1", "no",
    "Kirkenes Choir", "974 760 673", "Sør-Varanger", "Kari Nordmann", "kari@example.no", "+47 912 34 567", "Luleå Youth Choir",
    "Anna Svensson", "Singing across the border",
    "Two youth choirs rehearse the same repertoire online and meet for two joint concerts, one in each country.",
    "Young singers learn to work together and make friends across the border.", "Young singers aged 14 to 19",
    "Joint online rehearsal of both choirs", "15.03.2027", "yes", "Concert in Kirkenes with both choirs", "20.05.2027", "no",
    "The Kirkenes choir plans the programme and hosts the concert in Kirkenes; the Luleå choir chooses half of the repertoire, leads the online rehearsals and organises the concert in Luleå. The conductors meet online every month.",
    "01.03.2027", "30.06.2027", "60000", "40000", "20000", "10000", "5000", "0", "130000", "120", "30000", "10000", "90000",
];

/// The eligibility check (a Finnmark choir with a partner in Sweden), from the main menu.
const ELIGIBILITY: &[&str] = &["/start eligibility", "1", "yes", "3", "1", "1", "1", "1, 2, 3", "1", "Our choir and a choir in Luleå rehearse together online and give two joint concerts.", "2", "150 000"];

struct Args {
    users: usize,
    think_ms: u64,
    /// `sled` (durable) or `memory` (to see what the store costs).
    store: String,
    mode: String,
    cache_mb: u64,
    ramp_ms: u64,
    preload: usize,
    /// Print turns and latency for each second of the run.
    timeline: bool,
}

const USAGE: &str = "usage: loadgen [--users 10000] [--think-ms 400] [--mode store|telegram|direct] [--store sled|memory] [--cache-mb 64] [--preload 0] [--ramp-ms 10000] [--timeline]

  --users     simulated users at once, each doing the eligibility check and the application
  --think-ms  each user's pause between a reply and their next message (+-50 %); 0: a flood
  --mode      store: through the runtime's executor; telegram: through teloxide and a Bot API
              server on loopback; direct: one turn after another on one thread
  --store     sled (durable, flushed before each reply) or memory
  --cache-mb  sled's page cache ([storage] cache_capacity_mb; 64 there too)
  --preload   idle sessions stored first, as a store that has run a while holds them
  --ramp-ms   the users arrive evenly over this time, as after an announcement; 0: all at once
  --timeline  also print turns, p50, p99 and max latency for each second of the run

Besides the whole run, it reports the time when every user is in the middle of a journey
(the last one has arrived, the first one has not finished).";

fn args() -> Args {
    let mut a = Args {
        users: 10_000,
        think_ms: 400,
        store: "sled".into(),
        mode: "store".into(),
        cache_mb: 64,
        preload: 0,
        ramp_ms: 10_000,
        timeline: false,
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < argv.len() {
        let flag = argv[i].as_str();
        if flag == "--timeline" {
            a.timeline = true;
            i += 1;
            continue;
        }
        if flag == "--help" || flag == "-h" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let value = argv.get(i + 1).cloned().unwrap_or_default();
        let number = |v: &str| -> u64 {
            v.parse().unwrap_or_else(|_| {
                eprintln!("{flag} needs a number, not {v:?}\n\n{USAGE}");
                std::process::exit(2)
            })
        };
        match flag {
            "--users" => a.users = number(&value) as usize,
            "--think-ms" => a.think_ms = number(&value),
            "--mode" => a.mode = value,
            "--store" => a.store = value,
            "--cache-mb" => a.cache_mb = number(&value),
            "--preload" => a.preload = number(&value) as usize,
            "--ramp-ms" => a.ramp_ms = number(&value),
            other => {
                eprintln!("unknown argument {other}\n\n{USAGE}");
                std::process::exit(2)
            }
        }
        i += 2;
    }
    a
}

fn content() -> Content {
    let sources = Location::Embedded.read().expect("the built-in content");
    // The per-user message limit is for people; the simulated users type far faster.
    let settings = EngineSettings { limits: Limits { messages_per_minute: usize::MAX, ..Limits::default() }, ..EngineSettings::default() };
    Content::build(&sources, settings).expect("valid content").0
}

/// One user's whole script: the eligibility check, then the application, answering each
/// question the engine actually asks (the check's answers are reused, so some are skipped).
fn script(content: &Content) -> Vec<String> {
    let now = barents_bot::runtime::now();
    let pending = |replies: &[Reply]| replies.last().map(|r| r.key.to_string()).unwrap_or_default();
    // Which question each application answer belongs to, from a run without the check.
    let mut book: HashMap<String, VecDeque<&str>> = HashMap::new();
    let turned = barents_bot::core::engine::step(content, UserState::default(), &Inbound { event: Event::Text("/start application".into()), locale_hint: Some(Locale::En), now });
    let (mut user, mut key) = (turned.user, pending(&turned.replies));
    for a in APPLICATION {
        book.entry(key.clone()).or_default().push_back(a);
        let turned = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Text((*a).into()), locale_hint: Some(Locale::En), now });
        user = turned.user;
        key = pending(&turned.replies);
    }
    // The real script.
    let mut lines: Vec<String> = ELIGIBILITY.iter().map(|s| s.to_string()).collect();
    let mut user = UserState::default();
    for l in &lines {
        user = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Text(l.clone()), locale_hint: Some(Locale::En), now }).user;
    }
    let turned = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Text("/start application".into()), locale_hint: Some(Locale::En), now });
    lines.push("/start application".into());
    let (mut user, mut key) = (turned.user, pending(&turned.replies));
    while key != "application-review" {
        // After the check, the roles are asked on from its cooperation answer: the same answer.
        let asked = if key == "application-roles-more" { "application-roles" } else { key.as_str() };
        let answer = book.get_mut(asked).and_then(VecDeque::pop_front).unwrap_or_else(|| panic!("no answer for {key}"));
        lines.push(answer.to_owned());
        let turned = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Text(answer.into()), locale_hint: Some(Locale::En), now });
        user = turned.user;
        key = pending(&turned.replies);
    }
    lines.push("1".into());
    lines
}

/// CPU time in seconds: this process's (user and system), and the host's busy, idle and
/// stolen time (what the hypervisor gave to other machines), from `/proc`. Linux counts in
/// 1/100 s.
#[derive(Clone, Copy, Default)]
struct Cpu {
    process: f64,
    busy: f64,
    idle: f64,
    stolen: f64,
}

impl Cpu {
    fn now() -> Cpu {
        let tick = |v: Option<&str>| v.and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0) / 100.0;
        let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
        // After the command name in parentheses: state is field 3, utime and stime 14 and 15.
        let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
        let process = tick(fields.get(11).copied()) + tick(fields.get(12).copied());
        let host = std::fs::read_to_string("/proc/stat").unwrap_or_default();
        let cpu: Vec<&str> = host.lines().next().unwrap_or_default().split_whitespace().skip(1).collect();
        let at = |i: usize| tick(cpu.get(i).copied());
        // user nice system idle iowait irq softirq steal
        Cpu { process, busy: at(0) + at(1) + at(2) + at(5) + at(6), idle: at(3) + at(4), stolen: at(7) }
    }

    fn since(self, start: Cpu) -> Cpu {
        Cpu { process: self.process - start.process, busy: self.busy - start.busy, idle: self.idle - start.idle, stolen: self.stolen - start.stolen }
    }
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse::<f64>().ok()).map_or(0.0, |kb| kb / 1024.0)
}

fn dir_size_mb(dir: &std::path::Path) -> f64 {
    let mut total = 0u64;
    let mut dirs = vec![dir.to_owned()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            match e.metadata() {
                Ok(m) if m.is_dir() => dirs.push(e.path()),
                Ok(m) => total += m.len(),
                Err(_) => {}
            }
        }
    }
    total as f64 / 1_048_576.0
}

/// One turn as a user saw it: when they sent it (from the start of the run) and how long the
/// answer took.
#[derive(Clone, Copy)]
struct Turn {
    at: Duration,
    took: Duration,
}

/// What one user's turns took, in order.
type Run = Vec<Turn>;

fn print_turns(label: &str, turns: &[Turn], span: Duration) {
    let mut took: Vec<Duration> = turns.iter().map(|t| t.took).collect();
    took.sort();
    let pct = |p: f64| took.get(((took.len() as f64 - 1.0) * p) as usize).copied().unwrap_or_default();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("{label}: {} turns in {:.2} s", took.len(), span.as_secs_f64());
    println!("  turns/s        {:.0}", took.len() as f64 / span.as_secs_f64());
    println!("  latency p50    {:.2} ms", ms(pct(0.50)));
    println!("  latency p99    {:.2} ms", ms(pct(0.99)));
    println!("  latency max    {:.2} ms", ms(took.last().copied().unwrap_or_default()));
}

/// Samples [`Cpu`] every 100 ms on its own thread while the users run.
struct Sampler {
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<Vec<(Instant, Cpu)>>,
}

impl Sampler {
    fn start() -> Sampler {
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let mut samples = vec![(Instant::now(), Cpu::now())];
            while !flag.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(100));
                samples.push((Instant::now(), Cpu::now()));
            }
            samples
        });
        Sampler { stop, thread }
    }

    fn stop(self) -> Vec<(Instant, Cpu)> {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        self.thread.join().unwrap_or_default()
    }
}

/// The sample nearest to `when`.
fn cpu_at(samples: &[(Instant, Cpu)], when: Instant) -> Option<Cpu> {
    samples.iter().min_by_key(|(at, _)| at.saturating_duration_since(when).max(when.saturating_duration_since(*at))).map(|(_, c)| *c)
}

/// The CPU used from `from` to `to` (from the start of the run), by the samples nearest.
fn print_cpu(samples: &[(Instant, Cpu)], started: Instant, from: Duration, to: Duration, turns: usize) {
    let (Some(a), Some(b)) = (cpu_at(samples, started + from), cpu_at(samples, started + to)) else { return };
    let cpu = b.since(a);
    let host = (cpu.busy + cpu.idle + cpu.stolen).max(f64::MIN_POSITIVE);
    println!("  CPU            {:.1} s in this process, {:.1} µs a turn", cpu.process, cpu.process * 1e6 / turns.max(1) as f64);
    println!("  host CPU       {:.0} % busy, {:.1} % stolen by the hypervisor", 100.0 * cpu.busy / host, 100.0 * cpu.stolen / host);
}

/// Turns by the second they were sent in, to see when latency rises.
fn print_timeline(turns: &[Turn], cpu: &[(Instant, Cpu)], started: Instant) {
    let mut seconds: Vec<Vec<Duration>> = Vec::new();
    for t in turns {
        let s = t.at.as_secs() as usize;
        if seconds.len() <= s {
            seconds.resize_with(s + 1, Vec::new);
        }
        seconds[s].push(t.took);
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    // The host's busy share in each second, from the samples nearest its ends.
    let near = |d: Duration| cpu_at(cpu, started + d).unwrap_or_default();
    println!("  second   turns     p50 ms   p99 ms   max ms   host busy   stolen");
    for (s, took) in seconds.iter_mut().enumerate() {
        took.sort();
        let pct = |p: f64| took.get(((took.len() as f64 - 1.0) * p) as usize).copied().unwrap_or_default();
        let c = near(Duration::from_secs(s as u64 + 1)).since(near(Duration::from_secs(s as u64)));
        let host = (c.busy + c.idle + c.stolen).max(f64::MIN_POSITIVE);
        let (busy, stolen) = (100.0 * c.busy / host, 100.0 * c.stolen / host);
        println!("  {s:>6} {:>7} {:>10.2} {:>8.2} {:>8.2} {busy:>9.0} % {stolen:>6.0} %", took.len(), ms(pct(0.5)), ms(pct(0.99)), ms(took.last().copied().unwrap_or_default()));
    }
}

fn report(a: &Args, runs: &[Run], started: Instant, cpu: &[(Instant, Cpu)], data: &std::path::Path, drafts: usize) {
    let all: Vec<Turn> = runs.iter().flatten().copied().collect();
    let elapsed = all.iter().map(|t| t.at + t.took).max().unwrap_or_default();
    print_turns(&format!("mode {}: {} users, the whole run", a.mode, a.users), &all, elapsed);
    print_cpu(cpu, started, Duration::ZERO, elapsed, all.len());
    // While every user is in the middle of their journey: after the last one has arrived and
    // before the first one has finished.
    let from = runs.iter().filter_map(|r| r.first()).map(|t| t.at).max().unwrap_or_default();
    let to = runs.iter().filter_map(|r| r.last()).map(|t| t.at + t.took).min().unwrap_or_default();
    if to > from + Duration::from_secs(1) {
        let window: Vec<Turn> = all.iter().filter(|t| t.at >= from && t.at + t.took <= to).copied().collect();
        print_turns(&format!("all {} users active, {:.1} s to {:.1} s", a.users, from.as_secs_f64(), to.as_secs_f64()), &window, to - from);
        print_cpu(cpu, started, from, to, window.len());
    } else {
        println!("(the users were never all active at once: raise --users or lower --ramp-ms)");
    }
    if a.timeline {
        print_timeline(&all, cpu, started);
    }
    println!("peak RSS         {:.1} MB", peak_rss_mb());
    println!("store on disk    {:.1} MB", dir_size_mb(data));
    println!("drafts           {drafts} (expected {})", a.users);
}

fn main() {
    let a = args();
    let content = Arc::new(content());
    let script = Arc::new(script(&content));
    let data = tempfile::tempdir().expect("a temporary directory");
    let store: Arc<dyn Store> = match a.store.as_str() {
        "sled" => Arc::new(SledStore::open(data.path(), a.cache_mb << 20).expect("the store")),
        "memory" => Arc::new(barents_bot::store::MemoryStore::new()),
        other => panic!("unknown store {other} (sled, memory)"),
    };
    if a.preload > 0 {
        preload(store.as_ref(), a.preload);
    }
    let runtime = Runtime::new(content, store.clone());
    if a.preload > 0 {
        // The retention sweep (every 10 minutes while the bot runs) reads every stored session.
        let t = Instant::now();
        let retired = runtime.retain(barents_bot::runtime::now()).expect("the retention sweep");
        println!("retention sweep over {} stored sessions: {:.0} ms ({retired:?})", a.preload, t.elapsed().as_secs_f64() * 1000.0);
        println!("peak RSS so far  {:.1} MB (the stored sessions written, then swept)", peak_rss_mb());
    }
    let tokio = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio");
    let sampler = Sampler::start();
    let pace = Pace { think_ms: a.think_ms, ramp: Duration::from_millis(a.ramp_ms), users: a.users };
    let (runs, started) = match a.mode.as_str() {
        "store" => tokio.block_on(store_mode(runtime.clone(), script.clone(), pace)),
        "direct" => direct_mode(&runtime, &script, a.users),
        "telegram" => tokio.block_on(telegram_mode(runtime.clone(), script.clone(), pace)),
        other => panic!("unknown mode {other} (store, telegram, direct)"),
    };
    let drafts = store.drafts().map_or(0, |d| d.len());
    let cpu = sampler.stop();
    report(&a, &runs, started, &cpu, data.path(), drafts);
}

/// Idle sessions of other users, as a store that has been running a while holds them.
fn preload(store: &dyn Store, n: usize) {
    let mut state = UserState::default();
    state.session.slots.insert("org_name".into(), barents_bot::core::value::Value::Text("An organisation that came by earlier".into()));
    state.last_seen = barents_bot::runtime::now();
    for i in 0..n {
        store.save(&UserKey::new(Platform::Telegram, format!("earlier-{i}")), &state).expect("save");
        // Flushed as they would have been, a few at a time (unflushed writes wait in memory).
        if i % 100 == 99 {
            store.flush().expect("flush");
        }
    }
    store.flush().expect("flush");
    println!("peak RSS so far  {:.1} MB ({n} stored sessions written)", peak_rss_mb());
}

/// How the simulated users arrive and pause.
#[derive(Clone, Copy)]
struct Pace {
    think_ms: u64,
    /// Users arrive evenly over this time, as after an announcement.
    ramp: Duration,
    users: usize,
}

impl Pace {
    /// When user `u` sends their first message.
    fn arrival(&self, u: usize) -> Duration {
        self.ramp.mul_f64(u as f64 / self.users.max(1) as f64)
    }
}

/// A pause like a person's: `think` ±50 %, from a small seeded generator per user.
struct Think {
    state: u64,
    ms: u64,
}

impl Think {
    fn new(user: usize, ms: u64) -> Think {
        Think { state: 0x9e37_79b9_7f4a_7c15 ^ user as u64, ms }
    }

    fn next(&mut self) -> Duration {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        Duration::from_millis(self.ms / 2 + self.state % (self.ms + 1))
    }
}

/// Every user's turns go straight to the runtime, as an adapter hands them over.
async fn store_mode(runtime: Runtime, script: Arc<Vec<String>>, pace: Pace) -> (Vec<Run>, Instant) {
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for u in 0..pace.users {
        let (runtime, script) = (runtime.clone(), script.clone());
        tasks.spawn(async move {
            tokio::time::sleep_until((started + pace.arrival(u)).into()).await;
            let key = UserKey::new(Platform::Telegram, format!("load-{u}"));
            let mut run = Vec::with_capacity(script.len() + 1);
            let mut think = Think::new(u, pace.think_ms);
            let mut event = Event::Resume;
            for line in script.iter().map(Some).chain([None]) {
                if pace.think_ms > 0 {
                    tokio::time::sleep(think.next()).await;
                }
                let t = Instant::now();
                let replies = runtime.turn_async(&key, Inbound { event, locale_hint: Some(Locale::En), now: barents_bot::runtime::now() }).await;
                run.push(Turn { at: t - started, took: t.elapsed() });
                assert!(!replies.is_empty(), "every turn answers");
                let Some(line) = line else { break };
                event = Event::Text(line.clone());
            }
            run
        });
    }
    let runs = tasks.join_all().await;
    (runs, started)
}

/// The users' turns one after another on this thread, round-robin, without the executor: the
/// cost of a turn itself (with `--store sled`, every turn flushes alone).
fn direct_mode(runtime: &Runtime, script: &[String], users: usize) -> (Vec<Run>, Instant) {
    let started = Instant::now();
    let keys: Vec<UserKey> = (0..users).map(|u| UserKey::new(Platform::Telegram, format!("load-{u}"))).collect();
    let mut runs: Vec<Run> = vec![Vec::with_capacity(script.len() + 1); users];
    for event in std::iter::once(Event::Resume).chain(script.iter().map(|l| Event::Text(l.clone()))) {
        for (key, run) in keys.iter().zip(&mut runs) {
            let t = Instant::now();
            runtime.turn(key, Inbound { event: event.clone(), locale_hint: Some(Locale::En), now: barents_bot::runtime::now() });
            run.push(Turn { at: t - started, took: t.elapsed() });
        }
    }
    (runs, started)
}

/// The same users through teloxide and the fake Bot API on loopback: a turn is timed from the
/// user's update to the bot's last message of its reply.
async fn telegram_mode(runtime: Runtime, script: Arc<Vec<String>>, pace: Pace) -> (Vec<Run>, Instant) {
    use barents_bot::config::{Secret, TelegramSettings};
    let server = Arc::new(fake_telegram::TelegramServer::start().await);
    // Throttling off: this measures the bot's own cost (production keeps Telegram's limits).
    let settings = TelegramSettings {
        token: Secret::new(fake_telegram::TOKEN.to_owned()),
        api_url: Some(server.url.clone()),
        adviser_chat_id: None,
        adviser_user_ids: Vec::new(),
        webhook: None,
        limits: None,
    };
    let (trigger, shutdown) = barents_bot::runtime::shutdown::channel();
    let bot = tokio::spawn(barents_bot::adapters::telegram::run(settings, runtime.clone(), shutdown));
    server.wait_for("the bot to poll", |calls| calls.iter().any(|c| c.method == "getupdates").then_some(())).await;
    server.quiet();
    // How many messages each turn sends, from the engine itself.
    let replies = replies_per_turn(&runtime.content, &script);
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for u in 0..pace.users {
        let (server, script, replies) = (server.clone(), script.clone(), replies.clone());
        tasks.spawn(async move {
            tokio::time::sleep_until((started + pace.arrival(u)).into()).await;
            let user = fake_telegram::User { id: 10_000_000 + u as i64, name: "Load", language: "en" };
            let mut think = Think::new(u, pace.think_ms);
            let (mut run, mut sent) = (Vec::with_capacity(script.len()), 0);
            for (line, n) in script.iter().zip(replies.iter()) {
                if pace.think_ms > 0 {
                    tokio::time::sleep(think.next()).await;
                }
                let t = Instant::now();
                server.say(&user, line);
                sent += n;
                server.wait_sent(user.id, sent).await;
                run.push(Turn { at: t - started, took: t.elapsed() });
            }
            run
        });
    }
    let runs = tasks.join_all().await;
    trigger.fire();
    let _ = bot.await;
    (runs, started)
}

/// The messages each line of the script is answered with, for a new user.
fn replies_per_turn(content: &Content, script: &[String]) -> Arc<Vec<usize>> {
    let now = barents_bot::runtime::now();
    let mut user = UserState::default();
    let mut out = Vec::new();
    for line in script {
        let turned = barents_bot::core::engine::step(content, user, &Inbound { event: Event::Text(line.clone()), locale_hint: Some(Locale::En), now });
        user = turned.user;
        out.push(turned.replies.len());
    }
    Arc::new(out)
}
