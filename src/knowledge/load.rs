//! Loading and checking knowledge files: the good records plus every problem, each with
//! `path:line:col`, never stopping at the first.
//!
//! A file is checked in layers so that one mistake does not hide the next: YAML syntax, then each
//! top-level key on its own (unknown key, wrong type), then required keys, then the values
//! (id, year, DOI, URLs, topics), and last the checks across files (duplicate ids, `related`).
//! A record with any error is left out; warnings do not exclude it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde_yaml::{Mapping, Value};

use super::model::{Kind, Person, Record, Status, REQUIRED_FIELDS};
use super::outcomes::OutcomesFile;
use super::topics::{Topic, TopicsFile};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record (or topics file) cannot be used.
    Error,
    /// Worth fixing; the record still loads.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem in one file, at a line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the user named it (`knowledge/trials/x.yaml`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where a hint helps.
    pub hint: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.col, self.severity, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// A knowledge file's name and text, from a folder or from the copy built into the binary.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown in problems, relative to where the user pointed (`knowledge/topics.yaml`).
    pub path: String,
    /// Path relative to the knowledge folder (`trials/x.yaml`); decides the id and `topics.yaml`.
    pub rel: String,
    /// File contents.
    pub text: String,
}

/// What loading produced.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Records without errors, sorted by id.
    pub records: Vec<Record>,
    /// The topics vocabulary (empty if topics.yaml is broken).
    pub topics: Vec<Topic>,
    /// The outcome domains (empty if outcomes.yaml is broken).
    pub outcomes: Vec<Topic>,
    /// Every problem found, sorted by path and line.
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        count(&self.diagnostics, Severity::Error)
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        count(&self.diagnostics, Severity::Warning)
    }
}

fn count(diags: &[Diagnostic], severity: Severity) -> usize {
    diags.iter().filter(|d| d.severity == severity).count()
}

/// The name of the topics vocabulary at the top of a knowledge folder.
pub const TOPICS_FILE: &str = "topics.yaml";

/// The name of the outcome-domain vocabulary at the top of a knowledge folder.
pub const OUTCOMES_FILE: &str = "outcomes.yaml";

