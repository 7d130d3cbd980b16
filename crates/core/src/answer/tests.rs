//! Every command's answer, on the knowledge built into the binary. Expected values come from the
//! records themselves (their titles, summaries and numbers), not from earlier replies.

use std::sync::OnceLock;

use super::*;
use crate::chat::parse;
use crate::knowledge::{self, Knowledge};
use crate::render::only_renderer_tags;

fn bundled() -> &'static Snapshot {
    static SNAP: OnceLock<Snapshot> = OnceLock::new();
    SNAP.get_or_init(|| {
        Snapshot::load(None)
            .expect("the built-in knowledge loads")
            .0
    })
}

fn ask(text: &str, ctx: &Context, snap: &Snapshot, pager: &Pager) -> Action {
    let cmd = parse(&ctx.prefix, text).expect("a command");
    respond(&cmd, ctx, snap, pager)
}

fn reply(text: &str, ctx: &Context, snap: &Snapshot, pager: &Pager) -> Reply {
    match ask(text, ctx, snap, pager) {
        Action::Reply(r) => {
            assert!(only_renderer_tags(&r.html), "{}", r.html);
            r
        }
        other => panic!("{text}: {other:?}"),
    }
}

fn ctx() -> Context {
    Context::default()
}

#[test]
fn evidence_lists_a_page_and_more_continues_it() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let first = reply("!evidence preterm", &ctx, snap, &pager);
    let total = snap.index.search("preterm").total();
    assert!(total > 6, "preterm has {total} hits");
    assert!(
        first.plain.contains(&format!("Showing 1–3 of {total}")),
        "{}",
        first.plain
    );
    assert_eq!(
        first.plain.matches("!show ").count(),
        PAGE,
        "{}",
        first.plain
    );
    let ids: Vec<&str> = snap
        .index
        .search("preterm")
        .hits
        .iter()
        .map(|h| snap.knowledge.records[h.ord].id.as_str())
        .collect();
    for id in &ids[..3] {
        assert!(first.plain.contains(&format!("!show {id}")), "{id}");
    }
    let more = reply("!more", &ctx, snap, &pager);
    assert!(
        more.plain.contains(&format!("Showing 4–6 of {total}")),
        "{}",
        more.plain
    );
    for id in &ids[3..6] {
        assert!(more.plain.contains(&format!("!show {id}")), "{id}");
    }
    // Another asker in the same room has no search to continue.
    let bob = Context {
        user: "bob".into(),
        ..ctx.clone()
    };
    assert_eq!(
        reply("!more", &bob, snap, &pager).plain,
        text::nothing_more("!")
    );
}

#[test]
fn more_says_when_the_remembered_results_end_and_how_many_there_were() {
    // 70 copies of one preterm record: more hits than a search remembers.
    let (base, _) = knowledge::load_bundled();
    let proto = base.get("hoffenkamp-2015-nicu-rct").unwrap();
    let records: Vec<_> = (0..70)
        .map(|i| {
            let mut r = proto.clone();
            r.id = format!("copy-{i:02}");
            r.related.clear();
            r
        })
        .collect();
    let k = Knowledge::new(
        records,
        base.vocabulary.clone(),
        base.language.clone(),
        "test".into(),
        "test".into(),
    );
    let snap = Snapshot::build(k).unwrap();
    let (pager, ctx) = (Pager::default(), ctx());
    let first = reply("!evidence preterm", &ctx, &snap, &pager);
    assert!(first.plain.contains("Showing 1–3 of 70"), "{}", first.plain);
    let pages = REMEMBERED / PAGE;
    for n in 1..pages {
        let r = reply("!more", &ctx, &snap, &pager);
        let from = n * PAGE + 1;
        assert!(
            r.plain
                .contains(&format!("Showing {from}–{} of 70", from + 2)),
            "page {n}: {}",
            r.plain
        );
    }
    let end = reply("!more", &ctx, &snap, &pager);
    assert_eq!(end.plain, text::end_of_remembered(REMEMBERED, 70));
}

