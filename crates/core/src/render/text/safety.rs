//! The safety reply and the admin notices about it.

use crate::knowledge::safety::{Audience, Contact, RiskKind};
use crate::render::i18n::tr;

/// Before a room's own contact in a safety reply.
pub fn room_safety_contact() -> String {
    tr!("room-safety-contact")
}

/// The opening of the safety reply: sorry, this bot cannot help, get help now.
pub fn safety_opening(kind: RiskKind) -> String {
    match kind {
        RiskKind::SelfHarm => tr!("safety-opening-self"),
        RiskKind::Child => tr!("safety-opening-child"),
        RiskKind::Abuse => tr!("safety-opening-abuse"),
    }
}

/// The safety reply's last line, for practitioners.
pub fn safety_practitioners(kind: RiskKind) -> String {
    match kind {
        RiskKind::Child => tr!("safety-practitioners-child"),
        RiskKind::SelfHarm | RiskKind::Abuse => tr!("safety-practitioners"),
    }
}

/// Whom a contact is for.
pub fn safety_audience(audience: Audience) -> String {
    match audience {
        Audience::Emergency => tr!("safety-for-emergency"),
        Audience::SilentCall => tr!("safety-for-silent-call"),
        Audience::Anyone => tr!("safety-for-anyone"),
        Audience::Text => tr!("safety-for-text"),
        Audience::MentalHealth => tr!("safety-for-mental-health"),
        Audience::Children => tr!("safety-for-children"),
        Audience::WorriedAdults => tr!("safety-for-worried-adults"),
        Audience::DomesticAbuse => tr!("safety-for-domestic-abuse"),
    }
}

/// One contact of the safety reply: whom it is for (and where), its name and number as the
/// operator wrote them, and whether it is free and always open.
pub fn safety_contact(c: &Contact) -> String {
    let audience = match &c.region {
        Some(region) => tr!(
            "safety-in-region",
            audience = safety_audience(c.audience),
            region = region.as_str()
        ),
        None => safety_audience(c.audience),
    };
    let open = match (c.free, c.always) {
        (true, true) => tr!("safety-free-always"),
        (true, false) => tr!("safety-free"),
        (false, true) => tr!("safety-always"),
        (false, false) => String::new(),
    };
    let line = if c.name.trim().is_empty() {
        tr!(
            "safety-contact-bare",
            audience = audience,
            number = c.number.as_str()
        )
    } else {
        tr!(
            "safety-contact",
            audience = audience,
            name = c.name.as_str(),
            number = c.number.as_str()
        )
    };
    if open.is_empty() {
        line
    } else {
        tr!("safety-contact-open", contact = line, open = open)
    }
}

/// The line above an answer about a risk topic, naming the operator's pointer contacts.
pub fn safety_pointer(contacts: &[&Contact]) -> String {
    let named: Vec<String> = contacts
        .iter()
        .map(|c| match c.name.trim() {
            "" => c.number.clone(),
            name => tr!(
                "safety-pointer-contact",
                name = name,
                number = c.number.as_str()
            ),
        })
        .collect();
    tr!("safety-pointer", contacts = named.join(" · "))
}

/// To the admin room when a room got a safety reply: which room, nothing else.
pub fn safety_notice(room: &str) -> String {
    tr!("safety-notice", room = room)
}

/// To the admin room when a room's safety setting changed.
pub fn safety_setting_changed(room: &str, key: &str, value: &str) -> String {
    tr!(
        "safety-setting-changed",
        room = room,
        key = key,
        value = value
    )
}
