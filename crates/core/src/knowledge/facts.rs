//! The facts about a study that questions about the evidence as a whole are answered from:
//! whether a review was peer-reviewed, a guideline's status and stance, how many were
//! randomised and analysed, the dose, who delivered it, attrition, harms and cost. Each is
//! filled where the source says so and left empty where it does not; never guessed.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::IntoStaticStr;

/// Whether a review went through peer review before publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum PeerReview {
    /// Published in a peer-reviewed journal or by a body that peer-reviews (Cochrane, NIHR).
    Yes,
    /// Not peer-reviewed (a student dissertation, a practitioners' e-journal without review).
    No,
    /// The source does not say.
    Unclear,
}

/// A guideline's status on its publisher's page, when someone last looked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum GuidelineStatus {
    /// In force, as published or last updated.
    Current,
    /// Replaced in part by an update (the record describes the version it names).
    Updated,
    /// Withdrawn or replaced as a whole.
    Withdrawn,
    /// In force, with a surveillance review deciding whether to update it.
    UnderSurveillance,
}

/// What a guideline's finding says about video feedback.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Stance {
    /// It recommends it ("offer", "should").
    Recommends,
    /// It says to consider it ("consider").
    Considers,
    /// A research recommendation: it is not known whether it works. Never counted as support.
    ResearchRecommendation,
    /// The guideline covers the subject but does not name video feedback.
    NotNamed,
}

/// The dose: sessions, as a number or a range, and the programme's length in weeks.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Sessions {
    /// Sessions (the lower end of a range).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u16>,
    /// The upper end of a range; empty for a fixed number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u16>,
    /// The programme's length in weeks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weeks: Option<u16>,
    /// What the source says, in a few words ("6 home visits over 3 months plus 2 boosters").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The share lost to follow-up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Attrition {
    /// The share of those randomised (or enrolled) with no outcome at the primary time point,
    /// 0 to 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// What the source says ("14 of 140 lost by 12 months").
    pub text: String,
}

/// What a study reported on harms.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AdverseEvents {
    /// none_reported, reported or not_reported.
    pub reported: Harms,
    /// What the source says.
    pub text: String,
}

/// Whether harms were looked for and found.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Harms {
    /// The study looked and reported none.
    NoneReported,
    /// The study reported adverse events (the text says which).
    Reported,
    /// The source does not say.
    #[default]
    NotReported,
}

/// A published cost.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Cost {
    /// The cost per family.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_family: Option<f64>,
    /// Its currency, an ISO 4217 code ("GBP").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub currency: String,
    /// The year the prices are from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_year: Option<u16>,
    /// The cost-effectiveness result, as published ("£X per QALY; 60% probability of being
    /// cost-effective at £20,000").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub result: String,
}