#[test]
fn more_after_the_last_result_says_so() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let total = snap.index.search("kind:guideline autism").total();
    assert!((1..=3).contains(&total), "{total}");
    reply("!evidence kind:guideline autism", &ctx, snap, &pager);
    assert_eq!(
        reply("!more", &ctx, snap, &pager).plain,
        text::end_of_results()
    );
}

#[test]
fn show_gives_the_whole_record() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let r = snap.knowledge.get("barlow-2016-preterm-pilot").unwrap();
    let shown = reply("!show barlow-2016-preterm-pilot", &ctx, snap, &pager);
    let flat = shown.plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary = r.summary.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(shown.plain.starts_with(&r.title), "{}", shown.plain);
    assert!(flat.contains(&summary));
    for f in &r.findings {
        let start: String = f.statement.chars().take(40).collect();
        assert!(flat.contains(&start), "finding {start:?} missing");
    }
    assert!(shown.plain.contains("d = 0.86") && shown.plain.contains("p = 0.069"));
    for c in &r.caveats {
        let start: String = c.chars().take(40).collect();
        assert!(flat.contains(&start), "caveat {start:?} missing");
    }
    for s in &r.sources {
        assert!(shown.plain.contains(&s.url), "{}", s.url);
    }
    assert!(shown
        .plain
        .contains("Barlow, J.; Sembi, S.; Underdown, A. (2016)"));
    assert!(shown
        .plain
        .contains("Journal of Reproductive and Infant Psychology, 34(5), 511-524"));
    assert!(shown.plain.contains("!cite barlow-2016-preterm-pilot"));
}

#[test]
fn unknown_ids_get_the_closest_one() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let typo = reply("!show barlow-2016-preterm-pilt", &ctx, snap, &pager);
    assert_eq!(
        typo.plain,
        text::unknown_record(
            "barlow-2016-preterm-pilt",
            Some("barlow-2016-preterm-pilot"),
            "!"
        )
    );
    let partial = reply("!show tooten", &ctx, snap, &pager);
    assert!(
        partial.plain.contains("tooten-2012-protocol"),
        "{}",
        partial.plain
    );
    let none = reply("!show zzz", &ctx, snap, &pager);
    assert_eq!(none.plain, text::unknown_record("zzz", None, "!"));
}

#[test]
fn cite_gives_every_record_asked_for_in_the_style_asked_for() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let apa = reply("!cite fukkink-2008 nice-ng26-2015", &ctx, snap, &pager);
    assert!(apa.plain.starts_with("APA 7 citations"), "{}", apa.plain);
    assert!(apa.plain.contains("Fukkink, R. G. (2008)") && apa.plain.contains("(Fukkink, 2008)"));
    assert!(apa
        .plain
        .contains("National Institute for Health and Care Excellence. (2015)"));
    let harvard = Context {
        default_style: Style::Harvard,
        ..ctx.clone()
    };
    let h = reply("!cite fukkink-2008", &harvard, snap, &pager);
    assert!(h.plain.starts_with("Harvard"), "{}", h.plain);
    let ris = reply("!cite fukkink-2008 nobody-1999 ris", &ctx, snap, &pager);
    assert!(
        ris.plain.contains("There is no record `nobody-1999`"),
        "{}",
        ris.plain
    );
    assert!(
        ris.plain.contains("TY  - JOUR") && ris.plain.contains("ER  -"),
        "{}",
        ris.plain
    );
    assert!(ris.html.contains("<pre><code>"));
}

#[test]
fn a_reading_list_attaches_its_file() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let r = reply("!reading-list autism bibtex", &ctx, snap, &pager);
    let file = r.attachment.as_ref().expect("a file");
    assert_eq!(file.filename, "reading-list-autism.bib");
    assert_eq!(file.mime, "application/x-bibtex");
    let body = String::from_utf8(file.data.clone()).unwrap();
    let n = snap.index.search("autism").total().min(READING_LIST_MAX);
    assert_eq!(
        body.matches("\n@").count() + usize::from(body.starts_with('@')),
        n
    );
    assert!(r.plain.contains(&format!("{n} records")), "{}", r.plain);
    let nothing = reply("!reading-list zzzqqq", &ctx, snap, &pager);
    assert!(nothing.attachment.is_none());
}

