### evidence-bot: every sentence the bot writes itself, in Welsh (Cymraeg), translated from
### en.ftl. The comments are the English translator notes, kept as they are.
###
### Terms used throughout: record = cofnod (cofnodion), the knowledge = y gronfa wybodaeth
### (feminine: "ynddi"), evidence = tystiolaeth, finding = canfyddiad, outcome = deilliant,
### caveat = cafeat, citation = cyfeirnod, curators = curaduron, admins = gweinyddwyr,
### moderators = cymedrolwyr, gap log = y log bylchau, subscription = tanysgrifiad,
### safeguarding = diogelu, video feedback = adborth fideo, RCT = RCT/RCTs, quotation marks “…”.
### Form of address: chi.
### Plurals: Welsh has zero (0), one (1), two (2), few (3), many (6) and other. After a numeral a
### noun stays singular; as read aloud, 2 (dau/dwy) softens it ("2 gofnod"), 3 (tri, masculine)
### and 6 (chwe) aspirate it ("3 chofnod", "6 chofnod"), and 1 (un) softens a feminine noun
### ("1 bennod"). Nouns that do not mutate (astudiaeth, adolygiad, RCT, sesiwn) need no selector.
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
reply-cut = [ateb wedi'i dorri i ffitio mewn neges sgwrs: gofynnwch gwestiwn culach]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Roedd eich cwestiwn yn hir, felly dim ond y { $max } nod cyntaf a ddefnyddiwyd.
# An answer failed inside the bot; the details are in its log.
internal-error = Mae'n ddrwg gen i, aeth rhywbeth o'i le wrth ateb. Gall y gweinyddwyr weld y manylion yn y log.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Arafwch ychydig, os gwelwch yn dda: dim mwy na { $commands } gorchymyn bob { $seconds } eiliad. Bydda i'n ateb eto cyn bo hir.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: doeddwn i ddim yn gallu darllen eich neges wedi'i hamgryptio (ches i mo'i hallweddau). Anfonwch hi eto; os yw hyn yn dal i ddigwydd, gofynnwch i weinyddwr wirio fy nyfais.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Rwy'n dod o hyd i ymchwil a chanllawiau ar Video Interaction Guidance (VIG) ac ymyriadau adborth fideo cysylltiedig (VERP, VIPP). Gofynnwch mewn geiriau syml: daw'r canlyniadau sy'n cyfateb orau gyntaf, a phan fo dau'n agos, daw'r dystiolaeth gryfach yn gyntaf.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Rhowch gynnig ar: { $evidence } cynamserol · { $evidence } iselder ôl-enedigol kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = Dydw i ddim yn adnabod { $command }. Oeddech chi'n golygu { $suggestion }? (Mae { $help } yn rhestru'r gorchmynion.)
# A command word the bot does not know.
unknown-command = Dydw i ddim yn adnabod { $command }. Mae { $help } yn rhestru'r gorchmynion.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Defnydd: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = pa gofnod? Rhowch ei ddynodydd, fel y mae o dan bob canlyniad
problem-one-record = rhowch un dynodydd cofnod yn unig
problem-which-records = pa gofnod? Rhowch un dynodydd neu fwy, fel y maen nhw o dan bob canlyniad
problem-too-many-records = dim mwy na { $max } cofnod ar y tro
problem-which-topic = pa bwnc? e.e. { $reading_list } awtistiaeth ris
problem-what-to-chart = dywedwch beth i'w ddangos mewn siart, e.e. { $chart } cynamserol
problem-what-to-follow = dywedwch pa chwiliad i'w ddilyn, e.e. { $subscribe } cynamserol
problem-which-subscription = dywedwch pa un: { $unsubscribe } 1, neu { $unsubscribe } all
problem-what-you-were-looking-for = dywedwch beth roeddech chi'n chwilio amdano, fel ymateb i fy ateb: { $feedback } roeddwn i eisiau astudiaethau gyda thadau
problem-one-period = un cyfnod ar y mwyaf: { $gaps }, { $gaps } since:2026-11-01 neu { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Mae'n ddrwg gen i, mae'r gorchymyn hwnnw ar gyfer gweinyddwyr y bot yn unig.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Mae'r gorchymyn hwnnw'n gweithio yn y bot tra bydd yn rhedeg (evidence-bot run), nid ar y llinell orchymyn.
# The reply to !status. $minutes has two digits ("05").
status = Ar waith ers { $hours } awr { $minutes } mun. Ystafelloedd: { $rooms }. Cofnodion: { $records } (cronfa wybodaeth { $version }, { $origin }). Ail-lwytho diwethaf: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Mae'r gorchymyn hwnnw'n gweithio mewn ystafell Matrix, gyda'r bot yn rhedeg (ar gyfer y log bylchau o derfynell: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = y dystiolaeth ar bwnc neu gwestiwn, e.e. `{ $evidence } cynamserol` neu `{ $evidence } ydy VIG yn helpu tadau yn yr uned newyddenedigol?`. Cyfatebiaethau uniongyrchol yw cofnodion am bopeth rydych chi'n ei ofyn (pwnc, ymyriad, canlyniad, enwau), gyda'r dystiolaeth gryfaf yn gyntaf (canllaw, adolygiad, RCT, peilot neu garfan, gwerthusiad, arall; daw math rydych chi'n ei enwi, fel RCT neu NICE, yn gyntaf), yna yn ôl pa mor agos yw'r gyfatebiaeth a pha mor ddiweddar ydyn nhw. Dim ond rhan o'r cwestiwn sydd gan gyfatebiaethau rhannol, ac maen nhw wedi'u rhestru ar wahân o dan linell sy'n dweud hynny; pan nad oes dim byd uniongyrchol, mae'r ateb yn dweud pa eiriau nad yw'r gronfa wybodaeth yn eu cynnwys. Hidlyddion: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = y canlyniadau nesaf o'ch chwiliad diwethaf gyda { $evidence } yn yr ystafell hon
command-show = popeth am un cofnod (canfyddiadau, rhifau, cafeatau, ffynonellau)
command-cite = cyfeirnodau ar gyfer rhestr gyfeiriadau, gyda'r ffurf yn y testun (APA 7 oni bai eich bod yn gofyn am rywbeth arall), neu BibTeX/RIS/CSL-JSON i'w gopïo
command-reading-list = ffeil o'r cofnodion gorau ar gyfer chwiliad, ar gyfer Zotero, EndNote neu Mendeley (RIS oni bai eich bod yn gofyn am rywbeth arall; CSL-JSON ar gyfer pandoc neu unrhyw offeryn CSL), e.e. { $reading_list } awtistiaeth ris
command-chart = llun o'r effeithiau y mae'r cofnodion am gwestiwn yn eu hadrodd (un rhes i bob canfyddiad gyda maint effaith: y gwerth a'i gyfwng hyder 95%, wedi'u grwpio yn ôl canlyniad, un panel i bob mesur fel d, SMD neu OR, wedi'u lliwio yn ôl lefel tystiolaeth), ar gyfer ystafell neu sleid; mae testun y neges yn rhoi'r un rhifau ar gyfer darllenwyr sgrin, e.e. { $chart } cynamserol
command-map = map tystiolaeth fel llun: pynciau yn ôl lefel tystiolaeth (canllaw, adolygiad, RCT, peilot neu garfan, gwerthusiad, arall), gyda nifer y cofnodion ym mhob cell; gyda chwestiwn, dim ond y cofnodion amdano, e.e. { $map } neu { $map } awtistiaeth
command-topics = y pynciau y mae'r gronfa wybodaeth yn eu cynnwys, gyda nifer y cofnodion ar gyfer pob un
command-help = y cymorth hwn, neu ragor am un gorchymyn
command-about = beth mae'r bot yn ei wybod, fersiwn y gronfa wybodaeth a'i dyddiad
command-config = gosodiadau'r ystafell hon: citation_style (apa|harvard|vancouver), results (1-5 y dudalen), replies (room|thread), filters (e.e. since:2015, neu none), welcome (TEXT|none, i bobl sy'n ymuno), gap_log (on|off). Mae cymedrolwyr yr ystafell (lefel pŵer 50 neu uwch) a gweinyddwyr y bot yn eu newid, e.e. { $config } citation_style harvard; mae `default` yn ailosod un. Wedi'u cadw ar y gweinydd cartref, ar gyfer yr ystafell hon yn unig
command-whatsnew = cofnodion sydd wedi'u hychwanegu at y gronfa wybodaeth neu wedi newid ers dyddiad (y 30 diwrnod diwethaf oni bai am since:2026-11-01 neu since:7d), y mwyaf newydd yn gyntaf; mae hidlyddion fel kind:rct neu topic:preterm yn eu culhau
command-subscribe = (cymedrolwyr yr ystafell) dilyn chwiliad: ar ôl i'r gronfa wybodaeth newid, bydd yr ystafell hon yn clywed unwaith am y cofnodion y mae'n dod o hyd iddyn nhw sydd wedi'u hychwanegu (lefel, teitl, prif ganfyddiad) neu wedi newid (beth newidiodd), e.e. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (cymedrolwyr yr ystafell) peidio â dilyn tanysgrifiad N (fel mae { $subscriptions } yn eu rhifo), neu all ar gyfer pob un
command-subscriptions = y chwiliadau y mae'r ystafell hon yn eu dilyn
command-feedback = fel ymateb i un o fy atebion: dywedwch wrth y curaduron beth roeddech chi'n chwilio amdano (dechreuwch gyda 👍 neu 👎 i bleidleisio; mae adwaith 👍 neu 👎 ar yr ateb yn pleidleisio hefyd). Dim ond y cwestiwn, eich pleidlais a'ch geiriau sy'n cael eu cadw, byth pwy ydych chi
command-gaps = y cwestiynau nad oedd gan y gronfa wybodaeth ateb iddyn nhw, wedi'u grwpio yn ôl eu pwnc, gyda'r pleidleisiau a'r sylwadau ar atebion (gweinyddwyr yn unig; y 7 diwrnod diwethaf oni bai am since:2026-11-01 neu since:30d)
command-reload = ail-lwytho ffeiliau'r gronfa wybodaeth (gweinyddwyr yn unig)
command-status = amser ar waith, ystafelloedd, cofnodion a'r ail-lwytho diwethaf (gweinyddwyr yn unig)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = Does dim chwiliad blaenorol gennych chi yn yr ystafell hon i'w barhau. Dechreuwch un gyda { $evidence } QUERY.
# !more past the last result.
end-of-results = Dyna'r cyfan ar gyfer y chwiliad hwnnw.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Dyna'r { $shown } cyntaf o { $total } canlyniad. Culhewch y chwiliad i weld y lleill, er enghraifft gyda kind:rct, topic:preterm neu since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Rhagor am { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Does dim cofnod `{ $id }`. Oeddech chi'n golygu `{ $suggestion }`?
# An id that names no record.
unknown-record = Does dim cofnod `{ $id }`. Mae'r dynodwyr (ids) i'w gweld o dan bob canlyniad gan { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Wnes i ddim dod o hyd i ddim byd yn y gronfa wybodaeth ar y cwestiwn hwn.
# Nothing found for a short question, quoted.
nothing-found = Wnes i ddim dod o hyd i ddim byd ar “{ $query }”.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Noder: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Yn dangos canlyniadau ar gyfer { $corrected } (teipioch chi { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Oeddech chi'n golygu: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = Mae <code>{ $topics }</code> yn rhestru beth sydd yn y gronfa wybodaeth.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Does dim byd yn y gronfa wybodaeth am { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Does dim byd yn y gronfa wybodaeth am { $phrases }. Rhowch gynnig ar <code>{ $topics }</code> i weld beth sydd ynddi.
# What the question said it is not about, and that the answer leaves out.
excluded = Rwy'n gadael allan y cofnodion am { $phrases }, fel y gofynnoch chi.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } heblaw am { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } neu { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } a { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } ac { $last }
# The heading of an answer with records about the question.
evidence-on = Tystiolaeth ar { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } cofnod
        [two] { $n } gofnod
        [few] { $n } chofnod
        [many] { $n } chofnod
       *[other] { $n } cofnod
    } amdano, y cryfaf yn gyntaf ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } arall
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Dehongliad: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Dehongliad: { $read }. Heb eu hadnabod: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Doeddwn i ddim yn gallu deall am beth mae hyn yn holi.
# The same for a short message, quoted.
could-not-tell-what = Doeddwn i ddim yn gallu deall am beth mae { $quoted } yn holi.
# After either of those: an example search to type.
try-for-example = {" "}Rhowch gynnig, er enghraifft, ar <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIG babanod cynamserol
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = Y { $shown } cyntaf o { $total } cofnod am y cwestiwn; i gael y cyfan:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Yr agosaf: { $label }, { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Does dim cofnod yn y gronfa wybodaeth am { $first } ac am { $second } gyda'i gilydd.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Does dim cofnod yn y gronfa wybodaeth am { $parts } gyda'i gilydd.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (adborth fideo yn gyffredinol)
# The short unverified warning on a result line (shown in brackets).
unverified-short = heb ei wirio
# Where a page of results is, when no result is direct.
showing-all = Yn dangos { $start }–{ $end } o { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Yn dangos { $start }–{ $end } o { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Yn dangos { $start }–{ $end } o { $direct } uniongyrchol a { $partial } rhannol.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> i weld { $n } arall
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> i gael cyfeirnod.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> i gael manylion
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … a { $n } arall yn y ffeil.

## Records (!show)

# The warning on records that could not be verified.
unverified = heb ei wirio: nid oedd modd gwirio'r manylion yn erbyn ffynhonnell
# The warning on partly verified records.
partial = wedi'i wirio'n rhannol
# After a finding no source confirmed.
finding-unverified = (heb ei gadarnhau mewn ffynhonnell)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: gweler y cafeatau
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Canfyddiadau
# Heading before a record's caveats.
label-caveats = Cafeatau
# Before the ids of related records.
label-related = Cysylltiedig:{" "}
# Heading before a record's sources.
label-sources = Ffynonellau
# After a source no one confirmed.
label-source-unverified = {" "}[heb ei wirio]
# Before the !cite command for the record.
label-cite-it = Cyfeirnod:{" "}
# The facts of a record: the intervention.
label-intervention = Ymyriad
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = adborth fideo
intervention-other = arall
intervention-none = dim
# The facts of a record: who took part.
label-who = Pwy
# The facts of a record: the study design.
label-design = Cynllun
# The facts of a record: the sample.
label-sample = Sampl
# The facts of a record: the country.
label-country = Gwlad
# The facts of a record: the trial registration.
label-registration = Cofrestru
# The facts of a record: its topics.
label-topics = Pynciau
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = Yn y testun:{" "}
# A record whose authors no source shows.
label-authors-not-known = Awduron yn anhysbys
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Pennod { $chapter } yn { $book }
# The book a work appeared in, when no chapter is given.
in-book = Yn { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Mae'n ddrwg gen i, doeddwn i ddim yn gallu fformatio cyfeirnod ar gyfer `{ $id }`. Mae'r gweinyddwyr wedi cael gwybod yn y log.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Cyfeirnod
       *[other] Cyfeirnodau
    } { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } ar gyfer { $n } cofnod</b>: copïwch y testun, neu defnyddiwch <code>{ $command }</code> i gael ffeil.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Does dim cofnod yn y gronfa wybodaeth am “{ $query }”. Rhowch gynnig ar <code>{ $topics }</code> i weld beth sydd ynddi.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Rhestr ddarllen ar gyfer { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } cofnod
        [two] { $n } gofnod
        [few] { $n } chofnod
        [many] { $n } chofnod
       *[other] { $n } cofnod
    } yn { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } cofnod
        [two] { $n } gofnod
        [few] { $n } chofnod
        [many] { $n } chofnod
       *[other] { $n } cofnod
    } yn { $filename } ({ $hint }), { $n ->
        [one] yr un gorau
       *[other] y { $n } gorau
    } o { $total }.
# What each file format is for.
format-hint-ris = RIS, ar gyfer Zotero, EndNote neu Mendeley
format-hint-bibtex = BibTeX, ar gyfer LaTeX, Zotero neu JabRef
format-hint-markdown = taflen gyda lefelau a'r prif ganfyddiadau
format-hint-csl-json = CSL-JSON, ar gyfer Zotero, pandoc neu unrhyw offeryn CSL
format-hint-apa = rhestr gyfeiriadau APA 7
format-hint-harvard = rhestr gyfeiriadau Harvard
format-hint-vancouver = rhestr gyfeiriadau Vancouver

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Beth sydd yn y gronfa wybodaeth: { $covered } o'r { $concepts } cysyniad yn ei geirfa, fesul agwedd, gyda'u cofnodion.
# The facets of the vocabulary, as headings in !topics.
facet-population = Pwy
facet-setting = Ble
facet-intervention = Ymyriadau
facet-comparison = O'i gymharu â
facet-outcome = Deilliannau
facet-kind = Mathau o dystiolaeth
facet-profession = Proffesiynau
facet-country = Gwledydd
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Gofynnwch yn eich geiriau eich hun, gan enwi unrhyw un o'r rhain (rhai culach hefyd: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } cofnod
        [two] { $n } gofnod
        [few] { $n } chofnod
        [many] { $n } chofnod
       *[other] { $n } cofnod
    }
# The first line of !about, after the bot's name and version.
about = {" "}— tystiolaeth ar Video Interaction Guidance ac adborth fideo cysylltiedig.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Fersiwn { $version } o'r gronfa wybodaeth ({ $origin }), wedi'i llwytho { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } cofnod, { $topics } pwnc.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (lefel { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Ail-lwytho diwethaf: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = Set o ffeiliau y mae gweinyddwyr y gymuned yn eu curadu yw'r gronfa wybodaeth: mae pob cofnod yn enwi ei ffynonellau ac yn cael ei wirio yn eu herbyn. I awgrymu papur neu roi gwybod am gamgymeriad, ymatebwch i un o'r atebion gyda <code>{ $feedback }</code> a'ch nodyn, neu dywedwch wrth eich gweinyddwyr.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } canllaw
        [two] { $n } ganllaw
        [few] { $n } chanllaw
        [many] { $n } chanllaw
       *[other] { $n } canllaw
    }
kind-count-systematic-review = { $n ->
        [one] { $n } adolygiad systematig
       *[other] { $n } adolygiad systematig
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } meta-ddadansoddiad
        [two] { $n } feta-ddadansoddiad
       *[other] { $n } meta-ddadansoddiad
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCT
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } RCT peilot
       *[other] { $n } RCT peilot
    }
kind-count-cohort = { $n ->
        [one] { $n } astudiaeth garfan
       *[other] { $n } astudiaeth garfan
    }
kind-count-controlled-study = { $n ->
        [one] { $n } astudiaeth reoledig
       *[other] { $n } astudiaeth reoledig
    }
kind-count-qualitative = { $n ->
        [one] { $n } astudiaeth ansoddol
       *[other] { $n } astudiaeth ansoddol
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } gwerthusiad gwasanaeth
        [two] { $n } werthusiad gwasanaeth
       *[other] { $n } gwerthusiad gwasanaeth
    }
kind-count-pre-post = { $n ->
        [one] { $n } astudiaeth cyn ac ar ôl
       *[other] { $n } astudiaeth cyn ac ar ôl
    }
kind-count-report = { $n ->
        [one] { $n } adroddiad
       *[other] { $n } adroddiad
    }
kind-count-book = { $n ->
        [one] { $n } llyfr
        [two] { $n } lyfr
       *[other] { $n } llyfr
    }
kind-count-chapter = { $n ->
        [one] { $n } bennod
        [two] { $n } bennod
        [many] { $n } phennod
       *[other] { $n } pennod
    }
kind-count-article = { $n ->
        [one] { $n } erthygl
       *[other] { $n } erthygl
    }
kind-count-protocol = { $n ->
        [one] { $n } protocol treial
        [two] { $n } brotocol treial
        [few] { $n } phrotocol treial
        [many] { $n } phrotocol treial
       *[other] { $n } protocol treial
    }
kind-count-journal = { $n ->
        [one] { $n } cyfnodolyn
        [two] { $n } gyfnodolyn
        [few] { $n } chyfnodolyn
        [many] { $n } chyfnodolyn
       *[other] { $n } cyfnodolyn
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] canllaw
       *[other] canllawiau
    }
