//! The tantivy index, built in RAM from the records: BM25 over boosted text fields for ranking,
//! facets for kinds, topics, interventions and outcome domains, and the record sets that decide
//! which records are about a question ([`super::rank`]).

use std::collections::{HashMap, HashSet};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, PhraseQuery,
    Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST,
    INDEXED,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::knowledge::model::{Intervention, Kind};
use crate::knowledge::{Knowledge, Record};

use super::analyzer::{self, ANALYZER, EXACT};
use super::lexicon::Lexicon;
use super::query::{self, ParsedQuery};
use super::set::{Positions, RecordSet};
use super::Hit;

/// Text fields and their boosts. The title and the curated vocabulary (topics, keywords) say
/// most about what a record is about; venue and caveats least.
const TEXT_FIELDS: &[(&str, f32)] = &[
    ("title", 3.0),
    ("topics_text", 1.5),
    ("keywords", 2.0),
    ("authors", 2.0),
    ("summary", 1.0),
    ("findings", 0.8),
    ("population", 1.0),
    ("intervention", 1.0),
    ("design", 1.0),
    ("venue", 0.5),
    ("extra", 0.3),
];

/// How many records BM25 ranks for one question.
const TOP_K: usize = 250;

/// The fields a topic's synonyms are looked for in (the others would add cost, not ranking).
/// Not `topics_text`: it holds every term of a record's topics, so a synonym found there
/// says again what the topic tag (`TOPIC_BONUS`) says, and its dense postings made up a
/// quarter of the answer time at 10,000 records.
const SYNONYM_FIELDS: &[&str] = &["title", "keywords", "summary"];

/// Score added for each topic of the question that a record is tagged with. A BM25 term match
/// in the title scores roughly 3 to 8 here, so a topic counts like one good word.
const TOPIC_BONUS: f32 = 3.0;

/// Weight of a concept's synonyms relative to a word typed by the person.
const SYNONYM_BOOST: f32 = 0.6;

/// Synonyms found in more than this share of records are too common to expand to.
const SYNONYM_MAX_SHARE: f32 = 0.25;

/// Share of the score that the evidence level may add (level 1 gets all of it, level 6 none).
const LEVEL_PRIOR: f32 = 0.10;

/// Share of the score that recency may add (from 1990 to now).
const RECENCY_PRIOR: f32 = 0.05;

/// Hits scoring below this share of the best hit are noise (a single common word).
const RELATIVE_CUTOFF: f32 = 0.2;

/// Fields where a word says what a record is about: a word of a question found here (or in
/// the summary) counts towards the record being about the question. Findings, caveats and the
/// venue mention many things in passing; the topics' term lists are matched as concepts.
pub(crate) const ABOUT_FIELDS: &[&str] = &[
    "title",
    "keywords",
    "authors",
    "summary",
    "population",
    "intervention",
    "design",
];

/// Fields where a word counts as known to the knowledge at all (everything but the venue and
/// the topics' term lists, which name places and synonyms, not contents).
pub(crate) const CONTENT_FIELDS: &[&str] = &[
    "title",
    "keywords",
    "authors",
    "summary",
    "findings",
    "population",
    "intervention",
    "design",
    "extra",
];

