//! The real bot (the binary) against a real Synapse, with matrix-sdk clients as the people in the
//! rooms. `scripts/test` starts Synapse and runs these with `--include-ignored`; a plain
//! `cargo test` skips them and says so.

#![recursion_limit = "256"]

mod common;
use common::copy_dir;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use biblib::CitationParser;
use evidence_testkit::{body, wait_membership, BotProcess, Person};
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    ImageMessageEventContent, MessageType, OriginalSyncRoomMessageEvent, Relation,
    RoomMessageEventContent,
};
use matrix_sdk::ruma::OwnedUserId;
use matrix_sdk::Room;

fn homeserver() -> String {
    std::env::var("EVIDENCE_BOT_TEST_HOMESERVER")
        .expect("EVIDENCE_BOT_TEST_HOMESERVER is not set: these tests need the Synapse that scripts/test starts")
}

async fn register(prefix: &str) -> Person {
    register_on(&homeserver(), prefix).await
}

async fn register_on(homeserver: &str, prefix: &str) -> Person {
    Person::register(homeserver, prefix)
        .await
        .expect("register an account")
}

/// Downloads (and, in encrypted rooms, decrypts) the file a reply carries.
async fn download(person: &Person, ev: &OriginalSyncRoomMessageEvent) -> (String, String) {
    let MessageType::File(f) = &ev.content.msgtype else {
        panic!("not a file: {:?}", ev.content.msgtype);
    };
    let data = person
        .client
        .media()
        .get_file(f, false)
        .await
        .expect("download")
        .expect("file content");
    (
        f.filename().to_string(),
        String::from_utf8(data).expect("UTF-8"),
    )
}

fn write_config(dir: &Path, bot: &Person, admins: &[&OwnedUserId], invite_from: &[String]) {
    evidence_testkit::write_config(dir, &homeserver(), &bot.user_id, admins, invite_from, "")
        .expect("write the config");
}

/// Appends lines to the config (`[bot]` is the last table written, so bot keys may follow).
fn append_config(dir: &Path, text: &str) {
    let mut cfg = std::fs::read_to_string(dir.join("config.toml")).unwrap();
    cfg.push_str(text);
    std::fs::write(dir.join("config.toml"), cfg).unwrap();
}

/// A free loopback port (bound and released; good enough on a test machine).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A plain HTTP/1.0 GET: (status code, body).
fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

fn start_bot(dir: &Path, password: &str) -> BotProcess {
    start_bot_logging(dir, password, DEFAULT_LOG)
}

fn start_bot_logging(dir: &Path, password: &str, level: &str) -> BotProcess {
    BotProcess::start(
        Path::new(env!("CARGO_BIN_EXE_evidence-bot")),
        dir,
        password,
        level,
    )
    .expect("start the bot")
}

/// A barrier instead of a sleep: a command sent now is answered only after the bot has decided
/// about every message sent before it (events are decided in order).
async fn barrier(person: &Person, room: &Room) {
    let q = person.send(room, "!about").await.expect("send");
    person
        .wait_reply(&q, WAIT)
        .await
        .expect("the barrier's reply");
}

const WAIT: Duration = Duration::from_secs(30);

/// How long a restarted bot may take to answer what it missed.
const RESTART_WAIT: Duration = Duration::from_secs(90);

/// The common scene: the bot and alice (who may invite it) in a room alice made, the bot joined.
struct Scene {
    bot: Person,
    alice: Person,
    dir: tempfile::TempDir,
    proc: BotProcess,
    room: Room,
}

/// Sets up a [`Scene`]; `bot_config` adds `[bot]` keys, `log` is the bot's RUST_LOG.
async fn scene(encrypted: bool, bot_config: &str, log: &str) -> Scene {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let dir = tempfile::tempdir().unwrap();
    write_config(
        dir.path(),
        &bot,
        &[],
        &[format!("@alice-*:{}", alice.user_id.server_name())],
    );
    append_config(dir.path(), bot_config);
    let proc = start_bot_logging(dir.path(), &bot.password, log);
    alice.listen();
    let room = alice
        .create_room(&[&bot.user_id], encrypted)
        .await
        .expect("create a room");
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    Scene {
        bot,
        alice,
        dir,
        proc,
        room,
    }
}

