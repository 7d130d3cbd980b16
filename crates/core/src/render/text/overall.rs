//! Answers about the evidence as a whole (answer/overall.rs); each says what it counted.

use super::and_list;
use crate::render::i18n::tr;

/// A trial's size by the number randomised: "300 families randomised".
pub fn randomised(n: u32, unit: &str) -> String {
    // The unit without its detail: "families (151 VIPP-SD, 149 usual care)" is "families".
    let unit = unit.split(['(', ',', ';']).next().unwrap_or("").trim();
    let unit = unit
        .strip_suffix("randomised")
        .or_else(|| unit.strip_suffix("randomized"))
        .unwrap_or(unit)
        .trim();
    if !english() {
        // The record's words are English: another language names what it counts in its own
        // words when it is a plain unit ("families"), else gives the number alone.
        return match Counted::of(unit) {
            Some(c) => tr!("randomised-unit", n = n, unit = c.noun(n)),
            None => tr!("randomised", n = n),
        };
    }
    if unit.is_empty() || unit.chars().count() > 30 {
        tr!("randomised", n = n)
    } else {
        tr!("randomised-unit", n = n, unit = unit)
    }
}

/// Whether the reply is in English, the language of the records' own words.
fn english() -> bool {
    crate::locale::current() == crate::locale::Lang::En
}

/// What a trial's sample counts, when the record says it in a plain word: the unit's noun in
/// the reply's language. (English keeps the record's words.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counted {
    Families,
    Mothers,
    Fathers,
    Parents,
    Children,
    Infants,
    Dyads,
    Caregivers,
    Participants,
    Studies,
    Trials,
}

impl Counted {
    /// The unit a record's "counted" names, by the first of its words that is a known unit:
    /// "first-time mothers and their children" counts mothers, "mother-infant dyads" dyads.
    fn of(counted: &str) -> Option<Counted> {
        let unit = counted.split(['(', ',', ';']).next().unwrap_or("");
        unit.split_whitespace().find_map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            Some(match w.as_str() {
                "families" | "family" => Counted::Families,
                "mothers" | "mother" => Counted::Mothers,
                "fathers" | "father" => Counted::Fathers,
                "parents" | "parent" => Counted::Parents,
                "children" | "child" => Counted::Children,
                "infants" | "infant" | "babies" | "baby" => Counted::Infants,
                "dyads" | "dyad" | "pairs" | "pair" => Counted::Dyads,
                "caregivers" | "caregiver" | "carers" | "carer" => Counted::Caregivers,
                "participants" | "participant" | "people" => Counted::Participants,
                "trials" | "trial" | "rcts" | "rct" => Counted::Trials,
                "studies" | "study" | "articles" | "papers" | "reviews" => Counted::Studies,
                _ => return None,
            })
        })
    }

    /// The unit's noun for `n` of them: "families", "family".
    fn noun(self, n: u32) -> String {
        match self {
            Counted::Families => tr!("counted-families", n = n),
            Counted::Mothers => tr!("counted-mothers", n = n),
            Counted::Fathers => tr!("counted-fathers", n = n),
            Counted::Parents => tr!("counted-parents", n = n),
            Counted::Children => tr!("counted-children", n = n),
            Counted::Infants => tr!("counted-infants", n = n),
            Counted::Dyads => tr!("counted-dyads", n = n),
            Counted::Caregivers => tr!("counted-caregivers", n = n),
            Counted::Participants => tr!("counted-participants", n = n),
            Counted::Studies => tr!("counted-studies", n = n),
            Counted::Trials => tr!("counted-trials", n = n),
        }
    }
}

/// A trial's size when no number randomised is recorded: "93 children". In English the number
/// and the record's own words for who took part; in another language, the unit in its words
/// ("93 kinderen"), else participants.
pub fn took_part(n: u32, counted: &str) -> String {
    if !english() {
        let unit = Counted::of(counted).unwrap_or(Counted::Participants);
        return format!("{n} {}", unit.noun(n));
    }
    let unit = counted.split(['(', ';']).next().unwrap_or("").trim();
    let mut words = String::new();
    for w in unit.split_whitespace() {
        if words.chars().count() + w.chars().count() > 40 {
            words.push('…');
            break;
        }
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(w);
    }
    format!("{n} {words}")
        .trim_end_matches([',', ' '])
        .to_string()
}

