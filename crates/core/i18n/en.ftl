### evidence-bot: every sentence the bot writes itself, in English (the source for translations).
###
### Notes for translators
### - Keep every { $variable } and { message-reference }; you may move them within the sentence.
### - Variables named after a command ({ $evidence }, { $help }, { $config }, ...) hold the
###   command as the user types it, prefix included ("!evidence"). Words in CAPITALS after a
###   command (QUERY, KEY, VALUE, N, ID) stand for what the user types; search filters
###   (kind:rct, topic:preterm, since:2015) and command words (all, off, default, harvard) are
###   typed as shown, so keep them as they are.
### - <b>, <i> and <code> mark bold, italic and a command to type: keep each pair around the
###   same words, wherever those words go in your sentence.
### - A counted noun selects its form with { $n -> [one] ... *[other] ... }: add the forms your
###   language needs (zero, two, few, many).
### - A message starting or ending with {" "} has a space there that must stay (it joins the
###   message to what comes before or after it).
### - Curly quotes “ ” are part of the English text: use your language's quotation marks.

## Replies in general

# Appended when a reply was too long for a chat message and had to be cut.
reply-cut = [reply cut to fit a chat message: ask a narrower question]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Your question was long, so only its first { $max } characters were used.
# An answer failed inside the bot; the details are in its log.
internal-error = Sorry, something went wrong while answering. The admins can see the details in the log.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Please slow down: at most { $commands } commands every { $seconds } seconds. I'll answer again shortly.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: I could not read your encrypted message (I did not receive its keys). Please send it again; if this keeps happening, ask an admin to check my device.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = I find research and guidance on Video Interaction Guidance (VIG) and related video feedback interventions (VERP, VIPP). Ask in plain words; the best matches come first, stronger evidence ahead when they are close.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Try: { $evidence } preterm · { $evidence } postnatal depression kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = I don't know { $command }. Did you mean { $suggestion }? ({ $help } lists the commands.)
# A command word the bot does not know.
unknown-command = I don't know { $command }. { $help } lists the commands.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Usage: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = which record? Give its id, as shown under each result
problem-one-record = give one record id
problem-which-records = which record? Give one or more ids, as shown under each result
problem-too-many-records = at most { $max } records at a time
problem-which-topic = which topic? e.g. { $reading_list } autism ris
problem-what-to-chart = say what to chart, e.g. { $chart } preterm
problem-what-to-follow = say what to follow, e.g. { $subscribe } preterm
problem-which-subscription = say which: { $unsubscribe } 1, or { $unsubscribe } all
problem-what-you-were-looking-for = say what you were looking for, as a reply to my answer: { $feedback } I wanted studies with fathers
problem-one-period = one period at most: { $gaps }, { $gaps } since:2026-11-01 or { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Sorry, that command is for the bot's admins.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = That command works in the running bot (evidence-bot run), not on the command line.
# The reply to !status. $minutes has two digits ("05").
status = Up { $hours }h { $minutes }m. Rooms: { $rooms }. Records: { $records } (knowledge { $version }, { $origin }). Last reload: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = That command works in a Matrix room, with the running bot (for the gap log from a terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = the evidence on a topic or question, e.g. `{ $evidence } preterm` or `{ $evidence } does VIG help fathers in the NICU?`. Direct matches are records about everything you ask (topic, intervention, outcome, names), listed strongest evidence first (guideline, review, RCT, pilot or cohort, evaluation, other; a kind you name, such as RCT or NICE, comes first), then by closeness of match and recency. Partial matches share only part of the question and are listed apart under a line that says so, and when nothing is direct the answer says which words the knowledge does not cover. Filters: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = the next results of your last { $evidence } search in this room
command-show = everything about one record (findings, numbers, caveats, sources)
command-cite = citations for a reference list, with the in-text form (APA 7 unless you say otherwise), or BibTeX/RIS/CSL-JSON to copy
command-reading-list = a file of the best records for a search, for Zotero, EndNote or Mendeley (RIS unless you say otherwise; CSL-JSON for pandoc or any CSL tool), e.g. { $reading_list } autism ris
command-chart = a picture of the effects the records about a question report (one row per finding with an effect size: the value and its 95% CI, grouped by outcome, one panel per measure such as d, SMD or OR, coloured by evidence level), for a room or a slide; the message text says the same numbers for screen readers, e.g. { $chart } preterm
command-map = an evidence map as a picture: topics by evidence level (guideline, review, RCT, pilot or cohort, evaluation, other), each cell the number of records; with a question, only the records about it, e.g. { $map } or { $map } autism
command-topics = the topics the knowledge covers, with how many records each
command-help = this help, or more about one command
command-about = what the bot knows, the knowledge version and its date
command-config = this room's settings: citation_style (apa|harvard|vancouver), results (1-5 per page), replies (room|thread), filters (e.g. since:2015, or none), welcome (TEXT|none, for people who join), gap_log (on|off). Room moderators (power level 50 or more) and the bot's admins change them, e.g. { $config } citation_style harvard; `default` resets one. Kept on the homeserver, for this room only
command-whatsnew = records added to the knowledge or changed since a date (the last 30 days unless since:2026-11-01 or since:7d), newest first; filters such as kind:rct or topic:preterm narrow them
command-subscribe = (room moderators) follow a search: after the knowledge changes, this room hears once about the records it finds that were added (level, title, key finding) or changed (what changed), e.g. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (room moderators) stop following subscription N (as { $subscriptions } numbers them), or all
command-subscriptions = the searches this room follows
command-feedback = as a reply to one of my answers: tell the curators what you were looking for (start with 👍 or 👎 to vote; a 👍 or 👎 reaction on the answer votes too). Only the question, your vote and your words are kept, never who you are
command-gaps = the questions the knowledge did not answer, grouped by what they asked about, with the votes and comments on answers (admins only; the last 7 days unless since:2026-11-01 or since:30d)
command-reload = reload the knowledge files (admins only)
command-status = uptime, rooms, records and the last reload (admins only)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = There is no earlier search of yours in this room to continue. Start one with { $evidence } QUERY.
# !more past the last result.
end-of-results = That was everything for that search.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Those were the first { $shown } of { $total } results. Narrow the search to see the others, for example with kind:rct, topic:preterm or since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = More on { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = There is no record `{ $id }`. Did you mean `{ $suggestion }`?
# An id that names no record.
unknown-record = There is no record `{ $id }`. Ids are shown under each result of { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = I found nothing in the knowledge on this question.
# Nothing found for a short question, quoted.
nothing-found = I found nothing on “{ $query }”.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Note: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Showing results for { $corrected } (you typed { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Did you mean: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> lists what the knowledge covers.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Nothing in the knowledge is about { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Nothing in the knowledge is about { $phrases }. Try <code>{ $topics }</code> for what the knowledge covers.
# What the question said it is not about, and that the answer leaves out.
excluded = Leaving out the records about { $phrases }, as asked.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } other than { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } or { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } and { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } and { $last }
# The heading of an answer with records about the question.
evidence-on = Evidence on { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } record
       *[other] { $n } records
    } about it, strongest first ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } others
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Read as: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Read as: { $read }. Not recognised: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = I could not tell what this asks about.
# The same for a short message, quoted.
could-not-tell-what = I could not tell what { $quoted } asks about.
# After either of those: an example search to type.
try-for-example = {" "}Try, for example, <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIG preterm babies
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = The first { $shown } of { $total } records about the question; all of them:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = The nearest: { $label }, { $records ->
        [one] 1 record
       *[other] { $records } records
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = No record in the knowledge is about both { $first } and { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = No record in the knowledge is about { $parts } together.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 record
       *[other] { $records } records
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (video feedback in general)
# The short unverified warning on a result line (shown in brackets).
unverified-short = unverified
# Where a page of results is, when no result is direct.
showing-all = Showing { $start }–{ $end } of { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Showing { $start }–{ $end } of { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Showing { $start }–{ $end } of { $direct } direct and { $partial } partial.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> for { $n } more
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> for a citation.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> for details
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … and { $n } more in the file.

## Records (!show)

# The warning on records that could not be verified.
unverified = unverified: details could not be checked against a source
# The warning on partly verified records.
partial = partly verified
# After a finding no source confirmed.
finding-unverified = (not confirmed in a source)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: see caveats
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Findings
# Heading before a record's caveats.
label-caveats = Caveats
# Before the ids of related records.
label-related = Related:{" "}
# Heading before a record's sources.
label-sources = Sources
# After a source no one confirmed.
label-source-unverified = {" "}[not verified]
# Before the !cite command for the record.
label-cite-it = Cite it:{" "}
# The facts of a record: the intervention.
label-intervention = Intervention
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = video feedback
intervention-other = other
intervention-none = none
# The facts of a record: who took part.
label-who = Who
# The facts of a record: the study design.
label-design = Design
# The facts of a record: the sample.
label-sample = Sample
# The facts of a record: the country.
label-country = Country
# The facts of a record: the trial registration.
label-registration = Registration
# The facts of a record: its topics.
label-topics = Topics
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = In text:{" "}
# A record whose authors no source shows.
label-authors-not-known = Authors not known
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Chapter { $chapter } in { $book }
# The book a work appeared in, when no chapter is given.
in-book = In { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Sorry, I could not format a citation for `{ $id }`. The admins have been told in the log.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $style } { $n ->
        [one] citation
       *[other] citations
    }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } for { $n } record(s)</b>: copy it, or use <code>{ $command }</code> for a file.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = No record in the knowledge is about “{ $query }”. Try <code>{ $topics }</code> for what the knowledge covers.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Reading list for { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } record
       *[other] { $n } records
    } in { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } record
       *[other] { $n } records
    } in { $filename } ({ $hint }), the best { $n } of { $total }.
# What each file format is for.
format-hint-ris = RIS, for Zotero, EndNote or Mendeley
format-hint-bibtex = BibTeX, for LaTeX, Zotero or JabRef
format-hint-markdown = a handout with levels and key findings
format-hint-csl-json = CSL-JSON, for Zotero, pandoc or any CSL tool
format-hint-apa = an APA 7 reference list
format-hint-harvard = a Harvard reference list
format-hint-vancouver = a Vancouver reference list

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = What the knowledge covers: { $covered } of the { $concepts } concepts of its vocabulary, by facet, with their records.
# The facets of the vocabulary, as headings in !topics.
facet-population = Who
facet-setting = Where
facet-intervention = Interventions
facet-comparison = Compared with
facet-outcome = Outcomes
facet-kind = Kinds of evidence
facet-profession = Professions
facet-country = Countries
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Ask in your own words, naming any of these (narrower ones too: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } record
       *[other] { $n } records
    }
# The first line of !about, after the bot's name and version.
about = {" "}— evidence on Video Interaction Guidance and related video feedback.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Knowledge version { $version } ({ $origin }), loaded { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } records, { $topics } topics.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (level { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Last reload: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = The knowledge is a set of files the community's admins curate: each record names its sources and is checked against them. To suggest a paper or report a mistake, reply to an answer with <code>{ $feedback }</code> and your note, or tell your admins.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } guideline
       *[other] { $n } guidelines
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematic review
       *[other] { $n } systematic reviews
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } meta-analysis
       *[other] { $n } meta-analyses
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCTs
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } pilot RCT
       *[other] { $n } pilot RCTs
    }
kind-count-cohort = { $n ->
        [one] { $n } cohort study
       *[other] { $n } cohort studies
    }
kind-count-controlled-study = { $n ->
        [one] { $n } controlled study
       *[other] { $n } controlled studies
    }
kind-count-qualitative = { $n ->
        [one] { $n } qualitative study
       *[other] { $n } qualitative studies
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } service evaluation
       *[other] { $n } service evaluations
    }
kind-count-pre-post = { $n ->
        [one] { $n } before-after study
       *[other] { $n } before-after studies
    }
kind-count-report = { $n ->
        [one] { $n } report
       *[other] { $n } reports
    }
kind-count-book = { $n ->
        [one] { $n } book
       *[other] { $n } books
    }
kind-count-chapter = { $n ->
        [one] { $n } chapter
       *[other] { $n } chapters
    }
kind-count-article = { $n ->
        [one] { $n } article
       *[other] { $n } articles
    }
kind-count-protocol = { $n ->
        [one] { $n } trial protocol
       *[other] { $n } trial protocols
    }
kind-count-journal = { $n ->
        [one] { $n } journal
       *[other] { $n } journals
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] guideline
       *[other] guidelines
    }
kind-name-systematic-review = { $form ->
        [one] systematic review
       *[other] systematic reviews
    }
kind-name-meta-analysis = { $form ->
        [one] meta-analysis
       *[other] meta-analyses
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCTs
    }
kind-name-pilot-rct = { $form ->
        [one] pilot RCT
       *[other] pilot RCTs
    }
kind-name-cohort = { $form ->
        [one] cohort study
       *[other] cohort studies
    }
kind-name-controlled-study = { $form ->
        [one] controlled study
       *[other] controlled studies
    }
kind-name-qualitative = { $form ->
        [one] qualitative study
       *[other] qualitative studies
    }
kind-name-service-evaluation = { $form ->
        [one] service evaluation
       *[other] service evaluations
    }
kind-name-pre-post = { $form ->
        [one] before-after study
       *[other] before-after studies
    }
kind-name-report = { $form ->
        [one] report
       *[other] reports
    }
kind-name-book = { $form ->
        [one] book
       *[other] books
    }
kind-name-chapter = { $form ->
        [one] chapter
       *[other] chapters
    }
kind-name-article = { $form ->
        [one] article
       *[other] articles
    }
kind-name-protocol = { $form ->
        [one] trial protocol
       *[other] trial protocols
    }
kind-name-journal = { $form ->
        [one] journal
       *[other] journals
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Guideline
kind-label-systematic-review = Systematic review
kind-label-meta-analysis = Meta-analysis
kind-label-rct = RCT
kind-label-pilot-rct = Pilot RCT
kind-label-cohort = Cohort study
kind-label-controlled-study = Controlled study
kind-label-qualitative = Qualitative study
kind-label-service-evaluation = Service evaluation
kind-label-pre-post = Before-after study
kind-label-report = Report
kind-label-book = Book
kind-label-chapter = Book chapter
kind-label-article = Article
kind-label-protocol = Trial protocol
kind-label-journal = Journal
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Guideline
kind-short-systematic-review = Review
kind-short-meta-analysis = Meta-analysis
kind-short-rct = RCT
kind-short-pilot-rct = Pilot RCT
kind-short-cohort = Cohort
kind-short-controlled-study = Controlled
kind-short-qualitative = Qualitative
kind-short-service-evaluation = Evaluation
kind-short-pre-post = Before-after
kind-short-report = Report
kind-short-book = Book
kind-short-chapter = Chapter
kind-short-article = Article
kind-short-protocol = Protocol
kind-short-journal = Journal
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Guideline
level-label-2 = Systematic review
level-label-3 = RCT
level-label-4 = Pilot RCT, cohort or controlled study
level-label-5 = Qualitative, service evaluation or before-after study
level-label-6 = Report, book or other

## What a question asks (its task), in a "Read as" line

task-effect = effects
task-recommendation = recommendations
task-experience = experiences
task-overall = strength of the evidence
task-largest = largest trials
task-count = how many studies
task-null = null results
task-harms = harms
task-dose = dose
task-delivered-by = who delivers it
task-currency = whether guidance is current
task-cost = costs
task-attrition = dropout
task-certainty = certainty of the evidence
task-citation = citations
task-reading-list = a reading list
task-chart = a chart
task-follow-up = a follow-up
task-not-a-question = not a question

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } in { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } in { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— the findings disagree

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } randomised
# A trial's size by the number randomised, without a unit.
randomised = { $n } randomised
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
        [one] family
       *[other] families
    }
