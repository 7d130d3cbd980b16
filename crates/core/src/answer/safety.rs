//! The safety reply to a disclosure: our opening for the kind of risk, the operator's contacts
//! for it and our line for practitioners, in the asker's language (the contacts' names and
//! numbers as written), then the room's own contact. No records, no search, and nothing for
//! the gap log or the feedback ask-back.

use crate::knowledge::safety::{RiskKind, SafetyTexts};
use crate::render::{text, Builder, Presented, Reply};

/// The reply to a message that discloses someone is at risk now.
pub fn safety_reply(kind: RiskKind, texts: &SafetyTexts, room_contact: Option<&str>) -> Reply {
    let mut b = Builder::default();
    match texts.free_text(kind) {
        // The first format: the operator's own text, as written.
        Some(own) => {
            let lines: Vec<&str> = own
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
        }
        None => {
            b.para(|p| {
                p.text(&text::safety_opening(kind));
                for c in texts.contacts_for(kind) {
                    p.br("").text(&text::safety_contact(c));
                }
            });
            b.para(|p| {
                p.text(&text::safety_practitioners(kind));
            });
        }
    }
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

/// The line above an answer about a risk topic.
pub fn safety_pointer(texts: &SafetyTexts) -> String {
    match &texts.pointer {
        Some(own) => own.clone(),
        None => text::safety_pointer(&texts.pointer_contacts().collect::<Vec<_>>()),
    }
}
