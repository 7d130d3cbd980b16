//! Loading the concept scheme (`vocabulary/*.yaml`) and the language files (`language/*.yaml`),
//! with every problem at `path:line:col`: a broken file is reported and the rest loads.

use std::collections::{HashMap, HashSet};

use super::diagnostic::{error_at, warning_at, Diagnostic, Severity};
use super::hints::closest;
use super::language::Language;
use super::position::{key_position, strip_location, value_position, yaml_error_position};
use super::source::{bundled_files, SourceFile};
use super::vocabulary::{Concept, Facet, Vocabulary, VocabularyFile};

/// Where the concept files are, in a knowledge folder.
pub const VOCABULARY_DIR: &str = "vocabulary/";

/// Where the language files are, in a knowledge folder.
pub const LANGUAGE_DIR: &str = "language/";

/// The language every knowledge folder has.
pub const ENGLISH: &str = "language/en.yaml";

/// True for a file that is not a record: a concept file, a language file or the safety patterns.
pub fn is_vocabulary_file(rel: &str) -> bool {
    rel.starts_with(VOCABULARY_DIR) || rel.starts_with(LANGUAGE_DIR) || rel.starts_with("safety/")
}

/// The concepts of every concept file, checked: ids valid and unique, labels present, broader
/// ids known, kinds only on kinds of study, acronyms on one concept each.
pub fn load_vocabulary(files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> Vocabulary {
    let concepts = read_concept_files(files, diags);
    let kept = valid_concepts(concepts, diags);
    check_concept_links(&kept, diags);
    Vocabulary::new(kept.into_iter().map(|(_, c)| c).collect())
}

/// The concepts of each concept file that parses, with the file they are in.
fn read_concept_files<'a>(
    files: &'a [SourceFile],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(&'a SourceFile, Concept)> {
    let mut concepts: Vec<(&SourceFile, Concept)> = Vec::new();
    let concept_files: Vec<&SourceFile> = files
        .iter()
        .filter(|f| f.rel.starts_with(VOCABULARY_DIR))
        .collect();
    if concept_files.is_empty() {
        diags.push(Diagnostic {
            path: VOCABULARY_DIR.to_string(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: "the knowledge folder has no vocabulary".into(),
            hint: Some("every knowledge folder needs the concept files in vocabulary/ (copy the ones in evidence-bot's knowledge/vocabulary/)".into()),
        });
    }
    for f in concept_files {
        match serde_yaml::from_str::<VocabularyFile>(&f.text) {
            Ok(file) => concepts.extend(file.concepts.into_iter().map(|c| (f, c))),
            Err(err) => {
                let (line, col) = yaml_error_position(&err, &f.text);
                diags.push(error_at(
                    &f.path,
                    line,
                    col,
                    format!("invalid concept file: {}", strip_location(&err.to_string())),
                    Some("each concept needs `id`, `facet` and `label`; see knowledge/README.md, \"The vocabulary\"".into()),
                ));
            }
        }
    }
    concepts
}

/// The concepts with a valid, unique id, a label and a facet; each other one is reported.
fn valid_concepts<'a>(
    concepts: Vec<(&'a SourceFile, Concept)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<(&'a SourceFile, Concept)> {
    let mut seen: HashMap<String, &SourceFile> = HashMap::new();
    let mut kept: Vec<(&SourceFile, Concept)> = Vec::new();
    for (f, c) in concepts {
        let (line, col) = value_position(&f.text, "id", &c.id);
        let problem = if !super::check::is_valid_id(&c.id, true) {
            Some(format!(
                "concept id `{}` must be lower case letters, digits and `_`",
                c.id
            ))
        } else if let Some(other) = seen.get(&c.id) {
            Some(format!(
                "duplicate concept id `{}` (also in {})",
                c.id, other.path
            ))
        } else if c.label.trim().is_empty() {
            Some(format!("concept `{}` has no label", c.id))
        } else if c.facet.is_none() {
            Some(format!("concept `{}` has no facet", c.id))
        } else {
            None
        };
        if let Some(message) = problem {
            diags.push(error_at(&f.path, line, col, message, None));
            continue;
        }
        seen.insert(c.id.clone(), f);
        kept.push((f, c));
    }
    kept
}

/// Broader concepts that exist, `kinds` only on kinds of study, and each acronym on one concept.
fn check_concept_links(kept: &[(&SourceFile, Concept)], diags: &mut Vec<Diagnostic>) {
    let ids: HashSet<&str> = kept.iter().map(|(_, c)| c.id.as_str()).collect();
    let mut acronyms: HashMap<String, &str> = HashMap::new();
    for (f, c) in kept {
        for b in c.broader.iter().filter(|b| !ids.contains(b.as_str())) {
            let (line, col) = value_position(&f.text, "broader", b);
            let hint = closest(b, ids.iter().copied(), 4).map(|s| format!("did you mean `{s}`?"));
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("concept `{}`: unknown broader concept `{b}`", c.id),
                hint,
            ));
        }
        if !c.kinds.is_empty() && c.facet != Some(Facet::Kind) {
            let (line, col) = value_position(&f.text, "id", &c.id);
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!(
                    "concept `{}` lists `kinds` but is not a kind of study",
                    c.id
                ),
                None,
            ));
        }
        for a in &c.acronyms {
            if let Some(other) = acronyms.insert(a.clone(), &c.id) {
                if other != c.id {
                    let (line, col) = value_position(&f.text, "acronyms", a);
                    diags.push(warning_at(
                        &f.path,
                        line,
                        col,
                        format!("acronym `{a}` names both `{other}` and `{}`", c.id),
                        Some("give an acronym to one concept only; a message cannot tell which is meant".into()),
                    ));
                }
            }
        }
    }
}

