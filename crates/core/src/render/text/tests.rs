//! Every sentence function called with sample arguments.

use super::rooms::config_about;
use super::*;
use crate::knowledge::model::{Certainty, Direction, Effect, EffectType, Finding, Intervention};
use crate::knowledge::safety::{RiskKind, SafetyTexts};
use crate::knowledge::{Facet, Kind, Task};
use crate::references::{Format, Style};
use crate::render::Line;
use crate::rooms::SettingProblem;
use std::collections::BTreeSet;

use crate::locale::Lang;
use strum::IntoEnumIterator;

/// A line's plain and HTML forms.
fn shown(l: Line) -> Vec<String> {
    vec![l.plain, l.html]
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|w| w.to_string()).collect()
}

fn setting_problems() -> Vec<SettingProblem<'static>> {
    vec![
        SettingProblem::OneOf {
            key: "citation_style",
            values: "apa, harvard, vancouver".into(),
        },
        SettingProblem::Is {
            key: "replies",
            values: "room|thread".into(),
        },
        SettingProblem::OnOff { key: "gap_log" },
        SettingProblem::Number {
            key: "results",
            max: 5,
        },
        SettingProblem::Filters,
        SettingProblem::Welcome,
        SettingProblem::Contact,
        SettingProblem::Unknown {
            key: "colour",
            keys: "citation_style, results".into(),
        },
    ]
}

fn sample_effect(kind: EffectType, value: f64, to: Option<f64>) -> Effect {
    Effect { kind, value, to }
}

/// Findings covering what a finding's numbers say: an effect with a confidence interval and a p
/// value, significance alone, a GRADE certainty.
fn sample_findings() -> Vec<Finding> {
    let finding: Finding = serde_yaml::from_str("statement: x\nverified: true").unwrap();
    vec![
        Finding {
            effect: Some(sample_effect(EffectType::D, 0.86, None)),
            ci: Some([-0.11, 0.61]),
            p: Some("0.069".into()),
            significant: Some(false),
            ..finding.clone()
        },
        Finding {
            significant: Some(true),
            ..finding.clone()
        },
        Finding {
            effect: Some(sample_effect(EffectType::Smd, 0.24, Some(0.6))),
            p: Some("< .001".into()),
            certainty: Some(Certainty::Moderate),
            ..finding
        },
    ]
}