kind-name-systematic-review = { $form ->
        [one] adolygiad systematig
       *[other] adolygiadau systematig
    }
kind-name-meta-analysis = { $form ->
        [one] meta-ddadansoddiad
       *[other] meta-ddadansoddiadau
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCTs
    }
kind-name-pilot-rct = { $form ->
        [one] RCT peilot
       *[other] RCTs peilot
    }
kind-name-cohort = { $form ->
        [one] astudiaeth garfan
       *[other] astudiaethau carfan
    }
kind-name-controlled-study = { $form ->
        [one] astudiaeth reoledig
       *[other] astudiaethau rheoledig
    }
kind-name-qualitative = { $form ->
        [one] astudiaeth ansoddol
       *[other] astudiaethau ansoddol
    }
kind-name-service-evaluation = { $form ->
        [one] gwerthusiad gwasanaeth
       *[other] gwerthusiadau gwasanaeth
    }
kind-name-pre-post = { $form ->
        [one] astudiaeth cyn ac ar ôl
       *[other] astudiaethau cyn ac ar ôl
    }
kind-name-report = { $form ->
        [one] adroddiad
       *[other] adroddiadau
    }
kind-name-book = { $form ->
        [one] llyfr
       *[other] llyfrau
    }
kind-name-chapter = { $form ->
        [one] pennod
       *[other] penodau
    }
