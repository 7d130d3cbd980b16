//! Gap reports, feedback, room settings, subscriptions and `!whatsnew`.

use super::cmd;
use crate::knowledge::model::Status;
use crate::render::i18n::tr;
use crate::rooms::SettingProblem;

/// A gap report's label for questions whose only unknown words were asked on fewer than three
/// days (a rare word is often a name, so it is not shown until then).
pub fn words_held_back() -> String {
    tr!("words-held-back")
}

/// The heading of a gap report: "Unanswered questions, 2026-11-23 to 2026-11-30: 7 (4 found
/// nothing, 3 only partial matches)."
pub fn gaps_heading(since: &str, until: &str, unanswered: usize, nothing: usize) -> String {
    if unanswered == 0 {
        return tr!("gaps-heading-none", since = since, until = until);
    }
    tr!(
        "gaps-heading",
        since = since,
        until = until,
        unanswered = unanswered,
        nothing = nothing,
        partial = unanswered - nothing
    )
}

/// One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: “emdr for ptsd” · …".
pub fn gap_group(terms: &[String], held_back: bool, count: usize, latest: &str) -> String {
    let terms = if held_back {
        words_held_back()
    } else if terms.is_empty() {
        tr!("gap-filters-only")
    } else {
        terms.join(", ")
    };
    tr!("gap-group", terms = terms, count = count, latest = latest)
}

/// The votes line of a gap report.
pub fn gap_votes(up: usize, down: usize) -> String {
    tr!("gap-votes", up = up, down = down)
}

/// The heading of the comments in a gap report.
pub fn gap_comments() -> String {
    tr!("gap-comments")
}

/// How an admin turns a report into records.
pub fn gaps_next_step(prefix: &str) -> String {
    tr!("gaps-next-step", gaps = cmd(prefix, "gaps"))
}

/// The heading of the weekly digest posted in the admin room.
pub fn gap_digest() -> String {
    tr!("gap-digest")
}

/// The bot's question after a 👎 on one of its answers.
pub fn feedback_ask() -> String {
    tr!("feedback-ask")
}

/// The reply to a comment or `!feedback`.
pub fn feedback_thanks() -> String {
    tr!("feedback-thanks")
}

/// `!feedback` that is not a reply to one of the bot's answers.
pub fn feedback_needs_reply(prefix: &str) -> String {
    tr!(
        "feedback-needs-reply",
        feedback = cmd(prefix, "feedback"),
        evidence = cmd(prefix, "evidence")
    )
}

/// Feedback in a room where the curators' log is off.
pub fn feedback_off() -> String {
    tr!("feedback-off")
}

/// `!gaps` when the gap log is off.
pub fn gap_log_off() -> String {
    tr!("gap-log-off")
}

/// `!feedback` or `!gaps` outside a running bot.
pub fn needs_a_room() -> String {
    tr!("needs-a-room")
}

/// The heading of `!config`.
pub fn config_heading() -> String {
    tr!("config-heading")
}

/// Marks a setting that is the bot's default.
pub fn config_default() -> String {
    tr!("config-default")
}

/// How to change a setting.
pub fn config_how(prefix: &str) -> String {
    tr!(
        "config-how",
        config = cmd(prefix, "config"),
        help = cmd(prefix, "help")
    )
}

/// What a room setting does, as `!config KEY` says it; empty for a name that is no setting.
/// `key`: its name, as in [`crate::rooms::KEYS`].
pub(super) fn config_about(key: &str, prefix: &str) -> String {
    let c = |name: &str| cmd(prefix, name);
    match key {
        "citation_style" => tr!("config-about-citation-style", cite = c("cite")),
        "results" => tr!(
            "config-about-results",
            evidence = c("evidence"),
            more = c("more")
        ),
        "replies" => tr!("config-about-replies"),
        "filters" => tr!("config-about-filters", evidence = c("evidence")),
        "welcome" => tr!("config-about-welcome"),
        "gap_log" => tr!("config-about-gap-log"),
        "followups" => tr!("config-about-followups"),
        "language" => tr!("config-about-language"),
        "safety_watch" => tr!("config-about-safety-watch"),
        "safety_contact" => tr!("config-about-safety-contact"),
        _ => String::new(),
    }
}

/// One setting, as `!config KEY` shows it, with what it does in the reply's language.
pub fn config_one(key: &str, value: &str, set_here: bool, values: &str, prefix: &str) -> String {
    tr!(
        "config-one",
        key = key,
        value = value,
        whose = if set_here { "here" } else { "default" },
        about = config_about(key, prefix),
        values = values,
        config = cmd(prefix, "config")
    )
}

/// A setting was stored.
pub fn config_saved(key: &str, value: &str) -> String {
    tr!("config-saved", key = key, value = value)
}

/// A setting could not be changed as typed.
pub fn config_problem(problem: &str, prefix: &str) -> String {
    tr!(
        "config-problem",
        problem = problem,
        config = cmd(prefix, "config")
    )
}

/// Why a value typed in `!config` was not taken: "results is a number from 1 to 5".
pub fn setting_problem(p: &SettingProblem) -> String {
    match p {
        SettingProblem::OneOf { key, values } => {
            tr!("setting-one-of", key = *key, values = values)
        }
        SettingProblem::Is { key, values } => tr!("setting-is", key = *key, values = values),
        SettingProblem::OnOff { key } => tr!("setting-on-off", key = *key),
        SettingProblem::Number { key, max } => tr!("setting-number", key = *key, max = *max),
        SettingProblem::Filters => tr!("setting-filters"),
        SettingProblem::Welcome => tr!("setting-welcome"),
        SettingProblem::Contact => tr!("setting-contact"),
        SettingProblem::Unknown { key, keys } => tr!("setting-unknown", key = *key, keys = keys),
    }
}