#[test]
fn topics_show_the_scheme_with_the_records_tagged() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let t = reply("!topics", &ctx, snap, &pager);
    // Counted from the records' own tags: the preterm topic, or a narrower concept of it.
    let v = &snap.knowledge.vocabulary;
    let preterm = v.index("preterm").unwrap();
    let n = snap
        .knowledge
        .records
        .iter()
        .filter(|r| {
            r.topics
                .iter()
                .filter_map(|t| v.index(t))
                .any(|c| v.is_under(c, preterm))
        })
        .count();
    assert!(n > 0);
    assert!(
        t.plain
            .contains(&format!("{} ({n})", v.concept(preterm).label)),
        "{}",
        t.plain
    );
    // A concept nothing is tagged with is not listed as covered.
    let adhd = v.index("adhd").unwrap();
    assert!(!t.plain.contains(&v.concept(adhd).label), "{}", t.plain);
}

#[test]
fn help_lists_commands_for_whoever_may_run_them() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let everyone = reply("!help", &ctx, snap, &pager);
    let admin = Context {
        is_admin: true,
        ..ctx.clone()
    };
    let admins = reply("!help", &admin, snap, &pager);
    for s in crate::chat::COMMANDS {
        assert!(
            admins
                .plain
                .contains(&crate::render::text::command_usage(s, "!")),
            "{}",
            s.name
        );
        assert_eq!(
            everyone
                .plain
                .contains(&crate::render::text::command_usage(s, "!")),
            !s.admin,
            "{}",
            s.name
        );
    }
    let one = reply("!help cite", &ctx, snap, &pager);
    assert_eq!(
        one.plain,
        crate::render::text::command_usage(crate::chat::command::spec("cite").unwrap(), "!")
    );
    let q = Context {
        prefix: "?".into(),
        ..ctx.clone()
    };
    assert!(!reply("?help", &q, snap, &pager).plain.contains('!'));
}

#[test]
fn about_counts_records_by_kind() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let a = reply("!about", &ctx, snap, &pager);
    assert!(a
        .plain
        .contains(&format!("{} records", snap.knowledge.records.len())));
    for (kind, n) in snap.knowledge.counts_by_kind() {
        assert!(
            a.plain.contains(&format!(
                "{}: {n} (level {}",
                kind.label(),
                kind.evidence_level()
            )),
            "{kind:?}"
        );
    }
}

#[test]
fn admin_commands_are_actions_for_admins_and_refused_for_others() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let admin = Context {
        is_admin: true,
        ..ctx.clone()
    };
    assert_eq!(ask("!reload", &admin, snap, &pager), Action::Reload);
    assert_eq!(ask("!status", &admin, snap, &pager), Action::Status);
    for cmd in ["!reload", "!status"] {
        assert_eq!(reply(cmd, &ctx, snap, &pager).plain, text::admin_only());
    }
}

#[test]
fn unknown_commands_and_bad_usage_get_hints() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    assert_eq!(
        reply("!evidenc preterm", &ctx, snap, &pager).plain,
        text::unknown_command("!", "evidenc", Some("evidence"))
    );
    let e = parse("!", "!show").unwrap_err();
    let usage = usage_reply(&e, "!").unwrap();
    assert!(
        usage.plain.starts_with("!show: which record?") && usage.plain.contains("Usage: !show ID")
    );
    assert_eq!(
        usage_reply(&crate::chat::ParseError::NotACommand, "!"),
        None
    );
}

#[test]
fn status_reports_the_figures_it_is_given() {
    let snap = bundled();
    let info = StatusInfo {
        uptime_secs: 2 * 3600 + 5 * 60,
        rooms: 4,
        last_reload: "ok: 1 records at x".into(),
    };
    let r = status(&info, snap);
    assert!(r.plain.starts_with("Up 2h 05m. Rooms: 4."), "{}", r.plain);
    assert!(r
        .plain
        .contains(&format!("Records: {}", snap.knowledge.records.len())));
}

