//! The checks on a record's values: id and file name, year, DOI, URLs, topics, people, findings
//! (numbers, outcome domains and directions) and the warnings worth fixing.

use std::collections::HashSet;

use super::diagnostic::{error_at, warning_at, Diagnostic};
use super::hints::topic_suggestion;
use super::model::{Kind, Person, Record, Status};
use super::position::{key_position, value_position};
use super::source::SourceFile;
use super::vocabulary::Vocabulary;

mod findings;

use findings::check_findings;

/// The vocabularies a record is checked against.
pub(crate) struct Vocab<'a> {
    pub(crate) vocabulary: &'a Vocabulary,
    pub(crate) topic_ids: HashSet<&'a str>,
    pub(crate) outcome_ids: HashSet<&'a str>,
}

/// Every check on one record's values. The order of the calls is the order of the problems
/// reported for one line.
pub(crate) fn check_values(
    f: &SourceFile,
    r: &Record,
    vocab: &Vocab<'_>,
    current_year: u16,
    present: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    check_identity(f, r, current_year, present, diags);
    check_links(f, r, diags);
    check_concepts(f, r, vocab, present, diags);
    check_people(f, r, present, diags);
    check_findings(f, r, vocab, diags);
    check_journal(f, r, diags);
    check_dates(f, r, diags);
    check_completeness(f, r, present, diags);
    check_facts(f, r, diags);
    if r.status != Status::Unverified && r.sources.is_empty() {
        let (line, col) = key_position(&f.text, "status");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            format!("status is {} but no sources are listed", r.status.as_str()),
            Some("list the sources that back the facts".into()),
        ));
    }
}

/// The id against the file name, the year's range, and a title and summary that say something.
fn check_identity(
    f: &SourceFile,
    r: &Record,
    current_year: u16,
    present: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    let stem = f
        .rel
        .rsplit('/')
        .next()
        .unwrap_or(&f.rel)
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    if present.contains("id") {
        let (line, col) = key_position(&f.text, "id");
        if !is_valid_id(&r.id, false) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!(
                    "id `{}` must be lower case letters, digits and hyphens",
                    r.id
                ),
                None,
            ));
        } else if r.id != stem {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("id `{}` does not match the file name `{stem}.yaml`", r.id),
                Some(format!(
                    "rename the file to `{}.yaml`, or set `id: {stem}`",
                    r.id
                )),
            ));
        }
    }
    if let Some(year) = r.year.filter(|y| *y < 1900 || *y > current_year + 1) {
        let (line, col) = key_position(&f.text, "year");
        diags.push(error_at(
            &f.path,
            line,
            col,
            format!("year {year} is out of range (1900 to {})", current_year + 1),
            None,
        ));
    }
    if present.contains("title") && r.title.trim().is_empty() {
        let (line, col) = key_position(&f.text, "title");
        diags.push(error_at(&f.path, line, col, "title is empty".into(), None));
    }
    if present.contains("summary") && r.summary.trim().is_empty() {
        let (line, col) = key_position(&f.text, "summary");
        diags.push(error_at(
            &f.path,
            line,
            col,
            "summary is empty".into(),
            Some("write 2 to 4 plain sentences on what the work found".into()),
        ));
    }
}

/// The DOI, the url and the sources' addresses are well formed.
fn check_links(f: &SourceFile, r: &Record, diags: &mut Vec<Diagnostic>) {
    if let Some(doi) = &r.doi {
        let (line, col) = key_position(&f.text, "doi");
        if let Err(hint) = check_doi(doi) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("malformed DOI `{doi}`"),
                Some(hint),
            ));
        }
    }
    if let Some(url) = &r.url {
        let (line, col) = key_position(&f.text, "url");
        if let Err(why) = check_url(url) {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("malformed URL `{url}`: {why}"),
                None,
            ));
        }
    }
    for s in &r.sources {
        if let Err(why) = check_url(&s.url) {
            let (line, col) = value_position(&f.text, "sources", &s.url);
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("malformed source URL `{}`: {why}", s.url),
                None,
            ));
        }
    }
}