/// The English language file: the folder's own, or the built-in one when the folder's is
/// missing or broken (reported), so that a message is always read.
pub fn load_language(files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> Language {
    if let Some(f) = files.iter().find(|f| f.rel == ENGLISH) {
        match parse_language(f) {
            Ok(l) => return l,
            Err(d) => diags.push(d),
        }
    } else {
        diags.push(warning_at(
            ENGLISH,
            1,
            1,
            format!("{ENGLISH} is missing; the built-in English is used"),
            Some("copy evidence-bot's knowledge/language/en.yaml into the folder".into()),
        ));
    }
    bundled_files()
        .iter()
        .find(|f| f.rel == ENGLISH)
        .and_then(|f| parse_language(f).ok())
        .unwrap_or_default()
}

fn parse_language(f: &SourceFile) -> Result<Language, Diagnostic> {
    let lang: Language = serde_yaml::from_str(&f.text).map_err(|err| {
        let (line, col) = yaml_error_position(&err, &f.text);
        error_at(
            &f.path,
            line,
            col,
            format!(
                "invalid language file: {}",
                strip_location(&err.to_string())
            ),
            Some("the built-in English is used until it is fixed".into()),
        )
    })?;
    for p in &lang.patterns {
        if let Err(err) = regex::Regex::new(&p.regex) {
            let (line, col) = value_position(&f.text, "regex", &p.regex);
            return Err(error_at(
                &f.path,
                line,
                col,
                format!("pattern does not compile: {err}"),
                Some("the built-in English is used until it is fixed".into()),
            ));
        }
    }
    Ok(lang)
}

/// The other languages (`language/*.yaml` besides English), each checked: a language the bot
/// can reply in, named as its file is, with safety patterns (a language without them is not
/// switched on), and labels only for concepts the scheme has.
pub fn load_languages(
    files: &[SourceFile],
    vocabulary: &Vocabulary,
    safety: &super::safety::Safety,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Language> {
    let mut out: Vec<Language> = Vec::new();
    let others = files
        .iter()
        .filter(|f| f.rel.starts_with(LANGUAGE_DIR) && f.rel != ENGLISH);
    for f in others {
        let mut lang = match parse_language(f) {
            Ok(l) => l,
            Err(mut d) => {
                d.hint = Some("the language is switched off until the file is fixed".into());
                diags.push(d);
                continue;
            }
        };
        let code = lang.language.clone();
        let (line, col) = key_position(&f.text, "language");
        let expected = format!("{LANGUAGE_DIR}{code}.yaml");
        let supported: Vec<&str> = <crate::locale::Lang as strum::IntoEnumIterator>::iter()
            .filter(|l| *l != crate::locale::Lang::En)
            .map(|l| l.code())
            .collect();
        if crate::locale::Lang::parse(&code)
            .is_none_or(|l| l == crate::locale::Lang::En || l.code() != code)
        {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("`language: {code}` is not a language the bot can reply in"),
                Some(format!(
                    "the bot has replies in {}; README.md, \"Languages\", says how to add one",
                    supported.join(", ")
                )),
            ));
            continue;
        }
        if f.rel != expected {
            diags.push(error_at(
                &f.path,
                line,
                col,
                format!("the file of `language: {code}` must be named {expected}"),
                Some(format!("rename it to {expected}")),
            ));
            continue;
        }
        if out.iter().any(|l| l.language == code) {
            continue;
        }
        if !safety.covers(&code) {
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!("language {code} is not switched on: it has no safety patterns"),
                Some(format!(
                    "every language needs safety/{code}.yaml (see knowledge/safety/en.yaml) so that a disclosure of risk in it gets help"
                )),
            ));
            continue;
        }
        let unknown: Vec<String> = lang
            .concepts
            .keys()
            .filter(|id| vocabulary.index(id).is_none())
            .cloned()
            .collect();
        for id in unknown {
            let (line, col) = value_position(&f.text, "concepts", &format!("{id}:"));
            let ids = vocabulary.concepts().iter().map(|c| c.id.as_str());
            diags.push(warning_at(
                &f.path,
                line,
                col,
                format!("labels for `{id}`, which is not a concept of the scheme, are ignored"),
                Some(match closest(&id, ids, 3) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "concept ids are those of knowledge/vocabulary/*.yaml".into(),
                }),
            ));
            lang.concepts.remove(&id);
        }
        out.push(lang);
    }
    out.sort_by(|a, b| a.language.cmp(&b.language));
    out
}
