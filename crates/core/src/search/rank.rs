//! Which records are about a question, and in what order they come.
//!
//! A question asks about some things: its concepts (topics, outcome domains, interventions) and
//! the content words left over. A record is a *direct* hit when it is about every one of them —
//! tagged with the topic, reporting on the outcome domain, testing the intervention, or carrying
//! the word in its title, keywords, authors, population, design or summary. A word the
//! knowledge has never seen ("EMDR", "sourdough") means no record can be about the question.
//! Other records that match some of the question are *partial* hits, shown apart.
//!
//! Direct hits come strongest first: the kinds asked for in words ("an RCT", "NICE"), then the
//! evidence level, then how well they match, then recency. Partial hits follow, best match first.

use crate::knowledge::model::{Intervention, Kind};

use super::index::{FacetField, SearchIndex, CONTENT_FIELDS};
use super::lexicon;
use super::query::{is_filler, ParsedQuery};
use super::set::RecordSet;
use super::spelling::replace_words;
use super::{analyzer, Hit, SearchResult};

/// A topic or outcome domain that more than this share of records carry says little about a
/// question; it decides which records are direct only when nothing more specific does.
const BROAD_SHARE: f32 = 0.30;

/// A word found in more than this share of records ranks them but does not decide.
const COMMON_SHARE: f32 = 0.15;

/// Hits whose matched words are written out: more than any answer shows or pages through.
const MATCHED_SHOWN: usize = 200;

/// A score that sorts (scores are never NaN).
#[derive(Debug, Clone, Copy, PartialEq)]
struct OrderedScore(f32);
impl Eq for OrderedScore {}
impl PartialOrd for OrderedScore {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrderedScore {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Below this many records, no concept or word counts as broad or common: a small knowledge
/// folder has few records of anything.
const MIN_SHARED: usize = 10;

/// Something a direct hit must be about, and the records that are.
#[derive(Debug, Default)]
struct Requirement {
    label: String,
    records: RecordSet,
    broad: bool,
    intervention: bool,
    /// An outcome ("bonding", "stress"): what a question hopes for, not whom it is about.
    outcome: bool,
    /// A topic of `topics.yaml` ("preterm", "PND"): whom or what the question is about.
    topic: bool,
    /// For an outcome: the records with a finding in its domain (not only tagged with a topic
    /// of the same name).
    measured: Option<RecordSet>,
}

impl SearchIndex {
    /// Searches. Never fails: an internal search error is logged and yields no hits.
    pub fn search(&self, text: &str) -> SearchResult {
        let mut parsed = self.parse(text);
        let mut result = SearchResult::default();
        let corrections: Vec<(String, String)> = parsed
            .residual
            .iter()
            .filter_map(|w| self.correction(w).map(|c| (w.clone(), c)))
            .collect();
        if !corrections.is_empty() {
            let corrected = replace_words(&parsed.raw, &corrections);
            parsed = self.parse(&corrected);
            result.corrected = Some(corrected);
            result.spelling = corrections;
        }
        if let Err(err) = self.judge(&parsed, &mut result) {
            tracing::error!(error = %err, "search failed");
            result.hits.clear();
            result.direct = 0;
        }
        if result.hits.is_empty() {
            result.suggested_topics = self.close_topics(&parsed);
        }
        result.query = parsed;
        result
    }

    /// The records an intervention named in a question covers. VIG is also covered by reviews
    /// and guidelines of video feedback in general, and by records that name it in their title
    /// or keywords; "video feedback" covers every video-based intervention.
    fn intervention_records(&self, iv: Intervention) -> tantivy::Result<RecordSet> {
        use Intervention::*;
        let family: &[Intervention] = match iv {
            Vig => &[Vig],
            Verp => &[Verp],
            Vipp => &[Vipp, VippSd, VippFc],
            VippSd => &[VippSd],
            VippFc => &[VippFc],
            VideoFeedback => &[Vig, Verp, Vipp, VippSd, VippFc, VideoFeedback],
            Other | None => &[],
        };
        let names: Vec<String> = family.iter().map(|i| i.as_str().to_string()).collect();
        let mut set = self.records(&*self.facet_query(FacetField::Intervention, &names))?;
        if iv == Vig {
            set.extend(&RecordSet::matching(self.len(), |o| {
                self.interventions[o] == VideoFeedback
                    && matches!(
                        self.kinds[o],
                        Kind::SystematicReview | Kind::MetaAnalysis | Kind::Guideline
                    )
            }));
        }
        if matches!(iv, Vig | Verp | Vipp | VippSd | VippFc) {
            if let Some(q) = self.word_query(iv.label(), &["title", "keywords"]) {
                set.extend(&self.records(&*q)?);
            }
        }
        Ok(set)
    }