/// Topics, professions and the country name concepts of the vocabulary.
fn check_concepts(
    f: &SourceFile,
    r: &Record,
    vocab: &Vocab<'_>,
    present: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    for t in &r.topics {
        if !vocab.topic_ids.contains(t.as_str()) {
            let (line, col) = value_position(&f.text, "topics", t);
            let hint = topic_suggestion(t, vocab.vocabulary);
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("unknown topic `{t}`"),
                hint,
            ));
        }
    }
    for p in &r.delivered_by {
        let profession = vocab
            .vocabulary
            .get(p)
            .is_some_and(|c| c.facet == Some(super::vocabulary::Facet::Profession));
        if !profession {
            let (line, col) = value_position(&f.text, "delivered_by", p);
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("`delivered_by` names `{p}`, which is not a profession of the vocabulary"),
                Some("use a profession concept id of vocabulary/professions.yaml, e.g. health_visitors".into()),
            ));
        }
    }
    if let Some(country) = &r.country {
        let named = vocab.vocabulary.country_of(country).is_some();
        if !named {
            let (line, col) = key_position(&f.text, "country");
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!("country `{country}` names no country of the vocabulary"),
                Some("begin it with a country's name or `record_name` in vocabulary/countries.yaml, or add the country there".into()),
            ));
        }
    }
    if present.contains("topics") && r.topics.is_empty() {
        let (line, col) = key_position(&f.text, "topics");
        diags.push(error_at(
            &f.path,
            line,
            col,
            "a record needs at least one topic".into(),
            None,
        ));
    }
}

/// Each author and editor is a person or an organisation, and a confirmed record names some.
fn check_people(
    f: &SourceFile,
    r: &Record,
    present: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    for (field, people) in [("authors", &r.authors), ("editors", &r.editors)] {
        for p in people {
            if let Some(msg) = person_problem(p) {
                let needle = p
                    .family
                    .as_deref()
                    .or(p.organisation.as_deref())
                    .unwrap_or("");
                let (line, col) = value_position(&f.text, field, needle);
                diags.push(error_at(&f.path, line, col, format!("{field}: {msg}"), Some("write `{family: Fukkink, given: Ruben G.}` or `{organisation: National Institute for Health and Care Excellence}`".into())));
            }
        }
    }
    if present.contains("authors")
        && r.authors.is_empty()
        && r.editors.is_empty()
        && r.status != Status::Unverified
    {
        let (line, col) = key_position(&f.text, "authors");
        diags.push(error_at(
            &f.path,
            line,
            col,
            "no authors or editors".into(),
            Some("list the authors, or the editors of an edited book".into()),
        ));
    }
}

/// What a journal article's citation needs: the abbreviation, the DOI, the volume or pages.
fn check_journal(f: &SourceFile, r: &Record, diags: &mut Vec<Diagnostic>) {
    if r.journal.is_some() && r.journal_abbrev.is_none() {
        let (line, col) = key_position(&f.text, "journal");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "journal without `journal_abbrev`".into(),
            Some("add the NLM catalogue abbreviation, e.g. `journal_abbrev: Clin Psychol Rev`; the Vancouver style uses it".into()),
        ));
    }
    // Warnings: worth fixing, not blocking.
    let is_study = matches!(
        r.kind,
        Kind::SystematicReview
            | Kind::MetaAnalysis
            | Kind::Rct
            | Kind::PilotRct
            | Kind::Cohort
            | Kind::Qualitative
            | Kind::Protocol
    );
    if r.journal.is_some() && r.doi.is_none() && (is_study || r.kind == Kind::Article) {
        let (line, col) = key_position(&f.text, "journal");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "journal article without a DOI".into(),
            Some(
                "add `doi:` if the article has one (look it up on doi.org or the publisher's page)"
                    .into(),
            ),
        ));
    }
    let article =
        r.journal.is_some() && !matches!(r.kind, Kind::Journal | Kind::Book | Kind::Chapter);
    if article && r.doi.is_some() && r.volume.is_none() && r.pages.is_none() {
        let (line, col) = key_position(&f.text, "journal");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "journal article without a volume or pages".into(),
            Some(
                "add `volume:` and `pages:` (or the article number) from the publisher's page; Cite Them Right labels an article without them \"[Preprint]\""
                    .into(),
            ),
        ));
    }
}