/// Each function's outputs for sample arguments covering its branches, keyed by its name.
// One table of every message with its sample arguments: its length is the number of messages.
#[allow(clippy::too_many_lines)]
fn samples() -> Vec<(&'static str, Vec<String>)> {
    let one = s(&["“fathers”"]);
    let two = s(&["“fathers”", "“ADHD”"]);
    let three = s(&["“fathers”", "“ADHD”", "“NICU”"]);
    let effect_types = [
        EffectType::D,
        EffectType::G,
        EffectType::Smd,
        EffectType::Md,
        EffectType::R,
        EffectType::Or,
        EffectType::Rr,
        EffectType::Hr,
        EffectType::Percent,
    ];
    vec![
        ("reply_cut", vec![reply_cut()]),
        ("query_truncated", vec![query_truncated(500)]),
        ("help_intro", vec![help_intro()]),
        ("help_outro", vec![help_outro("!")]),
        (
            "command_about",
            crate::chat::COMMANDS
                .iter()
                .map(|c| command_about(c.name, "!"))
                .collect(),
        ),
        (
            "command_usage",
            ["cite", "status"]
                .iter()
                .map(|c| command_usage(crate::chat::command::spec(c).unwrap(), "!"))
                .collect(),
        ),
        (
            "unknown_command",
            vec![
                unknown_command("!", "evidense", Some("evidence")),
                unknown_command("!", "xyz", None),
            ],
        ),
        ("bad_usage", vec![bad_usage("!", "cite", "no id given")]),
        (
            "usage_problem",
            [
                crate::chat::Problem::WhichRecord,
                crate::chat::Problem::OneRecord,
                crate::chat::Problem::WhichRecords,
                crate::chat::Problem::TooManyRecords,
                crate::chat::Problem::WhichTopic,
                crate::chat::Problem::WhatToChart,
                crate::chat::Problem::WhatToFollow,
                crate::chat::Problem::WhichSubscription,
                crate::chat::Problem::WhatYouWereLookingFor,
                crate::chat::Problem::OnePeriod,
                crate::chat::Problem::Period("`x` is not a date".into()),
            ]
            .iter()
            .map(|p| usage_problem(p, "!"))
            .collect(),
        ),
        ("nothing_more", vec![nothing_more("!")]),
        ("end_of_results", vec![end_of_results()]),
        ("end_of_remembered", vec![end_of_remembered(30, 45)]),
        ("more_on", vec![more_on("“preterm”")]),
        (
            "status",
            vec![status(3 * 3600 + 5 * 60, 4, 107, "2026-01", "git", "never")],
        ),
        (
            "unknown_record",
            vec![
                unknown_record("vig-2019", Some("vig-2018"), "!"),
                unknown_record("vig-2019", None, "!"),
            ],
        ),
        ("admin_only", vec![admin_only()]),
        ("admin_needs_bot", vec![admin_needs_bot()]),
        (
            "nothing_found",
            vec![
                nothing_found("preterm twins"),
                nothing_found("one two three four five six seven eight nine"),
            ],
        ),
        ("unverified", vec![unverified()]),
        ("partial", vec![partial()]),
        ("finding_unverified", vec![finding_unverified()]),
        ("slow_down", vec![slow_down(5, 60)]),
        (
            "format_hint",
            [
                Format::Ris,
                Format::Bibtex,
                Format::Markdown,
                Format::CslJson,
                Format::Style(Style::Apa),
                Format::Style(Style::Harvard),
                Format::Style(Style::Vancouver),
            ]
            .into_iter()
            .map(format_hint)
            .collect(),
        ),
        ("citation_failed", vec![citation_failed("vig-2019")]),
        ("undecryptable", vec![undecryptable("@ann:example.org")]),
        ("internal_error", vec![internal_error()]),
        ("label::findings", vec![label::findings()]),
        ("label::caveats", vec![label::caveats()]),
        ("label::related", vec![label::related()]),
        ("label::sources", vec![label::sources()]),
        ("label::source_unverified", vec![label::source_unverified()]),
        ("label::cite_it", vec![label::cite_it()]),
        ("label::intervention", vec![label::intervention()]),
        ("label::who", vec![label::who()]),
        ("label::design", vec![label::design()]),
        ("label::sample", vec![label::sample()]),
        ("label::country", vec![label::country()]),
        ("label::registration", vec![label::registration()]),
        ("label::topics", vec![label::topics()]),
        ("label::in_text", vec![label::in_text()]),
        ("label::authors_not_known", vec![label::authors_not_known()]),
        (
            "chapter_in",
            vec![chapter_in("4", "Video Interaction Guidance")],
        ),
        ("in_book", vec![in_book("Video Interaction Guidance")]),
        ("partial_see_caveats", vec![partial_see_caveats()]),
        ("unverified_warning", vec![unverified_warning()]),
        (
            "citations_heading",
            vec![citations_heading("APA 7", 1), citations_heading("APA 7", 3)],
        ),
        (
            "citation_text_heading",
            [
                shown(citation_text_heading(
                    "BIBTEX",
                    1,
                    "!reading-list QUERY bibtex",
                )),
                shown(citation_text_heading("RIS", 4, "!reading-list QUERY ris")),
            ]
            .concat(),
        ),
        (
            "reading_list_nothing",
            shown(reading_list_nothing("twins", "!")),
        ),
        (
            "nothing_about_try_topics",
            shown(nothing_about_try_topics(&two, "!")),
        ),
        (
            "reading_list_heading",
            vec![reading_list_heading("“preterm”")],
        ),
        (
            "reading_list_summary",
            vec![
                reading_list_summary(1, "preterm.ris", "RIS, for Zotero", 1),
                reading_list_summary(12, "preterm.ris", "RIS, for Zotero", 12),
                reading_list_summary(12, "preterm.ris", "RIS, for Zotero", 30),
            ],
        ),
        ("more_in_the_file", vec![more_in_the_file(18)]),
        ("topics_heading", vec![topics_heading(80, 120)]),
        ("facet_label", Facet::iter().map(facet_label).collect()),
        ("topics_how", vec![topics_how()]),
        ("record_count", vec![record_count(1), record_count(14)]),
        ("about", vec![about()]),
        (
            "knowledge_loaded",
            vec![knowledge_loaded(
                "dc73ed7b943f",
                "built-in",
                "2026-01-02 10:00 UTC",
            )],
        ),
        ("records_and_topics", vec![records_and_topics(107, 55)]),
        ("kind_tally", vec![kind_tally(Kind::Rct, 41)]),
        (
            "intervention",
            [
                Intervention::Vig,
                Intervention::VippSd,
                Intervention::VideoFeedback,
                Intervention::Other,
                Intervention::None,
            ]
            .into_iter()
            .map(intervention)
            .collect(),
        ),
        ("kind_label", Kind::iter().map(kind_label).collect()),
        ("kind_short", Kind::iter().map(kind_short).collect()),
        ("level_label", (1..=6).map(level_label).collect()),
        (
            "last_reload",
            vec![last_reload("2026-01-02 10:00 UTC, 107 records")],
        ),
        ("note", vec![note("since: needs a year")]),
        (
            "showing_results_for",
            vec![showing_results_for("preterm", "pretrem")],
        ),
        (
            "did_you_mean",
            vec![
                did_you_mean(&["preterm"]),
                did_you_mean(&["preterm", "parent"]),
            ],
        ),
        (
            "or_list",
            vec![or_list(&one), or_list(&two), or_list(&three)],
        ),
        (
            "nothing_about",
            vec![
                nothing_about(&one),
                nothing_about(&two),
                nothing_about(&three),
            ],
        ),
        (
            "excluded",
            vec![excluded(&s(&["ADHD"])), excluded(&s(&["ADHD", "autism"]))],
        ),
        (
            "other_than",
            vec![
                other_than("video feedback", &s(&["VIG"])),
                other_than("video feedback", &s(&["VIG", "VIPP"])),
            ],
        ),
        ("evidence_on", vec![evidence_on("“preterm”")]),
        (
            "direct_count",
            vec![
                direct_count(&[(Kind::Rct, 1)]),
                direct_count(&[
                    (Kind::SystematicReview, 1),
                    (Kind::Rct, 2),
                    (Kind::PilotRct, 2),
                ]),
                direct_count(&[
                    (Kind::SystematicReview, 1),
                    (Kind::Rct, 2),
                    (Kind::PilotRct, 2),
                    (Kind::Qualitative, 3),
                ]),
                direct_count(&[
                    (Kind::SystematicReview, 1),
                    (Kind::Rct, 2),
                    (Kind::PilotRct, 2),
                    (Kind::Qualitative, 3),
                    (Kind::Report, 1),
                ]),
            ],
        ),
        (
            "kind_count",
            Kind::all()
                .flat_map(|k| [kind_count(k, 1), kind_count(k, 2), kind_count(k, 0)])
                .collect(),
        ),
        ("kind_plural", Kind::all().map(kind_plural).collect()),
        ("kind_singular", Kind::all().map(kind_singular).collect()),
        ("task_label", Task::iter().map(task_label).collect()),
        (
            "read_as",
            vec![
                read_as(&s(&["effects", "VIG"]), &[]),
                read_as(&s(&["effects", "VIG"]), &s(&["cleft", "lip"])),
            ],
        ),
        ("could_not_tell", vec![could_not_tell()]),
        ("could_not_tell_what", vec![could_not_tell_what("“hmm”")]),
        ("first_of", vec![first_of(5, 12)]),
        ("example_question", vec![example_question()]),
        (
            "nearest",
            vec![nearest("neurodiversity", 1), nearest("neurodiversity", 14)],
        ),
        (
            "nothing_together",
            vec![nothing_together(&two), nothing_together(&three)],
        ),
        (
            "part_count",
            vec![part_count("fathers", 1), part_count("fathers", 4)],
        ),
        ("in_general", vec![in_general()]),
        ("unverified_short", vec![unverified_short()]),
        (
            "showing",
            vec![
                showing(1, 3, 0, 5),
                showing(1, 3, 5, 5),
                showing(1, 3, 5, 9),
            ],
        ),
        (
            "more_for",
            [shown(more_for("!", 1)), shown(more_for("!", 3))].concat(),
        ),
        ("cite_for_a_citation", shown(cite_for_a_citation("!"))),
        ("show_for_details", shown(show_for_details("!"))),
        (
            "topics_lists_what_is_covered",
            shown(topics_lists_what_is_covered("!")),
        ),
        ("try_for_example", shown(try_for_example("!"))),
        ("about_curation", shown(about_curation("!"))),
        (
            "direction_count",
            vec![
                direction_count("improved", 3, &[]),
                direction_count("improved", 2, &s(&["A", "B"])),
            ],
        ),
        ("words_held_back", vec![words_held_back()]),
        ("findings_disagree", vec![findings_disagree()]),
        (
            "randomised",
            vec![
                randomised(300, "families (151 VIPP-SD, 149 usual care)"),
                randomised(40, "mothers randomised"),
                randomised(40, ""),
                randomised(40, "a unit name that is far too long to be shown here"),
            ],
        ),
        (
            "took_part",
            vec![
                took_part(93, "children"),
                took_part(
                    12,
                    "parents of children in a very long description of who took part (x)",
                ),
            ],
        ),
        ("no_result_recorded", vec![no_result_recorded()]),
        (
            "primary_result",
            vec![primary_result("no significant difference")],
        ),
        ("primary_mixed", vec![primary_mixed(1, 3)]),
        ("key_finding", vec![key_finding()]),
        ("from_paper", vec![from_paper("Smith et al.", "2020")]),
        ("any_intervention", vec![any_intervention()]),
        ("largest_heading", vec![largest_heading("VIPP-SD")]),
        (
            "sized_count",
            vec![sized_count(0, 0), sized_count(1, 1), sized_count(6, 8)],
        ),
        (
            "count_heading",
            vec![count_heading("VIG", 1), count_heading("VIG", 5)],
        ),
        (
            "count_body",
            vec![
                count_body(&[], 0, 0, &[]),
                count_body(&s(&["3 RCTs"]), 1, 1, &s(&["1 review"])),
                count_body(
                    &s(&["3 RCTs", "2 pilot RCTs"]),
                    6,
                    2,
                    &s(&["1 review", "2 books"]),
                ),
            ],
        ),
        (
            "latest_meta",
            vec![latest_meta(
                "van IJzendoorn et al.",
                "2022",
                25,
                "randomised controlled trials",
            )],
        ),
        ("null_heading", vec![null_heading("video feedback")]),
        (
            "null_count",
            vec![null_count(1, 1, 0, 1), null_count(9, 4, 2, 1)],
        ),
        ("key_null_note", vec![key_null_note(1), key_null_note(2)]),
        ("harms_heading", vec![harms_heading("VIG")]),
        (
            "harms_count",
            vec![
                harms_count(1, 0, 0, 0),
                harms_count(5, 0, 0, 0),
                harms_count(1, 1, 1, 0),
                harms_count(9, 3, 2, 1),
            ],
        ),
        ("dose_heading", vec![dose_heading("VIPP-SD")]),
        ("dose_count", vec![dose_count(1, 1), dose_count(9, 4)]),
        (
            "sessions",
            vec![
                sessions(Some(6), Some(8), None),
                sessions(Some(6), Some(6), Some(12)),
                sessions(Some(1), None, Some(1)),
                sessions(Some(4), None, None),
                sessions(None, None, Some(10)),
            ],
        ),
        ("dose_not_compared", vec![dose_not_compared()]),
        ("delivered_heading", vec![delivered_heading("VIG")]),
        (
            "delivered_count",
            vec![delivered_count(1, 1), delivered_count(9, 3)],
        ),
        ("analysed_of", vec![analysed_of(244, 300)]),
        ("attrition_heading", vec![attrition_heading("VIG")]),
        (
            "attrition_count",
            vec![attrition_count(1, 1), attrition_count(9, 4)],
        ),
        ("share_lost", vec![share_lost(0.186), share_lost(0.0)]),
        ("cost_heading", vec![cost_heading("VIPP-SD")]),
        (
            "cost_count",
            vec![cost_count(1, 1), cost_count(12, 1), cost_count(12, 3)],
        ),
        (
            "cost_line",
            vec![
                cost_line(Some(1800.4), "GBP", Some(2019), " ICER £X per QALY. "),
                cost_line(Some(1800.0), "GBP", None, ""),
                cost_line(None, "GBP", None, "Cost-effective."),
            ],
        ),
        (
            "currency_heading",
            vec![currency_heading("postnatal depression")],
        ),
        (
            "currency_count",
            vec![currency_count(0), currency_count(1), currency_count(2)],
        ),
        (
            "guideline_status",
            vec![
                guideline_status(Some("under surveillance"), Some("2026-12-03")),
                guideline_status(Some("current"), None),
                guideline_status(None, Some("2026-12-03")),
            ],
        ),
        (
            "certainty_heading",
            vec![certainty_heading("postnatal depression")],
        ),
        (
            "certainty_count",
            vec![
                certainty_count(1, 1),
                certainty_count(4, 1),
                certainty_count(4, 2),
            ],
        ),
        (
            "as_of_knowledge",
            vec![
                as_of_knowledge("2026-01", Some("2026-01-05")),
                as_of_knowledge("2026-01", None),
            ],
        ),
        (
            "gaps_heading",
            vec![
                gaps_heading("2026-11-23", "2026-11-30", 0, 0),
                gaps_heading("2026-11-23", "2026-11-30", 7, 4),
            ],
        ),
        (
            "gap_group",
            vec![
                gap_group(&s(&["emdr", "ptsd"]), false, 3, "2026-11-29"),
                gap_group(&[], false, 1, "2026-11-29"),
                gap_group(&s(&["x"]), true, 2, "2026-11-29"),
            ],
        ),
        ("gap_votes", vec![gap_votes(3, 1)]),
        ("gap_comments", vec![gap_comments()]),
        ("gaps_next_step", vec![gaps_next_step("!")]),
        ("gap_digest", vec![gap_digest()]),
        ("feedback_ask", vec![feedback_ask()]),
        ("feedback_thanks", vec![feedback_thanks()]),
        ("feedback_needs_reply", vec![feedback_needs_reply("!")]),
        ("feedback_off", vec![feedback_off()]),
        ("gap_log_off", vec![gap_log_off()]),
        ("needs_a_room", vec![needs_a_room()]),
        ("config_heading", vec![config_heading()]),
        ("config_default", vec![config_default()]),
        ("config_how", vec![config_how("!")]),
        (
            "config_one",
            vec![
                config_one("citation_style", "apa", true, "apa, harvard", "!"),
                config_one("results", "3", false, "1 to 10", "!"),
                config_one("language", "auto", false, "auto|en|nl", "!"),
            ],
        ),
        ("config_saved", vec![config_saved("results", "5")]),
        ("field_sample", vec![field_sample()]),
        ("field_title", vec![field_title()]),
        ("field_year", vec![field_year()]),
        ("field_kind", vec![field_kind()]),
        ("field_status", vec![field_status()]),
        (
            "record_status",
            [
                crate::knowledge::model::Status::Verified,
                crate::knowledge::model::Status::Partial,
                crate::knowledge::model::Status::Unverified,
            ]
            .into_iter()
            .map(record_status)
            .collect(),
        ),
        (
            "setting_problem",
            setting_problems().iter().map(setting_problem).collect(),
        ),
        (
            "config_problem",
            vec![config_problem("results must be 1 to 10", "!")],
        ),
        ("config_moderators_only", vec![config_moderators_only()]),
        ("config_not_saved", vec![config_not_saved()]),
        ("subscribed", vec![subscribed("“preterm”", 2)]),
        ("latest_match", vec![latest_match()]),
        ("nothing_matches_yet", vec![nothing_matches_yet()]),
        ("already_subscribed", vec![already_subscribed("“preterm”")]),
        (
            "too_many_subscriptions",
            vec![too_many_subscriptions(10, "!")],
        ),
        ("unsubscribed", vec![unsubscribed("“preterm”")]),
        ("unsubscribed_all", vec![unsubscribed_all()]),
        ("unsubscribe_which", vec![unsubscribe_which(3, "!")]),
        ("no_subscriptions", vec![no_subscriptions("!")]),
        ("subscriptions_heading", vec![subscriptions_heading()]),
        ("unsubscribe_how", vec![unsubscribe_how("!")]),
        ("notice_heading", vec![notice_heading()]),
        ("notice_for", vec![notice_for("“preterm”")]),
        ("new_record", vec![new_record()]),
        ("changed_record", vec![changed_record()]),
        (
            "changed_value",
            vec![changed_value("sample", "150 families", "210 families")],
        ),
        (
            "findings_changed",
            vec![
                findings_changed(2, 0),
                findings_changed(0, 1),
                findings_changed(2, 1),
            ],
        ),
        ("other_details_changed", vec![other_details_changed()]),
        ("and_more", vec![and_more(4)]),
        (
            "whatsnew_heading",
            vec![
                whatsnew_heading("2026-01-01", 3, ""),
                whatsnew_heading("2026-01-01", 1, "kind:rct"),
            ],
        ),
        (
            "whatsnew_when",
            vec![
                whatsnew_when(true, "2026-01-02"),
                whatsnew_when(false, "2026-01-02"),
            ],
        ),
        (
            "nothing_new",
            vec![
                nothing_new("2026-01-01", ""),
                nothing_new("2026-01-01", "kind:rct"),
            ],
        ),
        ("whatsnew_more", vec![whatsnew_more(5, "!")]),
        ("nothing_to_draw", vec![nothing_to_draw()]),
        ("chart_other_outcomes", vec![chart_other_outcomes()]),
        (
            "chart_no_effects",
            [
                shown(chart_no_effects(1, "“x”", "!evidence x")),
                shown(chart_no_effects(3, "“x”", "!evidence x")),
            ]
            .concat(),
        ),
        (
            "measure_name",
            effect_types.iter().map(|m| measure_name(*m)).collect(),
        ),
        (
            "chart_heading",
            vec![
                chart_heading("preterm", 1, 1),
                chart_heading("preterm", 7, 3),
            ],
        ),
        (
            "chart_panel",
            effect_types.iter().map(|m| chart_panel(*m, "0")).collect(),
        ),
        (
            "chart_row",
            vec![chart_row(
                "Hoffenkamp et al. 2015",
                Kind::Rct,
                3,
                "d = 0.24 to 0.60",
            )],
        ),
        (
            "chart_not_drawn",
            vec![
                chart_not_drawn(1, 0, 0, 0, 20),
                chart_not_drawn(2, 1, 3, 4, 20),
            ],
        ),
        ("level_short", (1..=6).map(level_short).collect()),
        (
            "map_heading",
            vec![
                map_heading(Some("preterm"), 1, 1),
                map_heading(Some("preterm"), 7, 3),
                map_heading(None, 107, 40),
            ],
        ),
        ("map_cell", vec![map_cell(3, 2)]),
        (
            "figure_file",
            vec![figure_file("chart.png", 1200, 800, 45000)],
        ),
        ("chart_title", vec![chart_title("preterm")]),
        (
            "chart_subtitle",
            vec![chart_subtitle(1, 1), chart_subtitle(7, 3)],
        ),
        ("chart_legend", vec![chart_legend()]),
        ("chart_footnote", vec![chart_footnote()]),
        ("chart_badge", vec![chart_badge(Kind::PilotRct, 4)]),
        (
            "chart_numbers",
            vec![
                chart_numbers("0.25", false, Some([-0.11, 0.61])),
                chart_numbers("0.24 to 0.60", true, None),
                chart_numbers("0.86", false, None),
            ],
        ),
        (
            "map_title",
            vec![map_title(Some("preterm")), map_title(None)],
        ),
        (
            "map_subtitle",
            vec![map_subtitle(1, 1), map_subtitle(107, 40)],
        ),
        ("map_total", vec![map_total()]),
        ("map_footnote", vec![map_footnote()]),
        ("figure_failed", vec![figure_failed()]),
        (
            "safety_opening",
            [RiskKind::SelfHarm, RiskKind::Child, RiskKind::Abuse]
                .into_iter()
                .map(safety_opening)
                .collect(),
        ),
        (
            "safety_practitioners",
            vec![
                safety_practitioners(RiskKind::SelfHarm),
                safety_practitioners(RiskKind::Child),
            ],
        ),
        (
            "safety_audience",
            SafetyTexts::default()
                .contacts
                .iter()
                .map(|c| safety_audience(c.audience))
                .collect(),
        ),
        (
            "safety_contact",
            SafetyTexts::default()
                .contacts
                .iter()
                .map(safety_contact)
                .collect(),
        ),
        (
            "safety_pointer",
            vec![safety_pointer(
                &SafetyTexts::default()
                    .pointer_contacts()
                    .collect::<Vec<_>>(),
            )],
        ),
        ("summaries_in_english", vec![summaries_in_english()]),
        (
            "direction",
            [
                Direction::Improved,
                Direction::NoDifference,
                Direction::Worse,
                Direction::Mixed,
            ]
            .into_iter()
            .map(direction)
            .collect(),
        ),
        ("level_tag", vec![level_tag(Kind::Rct)]),
        (
            "badge",
            vec![badge(Kind::Rct, false), badge(Kind::Rct, true)],
        ),
        (
            "order_record",
            vec![
                order_record("Hoffenkamp et al. 2015", Kind::Rct, true),
                order_record("Kennedy et al. 2017", Kind::Book, false),
            ],
        ),
        (
            "certainty",
            [
                Certainty::High,
                Certainty::Moderate,
                Certainty::Low,
                Certainty::VeryLow,
            ]
            .into_iter()
            .map(certainty)
            .collect(),
        ),
        (
            "effect_value",
            vec![
                effect_value(&sample_effect(EffectType::D, 0.86, None)),
                effect_value(&sample_effect(EffectType::D, 0.24, Some(0.6))),
                effect_value(&sample_effect(EffectType::Percent, 20.0, Some(35.5))),
            ],
        ),
        (
            "effect",
            vec![
                effect(&sample_effect(EffectType::D, 0.86, None)),
                effect(&sample_effect(EffectType::Smd, -0.24, Some(-0.6))),
                effect(&sample_effect(EffectType::Percent, 41.0, None)),
            ],
        ),
        (
            "finding_numbers",
            sample_findings().iter().map(finding_numbers).collect(),
        ),
        ("room_safety_contact", vec![room_safety_contact()]),
        ("safety_notice", vec![safety_notice("#parents:example.org")]),
        (
            "safety_setting_changed",
            vec![safety_setting_changed(
                "#parents:example.org",
                "safety_contact",
                "x",
            )],
        ),
        ("greeting_first", vec![greeting_first("!")]),
        ("greeting", vec![greeting()]),
        ("thanks", vec![thanks()]),
        (
            "what_is_logged",
            vec![what_is_logged(true, "!"), what_is_logged(false, "!")],
        ),
        ("cannot_do", vec![cannot_do("book an appointment", "!")]),
        ("read_as_follow_up", vec![read_as_follow_up("fathers")]),
        (
            "order_rule",
            vec![
                order_rule("effects", true),
                order_rule("experiences", false),
            ],
        ),
    ]
}