/// Reads every `*.yaml` file below `dir` (sorted, so results are stable). Files that cannot be
/// read become problems instead of aborting the whole load.
pub fn read_dir(dir: &Path) -> (Vec<SourceFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(err) => {
                diags.push(file_problem(
                    &d.display().to_string(),
                    format!("cannot read folder: {err}"),
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if name.ends_with(".yaml") || name.ends_with(".yml") {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                match std::fs::read_to_string(&path) {
                    Ok(text) => files.push(SourceFile {
                        path: path.display().to_string(),
                        rel,
                        text,
                    }),
                    Err(err) => diags.push(file_problem(
                        &path.display().to_string(),
                        format!("cannot read file: {err}"),
                    )),
                }
            }
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    (files, diags)
}

fn file_problem(path: &str, message: String) -> Diagnostic {
    Diagnostic {
        path: path.to_string(),
        line: 1,
        col: 1,
        severity: Severity::Error,
        message,
        hint: None,
    }
}

/// Loads and checks a set of knowledge files.
pub fn load(files: &[SourceFile]) -> Loaded {
    let mut out = Loaded::default();
    let current_year = current_year();

    out.topics = load_vocabulary(files, Vocabulary::Topics, &mut out.diagnostics);
    out.outcomes = load_vocabulary(files, Vocabulary::Outcomes, &mut out.diagnostics);
    let vocab = Vocab {
        topics: &out.topics,
        topic_ids: out.topics.iter().map(|t| t.id.as_str()).collect(),
        outcome_ids: out.outcomes.iter().map(|t| t.id.as_str()).collect(),
    };

    // First pass: each file on its own.
    let mut parsed: Vec<(&SourceFile, Record, bool)> = Vec::new();
    for f in files
        .iter()
        .filter(|f| f.rel != TOPICS_FILE && f.rel != OUTCOMES_FILE)
    {
        let mut diags = Vec::new();
        if let Some(record) = check_record_file(f, &vocab, current_year, &mut diags) {
            let ok = count(&diags, Severity::Error) == 0;
            parsed.push((f, record, ok));
        }
        out.diagnostics.extend(diags);
    }

    // Second pass: across files. Ids of broken records still count as known, so one broken
    // file does not cascade into "unknown id" errors elsewhere.
    let mut first_seen: HashMap<&str, &SourceFile> = HashMap::new();
    let mut bad: HashSet<usize> = HashSet::new();
    for (i, (f, r, _)) in parsed.iter().enumerate() {
        if r.id.is_empty() {
            continue;
        }
        if let Some(other) = first_seen.get(r.id.as_str()) {
            let (l1, c1) = key_position(&other.text, "id");
            let (l2, c2) = key_position(&f.text, "id");
            out.diagnostics.push(Diagnostic {
                path: f.path.clone(),
                line: l2,
                col: c2,
                severity: Severity::Error,
                message: format!(
                    "duplicate id `{}`: also used by {}:{l1}:{c1}",
                    r.id, other.path
                ),
                hint: Some(
                    "each record needs its own id; rename one of the files and its id".into(),
                ),
            });
            out.diagnostics.push(Diagnostic {
                path: other.path.clone(),
                line: l1,
                col: c1,
                severity: Severity::Error,
                message: format!("duplicate id `{}`: also used by {}:{l2}:{c2}", r.id, f.path),
                hint: None,
            });
            bad.insert(i);
            if let Some(j) = parsed.iter().position(|(g, _, _)| g.path == other.path) {
                bad.insert(j);
            }
        } else {
            first_seen.insert(r.id.as_str(), f);
        }
    }
    let known: HashSet<&str> = first_seen.keys().copied().collect();
    let kinds: HashMap<&str, Kind> = parsed
        .iter()
        .map(|(_, r, _)| (r.id.as_str(), r.kind))
        .collect();
    for (i, (f, r, _)) in parsed.iter().enumerate() {
        if let Some(trial) = &r.follow_up_of {
            let (line, col) = key_position(&f.text, "follow_up_of");
            if trial == &r.id {
                out.diagnostics.push(error_at(
                    f,
                    line,
                    col,
                    "`follow_up_of` names the record itself".into(),
                    None,
                ));
                bad.insert(i);
            } else if !known.contains(trial.as_str()) {
                let hint = closest(trial, known.iter().copied(), 4)
                    .map(|c| format!("did you mean `{c}`?"));
                out.diagnostics.push(error_at(
                    f,
                    line,
                    col,
                    format!("`follow_up_of` names unknown record `{trial}`"),
                    hint,
                ));
                bad.insert(i);
            } else if kinds.get(trial.as_str()).is_some_and(|k| *k != r.kind) {
                let k = kinds[trial.as_str()];
                out.diagnostics.push(warning_at(
                    f,
                    line,
                    col,
                    format!(
                        "a follow-up of `{trial}` ({}) is `{}`",
                        k.as_str(),
                        r.kind.as_str()
                    ),
                    Some(format!(
                        "a follow-up keeps its trial's kind: `kind: {}`",
                        k.as_str()
                    )),
                ));
            }
        }
        for rel in &r.related {
            if rel == &r.id {
                let (line, col) = value_position(&f.text, "related", rel);
                out.diagnostics.push(error_at(
                    f,
                    line,
                    col,
                    format!("`related` names the record itself (`{rel}`)"),
                    None,
                ));
                bad.insert(i);
            } else if !known.contains(rel.as_str()) {
                let (line, col) = value_position(&f.text, "related", rel);
                let hint =
                    closest(rel, known.iter().copied(), 4).map(|c| format!("did you mean `{c}`?"));
                out.diagnostics.push(error_at(
                    f,
                    line,
                    col,
                    format!("`related` names unknown record `{rel}`"),
                    hint,
                ));
                bad.insert(i);
            }
        }
    }

    out.records = parsed
        .into_iter()
        .enumerate()
        .filter(|(i, (_, _, ok))| *ok && !bad.contains(i))
        .map(|(_, (_, r, _))| r)
        .collect();
    out.records.sort_by(|a, b| a.id.cmp(&b.id));
    out.diagnostics.sort_by(|a, b| {
        (a.path.as_str(), a.line, a.col, a.severity).cmp(&(
            b.path.as_str(),
            b.line,
            b.col,
            b.severity,
        ))
    });
    out.diagnostics.dedup();
    out
}

fn error_at(
    f: &SourceFile,
    line: usize,
    col: usize,
    message: String,
    hint: Option<String>,
) -> Diagnostic {
    Diagnostic {
        path: f.path.clone(),
        line,
        col,
        severity: Severity::Error,
        message,
        hint,
    }
}

fn warning_at(
    f: &SourceFile,
    line: usize,
    col: usize,
    message: String,
    hint: Option<String>,
) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        ..error_at(f, line, col, message, hint)
    }
}

/// Where serde_yaml puts a syntax error, kept inside the file: at the end of the input libyaml
/// may report the line after the last one, which an editor cannot jump to. (Found by fuzzing.)
fn yaml_error_position(err: &serde_yaml::Error, text: &str) -> (usize, usize) {
    let Some(at) = err.location() else {
        return (1, 1);
    };
    // Lines as YAML and editors count them: "\r\n", a lone "\r" and "\n" each end one.
    let normalized = text.replace("\r\n", "\n");
    let lines: Vec<&str> = normalized.split(['\n', '\r']).collect();
    if at.line() <= lines.len() {
        (at.line(), at.column())
    } else {
        let last = lines.last().map_or(0, |l| l.chars().count());
        (lines.len(), last + 1)
    }
}

/// The two controlled vocabularies at the top of a knowledge folder.
#[derive(Debug, Clone, Copy)]
enum Vocabulary {
    Topics,
    Outcomes,
}

impl Vocabulary {
    fn file(self) -> &'static str {
        match self {
            Vocabulary::Topics => TOPICS_FILE,
            Vocabulary::Outcomes => OUTCOMES_FILE,
        }
    }

    fn entry(self) -> &'static str {
        match self {
            Vocabulary::Topics => "topic",
            Vocabulary::Outcomes => "outcome domain",
        }
    }

    fn parse(self, text: &str) -> Result<Vec<Topic>, serde_yaml::Error> {
        match self {
            Vocabulary::Topics => serde_yaml::from_str::<TopicsFile>(text).map(|f| f.topics),
            Vocabulary::Outcomes => serde_yaml::from_str::<OutcomesFile>(text).map(|f| f.outcomes),
        }
    }
}