counted-mothers = { $n ->
        [one] mother
       *[other] mothers
    }
counted-fathers = { $n ->
        [one] father
       *[other] fathers
    }
counted-parents = { $n ->
        [one] parent
       *[other] parents
    }
counted-children = { $n ->
        [one] child
       *[other] children
    }
counted-infants = { $n ->
        [one] infant
       *[other] infants
    }
counted-dyads = { $n ->
        [one] parent–child pair
       *[other] parent–child pairs
    }
counted-caregivers = { $n ->
        [one] caregiver
       *[other] caregivers
    }
counted-participants = { $n ->
        [one] participant
       *[other] participants
    }
counted-studies = { $n ->
        [one] study
       *[other] studies
    }
counted-trials = { $n ->
        [one] randomised trial
       *[other] randomised trials
    }
# Under a trial with no finding recorded.
no-result-recorded = No result recorded yet.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primary outcome: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primary outcomes: mixed ({ $improved } of { $of } primary findings improved).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Key finding (no primary outcome marked):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— in { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = any intervention
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = Largest trials of { $subject } in the knowledge
# After that heading, when there is no trial.
sized-none = : it holds no trial with results about this.
# After that heading: how many trials give a size.
sized-count = : { $sized } of its { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } give a size; largest first, by the number randomised (else the number who took part), each trial counted once however many papers report it.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = The knowledge holds { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } of { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, reported in { $papers ->
        [one] 1 paper
       *[other] { $papers } papers
    } (each trial counted once)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } more under way (protocol only, no results yet)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Also about it: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = The latest meta-analysis in it, { $author } { $year }, pooled { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Null and mixed results among trials of { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : of { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } in the knowledge, { $judged } { $judged ->
        [one] has
       *[other] have
    } a primary outcome marked; on it, { $null } found no significant difference and { $mixed } had mixed results (some primary outcomes improved, others did not).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Also listed: { $n ->
        [one] 1 trial
       *[other] { $n } trials
    } with no primary outcome marked whose key finding showed no significant difference; read the record before calling a trial null.
# "Harms reported in trials of VIG"
harms-heading = Harms reported in trials of { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : none of the { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } in the knowledge records what was reported on harms (adverse events). That is not evidence of no harm: the knowledge has not recorded it, and many trials do not report harms.
# After that heading: what the trials' records say about harms.
harms-count = : { $recorded } of { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } record what was reported on harms; { $none } looked and reported none, { $reported } reported adverse events.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dose (sessions) in trials of { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : { $dosed } of { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } record the number of sessions; fewest first, each with its result.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } sessions
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } session
       *[other] { $n } sessions
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Sessions
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } over { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    }
# Under a dose list.
dose-not-compared = Set side by side, not compared: the trials differ in more than dose (families, measures, comparison groups). No trial in the knowledge tests one dose against another unless its record says so.
# "Who delivered VIG in its trials"
delivered-heading = Who delivered { $subject } in its trials
# After that heading: how many trials record who delivered it.
delivered-count = : { $recorded } of { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } in the knowledge record who delivered it.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } of { $randomised } randomised were analysed
# "Dropout in trials of VIG"
attrition-heading = Dropout in trials of { $subject }
# After that heading: how many trials record dropout.
attrition-count = : { $known } of { $trials ->
        [one] 1 study
       *[other] { $trials } studies
    } record how many were lost to follow-up; highest first.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent }% lost to follow-up