/// The English outputs, one line per output: "name<TAB>output" (debug-quoted).
fn english() -> String {
    let mut out = String::new();
    for (name, outputs) in samples() {
        for o in outputs {
            out.push_str(&format!("{name}\t{o:?}\n"));
        }
    }
    out
}

/// The English outputs of every sample, as kept in `english.golden` beside this file.
const GOLDEN: &str = include_str!("english.golden");

/// English wording changes only on purpose: the sentences moved to Fluent unchanged, byte for
/// byte, and a change shows here as a diff to review. To accept one, run the tests with
/// `BLESS=1` and commit the rewritten `english.golden`.
#[test]
fn english_is_as_in_the_golden_file() {
    let now = crate::locale::within(Lang::En, english);
    if std::env::var_os("BLESS").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/render/text/english.golden"
        );
        std::fs::write(path, &now).unwrap();
        return;
    }
    for (line, (want, got)) in GOLDEN.lines().zip(now.lines()).enumerate() {
        assert_eq!(got, want, "line {} of english.golden", line + 1);
    }
    assert_eq!(now.lines().count(), GOLDEN.lines().count());
}

/// Every sentence function gives text in every language, and none fails to format (a failure
/// panics in a debug build: a message naming a variable the function does not pass, or one
/// missing in English).
#[test]
fn every_function_writes_text_in_every_language() {
    for lang in Lang::iter() {
        for (name, outputs) in crate::locale::within(lang, samples) {
            assert!(!outputs.is_empty(), "{name}");
            for o in outputs {
                assert!(!o.trim().is_empty(), "{lang}: {name} wrote nothing");
            }
        }
    }
}