/// The search index over one version of the knowledge.
pub struct SearchIndex {
    reader: IndexReader,
    text_fields: Vec<(Field, f32)>,
    /// Text fields by name.
    by_name: HashMap<&'static str, Field>,
    /// The about-fields' words as written, in the singular: what decides that a record is about
    /// a word of a question.
    about: Field,
    /// Title and summary: where a word's commonness is judged for synonyms.
    title: Field,
    summary: Field,
    authors: Field,
    kind: Field,
    topic: Field,
    intervention: Field,
    domain: Field,
    year: Field,
    lexicon: Lexicon,
    pub(crate) topic_ids: Vec<String>,
    /// Per topic, the stemmed one-word terms (and the id's words): the synonyms a concept
    /// in a question expands to.
    synonyms: HashMap<String, Vec<String>>,
    /// The fields synonyms are looked for in: title, topics, keywords and summary.
    synonym_fields: Vec<(Field, f32)>,
    /// Per text field, the terms it holds: a term query on a field without the term is not
    /// built (each costs a scorer and a union at search time).
    field_terms: HashMap<Field, HashSet<String>>,
    /// Surface words of every indexed text, with how often they occur: the spelling vocabulary.
    pub(crate) vocab: HashMap<String, u32>,
    /// Evidence level, year, kind and intervention per record ordinal.
    pub(crate) levels: Vec<u8>,
    pub(crate) years: Vec<u16>,
    pub(crate) kinds: Vec<Kind>,
    pub(crate) interventions: Vec<Intervention>,
    pub(crate) ids: Vec<String>,
    /// Per record: its place among the ids in alphabetical order (the last tie-breaker).
    pub(crate) id_order: Vec<u32>,
    /// Per record: a follow-up of another study, or a study that followed families up.
    pub(crate) follow_ups: Vec<bool>,
    /// Each record's country field ("United Kingdom (England)"), or empty.
    pub(crate) countries: Vec<String>,
    /// Per record: the authors' family names, lower case.
    pub(crate) surnames: Vec<Vec<String>>,
    /// Per topic: the records that studied people it describes, worked out once per load. A
    /// primary study counts when its population or title names the topic ("mothers with
    /// postnatal depression": whom it studied, not what it measured); a review, guideline or
    /// book covers many groups, so it counts for every topic (its tags decide).
    pub(crate) studied: HashMap<String, RecordSet>,
    /// The records that are not primary studies (the part of `studied` every topic shares).
    pub(crate) not_primary: RecordSet,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.ids.len())
            .finish()
    }
}

/// The facet fields a record set can be asked of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FacetField {
    Topic,
    Domain,
    Intervention,
}

fn intervention_words(i: Intervention) -> &'static str {
    match i {
        Intervention::Vig => "VIG video interaction guidance",
        Intervention::Verp => "VERP video enhanced reflective practice",
        Intervention::Vipp => "VIPP video-feedback intervention to promote positive parenting",
        Intervention::VippSd => "VIPP-SD video-feedback intervention to promote positive parenting and sensitive discipline",
        Intervention::VippFc => "VIPP-FC video-feedback intervention foster care",
        Intervention::VideoFeedback => "video feedback",
        Intervention::Other | Intervention::None => "",
    }
}

fn kind_words(k: Kind) -> &'static str {
    match k {
        Kind::Guideline => "guideline guidance recommendations",
        Kind::SystematicReview => "systematic review",
        Kind::MetaAnalysis => "meta-analysis meta analysis review",
        Kind::Rct => "RCT randomised randomized controlled trial",
        Kind::PilotRct => "pilot feasibility randomised randomized controlled trial RCT",
        Kind::Cohort => "cohort observational study",
        Kind::ControlledStudy => {
            "controlled study comparison group non-randomised quasi-experimental"
        }
        Kind::Qualitative => "qualitative study interviews",
        Kind::ServiceEvaluation => "service evaluation",
        Kind::PrePost => "before and after pre-post evaluation",
        Kind::Report => "report",
        Kind::Book => "book",
        Kind::Chapter => "chapter book",
        Kind::Article => "article",
        Kind::Protocol => "trial protocol",
        Kind::Journal => "journal",
    }
}

