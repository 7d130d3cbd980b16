//! A finding's numbers as a practitioner quotes them: "d = 0.86, 95% CI 0.2 to 1.5, p = 0.069,
//! not significant, moderate certainty". Used by answers and by the Markdown handout.

use crate::knowledge::model::Finding;

/// The numbers of a finding: "d = 0.86, p = 0.069, not significant".
pub fn numbers(f: &Finding) -> String {
    let mut parts = Vec::new();
    if let Some(e) = &f.effect {
        parts.push(e.display());
    }
    if let Some([lo, hi]) = f.ci {
        parts.push(format!("95% CI {} to {}", num(lo), num(hi)));
    }
    if let Some(p) = &f.p {
        let p = p.trim();
        if p.starts_with(['<', '>', '≤', '≥', '=']) {
            parts.push(format!("p {}", p));
        } else {
            parts.push(format!("p = {p}"));
        }
    }
    match f.significant {
        Some(false) => parts.push("not significant".into()),
        Some(true) if f.p.is_none() => parts.push("significant".into()),
        _ => {}
    }
    if let Some(c) = f.certainty {
        parts.push(c.label().into());
    }
    parts.join(", ")
}

pub use crate::knowledge::model::num;