/// The samples cover every public function here, so the two tests above see every sentence.
#[test]
fn every_public_function_has_samples() {
    let source = &SOURCE.concat();
    let fns = regex::Regex::new(r"(?m)^(\s*)pub fn (\w+)").unwrap();
    let label_start = source.find("pub mod label {").unwrap();
    let label_end = label_start + source[label_start..].find("\n}\n").unwrap();
    let public: BTreeSet<String> = fns
        .captures_iter(source)
        .map(|c| {
            let at = c.get(0).unwrap().start();
            if (label_start..label_end).contains(&at) {
                format!("label::{}", &c[2])
            } else {
                c[2].to_string()
            }
        })
        .collect();
    let sampled: BTreeSet<String> = samples().into_iter().map(|(n, _)| n.to_string()).collect();
    let unsampled: Vec<&String> = public.difference(&sampled).collect();
    assert!(unsampled.is_empty(), "no samples for {unsampled:?}");
    let stale: Vec<&String> = sampled.difference(&public).collect();
    assert!(stale.is_empty(), "samples for no function: {stale:?}");
}

/// What each command does is said in every language, with the commands in it written with the
/// room's prefix (issue 31: `!help` was English in every language).
#[test]
fn every_command_is_explained_in_every_language() {
    for lang in Lang::iter() {
        crate::locale::within(lang, || {
            for c in crate::chat::COMMANDS {
                let about = command_about(c.name, "?");
                assert!(!about.trim().is_empty(), "{lang}: {}", c.name);
                assert!(!about.contains('!'), "{lang}: {}: {about}", c.name);
                let english = crate::locale::within(Lang::En, || command_about(c.name, "?"));
                if lang != Lang::En {
                    assert_ne!(about, english, "{lang}: {} is English", c.name);
                }
            }
        });
    }
    assert_eq!(command_about("no-such-command", "!"), "");
}

