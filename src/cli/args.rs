//! The command line's grammar: the clap definitions of every verb and the parsers of their values.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{ArgGroup, Parser, Subcommand};

use evidence_bot::knowledge::Kind;
use evidence_bot::ops::config::LogFormat;
use evidence_bot::references::import::ImportFormat;
use evidence_bot::references::{self, Format, Style, ALL_FORMATS, ALL_STYLES};

/// Answers questions about the evidence for Video Interaction Guidance (VIG) from a curated
/// knowledge base, in Matrix rooms and here on the command line.
#[derive(Debug, Parser)]
#[command(name = "evidence-bot", about, long_about = None)]
pub struct Cli {
    /// Read the knowledge from this folder instead of the copy built into the binary.
    #[arg(long, global = true, value_name = "DIR")]
    pub(super) knowledge: Option<PathBuf>,

    /// Log format on stderr: text (for people) or json (one object per line, for machines).
    /// The level comes from RUST_LOG (or `[log] level` in the bot's config).
    #[arg(long, global = true, value_name = "FORMAT")]
    pub(super) log_format: Option<LogFormat>,

    #[command(subcommand)]
    pub(super) command: Cmd,
}

fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(ALL_FORMATS.iter().map(|f| f.as_str()))
        .try_map(|s| Format::parse(&s).ok_or("unknown format"))
}

fn style_parser() -> impl TypedValueParser<Value = Style> {
    PossibleValuesParser::new(ALL_STYLES.iter().map(|s| s.as_str()))
        .try_map(|s| Style::parse(&s).ok_or("unknown style"))
}

fn import_format_parser() -> impl TypedValueParser<Value = ImportFormat> {
    PossibleValuesParser::new(["ris", "bibtex", "csl-json"])
        .try_map(|s| ImportFormat::parse(&s).ok_or("unknown format"))
}

/// A DOI as people paste it, or a message saying what a DOI looks like.
fn doi_parser(s: &str) -> Result<String, String> {
    references::crossref::parse_doi(s).ok_or_else(|| {
        "not a DOI: a DOI is 10., four or more digits, a slash and the rest, e.g. \
         10.1037/0033-2909.129.2.195 (doi:10.… and https://doi.org/10.… are read too)"
            .to_string()
    })
}

fn kind_parser() -> impl TypedValueParser<Value = Kind> {
    PossibleValuesParser::new(Kind::all().map(Kind::as_str))
        .try_map(|s| Kind::parse(&s).ok_or("unknown kind"))
}

#[derive(Debug, Subcommand)]
pub(super) enum Cmd {
    /// Run the Matrix bot (the password comes from EVIDENCE_BOT_PASSWORD or password_file).
    Run {
        /// The configuration file (see config.example.toml).
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
    },
    #[command(flatten)]
    Tool(Tool),
}