kind-name-article = { $form ->
        [one] erthygl
       *[other] erthyglau
    }
kind-name-protocol = { $form ->
        [one] protocol treial
       *[other] protocolau treial
    }
kind-name-journal = { $form ->
        [one] cyfnodolyn
       *[other] cyfnodolion
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Canllaw
kind-label-systematic-review = Adolygiad systematig
kind-label-meta-analysis = Meta-ddadansoddiad
kind-label-rct = RCT
kind-label-pilot-rct = RCT peilot
kind-label-cohort = Astudiaeth garfan
kind-label-controlled-study = Astudiaeth reoledig
kind-label-qualitative = Astudiaeth ansoddol
kind-label-service-evaluation = Gwerthusiad gwasanaeth
kind-label-pre-post = Astudiaeth cyn ac ar ôl
kind-label-report = Adroddiad
kind-label-book = Llyfr
kind-label-chapter = Pennod llyfr
kind-label-article = Erthygl
kind-label-protocol = Protocol treial
kind-label-journal = Cyfnodolyn
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Canllaw
kind-short-systematic-review = Adolygiad
kind-short-meta-analysis = Meta-ddadansoddiad
kind-short-rct = RCT
kind-short-pilot-rct = RCT peilot
kind-short-cohort = Carfan
kind-short-controlled-study = Rheoledig
kind-short-qualitative = Ansoddol
kind-short-service-evaluation = Gwerthusiad
kind-short-pre-post = Cyn ac ar ôl
kind-short-report = Adroddiad
kind-short-book = Llyfr
kind-short-chapter = Pennod
kind-short-article = Erthygl
kind-short-protocol = Protocol
kind-short-journal = Cyfnodolyn
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Canllaw
level-label-2 = Adolygiad systematig
level-label-3 = RCT
level-label-4 = RCT peilot, astudiaeth garfan neu astudiaeth reoledig
level-label-5 = Astudiaeth ansoddol, gwerthusiad gwasanaeth neu astudiaeth cyn ac ar ôl
level-label-6 = Adroddiad, llyfr neu arall

## What a question asks (its task), in a "Read as" line

task-effect = effeithiau
task-recommendation = argymhellion
task-experience = profiadau
task-overall = cryfder y dystiolaeth
task-largest = y treialon mwyaf
task-count = faint o astudiaethau sydd
task-null = canlyniadau nwl
task-harms = niwed
task-dose = dos
task-delivered-by = pwy sy'n ei ddarparu
task-currency = a yw'r canllawiau'n gyfredol
task-cost = costau
task-attrition = cyfranogwyr yn gadael
task-certainty = sicrwydd y dystiolaeth
task-citation = cyfeirnodau
task-reading-list = rhestr ddarllen
task-chart = siart
task-follow-up = cwestiwn dilynol
task-not-a-question = nid cwestiwn

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } mewn { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } mewn { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— mae'r canfyddiadau'n anghytuno

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } wedi'u dyrannu ar hap
# A trial's size by the number randomised, without a unit.
randomised = { $n } wedi'u dyrannu ar hap
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
       *[other] teulu
    }