const DEFAULT_LOG: &str = "evidence_bot=debug,matrix_sdk=warn,info";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn plain_room_answers_threads_escapes_and_gates() {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let bob = register("bob").await;
    let mallory = register("mallory").await;
    let dir = tempfile::tempdir().unwrap();
    let server = alice.user_id.server_name().to_string();
    write_config(
        dir.path(),
        &bot,
        &[&alice.user_id],
        &[format!("@alice-*:{server}"), format!("@bob-*:{server}")],
    );
    let port = free_port();
    // Flood protection has a test of its own; here alice asks more than 5 things in 10 s.
    append_config(
        dir.path(),
        &format!("rate_limit_commands = 100\n\n[http]\nlisten = \"127.0.0.1:{port}\"\n"),
    );
    let mut proc = start_bot(dir.path(), &bot.password);
    alice.listen();
    bob.listen();
    mallory.listen();

    // Invite from an allowed user: the bot joins.
    let room = alice
        .create_room(&[&bot.user_id, &bob.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");

    // A question answered as a reply, an m.notice mentioning only the asker.
    let q = alice.send(&room, "!evidence preterm").await.expect("send");
    let r = alice.wait_reply(&q, WAIT).await.expect("a reply");
    let (plain, html, notice) = body(&r);
    assert!(notice, "replies are m.notice");
    assert!(plain.contains("Hoffenkamp"), "{plain}");
    assert!(
        html.as_deref().is_some_and(|h| h.contains("<ol>")),
        "{html:?}"
    );
    let mentions = r.content.mentions.as_ref().expect("m.mentions");
    assert_eq!(
        mentions.user_ids.iter().collect::<Vec<_>>(),
        vec![&alice.user_id]
    );

    // Health and metrics for operators, from the running bot.
    let deadline = Instant::now() + WAIT;
    while http_get(port, "/healthz").map(|(s, _)| s) != Some(200) {
        assert!(
            Instant::now() < deadline,
            "/healthz never said ok: {:?}",
            http_get(port, "/healthz")
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(http_get(port, "/readyz").map(|(s, _)| s), Some(200));
    let (status, metrics) = http_get(port, "/metrics").unwrap();
    assert_eq!(status, 200);
    assert!(
        metrics.contains("evidence_bot_commands_answered_total{command=\"evidence\"} 1"),
        "{metrics}"
    );
    let records = metrics
        .lines()
        .find_map(|l| l.strip_prefix("evidence_bot_knowledge_records "))
        .and_then(|n| n.trim().parse::<u64>().ok());
    assert!(records.is_some_and(|n| n >= 47), "{metrics}");
    assert!(
        metrics.contains("evidence_bot_answer_latency_seconds_count 1"),
        "{metrics}"
    );
    assert!(metrics.contains("evidence_bot_rooms_joined 1"), "{metrics}");

    // HTML in a question is escaped where the answer repeats it, and never sent as markup.
    let q = alice
        .send(&room, "!evidence <b>preterm</b> fathers")
        .await
        .expect("send");
    let (_, html, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    let html = html.unwrap_or_default();
    assert!(
        !html.contains("<b>preterm") && html.contains("&lt;b&gt;preterm&lt;/b&gt;"),
        "{html}"
    );
    let q = alice
        .send(&room, "!evidence <script>alert(1)</script> autism")
        .await
        .expect("send");
    let (_, html, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(!html.unwrap_or_default().contains("<script"));

    // A question in a thread is answered in that thread.
    let root = alice
        .send(&room, "Thread about autism evidence")
        .await
        .expect("send");
    let mut threaded = RoomMessageEventContent::text_plain("!evidence autism");
    threaded.relates_to = Some(Relation::Thread(Thread::plain(root.clone(), root.clone())));
    let q = room.send(threaded).await.unwrap().response.event_id;
    let r = alice.wait_reply(&q, WAIT).await.expect("a reply");
    match &r.content.relates_to {
        Some(Relation::Thread(t)) => assert_eq!(t.event_id, root),
        other => panic!("not a thread reply: {other:?}"),
    }

    // A mention of the bot works like the prefix.
    let q = alice
        .send(&room, &format!("{}: fathers", bot.user_id))
        .await
        .expect("send");
    assert!(body(&alice.wait_reply(&q, WAIT).await.expect("a reply"))
        .0
        .contains("Evidence on"));

    // Admin gate: refused for bob however it is spelled, allowed for alice.
    wait_membership(&room, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("membership");
    bob.client.join_room_by_id(room.room_id()).await.unwrap();
    let bob_room = bob.client.get_room(room.room_id()).unwrap();
    for cmd in ["!reload", "!STATUS", &format!("{} !Reload", bot.user_id)] {
        let q = bob.send(&bob_room, cmd).await.expect("send");
        let (plain, _, _) = body(&bob.wait_reply(&q, WAIT).await.expect("a reply"));
        assert!(plain.contains("for the bot's admins"), "{cmd}: {plain}");
    }
    let q = alice.send(&room, "!status").await.expect("send");
    let (plain, _, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(plain.starts_with("Up "), "{plain}");

    // A reading list arrives as a file in reply, and its content downloads and parses.
    let q = alice
        .send(&room, "!reading-list autism ris")
        .await
        .expect("send");
    let r = alice.wait_reply(&q, WAIT).await.expect("a reply");
    let (name, data) = download(&alice, &r).await;
    assert_eq!(name, "reading-list-autism.ris");
    let parsed = biblib::RisParser::new()
        .parse(&data)
        .expect("the RIS parses");
    assert!(parsed.len() >= 3, "{} records", parsed.len());
    assert!(
        parsed
            .iter()
            .any(|c| c.title.contains("Autism spectrum disorder")),
        "{parsed:?}"
    );

    // Invite from someone not allowed: declined.
    let other = mallory
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&other, &bot.user_id, MembershipState::Leave, WAIT)
        .await
        .expect("membership");

    // Graceful shutdown, within what the README promises: up to 4 s for replies in flight and
    // up to 30 s for an encryption set-up still running after the login, and saving state and
    // closing the store, given 10 s here on a loaded machine.
    let (code, took) = proc.terminate();
    assert_eq!(code, Some(0), "log:\n{}", proc.log());
    assert!(took < Duration::from_secs(4 + 30 + 10), "took {took:?}");
    let log = proc.log();
    assert!(
        !log.contains(&bot.password),
        "the password must never be logged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_flood_gets_its_allowance_one_notice_and_then_silence() {
    // 5 commands per 10 minutes: no token comes back during the test, however slow the machine.
    let Scene {
        alice,
        dir: _dir,
        proc: _proc,
        room,
        ..
    } = scene(
        false,
        "rate_limit_commands = 5\nrate_limit_seconds = 600\n",
        DEFAULT_LOG,
    )
    .await;
    let mut burst = Vec::new();
    for _ in 0..9 {
        burst.push(alice.send(&room, "!about").await.expect("send"));
    }
    let replies = || -> Vec<String> {
        burst
            .iter()
            .flat_map(|e| alice.replies_to(e))
            .map(|(r, _)| body(&r).0)
            .collect()
    };
    let deadline = Instant::now() + WAIT;
    while replies().len() < 6 {
        assert!(Instant::now() < deadline, "{:#?}", replies());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A barrier: another person's command, sent after the burst, is answered after the bot
    // has decided about every message of the burst.
    let bob = register("bob").await;
    bob.listen();
    room.invite_user_by_id(&bob.user_id).await.unwrap();
    wait_membership(&room, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("invited");
    bob.client.join_room_by_id(room.room_id()).await.unwrap();
    let bob_room = bob.client.get_room(room.room_id()).unwrap();
    let q = bob.send(&bob_room, "!about").await.expect("send");
    let about = body(&bob.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(about.starts_with("evidence-bot"), "{about}");
    let replies = replies();
    let notices = replies.iter().filter(|b| b.contains("slow down")).count();
    let answers = replies
        .iter()
        .filter(|b| b.starts_with("evidence-bot"))
        .count();
    assert_eq!((answers, notices), (5, 1), "{replies:#?}");
    assert_eq!(replies.len(), 6, "the last three get silence: {replies:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn encrypted_room_answer_is_decrypted_by_the_asker() {
    // Unused parts keep their own names: a `..` pattern would drop the bot and its folder here.
    let Scene {
        bot,
        alice,
        dir: _dir,
        proc: _proc,
        room,
    } = scene(true, "", DEFAULT_LOG).await;
    // The bot's device keys are uploaded by its first sync; the question is encrypted for the
    // devices alice knows, so she waits until she knows the bot's.
    let deadline = Instant::now() + WAIT;
    loop {
        let known = alice
            .client
            .encryption()
            .get_user_devices(&bot.user_id)
            .await
            .map(|d| d.devices().count())
            .unwrap_or(0);
        if known > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "the bot's device never appeared");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(room.latest_encryption_state().await.unwrap().is_encrypted());
    let q = alice.send(&room, "!evidence autism").await.expect("send");
    let r = alice
        .wait_reply(&q, Duration::from_secs(45))
        .await
        .expect("a reply");
    let (plain, _, notice) = body(&r);
    assert!(notice);
    assert!(plain.contains("Evidence on"), "{plain}");

    // The reading list is uploaded encrypted, and the asker can decrypt and read it.
    let q = alice
        .send(&room, "!reading-list preterm bibtex")
        .await
        .expect("send");
    let r = alice
        .wait_reply(&q, Duration::from_secs(45))
        .await
        .expect("a reply");
    if let MessageType::File(f) = &r.content.msgtype {
        assert!(
            matches!(
                f.source,
                matrix_sdk::ruma::events::room::MediaSource::Encrypted(_)
            ),
            "the file should be encrypted in an encrypted room"
        );
    }
    let (name, data) = download(&alice, &r).await;
    assert_eq!(name, "reading-list-preterm.bib");
    let parsed = biblib::BibParser::new()
        .parse(&data)
        .expect("the BibTeX parses");
    assert!(
        parsed.iter().any(|c| c.title.contains("preterm")),
        "{parsed:?}"
    );

    // A chart arrives as an encrypted m.image whose body is the alt text; the asker downloads
    // and decrypts a PNG of the size the event announces.
    let q = alice.send(&room, "!chart preterm").await.expect("send");
    let r = alice
        .wait_reply(&q, Duration::from_secs(45))
        .await
        .expect("a reply");
    let MessageType::Image(img) = &r.content.msgtype else {
        panic!("not an image: {:?}", r.content.msgtype);
    };
    assert!(
        matches!(
            img.source,
            matrix_sdk::ruma::events::room::MediaSource::Encrypted(_)
        ),
        "the image should be encrypted in an encrypted room"
    );
    assert_eq!(img.filename(), "chart-preterm.png");
    let alt = img.caption().unwrap_or(&img.body);
    // The Hoffenkamp 2015 trial's range, as knowledge/trials/hoffenkamp-2015-nicu-rct.yaml
    // gives it, and the Barlow 2016 risk ratio with its interval.
    assert!(alt.contains("d = 0.24 to 0.60"), "{alt}");
    assert!(alt.contains("RR = 1.05, 95% CI 0.85 to 1.37"), "{alt}");
    let info = img.info.as_ref().expect("image info");
    let png = alice
        .client
        .media()
        .get_file(img, false)
        .await
        .expect("download")
        .expect("image content");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!(info.width.map(u64::from), Some(u64::from(width)));
    assert_eq!(info.height.map(u64::from), Some(u64::from(height)));
    assert_eq!(info.size.map(u64::from), Some(png.len() as u64));
    assert_eq!(width, evidence_bot::draw::WIDTH);
    assert!(height > 600, "{width}×{height}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn restart_answers_missed_commands_once_and_never_twice() {
    // Everything at trace level on the first run: the secrets must not appear even there.
    let Scene {
        bot,
        alice,
        dir,
        mut proc,
        room,
    } = scene(false, "", "trace").await;
    let first = alice.send(&room, "!evidence fathers").await.expect("send");
    alice.wait_reply(&first, WAIT).await.expect("a reply");
    let session_before = std::fs::read_to_string(dir.path().join("state/session.json")).unwrap();
    let token = serde_json::from_str::<serde_json::Value>(&session_before).unwrap()["access_token"]
        .as_str()
        .expect("access token in session.json")
        .to_string();
    let log = proc.log();
    assert!(log.len() > 10_000, "expected a trace-level log");
    assert!(
        !log.contains(&bot.password),
        "the password appears in the trace log"
    );
    assert!(
        !log.contains(&token),
        "the access token appears in the trace log"
    );

    let (code, took) = proc.terminate();
    assert_eq!(code, Some(0), "exit after {took:?}");
    let missed = alice.send(&room, "!evidence neglect").await.expect("send");

    let proc = start_bot(dir.path(), &bot.password);
    alice.wait_reply(&missed, WAIT).await.expect("a reply");
    barrier(&alice, &room).await;
    assert_eq!(
        alice.replies_to(&first).len(),
        1,
        "the first command was answered again"
    );
    assert_eq!(
        alice.replies_to(&missed).len(),
        1,
        "the missed command was answered more than once"
    );
    let session_after = std::fs::read_to_string(dir.path().join("state/session.json")).unwrap();
    assert_eq!(
        session_before, session_after,
        "the same device and session are restored"
    );
    assert!(
        proc.log().contains("restored the saved session"),
        "{}",
        proc.log()
    );
    #[cfg(unix)]
    assert_private(&dir.path().join("state"));
}

/// state_dir is 0700, its own files 0600, and nothing below it (the SDK's SQLite stores and
/// their journals included) is open to group or others.
#[cfg(unix)]
fn assert_private(state: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(state), 0o700, "{}", state.display());
    for f in ["session.json", "store-passphrase", "handled.json"] {
        assert_eq!(mode(&state.join(f)), 0o600, "{f}");
    }
    let mut stack = vec![state.to_path_buf()];
    let mut seen = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            assert_eq!(mode(&p) & 0o077, 0, "{} is open to others", p.display());
            seen += 1;
            if p.is_dir() {
                stack.push(p);
            }
        }
    }
    assert!(seen > 5, "expected the stores in {}", state.display());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn an_edited_knowledge_file_is_answered_without_a_restart() {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let dir = tempfile::tempdir().unwrap();
    let knowledge = dir.path().join("knowledge");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
        &knowledge,
    );
    alice.listen();
    // The room exists before the bot starts, so it can be the admin room too.
    let room = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create a room");
    write_config(
        dir.path(),
        &bot,
        &[&alice.user_id],
        &[format!("@alice-*:{}", alice.user_id.server_name())],
    );
    append_config(
        dir.path(),
        &format!(
            "admin_room = {:?}\n\n[knowledge]\ndir = {:?}\n",
            room.room_id().as_str(),
            knowledge.display().to_string()
        ),
    );
    let proc = start_bot(dir.path(), &bot.password);
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    let q = alice.send(&room, "!about").await.expect("send");
    alice.wait_reply(&q, WAIT).await.expect("a reply");

    // A save that changes nothing (an editor's "save" without edits): the watcher notices it,
    // finds the files unchanged, and posts nothing.
    let hoffenkamp = knowledge.join("trials/hoffenkamp-2015-nicu-rct.yaml");
    std::fs::write(&hoffenkamp, std::fs::read(&hoffenkamp).unwrap()).unwrap();
    let deadline = Instant::now() + WAIT;
    while !proc.log().contains("knowledge files unchanged") {
        assert!(Instant::now() < deadline, "the no-op save was not noticed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // An admin adds a record with a text editor.
    let fukkink = std::fs::read_to_string(knowledge.join("reviews/fukkink-2008.yaml")).unwrap();
    let new = fukkink
        .replace("id: fukkink-2008", "id: zz-new-review-2026")
        .replace(
            "Video feedback in widescreen",
            "Brand new zebrafinch review",
        );
    std::fs::write(knowledge.join("reviews/zz-new-review-2026.yaml"), new).unwrap();

    // The admin room hears about it, and the record is answered.
    let deadline = Instant::now() + WAIT;
    loop {
        let summary = alice.messages.lock().unwrap().iter().any(|(_, e, _)| {
            body(e).0.contains("Knowledge reloaded")
                && body(e).0.contains("added zz-new-review-2026")
        });
        if summary {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no reload summary in the admin room"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let q = alice
        .send(&room, "!evidence zebrafinch")
        .await
        .expect("send");
    let (plain, _, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(plain.contains("Brand new zebrafinch review"), "{plain}");
    // One edit, one notice: the no-op save and the reload's own reading of the folder posted
    // nothing.
    let notices: Vec<String> = alice
        .messages
        .lock()
        .unwrap()
        .iter()
        .map(|(_, e, _)| body(e).0)
        .filter(|b| b.starts_with("Knowledge"))
        .collect();
    assert_eq!(notices.len(), 1, "{notices:#?}");

    // A broken edit is reported with file:line:col and the old answers stay.
    std::fs::write(
        knowledge.join("reviews/zz-new-review-2026.yaml"),
        "id: [broken\n",
    )
    .unwrap();
    let deadline = Instant::now() + WAIT;
    loop {
        let refused = alice.messages.lock().unwrap().iter().any(|(_, e, _)| {
            let b = body(e).0;
            b.contains("reload refused") && b.contains("zz-new-review-2026.yaml:")
        });
        if refused {
            break;
        }
        assert!(Instant::now() < deadline, "no refusal in the admin room");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let q = alice
        .send(&room, "!evidence zebrafinch")
        .await
        .expect("send");
    let (plain, _, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(plain.contains("Brand new zebrafinch review"), "{plain}");
}

/// Runs the bot to completion (it is expected to fail fast) and returns (exit code, output).
fn run_to_exit(dir: &Path, password: &str) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .args(["run", "--config"])
        .arg(dir.join("config.toml"))
        .env("EVIDENCE_BOT_PASSWORD", password)
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .output()
        .expect("run the bot");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_wrong_password_or_a_broken_state_dir_fails_clearly() {
    let bot = register("evidence-bot").await;
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), &bot, &[], &[]);

    // A wrong password: a clear error, a non-zero exit, no session written.
    let (code, out) = run_to_exit(dir.path(), "not-the-password");
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("check the password"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
    assert!(!dir.path().join("state/session.json").exists());

    // A corrupt session file: a clear error naming the file, not a new login (no new device).
    std::fs::create_dir_all(dir.path().join("state")).unwrap();
    std::fs::write(dir.path().join("state/session.json"), "{not json").unwrap();
    let (code, out) = run_to_exit(dir.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("session.json is corrupt"), "{out}");
    assert!(!out.contains("panicked"), "{out}");

    // A session file that cannot be read (a folder in its place; permissions do not stop root,
    // which these tests may run as).
    std::fs::remove_file(dir.path().join("state/session.json")).unwrap();
    std::fs::create_dir(dir.path().join("state/session.json")).unwrap();
    let (code, out) = run_to_exit(dir.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(
        out.contains("cannot read") && out.contains("session.json"),
        "{out}"
    );
    assert!(!out.contains("panicked"), "{out}");

    // A state_dir that is a file.
    let dir2 = tempfile::tempdir().unwrap();
    write_config(dir2.path(), &bot, &[], &[]);
    std::fs::write(dir2.path().join("state"), "a file").unwrap();
    let (code, out) = run_to_exit(dir2.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("is not a folder"), "{out}");

    // A session file without read permission (only meaningful when not running as root).
    #[cfg(unix)]
    if running_as_root() {
        eprintln!("skipped the unreadable-session.json case: root reads any file");
    } else {
        use std::os::unix::fs::PermissionsExt;
        let dir3 = tempfile::tempdir().unwrap();
        write_config(dir3.path(), &bot, &[], &[]);
        let state = dir3.path().join("state");
        std::fs::create_dir(&state).unwrap();
        std::fs::write(state.join("session.json"), "{}").unwrap();
        std::fs::set_permissions(
            state.join("session.json"),
            std::fs::Permissions::from_mode(0o000),
        )
        .unwrap();
        let (code, out) = run_to_exit(dir3.path(), &bot.password);
        assert_ne!(code, Some(0), "{out}");
        assert!(out.contains("cannot read"), "{out}");
        assert!(!out.contains("panicked"), "{out}");
    }
}

#[cfg(unix)]
fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_wrong_store_passphrase_or_a_damaged_store_fails_without_a_new_device() {
    let bot = register("evidence-bot").await;
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), &bot, &[], &[]);
    let mut proc = start_bot(dir.path(), &bot.password);
    let deadline = Instant::now() + WAIT;
    while !proc.log().contains("logged in and saved the session") {
        assert!(Instant::now() < deadline, "{}", proc.log());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(proc.terminate().0, Some(0));
    drop(proc);
    let state = dir.path().join("state");
    let session = std::fs::read_to_string(state.join("session.json")).unwrap();
    let devices = || async {
        bot.client
            .devices()
            .await
            .expect("list devices")
            .devices
            .len()
    };
    let devices_before = devices().await;

    // Another passphrase than the store was made with.
    let pass = std::fs::read_to_string(state.join("store-passphrase")).unwrap();
    std::fs::write(state.join("store-passphrase"), "not-the-passphrase").unwrap();
    let (code, out) = run_to_exit(dir.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("encryption store"), "{out}");
    assert!(!out.contains("panicked"), "{out}");
    std::fs::write(state.join("store-passphrase"), pass).unwrap();

    // The passphrase file lost while the store remains.
    std::fs::rename(state.join("store-passphrase"), dir.path().join("kept")).unwrap();
    let (code, out) = run_to_exit(dir.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("store-passphrase is missing"), "{out}");
    std::fs::rename(dir.path().join("kept"), state.join("store-passphrase")).unwrap();

    // A damaged store: every SQLite file overwritten with garbage.
    for e in std::fs::read_dir(state.join("store")).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::write(&p, b"this is not a database").unwrap();
        }
    }
    let (code, out) = run_to_exit(dir.path(), &bot.password);
    assert_ne!(code, Some(0), "{out}");
    assert!(out.contains("encryption store"), "{out}");
    assert!(!out.contains("panicked"), "{out}");

    // None of these logged in again: same session file, no new device.
    assert_eq!(
        std::fs::read_to_string(state.join("session.json")).unwrap(),
        session
    );
    assert_eq!(devices().await, devices_before, "a new device was created");
}

/// The device id saved in `state/session.json`, if a session was saved.
fn saved_device(dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("state/session.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).expect("session.json is valid JSON");
    v["device_id"].as_str().map(str::to_string)
}

/// Starts the bot, waits for `marker` in its log, sends SIGTERM at once, and checks that it
/// exits with status 0 without a panic. Returns the log.
async fn sigterm_at(dir: &Path, password: &str, marker: &str) -> String {
    let _ = std::fs::remove_file(dir.join("bot.log"));
    let mut proc = start_bot(dir, password);
    let deadline = Instant::now() + Duration::from_secs(120);
    while !proc.log().contains(marker) {
        assert!(
            Instant::now() < deadline,
            "no `{marker}` in the log:\n{}",
            proc.log()
        );
        assert!(
            proc.child.try_wait().unwrap().is_none(),
            "the bot exited before `{marker}`:\n{}",
            proc.log()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let (code, took) = proc.terminate();
    let log = proc.log();
    assert_eq!(
        code,
        Some(0),
        "SIGTERM at `{marker}`: exit {code:?} after {took:?}\n{log}"
    );
    assert!(!log.contains("panicked"), "{log}");
    log
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn sigterm_at_any_point_of_start_up_stops_cleanly_and_keeps_the_device() {
    let bot = register("evidence-bot").await;
    // `register` logged the test's client in as one device of the account.
    let devices = || async { bot.client.devices().await.expect("devices").devices.len() };
    let devices_at_start = devices().await;

    // Before login (in a state folder of its own: the signal may arrive after the login began,
    // which then completes and saves its session first).
    let early = tempfile::tempdir().unwrap();
    write_config(early.path(), &bot, &[], &[]);
    let log = sigterm_at(early.path(), &bot.password, "knowledge loaded").await;
    assert!(log.contains("stopped"), "{log}");
    let early_devices = usize::from(saved_device(early.path()).is_some());

    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), &bot, &[], &[]);
    // Right after the first login: the session is saved whole, and the encryption set-up that
    // the login started is waited for.
    sigterm_at(dir.path(), &bot.password, "logged in and saved the session").await;
    let device = saved_device(dir.path()).expect("the session was saved");

    // During the encryption set-up after restoring, and during the first sync.
    for marker in ["setting up encryption", "first sync"] {
        let log = sigterm_at(dir.path(), &bot.password, marker).await;
        assert!(log.contains("restored the saved session"), "{log}");
        assert_eq!(saved_device(dir.path()).as_deref(), Some(device.as_str()));
    }

    // A normal start afterwards restores the same device and answers; the account gained one
    // device per state folder that logged in, and no more.
    let alice = register("alice").await;
    write_config(
        dir.path(),
        &bot,
        &[],
        &[format!("@alice-*:{}", alice.user_id.server_name())],
    );
    let _ = std::fs::remove_file(dir.path().join("bot.log"));
    let mut proc = start_bot(dir.path(), &bot.password);
    alice.listen();
    let room = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    let q = alice.send(&room, "!about").await.expect("send");
    alice.wait_reply(&q, WAIT).await.expect("a reply");
    assert!(proc.log().contains("restored the saved session"));
    assert_eq!(saved_device(dir.path()).as_deref(), Some(device.as_str()));
    assert_eq!(devices().await, devices_at_start + 1 + early_devices);
    // handled.json is written off the message path; a clean stop writes it, so the check of
    // its mode waits for the stop rather than racing the writer.
    let (code, _) = proc.terminate();
    assert_eq!(code, Some(0), "{}", proc.log());
    assert_private(&dir.path().join("state"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn odd_and_hostile_messages_never_crash_the_bot() {
    let Scene {
        bot: _bot,
        alice,
        dir: _dir,
        proc,
        room,
    } = scene(false, "rate_limit_commands = 100\n", DEFAULT_LOG).await;

    // 64 KB of text, right-to-left and zero-width characters, Markdown and HTML injection.
    let long = format!("!evidence {}", "preterm ".repeat(8_000));
    let q = alice.send(&room, &long).await.expect("send");
    let (plain, html, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(plain.contains("only its first 2000 characters"), "{plain}");
    assert!(plain.len() + html.unwrap_or_default().len() < 30 * 1024);
    let q = alice
        .send(&room, "!evidence \u{202e}\u{200b}مرحبا preterm\u{feff}")
        .await
        .expect("send");
    // A word it cannot read is named as not covered, and the preterm records still come.
    let (plain, _, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    assert!(plain.contains("!show "), "{plain}");
    let q = alice
        .send(
            &room,
            "!evidence **bold** [x](javascript:alert(1)) <a href=x>autism</a>",
        )
        .await
        .expect("send");
    let (_, html, _) = body(&alice.wait_reply(&q, WAIT).await.expect("a reply"));
    let html = html.unwrap_or_default();
    assert!(
        !html.contains("<a href=x>") && !html.contains("javascript:alert(1)\">"),
        "{html}"
    );

    // A message with only a formatted body is read from it.
    let mut formatted_only = RoomMessageEventContent::text_html("", "<b>!evidence</b> fathers");
    if let MessageType::Text(t) = &mut formatted_only.msgtype {
        t.body = String::new();
    }
    let q = room.send(formatted_only).await.unwrap().response.event_id;
    assert!(body(&alice.wait_reply(&q, WAIT).await.expect("a reply"))
        .0
        .contains("Evidence on"));

    // Emotes, notices (other bots), images and message types nobody knows are not answered.
    let image = MessageType::Image(ImageMessageEventContent::plain(
        "!evidence preterm".into(),
        "mxc://localhost/nothing-here".into(),
    ));
    let custom = MessageType::new(
        "org.example.poll",
        "!evidence preterm".into(),
        serde_json::from_str(r#"{"answers": [1, 2, 3]}"#).unwrap(),
    )
    .unwrap();
    let mut silent = Vec::new();
    for content in [
        RoomMessageEventContent::emote_plain("!evidence preterm"),
        RoomMessageEventContent::notice_plain("!evidence preterm"),
        RoomMessageEventContent::new(image),
        RoomMessageEventContent::new(custom),
    ] {
        silent.push(room.send(content).await.unwrap().response.event_id);
    }
    // Raw JSON no client library would send: an empty msgtype, no msgtype, a body that is not
    // a string, no body. Synapse refuses some of these itself; those that get through must not
    // be answered (or crash anything).
    let mut delivered = 0;
    for raw in [
        r#"{"msgtype": "", "body": "!evidence preterm"}"#,
        r#"{"body": "!evidence preterm"}"#,
        r#"{"msgtype": "m.text", "body": {"nested": "!evidence preterm"}}"#,
        r#"{"msgtype": "m.text", "format": "org.matrix.custom.html"}"#,
    ] {
        let json: serde_json::Value = serde_json::from_str(raw).unwrap();
        match room.send_raw("m.room.message", json).await {
            Ok(r) => {
                silent.push(r.response.event_id);
                delivered += 1;
            }
            Err(e) => eprintln!("the homeserver refused {raw}: {e}"),
        }
    }
    assert!(delivered >= 1, "Synapse refused every malformed event");
    // The bot is still alive and answering afterwards.
    let q = alice.send(&room, "!about").await.expect("send");
    alice.wait_reply(&q, WAIT).await.expect("a reply");
    for e in &silent {
        assert!(alice.replies_to(e).is_empty(), "answered {e}");
    }
    assert!(!proc.log().contains("panicked"), "{}", proc.log());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn sigkill_in_a_burst_then_restart_answers_every_command_exactly_once() {
    let Scene {
        bot,
        alice,
        dir,
        mut proc,
        room,
    } = scene(false, "rate_limit_commands = 100\n", DEFAULT_LOG).await;

    let topics = [
        "preterm",
        "autism",
        "fathers",
        "neglect",
        "foster carers",
        "psychosis",
        "deaf",
        "teachers",
        "VERP",
        "bonding",
        "edge of care",
        "groups",
    ];
    let mut asked = Vec::new();
    for (i, t) in topics.iter().enumerate() {
        asked.push(
            alice
                .send(&room, &format!("!evidence {t}"))
                .await
                .expect("send"),
        );
        if i == 3 {
            // Kill the bot without warning in the middle of the burst.
            alice.wait_reply(&asked[0], WAIT).await.expect("a reply");
            proc.child.kill().unwrap();
            proc.child.wait().unwrap();
        }
    }
    let proc = start_bot(dir.path(), &bot.password);
    // A restart on a loaded machine (the other homeserver tests run beside this one) takes
    // longer than an answer: the store is reopened and the missed commands are fetched first.
    for q in &asked {
        if let Err(e) = alice.wait_reply(q, RESTART_WAIT).await {
            panic!("{e}\nthe restarted bot's log:\n{}", proc.log());
        }
    }
    barrier(&alice, &room).await;
    for (q, t) in asked.iter().zip(topics) {
        assert_eq!(
            alice.replies_to(q).len(),
            1,
            "{t} was not answered exactly once"
        );
    }
}

/// A Synapse of this test's own, so it can be stopped without disturbing the other tests.
struct OwnSynapse {
    dir: tempfile::TempDir,
    url: String,
    port: u16,
    child: Option<Child>,
}

impl OwnSynapse {
    fn new() -> OwnSynapse {
        let dir = tempfile::tempdir().unwrap();
        let root = env!("CARGO_MANIFEST_DIR");
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!(
                "cd {root:?} && source scripts/lib/synapse.sh && synapse_configure {:?} >&2 && echo $SYNAPSE_PORT",
                dir.path().display().to_string()
            ))
            .output()
            .expect("configure a Synapse");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port: u16 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
        let mut s = OwnSynapse {
            dir,
            url: format!("http://127.0.0.1:{port}"),
            port,
            child: None,
        };
        s.start();
        s
    }

    fn start(&mut self) {
        let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/synapse-venv/bin/python");
        let log = std::fs::File::create(self.dir.path().join("synapse.log")).unwrap();
        let child = Command::new(python)
            .args(["-m", "synapse.app.homeserver", "-c", "homeserver.yaml"])
            .current_dir(self.dir.path())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start Synapse");
        self.child = Some(child);
        let t0 = Instant::now();
        while http_get(self.port, "/_matrix/client/versions").map(|(s, _)| s) != Some(200) {
            assert!(
                t0.elapsed() < Duration::from_secs(60),
                "Synapse did not start"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status()
                .unwrap();
            let t0 = Instant::now();
            while c.try_wait().unwrap().is_none() {
                if t0.elapsed() > Duration::from_secs(20) {
                    let _ = c.kill();
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}

impl Drop for OwnSynapse {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn the_bot_rides_out_a_homeserver_outage() {
    let _ = homeserver(); // only under scripts/test, which installs Synapse
    let mut synapse = OwnSynapse::new();
    let bot = register_on(&synapse.url, "evidence-bot").await;
    let alice = register_on(&synapse.url, "alice").await;
    let dir = tempfile::tempdir().unwrap();
    write_config(
        dir.path(),
        &bot,
        &[],
        &[format!("@alice-*:{}", alice.user_id.server_name())],
    );
    let cfg = std::fs::read_to_string(dir.path().join("config.toml"))
        .unwrap()
        .replace(&homeserver(), &synapse.url);
    std::fs::write(dir.path().join("config.toml"), cfg).unwrap();
    let proc = start_bot(dir.path(), &bot.password);
    alice.listen();
    let room = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    let q = alice.send(&room, "!evidence preterm").await.expect("send");
    alice.wait_reply(&q, WAIT).await.expect("a reply");

    // Synapse goes away for 20 s.
    synapse.stop();
    tokio::time::sleep(Duration::from_secs(20)).await;
    synapse.start();
    let back = Instant::now();

    // The bot reconnects by itself and answers within 10 s of the server's return.
    let q = loop {
        match room
            .send(RoomMessageEventContent::text_plain("!evidence autism"))
            .await
        {
            Ok(r) => break r.response.event_id,
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    alice.wait_reply(&q, WAIT).await.expect("a reply");
    // The backoff probes the server every second (src/matrix/sync.rs), so the next sync starts
    // about a second after the return; the rest is one sync and one answer.
    let took = back.elapsed();
    assert!(
        took < Duration::from_secs(10),
        "answered {took:?} after the server came back"
    );
    let log = proc.log();
    assert!(
        log.contains("sync failed; retrying"),
        "the retries should be logged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn two_bots_in_one_room_never_talk_to_each_other() {
    let bot_a = register("evidence-bot").await;
    let bot_b = register("evidence-bot").await;
    let alice = register("alice").await;
    let allow = [format!("@alice-*:{}", alice.user_id.server_name())];
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_config(dir_a.path(), &bot_a, &[], &allow);
    write_config(dir_b.path(), &bot_b, &[], &allow);
    let _a = start_bot(dir_a.path(), &bot_a.password);
    let _b = start_bot(dir_b.path(), &bot_b.password);
    alice.listen();
    let room = alice
        .create_room(&[&bot_a.user_id, &bot_b.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&room, &bot_a.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    wait_membership(&room, &bot_b.user_id, MembershipState::Join, WAIT)
        .await
        .expect("membership");
    // Bots answer with m.notice and ignore m.notice: the question gets two answers, and then
    // the room stays quiet.
    let q = alice.send(&room, "!evidence preterm").await.expect("send");
    let deadline = Instant::now() + WAIT;
    while alice.replies_to(&q).len() < 2 {
        assert!(Instant::now() < deadline, "both bots should answer");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A barrier each bot answers: by then both have decided about every notice the other sent.
    let b = alice.send(&room, "!about").await.expect("send");
    while alice.replies_to(&b).len() < 2 {
        assert!(
            Instant::now() < deadline + WAIT,
            "both bots should answer the barrier"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let from_bots = alice
        .messages
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, e, _)| e.sender == bot_a.user_id || e.sender == bot_b.user_id)
        .count();
    assert_eq!(from_bots, 4, "the bots answered each other");
}

/// The curators' loop: questions no record was about are logged (an out-of-scope one and a
/// partial one), a 👎 leads to "what were you looking for?" and the asker's answer in that thread
/// is the comment, `!feedback` as a reply votes and comments, `!gaps` shows it all to an admin
/// and is refused to others, the digest reaches the admin room, `evidence-bot gaps` reads the
/// same log, and nothing in the log names a user, a room or an event.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn the_curators_loop_logs_gaps_votes_and_comments() {
    use matrix_sdk::ruma::events::reaction::ReactionEventContent;
    use matrix_sdk::ruma::events::relation::Annotation;
    use matrix_sdk::ruma::events::room::message::{AddMentions, ForwardThread};

    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let bob = register("bob").await;
    let server = alice.user_id.server_name().to_string();
    let dir = tempfile::tempdir().unwrap();
    alice.listen();
    bob.listen();
    let admin_room = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create the admin room");
    // Encrypted, as practitioners' rooms are: reactions and thread replies arrive encrypted too.
    let room = alice
        .create_room(&[&bot.user_id, &bob.user_id], true)
        .await
        .expect("create a room");
    write_config(
        dir.path(),
        &bot,
        &[&alice.user_id],
        &[format!("@alice-*:{server}")],
    );
    append_config(
        dir.path(),
        &format!(
            "admin_room = {:?}\ngap_digest_every_seconds = 8\nrate_limit_commands = 100\n",
            admin_room.room_id().as_str()
        ),
    );
    let _proc = start_bot(dir.path(), &bot.password);
    for r in [&admin_room, &room] {
        wait_membership(r, &bot.user_id, MembershipState::Join, WAIT)
            .await
            .expect("the bot joins");
    }

    // Two questions nothing covers (a concept of the vocabulary no record has: EMDR; a message
    // with no concept at all), and one the knowledge answers.
    let ask = |text: &'static str| {
        let alice = &alice;
        let room = &room;
        async move {
            let q = alice.send(room, text).await.expect("send");
            alice.wait_reply(&q, WAIT).await.expect("a reply")
        }
    };
    let bread = ask("!evidence how to bake sourdough bread").await;
    assert!(body(&bread).0.contains("sourdough"), "{}", body(&bread).0);
    let emdr = ask("!evidence EMDR for PTSD").await;
    assert!(body(&emdr).0.contains("EMDR"), "{}", body(&emdr).0);
    let preterm = ask("!evidence preterm").await;

    // 👎 on the EMDR answer: the bot asks once, in the answer's thread, mentioning alice.
    room.send(ReactionEventContent::new(Annotation::new(
        emdr.event_id.clone(),
        "👎".into(),
    )))
    .await
    .expect("react");
    let in_thread_of = |ev: &OriginalSyncRoomMessageEvent,
                        root: &matrix_sdk::ruma::OwnedEventId| {
        matches!(&ev.content.relates_to, Some(Relation::Thread(t)) if &t.event_id == root)
    };
    let asked = alice
        .wait_message(WAIT, "asking what alice was looking for", |e| {
            e.sender == bot.user_id
                && in_thread_of(e, &emdr.event_id)
                && body(e).0.contains("What were you looking for?")
        })
        .await
        .expect("the follow-up question");
    assert!(asked
        .content
        .mentions
        .as_ref()
        .is_some_and(|m| m.user_ids.contains(&alice.user_id)));
    // A second 👎 (another skin tone) is recorded but not asked about again.
    room.send(ReactionEventContent::new(Annotation::new(
        emdr.event_id.clone(),
        "👎🏽".into(),
    )))
    .await
    .expect("react again");

    // Alice answers in the thread: that is the comment.
    let mut comment = RoomMessageEventContent::text_plain("I wanted trauma therapy for parents");
    comment.relates_to = Some(Relation::Thread(Thread::plain(
        emdr.event_id.clone(),
        asked.event_id.clone(),
    )));
    let c = room.send(comment).await.expect("send").response.event_id;
    let thanks = alice.wait_reply(&c, WAIT).await.expect("thanks");
    assert!(
        body(&thanks).0.contains("passed to the curators"),
        "{}",
        body(&thanks).0
    );

    // `!feedback` as a reply to the preterm answer, for clients without reactions.
    let fb = RoomMessageEventContent::text_plain("!feedback 👍 just what I needed for my report")
        .make_reply_to(&preterm, ForwardThread::Yes, AddMentions::No);
    let f = room.send(fb).await.expect("send").response.event_id;
    let thanks = alice.wait_reply(&f, WAIT).await.expect("thanks");
    assert!(
        body(&thanks).0.contains("passed to the curators"),
        "{}",
        body(&thanks).0
    );
    // Not as a reply: the bot says how.
    let f = alice.send(&room, "!feedback useless").await.expect("send");
    let how = alice.wait_reply(&f, WAIT).await.expect("a hint");
    assert!(body(&how).0.contains("as a reply"), "{}", body(&how).0);

    // Bob may not read the gaps.
    wait_membership(&room, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("bob invited");
    bob.client.join_room_by_id(room.room_id()).await.unwrap();
    let bob_room = bob.client.get_room(room.room_id()).unwrap();
    let q = bob.send(&bob_room, "!gaps").await.expect("send");
    let refused = body(&bob.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(refused.contains("for the bot's admins"), "{refused}");

    // Alice may: both unanswered questions, grouped by what they lack, the votes and comments.
    let q = alice.send(&room, "!gaps").await.expect("send");
    let report = body(&alice.wait_reply(&q, WAIT).await.expect("the report")).0;
    assert!(report.contains("Unanswered questions"), "{report}");
    assert!(report.contains(": 2 (2 found nothing"), "{report}");
    assert!(report.contains("emdr: once"), "{report}");
    assert!(report.contains("sourdough"), "{report}");
    // The answered question is no gap (it shows only as the question a comment is on).
    assert!(!report.contains("preterm: "), "{report}");
    assert!(report.contains("Votes on answers: 1 👍, 2 👎."), "{report}");
    assert!(
        report.contains("I wanted trauma therapy for parents"),
        "{report}"
    );
    assert!(
        report.contains("just what I needed for my report"),
        "{report}"
    );

    // The digest reaches the admin room within its (test) period.
    let digest = alice
        .wait_message(WAIT, "the gap digest", |e| {
            body(e).0.contains("Weekly digest of the gap log") && body(e).0.contains("emdr")
        })
        .await
        .expect("the digest");
    assert_eq!(digest.sender, bot.user_id);

    // The command line reads the same log while the bot runs.
    let out = Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .args(["gaps", "--json", "--since", "1d", "--config"])
        .arg(dir.path().join("config.toml"))
        .output()
        .expect("run evidence-bot gaps");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["unanswered"], 2, "{json}");
    assert_eq!(json["votes_down"], 2, "{json}");
    let out = Command::new(env!("CARGO_BIN_EXE_evidence-bot"))
        .args(["gaps", "--as-eval", "--config"])
        .arg(dir.path().join("config.toml"))
        .output()
        .expect("run evidence-bot gaps --as-eval");
    let cases: Vec<serde_yaml::Value> =
        serde_yaml::from_slice(&out.stdout).expect("relevance cases");
    let qs: Vec<&str> = cases.iter().filter_map(|c| c["q"].as_str()).collect();
    assert!(qs.contains(&"emdr for ptsd"), "{qs:?}");

    // Nothing in the log names a user, a room or an event.
    let mut bytes = Vec::new();
    for f in std::fs::read_dir(dir.path().join("state")).unwrap() {
        let p = f.unwrap().path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("gaplog"))
        {
            bytes.extend(std::fs::read(&p).unwrap());
        }
    }
    let has = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(has("emdr for ptsd"), "the log is not where expected");
    for id in [
        alice.user_id.as_str(),
        bob.user_id.as_str(),
        alice.user_id.localpart(),
        room.room_id().as_str(),
        emdr.event_id.as_str(),
        preterm.event_id.as_str(),
    ] {
        assert!(!has(id), "the gap log holds {id}");
    }
}

/// Per-room settings: a moderator's `!config` changes only that room (citation style, results
/// per page, a welcome message posted once to each person who joins), a member without power
/// is refused, and the settings survive a restart with an emptied `state_dir` (they live in
/// the bot's room account data on the homeserver).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn room_settings_stay_in_their_room_and_survive_a_lost_state_dir() {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let bob = register("bob").await;
    let server = alice.user_id.server_name().to_string();
    let dir = tempfile::tempdir().unwrap();
    alice.listen();
    bob.listen();
    // Alice made both rooms: she is their moderator (power level 100), not the bot's admin.
    let team = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create a room");
    let other = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create another room");
    write_config(dir.path(), &bot, &[], &[format!("@alice-*:{server}")]);
    append_config(dir.path(), "rate_limit_commands = 100\n");
    let mut proc = start_bot(dir.path(), &bot.password);
    for r in [&team, &other] {
        wait_membership(r, &bot.user_id, MembershipState::Join, WAIT)
            .await
            .expect("the bot joins");
    }
    let say = |room: &Room, text: &str| {
        let room = room.clone();
        let text = text.to_string();
        let alice = &alice;
        async move {
            let q = alice.send(&room, &text).await.expect("send");
            body(&alice.wait_reply(&q, WAIT).await.expect("a reply")).0
        }
    };
    let saved = say(&team, "!config citation_style harvard").await;
    assert!(
        saved.contains("Saved for this room: citation_style = harvard"),
        "{saved}"
    );
    let saved = say(&team, "!config results 2").await;
    assert!(saved.contains("results = 2"), "{saved}");
    let saved = say(
        &team,
        "!config welcome Welcome to the perinatal team's evidence room",
    )
    .await;
    assert!(saved.contains("welcome ="), "{saved}");
    let refused = say(&team, "!config results 9").await;
    assert!(
        refused.contains("Not changed") && refused.contains("1 to 5"),
        "{refused}"
    );

    // In the team room: Harvard and two results a page; in the other room: the defaults.
    let cite = say(&team, "!cite hoffenkamp-2015-nicu-rct").await;
    assert!(cite.contains("Harvard"), "{cite}");
    let cite = say(&other, "!cite hoffenkamp-2015-nicu-rct").await;
    assert!(cite.contains("APA") && !cite.contains("Harvard"), "{cite}");
    let page = say(&team, "!evidence does VIG work?").await;
    assert!(page.contains("Showing 1–2 of"), "{page}");
    let page = say(&other, "!evidence does VIG work?").await;
    assert!(page.contains("Showing 1–3 of"), "{page}");
    let shown = say(&other, "!config").await;
    assert!(shown.contains("citation_style: apa (default)"), "{shown}");
    // Replies in threads in the other room: a question in the room is answered in a thread on it.
    let saved = say(&other, "!config replies thread").await;
    assert!(saved.contains("replies = thread"), "{saved}");
    let q = alice.send(&other, "!about").await.expect("send");
    let answer = alice.wait_reply(&q, WAIT).await.expect("a reply");
    assert!(
        matches!(&answer.content.relates_to, Some(Relation::Thread(t)) if t.event_id == q),
        "{:?}",
        answer.content.relates_to
    );
    assert!(shown.contains("welcome: none (default)"), "{shown}");

    // Bob joins the team room: welcomed once, by name; he may not change the settings.
    team.invite_user_by_id(&bob.user_id).await.unwrap();
    wait_membership(&team, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("bob invited");
    bob.client.join_room_by_id(team.room_id()).await.unwrap();
    let welcome = bob
        .wait_message(WAIT, "the welcome", |e| {
            // (The "Saved …" reply to alice's !config quotes it too, and bob sees the history.)
            e.sender == bot.user_id && body(e).0.starts_with("Welcome to the perinatal team")
        })
        .await
        .expect("the welcome message");
    assert!(
        welcome
            .content
            .mentions
            .as_ref()
            .is_some_and(|m| m.user_ids.contains(&bob.user_id)),
        "{:?}",
        welcome.content
    );
    let bob_team = bob.client.get_room(team.room_id()).unwrap();
    let q = bob
        .send(&bob_team, "!config citation_style vancouver")
        .await
        .expect("send");
    let no = body(&bob.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(no.contains("Only this room's moderators"), "{no}");
    barrier(&bob, &bob_team).await;
    let welcomes = bob
        .messages
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, e, _)| body(e).0.starts_with("Welcome to the perinatal team"))
        .count();
    assert_eq!(welcomes, 1, "the welcome was posted {welcomes} times");

    // A restart with an emptied state_dir: a new device, the same settings.
    let (code, _) = proc.terminate();
    assert_eq!(code, Some(0));
    std::fs::remove_dir_all(dir.path().join("state")).unwrap();
    let _proc = start_bot(dir.path(), &bot.password);
    let shown = say(&team, "!config").await;
    assert!(
        shown.contains("citation_style: harvard")
            && !shown.contains("citation_style: harvard (default)"),
        "{shown}"
    );
    assert!(shown.contains("results: 2"), "{shown}");
    let cite = say(&team, "!cite hoffenkamp-2015-nicu-rct").await;
    assert!(cite.contains("Harvard"), "{cite}");
}

/// Subscriptions: a room that follows a search hears once about the records a burst of edits
/// added, then about a corrected number as a change ("was …"); a room that follows nothing hears
/// nothing; a member without power may not subscribe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_subscribed_room_hears_once_about_new_and_changed_records() {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let bob = register("bob").await;
    let server = alice.user_id.server_name().to_string();
    let dir = tempfile::tempdir().unwrap();
    let knowledge = dir.path().join("knowledge");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge"),
        &knowledge,
    );
    alice.listen();
    bob.listen();
    let subscribed = alice
        .create_room(&[&bot.user_id, &bob.user_id], false)
        .await
        .expect("create a room");
    let quiet = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create another room");
    write_config(dir.path(), &bot, &[], &[format!("@alice-*:{server}")]);
    append_config(
        dir.path(),
        &format!(
            "rate_limit_commands = 100\n\n[knowledge]\ndir = {:?}\n",
            knowledge.display().to_string()
        ),
    );
    let _proc = start_bot(dir.path(), &bot.password);
    for r in [&subscribed, &quiet] {
        wait_membership(r, &bot.user_id, MembershipState::Join, WAIT)
            .await
            .expect("the bot joins");
    }
    let q = alice
        .send(&subscribed, "!subscribe zebrafinch")
        .await
        .expect("send");
    let ok = body(&alice.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(ok.contains("Subscribed to “zebrafinch”"), "{ok}");
    assert!(
        ok.contains("Nothing in the knowledge matches it yet"),
        "{ok}"
    );
    let q = alice
        .send(&subscribed, "!subscriptions")
        .await
        .expect("send");
    let list = body(&alice.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(list.contains("1. zebrafinch"), "{list}");

    // Bob, a member without power, may not.
    wait_membership(&subscribed, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("bob invited");
    bob.client
        .join_room_by_id(subscribed.room_id())
        .await
        .unwrap();
    let bob_room = bob.client.get_room(subscribed.room_id()).unwrap();
    let q = bob
        .send(&bob_room, "!subscribe autism")
        .await
        .expect("send");
    let no = body(&bob.wait_reply(&q, WAIT).await.expect("a reply")).0;
    assert!(no.contains("Only this room's moderators"), "{no}");

    // An admin adds two records in quick succession: one notice for both.
    let fukkink = std::fs::read_to_string(knowledge.join("reviews/fukkink-2008.yaml")).unwrap();
    let record = |id: &str, title: &str| {
        fukkink
            .replace("id: fukkink-2008", &format!("id: {id}"))
            .replace("Video feedback in widescreen", title)
    };
    std::fs::write(
        knowledge.join("reviews/zz-zebrafinch-one.yaml"),
        record("zz-zebrafinch-one", "First zebrafinch review"),
    )
    .unwrap();
    std::fs::write(
        knowledge.join("reviews/zz-zebrafinch-two.yaml"),
        record("zz-zebrafinch-two", "Second zebrafinch review"),
    )
    .unwrap();
    let is_notice = |e: &OriginalSyncRoomMessageEvent| {
        e.sender == bot.user_id && body(e).0.starts_with("New and changed evidence")
    };
    let first = alice
        .wait_message(WAIT, "the subscription notice", |e| {
            is_notice(e) && body(e).0.contains("New:")
        })
        .await
        .expect("a notice");
    let text = body(&first).0;
    assert!(text.contains("First zebrafinch review"), "{text}");
    assert!(text.contains("Second zebrafinch review"), "{text}");
    assert!(text.contains("zz-zebrafinch-one"), "{text}");

    // A corrected number is a change, said with what it was.
    let corrected = std::fs::read_to_string(knowledge.join("reviews/zz-zebrafinch-one.yaml"))
        .unwrap()
        .replace("sample: {n: 29,", "sample: {n: 31,");
    std::fs::write(knowledge.join("reviews/zz-zebrafinch-one.yaml"), corrected).unwrap();
    let change = alice
        .wait_message(WAIT, "the change notice", |e| {
            is_notice(e) && body(e).0.contains("Changed:")
        })
        .await
        .expect("a change notice");
    let text = body(&change).0;
    assert!(
        text.contains("sample: 31 studies (1844 families) (was 29 studies (1844 families))"),
        "{text}"
    );
    assert!(!text.contains("Second zebrafinch review"), "{text}");

    // By now: exactly one notice about the added records, in the subscribed room only.
    let notices: Vec<(String, String)> = alice
        .messages
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, e, _)| is_notice(e))
        .map(|(r, e, _)| (r.to_string(), body(e).0))
        .collect();
    let added = notices.iter().filter(|(_, b)| b.contains("New:")).count();
    assert_eq!(added, 1, "{notices:#?}");
    assert!(
        notices
            .iter()
            .all(|(r, _)| r == subscribed.room_id().as_str()),
        "{notices:#?}"
    );
    let _ = quiet;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_disclosure_gets_help_first_and_nothing_of_it_is_kept() {
    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let server = alice.user_id.server_name().to_string();
    let dir = tempfile::tempdir().unwrap();
    alice.listen();
    let admin_room = alice
        .create_room(&[&bot.user_id], false)
        .await
        .expect("create the admin room");
    // Encrypted, as practitioners' rooms are.
    let room = alice
        .create_room(&[&bot.user_id], true)
        .await
        .expect("create a room");
    write_config(
        dir.path(),
        &bot,
        &[&alice.user_id],
        &[format!("@alice-*:{server}")],
    );
    // One command per ten minutes: the flood limit must never silence a safety reply.
    append_config(
        dir.path(),
        &format!(
            "admin_room = {:?}\nrate_limit_commands = 1\nrate_limit_seconds = 600\n\n[safety]\nnotify = \"admin_room\"\n",
            admin_room.room_id().as_str()
        ),
    );
    // Our code at every level (the SDK's own trace output is the operator's choice).
    const EVERY_LEVEL: &str = "evidence_bot=trace,evidence_core=trace,matrix_sdk=warn,info";
    let proc = start_bot_logging(dir.path(), &bot.password, EVERY_LEVEL);
    for r in [&admin_room, &room] {
        wait_membership(r, &bot.user_id, MembershipState::Join, WAIT)
            .await
            .expect("the bot joins");
    }
    // Use up the allowance, then disclose without addressing the bot: the help comes all the
    // same, from the operator's (here the built-in UK) text, with no record list.
    let q = alice.send(&room, "!about").await.expect("send");
    alice.wait_reply(&q, WAIT).await.expect("the about reply");
    let secret = "zebra-quartz";
    let disclosure = format!(
        "sorry to post here, {secret}. i cant do this any more, i just want to go to sleep and not wake up"
    );
    let d = alice.send(&room, &disclosure).await.expect("send");
    let help = body(&alice.wait_reply(&d, WAIT).await.expect("the safety reply")).0;
    assert!(help.contains("116 123"), "{help}");
    assert!(!help.contains("!show") && !help.contains("1. "), "{help}");

    // The admin room hears which room, and nothing of the message.
    let notice = alice
        .wait_message(WAIT, "the admin room's notice", |e| {
            e.sender == bot.user_id && body(e).0.contains("safety reply was sent")
        })
        .await
        .expect("the notice");
    let notice = body(&notice).0;
    assert!(notice.contains(room.room_id().as_str()), "{notice}");
    assert!(
        !notice.contains(secret) && !notice.contains(alice.user_id.as_str()),
        "{notice}"
    );

    // A disclosure in Dutch gets the same (UK) contacts, with the bot's sentences in Dutch:
    // the opening is the one crates/core/i18n/nl.ftl gives.
    let dutch = "ik kan niet meer, ik wil er niet meer zijn. vannacht maak ik er een einde aan";
    let d = alice.send(&room, dutch).await.expect("send");
    let help = body(
        &alice
            .wait_reply(&d, WAIT)
            .await
            .expect("the Dutch safety reply"),
    )
    .0;
    let nl = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/i18n/nl.ftl"),
    )
    .expect("nl.ftl");
    let opening = nl
        .lines()
        .find_map(|l| l.strip_prefix("safety-opening-self = "))
        .expect("the Dutch opening");
    assert!(help.contains(opening) && help.contains("116 123"), "{help}");

    // A moderator turns the watch off (reported to the admin room): an unaddressed disclosure
    // then gets nothing, and one addressed to the bot still gets help. (A restart gives alice
    // a new allowance for the command.)
    let mut proc = proc;
    proc.terminate();
    let proc = start_bot_logging(dir.path(), &bot.password, EVERY_LEVEL);
    let off = alice
        .send(&room, "!config safety_watch off")
        .await
        .expect("send");
    let saved = body(&alice.wait_reply(&off, WAIT).await.expect("saved")).0;
    assert!(saved.contains("safety_watch"), "{saved}");
    alice
        .wait_message(WAIT, "the setting's report", |e| {
            e.sender == bot.user_id && body(e).0.contains("changed safety_watch to: off")
        })
        .await
        .expect("the report");
    let quiet = alice
        .send(&room, "he hit me again last night and took my phone")
        .await
        .expect("send");
    let addressed = alice
        .send(
            &room,
            &format!(
                "{}: he hit me again last night and took my phone",
                bot.user_id
            ),
        )
        .await
        .expect("send");
    let help = body(&alice.wait_reply(&addressed, WAIT).await.expect("help")).0;
    assert!(help.contains("0808 2000 247"), "{help}");
    barrier(&alice, &room).await;
    assert!(alice.replies_to(&quiet).is_empty(), "the watch is off");

    // Nothing of the disclosures is logged at any level, nor kept in the state folder.
    let log = proc.log();
    drop(proc);
    for text in [secret, "hit me again", "einde aan"] {
        assert!(!log.contains(text), "logged: {text}");
    }
    for entry in walk(&dir.path().join("state")) {
        if let Ok(bytes) = std::fs::read(&entry) {
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains(secret), "kept in {}", entry.display());
        }
    }
}

/// Every file below a folder.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs a homeserver: run scripts/test"]
async fn a_reply_to_an_answer_is_read_as_its_follow_up() {
    use matrix_sdk::ruma::events::room::message::{AddMentions, ForwardThread};

    let bot = register("evidence-bot").await;
    let alice = register("alice").await;
    let bob = register("bob").await;
    let server = alice.user_id.server_name().to_string();
    let dir = tempfile::tempdir().unwrap();
    write_config(dir.path(), &bot, &[], &[format!("@alice-*:{server}")]);
    append_config(dir.path(), "rate_limit_commands = 100\n");
    let _proc = start_bot(dir.path(), &bot.password);
    alice.listen();
    bob.listen();
    let room = alice
        .create_room(&[&bot.user_id, &bob.user_id], false)
        .await
        .expect("create a room");
    wait_membership(&room, &bot.user_id, MembershipState::Join, WAIT)
        .await
        .expect("the bot joins");
    wait_membership(&room, &bob.user_id, MembershipState::Invite, WAIT)
        .await
        .expect("bob is invited");
    bob.client.join_room_by_id(room.room_id()).await.unwrap();
    let bob_room = bob.client.get_room(room.room_id()).unwrap();

    let q = alice
        .send(&room, "!evidence premature babies")
        .await
        .expect("send");
    let answer = alice.wait_reply(&q, WAIT).await.expect("the answer");
    let listed = body(&answer).0;
    // The record numbered 2 in that answer, as the answer itself numbers it: its id on the
    // `!show` of line "2." and the first author's surname before "et al."/the year.
    let second = listed
        .lines()
        .find(|l| l.starts_with("2. "))
        .unwrap_or_else(|| panic!("no second result: {listed}"));
    let surname = second
        .rsplit(" — ")
        .next()
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_else(|| panic!("no author on: {second}"))
        .to_string();

    // Bob replies to alice's answer without a mention: read as a follow-up of it.
    let cite = RoomMessageEventContent::text_plain("cite the second one in harvard").make_reply_to(
        &answer,
        ForwardThread::Yes,
        AddMentions::No,
    );
    let c = bob_room.send(cite).await.expect("send").response.event_id;
    let cited = body(&bob.wait_reply(&c, WAIT).await.expect("the citation")).0;
    assert!(cited.contains("Harvard"), "{cited}");
    assert!(cited.contains(&surname), "{surname} in {cited}");

    // A reply that is not a follow-up form gets no answer (it may be a comment for people).
    let chat = RoomMessageEventContent::text_plain("great, I'll read these tonight").make_reply_to(
        &answer,
        ForwardThread::Yes,
        AddMentions::No,
    );
    let chat = bob_room.send(chat).await.expect("send").response.event_id;
    barrier(&bob, &bob_room).await;
    assert!(bob.replies_to(&chat).is_empty(), "a comment was answered");

    // A fragment in reply refines alice's question, and says so.
    let dads = RoomMessageEventContent::text_plain("and for dads?").make_reply_to(
        &answer,
        ForwardThread::Yes,
        AddMentions::No,
    );
    let d = room.send(dads).await.expect("send").response.event_id;
    let refined = body(
        &alice
            .wait_reply(&d, WAIT)
            .await
            .expect("the refined answer"),
    )
    .0;
    assert!(refined.starts_with("Read as a follow-up"), "{refined}");
    assert!(refined.contains("Hoffenkamp"), "{refined}");
}
