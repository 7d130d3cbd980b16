//! Crossref's public REST API, asked for the metadata of a DOI for `import --doi`. What the answer
//! means is the core's business (`references::crossref`); this is the request and what can go
//! wrong with it, said so that an admin knows what to do next.

use std::fmt;
use std::time::Duration;

use anyhow::Context as _;
use serde_json::Value;

/// Where Crossref answers.
pub const DEFAULT_BASE: &str = "https://api.crossref.org";

/// Points `import --doi` at another server (the tests' recorded answers).
pub const BASE_ENV: &str = "EVIDENCE_BOT_CROSSREF_URL";

/// Crossref asks clients to say who they are, so that a misbehaving one can be told rather than
/// blocked; with a contact address they would be served from the "polite" pool.
const USER_AGENT: &str = concat!(
    "evidence-bot/",
    env!("CARGO_PKG_VERSION"),
    " (evidence-bot import --doi; mailto not set)"
);

const TIMEOUT: Duration = Duration::from_secs(15);

/// Why Crossref gave no work for a DOI.
#[derive(Debug)]
pub enum Failure {
    /// No answer at all (offline, no DNS, refused, timed out): the next DOI would fare no better.
    Unreachable {
        /// The base URL asked.
        base: String,
        /// What the network said.
        cause: String,
    },
    /// 404: Crossref does not know the DOI (a typo, or a DOI registered with another agency).
    NotFound {
        /// The DOI asked for.
        doi: String,
    },
    /// Any other HTTP status.
    Status {
        /// The DOI asked for.
        doi: String,
        /// The URL asked.
        url: String,
        /// The status.
        status: reqwest::StatusCode,
    },
    /// A 200 whose body is not Crossref's work JSON.
    NotAWork {
        /// The DOI asked for.
        doi: String,
        /// The URL asked.
        url: String,
        /// What is wrong with it.
        cause: String,
    },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Unreachable { base, cause } => write!(
                f,
                "could not reach Crossref at {base} ({cause}): is this machine online? Without a \
                 connection, export the reference from Zotero and run `evidence-bot import FILE`"
            ),
            Failure::NotFound { doi } => write!(
                f,
                "Crossref has no record of DOI {doi}: check it at https://doi.org/{doi}"
            ),
            Failure::Status { doi, url, status } => {
                write!(f, "Crossref answered {status} for DOI {doi} ({url})")?;
                // Busy or broken for now, not for good.
                if status.is_server_error() || *status == reqwest::StatusCode::TOO_MANY_REQUESTS {
                    write!(
                        f,
                        ": try again later, or export the reference from Zotero and run \
                         `evidence-bot import FILE`"
                    )?;
                }
                Ok(())
            }
            Failure::NotAWork { doi, url, cause } => write!(
                f,
                "Crossref's answer for DOI {doi} ({url}) is not a work's metadata: {cause}"
            ),
        }
    }
}

impl std::error::Error for Failure {}

/// A client for Crossref's `/works/{doi}`.
pub struct Crossref {
    client: reqwest::Client,
    base: String,
}

impl Crossref {
    /// Crossref itself, or the server `EVIDENCE_BOT_CROSSREF_URL` names.
    pub fn from_env() -> anyhow::Result<Crossref> {
        let base = std::env::var(BASE_ENV)
            .ok()
            .filter(|b| !b.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_BASE.to_string());
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(TIMEOUT)
            .build()
            .context("setting up the HTTP client for Crossref")?;
        Ok(Crossref {
            client,
            base: base.trim().trim_end_matches('/').to_string(),
        })
    }

    /// The work a DOI names: the `message` of Crossref's answer.
    pub async fn work(&self, doi: &str) -> Result<Value, Failure> {
        let url = format!("{}/works/{}", self.base, path_segment(doi));
        let unreachable = |e: reqwest::Error| Failure::Unreachable {
            base: self.base.clone(),
            cause: if e.is_timeout() {
                format!("no answer within {} s", TIMEOUT.as_secs())
            } else {
                root_cause(&e)
            },
        };
        let response = self
            .client
            .get(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(unreachable)?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_FOUND {
            return Err(Failure::NotFound {
                doi: doi.to_string(),
            });
        }
        if !status.is_success() {
            return Err(Failure::Status {
                doi: doi.to_string(),
                url,
                status,
            });
        }
        let body = response.bytes().await.map_err(unreachable)?;
        let not_a_work = |cause: String| Failure::NotAWork {
            doi: doi.to_string(),
            url: url.clone(),
            cause,
        };
        let mut answer: Value =
            serde_json::from_slice(&body).map_err(|e| not_a_work(format!("bad JSON: {e}")))?;
        let kind = answer.get("message-type").and_then(Value::as_str);
        if kind != Some("work") {
            return Err(not_a_work(format!(
                "its message-type is {}, not \"work\"",
                kind.map_or("missing".to_string(), |k| format!("\"{k}\""))
            )));
        }
        match answer.get_mut("message").map(Value::take) {
            Some(work @ Value::Object(_)) => Ok(work),
            _ => Err(not_a_work("it has no message object".into())),
        }
    }
}

/// A DOI as one path segment: its slashes kept (Crossref expects `/works/10.1037/abc`), anything
/// else outside the unreserved characters percent-encoded, since old DOIs hold `<`, `>`, `;`,
/// `#` and `?`.
fn path_segment(doi: &str) -> String {
    let mut out = String::with_capacity(doi.len());
    for b in doi.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The innermost error, which names what happened ("Connection refused (os error 111)", "failed
/// to lookup address information: …") where the outer ones only say a request failed.
fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut inner = err;
    while let Some(next) = inner.source() {
        inner = next;
    }
    inner.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_doi_keeps_its_slashes_and_escapes_the_rest() {
        assert_eq!(
            path_segment("10.1037/0033-2909.129.2.195"),
            "10.1037/0033-2909.129.2.195"
        );
        assert_eq!(
            path_segment("10.1002/(SICI)1097-0355(199822)19:2<202::AID-IMHJ8>3.0.CO;2-P"),
            "10.1002/%28SICI%291097-0355%28199822%2919%3A2%3C202%3A%3AAID-IMHJ8%3E3.0.CO%3B2-P"
        );
        assert_eq!(path_segment("10.5555/é#1"), "10.5555/%C3%A9%231");
    }
}