counted-mothers = { $n ->
       *[other] mam
    }
counted-fathers = { $n ->
       *[other] tad
    }
counted-parents = { $n ->
       *[other] rhiant
    }
counted-children = { $n ->
       *[other] plentyn
    }
counted-infants = { $n ->
       *[other] baban
    }
counted-dyads = { $n ->
       *[other] pâr rhiant a phlentyn
    }
counted-caregivers = { $n ->
       *[other] gofalwr
    }
counted-participants = { $n ->
       *[other] cyfranogwr
    }
counted-studies = { $n ->
       *[other] astudiaeth
    }
counted-trials = { $n ->
       *[other] treial ar hap
    }
# Under a trial with no finding recorded.
no-result-recorded = Dim canlyniad wedi'i gofnodi eto.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Prif ddeilliant: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Prif ddeilliannau: cymysg (gwellodd { $improved } o { $of } prif ganfyddiad).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Canfyddiad allweddol (dim prif ddeilliant wedi'i nodi):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— yn { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = unrhyw ymyriad
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = Treialon mwyaf { $subject } yn y gronfa wybodaeth
# After that heading, when there is no trial.
sized-none = : does dim treial â chanlyniadau am hyn ynddi.
# After that heading: how many trials give a size.
sized-count = : mae { $sized } o'i { $trials } astudiaeth yn rhoi maint; y mwyaf yn gyntaf, yn ôl y nifer a ddyrannwyd ar hap (neu fel arall y nifer a gymerodd ran), gyda phob treial yn cael ei gyfrif unwaith ni waeth faint o bapurau sy'n adrodd arno.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = Mae'r gronfa wybodaeth yn cynnwys { $trials } astudiaeth o { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, wedi'u hadrodd mewn { $papers ->
        [one] 1 papur
        [two] { $papers } bapur
        [few] { $papers } phapur
        [many] { $papers } phapur
       *[other] { $papers } papur
    } (pob treial wedi'i gyfrif unwaith)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } arall ar y gweill (protocol yn unig, dim canlyniadau eto)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Hefyd amdano: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = Cyfunodd y meta-ddadansoddiad diweddaraf ynddi, { $author } { $year }, { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Canlyniadau nwl a chymysg ymhlith treialon { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : o'r { $trials } astudiaeth yn y gronfa wybodaeth, mae gan { $judged } brif ddeilliant wedi'i nodi; ar hwnnw, ni chafodd { $null } unrhyw wahaniaeth arwyddocaol a chafodd { $mixed } ganlyniadau cymysg (gwellodd rhai prif ddeilliannau, ond nid eraill).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Hefyd wedi'u rhestru: { $n ->
        [one] 1 treial
        [two] { $n } dreial
        [few] { $n } threial
        [many] { $n } threial
       *[other] { $n } treial
    } heb brif ddeilliant wedi'i nodi lle nad oedd y canfyddiad allweddol yn dangos gwahaniaeth arwyddocaol; darllenwch y cofnod cyn galw treial yn nwl.
# "Harms reported in trials of VIG"
harms-heading = Niwed a adroddwyd mewn treialon { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : { $trials ->
        [one] nid yw cofnod yr unig astudiaeth
       *[other] nid yw cofnod yr un o'r { $trials } astudiaeth
    } yn y gronfa wybodaeth yn nodi beth a adroddwyd am niwed (digwyddiadau niweidiol). Nid yw hynny'n dystiolaeth nad oes niwed: nid yw'r gronfa wybodaeth wedi'i gofnodi, ac nid yw llawer o dreialon yn adrodd am niwed.
# After that heading: what the trials' records say about harms.
harms-count = : mae { $recorded } o { $trials } astudiaeth yn nodi beth a adroddwyd am niwed; chwiliodd { $none } amdano heb adrodd dim, ac adroddodd { $reported } ddigwyddiadau niweidiol.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dos (sesiynau) mewn treialon { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : mae { $dosed } o { $trials } astudiaeth yn nodi nifer y sesiynau; y lleiaf yn gyntaf, pob un gyda'i chanlyniad.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } sesiwn
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } sesiwn
       *[other] { $n } sesiwn
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Sesiynau
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } dros { $weeks ->
        [one] 1 wythnos
       *[other] { $weeks } wythnos
    }
# Under a dose list.
dose-not-compared = Wedi'u gosod ochr yn ochr, nid wedi'u cymharu: mae'r treialon yn wahanol mewn mwy na dos (teuluoedd, mesurau, grwpiau cymharu). Nid oes treial yn y gronfa wybodaeth yn profi un dos yn erbyn un arall oni bai bod ei gofnod yn dweud hynny.
# "Who delivered VIG in its trials"
delivered-heading = Pwy a ddarparodd { $subject } yn ei dreialon
# After that heading: how many trials record who delivered it.
delivered-count = : mae { $recorded } o { $trials } astudiaeth yn y gronfa wybodaeth yn nodi pwy a'i darparodd.
# "244 of 300 randomised were analysed"
analysed-of = dadansoddwyd { $analysed } o'r { $randomised } a ddyrannwyd ar hap
# "Dropout in trials of VIG"
attrition-heading = Colli cyfranogwyr mewn treialon { $subject }
# After that heading: how many trials record dropout.
attrition-count = : mae { $known } o { $trials } astudiaeth yn nodi faint a gollwyd cyn yr asesiad dilynol; yr uchaf yn gyntaf.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent }% wedi'u colli cyn yr asesiad dilynol
# "Published costs of VIPP-SD"
cost-heading = Costau cyhoeddedig { $subject }
# After that heading: how many records give cost figures.
cost-count = : mae { $with } o'r { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } amdano yn rhoi ffigurau cost.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } y teulu
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } y teulu (prisiau { $year })
# "Whether the guidance on postnatal depression is current"
currency-heading = A yw'r canllawiau ar { $subject } yn gyfredol
# After that heading, when there is no guideline.
currency-none = : does dim canllaw yn y gronfa wybodaeth amdano.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 canllaw
        [two] { $guidelines } ganllaw
        [few] { $guidelines } chanllaw
        [many] { $guidelines } chanllaw
       *[other] { $guidelines } canllaw
    }, pob un gyda'i statws pan wiriodd rhywun dudalen y cyhoeddwr ddiwethaf. Gwiriwch y dudalen eto cyn dyfynnu'r canllaw.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Statws: { $status } (gwiriwyd { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Statws: { $status } (dyddiad y gwiriad heb ei gofnodi).
# A guideline whose status is not recorded.
guideline-status-unknown = Statws heb ei gofnodi: gwiriwch dudalen y cyhoeddwr.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Sicrwydd y dystiolaeth ar { $subject }
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : mae { $graded } o'r { $reviews } adolygiad amdano yn graddio sicrwydd { $graded ->
        [one] ei ganfyddiadau
       *[other] eu canfyddiadau
    } (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Wedi'i gyfrif o'r hyn sydd yn y gronfa wybodaeth (fersiwn { $version }, newidiwyd ddiwethaf { $changed }), nid o bopeth a gyhoeddwyd.
# The last line of such an answer.
as-of-knowledge = Wedi'i gyfrif o'r hyn sydd yn y gronfa wybodaeth (fersiwn { $version }), nid o bopeth a gyhoeddwyd.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (geiriau heb eu hadnabod, a ofynnwyd ar lai na 3 diwrnod)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Cwestiynau heb eu hateb, { $since } i { $until }: dim.
# The heading of a gap report.
gaps-heading = Cwestiynau heb eu hateb, { $since } i { $until }: { $unanswered } ({ $nothing } heb ganfod dim, { $partial } â chyfatebiaethau rhannol yn unig).
# A gap report's label for questions with filters and no words.
gap-filters-only = (hidlwyr yn unig)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] unwaith
        [two] dwywaith
       *[other] { $count } gwaith
    }, diwethaf { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Pleidleisiau ar atebion: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Sylwadau diweddaraf:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = I ychwanegu cofnodion ar gyfer bwlch: evidence-bot import, yna evidence-bot check (README, “Reading the gap report”). Mae { $gaps } since:30d yn edrych ymhellach yn ôl.
# The heading of the weekly digest posted in the admin room.
gap-digest = Crynodeb wythnosol o'r log bylchau.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Diolch am y 👎. Beth oeddech chi'n chwilio amdano? Ymatebwch yn yr edefyn hwn a bydda i'n ei drosglwyddo i'r curaduron (dim ond eich geiriau sy'n cael eu cadw, nid eich enw).
# The reply to a comment or !feedback.
feedback-thanks = Diolch: wedi'i drosglwyddo i'r curaduron, sy'n darllen y rhain wrth ychwanegu cofnodion.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = Mae { $feedback } yn gweithio fel ateb i un o fy atebion { $evidence }: ymatebwch i'r ateb ac ysgrifennwch { $feedback } a beth roeddech chi'n chwilio amdano.
# Feedback in a room where the curators' log is off.
feedback-off = Nid yw adborth yn cael ei gasglu yn yr ystafell hon (mae gweinyddwyr y bot wedi'i ddiffodd).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Mae'r log bylchau wedi'i ddiffodd (gap_log = false yn y ffurfweddiad), felly does dim i'w adrodd.

## Room settings (!config)

# The heading of !config.
config-heading = Gosodiadau yn yr ystafell hon:
# Marks a setting that is the bot's default.
config-default = {" "}(rhagosodiad)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Mae cymedrolwyr yr ystafell yn newid gosodiad gyda { $config } KEY VALUE (e.e. { $config } citation_style harvard; mae `default` yn ei ailosod). Mae { $help } config yn esbonio pob un.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] wedi'i osod yn yr ystafell hon
       *[default] rhagosodiad
    }). { $about }; gwerthoedd: { $values }. Newid: { $config } { $key } VALUE