    /// The records a question names by an author's family name and the year.
    fn cited(&self, q: &ParsedQuery) -> RecordSet {
        let years: Vec<u16> = q
            .raw
            .split(|c: char| !c.is_ascii_digit())
            .filter(|t| t.len() == 4)
            .filter_map(|t| t.parse().ok())
            .filter(|y| (1900..=2100).contains(y))
            .collect();
        if years.is_empty() {
            return RecordSet::empty(self.len());
        }
        RecordSet::matching(self.len(), |o| {
            years.contains(&self.years[o])
                && self.surnames[o].iter().any(|s| q.residual.contains(s))
        })
    }

    /// The records a question says it is not about. An intervention excluded beside one asked
    /// for ("VIG specifically, not all video feedback") leaves out the records of the rest of
    /// its family, not the ones asked for; a narrower term ("isn't about baby siblings") the
    /// records that name it; a topic its records.
    fn excluded_records(&self, q: &ParsedQuery) -> tantivy::Result<RecordSet> {
        let n = self.len();
        let mut out = RecordSet::empty(n);
        let asked: Vec<Intervention> = q.interventions().collect();
        for c in &q.excluded {
            for iv in &c.interventions {
                let family = self.intervention_records(*iv)?;
                out.extend(&RecordSet::matching(n, |o| {
                    family.contains(o) && !asked.contains(&self.interventions[o])
                }));
            }
            if c.narrower {
                out.extend(&self.records_naming_term(&c.text)?);
            } else if c.other || c.role {
                out.extend(&self.records_naming(&c.text)?);
            } else if !c.topics.is_empty() {
                out.extend(&self.records(&*self.facet_query(FacetField::Topic, &c.topics))?);
            }
        }
        Ok(out)
    }

    /// The records that name a narrower term. "Baby siblings" where the records say "infant
    /// siblings": when none names the phrase, its last word names the same thing.
    fn records_naming_term(&self, text: &str) -> tantivy::Result<RecordSet> {
        let named = self.records_naming(text)?;
        if named.is_empty() {
            if let Some((_, last)) = text.rsplit_once(' ') {
                if last.chars().count() >= 5 {
                    return self.records_naming(last);
                }
            }
        }
        Ok(named)
    }

    /// The records whose about-fields hold a phrase, its words in a row.
    fn records_naming(&self, phrase: &str) -> tantivy::Result<RecordSet> {
        match self.about_phrase_query(phrase) {
            Some(q) => self.records(&*q),
            None => Ok(RecordSet::empty(self.len())),
        }
    }