/// The vocabularies a record is checked against.
struct Vocab<'a> {
    topics: &'a [Topic],
    topic_ids: HashSet<&'a str>,
    outcome_ids: HashSet<&'a str>,
}

fn load_vocabulary(
    files: &[SourceFile],
    which: Vocabulary,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Topic> {
    let name = which.file();
    let Some(f) = files.iter().find(|f| f.rel == name) else {
        diags.push(Diagnostic {
            path: name.to_string(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: format!("{name} is missing from the knowledge folder"),
            hint: Some(format!(
                "every knowledge folder needs a {name} vocabulary at its top (copy the one in evidence-bot's knowledge/)"
            )),
        });
        return Vec::new();
    };
    let entries = match which.parse(&f.text) {
        Ok(t) => t,
        Err(err) => {
            let (line, col) = yaml_error_position(&err, &f.text);
            diags.push(error_at(
                f,
                line,
                col,
                format!("invalid {name} file: {}", strip_location(&err.to_string())),
                None,
            ));
            return Vec::new();
        }
    };
    let key = match which {
        Vocabulary::Topics => "topics",
        Vocabulary::Outcomes => "outcomes",
    };
    let what = which.entry();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for t in entries {
        let (line, col) = value_position(&f.text, key, &t.id);
        if !is_valid_id(&t.id, true) {
            diags.push(error_at(
                f,
                line,
                col,
                format!(
                    "{what} id `{}` must be lower case letters, digits and `_`",
                    t.id
                ),
                None,
            ));
            continue;
        }
        if !seen.insert(t.id.clone()) {
            diags.push(error_at(
                f,
                line,
                col,
                format!("duplicate {what} id `{}`", t.id),
                None,
            ));
            continue;
        }
        if t.label.trim().is_empty() {
            diags.push(error_at(
                f,
                line,
                col,
                format!("{what} `{}` has an empty label", t.id),
                None,
            ));
        }
        out.push(t);
    }
    out
}

/// Field names of a record, taken from the JSON Schema so the list cannot drift from the type.
fn record_fields() -> &'static [String] {
    static FIELDS: OnceLock<Vec<String>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let schema = schemars::schema_for!(Record);
        schema
            .get("properties")
            .and_then(|p| p.as_object())
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    })
}