# A setting was stored.
config-saved = Wedi'i gadw ar gyfer yr ystafell hon: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Heb ei newid: { $problem }. Mae { $config } yn rhestru'r gosodiadau.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = mae { $key } yn un o { $values }
setting-is = mae { $key } yn { $values }
setting-on-off = mae { $key } yn on neu off
setting-number = mae { $key } yn rhif o 1 i { $max }
setting-filters = mae hidlyddion yn eiriau fel kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = ysgrifennwch y neges groeso ar ôl y gosodiad, neu none
setting-contact = ysgrifennwch gyswllt yr ystafell ar ôl y gosodiad, neu none
setting-unknown = does dim gosodiad `{ $key }`; y gosodiadau yw { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Dim ond cymedrolwyr yr ystafell hon (lefel pŵer 50 neu uwch) a gweinyddwyr y bot sy'n gallu newid ei gosodiadau; gall unrhyw un eu gweld gyda !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = Doedd dim modd cadw'r gosodiad ar y gweinydd cartref (homeserver); does dim wedi newid. Rhowch gynnig arall arni mewn munud.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = arddull { $cite } pan nad oes un wedi'i henwi
config-about-results = nifer y canlyniadau y dudalen gyda { $evidence } a { $more }
config-about-replies = atebion fel ymatebion yn yr ystafell, neu bob amser mewn edefyn ar y cwestiwn
config-about-filters = hidlyddion sy'n cael eu hychwanegu at bob cwestiwn { $evidence } yma, e.e. since:2015
config-about-welcome = neges i bob person sy'n ymuno â'r ystafell
config-about-gap-log = a yw cwestiynau nad oedd gan y gronfa wybodaeth ateb iddyn nhw, ac adborth, yn cael eu cofnodi ar gyfer y curaduron
config-about-followups = a yw ymateb i ateb sy'n darllen fel cwestiwn dilynol (“a beth am dadau?”, “dyfynna'r ail un”) yn cael ei ateb heb i'r bot gael ei enwi
config-about-language = iaith yr atebion yma; mae auto yn ateb pob neges yn ei hiaith ei hun
config-about-safety-watch = a yw pob neges yma yn cael ei gwirio am rywun sydd mewn perygl (mae negeseuon at y bot bob amser yn cael eu gwirio)
config-about-safety-contact = cyswllt yr ystafell ei hun, sy'n cael ei ychwanegu at yr ateb diogelwch ar ôl testun gweithredwr y bot

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Wedi tanysgrifio i { $query } (tanysgrifiad { $n }): bydd yr ystafell hon yn clywed pan fydd cofnodion y mae'n dod o hyd iddyn nhw'n cael eu hychwanegu neu eu newid.
# Before the latest record a new subscription finds.
latest-match = Y cofnod diweddaraf y mae'n dod o hyd iddo:
# A new subscription finds nothing yet.
nothing-matches-yet = Does dim byd yn y gronfa wybodaeth yn cyfateb iddo eto; bydd yr ystafell yn clywed pan fydd rhywbeth yn cyfateb.
# The room already follows that search.
already-subscribed = Mae'r ystafell hon eisoes yn dilyn { $query }.
# A room follows as many searches as it may.
too-many-subscriptions = Gall ystafell ddilyn { $max } chwiliad ar y mwyaf; mae { $subscriptions } yn eu rhestru ac mae { $unsubscribe } N yn dileu un.
# !unsubscribe N done.
unsubscribed = Wedi dad-danysgrifio o { $query }.
# !unsubscribe all done.
unsubscribed-all = Wedi dad-danysgrifio o bob chwiliad.
# !unsubscribe with a number that is not one.
unsubscribe-which = Dywedwch pa un: { $unsubscribe } 1 i { $n }, neu { $unsubscribe } all (mae { $subscriptions } yn eu rhestru).
# A room without subscriptions.
no-subscriptions = Nid yw'r ystafell hon yn dilyn unrhyw chwiliad. Mae { $subscribe } QUERY (cymedrolwyr yr ystafell) yn gwneud iddi glywed am gofnodion newydd a rhai sydd wedi newid, e.e. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Mae'r ystafell hon yn dilyn:
# How to stop following.
unsubscribe-how = { $unsubscribe } N neu { $unsubscribe } all (cymedrolwyr yr ystafell).
# The heading of a subscription notice.
notice-heading = Tystiolaeth newydd a thystiolaeth sydd wedi newid ar gyfer tanysgrifiadau'r ystafell hon.
# One subscription in a notice.
notice-for = Ar gyfer { $query }:
# Marks a new record in a notice.
new-record = Newydd:
# Marks a changed record in a notice.
changed-record = Wedi newid:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (cynt: { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = sampl
field-title = teitl
field-year = blwyddyn
field-kind = math
field-status = statws
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = wedi'i wirio
status-partial = wedi'i wirio'n rhannol
status-unverified = heb ei wirio
# Findings added or corrected.
findings-added = { $added } canfyddiad wedi'u hychwanegu neu eu cywiro
# Findings removed.
findings-removed = { $removed } canfyddiad wedi'u dileu
# Findings both added and removed.
findings-corrected = canfyddiadau wedi'u cywiro ({ $added } newydd neu wedi newid, { $removed } wedi'u disodli)
# A change in fields a notice does not name.
other-details-changed = manylion eraill wedi'u cywiro
# More records than a notice lists.
and-more = …a { $n } arall.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Wedi'u hychwanegu neu eu newid ers { $from }: { $n } cofnod, y mwyaf newydd yn gyntaf.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Wedi'u hychwanegu neu eu newid ers { $from } ({ $filters }): { $n } cofnod, y mwyaf newydd yn gyntaf.
# Before a record new since the date.
whatsnew-new = Newydd { $date }:
# Before a record changed since the date.
whatsnew-changed = Newidiwyd { $date }:
# Nothing new since a date.
nothing-new = Does dim byd wedi'i ychwanegu na'i newid ers { $from }.
# Nothing new matching the filters since a date.
nothing-new-filtered = Does dim byd sy'n cyfateb i { $filters } wedi'i ychwanegu na'i newid ers { $from }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …a { $n } arall: culhewch y chwiliad gyda dyddiad diweddarach neu hidlydd, e.e. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Felly does dim byd i'w lunio.
# The group of findings that name no outcome domain.
chart-other-outcomes = Deilliannau eraill
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = Nid yw'r { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } am { $question } yn rhoi maint effaith i'w ddangos mewn siart; mae <code>{ $evidence }</code> yn rhestru'r canfyddiadau.
# The names of effect measures, on a chart's axis.
measure-d = d Cohen
measure-g = g Hedges
measure-smd = Gwahaniaeth cymedrig safonedig, SMD
measure-md = Gwahaniaeth cymedrig, MD
measure-r = Cydberthyniad, r
measure-or = Cymhareb ods, OR
measure-rr = Cymhareb risg, RR
measure-hr = Cymhareb perygl, HR
measure-percent = Canran
# The first sentence of a chart's alt text.
chart-heading = Siart o'r effeithiau ar gyfer “{ $question }”: mae { $drawn } o'r { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } amdano yn adrodd meintiau effaith, y dystiolaeth gryfaf yn gyntaf, pob un gyda'i gyfwng hyder 95% lle mae'r cofnod yn rhoi un.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (dim effaith ar { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, lefel { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Heb eu llunio: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 canfyddiad
        [two] { $n } ganfyddiad
        [few] { $n } chanfyddiad
        [many] { $n } chanfyddiad
       *[other] { $n } canfyddiad
    } heb faint effaith
not-drawn-percentages = { $n ->
        [one] 1 canfyddiad
        [two] { $n } ganfyddiad
        [few] { $n } chanfyddiad
        [many] { $n } chanfyddiad
       *[other] { $n } canfyddiad
    } wedi'u rhoi fel canran
not-drawn-unverified = { $n ->
        [one] 1 canfyddiad
        [two] { $n } ganfyddiad
        [few] { $n } chanfyddiad
        [many] { $n } chanfyddiad
       *[other] { $n } canfyddiad
    } heb eu cadarnhau gan unrhyw ffynhonnell
not-drawn-beyond = { $n ->
        [one] 1 canfyddiad
        [two] { $n } ganfyddiad
        [few] { $n } chanfyddiad
        [many] { $n } chanfyddiad
       *[other] { $n } canfyddiad
    } y tu hwnt i'r { $max } rhes gyntaf
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Canllaw
level-short-2 = Adolygiad
level-short-3 = RCT
level-short-4 = RCT peilot
level-short-5 = Gwerthusiad
level-short-6 = Arall
# The first sentence of a map's alt text, for a question.
map-heading-question = Map tystiolaeth o'r { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } am “{ $question }”: { $topics ->
        [one] 1 pwnc
        [two] { $topics } bwnc
        [few] { $topics } phwnc
        [many] { $topics } phwnc
       *[other] { $topics } pwnc
    } yn ôl lefel tystiolaeth (1 canllaw, 2 adolygiad, 3 RCT, 4 RCT peilot neu astudiaeth garfan, 5 astudiaeth ansoddol neu werthusiad, 6 arall); mae cofnod â sawl pwnc yn cyfrif o dan bob un.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Map tystiolaeth o'r { $records ->
        [one] unig gofnod
        [two] { $records } gofnod i gyd
        [few] { $records } chofnod i gyd
        [many] { $records } chofnod i gyd
       *[other] { $records } cofnod i gyd
    } yn y gronfa wybodaeth: { $topics ->
        [one] 1 pwnc
        [two] { $topics } bwnc
        [few] { $topics } phwnc
        [many] { $topics } phwnc
       *[other] { $topics } pwnc
    } yn ôl lefel tystiolaeth (1 canllaw, 2 adolygiad, 3 RCT, 4 RCT peilot neu astudiaeth garfan, 5 astudiaeth ansoddol neu werthusiad, 6 arall); mae cofnod â sawl pwnc yn cyfrif o dan bob un.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } ar lefel { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [delwedd: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Effeithiau a adroddwyd: “{ $question }”
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } o { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } · y cryfaf yn gyntaf · llinell: CI 95% · cylch: dim CI
# Before the level colours under a chart.
chart-legend = Lefel tystiolaeth:
# The last line under a chart.
chart-footnote = Mae pob rhes yn un canfyddiad fel y mae ei gofnod yn ei nodi; mae bar wedi'i liwio yn ystod dros sawl mesur. Nid yw'r gwerthoedd wedi'u cyfuno, ac mae pa ochr i'r llinell sydd o blaid yr ymyriad yn dibynnu ar y deilliant.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (dim CI)
# A map's title, for a question.
map-title-question = Map tystiolaeth: “{ $question }”
# A map's title, for the whole knowledge.
map-title-all = Map tystiolaeth: y gronfa wybodaeth gyfan
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 cofnod
        [two] { $records } gofnod
        [few] { $records } chofnod
        [many] { $records } chofnod
       *[other] { $records } cofnod
    } yn ôl pwnc ({ $topics }) a lefel tystiolaeth, y cryfaf ar y chwith