#[test]
fn usage_lines_are_in_the_reply_language() {
    let show = crate::chat::command::spec("show").unwrap();
    let more = crate::chat::command::spec("more").unwrap();
    assert_eq!(
        crate::locale::within(Lang::Nl, || command_usage(show, "!")),
        "!show ID: alles over één item (bevindingen, cijfers, kanttekeningen, bronnen)"
    );
    assert_eq!(
        crate::locale::within(Lang::De, || command_usage(more, "!")),
        "!more: die nächsten Treffer Ihrer letzten Suche mit !evidence in diesem Raum"
    );
    assert_eq!(
        crate::locale::within(Lang::Cy, || command_usage(show, "!")),
        "!show ID: popeth am un cofnod (canfyddiadau, rhifau, cafeatau, ffynonellau)"
    );
    assert_eq!(
        crate::locale::within(Lang::En, || command_usage(show, "!")),
        "!show ID: everything about one record (findings, numbers, caveats, sources)"
    );
    // A usage hint after a mistake is in the reply's language too.
    assert!(
        crate::locale::within(Lang::Sv, || bad_usage("!", "show", "x"))
            .ends_with("!show ID: allt om en post (resultat, siffror, förbehåll, källor)")
    );
}

#[test]
fn room_settings_are_explained_in_the_reply_language() {
    let nl = crate::locale::within(Lang::Nl, || config_one("results", "3", false, "1-5", "!"));
    assert!(
        nl.contains("het aantal resultaten per pagina van !evidence en !more"),
        "{nl}"
    );
    let nb = crate::locale::within(Lang::Nb, || {
        config_one("language", "auto", false, "auto|en", "!")
    });
    assert!(
        nb.contains("språket i svarene her; auto svarer på hver melding på dens eget språk"),
        "{nb}"
    );
    for lang in Lang::iter() {
        for k in crate::rooms::KEYS {
            let about = crate::locale::within(lang, || config_about(k.name, "!"));
            assert!(!about.trim().is_empty(), "{lang}: {}", k.name);
        }
    }
}