# "Published costs of VIPP-SD"
cost-heading = Published costs of { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } of the { $records ->
        [one] 1 record
       *[other] { $records } records
    } about it { $with ->
        [one] gives
       *[other] give
    } cost figures.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } per family
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } per family ({ $year } prices)
# "Whether the guidance on postnatal depression is current"
currency-heading = Whether the guidance on { $subject } is current
# After that heading, when there is no guideline.
currency-none = : no guideline in the knowledge is about it.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 guideline
       *[other] { $guidelines } guidelines
    }, each with its status when someone last checked the publisher's page. Check the page again before quoting it.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (checked { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (date of the check not recorded).
# A guideline whose status is not recorded.
guideline-status-unknown = Status not recorded: check the publisher's page.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Certainty of the evidence on { $subject }
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } of the { $reviews ->
        [one] 1 review
       *[other] { $reviews } reviews
    } about it { $graded ->
        [one] grades the certainty of its
       *[other] grade the certainty of their
    } findings (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Counted from what the knowledge holds (version { $version }, last changed { $changed }), not from everything published.
# The last line of such an answer.
as-of-knowledge = Counted from what the knowledge holds (version { $version }), not from everything published.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (words not recognised, asked on fewer than 3 days)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Unanswered questions, { $since } to { $until }: none.
# The heading of a gap report.
gaps-heading = Unanswered questions, { $since } to { $until }: { $unanswered } ({ $nothing } found nothing, { $partial } only partial matches).
# A gap report's label for questions with filters and no words.
gap-filters-only = (filters only)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] once
       *[other] { $count } times
    }, last { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Votes on answers: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Latest comments:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = To add records for a gap: evidence-bot import, then evidence-bot check (README, "Reading the gap report"). { $gaps } since:30d looks further back.
# The heading of the weekly digest posted in the admin room.
gap-digest = Weekly digest of the gap log.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Thanks for the 👎. What were you looking for? Reply in this thread and I will pass it to the curators (only your words are kept, not your name).
# The reply to a comment or !feedback.
feedback-thanks = Thank you: passed to the curators, who read these when they add records.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } works as a reply to one of my { $evidence } answers: reply to the answer and write { $feedback } and what you were looking for.
# Feedback in a room where the curators' log is off.
feedback-off = Feedback is not collected in this room (the bot's admins turned it off).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = The gap log is off (gap_log = false in the config), so there is nothing to report.

## Room settings (!config)

# The heading of !config.
config-heading = Settings in this room:
# Marks a setting that is the bot's default.
config-default = {" "}(default)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Room moderators change one with { $config } KEY VALUE (e.g. { $config } citation_style harvard; `default` resets it). { $help } config explains each.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] set in this room
       *[default] default
    }). { $about }; values: { $values }. Change: { $config } { $key } VALUE