/// The text of each field for one record (in the order of `TEXT_FIELDS`).
fn field_texts(r: &Record, k: &Knowledge) -> Vec<String> {
    let people = r
        .authors
        .iter()
        .chain(&r.editors)
        .map(|p| {
            [
                p.family.as_deref(),
                p.given.as_deref(),
                p.organisation.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" . ");
    let topics = r
        .topics
        .iter()
        .map(|id| match k.topic(id) {
            Some(t) => format!(
                "{} . {} . {}",
                id.replace('_', " "),
                t.label,
                t.terms.join(" . ")
            ),
            None => id.replace('_', " "),
        })
        .collect::<Vec<_>>()
        .join(" . ");
    let mut keywords = r.keywords.join(" . ");
    for extra in [&r.registration, &r.series].into_iter().flatten() {
        keywords.push_str(" . ");
        keywords.push_str(extra);
    }
    let findings = r
        .findings
        .iter()
        .flat_map(|f| [Some(f.statement.as_str()), f.outcome.as_deref()])
        .flatten()
        .collect::<Vec<_>>()
        .join(" . ");
    let intervention = format!(
        "{} . {}",
        intervention_words(r.intervention),
        r.intervention_detail.as_deref().unwrap_or("")
    );
    let design = format!(
        "{} . {} . {}",
        kind_words(r.kind),
        r.design.as_deref().unwrap_or(""),
        r.country.as_deref().unwrap_or("")
    );
    let venue = [&r.journal, &r.publisher, &r.book_title, &r.series]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" . ");
    let mut population = who_was_studied(r.population.as_deref().unwrap_or(""));
    if let Some(s) = &r.sample {
        population.push_str(" . ");
        population.push_str(&s.counted);
    }
    vec![
        r.title.clone(),
        topics,
        keywords,
        people,
        r.summary.clone(),
        findings,
        population,
        intervention,
        design,
        venue,
        r.caveats.join(" . "),
    ]
}

/// A population without its exclusion criteria: "(the registry record excludes twins)" or
/// "; excluded are severe mental illness, drug dependence" names people who were *not* studied,
/// so a question about twins or drug use is not about that trial.
fn who_was_studied(population: &str) -> String {
    let excludes = |s: &str| s.to_lowercase().contains("exclud");
    let mut kept = String::new();
    let mut rest = population;
    // Bracketed asides first, then the clauses between semicolons.
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map_or(rest.len(), |c| open + c + 1);
        kept.push_str(&rest[..open]);
        if !excludes(&rest[open..close]) {
            kept.push_str(&rest[open..close]);
        }
        rest = &rest[close..];
    }
    kept.push_str(rest);
    kept.split(';')
        .filter(|clause| !excludes(clause))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("; ")
}

impl SearchIndex {
    /// Builds the index in RAM from the knowledge.
    pub fn build(k: &Knowledge) -> tantivy::Result<SearchIndex> {
        let mut sb = Schema::builder();
        let text_opts = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let text_fields: Vec<(Field, f32)> = TEXT_FIELDS
            .iter()
            .map(|(name, boost)| (sb.add_text_field(name, text_opts.clone()), *boost))
            .collect();
        let about = sb.add_text_field(
            "about_words",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(EXACT)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            ),
        );
        let kind = sb.add_facet_field("kind", FacetOptions::default());
        let topic = sb.add_facet_field("topic", FacetOptions::default());
        let intervention = sb.add_facet_field("intervention_id", FacetOptions::default());
        let domain = sb.add_facet_field("domain", FacetOptions::default());
        let year = sb.add_u64_field("year", INDEXED | FAST);
        let level = sb.add_u64_field("evidence_level", FAST);
        let ord = sb.add_u64_field("ord", FAST);
        let schema = sb.build();
        let authors = schema.get_field("authors")?;
        let mut by_name = HashMap::new();
        for (name, _) in TEXT_FIELDS {
            by_name.insert(*name, schema.get_field(name)?);
        }
        let title = schema.get_field("title")?;
        let summary = schema.get_field("summary")?;

        let index = Index::create_in_ram(schema);
        index
            .tokenizers()
            .register(ANALYZER, analyzer::index_analyzer());
        index
            .tokenizers()
            .register(EXACT, analyzer::surface_analyzer());
        // Two indexing threads on two cores; results do not depend on document order (hits map
        // back to records through the `ord` fast field, and ties sort by id).
        let mut writer: IndexWriter<TantivyDocument> =
            index.writer_with_num_threads(2, 100_000_000)?;

