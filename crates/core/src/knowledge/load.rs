//! Loading and checking knowledge files: the good records plus every problem, each with
//! `path:line:col`, never stopping at the first.
//!
//! A file is checked in layers so that one mistake does not hide the next: YAML syntax, then each
//! top-level key on its own (unknown key, wrong type), then required keys, then the values
//! (id, year, DOI, URLs, topics, findings: see [`super::check`]), and last the checks across
//! files (duplicate ids, `related`, `follow_up_of`). A record with any error is left out;
//! warnings do not exclude it.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde_yaml::{Mapping, Value};

use super::check::{check_values, Vocab};
use super::diagnostic::{count, error_at, warning_at, Diagnostic, Severity};
use super::hints::{closest, friendly_serde, required_hint, type_hint};
use super::language::Language;
use super::load_vocabulary::{is_vocabulary_file, load_language, load_vocabulary};
use super::model::{Kind, Record, REQUIRED_FIELDS};
use super::position::{
    key_position, locate_error_token, strip_location, value_position, yaml_error_position,
};
use super::source::SourceFile;
use super::vocabulary::{Facet, Vocabulary};

/// What loading produced.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Records without errors, sorted by id.
    pub records: Vec<Record>,
    /// The concept scheme (the concepts of the files that loaded).
    pub vocabulary: Vocabulary,
    /// The English words that frame questions.
    pub language: Language,
    /// The other languages switched on: those whose language file and safety patterns load.
    pub languages: Vec<Language>,
    /// The safety patterns (the built-in ones when the folder's are missing or broken).
    pub safety: super::safety::Safety,
    /// Every problem found, sorted by path and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// A record file as the first pass left it: the file, the record, and whether it had no error.
type Parsed<'a> = (&'a SourceFile, Record, bool);

/// Loads and checks a set of knowledge files.
pub fn load(files: &[SourceFile]) -> Loaded {
    let mut out = Loaded::default();
    let current_year = crate::clock::current_year();

    load_schemes(files, &mut out);
    let concepts = out.vocabulary.concepts();
    let vocab = Vocab {
        vocabulary: &out.vocabulary,
        topic_ids: concepts.iter().map(|c| c.id.as_str()).collect(),
        outcome_ids: concepts
            .iter()
            .filter(|c| c.facet == Some(Facet::Outcome))
            .map(|c| c.id.as_str())
            .collect(),
    };

    let parsed = check_each_file(files, &vocab, current_year, &mut out.diagnostics);

    // Second pass: across files. Ids of broken records still count as known, so one broken
    // file does not cascade into "unknown id" errors elsewhere.
    let mut bad: HashSet<usize> = HashSet::new();
    let known = duplicate_ids(&parsed, &mut bad, &mut out.diagnostics);
    let kinds: HashMap<&str, Kind> = parsed
        .iter()
        .map(|(_, r, _)| (r.id.as_str(), r.kind))
        .collect();
    for (i, (f, r, _)) in parsed.iter().enumerate() {
        let links = Links {
            f,
            r,
            known: &known,
        };
        let broken = [
            links.check_follow_up(&kinds, &mut out.diagnostics),
            links.check_report_of(&mut out.diagnostics),
            links.check_related(&mut out.diagnostics),
        ];
        if broken.contains(&true) {
            bad.insert(i);
        }
    }

    same_trial_unlinked(&parsed, &mut out.diagnostics);
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

/// The files that are not records: the concept scheme, the languages and the safety patterns.
fn load_schemes(files: &[SourceFile], out: &mut Loaded) {
    out.vocabulary = load_vocabulary(files, &mut out.diagnostics);
    out.language = load_language(files, &mut out.diagnostics);
    out.safety = super::safety::load_safety(files, &mut out.diagnostics);
    out.languages = super::load_vocabulary::load_languages(
        files,
        &out.vocabulary,
        &out.safety,
        &mut out.diagnostics,
    );
}

/// First pass: each record file on its own.
fn check_each_file<'a>(
    files: &'a [SourceFile],
    vocab: &Vocab<'_>,
    current_year: u16,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Parsed<'a>> {
    let mut parsed: Vec<Parsed<'a>> = Vec::new();
    for f in files.iter().filter(|f| !is_vocabulary_file(&f.rel)) {
        let mut diags = Vec::new();
        if let Some(record) = check_record_file(f, vocab, current_year, &mut diags) {
            let ok = count(&diags, Severity::Error) == 0;
            parsed.push((f, record, ok));
        }
        diagnostics.extend(diags);
    }
    parsed
}