#[test]
fn whatsnew_lists_what_was_added_or_changed_since_a_date_newest_first() {
    let (mut k, _) = crate::knowledge::load_bundled();
    for r in &mut k.records {
        r.added = Some("2020-01-01".into());
        r.updated = None;
    }
    let set =
        |k: &mut crate::knowledge::Knowledge, id: &str, added: &str, updated: Option<&str>| {
            let r = k.records.iter_mut().find(|r| r.id == id).unwrap();
            r.added = Some(added.into());
            r.updated = updated.map(String::from);
        };
    set(
        &mut k,
        "hoffenkamp-2015-nicu-rct",
        "2020-01-01",
        Some("2026-01-10"),
    );
    set(&mut k, "barlow-2016-preterm-pilot", "2026-01-05", None);
    set(&mut k, "fukkink-2008", "2026-01-07", None);
    let snap = Snapshot::build(k).unwrap();
    let pager = Pager::default();
    let plain = reply("!whatsnew since:2026-01-01", &ctx(), &snap, &pager).plain;
    // By hand: three records, the change of 10 January first, then 7 and 5 January.
    assert!(plain.contains(": 3 record(s)"), "{plain}");
    let at = |id: &str| {
        plain
            .find(id)
            .unwrap_or_else(|| panic!("{id} missing:\n{plain}"))
    };
    assert!(at("hoffenkamp-2015-nicu-rct") < at("fukkink-2008"));
    assert!(at("fukkink-2008") < at("barlow-2016-preterm-pilot"));
    assert!(plain.contains("Changed 2026-01-10:"), "{plain}");
    assert!(plain.contains("New 2026-01-05:"), "{plain}");
    // Filters narrow it; a later date finds nothing.
    let plain = reply("!whatsnew since:2026-01-01 kind:rct", &ctx(), &snap, &pager).plain;
    assert!(
        plain.contains(": 1 record(s)") && plain.contains("hoffenkamp"),
        "{plain}"
    );
    let plain = reply("!whatsnew since:2026-02-01", &ctx(), &snap, &pager).plain;
    assert!(
        plain.contains("Nothing was added or changed since 2026-02-01"),
        "{plain}"
    );
}

