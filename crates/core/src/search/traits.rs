//! The facts about each record that ordering needs, worked out once per knowledge version:
//! whether a review was peer-reviewed, what a guideline says, the sample, and which questions
//! about the evidence as data a record can answer.

use crate::knowledge::model::{Direction, PeerReview, Record, Stance};
use crate::knowledge::Task;

/// What ordering needs to know of one record.
#[derive(Debug, Clone, Default)]
pub(crate) struct Traits {
    /// For a review: whether it was peer-reviewed.
    pub peer: Option<PeerReview>,
    /// For a guideline: the most supportive thing its findings say about video feedback.
    pub stance: Option<Stance>,
    /// How many took part (randomised, or the sample).
    pub sample: u32,
    null: bool,
    harms: bool,
    dose: bool,
    delivered: bool,
    guideline: bool,
    cost: bool,
    attrition: bool,
    certainty: bool,
}

impl Traits {
    /// The facts of a record.
    pub fn of(r: &Record) -> Traits {
        let in_domain = |d: &str| r.findings.iter().any(|f| f.domain.as_deref() == Some(d));
        let primary: Vec<_> = r.findings.iter().filter(|f| f.primary).collect();
        let results = if primary.is_empty() {
            r.findings.iter().collect()
        } else {
            primary
        };
        Traits {
            peer: r.peer_reviewed,
            stance: r.findings.iter().filter_map(|f| f.stance).min(),
            // A review's sample counts studies, not people.
            sample: if r.kind.is_primary_study() {
                r.n_randomised
                    .or_else(|| r.sample.as_ref().and_then(|s| s.n))
                    .unwrap_or(0)
            } else {
                0
            },
            null: r.kind.is_primary_study()
                && results
                    .iter()
                    .any(|f| f.direction == Some(Direction::NoDifference))
                && !results
                    .iter()
                    .any(|f| f.primary && f.direction == Some(Direction::Improved)),
            harms: r.adverse_events.is_some(),
            dose: r.sessions.is_some(),
            delivered: !r.delivered_by.is_empty(),
            guideline: r.kind == crate::knowledge::Kind::Guideline,
            cost: r.cost.is_some() || in_domain("costs"),
            attrition: r.attrition.is_some() || in_domain("feasibility"),
            certainty: r.findings.iter().any(|f| f.certainty.is_some()),
        }
    }

    /// Whether the record answers a question about the evidence as data of this task (for the
    /// other tasks, every record does).
    pub fn answers(&self, task: Task) -> bool {
        match task {
            Task::Largest => self.sample > 0,
            Task::Null => self.null,
            Task::Harms => self.harms,
            Task::Dose => self.dose,
            Task::DeliveredBy => self.delivered,
            Task::Currency => self.guideline,
            Task::Cost => self.cost,
            Task::Attrition => self.attrition,
            Task::Certainty => self.certainty,
            _ => true,
        }
    }
}