        let mut vocab: HashMap<String, u32> = HashMap::new();
        for (i, r) in k.records.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            let mut about_text = String::new();
            for (((field, _), (name, _)), text) in
                text_fields.iter().zip(TEXT_FIELDS).zip(field_texts(r, k))
            {
                add_words(&mut vocab, &text);
                if ABOUT_FIELDS.contains(name) {
                    about_text.push_str(&analyzer::singular_text(&text));
                    about_text.push(' ');
                }
                doc.add_text(*field, &text);
            }
            doc.add_text(about, &about_text);
            doc.add_facet(kind, Facet::from(&format!("/kind/{}", r.kind.as_str())));
            for t in &r.topics {
                doc.add_facet(topic, Facet::from(&format!("/topic/{t}")));
            }
            doc.add_facet(
                intervention,
                Facet::from(&format!("/intervention/{}", r.intervention.as_str())),
            );
            let mut domains: Vec<&str> = r
                .findings
                .iter()
                .filter_map(|f| f.domain.as_deref())
                .collect();
            domains.sort_unstable();
            domains.dedup();
            for d in domains {
                doc.add_facet(domain, Facet::from(&format!("/domain/{d}")));
            }
            if let Some(y) = r.year {
                doc.add_u64(year, u64::from(y));
            }
            doc.add_u64(level, u64::from(r.evidence_level()));
            doc.add_u64(ord, i as u64);
            writer.add_document(doc)?;
        }
        for t in &k.topics {
            for term in &t.terms {
                add_words(&mut vocab, term);
            }
        }
        writer.commit()?;
        // One segment searches faster than the two the indexing threads wrote.
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let synonym_fields = text_fields
            .iter()
            .zip(TEXT_FIELDS)
            .filter(|(_, (name, _))| SYNONYM_FIELDS.contains(name))
            .map(|(f, _)| *f)
            .collect();
        let mut built = SearchIndex {
            reader,
            text_fields,
            by_name,
            about,
            title,
            summary,
            authors,
            kind,
            topic,
            intervention,
            domain,
            year,
            lexicon: Lexicon::new(&k.topics, &k.outcomes),
            synonyms: topic_synonyms(&k.topics),
            synonym_fields,
            field_terms: HashMap::new(),
            topic_ids: k.topics.iter().map(|t| t.id.clone()).collect(),
            vocab,
            levels: k.records.iter().map(|r| r.evidence_level()).collect(),
            years: k.records.iter().map(|r| r.year.unwrap_or(0)).collect(),
            kinds: k.records.iter().map(|r| r.kind).collect(),
            interventions: k.records.iter().map(|r| r.intervention).collect(),
            ids: k.records.iter().map(|r| r.id.clone()).collect(),
            id_order: id_order(k),
            follow_ups: k.records.iter().map(is_follow_up).collect(),
            countries: k
                .records
                .iter()
                .map(|r| r.country.clone().unwrap_or_default())
                .collect(),
            surnames: k
                .records
                .iter()
                .map(|r| {
                    let mut surface = analyzer::surface_analyzer();
                    r.authors
                        .iter()
                        .filter_map(|a| a.family.as_deref())
                        .flat_map(|f| analyzer::tokens(&mut surface, f))
                        .collect()
                })
                .collect(),
            studied: HashMap::new(),
            not_primary: RecordSet::matching(k.records.len(), |o| {
                !k.records[o].kind.is_primary_study()
            }),
        };
        built.field_terms = built.read_field_terms()?;
        let n = built.len();
        for (o, r) in k.records.iter().enumerate() {
            if !r.kind.is_primary_study() {
                continue;
            }
            let text = format!(
                "{}. {}",
                who_was_studied(r.population.as_deref().unwrap_or("")),
                r.title
            );
            for t in built
                .parse(&text)
                .concepts
                .into_iter()
                .flat_map(|c| c.topics)
            {
                built
                    .studied
                    .entry(t)
                    .or_insert_with(|| RecordSet::empty(n))
                    .insert(o);
            }
        }
        // Words most records share ("babies" for early years) would only add noise as
        // synonyms; the index decides which, once.
        let common = (built.ids.len() as f32 * SYNONYM_MAX_SHARE).max(3.0) as u64;
        let mut synonyms = std::mem::take(&mut built.synonyms);
        for syns in synonyms.values_mut() {
            syns.retain(|s| built.doc_freq(s) <= common);
        }
        built.synonyms = synonyms;
        Ok(built)
    }

    /// Understands a question without running it.
    pub fn parse(&self, text: &str) -> ParsedQuery {
        let ids: Vec<&str> = self.topic_ids.iter().map(String::as_str).collect();
        query::parse(text, &self.lexicon, &ids)
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when the index holds no record.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The record ordinals a query matches (every one, unranked).
    pub(crate) fn records(&self, q: &dyn Query) -> tantivy::Result<RecordSet> {
        self.reader
            .searcher()
            .search(q, &Positions { n: self.len() })
    }

    /// How many records a query matches.
    pub(crate) fn count(&self, q: &dyn Query) -> tantivy::Result<usize> {
        self.reader.searcher().search(q, &Count)
    }

    /// A query for records whose facet field holds one of the values.
    pub(crate) fn facet_query(&self, field: FacetField, values: &[String]) -> Box<dyn Query> {
        let (f, prefix) = match field {
            FacetField::Topic => (self.topic, "topic"),
            FacetField::Domain => (self.domain, "domain"),
            FacetField::Intervention => (self.intervention, "intervention"),
        };
        let clauses: Vec<(Occur, Box<dyn Query>)> = values
            .iter()
            .map(|v| {
                let term = Term::from_facet(f, &Facet::from(&format!("/{prefix}/{v}")));
                (
                    Occur::Should,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                )
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// A query for records with all the stemmed tokens of `word` in one of the named fields.
    pub(crate) fn word_query(&self, word: &str, fields: &[&str]) -> Option<Box<dyn Query>> {
        let mut an = analyzer::index_analyzer();
        let toks = analyzer::tokens(&mut an, word);
        if toks.is_empty() {
            return None;
        }
        let per_token: Vec<(Occur, Box<dyn Query>)> = toks
            .iter()
            .map(|t| {
                let any_field: Vec<(Occur, Box<dyn Query>)> = fields
                    .iter()
                    .filter_map(|name| self.by_name.get(name))
                    .map(|f| {
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(
                                Term::from_field_text(*f, t),
                                IndexRecordOption::Basic,
                            )) as Box<dyn Query>,
                        )
                    })
                    .collect();
                (
                    Occur::Must,
                    Box::new(BooleanQuery::new(any_field)) as Box<dyn Query>,
                )
            })
            .collect();
        Some(Box::new(BooleanQuery::new(per_token)))
    }

    /// A query for records whose about-fields hold `word` as written (in the singular).
    pub(crate) fn about_query(&self, word: &str) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(self.about, &analyzer::singular(word)),
            IndexRecordOption::Basic,
        ))
    }

    /// A query for records whose about-fields hold the words of `phrase` in a row (in the
    /// singular): "play therapy" is not a record that says "play" and "therapy" apart.
    pub(crate) fn about_phrase_query(&self, phrase: &str) -> Option<Box<dyn Query>> {
        let terms: Vec<Term> = analyzer::tokens(&mut analyzer::surface_analyzer(), phrase)
            .iter()
            .map(|w| Term::from_field_text(self.about, &analyzer::singular(w)))
            .collect();
        match terms.len() {
            0 => None,
            1 => Some(Box::new(TermQuery::new(
                terms[0].clone(),
                IndexRecordOption::Basic,
            ))),
            _ => Some(Box::new(PhraseQuery::new(terms))),
        }
    }

    /// The records that pass the filters (all of them when there are none).
    pub(crate) fn filtered(&self, f: &query::Filters) -> tantivy::Result<RecordSet> {
        let mut clauses = self.filter_clauses(f);
        clauses.push((Occur::Must, Box::new(AllQuery)));
        self.records(&BooleanQuery::new(clauses))
    }

    /// Whether a surface word occurs anywhere in the knowledge's texts.
    pub(crate) fn knows_word(&self, word: &str) -> bool {
        self.vocab.contains_key(word)
    }

    /// Number of records whose title or summary contain a stemmed token.
    fn doc_freq(&self, tok: &str) -> u64 {
        let searcher = self.reader.searcher();
        [self.title, self.summary]
            .iter()
            .map(|f| {
                searcher
                    .doc_freq(&Term::from_field_text(*f, tok))
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    }

    /// One token in every text field: the best field counts, the others a little.
    fn token_query(&self, tok: &str) -> Option<Box<dyn Query>> {
        self.token_query_in(tok, &self.text_fields)
    }

    /// The terms of every text field, from the index's term dictionaries.
    fn read_field_terms(&self) -> tantivy::Result<HashMap<Field, HashSet<String>>> {
        let searcher = self.reader.searcher();
        let mut out: HashMap<Field, HashSet<String>> = HashMap::new();
        for (field, _) in &self.text_fields {
            let terms = out.entry(*field).or_default();
            for seg in searcher.segment_readers() {
                let inverted = seg.inverted_index(*field)?;
                let mut stream = inverted.terms().stream()?;
                while stream.advance() {
                    if let Ok(t) = std::str::from_utf8(stream.key()) {
                        terms.insert(t.to_string());
                    }
                }
            }
        }
        Ok(out)
    }

    /// One token in the given fields: the best field counts, the others a little.
    fn token_query_in(&self, tok: &str, fields: &[(Field, f32)]) -> Option<Box<dyn Query>> {
        let holds = |f: &Field| self.field_terms.get(f).is_none_or(|t| t.contains(tok));
        let mut disjuncts: Vec<Box<dyn Query>> = fields
            .iter()
            .filter(|(f, _)| holds(f))
            .map(|(field, boost)| {
                let tq = TermQuery::new(
                    Term::from_field_text(*field, tok),
                    IndexRecordOption::WithFreqs,
                );
                Box::new(BoostQuery::new(Box::new(tq), *boost)) as Box<dyn Query>
            })
            .collect();
        match disjuncts.len() {
            0 => None,
            1 => disjuncts.pop(),
            _ => Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
                disjuncts, 0.3,
            ))),
        }
    }

    fn text_clauses(&self, q: &ParsedQuery) -> Vec<(Occur, Box<dyn Query>)> {
        let mut an = analyzer::index_analyzer();
        let mut seen = HashSet::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for w in &q.words {
            for tok in analyzer::tokens(&mut an, w) {
                if seen.insert(tok.clone()) {
                    if let Some(q) = self.token_query(&tok) {
                        clauses.push((Occur::Should, q));
                    }
                }
            }
        }
        // A concept named in the question matches any of its synonyms, as strongly as the word
        // the person typed: "premature babies" finds a title that says "preterm".
        for t in &q.topics {
            let Some(syns) = self.synonyms.get(t) else {
                continue;
            };
            // Synonyms rank; they need not be looked for in every field.
            let alternatives: Vec<Box<dyn Query>> = syns
                .iter()
                .filter_map(|s| self.token_query_in(s, &self.synonym_fields))
                .collect();
            if !alternatives.is_empty() {
                let concept = DisjunctionMaxQuery::with_tie_breaker(alternatives, 0.1);
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(concept), SYNONYM_BOOST)),
                ));
            }
        }
        for t in &q.topics {
            let tq = TermQuery::new(
                Term::from_facet(self.topic, &Facet::from(&format!("/topic/{t}"))),
                IndexRecordOption::Basic,
            );
            clauses.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(Box::new(tq), TOPIC_BONUS)),
            ));
        }
        clauses
    }

    fn filter_clauses(&self, f: &query::Filters) -> Vec<(Occur, Box<dyn Query>)> {
        let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if !f.kinds.is_empty() {
            let kinds: Vec<(Occur, Box<dyn Query>)> = f
                .kinds
                .iter()
                .map(|k| {
                    let term =
                        Term::from_facet(self.kind, &Facet::from(&format!("/kind/{}", k.as_str())));
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>,
                    )
                })
                .collect();
            out.push((Occur::Must, Box::new(BooleanQuery::new(kinds))));
        }
        for t in &f.topics {
            let term = Term::from_facet(self.topic, &Facet::from(&format!("/topic/{t}")));
            out.push((
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ));
        }
        if f.year_from.is_some() || f.year_to.is_some() {
            let lo = f
                .year_from
                .map(|y| std::ops::Bound::Included(Term::from_field_u64(self.year, u64::from(y))))
                .unwrap_or(std::ops::Bound::Unbounded);
            let hi = f
                .year_to
                .map(|y| std::ops::Bound::Included(Term::from_field_u64(self.year, u64::from(y))))
                .unwrap_or(std::ops::Bound::Unbounded);
            out.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
        }
        let mut an = analyzer::index_analyzer();
        for a in &f.authors {
            for tok in analyzer::tokens(&mut an, a) {
                let term = Term::from_field_text(self.authors, &tok);
                out.push((
                    Occur::Must,
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                ));
            }
        }
        out
    }

    pub(crate) fn run(&self, q: &ParsedQuery) -> tantivy::Result<Vec<Hit>> {
        if self.ids.is_empty() || q.is_empty() {
            return Ok(Vec::new());
        }
        let text = self.text_clauses(q);
        let has_text = !text.is_empty();
        let mut clauses = self.filter_clauses(&q.filters);
        // Without filters the text clauses are the query itself (one level of scorers less).
        let query = if clauses.is_empty() && has_text {
            BooleanQuery::new(text)
        } else {
            if has_text {
                clauses.push((Occur::Must, Box::new(BooleanQuery::new(text))));
            } else {
                clauses.push((Occur::Must, Box::new(AllQuery)));
            }
            BooleanQuery::new(clauses)
        };

        let searcher = self.reader.searcher();
        // Enough to rank what an answer shows and pages through; direct hits beyond it are still
        // direct, ordered by the evidence ladder (a smaller top-k also lets tantivy prune).
        let limit = self.ids.len().clamp(1, TOP_K);
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|sr| sr.fast_fields().u64("ord"))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let now = crate::clock::current_year();
        let mut hits: Vec<Hit> = top
            .into_iter()
            .filter_map(|(score, addr)| {
                let ord = columns[addr.segment_ord as usize].first(addr.doc_id)? as usize;
                Some(Hit {
                    ord,
                    score: score * (1.0 + self.prior(ord, now)),
                    direct: false,
                    matched: Vec::new(),
                })
            })
            .collect();
        if has_text {
            let best = hits.iter().map(|h| h.score).fold(0.0, f32::max);
            hits.retain(|h| h.score >= best * RELATIVE_CUTOFF);
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(self.levels[a.ord].cmp(&self.levels[b.ord]))
                .then(self.years[b.ord].cmp(&self.years[a.ord]))
                .then(self.id_order[a.ord].cmp(&self.id_order[b.ord]))
        });
        Ok(hits)
    }

    /// The evidence-level and recency prior, at most LEVEL_PRIOR + RECENCY_PRIOR.
    fn prior(&self, ord: usize, now: u16) -> f32 {
        let level = f32::from(6 - self.levels[ord].min(6)) / 5.0;
        let span = f32::from(now.saturating_sub(1990).max(1));
        let recency = (f32::from(self.years[ord].saturating_sub(1990)) / span).clamp(0.0, 1.0);
        LEVEL_PRIOR * level + RECENCY_PRIOR * recency
    }
}

