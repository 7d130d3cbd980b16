//! The end-to-end harness behind `scripts/bench-e2e`: real processes, a real homeserver.
//!
//! Against a running Synapse (rate limits lifted, open registration; `scripts/bench-e2e` starts
//! one), it registers the accounts it needs, starts evidence-bot and the echo bot of
//! `examples/echo_bot.rs`, and measures:
//!
//! 1. **Latency**: questions sent one after another, each timed from just before the send to the
//!    arrival of the reply in the asker's sync; evidence-bot and the echo bot take turns, so both
//!    see the same server, and the ratio of their medians is the bot's own cost.
//! 2. **Load**: users in rooms send commands in bursts, all at once, twice over. Every command
//!    must be answered exactly once; the bot's resident memory is sampled throughout.
//! 3. **Start-up**: with the bot stopped, a question is sent; the bot is started and timed from
//!    the process start to the reply's arrival, with the bundled knowledge and with generated
//!    records.
//!
//! It prints a Markdown report (also written to `--out`) and exits non-zero when a command is
//! lost or answered twice, or when `--max-ratio` is given and the latency ratio is above it.

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]
// matrix-sdk's sync futures are deeply nested types.
#![recursion_limit = "256"]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use clap::Parser;
use evidence_testkit::{wait_membership, write_config, BotProcess, Person};
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::{OwnedEventId, OwnedUserId};
use matrix_sdk::Room;

#[derive(Parser)]
struct Args {
    /// The homeserver (rate limits lifted, open registration).
    #[arg(long)]
    homeserver: String,
    /// The evidence-bot binary (a release build for figures worth reporting).
    #[arg(long)]
    bot: PathBuf,
    /// The echo bot binary (examples/echo_bot.rs).
    #[arg(long)]
    echo: PathBuf,
    /// The knowledge folder the generated records are made from.
    #[arg(long, default_value = "knowledge")]
    knowledge: PathBuf,
    /// Questions in the latency run, per bot.
    #[arg(long, default_value_t = 200)]
    questions: usize,
    /// Users in the load run.
    #[arg(long, default_value_t = 10)]
    users: usize,
    /// Rooms in the load run (users are shared out among them).
    #[arg(long, default_value_t = 5)]
    rooms: usize,
    /// Commands per user in each load round.
    #[arg(long, default_value_t = 20)]
    commands: usize,
    /// Load rounds with evidence-bot (the echo bot gets one, as the floor).
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Commands per burst (sent back to back, then a pause of a second).
    #[arg(long, default_value_t = 5)]
    burst: usize,
    /// Generated records for the second start-up measurement.
    #[arg(long, default_value_t = 10_000)]
    generated: usize,
    /// Starts timed per knowledge size.
    #[arg(long, default_value_t = 3)]
    starts: usize,
    /// Fail when evidence-bot's median round trip is more than this many times the echo bot's.
    #[arg(long)]
    max_ratio: Option<f64>,
    /// Also write the report here.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// Questions in practitioners' words, asked in turn.
const QUESTIONS: &[&str] = &[
    "preterm",
    "does VIG help fathers in the NICU?",
    "autism",
    "postnatal depression",
    "neglect edge of care",
    "is there an RCT with premature babies",
    "family court",
    "learning disabilities parents",
    "kind:review attachment",
    "foster carers",
    "VERP for staff in schools",
    "adolescent parents",
    "what does NICE say about video feedback",
    "sensitivity meta-analysis",
    "psychosis mother and baby unit",
];

const WAIT: Duration = Duration::from_secs(120);

/// What every phase of the benchmark works with.
struct Bench<'a> {
    args: &'a Args,
    started: Instant,
    asker: &'a Person,
    bot_account: &'a Person,
    invite_from: &'a str,
    bot_dir: &'a Path,
    room_bot: &'a Room,
}