# A setting was stored.
config-saved = Saved for this room: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Not changed: { $problem }. { $config } lists the settings.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } is one of { $values }
setting-is = { $key } is { $values }
setting-on-off = { $key } is on or off
setting-number = { $key } is a number from 1 to { $max }
setting-filters = filters are words like kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = write the welcome message after the key, or none
setting-contact = write the room's contact after the key, or none
setting-unknown = there is no setting `{ $key }`; the settings are { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Only this room's moderators (power level 50 or more) and the bot's admins change its settings; anyone can see them with !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = The setting could not be saved on the homeserver; nothing changed. Try again in a moment.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = the style of { $cite } when none is named
config-about-results = results per page of { $evidence } and { $more }
config-about-replies = answers as replies in the room, or always in a thread on the question
config-about-filters = filters added to every { $evidence } question here, e.g. since:2015
config-about-welcome = a message for each person who joins the room
config-about-gap-log = whether questions the knowledge could not answer, and feedback, are logged for the curators
config-about-followups = whether a reply to an answer that reads as a follow-up ("and for dads?", "cite the second one") is answered without a mention
config-about-language = the language of replies here; auto answers each message in its own language
config-about-safety-watch = whether every message here is screened for someone at risk (messages to the bot always are)
config-about-safety-contact = this room's own contact, added to the safety reply after the operator's text

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Subscribed to { $query } (subscription { $n }): this room hears when records it finds are added or changed.
# Before the latest record a new subscription finds.
latest-match = The latest record it finds:
# A new subscription finds nothing yet.
nothing-matches-yet = Nothing in the knowledge matches it yet; the room will hear when something does.
# The room already follows that search.
already-subscribed = This room already follows { $query }.
# A room follows as many searches as it may.
too-many-subscriptions = A room follows at most { $max } searches; { $subscriptions } lists them and { $unsubscribe } N removes one.
# !unsubscribe N done.
unsubscribed = Unsubscribed from { $query }.
# !unsubscribe all done.
unsubscribed-all = Unsubscribed from every search.
# !unsubscribe with a number that is not one.
unsubscribe-which = Say which: { $unsubscribe } 1 to { $n }, or { $unsubscribe } all ({ $subscriptions } lists them).
# A room without subscriptions.
no-subscriptions = This room follows no searches. { $subscribe } QUERY (room moderators) makes it hear about new and changed records, e.g. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = This room follows:
# How to stop following.
unsubscribe-how = { $unsubscribe } N or { $unsubscribe } all (room moderators).
# The heading of a subscription notice.
notice-heading = New and changed evidence for this room's subscriptions.
# One subscription in a notice.
notice-for = For { $query }:
# Marks a new record in a notice.
new-record = New:
# Marks a changed record in a notice.
changed-record = Changed:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (was { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = sample
field-title = title
field-year = year
field-kind = kind
field-status = status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = verified
status-partial = partial
status-unverified = unverified
# Findings added or corrected.
findings-added = { $added } finding(s) added or corrected
# Findings removed.
findings-removed = { $removed } finding(s) removed
# Findings both added and removed.
findings-corrected = findings corrected ({ $added } new or changed, { $removed } replaced)
# A change in fields a notice does not name.
other-details-changed = other details corrected
# More records than a notice lists.
and-more = …and { $n } more.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Added or changed since { $from }: { $n } record(s), newest first.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Added or changed since { $from } ({ $filters }): { $n } record(s), newest first.
# Before a record new since the date.
whatsnew-new = New { $date }:
# Before a record changed since the date.
whatsnew-changed = Changed { $date }:
# Nothing new since a date.
nothing-new = Nothing was added or changed since { $from }.
# Nothing new matching the filters since a date.
nothing-new-filtered = Nothing matching { $filters } was added or changed since { $from }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …and { $n } more: narrow it with a later date or a filter, e.g. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = So there is nothing to draw.
# The group of findings that name no outcome domain.
chart-other-outcomes = Other outcomes
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = The { $records ->
        [one] 1 record
       *[other] { $records } records
    } about { $question } { $records ->
        [one] reports
       *[other] report
    } no effect size to chart; <code>{ $evidence }</code> lists what they found.
# The names of effect measures, on a chart's axis.
measure-d = Cohen's d
measure-g = Hedges' g
measure-smd = Standardised mean difference, SMD
measure-md = Mean difference, MD
measure-r = Correlation, r
measure-or = Odds ratio, OR
measure-rr = Risk ratio, RR
measure-hr = Hazard ratio, HR
measure-percent = Percentage
# The first sentence of a chart's alt text.
chart-heading = Chart of effects for “{ $question }”: { $drawn } of the { $records ->
        [one] 1 record
       *[other] { $records } records
    } about it { $drawn ->
        [one] reports
       *[other] report
    } effect sizes, strongest evidence first, each with its 95% confidence interval where the record gives one.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (no effect at { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, level { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Not drawn: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 finding
       *[other] { $n } findings
    } without an effect size
not-drawn-percentages = { $n ->
        [one] 1 finding
       *[other] { $n } findings
    } given as a percentage
not-drawn-unverified = { $n ->
        [one] 1 finding
       *[other] { $n } findings
    } no source confirmed
not-drawn-beyond = { $n ->
        [one] 1 finding
       *[other] { $n } findings
    } beyond the first { $max } rows
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Guideline
level-short-2 = Review
level-short-3 = RCT
level-short-4 = Pilot RCT
level-short-5 = Evaluation
level-short-6 = Other
# The first sentence of a map's alt text, for a question.
map-heading-question = Evidence map of the { $records ->
        [one] 1 record
       *[other] { $records } records
    } about “{ $question }”: { $topics ->
        [one] 1 topic
       *[other] { $topics } topics
    } by evidence level (1 guideline, 2 review, 3 RCT, 4 pilot RCT or cohort, 5 qualitative or evaluation, 6 other); a record with several topics counts under each.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Evidence map of all { $records ->
        [one] 1 record
       *[other] { $records } records
    } in the knowledge: { $topics ->
        [one] 1 topic
       *[other] { $topics } topics
    } by evidence level (1 guideline, 2 review, 3 RCT, 4 pilot RCT or cohort, 5 qualitative or evaluation, 6 other); a record with several topics counts under each.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } at level { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [image: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Effects reported: “{ $question }”
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } of { $records ->
        [one] 1 record
       *[other] { $records } records
    } · strongest first · line: 95% CI · ring: no CI
# Before the level colours under a chart.
chart-legend = Evidence level:
# The last line under a chart.
chart-footnote = Each row is one finding as its record states it; a shaded bar is a range over several measures. Values are not pooled, and which side of the line favours the intervention depends on the outcome.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (no CI)
# A map's title, for a question.
map-title-question = Evidence map: “{ $question }”
# A map's title, for the whole knowledge.
map-title-all = Evidence map: the whole knowledge
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 record
       *[other] { $records } records
    } by topic ({ $topics }) and evidence level, strongest on the left
# The heading of a map's last column.
map-total = Total
# The line under a map.
map-footnote = Each cell counts records; a record with several topics counts under each. Darker cells hold more records. L1 guideline, L2 review, L3 RCT, L4 pilot RCT, cohort or controlled study, L5 qualitative study or evaluation, L6 other.
# When drawing a figure failed (a bug, logged).
figure-failed = Sorry, I could not draw that picture; the error is in my log.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = This room's contact:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = A safety reply was sent in { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } changed { $key } to: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hello! I answer questions on the research evidence for Video Interaction Guidance and video feedback. Try { $evidence } { example-question }, or ask me in words.
# The reply to a greeting later on.
greeting = Hello! Ask me about the evidence whenever you like.
# The reply to thanks.
thanks = You're welcome.
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Questions I answer are not logged. Questions no record was about, and 👍/👎 feedback with its comment, go into a gap log for the curators for a limited time (90 days by default), with no user id or room id in the clear. { $here } A message saying someone is at risk is never logged or stored. Avoid names and identifying details all the same.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = In this room that log is on; a moderator can turn it off with { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = In this room that log is off.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Sorry, I can't { $what }. I can find and summarise the research evidence, with citations: try { $evidence } { example-question }, or { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Read as a follow-up: previous question + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = The question was read as asking about { $task }. Records are ordered first by how much of the question they are about, then by kind of evidence ({ $kinds }), then by how closely their text matches, their level and their year. The records shown:
# The order of kinds for questions about effects.
order-kinds-effect = peer-reviewed systematic reviews and meta-analyses first, then RCTs, then pilot RCTs, then guidelines that recommend the intervention, then other studies
# The order of kinds for other questions.
order-kinds-other = the kinds of evidence that best answer that task first
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (level { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (level { $level }, { $level_label }, peer-reviewed)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = I'm sorry this is so hard right now. I'm a research-evidence bot, so I can't help with this myself. Please get help now:
# Opening: a baby or child is at risk now.
safety-opening-child = Thank you for telling me. I'm a research-evidence bot, so I can't help with this myself. Please get help for the child now:
# Opening: domestic abuse happening now.
safety-opening-abuse = I'm sorry this is happening. I'm a research-evidence bot, so I can't help with this myself. Please get help now:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Practitioners: follow your local safeguarding procedures today and speak to your safeguarding lead.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Practitioners: follow your local safeguarding procedures today and speak to your safeguarding lead or children's social care.
# Whom a contact is for, before its name and number.
safety-for-emergency = In immediate danger
safety-for-silent-call = If you can't speak on an emergency call
safety-for-anyone = Anyone, any time
safety-for-text = By text
safety-for-mental-health = Urgent mental health help
safety-for-children = Children and young people
safety-for-worried-adults = Adults worried about a child
safety-for-domestic-abuse = Domestic abuse
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = free, 24 hours
safety-free = free
safety-always = 24 hours
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = If someone is at risk now: { $contacts }; and follow your local safeguarding procedures.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = improved
direction-no-difference = no significant difference
direction-worse = worse
direction-mixed = mixed

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = high certainty
certainty-moderate = moderate certainty
certainty-low = low certainty
certainty-very-low = very low certainty
# Whether a finding was statistically significant, after its numbers.
finding-significant = significant
finding-not-significant = not significant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95% CI { $low } to { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } to { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · level { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } follow-up · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Record titles and summaries are in English, as published.
