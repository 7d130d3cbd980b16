//! evidence-bot: the Matrix bot and command line around [`evidence_core`], which decides
//! everything (knowledge, search, commands, answers, citations, rendering) and knows nothing of
//! Matrix. This crate is the imperative shell:
//!
//! - [`matrix`]: the transport, and the only module that imports `matrix_sdk` — session, sync,
//!   events in ([`evidence_core::chat::Incoming`]), actions carried out (replies, uploads, the
//!   admin room), invites.
//! - [`state`]: what the bot remembers between runs (the events it answered); [`gaplog`]: the
//!   curators' log of unanswered questions and feedback on answers (SQLite in `state_dir`).
//! - [`draw`]: the figures the core decides (`!chart`, `!map`), drawn as PNG or SVG.
//! - [`ops`]: the configuration file, metrics and the health endpoint.
//!
//! The core's modules are re-exported here, so `evidence_bot::knowledge` is
//! `evidence_core::knowledge`.

// Issue 30: no function over 100 lines (the threshold is in clippy.toml); split by phase.
#![warn(clippy::too_many_lines)]

pub use evidence_core::{
    answer, bot, chat, clock, curation, eval, figure, knowledge, live, references, render, rooms,
    safety, search, snapshot, understand,
};

pub mod draw;
pub mod gaplog;
pub mod matrix;
pub mod ops;
pub mod state;