impl Bench<'_> {
    fn progress(&self, s: &str) {
        eprintln!("[{:>6.1}s] {s}", self.started.elapsed().as_secs_f64());
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let work = tempfile::tempdir()?;
    let mut report = Report::default();
    let started = Instant::now();
    report.line(&format!(
        "Questions per bot: {}; load: {} users in {} rooms, {} commands each per round in bursts of {}, {} rounds; start-up: {} starts each.\n",
        args.questions, args.users, args.rooms, args.commands, args.burst, args.rounds, args.starts
    ));

    // Accounts and processes.
    let asker = Person::register(&args.homeserver, "bench-asker").await?;
    let bot_account = Person::register(&args.homeserver, "bench-evidence").await?;
    let echo_account = Person::register(&args.homeserver, "bench-echo").await?;
    let invite_from = format!("@bench-*:{}", asker.user_id.server_name());
    let bot_dir = work.path().join("evidence-bot");
    std::fs::create_dir_all(&bot_dir)?;
    write_bot_config(&bot_dir, &args.homeserver, &bot_account, &invite_from, None)?;
    let mut bot = start_bot(&args.bot, &bot_dir, &bot_account.password)?;
    let echo_dir = work.path().join("echo-bot");
    let _echo = start_echo(&args.echo, &echo_dir, &args.homeserver, &echo_account)?;

    asker.listen();
    let room_bot = asker.create_room(&[&bot_account.user_id], false).await?;
    let room_echo = asker.create_room(&[&echo_account.user_id], false).await?;
    wait_membership(&room_bot, &bot_account.user_id, MembershipState::Join, WAIT).await?;
    wait_membership(
        &room_echo,
        &echo_account.user_id,
        MembershipState::Join,
        WAIT,
    )
    .await?;

    let b = Bench {
        args: &args,
        started,
        asker: &asker,
        bot_account: &bot_account,
        invite_from: &invite_from,
        bot_dir: &bot_dir,
        room_bot: &room_bot,
    };
    let ratio = latency(&b, &room_echo, &mut report).await?;
    let mut failures = load(&b, &echo_account.user_id, &bot, &mut report).await?;
    start_up(&b, work.path(), &mut bot, &mut report).await?;

    if let Some(max) = args.max_ratio {
        if ratio > max {
            failures.push(format!(
                "latency ratio {ratio:.2} is above the target {max:.2}"
            ));
        }
    }
    report.line("");
    let text = report.0.join("\n");
    if let Some(out) = &args.out {
        std::fs::write(out, &text).with_context(|| format!("writing {}", out.display()))?;
    }
    if !failures.is_empty() {
        bail!("{}", failures.join("; "));
    }
    Ok(())
}

/// Phase 1, latency: one question at a time to each bot in turn; returns the ratio of medians.
async fn latency(b: &Bench<'_>, room_echo: &Room, report: &mut Report) -> anyhow::Result<f64> {
    b.progress("latency: warming up");
    for q in QUESTIONS.iter().take(5) {
        b.asker
            .round_trip(b.room_bot, &format!("!evidence {q}"), WAIT)
            .await?;
        b.asker
            .round_trip(room_echo, &format!("!evidence {q}"), WAIT)
            .await?;
    }
    let (mut bot_times, mut echo_times) = (Vec::new(), Vec::new());
    for i in 0..b.args.questions {
        let q = format!("!evidence {}", QUESTIONS[i % QUESTIONS.len()]);
        bot_times.push(b.asker.round_trip(b.room_bot, &q, WAIT).await?);
        echo_times.push(b.asker.round_trip(room_echo, &q, WAIT).await?);
        if (i + 1) % 50 == 0 {
            b.progress(&format!("latency: {} of {}", i + 1, b.args.questions));
        }
    }
    let bot_stats = Stats::of(&mut bot_times);
    let echo_stats = Stats::of(&mut echo_times);
    let ratio = bot_stats.p50 / echo_stats.p50;
    report.line("### Latency: send to reply, one question at a time\n");
    report.line("| bot | p50 | p95 | p99 | mean |\n|---|---|---|---|---|");
    report.line(&bot_stats.row("evidence-bot"));
    report.line(&echo_stats.row("echo bot (floor)"));
    report.line(&format!(
        "\nRatio of medians, evidence-bot / echo bot: **{ratio:.2}** (target ≤ 1.25).\n"
    ));
    Ok(ratio)
}

