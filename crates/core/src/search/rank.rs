//! Which records are about a question, and in what order they come.
//!
//! A record is about a concept when it has it, or a narrower one: in its tags, its
//! intervention, its findings' domains, or named where a record says what it studied (title,
//! keywords, population, intervention, the outcomes it measured). Concepts of one facet that
//! share a parent are alternatives ("VIG or VERP", "cortisol, HRV"); the others must all hold.
//! A concept no record has gets the honest sentence, and nothing is listed. Words that are not
//! concepts only order the records.
//!
//! The order follows the task: for an effect, peer-reviewed syntheses, then RCTs, then
//! guidelines that recommend the intervention, then other studies, then the rest; for a
//! recommendation, guidelines first by what they say. Within the same standing, the record
//! whose own population is the question's comes first, then the better word match.

use crate::knowledge::model::{Kind, PeerReview, Stance};
use crate::knowledge::{Facet, Task};
use crate::understand::{Mention, Question};

use super::index::SearchIndex;
use super::order_key::OrderKey;
use super::set::RecordSet;
use super::spelling::replace_words;
use super::{Apart, Excluded, Hit, Nearest, SearchResult};

/// A concept that more than this share of records have says little; it decides only when
/// nothing more specific does.
const BROAD_SHARE: f32 = 0.30;

/// The same for an intervention: a knowledge base of video feedback is mostly about a few
/// programmes, and the one asked about ("has VIG been evaluated in ...") still decides; only
/// the umbrella that nearly every record has does not.
const BROAD_INTERVENTION_SHARE: f32 = 0.60;

/// How many publication years, up to the newest in the knowledge, "recent" means.
const RECENT_YEARS: u16 = 5;

/// Below this many records no concept counts as broad.
const MIN_SHARED: usize = 10;

/// Concepts the question names, in groups of alternatives, and the records of each group.
struct Group<'a> {
    mentions: Vec<&'a Mention>,
    records: RecordSet,
    /// Records that have only a broader intervention (a review of video feedback in general,
    /// for a question about VIG).
    general: RecordSet,
    facet: Facet,
    /// A group that orders the records but does not decide (a broad concept, an outcome beside
    /// whom the question is about).
    soft: bool,
}

impl SearchIndex {
    /// Searches. Never fails: an internal search error is logged and yields no hits.
    pub fn search(&self, text: &str) -> SearchResult {
        let mut q = self.reader.read(text);
        // "The latest research": the last five years of what the knowledge holds, strongest
        // first as always (a year typed beside the request says which years instead).
        if q.recent && q.filters.year_from.is_none() {
            q.filters.year_from = self
                .years
                .iter()
                .max()
                .map(|y| y.saturating_sub(RECENT_YEARS - 1));
        }
        let mut result = SearchResult::default();
        let fixes: Vec<(String, String)> = self
            .unrecognised(&q)
            .iter()
            .filter_map(|w| self.correction(w).map(|c| (w.clone(), c)))
            .collect();
        if !fixes.is_empty() {
            let fixed = replace_words(&q.raw, &fixes);
            let again = self.reader.read(&fixed);
            // Kept when the corrected words are read as concepts, not as unknown words.
            if self.unrecognised(&again).len() < self.unrecognised(&q).len()
                && again.all_concepts().count() > 0
            {
                q = again;
                result.corrected = Some(fixed);
                result.spelling = fixes;
            }
        }
        result.unrecognised = self.unrecognised(&q);
        if let Err(err) = self.judge(&q, &mut result) {
            tracing::error!(error = %err, "search failed");
            result.hits.clear();
        }
        result.direct = result.hits.len();
        result.question = q;
        result
    }

