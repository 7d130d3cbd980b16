//! The kinds of work a record describes, and the evidence ladder they are ordered on.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

/// The kind of work; it decides the evidence level.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    IntoStaticStr,
    EnumIter,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    /// A national or professional guideline.
    Guideline,
    /// A systematic review.
    SystematicReview,
    /// A meta-analysis.
    MetaAnalysis,
    /// A randomised controlled trial.
    Rct,
    /// A pilot or feasibility randomised trial.
    PilotRct,
    /// A cohort or other observational study.
    Cohort,
    /// A non-randomised controlled study: an intervention group compared with a comparison
    /// group that was not randomly allocated (quasi-experimental).
    ControlledStudy,
    /// A qualitative study.
    Qualitative,
    /// A service evaluation.
    ServiceEvaluation,
    /// An uncontrolled before-and-after (pre-post) study of one group.
    PrePost,
    /// A report.
    Report,
    /// A book.
    Book,
    /// A chapter in an edited book.
    Chapter,
    /// A journal or magazine article that is not a study.
    #[default]
    Article,
    /// A trial protocol.
    Protocol,
    /// A journal as a whole.
    Journal,
}

impl Kind {
    /// The name as written in YAML and in `kind:` filters.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// A study of its own sample (a trial, a cohort, an evaluation, a protocol of one), not a
    /// review, guideline, book or report that covers many groups.
    pub fn is_primary_study(self) -> bool {
        use Kind::*;
        matches!(
            self,
            Rct | PilotRct
                | Cohort
                | ControlledStudy
                | Qualitative
                | ServiceEvaluation
                | PrePost
                | Protocol
        )
    }

    /// Every kind, in ladder order (strongest first).
    pub fn all() -> impl Iterator<Item = Kind> {
        <Kind as IntoEnumIterator>::iter()
    }

    /// Parses a kind name; also accepts a few everyday spellings ("review", "trial", "sr").
    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let kind = match s.as_str() {
            "guideline" | "guidelines" | "guidance" | "nice" => Kind::Guideline,
            "systematic_review" | "review" | "reviews" | "sr" => Kind::SystematicReview,
            "meta_analysis" | "metaanalysis" | "meta" => Kind::MetaAnalysis,
            "rct" | "rcts" | "trial" | "trials" => Kind::Rct,
            "pilot_rct" | "pilot" | "feasibility" => Kind::PilotRct,
            "controlled" | "non_randomised" | "non_randomized" | "quasi_experimental" => {
                Kind::ControlledStudy
            }
            "prepost" | "before_after" | "uncontrolled" => Kind::PrePost,
            _ => return s.parse().ok(),
        };
        Some(kind)
    }

    /// The evidence level: 1 (strongest) to 6. One documented ladder (knowledge/README.md).
    pub fn evidence_level(self) -> u8 {
        match self {
            Kind::Guideline => 1,
            Kind::SystematicReview | Kind::MetaAnalysis => 2,
            Kind::Rct => 3,
            Kind::PilotRct | Kind::Cohort | Kind::ControlledStudy => 4,
            Kind::Qualitative | Kind::ServiceEvaluation | Kind::PrePost => 5,
            Kind::Report
            | Kind::Book
            | Kind::Chapter
            | Kind::Article
            | Kind::Protocol
            | Kind::Journal => 6,
        }
    }

    /// The shortest name of the kind, for a badge on a phone: "Review", "Before-after".
    pub fn short_label(self) -> &'static str {
        match self {
            Kind::Guideline => "Guideline",
            Kind::SystematicReview => "Review",
            Kind::MetaAnalysis => "Meta-analysis",
            Kind::Rct => "RCT",
            Kind::PilotRct => "Pilot RCT",
            Kind::Cohort => "Cohort",
            Kind::ControlledStudy => "Controlled",
            Kind::Qualitative => "Qualitative",
            Kind::ServiceEvaluation => "Evaluation",
            Kind::PrePost => "Before-after",
            Kind::Report => "Report",
            Kind::Book => "Book",
            Kind::Chapter => "Chapter",
            Kind::Article => "Article",
            Kind::Protocol => "Protocol",
            Kind::Journal => "Journal",
        }
    }

    /// A short label for the kind, as shown on each result: "Pilot RCT".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Guideline => "Guideline",
            Kind::SystematicReview => "Systematic review",
            Kind::MetaAnalysis => "Meta-analysis",
            Kind::Rct => "RCT",
            Kind::PilotRct => "Pilot RCT",
            Kind::Cohort => "Cohort study",
            Kind::ControlledStudy => "Controlled study",
            Kind::Qualitative => "Qualitative study",
            Kind::ServiceEvaluation => "Service evaluation",
            Kind::PrePost => "Before-after study",
            Kind::Report => "Report",
            Kind::Book => "Book",
            Kind::Chapter => "Book chapter",
            Kind::Article => "Article",
            Kind::Protocol => "Trial protocol",
            Kind::Journal => "Journal",
        }
    }
}

/// The label of an evidence level (1 to 6).
pub fn level_label(level: u8) -> &'static str {
    match level {
        1 => "Guideline",
        2 => "Systematic review",
        3 => "RCT",
        4 => "Pilot RCT, cohort or controlled study",
        5 => "Qualitative, service evaluation or before-after study",
        _ => "Report, book or other",
    }
}
