//! The findings of a record: a statement with its outcome, direction, effect size and the other
//! numbers a practitioner quotes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{is_true, yes, Stance};

/// One finding: a statement in plain words, with optional numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Finding {
    /// The finding in one or two plain sentences.
    pub statement: String,
    /// The outcome measured, e.g. "parental sensitivity (CARE-Index)".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The outcome domain: an id from `outcomes.yaml` ("parental_sensitivity").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Which way the result went, relative to the intervention's aim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Effect size and its type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effect: Option<Effect>,
    /// 95% confidence interval, [low, high].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ci: Option<[f64; 2]>,
    /// p value as the source gives it: "0.069", "<0.001".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[<>=≤≥]?\s*0?\.\d+$"))]
    pub p: Option<String>,
    /// Whether the source calls the result statistically significant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub significant: Option<bool>,
    /// GRADE certainty, as a review reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub certainty: Option<Certainty>,
    /// For a guideline: what it says about video feedback.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// A result on the trial's primary outcome. A trial is null when no primary finding
    /// improved, and mixed when some did.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub primary: bool,
    /// The address of the source the numbers were read from (one of the record's `sources`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// False when no source confirmed this finding.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    #[schemars(default = "yes")]
    pub verified: bool,
}

impl Default for Finding {
    fn default() -> Self {
        Finding {
            statement: String::new(),
            outcome: None,
            domain: None,
            direction: None,
            effect: None,
            ci: None,
            p: None,
            significant: None,
            certainty: None,
            stance: None,
            primary: false,
            source: None,
            verified: true,
        }
    }
}

impl Finding {
    /// True when the finding carries any number a practitioner can quote.
    pub fn has_numbers(&self) -> bool {
        self.effect.is_some() || self.ci.is_some() || self.p.is_some()
    }

    /// True when the finding reports a result (numbers or significance), and so must say which
    /// outcome domain it is about and which way it went.
    pub fn reports_result(&self) -> bool {
        self.has_numbers() || self.significant.is_some()
    }
}

/// Which way a finding went, relative to what the intervention aims at: less stress or
/// depression counts as `improved`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The result favoured the intervention.
    Improved,
    /// No difference, or a difference that was not statistically significant.
    NoDifference,
    /// The result favoured the comparison group.
    Worse,
    /// Some measures or subgroups improved, others did not.
    Mixed,
}

impl Direction {
    /// Plain words: "improved", "no significant difference".
    pub fn label(self) -> &'static str {
        match self {
            Direction::Improved => "improved",
            Direction::NoDifference => "no significant difference",
            Direction::Worse => "worse",
            Direction::Mixed => "mixed",
        }
    }
}

/// An effect size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// The kind of effect size.
    #[serde(rename = "type")]
    pub kind: EffectType,
    /// Its value; with `to`, the low end of the range a study reports over several measures or
    /// groups ("d .24 to .60").
    pub value: f64,
    /// The high end of that range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<f64>,
}

impl Effect {
    /// The value alone as sources print it: "0.86", "0.24 to 0.60", "41%".
    pub fn value_text(&self) -> String {
        // Both ends of a range with the same decimals, as printed: "0.24 to 0.60".
        let places = |x: f64| format!("{x}").split_once('.').map_or(0, |(_, f)| f.len());
        let (low, high) = match self.to {
            Some(to) => {
                let p = places(self.value).max(places(to));
                let fixed = |x: f64| {
                    let s = format!("{x:.p$}");
                    s.strip_prefix('-').map_or(s.clone(), |r| format!("−{r}"))
                };
                (fixed(self.value), Some(fixed(to)))
            }
            None => (num(self.value), None),
        };
        let pct = if self.kind == EffectType::Percent {
            "%"
        } else {
            ""
        };
        let value = match high {
            Some(high) => format!("{low}{pct} to {high}{pct}"),
            None => format!("{low}{pct}"),
        };
        value
    }

    /// As a practitioner quotes it: "d = 0.86", "d = 0.24 to 0.60", "41%".
    pub fn display(&self) -> String {
        let value = self.value_text();
        if self.kind == EffectType::Percent {
            value
        } else {
            format!("{} = {value}", self.kind.label())
        }
    }
}

/// A number as sources print it, with a true minus sign: "0.86", "−0.12".
pub fn num(v: f64) -> String {
    let s = format!("{v}");
    match s.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => s,
    }
}

/// Kinds of effect size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EffectType {
    /// Cohen's d.
    D,
    /// Hedges' g.
    G,
    /// Standardised mean difference.
    Smd,
    /// Mean difference.
    Md,
    /// Correlation.
    R,
    /// Odds ratio.
    Or,
    /// Risk ratio.
    Rr,
    /// Hazard ratio.
    Hr,
    /// A percentage.
    Percent,
}

impl EffectType {
    /// How the effect is written in a reply: "d", "SMD", "OR".
    pub fn label(self) -> &'static str {
        match self {
            EffectType::D => "d",
            EffectType::G => "g",
            EffectType::Smd => "SMD",
            EffectType::Md => "MD",
            EffectType::R => "r",
            EffectType::Or => "OR",
            EffectType::Rr => "RR",
            EffectType::Hr => "HR",
            EffectType::Percent => "%",
        }
    }
}

/// GRADE certainty of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// High certainty.
    High,
    /// Moderate certainty.
    Moderate,
    /// Low certainty.
    Low,
    /// Very low certainty.
    VeryLow,
}

impl Certainty {
    /// Plain words: "moderate certainty".
    pub fn label(self) -> &'static str {
        match self {
            Certainty::High => "high certainty",
            Certainty::Moderate => "moderate certainty",
            Certainty::Low => "low certainty",
            Certainty::VeryLow => "very low certainty",
        }
    }
}
