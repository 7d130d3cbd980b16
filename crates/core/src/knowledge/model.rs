//! The serde types of a knowledge record: what an admin writes in one YAML file.
//!
//! Every field is optional at the serde level (`#[serde(default)]`) so that the loader can report
//! *all* missing required fields of a file at once instead of stopping at the first; the loader
//! checks required fields itself (see [`REQUIRED_FIELDS`]). `deny_unknown_fields` turns a typo
//! such as `sumary:` into an error instead of a silently ignored key.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use strum::IntoStaticStr;

mod finding;
mod kind;

pub use super::facts::{
    AdverseEvents, Attrition, Cost, GuidelineStatus, Harms, PeerReview, Sessions, Stance,
};
pub use finding::{num, Certainty, Direction, Effect, EffectType, Finding};
pub use kind::{level_label, Kind};

/// Fields a record must have (the JSON Schema lists them as required too).
pub const REQUIRED_FIELDS: &[&str] = &[
    "id",
    "kind",
    "status",
    "title",
    "authors",
    "year",
    "intervention",
    "topics",
    "summary",
];

/// One study, review, guideline, book or report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[schemars(title = "evidence-bot knowledge record")]
pub struct Record {
    /// Unique id, equal to the file name without `.yaml` (lower case, digits and hyphens).
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9-]*$"))]
    pub id: String,
    /// What kind of work this is; the evidence level is derived from it.
    pub kind: Kind,
    /// How much of the record was confirmed in a source.
    pub status: Status,
    /// The title as published.
    pub title: String,
    /// Authors in order: people with family and given names, or organisations.
    pub authors: Vec<Person>,
    /// False when only some of the authors are known (citations then end with "et al.").
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    #[schemars(default = "yes")]
    pub authors_complete: bool,
    /// Editors: of an edited book, or of the book a chapter appears in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub editors: Vec<Person>,
    /// Year of publication; `null` when no source shows it (cited as "n.d.").
    #[schemars(range(min = 1900, max = 2100))]
    pub year: Option<u16>,
    /// Journal name, for articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journal: Option<String>,
    /// The journal's abbreviation in the NLM catalogue ("Clin Psychol Rev"), used by the
    /// Vancouver style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journal_abbrev: Option<String>,
    /// Journal volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    /// Journal issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    /// Page range, e.g. `511-524`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    /// For a chapter: the title of the book it is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub book_title: Option<String>,
    /// For a chapter: its number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chapter: Option<String>,
    /// Publisher, for books, reports and guidelines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Publisher's place, e.g. London.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Series and number, e.g. "NICE guideline NG26".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    /// The bare DOI, e.g. `10.1016/j.cpr.2008.01.003`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^10\.\d{4,9}/\S+$"))]
    pub doi: Option<String>,
    /// A stable web address for the work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// ISBN, for books and chapters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
    /// Trial registration, e.g. ISRCTN49732312.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    /// For a later follow-up of a randomised trial: the id of the trial's record. The follow-up
    /// keeps the trial's kind (and so its evidence level).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<String>,
    /// For another report of a trial that has its own record (an HTA report, a secondary
    /// analysis): the id of the trial's main record. Counts count the trial once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_of: Option<String>,
    /// For a review: whether it was peer-reviewed. Reviews that were not, or unclearly, come
    /// below the systematic-review level when answers order the evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer_reviewed: Option<PeerReview>,
    /// For a guideline: its status on the publisher's page when last checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guideline_status: Option<GuidelineStatus>,
    /// For a guideline: when someone last looked at its page (YYYY-MM-DD).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub checked: Option<String>,
    /// For a trial: how many were randomised (the unit `sample.counted` names).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_randomised: Option<u32>,
    /// For a trial: how many were analysed for the primary outcome.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n_analysed: Option<u32>,
    /// The dose: sessions and the programme's length.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Sessions>,
    /// Who delivered the intervention: profession concept ids of the vocabulary.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub delivered_by: Vec<String>,
    /// The share lost to follow-up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attrition: Option<Attrition>,
    /// What was reported on harms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adverse_events: Option<AdverseEvents>,
    /// A published cost, per family.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    /// When the record entered the knowledge (YYYY-MM-DD), for `!whatsnew`. In a Git checkout,
    /// the date of the commit that added the file when not written here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub added: Option<String>,
    /// When the record last changed in substance (YYYY-MM-DD). In a Git checkout, the date of
    /// the last commit that changed the file when not written here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub updated: Option<String>,
    /// Which intervention the work is about.
    pub intervention: Intervention,
    /// The intervention in a few words (dose, setting, adaptation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervention_detail: Option<String>,
    /// Who took part or who the work is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<String>,
    /// The study design in a few words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub design: Option<String>,
    /// Country or countries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// How many took part, and what was counted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<Sample>,
    /// Topic ids from topics.yaml.
    pub topics: Vec<String>,
    /// Extra search words: instruments, programme names, acronyms.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Two to four sentences in plain words.
    pub summary: String,
    /// What the work found; the first is the key finding.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
    /// Limitations, and what others have overstated.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<String>,
    /// Ids of related records: protocol and trial, review and included studies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// The sources that back the facts in this record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A person (family and given names) or an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    /// Family name, with particles: "van IJzendoorn".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Given names or initials: "Hannah N.".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// An organisation as author: "National Institute for Health and Care Excellence".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