# The heading of a map's last column.
map-total = Cyfanswm
# The line under a map.
map-footnote = Mae pob cell yn cyfrif cofnodion; mae cofnod â sawl pwnc yn cyfrif o dan bob un. Mae celloedd tywyllach yn dal mwy o gofnodion. L1 canllaw, L2 adolygiad, L3 RCT, L4 RCT peilot, astudiaeth garfan neu astudiaeth reoledig, L5 astudiaeth ansoddol neu werthusiad, L6 arall.
# When drawing a figure failed (a bug, logged).
figure-failed = Mae'n ddrwg gen i, doeddwn i ddim yn gallu llunio'r llun hwnnw; mae'r gwall yn fy log.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Cyswllt yr ystafell hon:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = Anfonwyd ateb diogelwch yn { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = Newidiodd { $room } { $key } i: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Helo! Rwy'n ateb cwestiynau am y dystiolaeth ymchwil ar Video Interaction Guidance ac adborth fideo. Rhowch gynnig ar { $evidence } { example-question }, neu gofynnwch i mi yn eich geiriau eich hun.
# The reply to a greeting later on.
greeting = Helo! Gofynnwch i mi am y dystiolaeth unrhyw bryd.
# The reply to thanks.
thanks = Croeso.
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Nid yw'r cwestiynau rwy'n eu hateb yn cael eu cadw mewn log. Mae cwestiynau nad oedd unrhyw gofnod amdanyn nhw, ac adborth 👍/👎 gyda'i sylw, yn mynd i log bylchau ar gyfer y curaduron am gyfnod cyfyngedig (90 diwrnod yn ddiofyn), heb ddynodydd defnyddiwr na dynodydd ystafell mewn testun plaen. { $here } Nid yw neges sy'n dweud bod rhywun mewn perygl byth yn cael ei chofnodi na'i storio. Serch hynny, peidiwch â defnyddio enwau na manylion sy'n adnabod pobl.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = Yn yr ystafell hon mae'r log hwnnw ymlaen; gall cymedrolwr ei ddiffodd gyda { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = Yn yr ystafell hon mae'r log hwnnw wedi'i ddiffodd.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Mae'n ddrwg gen i, alla i ddim { $what }. Galla i ddod o hyd i'r dystiolaeth ymchwil a'i chrynhoi, gyda chyfeirnodau: rhowch gynnig ar { $evidence } { example-question }, neu { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Dehongliad: cwestiwn dilynol, sef y cwestiwn blaenorol + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = Dehonglwyd y cwestiwn fel un sy'n holi am { $task }. Caiff cofnodion eu trefnu yn gyntaf yn ôl faint o'r cwestiwn maen nhw'n ymdrin ag ef, yna yn ôl math o dystiolaeth ({ $kinds }), yna yn ôl pa mor agos mae eu testun yn cyfateb, eu lefel a'u blwyddyn. Y cofnodion a ddangosir:
# The order of kinds for questions about effects.
order-kinds-effect = adolygiadau systematig a meta-ddadansoddiadau a adolygwyd gan gymheiriaid yn gyntaf, yna RCTs, yna RCTs peilot, yna canllawiau sy'n argymell yr ymyriad, yna astudiaethau eraill
# The order of kinds for other questions.
order-kinds-other = y mathau o dystiolaeth sy'n ateb y math hwnnw o gwestiwn orau yn gyntaf
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (lefel { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (lefel { $level }, { $level_label }, wedi'i adolygu gan gymheiriaid)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Mae'n ddrwg gen i fod pethau mor anodd ar hyn o bryd. Bot tystiolaeth ymchwil ydw i, felly alla i ddim helpu gyda hyn fy hun. Gofynnwch am help nawr:
# Opening: a baby or child is at risk now.
safety-opening-child = Diolch am ddweud wrtha i. Bot tystiolaeth ymchwil ydw i, felly alla i ddim helpu gyda hyn fy hun. Gofynnwch am help i'r plentyn nawr:
# Opening: domestic abuse happening now.
safety-opening-abuse = Mae'n ddrwg gen i fod hyn yn digwydd. Bot tystiolaeth ymchwil ydw i, felly alla i ddim helpu gyda hyn fy hun. Gofynnwch am help nawr:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Ymarferwyr: dilynwch eich gweithdrefnau diogelu lleol heddiw a siaradwch â'ch arweinydd diogelu.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Ymarferwyr: dilynwch eich gweithdrefnau diogelu lleol heddiw a siaradwch â'ch arweinydd diogelu neu â'r gwasanaethau cymdeithasol i blant.
# Whom a contact is for, before its name and number.
safety-for-emergency = Mewn perygl uniongyrchol
safety-for-silent-call = Os na allwch chi siarad ar alwad brys
safety-for-anyone = Unrhyw un, unrhyw bryd
safety-for-text = Drwy neges destun
safety-for-mental-health = Help brys gydag iechyd meddwl
safety-for-children = Plant a phobl ifanc
safety-for-worried-adults = Oedolion sy'n poeni am blentyn
safety-for-domestic-abuse = Cam-drin domestig
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = am ddim, 24 awr
safety-free = am ddim
safety-always = 24 awr
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Os oes rhywun mewn perygl nawr: { $contacts }; a dilynwch eich gweithdrefnau diogelu lleol.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = wedi gwella
direction-no-difference = dim gwahaniaeth arwyddocaol
direction-worse = wedi gwaethygu
direction-mixed = cymysg

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = sicrwydd uchel
certainty-moderate = sicrwydd cymedrol
certainty-low = sicrwydd isel
certainty-very-low = sicrwydd isel iawn
# Whether a finding was statistically significant, after its numbers.
finding-significant = arwyddocaol
finding-not-significant = heb fod yn arwyddocaol
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = cyfwng hyder 95% { $low } i { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } i { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · lefel { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (dilynol) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Mae teitlau a chrynodebau'r cofnodion yn Saesneg, fel y cawson nhw eu cyhoeddi.