#[test]
fn chart_and_map_are_figures_or_say_plainly_why_not() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    match ask("!chart preterm", &ctx, snap, &pager) {
        Action::Figure(crate::figure::Figure::Chart(c)) => {
            assert!(c.row_count() > 0);
            // The Hoffenkamp trial's sensitivity range, as its record gives it.
            assert!(
                c.alt_text().contains("d = 0.24 to 0.60"),
                "{}",
                c.alt_text()
            );
        }
        other => panic!("{other:?}"),
    }
    // Nothing is about EMDR: the reply says so, names the word and draws nothing.
    let r = reply("!chart EMDR for PTSD", &ctx, snap, &pager);
    assert!(
        r.plain
            .starts_with("Nothing in the knowledge is about EMDR"),
        "{}",
        r.plain
    );
    assert!(r.attachment.is_none());
    let r = reply("!chart how to bake sourdough bread", &ctx, snap, &pager);
    assert!(r.plain.contains("nothing to draw"), "{}", r.plain);
    // Direct records without effect sizes: said, with the !evidence command to read them. The
    // family-court records report no effect sizes (checked from their findings here).
    let result = snap.index.search("family court");
    assert!(result.direct > 0);
    assert!(result
        .direct_hits()
        .iter()
        .all(|h| snap.knowledge.records[h.ord]
            .findings
            .iter()
            .all(|f| f.effect.is_none())));
    let r = reply("!chart family court", &ctx, snap, &pager);
    assert!(r.plain.contains("no effect size to chart"), "{}", r.plain);
    assert!(r.plain.contains("!evidence family court"), "{}", r.plain);
    match ask("!map", &ctx, snap, &pager) {
        Action::Figure(crate::figure::Figure::Map(m)) => {
            assert_eq!(m.records, snap.knowledge.records.len());
            assert!(m.question.is_none());
        }
        other => panic!("{other:?}"),
    }
    match ask("!map autism", &ctx, snap, &pager) {
        Action::Figure(crate::figure::Figure::Map(m)) => {
            assert_eq!(m.records, snap.index.search("autism").direct);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_concept_nothing_covers_is_named_and_nothing_is_listed() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let r = reply(
        "!evidence does VIG help with parental sensitivity in mothers who are in prison",
        &ctx,
        snap,
        &pager,
    );
    // No record mentions prison; the vocabulary names the concept.
    assert!(!snap.knowledge.records.iter().any(|r| {
        let t = format!("{} {}", r.summary, r.population.as_deref().unwrap_or(""));
        t.to_lowercase().contains("prison")
    }));
    let v = &snap.knowledge.vocabulary;
    let prison = v.get("prisons").expect("the vocabulary knows prisons");
    assert!(
        r.plain.starts_with(&format!(
            "Nothing in the knowledge is about {}.",
            prison.label
        )),
        "{}",
        r.plain
    );
    assert!(r.presented.evidence.is_empty() && !r.plain.contains("!show "));
}

#[test]
fn what_the_question_excludes_is_said_to_be_left_out() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let v = &snap.knowledge.vocabulary;
    let label_of = |typed: &str| {
        v.concepts()
            .iter()
            .find(|c| c.labels().any(|l| l.eq_ignore_ascii_case(typed)))
            .map(|c| c.label.clone())
            .expect("a concept")
    };
    let r = reply(
        "!evidence a VIPP trial for autistic toddlers that isn't about baby siblings",
        &ctx,
        snap,
        &pager,
    );
    let siblings = label_of("baby siblings");
    assert!(
        r.plain.contains(&format!(
            "Leaving out the records about \u{201c}{siblings}\u{201d}"
        )),
        "{}",
        r.plain
    );
    let r = reply(
        "!evidence VIG specifically, not all video feedback",
        &ctx,
        snap,
        &pager,
    );
    assert!(
        r.plain.contains(&format!(
            "Leaving out the records about \u{201c}{} other than {}\u{201d}",
            label_of("video feedback"),
            label_of("VIG")
        )),
        "{}",
        r.plain
    );
    // When what was left out is why nothing is about the question, the answer still says so.
    let r = reply(
        "!evidence VIPP for baby siblings excluding autism",
        &ctx,
        snap,
        &pager,
    );
    assert!(r.presented.evidence.is_empty(), "{}", r.plain);
    assert!(
        r.plain.contains(&format!(
            "Leaving out the records about \u{201c}{}\u{201d}, as asked.",
            label_of("autism")
        )),
        "{}",
        r.plain
    );
}

/// Issue 31: in another language, what the bot writes itself is in that language: the help, a
/// record's labels, kinds and topics, the overview's outcome names and directions, `!about`.
#[test]
fn replies_in_another_language_leave_no_english_of_the_bots_own() {
    use crate::locale::{within, Lang};
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let k = &snap.knowledge;
    let in_lang = |lang: Lang, text: &str| within(lang, || reply(text, &ctx, snap, &pager).plain);
    // A concept's first label in a language, as the reply names it (with a capital, like the
    // English labels of topics and outcomes).
    let first_label = |lang: Lang, id: &str| {
        let label = &k
            .languages
            .iter()
            .find(|l| l.language == lang.code())
            .and_then(|l| l.concepts.get(id))
            .unwrap_or_else(|| panic!("{lang} labels {id}"))
            .labels[0];
        let mut c = label.chars();
        c.next()
            .unwrap()
            .to_uppercase()
            .chain(c)
            .collect::<String>()
    };

    let help = in_lang(Lang::Nl, "!help");
    assert!(
        help.contains(
            "!show ID: alles over één item (bevindingen, cijfers, kanttekeningen, bronnen)"
        ),
        "{help}"
    );
    assert!(!help.contains("everything about one record"), "{help}");

    let show = in_lang(Lang::Nl, "!show hoffenkamp-2015-nicu-rct");
    assert!(show.contains("[RCT · niveau 3/6]"), "{show}");
    let topics = format!(
        "Onderwerpen: {}, {}",
        first_label(Lang::Nl, "preterm"),
        first_label(Lang::Nl, "fathers")
    );
    assert!(show.contains(&topics), "{topics} in {show}");
    assert!(show.contains("(d = 0.24 tot 0.60)"), "{show}");
    assert!(show.contains("(niet significant)"), "{show}");

    let about = in_lang(Lang::Nl, "!about");
    assert!(
        about.contains("(niveau 4, Pilot-RCT, cohortonderzoek of gecontroleerde studie)"),
        "{about}"
    );
    assert!(about.contains("• Boekhoofdstuk: "), "{about}");
    let about = in_lang(Lang::Cy, "!about");
    assert!(about.contains("• Meta-ddadansoddiad: "), "{about}");
    assert!(about.contains("(lefel 2, Adolygiad systematig)"), "{about}");

    let answer = in_lang(Lang::Nl, "!evidence prematuur");
    let sensitivity = format!(
        "• {}: verbeterd in ",
        first_label(Lang::Nl, "parental_sensitivity")
    );
    assert!(answer.contains(&sensitivity), "{sensitivity} in {answer}");
    assert!(answer.contains("[Review · L2]"), "{answer}");
    for english in [
        "certainty",
        "improved",
        "no significant difference",
        "Systematic review",
    ] {
        assert!(!answer.contains(english), "{english} in {answer}");
    }
}