/// `added` and `updated` are dates, in that order, and `added` is there for !whatsnew.
fn check_dates(f: &SourceFile, r: &Record, diags: &mut Vec<Diagnostic>) {
    let date = |v: &Option<String>| -> Option<time::Date> {
        let v = v.as_deref()?;
        time::Date::parse(v, time::macros::format_description!("[year]-[month]-[day]")).ok()
    };
    for (key, v) in [("added", &r.added), ("updated", &r.updated)] {
        if v.is_some() && date(v).is_none() {
            let (line, col) = key_position(&f.text, key);
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("`{key}` is not a date"),
                Some(format!("write it as YYYY-MM-DD, e.g. {key}: 2026-11-30")),
            ));
        }
    }
    if let (Some(a), Some(u)) = (date(&r.added), date(&r.updated)) {
        if u < a {
            let (line, col) = key_position(&f.text, "updated");
            diags.push(error_at(
                &f.path,
                line,
                col,
                "`updated` is before `added`".into(),
                Some("a record is updated on or after the day it was added".into()),
            ));
        }
    }
    if r.added.is_none() {
        let (line, col) = key_position(&f.text, "id");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "no `added` date".into(),
            Some("add `added: YYYY-MM-DD` (the day the record entered the knowledge) for !whatsnew; in a Git checkout the commit that added the file gives it".into()),
        ));
    }
}

/// Sources, findings and a chapter's book: what a record of its kind should carry.
fn check_completeness(
    f: &SourceFile,
    r: &Record,
    present: &HashSet<String>,
    diags: &mut Vec<Diagnostic>,
) {
    if present.contains("sources") && r.sources.is_empty() {
        let (line, col) = key_position(&f.text, "sources");
        diags.push(error_at(
            &f.path,
            line,
            col,
            "no sources".into(),
            Some("name at least one page that shows the facts (the publisher's page, PubMed, a trial registry), as `- url: ...` with a `note:` of what it shows".into()),
        ));
    }
    let reports_results = matches!(
        r.kind,
        Kind::Rct
            | Kind::PilotRct
            | Kind::ControlledStudy
            | Kind::PrePost
            | Kind::Cohort
            | Kind::MetaAnalysis
            | Kind::SystematicReview
    );
    if reports_results && present.contains("findings") && r.findings.is_empty() {
        let (line, col) = key_position(&f.text, "findings");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "no findings".into(),
            Some("add what the work found, the key finding first, with its numbers, `domain` and `direction`".into()),
        ));
    }
    if r.kind == Kind::Chapter && r.book_title.is_none() {
        let (line, col) = key_position(&f.text, "kind");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "a chapter without `book_title`".into(),
            Some("name the book the chapter is in, so citations are complete".into()),
        ));
    }
}

fn person_problem(p: &Person) -> Option<&'static str> {
    match (&p.family, &p.organisation) {
        (None, None) => Some("each person needs `family` (or `organisation`)"),
        (Some(_), Some(_)) => Some("give either `family`/`given` or `organisation`, not both"),
        (Some(f), None) if f.trim().is_empty() => Some("empty family name"),
        _ => None,
    }
}

pub(crate) fn is_valid_id(id: &str, underscore: bool) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || (underscore && c == '_')
        })
}

/// Checks a bare DOI (`10.NNNN/suffix`). The error is a hint on how to fix it.
pub fn check_doi(doi: &str) -> Result<(), String> {
    let lower = doi.to_ascii_lowercase();
    if lower.starts_with("http") || lower.starts_with("doi:") || lower.contains("doi.org/") {
        return Err("write the bare DOI, e.g. `10.1016/j.cpr.2008.01.003`, without https://doi.org/ or doi:".into());
    }
    let Some(rest) = doi.strip_prefix("10.") else {
        return Err("a DOI starts with `10.`".into());
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return Err("a DOI has a `/` between the prefix and the suffix".into());
    };
    let registrant_ok = (4..=9).contains(&registrant.len())
        && registrant.chars().all(|c| c.is_ascii_digit() || c == '.');
    if !registrant_ok || suffix.is_empty() || doi.chars().any(char::is_whitespace) {
        return Err("a DOI looks like `10.1016/j.cpr.2008.01.003`".into());
    }
    Ok(())
}