    /// The records of one concept the question names: those that have it or a narrower one;
    /// for an intervention, also the syntheses and guidelines of a broader one.
    fn mention_records(&self, m: &Mention) -> (RecordSet, RecordSet) {
        let mut set = RecordSet::empty(self.len());
        let mut general = RecordSet::empty(self.len());
        let vocab = self.reader.vocabulary();
        for &c in &m.concepts {
            set.extend(&self.concept_records[c]);
            // Most records from the United Kingdom do not say which nation: one that names
            // only the country counts for a question about England.
            if vocab.facet(c) == Facet::Country {
                for o in 0..self.len() {
                    if self.countries[o]
                        .iter()
                        .any(|&d| vocab.is_under(c, d as usize))
                    {
                        set.insert(o);
                    }
                }
            }
            if vocab.facet(c) == Facet::Intervention {
                for a in vocab.ancestors(c).skip(1) {
                    let wide = self.concept_records[a].iter().filter(|&o| {
                        !self.kinds[o].is_primary_study()
                            && self.interventions[o].is_some_and(|i| vocab.is_under(c, i))
                    });
                    for o in wide {
                        general.insert(o);
                    }
                }
            }
        }
        general = RecordSet::matching(self.len(), |o| general.contains(o) && !set.contains(o));
        (set, general)
    }