/// Someone without the power to change a room's settings tried.
pub fn config_moderators_only() -> String {
    tr!("config-moderators-only")
}

/// A room's settings could not be stored on the homeserver.
pub fn config_not_saved() -> String {
    tr!("config-not-saved")
}

/// `!subscribe` done.
pub fn subscribed(query: &str, n: usize) -> String {
    tr!("subscribed", query = query, n = n)
}

/// Before the latest record a new subscription finds.
pub fn latest_match() -> String {
    tr!("latest-match")
}

/// A new subscription finds nothing yet.
pub fn nothing_matches_yet() -> String {
    tr!("nothing-matches-yet")
}

/// The room already follows that search.
pub fn already_subscribed(query: &str) -> String {
    tr!("already-subscribed", query = query)
}

/// A room follows as many searches as it may.
pub fn too_many_subscriptions(max: usize, prefix: &str) -> String {
    tr!(
        "too-many-subscriptions",
        max = max,
        subscriptions = cmd(prefix, "subscriptions"),
        unsubscribe = cmd(prefix, "unsubscribe")
    )
}

/// `!unsubscribe N` done.
pub fn unsubscribed(query: &str) -> String {
    tr!("unsubscribed", query = query)
}

/// `!unsubscribe all` done.
pub fn unsubscribed_all() -> String {
    tr!("unsubscribed-all")
}

/// `!unsubscribe` with a number that is not one.
pub fn unsubscribe_which(n: usize, prefix: &str) -> String {
    tr!(
        "unsubscribe-which",
        n = n,
        unsubscribe = cmd(prefix, "unsubscribe"),
        subscriptions = cmd(prefix, "subscriptions")
    )
}

/// A room without subscriptions.
pub fn no_subscriptions(prefix: &str) -> String {
    tr!("no-subscriptions", subscribe = cmd(prefix, "subscribe"))
}

/// The heading of `!subscriptions`.
pub fn subscriptions_heading() -> String {
    tr!("subscriptions-heading")
}

/// How to stop following.
pub fn unsubscribe_how(prefix: &str) -> String {
    tr!("unsubscribe-how", unsubscribe = cmd(prefix, "unsubscribe"))
}

/// The heading of a subscription notice.
pub fn notice_heading() -> String {
    tr!("notice-heading")
}

/// One subscription in a notice.
pub fn notice_for(query: &str) -> String {
    tr!("notice-for", query = query)
}

/// Marks a new record in a notice.
pub fn new_record() -> String {
    tr!("new-record")
}

/// Marks a changed record in a notice.
pub fn changed_record() -> String {
    tr!("changed-record")
}

/// One changed value: "sample: 150 families (was 210 families)".
pub fn changed_value(field: &str, now: &str, was: &str) -> String {
    tr!("changed-value", field = field, now = now, was = was)
}

/// The names of a record's fields in a notice of what changed: "sample: 150 families (was
/// 210 families)".
pub fn field_sample() -> String {
    tr!("field-sample")
}

/// The title, in a notice of what changed.
pub fn field_title() -> String {
    tr!("field-title")
}

/// The year, in a notice of what changed.
pub fn field_year() -> String {
    tr!("field-year")
}

/// The kind, in a notice of what changed.
pub fn field_kind() -> String {
    tr!("field-kind")
}

/// How far a record is verified, in a notice of what changed.
pub fn field_status() -> String {
    tr!("field-status")
}

/// How far a record is verified, in plain words: "verified", "partial", "unverified".
pub fn record_status(s: Status) -> String {
    match s {
        Status::Verified => tr!("status-verified"),
        Status::Partial => tr!("status-partial"),
        Status::Unverified => tr!("status-unverified"),
    }
}

/// Findings changed.
pub fn findings_changed(added: usize, removed: usize) -> String {
    match (added, removed) {
        (a, 0) => tr!("findings-added", added = a),
        (0, r) => tr!("findings-removed", removed = r),
        (a, r) => tr!("findings-corrected", added = a, removed = r),
    }
}

/// A change in fields a notice does not name.
pub fn other_details_changed() -> String {
    tr!("other-details-changed")
}

/// More records than a notice lists.
pub fn and_more(n: usize) -> String {
    tr!("and-more", n = n)
}

/// The heading of `!whatsnew`.
pub fn whatsnew_heading(from: &str, n: usize, filters: &str) -> String {
    if filters.is_empty() {
        tr!("whatsnew-heading", from = from, n = n)
    } else {
        tr!(
            "whatsnew-heading-filtered",
            from = from,
            filters = filters,
            n = n
        )
    }
}

/// When a record of `!whatsnew` was added or changed.
pub fn whatsnew_when(new: bool, date: &str) -> String {
    if new {
        tr!("whatsnew-new", date = date)
    } else {
        tr!("whatsnew-changed", date = date)
    }
}

/// Nothing new since a date.
pub fn nothing_new(from: &str, filters: &str) -> String {
    if filters.is_empty() {
        tr!("nothing-new", from = from)
    } else {
        tr!("nothing-new-filtered", from = from, filters = filters)
    }
}

/// More records than `!whatsnew` lists.
pub fn whatsnew_more(n: usize, prefix: &str) -> String {
    tr!("whatsnew-more", n = n, whatsnew = cmd(prefix, "whatsnew"))
}
