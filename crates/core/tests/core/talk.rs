//! Messages that are not evidence questions, read from the language file's `conversation`
//! phrases: each gets its own reply, never a record list. The messages here are written for
//! this test, not taken from the evaluation sets.

use evidence_core::understand::talk::Talk;

use super::bundled;

fn talk(message: &str) -> Option<Talk> {
    let (_, index) = bundled();
    index.talk(&index.read(message))
}

#[test]
fn greetings_and_thanks_only_when_nothing_of_the_field_is_named() {
    assert_eq!(talk("good morning all"), Some(Talk::Greeting));
    assert_eq!(talk("cheers, that was useful"), Some(Talk::Thanks));
    assert_eq!(talk("hi! any trials of VIG with fathers?"), None);
    assert_eq!(talk("thanks - and what about autism?"), None);
}

#[test]
fn questions_about_the_bot_itself() {
    assert_eq!(talk("what can this bot do?"), Some(Talk::Capabilities));
    assert_eq!(
        talk("when was the database last updated?"),
        Some(Talk::About)
    );
    assert_eq!(
        talk("how can I suggest a paper for you to include"),
        Some(Talk::About)
    );
    assert_eq!(
        talk("do you store what we type in here?"),
        Some(Talk::Logging)
    );
}

#[test]
fn requests_it_cannot_do_say_what_it_cannot() {
    let (k, _) = bundled();
    let what = |m: &str| match talk(m) {
        Some(Talk::Cannot(i)) => k.language.conversation.cannot[i].what.clone(),
        other => panic!("{m}: {other:?}"),
    };
    assert!(what("could you look at this clip of mum and baby").contains("video"));
    assert!(what("can you draft a job description for a VIG guider").contains("job"));
    assert!(what("how much does the VIG training cost").contains("training"));
    assert!(what("what should I do about this family, dad won't engage").contains("case"));
}
