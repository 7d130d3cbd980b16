//! The draft record an entry becomes: kind, intervention and topics guessed from its words, and
//! the YAML an admin completes.

use serde_yaml::{Mapping, Value as Yaml};

use super::Entry;
use crate::knowledge::model::{Intervention, Kind, Person};
use crate::knowledge::Knowledge;
use crate::references::Publication;

/// ASCII-folded, singular.
fn words(text: &str) -> Vec<String> {
    use crate::understand::analyzer;
    analyzer::tokens(&mut analyzer::surface_analyzer(), text)
        .iter()
        .map(|w| analyzer::singular(w))
        .collect()
}

fn contains_phrase(hay: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && hay.windows(phrase.len()).any(|w| w == phrase)
}

/// The kind, from the type of publication, then the title, then the abstract for "randomised"
/// alone (an abstract's "per-protocol analysis" or "previous meta-analyses" says nothing of
/// what the work itself is).
pub(super) fn guess_kind(p: Option<Publication>, title: &str, text: &str) -> Kind {
    match p {
        Some(Publication::Book) => return Kind::Book,
        Some(Publication::Chapter) => return Kind::Chapter,
        Some(Publication::Report) => return Kind::Report,
        _ => {}
    }
    let title = title.to_lowercase();
    let randomised = |t: &str| t.contains("randomised") || t.contains("randomized");
    if title.contains("protocol") && !title.contains("per-protocol") {
        Kind::Protocol
    } else if title.contains("meta-analy") || title.contains("meta analy") {
        Kind::MetaAnalysis
    } else if title.contains("systematic review") {
        Kind::SystematicReview
    } else if (title.contains("pilot") || title.contains("feasibility")) && randomised(&title) {
        Kind::PilotRct
    } else if randomised(&title) || randomised(&text.to_lowercase()) {
        Kind::Rct
    } else {
        Kind::Article
    }
}

/// The intervention a text names, by the labels of the vocabulary's intervention concepts that
/// records can carry: the most specific named (VIPP-SD before VIPP before video feedback).
fn guess_intervention(text: &str, k: &Knowledge) -> Intervention {
    let w = words(text);
    let v = &k.vocabulary;
    let named = |i: Intervention| {
        v.get(i.as_str()).is_some_and(|c| {
            c.labels()
                .chain(c.acronyms.iter().map(String::as_str))
                .any(|l| contains_phrase(&w, &words(l)))
        })
    };
    use Intervention::*;
    [Vig, Verp, VippFc, VippSd, Vipp, VideoFeedback]
        .into_iter()
        .find(|i| named(*i))
        .unwrap_or(Other)
}

fn guess_topics(text: &str, k: &Knowledge) -> Vec<String> {
    let w = words(text);
    k.topics
        .iter()
        .filter(|t| t.names().any(|n| contains_phrase(&w, &words(&n))))
        .map(|t| t.id.clone())
        .collect()
}

fn people_yaml(list: &[Person]) -> Yaml {
    Yaml::Sequence(
        list.iter()
            .map(|p| {
                let mut m = Mapping::new();
                if let Some(o) = &p.organisation {
                    m.insert("organisation".into(), o.as_str().into());
                }
                if let Some(f) = &p.family {
                    m.insert("family".into(), f.as_str().into());
                }
                if let Some(g) = &p.given {
                    m.insert("given".into(), g.as_str().into());
                }
                Yaml::Mapping(m)
            })
            .collect(),
    )
}

/// The draft's YAML: the fields in the order of the knowledge README, with a header saying what
/// was guessed and what the admin must write.
pub(super) fn draft_yaml(id: &str, e: &Entry, k: &Knowledge) -> String {
    let text = format!(
        "{} {} {}",
        e.title,
        e.abstract_text.as_deref().unwrap_or(""),
        e.keywords.join(" ")
    );
    let kind = guess_kind(e.publication, &e.title, &text);
    let mut m = Mapping::new();
    let mut put = |key: &str, v: Yaml| {
        m.insert(key.into(), v);
    };
    put("id", id.into());
    put("kind", kind.as_str().into());
    put("status", "unverified".into());
    put("title", e.title.as_str().into());
    put("authors", people_yaml(&e.authors));
    if !e.editors.is_empty() {
        put("editors", people_yaml(&e.editors));
    }
    put(
        "year",
        e.year.map_or(Yaml::Null, |y| Yaml::Number(y.into())),
    );
    let opt = |v: &Option<String>| v.as_deref().map(Yaml::from);
    for (key, v) in [
        ("journal", opt(&e.journal)),
        ("journal_abbrev", opt(&e.journal_abbrev)),
        ("volume", opt(&e.volume)),
        ("issue", opt(&e.issue)),
        ("pages", opt(&e.pages)),
        ("book_title", opt(&e.book_title)),
        ("publisher", opt(&e.publisher)),
        ("place", opt(&e.place)),
        ("doi", opt(&e.doi)),
        ("url", opt(&e.url)),
        ("isbn", opt(&e.isbn)),
    ] {
        if let Some(v) = v {
            put(key, v);
        }
    }
    put(
        "intervention",
        serde_yaml::to_value(guess_intervention(&text, k)).unwrap_or(Yaml::Null),
    );
    put(
        "topics",
        Yaml::Sequence(guess_topics(&text, k).into_iter().map(Yaml::from).collect()),
    );
    if !e.keywords.is_empty() {
        put(
            "keywords",
            Yaml::Sequence(e.keywords.iter().map(|w| w.as_str().into()).collect()),
        );
    }
    put("summary", "".into());
    put("findings", Yaml::Sequence(Vec::new()));
    put("sources", Yaml::Sequence(Vec::new()));
    let body = serde_yaml::to_string(&Yaml::Mapping(m)).unwrap_or_default();
    let mut out = String::from(
        "# yaml-language-server: $schema=../schema.json\n\
         # A draft imported from a reference manager's export or Crossref. Before it goes into the\n\
         # knowledge:\n\
         # - check every bibliographic field against the publisher's page or PubMed;\n\
         # - confirm kind, intervention and topics (guessed from the title and abstract);\n\
         # - write the summary (2 to 4 sentences in your own words), the findings with their\n\
         #   numbers, domain and direction, and the sources that show them;\n\
         # - then run `evidence-bot check` on the folder.\n",
    );
    if let Some(a) = &e.abstract_text {
        out.push_str("#\n# The abstract, for reference (do not copy its sentences):\n");
        let mut line = String::from("#  ");
        for w in a.split_whitespace() {
            if line.len() + w.len() > 98 {
                out.push_str(&line);
                out.push('\n');
                line = String::from("#  ");
            }
            line.push(' ');
            line.push_str(w);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&body);
    out
}
