//! The outcome domains (`outcomes.yaml`): what a finding measured, in a controlled vocabulary, so
//! that findings of different studies can be compared and grouped.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::topics::Topic;

/// An outcome domain has the shape of a topic: an id, a label, a description and the words
/// people use for it.
pub type OutcomeDomain = Topic;

/// The whole `outcomes.yaml` file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomesFile {
    /// Every domain, in the order overviews list them.
    pub outcomes: Vec<OutcomeDomain>,
}
