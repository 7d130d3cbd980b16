//! evidence-bot: answers questions about the evidence for Video Interaction Guidance (VIG) from a
//! curated knowledge base, in Matrix rooms and on the command line.
//!
//! # Layout
//!
//! - [`knowledge`]: the YAML records and topics, loaded and checked with `file:line:col` problems.
//! - [`search`]: the tantivy index built in RAM, and question understanding (stop words, synonyms
//!   from the topics, filters, typo fallback, evidence-aware ranking).
//! - [`commands`]: chat text to a [`commands::Command`]; one parser, table-driven tests.
//! - [`answer`]: a command plus the knowledge to a [`render::Reply`]; no I/O.
//! - [`render`]: replies as plain text and compact Matrix HTML; JSON for the CLI.
//! - [`cite`]: citation styles (hayagriva's CSL engine) and BibTeX; [`ris`]: RIS.
//! - [`export`]: reading lists and citation files in every format.
//! - [`live`]: reloading the knowledge while the bot runs, and watching its folder.
//! - [`text`]: every user-facing sentence.
//! - [`eval`]: relevance evaluation (success@3, recall@5, MRR).
//! - [`config`]: the bot's TOML configuration, validated all at once.
//! - [`service`]: the bot's decisions about chat messages (addressing, flood protection,
//!   answered events), still free of Matrix types.
//! - [`matrix`]: the Matrix transport; the only module that imports `matrix_sdk`.
//! - [`metrics`] and [`http`]: health and Prometheus metrics for operators.
//!
//! The `matrix` feature (on by default) brings in the transport and `http`; the fuzz targets
//! build without it.
//!
//! Deciding is kept apart from doing: everything but `matrix` is synchronous and free of Matrix types.

pub mod answer;
pub mod cite;
pub mod commands;
pub mod config;
pub mod eval;
pub mod export;
#[cfg(feature = "matrix")]
pub mod http;
pub mod knowledge;
pub mod library;
pub mod live;
#[cfg(feature = "matrix")]
pub mod matrix;
pub mod metrics;
pub mod render;
pub mod ris;
pub mod search;
pub mod service;
pub mod text;
