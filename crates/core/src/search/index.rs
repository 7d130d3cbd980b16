//! The tantivy index, built in RAM from the records: BM25 over boosted text fields to order
//! records, facets and ranges for filters, and per record the facts and concepts that decide
//! which records are about a question and in what order ([`super::rank`]).

use std::collections::{HashMap, HashSet};

use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST,
    INDEXED,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::knowledge::model::Kind;
use crate::knowledge::{Knowledge, Record};
use crate::understand::{Question, Reader};

use super::concepts::{who_was_studied, RecordConcepts};
use super::set::{Positions, RecordSet};
use super::traits::Traits;
use crate::understand::analyzer::{self, ANALYZER};
use crate::understand::filters as query;

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

/// Share of the score that the evidence level may add (level 1 gets all of it, level 6 none).
const LEVEL_PRIOR: f32 = 0.10;

/// Share of the score that recency may add (from 1990 to now).
const RECENCY_PRIOR: f32 = 0.05;

/// The search index over one version of the knowledge.
pub struct SearchIndex {
    tantivy: IndexReader,
    text_fields: Vec<(Field, f32)>,
    authors: Field,
    kind: Field,
    topic: Field,
    year: Field,
    /// How messages are read: the concept scheme and the language's cues.
    pub(crate) reader: Reader,
    /// Per text field, the terms it holds: a term query on a field without the term is not
    /// built (each costs a scorer and a union at search time).
    field_terms: HashMap<Field, HashSet<String>>,
    /// Surface words of every indexed text, with how often they occur: the spelling vocabulary.
    pub(crate) vocab: HashMap<String, u32>,
    /// Evidence level, year and kind per record ordinal.
    pub(crate) levels: Vec<u8>,
    pub(crate) years: Vec<u16>,
    pub(crate) kinds: Vec<Kind>,
    pub(crate) ids: Vec<String>,
    /// Per record: its place among the ids in alphabetical order (the last tie-breaker).
    pub(crate) id_order: Vec<u32>,
    /// The records of each family name (lower case): a name in a question is looked up, not
    /// compared with every record's authors.
    pub(crate) by_surname: HashMap<String, Vec<u32>>,
    /// Per record: its DOI, lower case.
    pub(crate) dois: Vec<String>,
    /// Names in records' titles and keywords that are not English words ("Sunderland",
    /// "Cornwall"), lower case, with the records that carry them.
    pub(crate) names: HashMap<String, Vec<u32>>,
    /// Per record: what ordering needs to know.
    pub(crate) traits: Vec<Traits>,
    /// Per concept: the records that have it or a narrower one.
    pub(crate) concept_records: Vec<RecordSet>,
    /// Per concept: the records about it (tags, title, population), not only mentioning it.
    pub(crate) primary_records: Vec<RecordSet>,
    /// Per record: the concepts its population and title name.
    pub(crate) population: Vec<Vec<u32>>,
    /// Per record: the concept of its intervention.
    pub(crate) interventions: Vec<Option<usize>>,
    /// Per record: the countries it names.
    pub(crate) countries: Vec<Vec<u32>>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.ids.len())
            .finish()
    }
}