/// Reports each id used by two files, on both, and marks both records bad. The ids seen are
/// what the other records may name.
fn duplicate_ids<'a>(
    parsed: &'a [Parsed<'_>],
    bad: &mut HashSet<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashSet<&'a str> {
    let mut first_seen: HashMap<&str, &SourceFile> = HashMap::new();
    for (i, (f, r, _)) in parsed.iter().enumerate() {
        if r.id.is_empty() {
            continue;
        }
        if let Some(other) = first_seen.get(r.id.as_str()) {
            let (l1, c1) = key_position(&other.text, "id");
            let (l2, c2) = key_position(&f.text, "id");
            diagnostics.push(Diagnostic {
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
            diagnostics.push(Diagnostic {
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
    first_seen.keys().copied().collect()
}

/// One record's links to other records: `follow_up_of`, `report_of` and `related`. Each check
/// says whether it found an error, which leaves the record out.
struct Links<'a> {
    f: &'a SourceFile,
    r: &'a Record,
    known: &'a HashSet<&'a str>,
}

impl Links<'_> {
    fn check_follow_up(&self, kinds: &HashMap<&str, Kind>, diags: &mut Vec<Diagnostic>) -> bool {
        let (f, r, known) = (self.f, self.r, self.known);
        let Some(trial) = &r.follow_up_of else {
            return false;
        };
        let (line, col) = key_position(&f.text, "follow_up_of");
        if trial == &r.id {
            diags.push(error_at(
                &f.path,
                line,
                col,
                "`follow_up_of` names the record itself".into(),
                None,
            ));
            return true;
        } else if !known.contains(trial.as_str()) {
            let hint =
                closest(trial, known.iter().copied(), 4).map(|c| format!("did you mean `{c}`?"));
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("`follow_up_of` names unknown record `{trial}`"),
                hint,
            ));
            return true;
        } else if kinds.get(trial.as_str()).is_some_and(|k| *k != r.kind) {
            let k = kinds[trial.as_str()];
            diags.push(warning_at(
                &f.path,
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
        false
    }

    fn check_report_of(&self, diags: &mut Vec<Diagnostic>) -> bool {
        let (f, r, known) = (self.f, self.r, self.known);
        let Some(main) = &r.report_of else {
            return false;
        };
        let (line, col) = key_position(&f.text, "report_of");
        let problem = if main == &r.id {
            Some(("`report_of` names the record itself".to_string(), None))
        } else if !known.contains(main.as_str()) {
            Some((
                format!("`report_of` names unknown record `{main}`"),
                closest(main, known.iter().copied(), 4).map(|c| format!("did you mean `{c}`?")),
            ))
        } else {
            None
        };
        let Some((message, hint)) = problem else {
            return false;
        };
        diags.push(error_at(&f.path, line, col, message, hint));
        true
    }

    fn check_related(&self, diags: &mut Vec<Diagnostic>) -> bool {
        let (f, r, known) = (self.f, self.r, self.known);
        let mut broken = false;
        for rel in &r.related {
            if rel == &r.id {
                let (line, col) = value_position(&f.text, "related", rel);
                diags.push(error_at(
                    &f.path,
                    line,
                    col,
                    format!("`related` names the record itself (`{rel}`)"),
                    None,
                ));
                broken = true;
            } else if !known.contains(rel.as_str()) {
                let (line, col) = value_position(&f.text, "related", rel);
                let hint =
                    closest(rel, known.iter().copied(), 4).map(|c| format!("did you mean `{c}`?"));
                diags.push(error_at(
                    &f.path,
                    line,
                    col,
                    format!("`related` names unknown record `{rel}`"),
                    hint,
                ));
                broken = true;
            }
        }
        broken
    }
}

/// Two records of results with the same trial registration are two papers of one trial: counts
/// group them anyway, but the files should say how they relate, so that a reader of either
/// knows which paper reports what.
fn same_trial_unlinked(parsed: &[Parsed<'_>], diags: &mut Vec<Diagnostic>) {
    let root = |r: &Record| {
        r.follow_up_of
            .clone()
            .or_else(|| r.report_of.clone())
            .unwrap_or_else(|| r.id.clone())
    };
    let mut first: HashMap<String, &Record> = HashMap::new();
    for (f, r, _) in parsed {
        if r.kind == Kind::Protocol || !r.kind.is_primary_study() {
            continue;
        }
        let Some(reg) = r.registration.as_deref() else {
            continue;
        };
        let key: String = reg
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_uppercase();
        match first.get(&key) {
            Some(other) if root(other) != root(r) && root(r) != other.id && root(other) != r.id => {
                let (line, col) = key_position(&f.text, "registration");
                diags.push(warning_at(
                    &f.path,
                    line,
                    col,
                    format!(
                        "`{}` has the same registration as `{}` ({reg}): two papers of one trial",
                        r.id, other.id
                    ),
                    Some(format!(
                        "say how they relate: `report_of: {}` for another report of the trial, or `follow_up_of: {}` for a later follow-up",
                        other.id, other.id
                    )),
                ));
            }
            Some(_) => {}
            None => {
                first.insert(key, r);
            }
        }
    }
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
            // Without the field list every key of every record would be "unknown".
            .expect("schemars describes a struct's fields under `properties`")
    })
}

/// One record file on its own, in layers: YAML, each key, the required keys, then the values.
fn check_record_file(
    f: &SourceFile,
    vocab: &Vocab<'_>,
    current_year: u16,
    diags: &mut Vec<Diagnostic>,
) -> Option<Record> {
    let map = parse_mapping(f, diags)?;
    let (clean, present) = check_keys(f, &map, diags);
    for req in REQUIRED_FIELDS {
        if !present.contains(*req) {
            diags.push(error_at(
                &f.path,
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
    let mut record: Record = match serde_yaml::from_value(Value::Mapping(clean)) {
        Ok(r) => r,
        Err(err) => {
            diags.push(error_at(
                &f.path,
                1,
                1,
                format!("cannot read record: {}", friendly_serde(&err.to_string())),
                None,
            ));
            return None;
        }
    };
    // Dates not written in the file come from the folder's Git history, when it has one.
    if let Some(h) = &f.history {
        record.added.get_or_insert_with(|| h.added.clone());
        record.updated.get_or_insert_with(|| h.updated.clone());
    }
    check_values(f, &record, vocab, current_year, &valid, diags);
    Some(record)
}

/// The file's YAML, which must be a mapping of fields.
fn parse_mapping(f: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Mapping> {
    let value: Value = match serde_yaml::from_str(&f.text) {
        Ok(v) => v,
        Err(err) => {
            let (line, col) = yaml_error_position(&err, &f.text);
            diags.push(error_at(
                &f.path,
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
            &f.path,
            1,
            1,
            "a record must be a mapping of `field: value` lines".into(),
            None,
        ));
        return None;
    };
    Some(map)
}

/// Each key on its own: unknown keys and wrong types, all reported. Returns the keys whose
/// values have the right type, and the known keys the file has.
fn check_keys(
    f: &SourceFile,
    map: &Mapping,
    diags: &mut Vec<Diagnostic>,
) -> (Mapping, HashSet<String>) {
    let fields = record_fields();
    let mut clean = Mapping::new();
    let mut present = HashSet::new();
    for (k, v) in map {
        let Some(key) = k.as_str() else {
            diags.push(error_at(
                &f.path,
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
                &f.path,
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
                    &f.path,
                    line,
                    col,
                    format!("wrong value for `{key}`: {}", friendly_serde(&msg)),
                    type_hint(&msg),
                ));
            }
        }
    }
    (clean, present)
}