/// Under a trial with no finding recorded.
pub fn no_result_recorded() -> String {
    tr!("no-result-recorded")
}

/// Before a trial's primary finding: "Primary outcome: no significant difference. ".
pub fn primary_result(direction: &str) -> String {
    tr!("primary-result", direction = direction)
}

/// Before the first primary finding of a trial with mixed primary results.
pub fn primary_mixed(improved: usize, of: usize) -> String {
    tr!("primary-mixed", improved = improved, of = of)
}

/// Before the key finding of a trial with no primary outcome marked.
pub fn key_finding() -> String {
    tr!("key-finding")
}

/// After a finding read from another paper of the trial than its main one.
pub fn from_paper(author: &str, year: &str) -> String {
    tr!("from-paper", author = author, year = year)
}

/// The subject of an answer about the evidence as a whole when the question named none.
pub fn any_intervention() -> String {
    tr!("any-intervention")
}

/// "Largest trials of VIPP-SD in the knowledge"
pub fn largest_heading(subject: &str) -> String {
    tr!("largest-heading", subject = subject)
}

/// ": 6 of its 8 trials give a size, largest first."
pub fn sized_count(sized: usize, trials: usize) -> String {
    if trials == 0 {
        return tr!("sized-none");
    }
    tr!("sized-count", sized = sized, trials = trials)
}

/// "The knowledge holds 5 trials of VIPP-SD"
pub fn count_heading(subject: &str, trials: usize) -> String {
    tr!("count-heading", subject = subject, trials = trials)
}

/// What the trials are and what else is about the subject.
pub fn count_body(kinds: &[String], papers: usize, under_way: usize, others: &[String]) -> String {
    let mut s = String::new();
    if !kinds.is_empty() {
        s.push_str(&tr!(
            "count-body-trials",
            kinds = and_list(kinds),
            papers = papers
        ));
    }
    if under_way > 0 {
        s.push_str(&tr!("count-body-under-way", n = under_way));
    }
    s.push('.');
    if !others.is_empty() {
        s.push_str(&tr!("count-body-others", others = and_list(others)));
    }
    s
}

/// "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised
/// controlled trials: "
pub fn latest_meta(author: &str, year: &str, n: u32, counted: &str) -> String {
    // The record's words in English; trials or studies in another language.
    let counted = if english() {
        counted.to_string()
    } else {
        match Counted::of(counted) {
            Some(Counted::Trials) => Counted::Trials,
            _ => Counted::Studies,
        }
        .noun(n)
    };
    tr!(
        "latest-meta",
        author = author,
        year = year,
        n = n,
        counted = counted
    )
}

/// "Null and mixed results among trials of video feedback"
pub fn null_heading(subject: &str) -> String {
    tr!("null-heading", subject = subject)
}

/// How many trials were judged on a primary outcome, and how many were null or mixed.
pub fn null_count(trials: usize, judged: usize, null: usize, mixed: usize) -> String {
    tr!(
        "null-count",
        trials = trials,
        judged = judged,
        null = null,
        mixed = mixed
    )
}

/// Under a null-results list that includes trials with no primary outcome marked.
pub fn key_null_note(n: usize) -> String {
    tr!("key-null-note", n = n)
}

/// "Harms reported in trials of VIG"
pub fn harms_heading(subject: &str) -> String {
    tr!("harms-heading", subject = subject)
}

/// What the trials' records say about harms.
pub fn harms_count(trials: usize, recorded: usize, none: usize, reported: usize) -> String {
    if recorded == 0 {
        return tr!("harms-none-recorded", trials = trials);
    }
    tr!(
        "harms-count",
        trials = trials,
        recorded = recorded,
        none = none,
        reported = reported
    )
}

/// "Dose in trials of VIPP-SD"
pub fn dose_heading(subject: &str) -> String {
    tr!("dose-heading", subject = subject)
}

/// ": 4 of 9 trials record the number of sessions; fewest first, each with its result."
pub fn dose_count(trials: usize, dosed: usize) -> String {
    tr!("dose-count", trials = trials, dosed = dosed)
}