fn check_record_file(
    f: &SourceFile,
    vocab: &Vocab<'_>,
    current_year: u16,
    diags: &mut Vec<Diagnostic>,
) -> Option<Record> {
    let value: Value = match serde_yaml::from_str(&f.text) {
        Ok(v) => v,
        Err(err) => {
            let (line, col) = yaml_error_position(&err, &f.text);
            diags.push(error_at(
                f,
                line,
                col,
                format!("invalid YAML: {}", strip_location(&err.to_string())),
                Some("check the indentation, and quote text that contains `: ` or starts with a special character".into()),
            ));
            return None;
        }
    };
    let Value::Mapping(map) = value else {
        diags.push(error_at(
            f,
            1,
            1,
            "a record must be a mapping of `field: value` lines".into(),
            None,
        ));
        return None;
    };

    // Each key on its own: unknown keys and wrong types, all reported.
    let fields = record_fields();
    let mut clean = Mapping::new();
    let mut present = HashSet::new();
    for (k, v) in &map {
        let Some(key) = k.as_str() else {
            diags.push(error_at(
                f,
                1,
                1,
                format!("field names must be text, found {k:?}"),
                None,
            ));
            continue;
        };
        let (line, col) = key_position(&f.text, key);
        if !fields.iter().any(|x| x == key) {
            let hint = closest(key, fields.iter().map(String::as_str), 3)
                .map(|c| format!("did you mean `{c}`?"))
                .or_else(|| Some(format!("known fields: {}", fields.join(", "))));
            diags.push(error_at(
                f,
                line,
                col,
                format!("unknown field `{key}`"),
                hint,
            ));
            continue;
        }
        present.insert(key.to_string());
        let mut single = Mapping::new();
        single.insert(k.clone(), v.clone());
        match serde_yaml::from_value::<Record>(Value::Mapping(single)) {
            Ok(_) => {
                clean.insert(k.clone(), v.clone());
            }
            Err(err) => {
                let msg = err.to_string();
                let (line, col) = locate_error_token(&f.text, key, &msg).unwrap_or((line, col));
                diags.push(error_at(
                    f,
                    line,
                    col,
                    format!("wrong value for `{key}`: {}", friendly_serde(&msg)),
                    type_hint(&msg),
                ));
            }
        }
    }
    for req in REQUIRED_FIELDS {
        if !present.contains(*req) {
            diags.push(error_at(
                f,
                1,
                1,
                format!("missing required field `{req}`"),
                Some(required_hint(req)),
            ));
        }
    }

    // Value checks look only at keys whose type was right; a wrong type was reported above.
    let valid: HashSet<String> = clean
        .keys()
        .filter_map(|k| k.as_str().map(str::to_string))
        .collect();
    let record: Record = match serde_yaml::from_value(Value::Mapping(clean)) {
        Ok(r) => r,
        Err(err) => {
            diags.push(error_at(
                f,
                1,
                1,
                format!("cannot read record: {}", friendly_serde(&err.to_string())),
                None,
            ));
            return None;
        }
    };
    check_values(f, &record, vocab, current_year, &valid, diags);
    Some(record)
}

