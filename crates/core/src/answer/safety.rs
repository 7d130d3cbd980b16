//! The safety reply to a disclosure: the operator's text for the kind of risk, then the room's
//! own contact. No records, no search, and nothing for the gap log or the feedback ask-back.

use crate::knowledge::safety::{RiskKind, SafetyTexts};
use crate::render::{text, Builder, Presented, Reply};

/// The reply to a message that discloses someone is at risk now.
pub fn safety_reply(kind: RiskKind, texts: &SafetyTexts, room_contact: Option<&str>) -> Reply {
    let mut b = Builder::default();
    let lines: Vec<&str> = texts
        .for_kind(kind)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    b.para(|p| {
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                p.br("");
            }
            p.text(line);
        }
    });
    if let Some(contact) = room_contact.map(str::trim).filter(|c| !c.is_empty()) {
        b.para(|p| {
            p.bold(&text::room_safety_contact()).text(contact);
        });
    }
    Reply {
        presented: Presented {
            safety: true,
            ..Presented::default()
        },
        ..b.finish()
    }
}
