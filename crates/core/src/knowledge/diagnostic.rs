//! Problems found in knowledge files: each at a `path:line:col`, an error (the record is left
//! out) or a warning (worth fixing; the record still loads), with a hint where one helps.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record (or topics file) cannot be used.
    Error,
    /// Worth fixing; the record still loads.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem in one file, at a line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the user named it (`knowledge/trials/x.yaml`).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// How to fix it, where a hint helps.
    pub hint: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path, self.line, self.col, self.severity, self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Number of problems of one severity.
pub fn count(diags: &[Diagnostic], severity: Severity) -> usize {
    diags.iter().filter(|d| d.severity == severity).count()
}

/// Number of errors among problems.
pub fn error_count(diags: &[Diagnostic]) -> usize {
    count(diags, Severity::Error)
}

pub(crate) fn file_problem(path: &str, message: String) -> Diagnostic {
    Diagnostic {
        path: path.to_string(),
        line: 1,
        col: 1,
        severity: Severity::Error,
        message,
        hint: None,
    }
}

pub(crate) fn error_at(
    path: &str,
    line: usize,
    col: usize,
    message: String,
    hint: Option<String>,
) -> Diagnostic {
    Diagnostic {
        path: path.to_string(),
        line,
        col,
        severity: Severity::Error,
        message,
        hint,
    }
}

pub(crate) fn warning_at(
    path: &str,
    line: usize,
    col: usize,
    message: String,
    hint: Option<String>,
) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        ..error_at(path, line, col, message, hint)
    }
}
