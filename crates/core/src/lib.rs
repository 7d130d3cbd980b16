//! evidence-core: everything evidence-bot decides, free of Matrix, tokio and HTTP. It answers
//! questions about the evidence for Video Interaction Guidance (VIG) from a curated knowledge
//! base; the `evidence-bot` crate around it is the command line and the Matrix transport.
//!
//! # Layout, in the order data flows
//!
//! - [`knowledge`]: the YAML records and vocabularies, loaded and checked with `path:line:col`
//!   problems; [`snapshot`]: one loaded version with its [`search`] index (tantivy, in RAM);
//!   [`live`]: the served snapshot, reloaded when the folder changes.
//! - [`chat`]: message in → command (addressing, catch-up window, the command table, flood
//!   protection); [`bot`]: the functional core, one call per message, returning actions.
//! - [`figure`]: what a chart of effects or an evidence map shows (rows, values, alt text),
//!   decided from the records; the shell draws it.
//! - [`answer`]: command → answer, one file per command; [`references`]: citations, BibTeX, RIS
//!   and reading lists; [`render`]: replies as plain text and compact Matrix HTML, and every
//!   sentence a user reads.
//! - Beside them: [`eval`] (relevance evaluation), [`clock`] and [`locale`] (the reply's
//!   language).
//!
//! Each layer only uses those before it (no module imports one that imports it back; a test in
//! the bot's crate checks this).

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]

pub mod answer;
pub mod bot;
pub mod chat;
pub mod clock;
pub mod curation;
pub mod eval;
pub mod figure;
pub mod knowledge;
pub mod live;
pub mod locale;
pub mod references;
pub mod render;
pub mod rooms;
pub mod search;
pub mod snapshot;
pub mod understand;

pub use knowledge::safety;