/// Welsh joins the last item of a list with "ac" before a vowel and "a" before a consonant.
#[test]
fn welsh_joins_with_ac_before_a_vowel() {
    let cy = |f: &dyn Fn() -> String| crate::locale::within(Lang::Cy, f);
    assert_eq!(
        cy(&|| other_than("adborth fideo", &s(&["VIG", "awtistiaeth"]))),
        "adborth fideo heblaw am VIG ac awtistiaeth"
    );
    assert_eq!(
        cy(&|| other_than("adborth fideo", &s(&["VIG", "VIPP"]))),
        "adborth fideo heblaw am VIG a VIPP"
    );
    assert_eq!(
        cy(&|| nothing_together(&s(&["“tadau”", "“NICU”", "“ADHD”"]))),
        "Does dim cofnod yn y gronfa wybodaeth am “tadau”, “NICU” ac “ADHD” gyda'i gilydd."
    );
    assert_eq!(
        cy(&|| count_body(&s(&["2 RCT", "1 RCT peilot"]), 3, 0, &s(&["1 adolygiad"]))),
        cy(&|| count_body(&s(&["2 RCT"]), 3, 0, &s(&["1 adolygiad"])))
            .replace("2 RCT", "2 RCT ac 1 RCT peilot")
    );
    // Other languages have one word for "and".
    assert_eq!(
        crate::locale::within(Lang::Nl, || other_than(
            "videofeedback",
            &s(&["VIG", "EPB"])
        )),
        "videofeedback anders dan VIG en EPB"
    );
    assert!(starts_with_vowel("“Ŵyr”") && starts_with_vowel("8 RCT") && starts_with_vowel("11"));
    assert!(!starts_with_vowel("tadau") && !starts_with_vowel("2 RCT") && !starts_with_vowel(""));
}