impl Person {
    /// "Family, G. N." for a person (as in the search JSON), or the organisation's name.
    pub fn short(&self) -> String {
        if let Some(org) = &self.organisation {
            return org.clone();
        }
        let family = self.family.clone().unwrap_or_default();
        match self.given.as_deref().map(initials) {
            Some(i) if !i.is_empty() => format!("{family}, {i}"),
            _ => family,
        }
    }

    /// The name used in running text: the family name or the organisation.
    pub fn family_or_org(&self) -> &str {
        self.organisation
            .as_deref()
            .or(self.family.as_deref())
            .unwrap_or("")
    }
}

/// "Hannah N." -> "H. N."; "Marij P. J." -> "M. P. J."; hyphenated names keep the hyphen ("J.-P.").
pub fn initials(given: &str) -> String {
    given
        .split_whitespace()
        .map(|word| {
            word.split('-')
                .filter_map(|part| part.chars().next())
                .map(|c| format!("{c}."))
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sample size and what it counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Sample {
    /// The number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    /// What was counted: "families", "studies (1889 dyads)".
    pub counted: String,
}

/// A source that backs facts in the record.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Source {
    /// Web address of the source.
    pub url: String,
    /// What this source is, or which facts it backs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// True when the facts were seen in this source.
    pub verified: bool,
}

/// How much of a record was confirmed in sources.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Status {
    /// Title, year, venue and at least the first author were seen in a source.
    Verified,
    /// Some core facts were seen, others not.
    Partial,
    /// The item itself could not be found; only what the AVIGuk page states.
    #[default]
    Unverified,
}

impl Status {
    /// Lower-case name as written in YAML.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Which intervention a work is about. They are not interchangeable.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Intervention {
    /// Video Interaction Guidance.
    Vig,
    /// Video Enhanced Reflective Practice.
    Verp,
    /// Video-feedback Intervention to promote Positive Parenting.
    Vipp,
    /// VIPP with Sensitive Discipline.
    VippSd,
    /// VIPP adapted for foster care.
    VippFc,
    /// Generic or mixed video feedback.
    VideoFeedback,
    /// Another intervention.
    Other,
    /// No intervention (a questionnaire, a survey, a guideline's scope).
    #[default]
    None,
}

impl Intervention {
    /// How the intervention is named in replies.
    pub fn label(self) -> &'static str {
        match self {
            Intervention::Vig => "VIG",
            Intervention::Verp => "VERP",
            Intervention::Vipp => "VIPP",
            Intervention::VippSd => "VIPP-SD",
            Intervention::VippFc => "VIPP-FC",
            Intervention::VideoFeedback => "video feedback",
            Intervention::Other => "other",
            Intervention::None => "none",
        }
    }

    /// Lower-case name as written in YAML.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl Record {
    /// The evidence level derived from the kind (1 strongest, 6 weakest).
    pub fn evidence_level(&self) -> u8 {
        self.kind.evidence_level()
    }

    /// The finding to show on one line: the first verified finding with numbers or a GRADE
    /// certainty, else the first verified one.
    pub fn key_finding(&self) -> Option<&Finding> {
        self.findings
            .iter()
            .find(|f| f.verified && (f.has_numbers() || f.certainty.is_some()))
            .or_else(|| self.findings.iter().find(|f| f.verified))
    }

    /// "Hoffenkamp" / "Hoffenkamp & Tooten" / "Hoffenkamp et al." / "Kennedy et al. (Eds.)".
    pub fn first_author_short(&self) -> String {
        let (people, eds) = if self.authors.is_empty() {
            (&self.editors, true)
        } else {
            (&self.authors, false)
        };
        let name = match people.len() {
            0 => return "Anonymous".to_string(),
            1 if self.authors_complete => people[0].family_or_org().to_string(),
            2 if self.authors_complete => format!(
                "{} & {}",
                people[0].family_or_org(),
                people[1].family_or_org()
            ),
            _ => format!("{} et al.", people[0].family_or_org()),
        };
        match (eds, people.len()) {
            (true, 1) => format!("{name} (Ed.)"),
            (true, _) => format!("{name} (Eds.)"),
            _ => name,
        }
    }

    /// The year for display: "2015", or "n.d." when unknown.
    pub fn year_label(&self) -> String {
        self.year
            .map_or_else(|| "n.d.".to_string(), |y| y.to_string())
    }

    /// The best link: the DOI as a URL, else the url.
    pub fn link(&self) -> Option<String> {
        self.doi
            .as_ref()
            .map(|d| format!("https://doi.org/{d}"))
            .or_else(|| self.url.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effects_read_as_printed() {
        let e = |kind, value, to| Effect { kind, value, to };
        assert_eq!(e(EffectType::D, 0.86, None).display(), "d = 0.86");
        assert_eq!(
            e(EffectType::D, 0.24, Some(0.6)).display(),
            "d = 0.24 to 0.60"
        );
        assert_eq!(e(EffectType::Smd, -0.12, None).display(), "SMD = −0.12");
        assert_eq!(e(EffectType::Percent, 41.0, None).display(), "41%");
        assert_eq!(
            e(EffectType::Percent, 20.0, Some(35.5)).display(),
            "20.0% to 35.5%"
        );
    }

    #[test]
    fn initials_cover_particles_and_hyphens() {
        assert_eq!(initials("Hannah N."), "H. N.");
        assert_eq!(initials("Marij P. J."), "M. P. J.");
        assert_eq!(initials("Jean-Pierre"), "J.-P.");
        assert_eq!(initials(""), "");
    }

    #[test]
    fn ladder_orders_kinds() {
        assert_eq!(Kind::Guideline.evidence_level(), 1);
        assert_eq!(Kind::MetaAnalysis.evidence_level(), 2);
        assert_eq!(Kind::Rct.evidence_level(), 3);
        assert_eq!(Kind::Cohort.evidence_level(), 4);
        assert_eq!(Kind::ServiceEvaluation.evidence_level(), 5);
        assert_eq!(Kind::Chapter.evidence_level(), 6);
        for k in Kind::all() {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::all().count(), 16);
        assert_eq!(Kind::parse("controlled_study"), Some(Kind::ControlledStudy));
        assert_eq!(Kind::parse("review"), Some(Kind::SystematicReview));
        assert_eq!(Kind::parse("rtc"), None);
    }
}