/// The labels of concepts, as text for BM25: an intervention's names ("VIG", "video interaction
/// guidance"), the names of a record's kind ("RCT", "randomised controlled trial").
fn labels_text<'a>(
    concepts: impl Iterator<Item = &'a crate::knowledge::vocabulary::Concept>,
) -> String {
    concepts
        .flat_map(|c| c.labels().chain(c.acronyms.iter().map(String::as_str)))
        .collect::<Vec<_>>()
        .join(" . ")
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
    let v = &k.vocabulary;
    let intervention = format!(
        "{} . {}",
        labels_text(v.get(r.intervention.as_str()).into_iter()),
        r.intervention_detail.as_deref().unwrap_or("")
    );
    let design = format!(
        "{} . {} . {}",
        labels_text(v.concepts().iter().filter(|c| c.kinds.contains(&r.kind))),
        r.design.as_deref().unwrap_or(""),
        r.country.as_deref().unwrap_or("")
    );
    let venue = [&r.journal, &r.publisher, &r.book_title, &r.series]
        .into_iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join(" . ");
    let mut population =
        who_was_studied(r.population.as_deref().unwrap_or(""), &k.language.exclusion);
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
        let kind = sb.add_facet_field("kind", FacetOptions::default());
        let topic = sb.add_facet_field("topic", FacetOptions::default());
        let year = sb.add_u64_field("year", INDEXED | FAST);
        let ord = sb.add_u64_field("ord", FAST);
        let schema = sb.build();
        let authors = schema.get_field("authors")?;
        let index = Index::create_in_ram(schema);
        index.tokenizers().register(
            ANALYZER,
            analyzer::index_analyzer(&k.language.index_stop_words),
        );
        // Two indexing threads on two cores; results do not depend on document order (hits map
        // back to records through the `ord` fast field, and ties sort by id).
        let mut writer: IndexWriter<TantivyDocument> =
            index.writer_with_num_threads(2, 100_000_000)?;
        let mut vocab: HashMap<String, u32> = HashMap::new();
        for (i, r) in k.records.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            for ((field, _), text) in text_fields.iter().zip(field_texts(r, k)) {
                add_words(&mut vocab, &text);
                doc.add_text(*field, &text);
            }
            doc.add_facet(kind, Facet::from(&format!("/kind/{}", r.kind.as_str())));
            for t in &r.topics {
                doc.add_facet(topic, Facet::from(&format!("/topic/{t}")));
            }
            if let Some(y) = r.year {
                doc.add_u64(year, u64::from(y));
            }
            doc.add_u64(ord, i as u64);
            writer.add_document(doc)?;
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
        let messages = Reader::new(k);
        let concepts = RecordConcepts::of(k, &messages);
        let record_names = names(k, &messages);
        let mut surface = analyzer::surface_analyzer();
        let surnames: Vec<Vec<String>> = k
            .records
            .iter()
            .map(|r| {
                r.authors
                    .iter()
                    .chain(&r.editors)
                    .filter_map(|a| a.family.as_deref())
                    .flat_map(|f| analyzer::tokens(&mut surface, f))
                    .collect()
            })
            .collect();
        let mut built = SearchIndex {
            tantivy: reader,
            text_fields,
            authors,
            kind,
            topic,
            year,
            reader: messages,
            field_terms: HashMap::new(),
            vocab,
            levels: k.records.iter().map(|r| r.evidence_level()).collect(),
            years: k.records.iter().map(|r| r.year.unwrap_or(0)).collect(),
            kinds: k.records.iter().map(|r| r.kind).collect(),
            ids: k.records.iter().map(|r| r.id.clone()).collect(),
            id_order: id_order(k),
            by_surname: by_surname(&surnames),
            dois: k
                .records
                .iter()
                .map(|r| r.doi.as_deref().unwrap_or("").to_lowercase())
                .collect(),
            traits: k.records.iter().map(Traits::of).collect(),
            names: record_names,
            concept_records: concepts.by_concept,
            primary_records: concepts.primary,
            population: concepts.population,
            interventions: concepts.intervention,
            countries: concepts.countries,
        };
        built.field_terms = built.read_field_terms()?;
        Ok(built)
    }

    /// The language a message is written in, among those switched on (English when unsure).
    pub fn detect(&self, text: &str) -> crate::locale::Lang {
        crate::understand::detect::detect(text, self.reader.languages(), crate::locale::Lang::En)
    }

    /// Understands a message without searching.
    pub fn read(&self, text: &str) -> Question {
        self.reader.read(text)
    }

    /// What a message that is not an evidence question asks for, if it is one.
    pub fn talk(&self, q: &Question) -> Option<crate::understand::talk::Talk> {
        self.reader.talk(q)
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
        self.tantivy
            .searcher()
            .search(q, &Positions { n: self.len() })
    }

    /// The records that pass the filters (all of them when there are none).
    pub(crate) fn filtered(&self, f: &query::Filters) -> tantivy::Result<RecordSet> {
        let mut clauses = self.filter_clauses(f);
        clauses.push((Occur::Must, Box::new(AllQuery)));
        self.records(&BooleanQuery::new(clauses))
    }

    /// One token in every text field: the best field counts, the others a little.
    fn token_query(&self, tok: &str) -> Option<Box<dyn Query>> {
        self.token_query_in(tok, &self.text_fields)
    }

    /// The terms of every text field, from the index's term dictionaries.
    fn read_field_terms(&self) -> tantivy::Result<HashMap<Field, HashSet<String>>> {
        let searcher = self.tantivy.searcher();
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

    fn text_clauses(&self, q: &Question) -> Vec<(Occur, Box<dyn Query>)> {
        let mut an = analyzer::query_analyzer();
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
        let mut an = analyzer::query_analyzer();
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

    /// BM25 scores of the records the question's words find (with the level and recency
    /// priors), best first.
    pub(crate) fn run(&self, q: &Question) -> tantivy::Result<Vec<(usize, f32)>> {
        let text = self.text_clauses(q);
        if self.ids.is_empty() || text.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(text);
        let searcher = self.tantivy.searcher();
        // Enough to order what an answer shows and pages through; records beyond it keep
        // their place by the evidence ladder (a smaller top-k also lets tantivy prune).
        let limit = self.ids.len().clamp(1, TOP_K);
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let columns = searcher
            .segment_readers()
            .iter()
            .map(|sr| sr.fast_fields().u64("ord"))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let now = crate::clock::current_year();
        Ok(top
            .into_iter()
            .filter_map(|(score, addr)| {
                let ord = columns[addr.segment_ord as usize].first(addr.doc_id)? as usize;
                Some((ord, score * (1.0 + self.prior(ord, now))))
            })
            .collect())
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

/// The names in records' titles and keywords: words that are neither English nor a word of the
/// concept scheme ("Sunderland", "Bellevue"; "PTSD" is a concept, not a name), each with its
/// records.
fn names(k: &Knowledge, reader: &Reader) -> HashMap<String, Vec<u32>> {
    let scheme: HashSet<&str> = reader.phrases().vocabulary_words(0..=usize::MAX).collect();
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    for (o, r) in k.records.iter().enumerate() {
        let text = format!("{} . {}", r.title, r.keywords.join(" . "));
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            let lower = w.to_lowercase();
            let name = w.chars().count() >= 4
                && w.chars().any(char::is_alphabetic)
                && !analyzer::is_english(&lower)
                && !scheme.contains(crate::understand::analyzer::singular(&lower).as_str());
            if name {
                let records = out.entry(lower).or_default();
                if !records.contains(&(o as u32)) {
                    records.push(o as u32);
                }
            }
        }
    }
    out
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

/// Each family name (lower case) with the records whose authors or editors carry it, each
/// record once.
fn by_surname(surnames: &[Vec<String>]) -> HashMap<String, Vec<u32>> {
    let mut out: HashMap<String, Vec<u32>> = HashMap::new();
    for (o, names) in surnames.iter().enumerate() {
        for n in names {
            let list = out.entry(n.clone()).or_default();
            let o = u32::try_from(o).unwrap_or(u32::MAX);
            if list.last() != Some(&o) {
                list.push(o);
            }
        }
    }
    out
}