/// Kinds, evidence levels and the words among a finding's numbers are in the reply's language
/// (issue 31: `!about`, `!show` and answers wrote them in English), and English is as the
/// knowledge's own labels and the files to download say it.
#[test]
fn kinds_levels_and_numbers_are_in_the_reply_language() {
    use crate::locale::within;
    assert_eq!(
        within(Lang::Nl, || kind_tally(Kind::PilotRct, 3)),
        "Pilot-RCT: 3 (niveau 4, Pilot-RCT, cohortonderzoek of gecontroleerde studie)"
    );
    assert_eq!(
        within(Lang::De, || level_tag(Kind::Chapter)),
        "[Buchkapitel · Stufe 6/6]"
    );
    assert_eq!(
        within(Lang::Cy, || badge(Kind::SystematicReview, false)),
        "Adolygiad · L2"
    );
    assert_eq!(
        within(Lang::Sv, || order_record(
            "Hoffenkamp et al. 2015",
            Kind::Rct,
            true
        )),
        "Hoffenkamp et al. 2015: RCT (nivå 3, RCT, sakkunniggranskad)"
    );
    let findings = sample_findings();
    assert_eq!(
        within(Lang::Nl, || finding_numbers(&findings[0])),
        "d = 0.86, 95%-BI −0.11 tot 0.61, p = 0.069, niet significant"
    );
    assert_eq!(
        within(Lang::De, || finding_numbers(&findings[2])),
        "SMD = 0.24 bis 0.60, p < .001, moderate Vertrauenswürdigkeit"
    );
    assert_eq!(
        within(Lang::Nb, || finding_numbers(&findings[1])),
        "signifikant"
    );
    assert_eq!(
        within(Lang::Cy, || effect(&sample_effect(
            EffectType::Percent,
            20.0,
            Some(35.5)
        ))),
        "20.0% i 35.5%"
    );
    within(Lang::En, || {
        for f in &findings {
            assert_eq!(finding_numbers(f), crate::references::finding::numbers(f));
        }
        for k in Kind::iter() {
            assert_eq!(kind_label(k), k.label());
            assert_eq!(kind_short(k), k.short_label());
        }
        for level in 1..=6 {
            assert_eq!(
                level_label(level),
                crate::knowledge::model::level_label(level)
            );
        }
    });
}