    /// The question's concepts in groups of alternatives: concepts of one facet where one is
    /// broader than the other or they share a parent ("VIG, VERP", "cortisol, HRV"), countries,
    /// concepts joined by "or", and lists of one facet ("PND, preterm and neglect"). A group's
    /// records are those of any of its concepts.
    fn groups<'a>(&self, q: &'a Question) -> Vec<Group<'a>> {
        let vocab = self.reader.vocabulary();
        let kin = |a: usize, b: usize| {
            vocab.is_under(a, b)
                || vocab.is_under(b, a)
                || vocab
                    .concept(a)
                    .broader
                    .iter()
                    .any(|p| vocab.concept(b).broader.contains(p))
        };
        let related = |x: &Mention, m: &Mention| {
            x.facet == m.facet
                && (m.facet == Facet::Country
                    || x.concepts
                        .iter()
                        .any(|&a| m.concepts.iter().any(|&b| kin(a, b))))
        };
        let mut members: Vec<Vec<&'a Mention>> = Vec::new();
        for (i, m) in q.concepts.iter().enumerate() {
            let previous = i.checked_sub(1).map(|p| &q.concepts[p]);
            let after = |p: &Mention, g: &[&Mention]| g.iter().any(|x| std::ptr::eq(*x, p));
            let joins = members.iter_mut().find(|g| {
                g.iter().any(|x| related(x, m))
                    || previous.is_some_and(|p| {
                        let whom = |f: Facet| matches!(f, Facet::Population | Facet::Setting);
                        let kin_facets = p.facet == m.facet || (whom(p.facet) && whom(m.facet));
                        after(p, g)
                            && ((m.or_previous && kin_facets) || (m.listed && p.facet == m.facet))
                    })
            });
            match joins {
                Some(g) => g.push(m),
                None => members.push(vec![m]),
            }
        }
        let mut groups: Vec<Group<'a>> = members
            .into_iter()
            .map(|mentions| {
                let mut records = RecordSet::empty(self.len());
                let mut general = RecordSet::empty(self.len());
                for m in &mentions {
                    let (r, g) = self.mention_records(m);
                    records.extend(&r);
                    general.extend(&g);
                }
                general = RecordSet::matching(self.len(), |o| {
                    general.contains(o) && !records.contains(o)
                });
                Group {
                    facet: mentions[0].facet,
                    mentions,
                    records,
                    general,
                    soft: false,
                }
            })
            .collect();
        let n = self.len() as f32;
        let size = |g: &Group| g.records.len() + g.general.len();
        let specific = |g: &Group| {
            let share = if g.facet == Facet::Intervention {
                BROAD_INTERVENTION_SHARE
            } else {
                BROAD_SHARE
            };
            size(g) <= ((n * share) as usize).max(MIN_SHARED)
        };
        if groups.iter().any(specific) {
            for g in &mut groups {
                g.soft = !specific(g);
            }
        }
        // A concept the scheme says does not narrow (mothers: most studies are of them, though
        // they say "parents") orders the records.
        for g in &mut groups {
            if g.mentions
                .iter()
                .all(|m| m.concepts.iter().all(|&c| !vocab.concept(c).narrows))
            {
                g.soft = true;
            }
        }
        // The story around a question orders the records; when the question itself says whom
        // or where it asks about, and records cover that, it decides ("Grandparents have an
        // SGO ... mum misused alcohol ... Anything on VIG with kinship carers?"). A question
        // that names no one leaves whom to the story ("Dad with PND. Does VIG help?").
        if self.asks_whom(q) {
            for g in groups
                .iter_mut()
                .filter(|g| g.mentions.iter().all(|m| !m.asked))
            {
                g.soft = true;
            }
        }
        // What a question hopes to change orders the records about whom it asks.
        let whom = |g: &Group| !g.soft && matches!(g.facet, Facet::Population | Facet::Setting);
        if groups.iter().any(whom) {
            for g in groups.iter_mut().filter(|g| g.facet == Facet::Outcome) {
                g.soft = true;
            }
        }
        groups
    }

    /// Whether the question's own sentence says whom or where it asks about, and records cover
    /// that, while other sentences tell a story around it.
    fn asks_whom(&self, q: &Question) -> bool {
        q.concepts.iter().any(|m| !m.asked)
            && q.concepts.iter().any(|m| {
                m.asked
                    && matches!(m.facet, Facet::Population | Facet::Setting)
                    && !self.mention_records(m).0.is_empty()
            })
    }

    fn judge(&self, q: &Question, result: &mut SearchResult) -> tantivy::Result<()> {
        let n = self.len();
        let vocab = self.reader.vocabulary();
        let filtered = if q.filters.is_empty() {
            RecordSet::matching(n, |_| true)
        } else {
            self.filtered(&q.filters)?
        };
        let groups = self.groups(q);
        let named = self.named(q);
        // "Managing type 1 diabetes in toddlers": whom it names, records cover; what it asks
        // about, no record mentions. A question that names no intervention, outcome or kind of
        // evidence of its own, and has words of its own no record contains, is about something
        // else.
        let whom_only = groups
            .iter()
            .all(|g| matches!(g.facet, Facet::Population | Facet::Setting | Facet::Country))
            && q.soft.len() + q.concepts.len() > 0
            && q.kinds.is_empty()
            && q.task == Task::Effect;
        let foreign: Vec<&String> = q
            .candidates
            .iter()
            .filter(|w| w.chars().all(char::is_lowercase) && !self.knows_word(w))
            .collect();
        let uncovered = groups
            .iter()
            .any(|g| g.records.is_empty() && g.general.is_empty());
        if whom_only && !uncovered && !foreign.is_empty() && named.is_empty() {
            result.elsewhere = true;
            return Ok(());
        }
        let mut general = RecordSet::empty(n);
        let mut direct = if !named.is_empty() {
            named
        } else if groups.is_empty() {
            let asks =
                !q.kinds.is_empty() || q.task != Task::Effect || !q.filters.is_empty() || q.recent;
            result.no_concept = !asks && q.excluded.is_empty();
            match vocab.index("video_feedback") {
                Some(vf) if asks && q.filters.is_empty() => self.concept_records[vf].clone(),
                _ if asks => RecordSet::matching(n, |_| true),
                _ => RecordSet::empty(n),
            }
        } else if groups
            .iter()
            .any(|g| !g.soft && g.records.is_empty() && g.general.is_empty())
        {
            let uncovered: Vec<&Mention> = groups
                .iter()
                .filter(|g| !g.soft && g.records.is_empty() && g.general.is_empty())
                .flat_map(|g| g.mentions.iter().copied())
                .filter(|m| self.mention_records(m).0.is_empty())
                .collect();
            // What the question itself asks about is named; the story around it only when the
            // question names nothing uncovered ("Mum has ADHD. Would VIG help?").
            let asked = uncovered.iter().any(|m| m.asked);
            for m in uncovered.into_iter().filter(|m| m.asked || !asked) {
                let c = m.concepts[0];
                // In English whatever the reply's language: the gap log groups by these names.
                result.unmatched.push(vocab.concept(c).label.clone());
                if let Some(near) = self.nearest(c) {
                    result.nearest.push(near);
                }
            }
            RecordSet::empty(n)
        } else {
            let hard: Vec<&Group> = groups.iter().filter(|g| !g.soft).collect();
            let mut set = RecordSet::matching(n, |_| true);
            for g in &hard {
                let mut either = g.records.clone();
                either.extend(&g.general);
                set.retain_in(&either);
            }
            for g in &hard {
                general.extend(&g.general);
            }
            if set.is_empty() {
                result.apart = hard
                    .iter()
                    .map(|g| Apart {
                        labels: self.group_labels(g),
                        records: g.records.len() + g.general.len(),
                    })
                    .collect();
            }
            set
        };
        direct.retain_in(&filtered);
        for m in &q.excluded {
            let out = self.excluded_records(m, q);
            direct = RecordSet::matching(n, |o| direct.contains(o) && !out.contains(o));
        }
        result.excluded = q
            .excluded
            .iter()
            .map(|m| self.excluded_label(m, q))
            .collect();
        result.required = groups
            .iter()
            .filter(|g| !g.soft)
            .map(|g| self.group_labels(g))
            .collect();
        result.hits = self.order(q, &groups, &direct, &general)?;
        result.part_labels = groups.iter().map(|g| self.group_labels(g)).collect();
        Ok(())
    }

    /// The records left out for a concept the question says it is not about. An intervention
    /// left out beside one asked for ("VIG, not all video feedback") leaves out only the
    /// records of that intervention that are not the one asked for.
    fn excluded_records(&self, m: &Mention, q: &Question) -> RecordSet {
        let asked: Vec<usize> = q
            .concepts
            .iter()
            .filter(|x| x.facet == Facet::Intervention && m.facet == Facet::Intervention)
            .flat_map(|x| x.concepts.iter().copied())
            .collect();
        let (set, _) = self.mention_records(m);
        let vocab = self.reader.vocabulary();
        RecordSet::matching(self.len(), |o| {
            set.contains(o)
                && !asked
                    .iter()
                    .any(|&a| self.interventions[o].is_some_and(|i| vocab.is_under(i, a)))
        })
    }

    /// The nearest broader concept that records have, and how many: said under "nothing in
    /// the knowledge is about ADHD".
    fn nearest(&self, c: usize) -> Option<Nearest> {
        let vocab = self.reader.vocabulary();
        vocab
            .ancestors(c)
            .skip(1)
            .find(|&a| !self.concept_records[a].is_empty())
            .map(|a| Nearest {
                id: vocab.concept(a).id.clone(),
                label: self.concept_name(a),
                records: self.concept_records[a].len(),
            })
    }

    /// What an answer says it left out: the concept, and for an intervention broader than one
    /// asked for, the narrower ones kept ("video feedback" other than "VIG").
    fn excluded_label(&self, m: &Mention, q: &Question) -> Excluded {
        let vocab = self.reader.vocabulary();
        let except: Vec<String> = q
            .concepts
            .iter()
            .filter(|x| x.facet == Facet::Intervention && m.facet == Facet::Intervention)
            .filter(|x| {
                x.concepts
                    .iter()
                    .any(|&a| m.concepts.iter().any(|&b| a != b && vocab.is_under(a, b)))
            })
            .map(|x| self.label(x))
            .collect();
        Excluded {
            label: self.label(m),
            except,
        }
    }

    /// A concept as the bot names it: its preferred label.
    pub(crate) fn label(&self, m: &Mention) -> String {
        self.concept_name(m.concepts[0])
    }

    /// A concept as the bot names it in the reply's language: its first label there, else its
    /// preferred label.
    fn concept_name(&self, c: usize) -> String {
        self.reader.concept_name(c, crate::locale::current())
    }

    fn group_labels(&self, g: &Group) -> Vec<String> {
        g.mentions.iter().map(|m| self.label(m)).collect()
    }

    /// The direct records in the task's order, each with what it matched.
    fn order(
        &self,
        q: &Question,
        groups: &[Group],
        direct: &RecordSet,
        general: &RecordSet,
    ) -> tantivy::Result<Vec<Hit>> {
        let scores = self.run(q)?;
        let mut score = vec![0.0f32; self.len()];
        for (o, s) in scores {
            score[o] = s;
        }
        let asked: Vec<usize> = q.all_concepts().collect();
        let vocab = self.reader.vocabulary();
        // Per concept of the scheme, which asked concepts it falls under: worked out once per
        // question, not once per record and population concept.
        let under: Vec<Vec<usize>> = (0..vocab.len())
            .map(|p| {
                (0..asked.len())
                    .filter(|&a| vocab.is_under(p, asked[a]))
                    .collect()
            })
            .collect();
        let own = |o: usize| {
            if asked.len() > 64 {
                // More concepts than the flags below hold: counted the long way.
                return asked
                    .iter()
                    .filter(|&&c| {
                        self.population[o]
                            .iter()
                            .any(|&p| vocab.is_under(p as usize, c))
                    })
                    .count();
            }
            let mut hit = [false; 64];
            for &p in &self.population[o] {
                for &a in under.get(p as usize).map_or(&[][..], Vec::as_slice) {
                    if let Some(h) = hit.get_mut(a) {
                        *h = true;
                    }
                }
            }
            hit.iter().filter(|h| **h).count()
        };
        // How many of the deciding concepts a record is about, rather than only mentions.
        let hard: Vec<Vec<usize>> = groups
            .iter()
            .filter(|g| !g.soft)
            .map(|g| {
                g.mentions
                    .iter()
                    .flat_map(|m| m.concepts.iter().copied())
                    .collect()
            })
            .collect();
        let about = |o: usize| {
            hard.iter()
                .filter(|cs| cs.iter().any(|&c| self.primary_records[c].contains(o)))
                .count()
        };
        let soft: Vec<&Group> = groups.iter().filter(|g| g.soft).collect();
        let soft_met = |o: usize| {
            let groups = soft.iter().filter(|g| g.records.contains(o)).count();
            let professions = q
                .soft
                .iter()
                .filter(|m| {
                    m.concepts
                        .iter()
                        .any(|&c| self.concept_records[c].contains(o))
                })
                .count();
            groups + professions
        };
        let mut hits: Vec<Hit> = direct
            .iter()
            .map(|o| Hit {
                ord: o,
                score: score[o],
                direct: true,
                general: general.contains(o),
                // The parts it matched, as bits: their labels are read only for the hits shown.
                parts: groups
                    .iter()
                    .take(64)
                    .enumerate()
                    .filter(|(_, g)| g.records.contains(o))
                    .fold(0u64, |bits, (i, _)| bits | 1 << i),
            })
            .collect();
        hits.sort_by_cached_key(|h| {
            let o = h.ord;
            let t = &self.traits[o];
            let key = OrderKey {
                not_kind_asked: !q.kinds.contains(&self.kinds[o]),
                not_answering: !t.answers(q.task),
                sample: if q.task == Task::Largest { t.sample } else { 0 },
                about: about(o),
                standing: self.standing(o, q.task),
                own: own(o),
                soft_met: soft_met(o),
                general: h.general,
                score: h.score,
                level: self.levels[o],
                year: self.years[o],
            };
            (key.packed(), self.id_order[o])
        });
        Ok(hits)
    }

    /// Where a record stands for a task: for an effect, peer-reviewed syntheses (0), RCTs (1),
    /// pilot RCTs (2), guidelines that recommend or advise considering the intervention (3),
    /// other studies (4), the rest (5). For the evidence as a whole, those guidelines first; for
    /// a recommendation, guidelines first by what they say; for experience, qualitative studies
    /// and evaluations first.
    fn standing(&self, o: usize, task: Task) -> u8 {
        let t = &self.traits[o];
        let kind = self.kinds[o];
        let supports = matches!(t.stance, Some(Stance::Recommends | Stance::Considers));
        let effect = match kind {
            Kind::SystematicReview | Kind::MetaAnalysis if t.peer == Some(PeerReview::Yes) => 0,
            Kind::Rct => 1,
            Kind::PilotRct => 2,
            Kind::Guideline if supports => 3,
            Kind::Cohort
            | Kind::ControlledStudy
            | Kind::Qualitative
            | Kind::ServiceEvaluation
            | Kind::PrePost => 4,
            _ => 5,
        };
        match task {
            Task::Recommendation | Task::Currency if kind == Kind::Guideline => match t.stance {
                Some(Stance::Recommends) => 0,
                Some(Stance::Considers) => 1,
                Some(Stance::ResearchRecommendation) => 3,
                _ => 2,
            },
            Task::Recommendation | Task::Currency => 4 + effect,
            Task::Overall if kind == Kind::Guideline && supports => 0,
            Task::Overall => 1 + effect,
            Task::Experience => match kind {
                Kind::Qualitative | Kind::ServiceEvaluation | Kind::PrePost => 0,
                _ => 1 + effect,
            },
            _ => effect,
        }
    }
}