/// A figure keeps the language it was asked in: the shell writes its alt text and draws its
/// words on another thread, outside the reply's language scope (issue 31: charts and maps were
/// English in every language).
#[test]
fn a_figure_is_written_in_the_language_it_was_asked_in() {
    use crate::locale::{within, Lang};
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let chart = within(Lang::Nl, || ask("!chart prematuur", &ctx, snap, &pager));
    let Action::Figure(chart) = chart else {
        panic!("{chart:?}")
    };
    assert_eq!(chart.language(), Lang::Nl);
    let alt = std::thread::spawn(move || chart.alt_text()).join().unwrap();
    assert!(
        alt.starts_with("Grafiek van effecten voor “prematuur”"),
        "{alt}"
    );
    assert!(alt.contains("d = 0.24 tot 0.60"), "{alt}");
    let map = within(Lang::Cy, || ask("!map", &ctx, snap, &pager));
    let Action::Figure(map) = map else {
        panic!("{map:?}")
    };
    assert!(
        map.alt_text().starts_with("Map tystiolaeth o'r"),
        "{}",
        map.alt_text()
    );
}

/// A notice of what changed in a record names its fields, kind and status in the room's
/// language (issue 31); English as the knowledge files say them.
#[test]
fn what_changed_is_said_in_the_reply_language() {
    use crate::locale::{within, Lang};
    let old = bundled().knowledge.get("hoffenkamp-2015-nicu-rct").unwrap();
    let mut new = old.clone();
    new.kind = crate::knowledge::Kind::PilotRct;
    new.year = Some(2016);
    new.status = crate::knowledge::model::Status::Verified;
    let nl = within(Lang::Nl, || what_changed(old, &new));
    assert!(nl.contains(&"jaar: 2016 (was 2015)".to_string()), "{nl:?}");
    assert!(
        nl.contains(&"soort: Pilot-RCT (was RCT)".to_string()),
        "{nl:?}"
    );
    assert!(
        nl.contains(&"status: geverifieerd (was deels geverifieerd)".to_string()),
        "{nl:?}"
    );
    let en = within(Lang::En, || what_changed(old, &new));
    assert!(
        en.contains(&"kind: Pilot RCT (was RCT)".to_string()),
        "{en:?}"
    );
    assert!(
        en.contains(&"status: verified (was partial)".to_string()),
        "{en:?}"
    );
}

/// A reading list's lines tag each record with its kind in the reply's language.
#[test]
fn a_reading_list_names_kinds_in_the_reply_language() {
    let (snap, pager, ctx) = (bundled(), Pager::default(), ctx());
    let nl = crate::locale::within(crate::locale::Lang::Nl, || {
        reply("!reading-list autism", &ctx, snap, &pager).plain
    });
    let guidelines = snap
        .index
        .search("autism")
        .hits
        .iter()
        .take(12)
        .any(|h| snap.knowledge.records[h.ord].kind == crate::knowledge::Kind::Guideline);
    assert!(!nl.contains("[Guideline]"), "{nl}");
    assert!(!guidelines || nl.contains("[Richtlijn]"), "{nl}");
}