/// The commands that work on the knowledge without a homeserver.
#[derive(Debug, Subcommand)]
pub(super) enum Tool {
    /// Print the reply the bot would post for a chat message, e.g. ask '!evidence preterm'.
    Ask {
        /// Print the HTML form (Matrix formatted_body) instead of the plain text.
        #[arg(long)]
        html: bool,
        /// The chat message.
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// An interactive prompt that answers chat commands (a line without `!` is searched).
    Console,
    /// Ranked search hits for a question.
    Search {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// How many hits to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// The question or keywords (filters such as kind:rct work here too).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show one whole record.
    Show {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// The record id.
        id: String,
    },
    /// List all records, optionally of one topic or kind.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Only records with this topic id.
        #[arg(long)]
        topic: Option<String>,
        /// Only records of this kind.
        #[arg(long, value_parser = kind_parser())]
        kind: Option<Kind>,
    },
    /// Check a knowledge folder: exit 0 when clean, 1 with errors, 2 on usage errors.
    Check {
        /// The folder (default: --knowledge, else ./knowledge if present, else the built-in copy).
        dir: Option<PathBuf>,
        /// Also list the concepts of the vocabulary that no record is tagged with (what the bot
        /// says nothing in the knowledge is about).
        #[arg(long)]
        unused: bool,
    },
    /// Citations for records.
    Cite {
        /// Record ids.
        #[arg(required = true, num_args = 1..)]
        ids: Vec<String>,
        /// A citation style, or a format to copy.
        #[arg(long, default_value = "apa", value_parser = format_parser())]
        style: Format,
    },
    /// Write a reading list or citation file: every record, or those a search finds.
    Export {
        /// The file format.
        #[arg(long, value_parser = format_parser())]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// With csl-json: the items as this citation style is given them (APA 7 leaves out a
        /// publisher that is also the author; Vancouver cites an online journal's article as a
        /// journal article). The reference processor's fixtures are rendered from these.
        #[arg(long, value_parser = style_parser(), value_name = "STYLE")]
        for_style: Option<Style>,
        /// A search (filters work too); without one, every record.
        query: Vec<String>,
    },
    /// Draw the chart of effects for a question (what `!chart` posts), as PNG or SVG.
    Chart {
        /// The file to write; its extension (.png or .svg) chooses the format.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// The question (filters work too).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Draw the evidence map (what `!map` posts): topics by evidence level, for the whole
    /// knowledge or the records about a question, as PNG or SVG.
    Map {
        /// The file to write; its extension (.png or .svg) chooses the format.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// A question; without one, every record.
        query: Vec<String>,
    },
    /// Draft new records from a Zotero, EndNote or Mendeley export (RIS, BibTeX or CSL-JSON), or
    /// from Crossref's metadata for DOIs: one YAML file per work the knowledge lacks, for an admin
    /// to complete.
    #[command(group(ArgGroup::new("source").required(true).args(["file", "doi"])))]
    Import {
        /// The export file (or use --doi).
        file: Option<PathBuf>,
        /// A DOI to draft from Crossref (10.1037/…, doi:10.1037/… or https://doi.org/10.1037/…);
        /// repeat for several. Needs a connection to https://api.crossref.org, or to the server
        /// the EVIDENCE_BOT_CROSSREF_URL environment variable names (for tests). DOIs the
        /// knowledge has are skipped without asking.
        #[arg(long, value_name = "DOI", value_parser = doi_parser)]
        doi: Vec<String>,
        /// The folder to write the drafts to (created if missing; files are never overwritten).
        #[arg(long, short, default_value = "drafts")]
        output: PathBuf,
        /// The file's format, when its name does not say (ris, bibtex, csl-json).
        #[arg(long, value_parser = import_format_parser(), conflicts_with = "doi")]
        format: Option<ImportFormat>,
    },
    /// The gap log of a running bot: the questions no record was about, grouped, with votes and
    /// comments on answers (what `!gaps` posts).
    Gaps {
        /// The bot's configuration file (its state_dir holds the log).
        #[arg(long, value_name = "FILE", required_unless_present = "state_dir")]
        config: Option<PathBuf>,
        /// The bot's state_dir, instead of --config.
        #[arg(long, value_name = "DIR", conflicts_with = "config")]
        state_dir: Option<PathBuf>,
        /// From this date (2026-11-01) or this long ago (7d, 2w, 24h); default: 7d.
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "as_eval")]
        json: bool,
        /// Print the questions as cases for the relevance set (tests/data/relevance.yaml), for an
        /// admin to judge.
        #[arg(long)]
        as_eval: bool,
    },
    /// Print the JSON Schema of a knowledge record (the source of knowledge/schema.json).
    Schema,
    /// Measure search relevance on a question file (success@3, recall@5, MRR), or the answers
    /// to a room set (messages with id, group, text, scope, relevant, strongest, missing).
    Eval {
        /// A YAML list of {q, relevant: [{key, year, grade}]}, or of room messages; or a folder
        /// of questions in other languages with their English translations
        /// (tests/data/languages/).
        file: PathBuf,
        /// For a room set: its split into halves (lists of ids `dev` and `held_out`).
        #[arg(long, value_name = "FILE")]
        split: Option<PathBuf>,
        /// For a room set: list the misses of these halves (dev, held_out, unsplit).
        #[arg(long, value_name = "HALF", value_delimiter = ',')]
        misses: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Exit 1 when success@3 is below this.
        #[arg(long)]
        min_success: Option<f64>,
        /// Exit 1 when MRR is below this.
        #[arg(long)]
        min_mrr: Option<f64>,
    },
}