    /// What a direct hit must be about, and what only narrows or ranks the direct hits (soft,
    /// in the order they narrow).
    fn requirements(
        &self,
        q: &ParsedQuery,
        unmatched: &mut Vec<String>,
        unknown_names: &mut Vec<String>,
        ignored: &mut Vec<String>,
    ) -> tantivy::Result<(Vec<Requirement>, Vec<Requirement>)> {
        let n = self.len();
        let broad_at = ((n as f32 * BROAD_SHARE) as usize).max(MIN_SHARED);
        let common_at = ((n as f32 * COMMON_SHARE) as usize).max(MIN_SHARED);
        let mut reqs = Vec::new();
        let mut narrowing = Vec::new();
        // "Does it last": a property of the studies asked for, after whom they are about.
        let mut lasting = Vec::new();
        let mut roles = Vec::new();
        let mut role_names = Vec::new();
        let names_a_topic = q.concepts.iter().any(|c| {
            c.interventions.is_empty()
                && !c.other
                && (!c.topics.is_empty() || !c.outcomes.is_empty())
        });
        let names_intervention = q.concepts.iter().any(|c| !c.interventions.is_empty());
        for c in &q.concepts {
            let mut set = RecordSet::empty(n);
            let mut measured = None;
            let intervention = !c.interventions.is_empty();
            if c.other {
                // Another intervention, named: the records that name it, or nothing at all.
                let named = self.records_naming(&c.text)?;
                if named.is_empty() {
                    unknown_names.push(c.text.clone());
                    continue;
                }
                set = named;
            } else if intervention {
                // A phrase that names an intervention means it ("VIPP-FC" is a foster-care term).
                for iv in &c.interventions {
                    set.extend(&self.intervention_records(*iv)?);
                }
                // "VIPP-R": the family decides, the adaptation's own records come first.
                if c.narrower {
                    let named = self.records_naming_term(&c.text)?;
                    if !named.is_empty() {
                        narrowing.push(Requirement {
                            label: c.text.clone(),
                            records: named,
                            ..Requirement::default()
                        });
                    }
                }
                // "Does NICE guidance on neglect mention video feedback?": every guideline on
                // the topic answers that, also the ones that do not name it. Without a topic
                // ("are there guidelines recommending video feedback?") only the guidelines
                // that cover it do.
                if q.wanted_kinds.contains(&Kind::Guideline) && names_a_topic {
                    set.extend(&RecordSet::matching(n, |o| {
                        self.kinds[o] == Kind::Guideline
                    }));
                }
            } else {
                if !c.topics.is_empty() {
                    set.extend(&self.records(&*self.facet_query(FacetField::Topic, &c.topics))?);
                }
                if !c.outcomes.is_empty() {
                    let mut m =
                        self.records(&*self.facet_query(FacetField::Domain, &c.outcomes))?;
                    // A record whose title names the outcome is about it, though its findings
                    // file it elsewhere ("multidisciplinary communication at ward rounds" under
                    // practitioners' skills, "parent talk, reading and play" under sensitivity).
                    if c.topics.is_empty() {
                        if let Some(titled) = self.word_query(&c.text, &["title"]) {
                            m.extend(&self.records(&*titled)?);
                        }
                    }
                    // "Mum with PND" is about mothers who have it, not about records that
                    // measured parents' mood.
                    if !c.describes || c.topics.is_empty() {
                        set.extend(&m);
                    }
                    measured = Some(m);
                }
                // A narrower term ("PBQ" in bonding, "NICU" in preterm) narrows the records to
                // the ones that name it, when there are such records.
                if c.narrower || c.role {
                    let named = if c.narrower {
                        self.records_naming_term(&c.text)?
                    } else {
                        self.records_naming(&c.text)?
                    };
                    if set.is_empty() {
                        set = named.clone();
                    }
                    if !named.is_empty() {
                        let r = Requirement {
                            label: c.text.clone(),
                            records: named,
                            ..Requirement::default()
                        };
                        if c.role {
                            role_names.push(r);
                        } else {
                            narrowing.push(r);
                        }
                    }
                }
            }
            // "Dads with PND": a study must have studied such people, not only measured the
            // condition in others (a trial with fathers that reported parents' mood). Reviews,
            // guidelines and books cover many groups; their topics say which.
            if c.describes && !c.topics.is_empty() && !c.role {
                let mut studied = self.not_primary.clone();
                for t in &c.topics {
                    if let Some(s) = self.studied.get(t) {
                        studied.extend(s);
                    }
                }
                set.retain_in(&studied);
            }
            // "Does VIG help mum's depression?": of the records about it, those that measured
            // it answer the question; a guideline that only names the condition does not.
            // A guideline or review names what it recommends for in its topics: one tagged with
            // the outcome itself ("attachment") answers too, one tagged with whom it is for
            // ("perinatal mental health") does not.
            if c.hoped && names_intervention {
                if let Some(m) = measured.as_ref().filter(|m| !m.is_empty()) {
                    let mut answers = m.clone();
                    let outcome_topics: Vec<String> = c
                        .topics
                        .iter()
                        .filter(|t| c.outcomes.iter().any(|o| is_same_outcome(t, o)))
                        .cloned()
                        .collect();
                    if !outcome_topics.is_empty() {
                        let tagged =
                            self.records(&*self.facet_query(FacetField::Topic, &outcome_topics))?;
                        answers.extend(&tagged.intersection(&self.not_primary));
                    }
                    narrowing.push(Requirement {
                        label: c.text.clone(),
                        records: answers,
                        ..Requirement::default()
                    });
                }
            }
            if c.long_term {
                lasting.push(Requirement {
                    label: c.text.clone(),
                    records: RecordSet::matching(n, |o| self.follow_ups[o]),
                    ..Requirement::default()
                });
                continue;
            }
            let req = Requirement {
                label: c.text.clone(),
                measured,
                broad: !intervention && set.len() > broad_at,
                records: set,
                intervention,
                // "Dads with PND": whom the question is about, not an outcome.
                outcome: !c.outcomes.is_empty() && (!c.describes || c.topics.is_empty()),
                topic: !c.other && !c.topics.is_empty(),
            };
            if c.role {
                roles.push(req);
            } else {
                reqs.push(req);
            }
        }
        // "VIG or video feedback", "VIG and VERP": records about any of the interventions named
        // are about the question; none is about all of them at once.
        if reqs.iter().filter(|r| r.intervention).count() > 1 {
            let at = reqs.iter().position(|r| r.intervention).unwrap_or(0);
            let (ivs, mut rest): (Vec<Requirement>, Vec<Requirement>) =
                reqs.into_iter().partition(|r| r.intervention);
            let mut any = Requirement {
                label: ivs[0].label.clone(),
                records: ivs[0].records.clone(),
                intervention: true,
                topic: ivs.iter().any(|r| r.topic),
                ..Requirement::default()
            };
            for r in &ivs[1..] {
                any.label = format!("{} or {}", any.label, r.label);
                any.records.extend(&r.records);
            }
            rest.insert(at.min(rest.len()), any);
            reqs = rest;
        }
        // A profession beside a specific topic is who asks ("hv here, baby not making eye
        // contact, autism?"): it narrows. Alone, it is what the question is about
        // ("educational psychologists' views on VIG").
        if !reqs.iter().any(|r| r.topic && !r.broad) {
            reqs.extend(roles);
        }
        // A named topic says whom or what the question is about; the words around it ("worries",
        // "on the ward", "nurse-led") then narrow the records instead of excluding them, and a
        // A broad
        // topic ("toddlers") does that only beside an intervention ("PND" and "video feedback"),
        // and never for an unknown word ("diabetes in toddlers"). Without a topic, the words are
        // what the question is about: a direct hit is about one of them at least ("VIPP-SD
        // families living in poverty"), and the others narrow.
        let specific_topic = reqs.iter().any(|r| r.topic && !r.broad);
        let words_soft =
            specific_topic || (reqs.iter().any(|r| r.topic) && reqs.iter().any(|r| r.intervention));
        let mut words = Vec::new();
        for (w, shown) in q.residual.iter().zip(&q.residual_shown) {
            let Some(anywhere) = self.word_query(w, CONTENT_FIELDS) else {
                continue;
            };
            let found = self.count(&*anywhere)?;
            if found == 0 {
                // Numbers and codes ("10wks", "2yo") the knowledge lacks are not what a
                // question is about; words are.
                // A form of a word the knowledge has ("infancy", "intervening") is not
                // either, nor, beside a topic, a verb or an adverb ("struggling", "diagnosed").
                // Chat drops the g ("strugglin"); and an intervention with what it is for
                // ("VIPP-SD" and "tantrums") names the subject as well as a topic does.
                let inflected = ["ing", "ed", "ly"].iter().any(|e| w.ends_with(e))
                    || (w.ends_with("in") && w.chars().count() > 5);
                let subject = specific_topic
                    || (reqs.iter().any(|r| r.intervention)
                        && reqs.iter().any(|r| r.topic || r.outcome));
                let excused = w.chars().any(|c| c.is_ascii_digit())
                    || self.variant_of_known(w)
                    || (inflected && subject);
                if !excused {
                    unmatched.push(w.clone());
                } else if inflected && subject && !ignored.contains(shown) {
                    // Left out, and said so: the answer must not sound as if it covered it.
                    ignored.push(shown.clone());
                }
                continue;
            }
            if found > common_at {
                continue;
            }
            // A word mentioned only in passing ("a PTSD screen") leaves this set empty: no record
            // is about the question, though the word is not unknown.
            let mut records = self.records(&*self.about_query(w))?;
            for kin in lexicon::kin_of(w) {
                records.extend(&self.records_naming(kin)?);
            }
            words.push(Requirement {
                label: shown.clone(),
                records,
                ..Requirement::default()
            });
        }
        if !words_soft && !words.is_empty() {
            reqs.push(Requirement {
                label: words
                    .iter()
                    .map(|w| w.label.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                records: words.iter().fold(RecordSet::empty(n), |mut all, w| {
                    all.extend(&w.records);
                    all
                }),
                ..Requirement::default()
            });
        }
        // Broad concepts decide only when nothing more specific does; outcomes decide only when
        // nothing says whom or what the question is about ("mum with PND and bonding issues" is
        // about PND; bonding then narrows the records, it does not exclude them).
        let specific = |r: &Requirement| !r.broad && !r.intervention;
        if reqs.iter().any(specific) {
            reqs.retain(|r| !r.broad);
        }
        let (outcomes, others): (Vec<Requirement>, Vec<Requirement>) =
            reqs.into_iter().partition(|r| r.outcome);
        let (reqs, soft_outcomes) = if others.iter().any(specific) {
            (others, outcomes)
        } else {
            let mut all = others;
            all.extend(outcomes);
            (all, Vec::new())
        };
        // "In the UK", "Dutch trials": only the records from there are about the question. A
        // question about a country no record of the rest comes from gets no direct records,
        // not the others as if they answered it. (After the step above: a country is not a
        // specific subject that would set a broad topic aside.)
        let mut reqs = reqs;
        if !q.countries.is_empty() {
            reqs.push(Requirement {
                label: q
                    .countries
                    .iter()
                    .map(|(w, _)| w.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                records: RecordSet::matching(n, |o| {
                    q.countries
                        .iter()
                        .any(|(_, c)| self.countries[o].starts_with(c))
                }),
                ..Requirement::default()
            });
        }
        // Most telling first: a narrower term, an outcome, who asks, the other words ("teenage
        // mum"), then whether gains last. (A broad topic, "babies", says too little to narrow
        // by.)
        let mut soft = narrowing;
        // "Does VIG help mum's depression too?": what an intervention is hoped to do narrows to
        // the records that measured it, not to every record on the topic of the same name.
        // ("A questionnaire for bonding problems" asks about the topic.)
        soft.extend(soft_outcomes.into_iter().map(|mut r| {
            if let Some(m) = r
                .measured
                .take()
                .filter(|m| names_intervention && !m.is_empty())
            {
                r.records = m;
            }
            r
        }));
        soft.extend(role_names);
        // Among the words, the rarest first: "VIP" says more than "talking".
        words.sort_by_key(|w| w.records.len());
        soft.extend(words);
        soft.extend(lasting);
        Ok((reqs, soft))
    }

    fn judge(&self, q: &ParsedQuery, result: &mut SearchResult) -> tantivy::Result<()> {
        // Words the knowledge has never seen, and interventions it never names.
        let mut unmatched = Vec::new();
        let mut unknown_names = Vec::new();
        let mut ignored = Vec::new();
        let (reqs, soft) =
            self.requirements(q, &mut unmatched, &mut unknown_names, &mut ignored)?;
        result.ignored = ignored;
        let filtered = if q.filters.is_empty() {
            None
        } else {
            Some(self.filtered(&q.filters)?)
        };
        let about_evidence = q.asks_strength || !q.wanted_kinds.is_empty();
        let nothing_known = !unmatched.is_empty() || !unknown_names.is_empty();
        result.general = !nothing_known
            && reqs.iter().all(|r| r.intervention)
            && (about_evidence || !reqs.is_empty());
        // "Kennedy Ball Barlow 2017", "Hoffenkamp 2015": a citation asked for by author and
        // year is about those records, whatever else the question says.
        let cited = self.cited(q);
        result.general &= cited.is_empty();
        let n = self.len();
        let mut direct: RecordSet = if !cited.is_empty() {
            cited
        } else if nothing_known {
            RecordSet::empty(n)
        } else if reqs.is_empty() {
            if about_evidence {
                // "What is the strongest evidence?": evidence on the video-based interventions.
                self.intervention_records(Intervention::VideoFeedback)?
            } else if filtered.is_some() {
                RecordSet::matching(n, |_| true)
            } else {
                RecordSet::empty(n)
            }
        } else {
            let mut it = reqs.iter();
            let first = it.next().map(|r| r.records.clone()).unwrap_or_default();
            it.fold(first, |acc, r| acc.intersection(&r.records))
        };
        if let Some(f) = &filtered {
            direct.retain_in(f);
        }
        let excluded = if q.excluded.is_empty() {
            None
        } else {
            let out = self.excluded_records(q)?;
            direct = RecordSet::matching(n, |o| direct.contains(o) && !out.contains(o));
            Some(out)
        };
        // What does not decide narrows the direct hits where some of them are about it
        // ("Turkish families" among the VIPP-SD trials); what none of them is about ("on the
        // ward") leaves them as they are, and the answer names it.
        let mut required: Vec<String> = reqs.iter().map(|r| r.label.clone()).collect();
        // Narrowing never sets aside every record of a kind asked for ("what does NICE say about
        // adoptive parents" keeps the guideline that does not say "adoptive").
        // A trial of something else is not about the question, though: "any RCT of nurse-led
        // video feedback" with only a protocol of one gets the protocol.
        let has_wanted = |set: &RecordSet| {
            set.iter().any(|o| {
                q.wanted_kinds.contains(&self.kinds[o]) && !self.kinds[o].is_primary_study()
            })
        };
        // Nor does it leave only trial protocols where studies with results answered: a plan
        // never outranks an outcome study on the same question ("covid made us go remote").
        let plans_only = |set: &RecordSet| set.iter().all(|o| self.kinds[o] == Kind::Protocol);
        let plans_asked = q.wanted_kinds.contains(&Kind::Protocol);
        for r in &soft {
            let narrowed = direct.intersection(&r.records);
            if !narrowed.is_empty()
                && (has_wanted(&narrowed) || !has_wanted(&direct))
                && (plans_asked || !plans_only(&narrowed) || plans_only(&direct))
            {
                direct = narrowed;
                if !required.contains(&r.label) {
                    required.push(r.label.clone());
                }
            }
        }
        let mut hits = self.run(q)?;
        if let Some(out) = &excluded {
            hits.retain(|h| !out.contains(h.ord));
        }
        let mut scored = RecordSet::empty(n);
        for h in &hits {
            scored.insert(h.ord);
        }
        for o in direct.iter() {
            if !scored.contains(o) {
                hits.push(Hit {
                    ord: o,
                    score: 0.0,
                    direct: true,
                    matched: Vec::new(),
                });
            }
        }
        // Which requirements and soft requirements a record meets: a bit per requirement.
        let all: Vec<&Requirement> = reqs.iter().chain(&soft).collect();
        let meets = |o: usize| -> u64 {
            all.iter()
                .take(64)
                .enumerate()
                .filter(|(_, r)| r.records.contains(o))
                .fold(0, |m, (i, _)| m | 1 << i)
        };
        let soft_mask: u64 = (reqs.len()..all.len().min(64)).fold(0, |m, i| m | 1 << i);
        for h in &mut hits {
            h.direct = direct.contains(h.ord);
        }
        // Indexed by record, not hashed: at 10,000 records an answer may judge thousands of hits.
        let mut met = vec![0u64; n];
        for h in &hits {
            met[h.ord] = meets(h.ord);
        }
        // A partial hit shares something named with the question, not only a common word; and
        // a question about nothing the knowledge covers gets no partial hits at all.
        if !reqs.is_empty() {
            hits.retain(|h| h.direct || met[h.ord] != 0);
        }
        // (A named other intervention is a concept too, but says nothing the knowledge covers.)
        let covered = q.concepts.iter().any(|c| !c.other);
        if direct.is_empty() && !covered && nothing_known {
            hits.clear();
        }
        // The order, as one key per hit (computed once, not in every comparison): direct first;
        // among direct hits a kind asked for, then the level, then how many soft requirements
        // they meet; then the score, the level, the year and the id.
        // "Any RCT?" with no trial among the direct hits: the protocol of one under way is the
        // nearest thing to what was asked, before a guideline that only mentions the subject.
        let protocol_stands_in = q.wanted_kinds.contains(&Kind::Rct)
            && !direct
                .iter()
                .any(|o| q.wanted_kinds.contains(&self.kinds[o]));
        let wanted = |o: usize| {
            q.wanted_kinds.contains(&self.kinds[o])
                || (protocol_stands_in && self.kinds[o] == Kind::Protocol)
        };
        hits.sort_by_cached_key(|h| {
            let o = h.ord;
            let (w, level, softs) = if h.direct {
                (wanted(o), self.levels[o], (met[o] & soft_mask).count_ones())
            } else {
                // A partial hit that meets more of what was asked ("VIG" and "NICU" of "young
                // dads in NICU") is nearer the question than one that meets a single part.
                (false, 0, met[o].count_ones())
            };
            (
                std::cmp::Reverse(h.direct),
                std::cmp::Reverse(w),
                level,
                std::cmp::Reverse(softs),
                std::cmp::Reverse(OrderedScore(h.score)),
                self.levels[o],
                std::cmp::Reverse(self.years[o]),
                self.id_order[o],
            )
        });
        // What each hit matched, in words, for the hits an answer can show.
        for h in hits.iter_mut().take(MATCHED_SHOWN) {
            let m = met[h.ord];
            h.matched = Vec::new();
            for (_, r) in all
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < 64 && m & (1 << i) != 0)
            {
                // A concept that both decides and narrows ("intrusive") is named once.
                if !h.matched.contains(&r.label) {
                    h.matched.push(r.label.clone());
                }
            }
        }
        result.direct = hits.iter().filter(|h| h.direct).count();
        result.hits = hits;
        result.required = required;
        result.excluded = q.excluded.iter().map(|c| c.text.clone()).collect();
        result.unmatched = unknown_names;
        result
            .unmatched
            .extend(phrases(&q.text, &unmatched, &q.residual));
        Ok(())
    }
}

/// True when a topic of `topics.yaml` is the outcome domain of `outcomes.yaml` under a shorter
/// name ("attachment" and "attachment", "sensitivity" and "parental_sensitivity"), not the people
/// the outcome is measured in ("perinatal_mental_health" and "parental_mental_health").
fn is_same_outcome(topic: &str, domain: &str) -> bool {
    domain == topic
        || domain
            .strip_suffix(topic)
            .is_some_and(|head| head.ends_with('_'))
}

/// The unmatched words as the phrases they stand in, as typed ("panic attacks", "weather in
/// London"): each unmatched word, with the filler words between two of them and the other
/// content words right beside them ("screen time").
fn phrases(text: &str, unmatched: &[String], residual: &[String]) -> Vec<String> {
    let words = analyzer::tokens_at(&mut analyzer::surface_analyzer(), text);
    let is_u = |i: usize| unmatched.contains(&words[i].0);
    let is_r = |i: usize| residual.contains(&words[i].0);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_u(i) {
            i += 1;
            continue;
        }
        let mut start = i;
        if start > 0 && is_r(start - 1) && !is_u(start - 1) {
            start -= 1;
        }
        let mut end = i;
        loop {
            // Another unmatched word after fillers only: one phrase.
            let mut j = end + 1;
            while j < words.len() && is_filler(&words[j].0) && !is_u(j) {
                j += 1;
            }
            if j < words.len() && j - end <= 3 && is_u(j) {
                end = j;
                continue;
            }
            if end + 1 < words.len() && is_r(end + 1) && !is_u(end + 1) {
                end += 1;
            }
            break;
        }
        // As typed, less markup and brackets: "<b>weather</b> in London" is "weather in London".
        let phrase = text[words[start].1..words[end].2]
            .split(|c: char| "<>()[]{}/\\\"*_=|".contains(c) || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        // A phrase already named inside a longer one ("script" after "script alert") adds
        // nothing.
        let inside = |o: &String| format!(" {o} ").contains(&format!(" {phrase} "));
        if !out.iter().any(inside) {
            out.push(phrase);
        }
        i = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmatched_words_read_as_phrases() {
        let u = |ws: &[&str]| ws.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            phrases(
                "what is the weather in London",
                &u(&["weather", "london"]),
                &[]
            ),
            vec!["weather in London"]
        );
        assert_eq!(
            phrases(
                "does CBT help with panic attacks",
                &u(&["panic", "attacks"]),
                &u(&["cbt"])
            ),
            vec!["panic attacks"]
        );
        assert_eq!(
            phrases(
                "EMDR for PTSD and theraplay",
                &u(&["emdr", "theraplay"]),
                &[]
            ),
            vec!["EMDR", "theraplay"]
        );
        assert_eq!(
            phrases(
                "screen time for toddlers",
                &u(&["screen"]),
                &u(&["screen", "time"])
            ),
            vec!["screen time"]
        );
    }
}