/// Phase 2, load: users in rooms send commands in bursts, all at once; returns the rounds in
/// which a command was lost or answered twice.
async fn load(
    b: &Bench<'_>,
    echo_user: &OwnedUserId,
    bot: &BotProcess,
    report: &mut Report,
) -> anyhow::Result<Vec<String>> {
    let mut failures = Vec::new();
    b.progress("load: registering users and making rooms");
    let mut users = Vec::new();
    for _ in 0..b.args.users {
        users.push(Person::register(&b.args.homeserver, "bench-user").await?);
    }
    for person in &users {
        person.listen();
    }
    let n_rooms = b.args.rooms.clamp(1, b.args.users.max(1));
    let placed = load_rooms(&users, n_rooms, &b.bot_account.user_id).await?;
    let placed_echo = load_rooms(&users, n_rooms, echo_user).await?;
    let sampler = RssSampler::start(bot.pid());
    tokio::time::sleep(Duration::from_secs(1)).await;
    let rss_before = sampler.current();
    report.line("### Load: everyone at once, in bursts\n");
    report.line(
        "| bot, round | commands | answered once | lost | twice or more | answers/s | p50 | p95 | bot RSS after |\n|---|---|---|---|---|---|---|---|---|",
    );
    let mut rss_after = Vec::new();
    let rounds: Vec<(&str, usize, &Placed)> = (1..=b.args.rounds)
        .map(|r| ("evidence-bot", r, placed.as_slice()))
        .chain([("echo bot (floor)", 1, placed_echo.as_slice())])
        .collect();
    for (name, round, placed) in rounds {
        b.progress(&format!("load: {name}, round {round}"));
        let outcome = load_round(&users, placed, b.args.commands, b.args.burst).await?;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let is_bot = name == "evidence-bot";
        let rss = sampler.current();
        if is_bot {
            rss_after.push(rss);
        }
        let mut lat = outcome.latencies.clone();
        let s = Stats::of(&mut lat);
        report.line(&format!(
            "| {name}, {round} | {} | {} | {} | {} | {:.1} | {} | {} | {} |",
            outcome.sent,
            outcome.once,
            outcome.lost,
            outcome.twice,
            outcome.per_second,
            ms(s.p50),
            ms(s.p95),
            if is_bot { mib(rss) } else { "–".into() }
        ));
        if is_bot && (outcome.lost > 0 || outcome.twice > 0) {
            failures.push(format!(
                "load round {round}: {} lost, {} answered more than once",
                outcome.lost, outcome.twice
            ));
        }
    }
    sampler.stop();
    let hwm = vm_field(bot.pid(), "VmHWM:").unwrap_or(0);
    report.line(&format!(
        "\nevidence-bot's memory (RSS): {} before the load; after each round {}; highest sampled during the load {}; peak since start (VmHWM, includes building the index) {}.\n",
        mib(rss_before),
        rss_after.iter().map(|k| mib(*k)).collect::<Vec<_>>().join(", "),
        mib(sampler.peak()),
        mib(hwm)
    ));
    Ok(failures)
}

/// Phase 3, start-up: the bot restarted with a question waiting, timed to the reply, with the
/// bundled and with generated knowledge.
async fn start_up(
    b: &Bench<'_>,
    work: &Path,
    bot: &mut BotProcess,
    report: &mut Report,
) -> anyhow::Result<()> {
    b.progress("start-up: generating records");
    report.line("### Start-up: process start to the first answer\n");
    report.line("| knowledge | records | median | fastest | slowest |\n|---|---|---|---|---|");
    let generated_dir = work.join("generated");
    let records = generate_records(&b.args.knowledge, &generated_dir, b.args.generated)?;
    for (label, dir, count) in [
        ("bundled", None, None),
        ("generated", Some(generated_dir.as_path()), Some(records)),
    ] {
        bot.terminate();
        write_bot_config(
            b.bot_dir,
            &b.args.homeserver,
            b.bot_account,
            b.invite_from,
            dir,
        )?;
        let mut times = Vec::new();
        for k in 0..b.args.starts {
            b.progress(&format!(
                "start-up: {label}, start {} of {}",
                k + 1,
                b.args.starts
            ));
            bot.terminate();
            let q = b.asker.send(b.room_bot, "!evidence preterm").await?;
            let t0 = Instant::now();
            *bot = start_bot(&b.args.bot, b.bot_dir, &b.bot_account.password)?;
            let (_, arrived) = b.asker.wait_reply_at(&q, WAIT).await.with_context(|| {
                format!("no answer after start; bot log:\n{}", bot.log_tail(40))
            })?;
            times.push(arrived.duration_since(t0).as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let records = match count {
            Some(n) => n.to_string(),
            None => "built in".into(),
        };
        report.line(&format!(
            "| {label} | {records} | {} | {} | {} |",
            ms(times[times.len() / 2]),
            ms(times[0]),
            ms(times[times.len() - 1])
        ));
    }
    bot.terminate();
    Ok(())
}

#[derive(Default)]
struct Report(Vec<String>);

impl Report {
    /// Adds a line, and prints it at once so a failure later loses nothing.
    fn line(&mut self, s: &str) {
        println!("{s}");
        self.0.push(s.to_string());
    }
}

/// Percentiles in seconds (nearest rank).
struct Stats {
    p50: f64,
    p95: f64,
    p99: f64,
    mean: f64,
}

impl Stats {
    fn of(v: &mut [f64]) -> Stats {
        v.sort_by(f64::total_cmp);
        let at = |p: f64| {
            if v.is_empty() {
                return f64::NAN;
            }
            let rank = ((p * v.len() as f64).ceil() as usize).clamp(1, v.len());
            v[rank - 1]
        };
        Stats {
            p50: at(0.50),
            p95: at(0.95),
            p99: at(0.99),
            mean: v.iter().sum::<f64>() / v.len().max(1) as f64,
        }
    }

    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} | {} |",
            ms(self.p50),
            ms(self.p95),
            ms(self.p99),
            ms(self.mean)
        )
    }
}