/// Counts the lower-case words of a text into the spelling vocabulary, allocating only for
/// words not seen before.
fn add_words(vocab: &mut HashMap<String, u32>, text: &str) {
    let mut buf = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        match vocab.get_mut(buf.as_str()) {
            Some(n) => *n += 1,
            None => {
                vocab.insert(buf.clone(), 1);
            }
        }
    }
}

/// Stemmed one-word terms per topic (multi-word terms are matched as phrases by the topic
/// matcher and would add their common words, like "early", here).
fn topic_synonyms(topics: &[crate::knowledge::Topic]) -> HashMap<String, Vec<String>> {
    let mut an = analyzer::index_analyzer();
    topics
        .iter()
        .map(|t| {
            let mut syns: Vec<String> = Vec::new();
            for term in t.names() {
                let toks = analyzer::tokens(&mut an, &term);
                if toks.len() == 1 && !syns.contains(&toks[0]) {
                    syns.push(toks[0].clone());
                }
            }
            (t.id.clone(), syns)
        })
        .collect()
}

/// Each record's place among the ids in alphabetical order.
fn id_order(k: &Knowledge) -> Vec<u32> {
    let mut by_id: Vec<usize> = (0..k.records.len()).collect();
    by_id.sort_by(|a, b| k.records[*a].id.cmp(&k.records[*b].id));
    let mut order = vec![0; by_id.len()];
    for (place, o) in by_id.into_iter().enumerate() {
        order[o] = place as u32;
    }
    order
}