fn check_values(
    f: &SourceFile,
    r: &Record,
    vocab: &Vocab<'_>,
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
                f,
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
                f,
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
            f,
            line,
            col,
            format!("year {year} is out of range (1900 to {})", current_year + 1),
            None,
        ));
    }
    if present.contains("title") && r.title.trim().is_empty() {
        let (line, col) = key_position(&f.text, "title");
        diags.push(error_at(f, line, col, "title is empty".into(), None));
    }
    if present.contains("summary") && r.summary.trim().is_empty() {
        let (line, col) = key_position(&f.text, "summary");
        diags.push(error_at(
            f,
            line,
            col,
            "summary is empty".into(),
            Some("write 2 to 4 plain sentences on what the work found".into()),
        ));
    }
    if let Some(doi) = &r.doi {
        let (line, col) = key_position(&f.text, "doi");
        if let Err(hint) = check_doi(doi) {
            diags.push(error_at(
                f,
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
                f,
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
                f,
                line,
                col,
                format!("malformed source URL `{}`: {why}", s.url),
                None,
            ));
        }
    }
    for t in &r.topics {
        if !vocab.topic_ids.contains(t.as_str()) {
            let (line, col) = value_position(&f.text, "topics", t);
            let hint = topic_suggestion(t, vocab.topics);
            diags.push(error_at(f, line, col, format!("unknown topic `{t}`"), hint));
        }
    }
    if present.contains("topics") && r.topics.is_empty() {
        let (line, col) = key_position(&f.text, "topics");
        diags.push(error_at(
            f,
            line,
            col,
            "a record needs at least one topic".into(),
            None,
        ));
    }
    for (field, people) in [("authors", &r.authors), ("editors", &r.editors)] {
        for p in people {
            if let Some(msg) = person_problem(p) {
                let needle = p
                    .family
                    .as_deref()
                    .or(p.organisation.as_deref())
                    .unwrap_or("");
                let (line, col) = value_position(&f.text, field, needle);
                diags.push(error_at(f, line, col, format!("{field}: {msg}"), Some("write `{family: Fukkink, given: Ruben G.}` or `{organisation: National Institute for Health and Care Excellence}`".into())));
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
            f,
            line,
            col,
            "no authors or editors".into(),
            Some("list the authors, or the editors of an edited book".into()),
        ));
    }
    for finding in &r.findings {
        let (line, col) = value_position(&f.text, "findings", first_words(&finding.statement));
        if finding.statement.trim().is_empty() {
            diags.push(error_at(
                f,
                line,
                col,
                "a finding has an empty statement".into(),
                None,
            ));
        }
        if let Some(p) = &finding.p {
            if !valid_p(p) {
                diags.push(error_at(
                    f,
                    line,
                    col,
                    format!("p value `{p}` is not a number between 0 and 1"),
                    Some("write it as the source does, e.g. \"0.069\" or \"<0.001\"".into()),
                ));
            }
        }
        if let Some([lo, hi]) = finding.ci {
            if lo > hi || !lo.is_finite() || !hi.is_finite() {
                diags.push(error_at(
                    f,
                    line,
                    col,
                    format!("confidence interval [{lo}, {hi}] is not [low, high]"),
                    None,
                ));
            }
        }
        if let Some(e) = &finding.effect {
            if !e.value.is_finite() {
                diags.push(error_at(
                    f,
                    line,
                    col,
                    "effect value is not a number".into(),
                    None,
                ));
            }
        }
        if let Some(d) = &finding.domain {
            if !vocab.outcome_ids.contains(d.as_str()) {
                let hint = closest(d, vocab.outcome_ids.iter().copied(), 4)
                    .map(|c| format!("did you mean `{c}`?"))
                    .or_else(|| Some("domains are the ids listed in outcomes.yaml".into()));
                diags.push(error_at(
                    f,
                    line,
                    col,
                    format!("unknown outcome domain `{d}`"),
                    hint,
                ));
            }
        }
        if finding.reports_result() {
            let missing: Vec<&str> = [
                ("domain", finding.domain.is_none()),
                ("direction", finding.direction.is_none()),
            ]
            .into_iter()
            .filter_map(|(k, m)| m.then_some(k))
            .collect();
            if !missing.is_empty() {
                diags.push(error_at(
                    f,
                    line,
                    col,
                    format!(
                        "a finding with a result has no `{}`",
                        missing.join("` or `")
                    ),
                    Some("add `domain:` (an id from outcomes.yaml) and `direction:` (improved, no_difference, worse or mixed), so answers can compare it with other studies".into()),
                ));
            }
        }
    }
    if r.journal.is_some() && r.journal_abbrev.is_none() {
        let (line, col) = key_position(&f.text, "journal");
        diags.push(warning_at(
            f,
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
            f,
            line,
            col,
            "journal article without a DOI".into(),
            Some(
                "add `doi:` if the article has one (look it up on doi.org or the publisher's page)"
                    .into(),
            ),
        ));
    }
    if r.kind == Kind::Chapter && r.book_title.is_none() {
        let (line, col) = key_position(&f.text, "kind");
        diags.push(warning_at(
            f,
            line,
            col,
            "a chapter without `book_title`".into(),
            Some("name the book the chapter is in, so citations are complete".into()),
        ));
    }
    if r.status != Status::Unverified && r.sources.is_empty() {
        let (line, col) = key_position(&f.text, "status");
        diags.push(warning_at(
            f,
            line,
            col,
            format!("status is {} but no sources are listed", r.status.as_str()),
            Some("list the sources that back the facts".into()),
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

fn first_words(s: &str) -> &str {
    let end = s
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .nth(2)
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    &s[..end]
}

fn valid_p(p: &str) -> bool {
    let t = p
        .trim()
        .trim_start_matches(['<', '>', '=', '≤', '≥'])
        .trim();
    matches!(t.parse::<f64>(), Ok(v) if (0.0..=1.0).contains(&v))
}

fn is_valid_id(id: &str, underscore: bool) -> bool {
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

fn topic_suggestion(t: &str, topics: &[Topic]) -> Option<String> {
    let lower = t.to_lowercase().replace(['-', ' '], "_");
    let mut close: Vec<&str> = topics
        .iter()
        .filter(|topic| {
            strsim::levenshtein(&lower, &topic.id) <= 3
                || topic
                    .terms
                    .iter()
                    .any(|term| term.to_lowercase().replace(['-', ' '], "_") == lower)
        })
        .map(|topic| topic.id.as_str())
        .collect();
    close.sort_by_key(|id| strsim::levenshtein(&lower, id));
    close.truncate(3);
    if close.is_empty() {
        Some("topics are the ids listed in topics.yaml".into())
    } else {
        Some(format!(
            "close matches: {}",
            close
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}

fn closest<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
    max: usize,
) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, _)| *d <= max)
        .min()
        .map(|(_, c)| c)
}

fn required_hint(field: &str) -> String {
    match field {
        "kind" => "add `kind:` (guideline, systematic_review, meta_analysis, rct, pilot_rct, cohort, controlled_study, qualitative, service_evaluation, pre_post, report, book, chapter, article, protocol or journal)".into(),
        "status" => "add `status: verified`, `partial` or `unverified`".into(),
        "intervention" => "add `intervention:` (vig, verp, vipp, vipp_sd, vipp_fc, video_feedback, other or none)".into(),
        "id" => "add `id:` equal to the file name without .yaml".into(),
        "authors" => "add `authors:` (a list of `{family: ..., given: ...}` or `{organisation: ...}`; `[]` for an edited book with editors)".into(),
        other => format!("add `{other}:` (see knowledge/README.md)"),
    }
}

/// serde's messages name Rust types; turn the common ones into words an admin knows.
fn friendly_serde(msg: &str) -> String {
    strip_location(msg)
        .replace("expected u16", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected f64", "expected a number")
        .replace("expected a boolean", "expected true or false")
        .replace("expected a sequence", "expected a list")
        .replace(
            "struct Person",
            "a person ({family, given} or {organisation})",
        )
        .replace("struct Finding", "a finding ({statement, ...})")
        .replace("struct Source", "a source ({url, note, verified})")
        .replace("struct Sample", "a sample ({n, counted})")
        .replace("struct Effect", "an effect ({type, value})")
}

fn type_hint(msg: &str) -> Option<String> {
    if msg.contains("unknown variant") {
        Some("use one of the values listed; see knowledge/README.md".into())
    } else if msg.contains("unknown field") {
        closest_in_message(msg)
    } else if msg.contains("expected a string") || msg.contains("invalid type: integer") {
        Some("quote numbers that are text, e.g. volume: \"34\"".into())
    } else {
        None
    }
}

fn closest_in_message(msg: &str) -> Option<String> {
    // "unknown field `x`, expected one of `a`, `b`"
    let mut parts = msg.split('`');
    let _ = parts.next();
    let bad = parts.next()?;
    let candidates: Vec<&str> = parts.skip(1).step_by(2).collect();
    closest(bad, candidates.into_iter(), 3).map(|c| format!("did you mean `{c}`?"))
}

/// serde_yaml appends " at line L column C"; we print the position in front instead.
fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Position of a top-level `key:` (1-based). Falls back to 1:1.
pub fn key_position(text: &str, key: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix(key) {
            if rest.trim_start().starts_with(':') {
                return (i + 1, 1);
            }
        }
    }
    (1, 1)
}

/// Position of `needle` inside the block of top-level `key`, or of the key itself.
pub fn value_position(text: &str, key: &str, needle: &str) -> (usize, usize) {
    let (start, col) = key_position(text, key);
    if needle.is_empty() {
        return (start, col);
    }
    for (i, line) in text.lines().enumerate().skip(start - 1) {
        if i + 1 > start && starts_top_level_key(line) {
            break;
        }
        if let Some(c) = line.find(needle) {
            return (i + 1, line[..c].chars().count() + 1);
        }
    }
    (start, col)
}

fn starts_top_level_key(line: &str) -> bool {
    line.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// For a value error, point at the offending value (the first `backticked` or "quoted" token).
fn locate_error_token(text: &str, key: &str, msg: &str) -> Option<(usize, usize)> {
    let token = msg
        .split('`')
        .nth(1)
        .or_else(|| msg.split('"').nth(1))
        .filter(|t| !t.is_empty() && *t != key)?;
    let pos = value_position(text, key, token);
    (pos != key_position(text, key) || text.lines().nth(pos.0 - 1)?.contains(token)).then_some(pos)
}

/// The calendar year now (UTC), for the year range check.
pub fn current_year() -> u16 {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    crate::library::civil_from_days(days as i64).0 as u16
}

/// Counts records by kind, in ladder order (for `!about` and `list`).
pub fn counts_by_kind(records: &[Record]) -> BTreeMap<Kind, usize> {
    let mut m = BTreeMap::new();
    for r in records {
        *m.entry(r.kind).or_insert(0) += 1;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_point_inside_the_file() {
        for text in ["[[[id: si", "a: [1,\n", "a: b\r\r\r: c: d", "{"] {
            let err = serde_yaml::from_str::<Value>(text).unwrap_err();
            let (line, col) = yaml_error_position(&err, text);
            let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
            assert!(
                line >= 1 && line <= lines && col >= 1,
                "{text:?}: {line}:{col}"
            );
        }
    }

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

    #[test]
    fn p_values() {
        assert!(valid_p("0.069"));
        assert!(valid_p("<0.001"));
        assert!(valid_p(".04"));
        assert!(!valid_p("1.5"));
        assert!(!valid_p("n.s."));
    }

    #[test]
    fn year_is_plausible() {
        let y = current_year();
        assert!((2024..2200).contains(&y));
    }

    #[test]
    fn positions() {
        let text = "id: x\ntopics:\n  - preterm\n  - pretrm\nsummary: s\n";
        assert_eq!(key_position(text, "topics"), (2, 1));
        assert_eq!(value_position(text, "topics", "pretrm"), (4, 5));
        assert_eq!(value_position(text, "topics", "nothing"), (2, 1));
    }
}