fn ms(seconds: f64) -> String {
    format!("{:.1} ms", seconds * 1000.0)
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

/// Each user's room in a load run, by the user's index.
type Placed = [(usize, Room)];

/// Rooms for the load run with `bot` in each: user u is in room u % rooms, the first user of
/// each room makes it and invites the others. Returns each user's room.
async fn load_rooms(
    users: &[Person],
    rooms: usize,
    bot: &OwnedUserId,
) -> anyhow::Result<Vec<(usize, Room)>> {
    let mut made: Vec<Room> = Vec::new();
    for r in 0..rooms {
        let mut invite = vec![bot];
        invite.extend(
            users
                .iter()
                .enumerate()
                .filter(|(u, _)| u % rooms == r && *u != r)
                .map(|(_, p)| &p.user_id),
        );
        made.push(users[r].create_room(&invite, false).await?);
    }
    let mut placed = Vec::new();
    for (u, person) in users.iter().enumerate() {
        let room = if u < rooms {
            made[u].clone()
        } else {
            person
                .client
                .join_room_by_id(made[u % rooms].room_id())
                .await?
        };
        placed.push((u, room));
    }
    for room in &made {
        wait_membership(room, bot, MembershipState::Join, WAIT).await?;
    }
    Ok(placed)
}

struct RoundOutcome {
    sent: usize,
    once: usize,
    lost: usize,
    twice: usize,
    per_second: f64,
    latencies: Vec<f64>,
}

/// Every user sends `commands` commands in bursts of `burst`, all users at once; then waits for
/// every answer, and a little longer to catch duplicates.
async fn load_round(
    users: &[Person],
    placed: &Placed,
    commands: usize,
    burst: usize,
) -> anyhow::Result<RoundOutcome> {
    let start = Instant::now();
    let sends = placed.iter().map(|(u, room)| {
        let person = &users[*u];
        async move {
            let mut sent = Vec::new();
            for i in 0..commands {
                let q = format!("!evidence {}", QUESTIONS[(u * 7 + i) % QUESTIONS.len()]);
                let t = Instant::now();
                sent.push((person.send(room, &q).await?, t));
                if (i + 1) % burst.max(1) == 0 && i + 1 < commands {
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
            anyhow::Ok((*u, sent))
        }
    });
    let sent: Vec<(usize, Vec<(OwnedEventId, Instant)>)> =
        futures_util::future::try_join_all(sends).await?;
    let total: usize = sent.iter().map(|(_, v)| v.len()).sum();
    let deadline = Instant::now() + WAIT;
    let answered = |sent: &[(usize, Vec<(OwnedEventId, Instant)>)]| {
        sent.iter()
            .flat_map(|(u, v)| v.iter().map(move |(e, _)| (u, e)))
            .filter(|(u, e)| first_reply(&users[**u], e).is_some())
            .count()
    };
    while answered(&sent) < total && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut last = start;
    let mut latencies = Vec::new();
    for (u, v) in &sent {
        for (e, t) in v {
            if let Some(a) = first_reply(&users[*u], e) {
                last = last.max(a);
                latencies.push(a.duration_since(*t).as_secs_f64());
            }
        }
    }
    let elapsed = last.duration_since(start).as_secs_f64();
    // Duplicates would come within a sync or two.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (mut once, mut lost, mut twice) = (0, 0, 0);
    for (u, v) in &sent {
        for (e, _) in v {
            match users[*u].replies_to(e).len() {
                0 => lost += 1,
                1 => once += 1,
                _ => twice += 1,
            }
        }
    }
    Ok(RoundOutcome {
        sent: total,
        once,
        lost,
        twice,
        per_second: once as f64 / elapsed.max(1e-9),
        latencies,
    })
}

fn write_bot_config(
    dir: &Path,
    homeserver: &str,
    account: &Person,
    invite_from: &str,
    knowledge: Option<&Path>,
) -> anyhow::Result<()> {
    // The bench measures the bot, not its flood protection.
    let mut extra = "rate_limit_commands = 100000\nrate_limit_seconds = 1\n".to_string();
    if let Some(k) = knowledge {
        extra.push_str(&format!(
            "\n[knowledge]\ndir = {:?}\n",
            k.display().to_string()
        ));
    }
    write_config(
        dir,
        homeserver,
        &account.user_id,
        &[],
        &[invite_from.to_string()],
        &extra,
    )
}

fn start_bot(bin: &Path, dir: &Path, password: &str) -> anyhow::Result<BotProcess> {
    BotProcess::start(bin, dir, password, "warn")
}

fn start_echo(
    bin: &Path,
    dir: &Path,
    homeserver: &str,
    account: &Person,
) -> anyhow::Result<BotProcess> {
    std::fs::create_dir_all(dir)?;
    let mut cmd = Command::new(bin);
    cmd.args(["--homeserver", homeserver])
        .args(["--user", account.user_id.as_str()])
        .arg("--state-dir")
        .arg(dir)
        .env("ECHO_BOT_PASSWORD", &account.password);
    BotProcess::spawn(cmd, dir.join("echo.log"), "warn")
}

/// When the first reply to `event` arrived.
fn first_reply(person: &Person, event: &OwnedEventId) -> Option<Instant> {
    person.replies_to(event).first().map(|(_, at)| *at)
}

/// Writes the records of `from` (its subfolders included) plus `n` copies under new ids into
/// `to`; returns the record count.
fn generate_records(from: &Path, to: &Path, n: usize) -> anyhow::Result<usize> {
    std::fs::create_dir_all(to)?;
    let mut bases = Vec::new();
    let mut stack = vec![from.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in
            std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.ends_with(".yaml") {
                continue;
            }
            // The vocabulary and language files keep their folders; records may go anywhere (the
            // layout is the admins' choice and the loader reads subfolders too).
            let rel = path
                .strip_prefix(from)?
                .to_string_lossy()
                .replace('\\', "/");
            if evidence_bot::knowledge::load_vocabulary::is_vocabulary_file(&rel) {
                let target = to.join(&rel);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::copy(&path, target)?;
            } else {
                std::fs::copy(&path, to.join(name))?;
                bases.push(std::fs::read_to_string(&path)?);
            }
        }
    }
    if bases.is_empty() {
        bail!("no records in {}", from.display());
    }
    bases.sort();
    for i in 0..n {
        let base = &bases[i % bases.len()];
        let mut id = String::new();
        let text: String = base
            .lines()
            .map(|l| match l.strip_prefix("id: ") {
                Some(old) if id.is_empty() => {
                    id = format!("{}-g{i}", old.trim());
                    format!("id: {id}\n")
                }
                _ => format!("{l}\n"),
            })
            .collect();
        if id.is_empty() {
            bail!("a record without an `id:` line");
        }
        std::fs::write(to.join(format!("{id}.yaml")), text)?;
    }
    Ok(bases.len() + n)
}

/// Samples a process's resident memory every 50 ms, keeping the latest and the highest.
struct RssSampler {
    latest: Arc<AtomicU64>,
    peak: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl RssSampler {
    fn start(pid: u32) -> RssSampler {
        let s = RssSampler {
            latest: Arc::default(),
            peak: Arc::default(),
            stop: Arc::default(),
        };
        let (latest, peak, stop) = (s.latest.clone(), s.peak.clone(), s.stop.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Some(kib) = vm_field(pid, "VmRSS:") {
                    latest.store(kib, Ordering::Relaxed);
                    peak.fetch_max(kib, Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        });
        s
    }

    fn current(&self) -> u64 {
        self.latest.load(Ordering::Relaxed)
    }

    fn peak(&self) -> u64 {
        self.peak.load(Ordering::Relaxed)
    }

    fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A `kB` field of /proc/PID/status, in KiB.
fn vm_field(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}
