//! Messages to the bot that are not evidence questions: greetings and thanks, "what can you
//! do?", questions about the bot itself, and requests it cannot do. The phrases are the
//! language file's (`conversation`); this module compiles and matches them.

use regex::{Regex, RegexBuilder};

use crate::knowledge::language::Conversation;

/// What a message that is not an evidence question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Talk {
    /// "hiya", "good morning".
    Greeting,
    /// "thanks!", "cheers".
    Thanks,
    /// "what can you do?": the help.
    Capabilities,
    /// "how up to date are you?", "who decides what goes in?", "how do I suggest a paper?".
    About,
    /// "are my questions logged?".
    Logging,
    /// A request the bot cannot do: which of the `cannot` entries (its index).
    Cannot(usize),
}

/// The compiled phrases.
#[derive(Debug, Clone, Default)]
pub struct TalkPhrases {
    /// Asked whatever else the message names (they are about the bot, not the evidence).
    specific: Vec<(Regex, Talk)>,
    /// Only when the message names nothing of the field.
    social: Vec<(Regex, Talk)>,
}

impl TalkPhrases {
    /// Compiles the language file's phrases; one that does not compile is left out (the
    /// knowledge check reports it).
    pub fn new(c: &Conversation) -> TalkPhrases {
        let compile = |ps: &[String], talk: Talk| -> Vec<(Regex, Talk)> {
            ps.iter()
                .filter_map(|p| {
                    RegexBuilder::new(p)
                        .case_insensitive(true)
                        .build()
                        .ok()
                        .map(|r| (r, talk))
                })
                .collect()
        };
        let mut specific = Vec::new();
        for (i, can) in c.cannot.iter().enumerate() {
            specific.extend(compile(&can.patterns, Talk::Cannot(i)));
        }
        specific.extend(compile(&c.logging, Talk::Logging));
        specific.extend(compile(&c.about, Talk::About));
        specific.extend(compile(&c.capabilities, Talk::Capabilities));
        let mut social = compile(&c.greeting, Talk::Greeting);
        social.extend(compile(&c.thanks, Talk::Thanks));
        TalkPhrases { specific, social }
    }

    /// What a message asks for, if it is not an evidence question. `names_the_field`: the
    /// message names a concept of the vocabulary (then a greeting is only a greeting).
    pub fn read(&self, message: &str, names_the_field: bool) -> Option<Talk> {
        if let Some((_, t)) = self.specific.iter().find(|(r, _)| r.is_match(message)) {
            return Some(*t);
        }
        if names_the_field {
            return None;
        }
        self.social
            .iter()
            .find(|(r, _)| r.is_match(message))
            .map(|(_, t)| *t)
    }
}