/// "6 sessions over 12 weeks", "6–8 sessions"
pub fn sessions(min: Option<u16>, max: Option<u16>, weeks: Option<u16>) -> String {
    let s = match (min, max) {
        (Some(a), Some(b)) if b > a => tr!("sessions-range", min = a, max = b),
        (Some(a), _) => tr!("sessions-count", n = a),
        (None, _) => tr!("sessions-unknown"),
    };
    match weeks {
        Some(w) => tr!("sessions-weeks", sessions = s, weeks = w),
        None => s,
    }
}

/// Under a dose list.
pub fn dose_not_compared() -> String {
    tr!("dose-not-compared")
}

/// "Who delivered VIG in its trials"
pub fn delivered_heading(subject: &str) -> String {
    tr!("delivered-heading", subject = subject)
}

/// ": 3 of 9 trials record who delivered it."
pub fn delivered_count(trials: usize, recorded: usize) -> String {
    tr!("delivered-count", trials = trials, recorded = recorded)
}

/// "244 of 300 analysed"
pub fn analysed_of(analysed: u32, randomised: u32) -> String {
    tr!("analysed-of", analysed = analysed, randomised = randomised)
}

/// "Dropout in trials of VIG"
pub fn attrition_heading(subject: &str) -> String {
    tr!("attrition-heading", subject = subject)
}

/// ": 4 of 9 trials record how many were lost to follow-up; highest first."
pub fn attrition_count(trials: usize, known: usize) -> String {
    tr!("attrition-count", trials = trials, known = known)
}

/// "19% lost to follow-up"
pub fn share_lost(share: f64) -> String {
    tr!("share-lost", percent = format!("{:.0}", share * 100.0))
}

/// "Published costs of VIPP-SD"
pub fn cost_heading(subject: &str) -> String {
    tr!("cost-heading", subject = subject)
}

/// ": 1 of 12 records about it gives cost figures."
pub fn cost_count(records: usize, with: usize) -> String {
    tr!("cost-count", records = records, with = with)
}

/// "1,800 GBP per family (2019 prices). ICER £X per QALY."
pub fn cost_line(
    per_family: Option<f64>,
    currency: &str,
    year: Option<u16>,
    result: &str,
) -> String {
    let mut s = String::new();
    if let Some(c) = per_family {
        let cost = format!("{c:.0}");
        s.push_str(&match year {
            Some(y) => tr!(
                "cost-per-family-year",
                cost = cost,
                currency = currency,
                year = y.to_string()
            ),
            None => tr!("cost-per-family", cost = cost, currency = currency),
        });
        s.push_str(". ");
    }
    s.push_str(result.trim());
    s.trim().to_string()
}

/// "Whether the guidance on postnatal depression is current"
pub fn currency_heading(subject: &str) -> String {
    tr!("currency-heading", subject = subject)
}

/// ": 2 guidelines, each with its status when its page was last checked."
pub fn currency_count(guidelines: usize) -> String {
    if guidelines == 0 {
        return tr!("currency-none");
    }
    tr!("currency-count", guidelines = guidelines)
}

/// "Status: under surveillance (checked 2026-12-03)."
pub fn guideline_status(status: Option<&str>, checked: Option<&str>) -> String {
    match (status, checked) {
        (Some(s), Some(c)) => tr!("guideline-status", status = s, checked = c),
        (Some(s), None) => tr!("guideline-status-undated", status = s),
        (None, _) => tr!("guideline-status-unknown"),
    }
}

/// "Certainty of the evidence on postnatal depression"
pub fn certainty_heading(subject: &str) -> String {
    tr!("certainty-heading", subject = subject)
}

/// ": 1 of 4 reviews about it grades the certainty of its findings (GRADE)."
pub fn certainty_count(reviews: usize, graded: usize) -> String {
    tr!("certainty-count", reviews = reviews, graded = graded)
}

/// The last line of an answer about the evidence as a whole.
pub fn as_of_knowledge(version: &str, changed: Option<&str>) -> String {
    match changed {
        Some(d) => tr!("as-of-knowledge-changed", version = version, changed = d),
        None => tr!("as-of-knowledge", version = version),
    }
}