/// What a trial counted is said in the reply's language when the record names a plain unit,
/// and left out (or said as participants) when it does not: no English word from the record
/// inside another language's sentence.
#[test]
fn what_a_trial_counted_is_in_the_reply_language() {
    use crate::locale::within;
    assert_eq!(
        within(Lang::Nl, || randomised(
            300,
            "families (151 VIPP-SD, 149 usual care)"
        )),
        "300 gezinnen gerandomiseerd"
    );
    assert_eq!(
        within(Lang::Cy, || randomised(40, "mothers randomised")),
        "40 mam wedi'u dyrannu ar hap"
    );
    assert_eq!(
        within(Lang::Da, || randomised(44, "mother-infant dyads")),
        "44 forælder-barn-par randomiseret"
    );
    assert_eq!(
        within(Lang::Nl, || randomised(40, "volunteers from a register")),
        "40 gerandomiseerd"
    );
    assert_eq!(within(Lang::De, || took_part(93, "children")), "93 Kinder");
    assert_eq!(
        within(Lang::De, || took_part(
            11,
            "VIG practitioners in a focus group"
        )),
        "11 Teilnehmende"
    );
    assert_eq!(
        within(Lang::Nb, || took_part(1, "first-time mother and her baby")),
        "1 mor"
    );
    assert_eq!(
        within(Lang::Sv, || latest_meta(
            "van IJzendoorn et al.",
            "2022",
            25,
            "randomised controlled trials (more than 2,000 parents and caregivers)"
        )),
        "Den senaste metaanalysen i den, van IJzendoorn et al. 2022, vägde samman 25 randomiserade studier: "
    );
    assert_eq!(
        within(Lang::Nl, || latest_meta(
            "Juffer et al.",
            "2017",
            5,
            "papers included"
        )),
        "De meest recente meta-analyse daarin, Juffer et al. 2017, bundelde 5 studies: "
    );
    // English keeps the record's own words.
    assert_eq!(
        within(Lang::En, || took_part(
            77,
            "first-time mothers and their children"
        )),
        "77 first-time mothers and their children"
    );
}

/// What was wrong with a command is said in the reply's language, before its usage line, and
/// English says it as the command table did.
#[test]
fn usage_problems_are_in_the_reply_language() {
    use crate::chat::Problem;
    use crate::locale::within;
    let english = [
        (Problem::WhichRecord, "which record? Give its id, as shown under each result"),
        (Problem::OneRecord, "give one record id"),
        (
            Problem::WhichRecords,
            "which record? Give one or more ids, as shown under each result",
        ),
        (Problem::TooManyRecords, "at most 20 records at a time"),
        (Problem::WhichTopic, "which topic? e.g. !reading-list autism ris"),
        (Problem::WhatToChart, "say what to chart, e.g. !chart preterm"),
        (Problem::WhatToFollow, "say what to follow, e.g. !subscribe preterm"),
        (
            Problem::WhichSubscription,
            "say which: !unsubscribe 1, or !unsubscribe all",
        ),
        (
            Problem::WhatYouWereLookingFor,
            "say what you were looking for, as a reply to my answer: !feedback I wanted studies with fathers",
        ),
        (
            Problem::OnePeriod,
            "one period at most: !gaps, !gaps since:2026-11-01 or !gaps since:30d",
        ),
    ];
    for (p, text) in &english {
        assert_eq!(within(Lang::En, || usage_problem(p, "!")), *text);
        for lang in Lang::iter().filter(|l| *l != Lang::En) {
            let theirs = within(lang, || usage_problem(p, "!"));
            assert!(
                !theirs.trim().is_empty() && theirs != *text,
                "{lang}: {p:?}"
            );
        }
    }
    assert_eq!(
        within(Lang::Nl, || bad_usage("!", "show", &usage_problem(&Problem::WhichRecord, "!"))),
        "!show: welk item? Geef de id, zoals die onder elk resultaat staat. Gebruik: !show ID: alles over één item (bevindingen, cijfers, kanttekeningen, bronnen)"
    );
}

/// Why a room setting was not changed is said in the reply's language; English as before.
#[test]
fn setting_problems_are_in_the_reply_language() {
    use crate::locale::within;
    use crate::rooms::RoomSettings;
    let english: Vec<String> = within(Lang::En, || {
        setting_problems().iter().map(setting_problem).collect()
    });
    assert_eq!(
        english,
        [
            "citation_style is one of apa, harvard, vancouver",
            "replies is room|thread",
            "gap_log is on or off",
            "results is a number from 1 to 5",
            "filters are words like kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink",
            "write the welcome message after the key, or none",
            "write the room's contact after the key, or none",
            "there is no setting `colour`; the settings are citation_style, results",
        ]
    );
    let mut room = RoomSettings::default();
    assert_eq!(
        within(Lang::Nl, || setting_problem(
            &room.set("results", "9").unwrap_err()
        )),
        "results is een getal van 1 tot en met 5"
    );
    assert_eq!(
        within(Lang::Cy, || setting_problem(
            &room.set("gap_log", "maybe").unwrap_err()
        )),
        "mae gap_log yn on neu off"
    );
    assert_eq!(
        within(Lang::De, || config_problem(
            &setting_problem(&room.set("colour", "red").unwrap_err()),
            "!"
        )),
        within(Lang::De, || {
            config_problem(
                "es gibt keine Einstellung `colour`; die Einstellungen sind citation_style, results, replies, filters, welcome, gap_log, followups, language, safety_watch, safety_contact",
                "!",
            )
        })
    );
}

#[test]
fn where_a_chapter_appeared_is_in_the_reply_language() {
    assert_eq!(
        crate::locale::within(Lang::Nb, || chapter_in("4", "Video Interaction Guidance")),
        "Kapittel 4 i Video Interaction Guidance"
    );
    assert_eq!(
        crate::locale::within(Lang::En, || chapter_in("4", "Video Interaction Guidance")),
        "Chapter 4 in Video Interaction Guidance"
    );
}