/// Checks an http(s) URL with the `url` crate.
pub fn check_url(s: &str) -> Result<(), String> {
    match url::Url::parse(s) {
        Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {
            if u.host_str().is_some_and(|h| h.contains('.')) {
                Ok(())
            } else {
                Err("the host name looks incomplete".into())
            }
        }
        Ok(u) => Err(format!("use http or https, not `{}`", u.scheme())),
        Err(e) => Err(format!(
            "{e} (write the whole address, starting with https://)"
        )),
    }
}

/// The checks on these facts that their types do not make: dates, shares, currencies, and the
/// fields that belong to one kind of record. (`report_of` and `delivered_by` name other
/// records and concepts; the loader checks them across files.)
pub(crate) fn check_facts(f: &SourceFile, r: &Record, diags: &mut Vec<Diagnostic>) {
    let at = |key: &str| key_position(&f.text, key);
    if let Some(d) = &r.checked {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        if time::Date::parse(d, format).is_err() {
            let (line, col) = at("checked");
            diags.push(error_at(
                &f.path,
                line,
                col,
                "`checked` is not a date".into(),
                Some("write the day you looked at the guideline's page as YYYY-MM-DD".into()),
            ));
        }
    }
    if let Some(share) = r.attrition.as_ref().and_then(|a| a.share) {
        if !(0.0..=1.0).contains(&share) {
            let (line, col) = at("attrition");
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("attrition share {share} is not between 0 and 1"),
                Some("write the share lost as a fraction: 0.12 for 12%".into()),
            ));
        }
    }
    if let Some(c) = &r.cost {
        let iso = c.currency.len() == 3 && c.currency.chars().all(|ch| ch.is_ascii_uppercase());
        if !c.currency.is_empty() && !iso {
            let (line, col) = at("cost");
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("currency `{}` is not an ISO 4217 code", c.currency),
                Some("use the three capital letters: GBP, EUR, USD".into()),
            ));
        }
    }
    if let (Some(n), Some(a)) = (r.n_randomised, r.n_analysed) {
        if a > n {
            let (line, col) = at("n_analysed");
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!("{a} analysed but {n} randomised"),
                Some("check both numbers against the source".into()),
            ));
        }
    }
    // A protocol plans a trial; results belong in the record of the paper that reports them,
    // or the trial would be counted from its plan.
    if r.kind == Kind::Protocol
        && r.findings
            .iter()
            .any(|x| x.reports_result() || x.direction.is_some())
    {
        let (line, col) = key_position(&f.text, "findings");
        diags.push(error_at(
            &f.path,
            line,
            col,
            "a protocol carries a result".into(),
            Some("move the result to a record of the paper that reports it (kind: rct, with the same `registration`), and keep the protocol's aims and methods here".into()),
        ));
    }
    let review = matches!(r.kind, Kind::SystematicReview | Kind::MetaAnalysis);
    let misplaced = [
        (
            "peer_reviewed",
            r.peer_reviewed.is_some() && !review,
            "reviews",
        ),
        (
            "guideline_status",
            r.guideline_status.is_some() && r.kind != Kind::Guideline,
            "guidelines",
        ),
    ];
    for (key, wrong, of) in misplaced {
        if wrong {
            let (line, col) = at(key);
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!("`{key}` is for {of}"),
                None,
            ));
        }
    }
    if review && r.peer_reviewed.is_none() {
        let (line, col) = at("kind");
        diags.push(warning_at(
            &f.path,
            line,
            col,
            "a review without `peer_reviewed`".into(),
            Some("say whether it was peer-reviewed: `peer_reviewed: yes`, `no` or `unclear`; answers put reviews that were not below those that were".into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doi_checks() {
        assert!(check_doi("10.1016/j.cpr.2008.01.003").is_ok());
        assert!(check_doi("10.1002/14651858.CD012348.pub2").is_ok());
        assert!(check_doi("https://doi.org/10.1016/x").is_err());
        assert!(check_doi("11.1016/x").is_err());
        assert!(check_doi("10.1016").is_err());
        assert!(check_doi("10.12/x").is_err());
    }

    #[test]
    fn url_checks() {
        assert!(check_url("https://www.nice.org.uk/guidance/ng26").is_ok());
        assert!(check_url("www.nice.org.uk").is_err());
        assert!(check_url("ftp://x.org/a").is_err());
        assert!(check_url("https://localhost/").is_err());
    }
}
