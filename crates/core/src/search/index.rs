//! The tantivy index: schema, build from records (in RAM), and query execution with ranking.

use std::collections::{HashMap, HashSet};

use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST,
    INDEXED,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::knowledge::model::{Intervention, Kind};
use crate::knowledge::{Knowledge, Record};

use super::analyzer::{self, ANALYZER};
use super::query::{self, ParsedQuery, TopicMatcher};
use super::{Hit, SearchResult};

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

/// The search index over one version of the knowledge.
pub struct SearchIndex {
    reader: IndexReader,
    text_fields: Vec<(Field, f32)>,
    /// Title and summary: where a word's commonness is judged.
    title: Field,
    summary: Field,
    authors: Field,
    kind: Field,
    topic: Field,
    year: Field,
    matcher: TopicMatcher,
    topic_ids: Vec<String>,
    /// Per topic, the stemmed one-word terms (and the id's words): the synonyms a concept
    /// in a question expands to.
    synonyms: HashMap<String, Vec<String>>,
    /// Surface words of every indexed text, with how often they occur: the spelling vocabulary.
    vocab: HashMap<String, u32>,
    /// Evidence level and year per record ordinal, for the priors and tie-breaks.
    levels: Vec<u8>,
    years: Vec<u16>,
    ids: Vec<String>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("records", &self.ids.len())
            .finish()
    }
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
    let mut population = r.population.clone().unwrap_or_default();
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
        let level = sb.add_u64_field("evidence_level", FAST);
        let ord = sb.add_u64_field("ord", FAST);
        let schema = sb.build();
        let authors = schema.get_field("authors")?;
        let title = schema.get_field("title")?;
        let summary = schema.get_field("summary")?;

        let index = Index::create_in_ram(schema);
        index
            .tokenizers()
            .register(ANALYZER, analyzer::index_analyzer());
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
        Ok(SearchIndex {
            reader,
            text_fields,
            title,
            summary,
            authors,
            kind,
            topic,
            year,
            matcher: TopicMatcher::new(&k.topics),
            synonyms: topic_synonyms(&k.topics),
            topic_ids: k.topics.iter().map(|t| t.id.clone()).collect(),
            vocab,
            levels: k.records.iter().map(|r| r.evidence_level()).collect(),
            years: k.records.iter().map(|r| r.year.unwrap_or(0)).collect(),
            ids: k.records.iter().map(|r| r.id.clone()).collect(),
        })
    }

    /// Understands a question without running it.
    pub fn parse(&self, text: &str) -> ParsedQuery {
        let ids: Vec<&str> = self.topic_ids.iter().map(String::as_str).collect();
        query::parse(text, &self.matcher, &ids)
    }

    /// Searches. Never fails: an internal search error is logged and yields no hits.
    pub fn search(&self, text: &str) -> SearchResult {
        let mut parsed = self.parse(text);
        let mut result = SearchResult::default();

        // Typo fallback: only words that match nothing at all are corrected.
        let mut corrections = Vec::new();
        for w in &parsed.words {
            if !self.is_known(w) {
                if let Some(c) = self.correct(w) {
                    corrections.push((w.clone(), c));
                }
            }
        }
        if !corrections.is_empty() {
            let corrected = replace_words(&parsed.raw, &corrections);
            parsed = self.parse(&corrected);
            result.corrected = Some(corrected);
            result.spelling = corrections;
        }

        result.hits = match self.run(&parsed) {
            Ok(h) => h,
            Err(err) => {
                tracing::error!(error = %err, "search failed");
                Vec::new()
            }
        };
        if result.hits.is_empty() {
            result.suggested_topics = self.close_topics(&parsed);
        }
        result.query = parsed;
        result
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

    fn is_known(&self, word: &str) -> bool {
        if self.vocab.contains_key(word) {
            return true;
        }
        // Otherwise a word is known when its stem is in the index ("babies" when only "baby"
        // was written): the term dictionaries answer that without a copy of their own.
        let mut an = analyzer::index_analyzer();
        let toks = analyzer::tokens(&mut an, word);
        let searcher = self.reader.searcher();
        toks.iter().all(|t| {
            self.text_fields.iter().any(|(f, _)| {
                searcher
                    .doc_freq(&Term::from_field_text(*f, t))
                    .unwrap_or(0)
                    > 0
            })
        })
    }

    /// The closest vocabulary word: edit distance 1 for words of 5 or more letters, 2 for 9 or
    /// more (transpositions count as one edit); ties go to the more frequent word.
    fn correct(&self, word: &str) -> Option<String> {
        let len = word.chars().count();
        let max = match len {
            0..=4 => return None,
            5..=8 => 1,
            _ => 2,
        };
        self.vocab
            .iter()
            .filter(|(v, _)| v.chars().count().abs_diff(len) <= max)
            .map(|(v, n)| (strsim::osa_distance(word, v), std::cmp::Reverse(*n), v))
            .filter(|(d, _, _)| *d <= max)
            .min()
            .map(|(_, _, v)| v.clone())
    }

    fn close_topics(&self, q: &ParsedQuery) -> Vec<String> {
        let mut scored: Vec<(f64, String)> = Vec::new();
        for id in &self.topic_ids {
            let id_words = id.replace('_', " ");
            let best = q
                .words
                .iter()
                .map(|w| strsim::jaro_winkler(w, &id_words).max(strsim::jaro_winkler(w, id)))
                .fold(0.0, f64::max);
            if best > 0.8 {
                scored.push((best, id.clone()));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(3).map(|(_, id)| id).collect()
    }

    /// One token in every text field: the best field counts, the others a little.
    fn token_query(&self, tok: &str) -> Box<dyn Query> {
        let disjuncts: Vec<Box<dyn Query>> = self
            .text_fields
            .iter()
            .map(|(field, boost)| {
                let tq = TermQuery::new(
                    Term::from_field_text(*field, tok),
                    IndexRecordOption::WithFreqs,
                );
                Box::new(BoostQuery::new(Box::new(tq), *boost)) as Box<dyn Query>
            })
            .collect();
        Box::new(DisjunctionMaxQuery::with_tie_breaker(disjuncts, 0.3))
    }

    fn text_clauses(&self, q: &ParsedQuery) -> Vec<(Occur, Box<dyn Query>)> {
        let mut an = analyzer::index_analyzer();
        let mut seen = HashSet::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for w in &q.words {
            for tok in analyzer::tokens(&mut an, w) {
                if seen.insert(tok.clone()) {
                    clauses.push((Occur::Should, self.token_query(&tok)));
                }
            }
        }
        // A concept named in the question matches any of its synonyms, as strongly as the word
        // the person typed: "premature babies" finds a title that says "preterm".
        for t in &q.topics {
            let Some(syns) = self.synonyms.get(t) else {
                continue;
            };
            // Words most records share ("babies" for early years) would only add noise.
            let common = (self.ids.len() as f32 * SYNONYM_MAX_SHARE).max(3.0) as u64;
            let alternatives: Vec<Box<dyn Query>> = syns
                .iter()
                .filter(|s| self.doc_freq(s) <= common)
                .map(|s| self.token_query(s))
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

    fn run(&self, q: &ParsedQuery) -> tantivy::Result<Vec<Hit>> {
        if self.ids.is_empty() || q.is_empty() {
            return Ok(Vec::new());
        }
        let text = self.text_clauses(q);
        let has_text = !text.is_empty();
        let mut clauses = self.filter_clauses(&q.filters);
        if has_text {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(text))));
        } else {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        let query = BooleanQuery::new(clauses);

        let searcher = self.reader.searcher();
        let limit = self.ids.len().clamp(1, 1000);
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
                .then(self.ids[a.ord].cmp(&self.ids[b.ord]))
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

/// Replaces whole words (case-insensitively) in text.
fn replace_words(text: &str, corrections: &[(String, String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let lower = word.to_lowercase();
            match corrections.iter().find(|(from, _)| *from == lower) {
                Some((_, to)) => out.push_str(to),
                None => out.push_str(word),
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_words_only() {
        let c = vec![("premture".to_string(), "premature".to_string())];
        assert_eq!(replace_words("Premture babies?", &c), "premature babies?");
        assert_eq!(replace_words("premtures", &c), "premtures");
    }
}