/// Whether a record followed families up over time: a follow-up of another record, or a
/// design, title or keyword that says so.
fn is_follow_up(r: &Record) -> bool {
    const SAYS: &[&str] = &[
        "follow-up",
        "follow up",
        "followed up",
        "long-term",
        "longer-term",
    ];
    let says = |t: &str| {
        let t = t.to_lowercase();
        SAYS.iter().any(|s| t.contains(s))
    };
    r.follow_up_of.is_some()
        || says(&r.title)
        || r.design.as_deref().is_some_and(says)
        || r.keywords.iter().any(|k| says(k))
}

#[cfg(test)]
mod tests {
    use super::who_was_studied;

    #[test]
    fn exclusion_criteria_are_not_whom_a_study_studied() {
        assert_eq!(
            who_was_studied("parents of preterm babies (the registry excludes twins), in a city"),
            "parents of preterm babies , in a city"
        );
        assert_eq!(
            who_was_studied("mothers with a mental health disorder; excluded are drug dependence"),
            "mothers with a mental health disorder"
        );
        // Brackets that say something else, and populations without exclusions, stay.
        assert_eq!(
            who_was_studied("foster carers (kinship and non-kinship); their children"),
            "foster carers (kinship and non-kinship); their children"
        );
        assert_eq!(who_was_studied("(unclosed excluded aside"), "");
    }
}
