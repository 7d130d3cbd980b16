### evidence-bot: every sentence the bot writes itself, in Dutch (Nederlands), translated from en.ftl.
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
###
### Dutch: "je" form. Terms: item (a record of the knowledge), kennisbank (the knowledge),
### kamer (a Matrix room), beheerders (admins), curatoren (curators), hiatenlog (gap log),
### video-interactiebegeleiding/VIB (VIG), BI (betrouwbaarheidsinterval, CI).

## Replies in general

# Appended when a reply was too long for a chat message and had to be cut.
reply-cut = [antwoord ingekort tot één chatbericht: stel een specifiekere vraag]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Je vraag was lang, dus alleen de eerste { $max } tekens zijn gebruikt.
# An answer failed inside the bot; the details are in its log.
internal-error = Sorry, er ging iets mis bij het beantwoorden. De beheerders kunnen de details in het log zien.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Even rustig aan: hoogstens { $commands } commando's per { $seconds } seconden. Ik antwoord zo weer.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: ik kon je versleutelde bericht niet lezen (ik heb de sleutels ervan niet ontvangen). Stuur het alsjeblieft opnieuw; blijft dit gebeuren, vraag dan een beheerder om mijn apparaat te controleren.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Ik zoek onderzoek en richtlijnen over video-interactiebegeleiding (VIB, in het Engels VIG) en verwante videofeedbackinterventies (VERP, VIPP). Vraag het in gewone woorden; de beste resultaten komen eerst, en liggen ze dicht bij elkaar, dan gaat sterker bewijs voor.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Probeer: { $evidence } prematuur · { $evidence } postnatale depressie kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = { $command } ken ik niet. Bedoelde je { $suggestion }? ({ $help } geeft een lijst van de commando's.)
# A command word the bot does not know.
unknown-command = { $command } ken ik niet. { $help } geeft een lijst van de commando's.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Gebruik: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = welk item? Geef de id, zoals die onder elk resultaat staat
problem-one-record = geef één id van een item
problem-which-records = welk item? Geef een of meer id's, zoals die onder elk resultaat staan
problem-too-many-records = hoogstens { $max } items tegelijk
problem-which-topic = welk onderwerp? Bijv. { $reading_list } autisme ris
problem-what-to-chart = zeg waarvan je een grafiek wilt, bijv. { $chart } prematuur
problem-what-to-follow = zeg welke zoekopdracht je wilt volgen, bijv. { $subscribe } prematuur
problem-which-subscription = zeg welke: { $unsubscribe } 1, of { $unsubscribe } all
problem-what-you-were-looking-for = zeg waar je naar zocht, als reactie op mijn antwoord: { $feedback } ik zocht studies met vaders
problem-one-period = hoogstens één periode: { $gaps }, { $gaps } since:2026-11-01 of { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Sorry, dat commando is alleen voor de beheerders van de bot.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Dat commando werkt in de draaiende bot (evidence-bot run), niet op de opdrachtregel.
# The reply to !status. $minutes has two digits ("05").
status = Actief: { $hours } u { $minutes } min. Kamers: { $rooms }. Items: { $records } (kennisbank { $version }, { $origin }). Laatst herladen: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Dat commando werkt in een Matrix-kamer, met de draaiende bot (voor het hiatenlog vanuit een terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = het bewijs over een onderwerp of vraag, bijv. `{ $evidence } prematuur` of `{ $evidence } helpt VIB vaders op de NICU?`. Directe resultaten zijn items over alles wat je vraagt (onderwerp, interventie, uitkomst, namen), met het sterkste bewijs eerst (richtlijn, review, RCT, pilot of cohort, evaluatie, overig; een soort die je noemt, zoals RCT of NICE, komt voorop), daarna op hoe goed ze overeenkomen en hoe recent ze zijn. Gedeeltelijke resultaten gaan maar over een deel van de vraag en staan apart, onder een regel die dat zegt; is niets direct, dan zegt het antwoord welke woorden de kennisbank niet dekt. Filters: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = de volgende resultaten van je laatste zoekopdracht met { $evidence } in deze kamer
command-show = alles over één item (bevindingen, cijfers, kanttekeningen, bronnen)
command-cite = bronvermeldingen voor een literatuurlijst, met de verwijzing in de tekst (APA 7, tenzij je iets anders vraagt), of BibTeX/RIS/CSL-JSON om te kopiëren
command-reading-list = een bestand met de beste items voor een zoekopdracht, voor Zotero, EndNote of Mendeley (RIS, tenzij je iets anders vraagt; CSL-JSON voor pandoc of een ander CSL-programma), bijv. { $reading_list } autisme ris
command-chart = een afbeelding van de effecten die de items over een vraag rapporteren (één rij per bevinding met een effectgrootte: de waarde en het 95%-betrouwbaarheidsinterval, gegroepeerd per uitkomst, één paneel per maat zoals d, SMD of OR, gekleurd naar bewijsniveau), voor een kamer of een dia; de tekst van het bericht noemt dezelfde cijfers voor schermlezers, bijv. { $chart } prematuur
command-map = een bewijskaart als afbeelding: onderwerpen per bewijsniveau (richtlijn, review, RCT, pilot of cohort, evaluatie, overig), in elke cel het aantal items; met een vraag alleen de items daarover, bijv. { $map } of { $map } autisme
command-topics = de onderwerpen die de kennisbank dekt, met het aantal items per onderwerp
command-help = deze hulp, of meer over één opdracht
command-about = wat de bot weet, de versie van de kennisbank en de datum ervan
command-config = de instellingen van deze kamer: citation_style (apa|harvard|vancouver), results (1-5 per pagina), replies (room|thread), filters (bijv. since:2015, of none), welcome (TEXT|none, voor wie de kamer binnenkomt), gap_log (on|off). Moderators van de kamer (machtsniveau 50 of hoger) en de beheerders van de bot wijzigen ze, bijv. { $config } citation_style harvard; `default` zet er een terug. Bewaard op de thuisserver, alleen voor deze kamer
command-whatsnew = items die sinds een datum aan de kennisbank zijn toegevoegd of zijn gewijzigd (de laatste 30 dagen, tenzij since:2026-11-01 of since:7d), nieuwste eerst; filters zoals kind:rct of topic:preterm beperken ze
command-subscribe = (moderators van de kamer) een zoekopdracht volgen: na een wijziging van de kennisbank krijgt deze kamer één keer bericht over de items die de zoekopdracht vindt en die zijn toegevoegd (niveau, titel, belangrijkste bevinding) of gewijzigd (wat er veranderde), bijv. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (moderators van de kamer) abonnement N niet meer volgen (zoals { $subscriptions } ze nummert), of all voor alle
command-subscriptions = de zoekopdrachten die deze kamer volgt
command-feedback = als reactie op een van mijn antwoorden: vertel de curatoren waar je naar zocht (begin met 👍 of 👎 om te stemmen; een 👍- of 👎-reactie op het antwoord telt ook als stem). Alleen de vraag, je stem en je woorden worden bewaard, nooit wie je bent
command-gaps = de vragen waarop de kennisbank geen antwoord had, gegroepeerd naar waar ze over gingen, met de stemmen en opmerkingen bij antwoorden (alleen beheerders; de laatste 7 dagen, tenzij since:2026-11-01 of since:30d)
command-reload = de bestanden van de kennisbank opnieuw laden (alleen beheerders)
command-status = uptime, kamers, items en de laatste keer dat er opnieuw is geladen (alleen beheerders)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = Er is in deze kamer geen eerdere zoekopdracht van jou om mee verder te gaan. Begin er een met { $evidence } QUERY.
# !more past the last result.
end-of-results = Dat was alles voor deze zoekopdracht.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Dat waren de eerste { $shown } van { $total } resultaten. Maak de zoekopdracht specifieker om de andere te zien, bijvoorbeeld met kind:rct, topic:preterm of since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Meer over { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Er is geen item `{ $id }`. Bedoelde je `{ $suggestion }`?
# An id that names no record.
unknown-record = Er is geen item `{ $id }`. De id's staan onder elk resultaat van { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Ik heb in de kennisbank niets over deze vraag gevonden.
# Nothing found for a short question, quoted.
nothing-found = Ik heb niets gevonden over “{ $query }”.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Let op: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Resultaten voor { $corrected } (je typte { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Bedoelde je: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> laat zien wat er in de kennisbank staat.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Niets in de kennisbank gaat over { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Niets in de kennisbank gaat over { $phrases }. Probeer <code>{ $topics }</code> om te zien wat er in de kennisbank staat.
# What the question said it is not about, and that the answer leaves out.
excluded = De items over { $phrases } laat ik weg, zoals gevraagd.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } anders dan { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } of { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } en { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } en { $last }
# The heading of an answer with records about the question.
evidence-on = Onderzoek over { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } item
       *[other] { $n } items
    } hierover, sterkste eerst ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } andere
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Gelezen als: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Gelezen als: { $read }. Niet herkend: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Ik kon niet opmaken waar dit over gaat.
# The same for a short message, quoted.
could-not-tell-what = Ik kon niet opmaken waar { $quoted } over gaat.
# After either of those: an example search to type.
try-for-example = {" "}Probeer bijvoorbeeld <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIB te vroeg geboren kinderen
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = De eerste { $shown } van { $total } items over de vraag; allemaal:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Wat er het dichtst bij komt: { $label }, { $records ->
        [one] 1 item
       *[other] { $records } items
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Geen enkel item in de kennisbank gaat over zowel { $first } als { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Geen enkel item in de kennisbank gaat over { $parts } samen.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 item
       *[other] { $records } items
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (videofeedback in het algemeen)
# The short unverified warning on a result line (shown in brackets).
unverified-short = niet geverifieerd
# Where a page of results is, when no result is direct.
showing-all = Resultaten { $start }–{ $end } van { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Resultaten { $start }–{ $end } van { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Resultaten { $start }–{ $end } van { $direct } directe en { $partial } gedeeltelijke.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> voor nog { $n }
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> voor een bronvermelding.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> voor details
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … en nog { $n } in het bestand.

## Records (!show)

# The warning on records that could not be verified.
unverified = niet geverifieerd: de gegevens konden niet met een bron worden gecontroleerd
# The warning on partly verified records.
partial = deels geverifieerd
# After a finding no source confirmed.
finding-unverified = (niet bevestigd in een bron)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: zie kanttekeningen
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Bevindingen
# Heading before a record's caveats.
label-caveats = Kanttekeningen
# Before the ids of related records.
label-related = Gerelateerd:{" "}
# Heading before a record's sources.
label-sources = Bronnen
# After a source no one confirmed.
label-source-unverified = {" "}[niet geverifieerd]
# Before the !cite command for the record.
label-cite-it = Citeren:{" "}
# The facts of a record: the intervention.
label-intervention = Interventie
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = videofeedback
intervention-other = overig
intervention-none = geen
# The facts of a record: who took part.
label-who = Wie
# The facts of a record: the study design.
label-design = Opzet
# The facts of a record: the sample.
label-sample = Steekproef
# The facts of a record: the country.
label-country = Land
# The facts of a record: the trial registration.
label-registration = Registratie
# The facts of a record: its topics.
label-topics = Onderwerpen
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = In de tekst:{" "}
# A record whose authors no source shows.
label-authors-not-known = Auteurs onbekend
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Hoofdstuk { $chapter } in { $book }
# The book a work appeared in, when no chapter is given.
in-book = In { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Sorry, ik kon geen bronvermelding maken voor `{ $id }`. De beheerders zijn via het log op de hoogte gebracht.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Bronvermelding
       *[other] Bronvermeldingen
    } in { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } voor { $n ->
        [one] { $n } item
       *[other] { $n } items
    }</b>: kopieer de tekst, of gebruik <code>{ $command }</code> voor een bestand.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Geen enkel item in de kennisbank gaat over “{ $query }”. Probeer <code>{ $topics }</code> om te zien wat er in de kennisbank staat.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Leeslijst voor { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } item
       *[other] { $n } items
    } in { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } item
       *[other] { $n } items
    } in { $filename } ({ $hint }), de beste { $n } van { $total }.
# What each file format is for.
format-hint-ris = RIS, voor Zotero, EndNote of Mendeley
format-hint-bibtex = BibTeX, voor LaTeX, Zotero of JabRef
format-hint-markdown = een hand-out met niveaus en belangrijkste bevindingen
format-hint-csl-json = CSL-JSON, voor Zotero, pandoc of elke andere CSL-tool
format-hint-apa = een literatuurlijst in APA 7
format-hint-harvard = een literatuurlijst in Harvard-stijl
format-hint-vancouver = een literatuurlijst in Vancouver-stijl

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Wat er in de kennisbank staat: { $covered } van de { $concepts } begrippen uit de woordenlijst, per facet, met hun items.
# The facets of the vocabulary, as headings in !topics.
facet-population = Wie
facet-setting = Waar
facet-intervention = Interventies
facet-comparison = Vergeleken met
facet-outcome = Uitkomsten
facet-kind = Soorten bewijs
facet-profession = Beroepen
facet-country = Landen
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Vraag het in je eigen woorden en noem een of meer van deze onderwerpen (ook smallere: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } item
       *[other] { $n } items
    }
# The first line of !about, after the bot's name and version.
about = {" "}— onderzoeksbewijs over video-interactiebegeleiding (VIG) en verwante videofeedback.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Kennisbank versie { $version } ({ $origin }), geladen op { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } items, { $topics } onderwerpen.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (niveau { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Laatst herladen: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = De kennisbank is een verzameling bestanden die de beheerders van de community bijhouden: elk item noemt zijn bronnen en wordt daaraan getoetst. Wil je een artikel voorstellen of een fout melden, reageer dan op een antwoord met <code>{ $feedback }</code> en je opmerking, of laat het je beheerders weten.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } richtlijn
       *[other] { $n } richtlijnen
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematische review
       *[other] { $n } systematische reviews
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } meta-analyse
       *[other] { $n } meta-analyses
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCT's
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } pilot-RCT
       *[other] { $n } pilot-RCT's
    }
kind-count-cohort = { $n ->
        [one] { $n } cohortonderzoek
       *[other] { $n } cohortonderzoeken
    }
kind-count-controlled-study = { $n ->
        [one] { $n } gecontroleerde studie
       *[other] { $n } gecontroleerde studies
    }
kind-count-qualitative = { $n ->
        [one] { $n } kwalitatieve studie
       *[other] { $n } kwalitatieve studies
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } praktijkevaluatie
       *[other] { $n } praktijkevaluaties
    }
kind-count-pre-post = { $n ->
        [one] { $n } studie met voor- en nameting
       *[other] { $n } studies met voor- en nameting
    }
kind-count-report = { $n ->
        [one] { $n } rapport
       *[other] { $n } rapporten
    }
kind-count-book = { $n ->
        [one] { $n } boek
       *[other] { $n } boeken
    }
kind-count-chapter = { $n ->
        [one] { $n } hoofdstuk
       *[other] { $n } hoofdstukken
    }
kind-count-article = { $n ->
        [one] { $n } artikel
       *[other] { $n } artikelen
    }
kind-count-protocol = { $n ->
        [one] { $n } onderzoeksprotocol
       *[other] { $n } onderzoeksprotocollen
    }
kind-count-journal = { $n ->
        [one] { $n } tijdschrift
       *[other] { $n } tijdschriften
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] richtlijn
       *[other] richtlijnen
    }
kind-name-systematic-review = { $form ->
        [one] systematische review
       *[other] systematische reviews
    }
kind-name-meta-analysis = { $form ->
        [one] meta-analyse
       *[other] meta-analyses
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCT's
    }
kind-name-pilot-rct = { $form ->
        [one] pilot-RCT
       *[other] pilot-RCT's
    }
kind-name-cohort = { $form ->
        [one] cohortonderzoek
       *[other] cohortonderzoeken
    }
kind-name-controlled-study = { $form ->
        [one] gecontroleerde studie
       *[other] gecontroleerde studies
    }
kind-name-qualitative = { $form ->
        [one] kwalitatieve studie
       *[other] kwalitatieve studies
    }
kind-name-service-evaluation = { $form ->
        [one] praktijkevaluatie
       *[other] praktijkevaluaties
    }
kind-name-pre-post = { $form ->
        [one] studie met voor- en nameting
       *[other] studies met voor- en nameting
    }
kind-name-report = { $form ->
        [one] rapport
       *[other] rapporten
    }
kind-name-book = { $form ->
        [one] boek
       *[other] boeken
    }
kind-name-chapter = { $form ->
        [one] hoofdstuk
       *[other] hoofdstukken
    }
kind-name-article = { $form ->
        [one] artikel
       *[other] artikelen
    }
kind-name-protocol = { $form ->
        [one] onderzoeksprotocol
       *[other] onderzoeksprotocollen
    }
kind-name-journal = { $form ->
        [one] tijdschrift
       *[other] tijdschriften
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Richtlijn
kind-label-systematic-review = Systematische review
kind-label-meta-analysis = Meta-analyse
kind-label-rct = RCT
kind-label-pilot-rct = Pilot-RCT
kind-label-cohort = Cohortonderzoek
kind-label-controlled-study = Gecontroleerde studie
kind-label-qualitative = Kwalitatieve studie
kind-label-service-evaluation = Praktijkevaluatie
kind-label-pre-post = Studie met voor- en nameting
kind-label-report = Rapport
kind-label-book = Boek
kind-label-chapter = Boekhoofdstuk
kind-label-article = Artikel
kind-label-protocol = Onderzoeksprotocol
kind-label-journal = Tijdschrift
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Richtlijn
kind-short-systematic-review = Review
kind-short-meta-analysis = Meta-analyse
kind-short-rct = RCT
kind-short-pilot-rct = Pilot-RCT
kind-short-cohort = Cohort
kind-short-controlled-study = Gecontroleerd
kind-short-qualitative = Kwalitatief
kind-short-service-evaluation = Evaluatie
kind-short-pre-post = Voor-na
kind-short-report = Rapport
kind-short-book = Boek
kind-short-chapter = Hoofdstuk
kind-short-article = Artikel
kind-short-protocol = Protocol
kind-short-journal = Tijdschrift
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Richtlijn
level-label-2 = Systematische review
level-label-3 = RCT
level-label-4 = Pilot-RCT, cohortonderzoek of gecontroleerde studie
level-label-5 = Kwalitatieve studie, praktijkevaluatie of studie met voor- en nameting
level-label-6 = Rapport, boek of overig

## What a question asks (its task), in a "Read as" line

task-effect = effecten
task-recommendation = aanbevelingen
task-experience = ervaringen
task-overall = sterkte van het bewijs
task-largest = grootste studies
task-count = aantal studies
task-null = nulresultaten
task-harms = schadelijke effecten
task-dose = dosis
task-delivered-by = wie het uitvoert
task-currency = actualiteit van richtlijnen
task-cost = kosten
task-attrition = uitval
task-certainty = zekerheid van het bewijs
task-citation = bronvermeldingen
task-reading-list = een leeslijst
task-chart = een grafiek
task-follow-up = een vervolgvraag
task-not-a-question = geen vraag

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } in { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } in { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— de bevindingen spreken elkaar tegen

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } gerandomiseerd
# A trial's size by the number randomised, without a unit.
randomised = { $n } gerandomiseerd
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
        [one] gezin
       *[other] gezinnen
    }
counted-mothers = { $n ->
        [one] moeder
       *[other] moeders
    }
counted-fathers = { $n ->
        [one] vader
       *[other] vaders
    }
counted-parents = { $n ->
        [one] ouder
       *[other] ouders
    }
counted-children = { $n ->
        [one] kind
       *[other] kinderen
    }
counted-infants = { $n ->
        [one] baby
       *[other] baby's
    }
counted-dyads = { $n ->
        [one] ouder-kindpaar
       *[other] ouder-kindparen
    }
counted-caregivers = { $n ->
        [one] verzorger
       *[other] verzorgers
    }
counted-participants = { $n ->
        [one] deelnemer
       *[other] deelnemers
    }
counted-studies = { $n ->
        [one] studie
       *[other] studies
    }
counted-trials = { $n ->
        [one] gerandomiseerde studie
       *[other] gerandomiseerde studies
    }
# Under a trial with no finding recorded.
no-result-recorded = Nog geen resultaat vastgelegd.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primaire uitkomst: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primaire uitkomsten: wisselend ({ $improved } van { $of } primaire bevindingen verbeterd).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Belangrijkste bevinding (geen primaire uitkomst aangegeven):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— in { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = alle interventies
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = Grootste studies naar { $subject } in de kennisbank
# After that heading, when there is no trial.
sized-none = : daarin staat geen studie met resultaten hierover.
# After that heading: how many trials give a size.
sized-count = : bij { $sized } van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } is de omvang bekend; grootste eerst, naar het aantal gerandomiseerden (anders het aantal deelnemers), elke studie één keer geteld, hoeveel artikelen er ook over verschenen.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = De kennisbank bevat { $trials ->
        [one] 1 studie
       *[other] { $trials } studies
    } naar { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, gerapporteerd in { $papers ->
        [one] 1 artikel
       *[other] { $papers } artikelen
    } (elke studie één keer geteld)
# Trials with a protocol but no results yet.
count-body-under-way = ; nog { $n } lopend (alleen een protocol, nog geen resultaten)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Ook hierover: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = De meest recente meta-analyse daarin, { $author } { $year }, bundelde { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Nulresultaten en wisselende resultaten in studies naar { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } in de kennisbank { $judged ->
        [one] heeft
       *[other] hebben
    } er { $judged } een primaire uitkomst aangegeven; daarop geen significant verschil bij { $null }, wisselende resultaten bij { $mixed } (sommige primaire uitkomsten verbeterden, andere niet).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Ook vermeld: { $n ->
        [one] 1 studie
       *[other] { $n } studies
    } zonder aangegeven primaire uitkomst waarvan de belangrijkste bevinding geen significant verschil liet zien; lees het item voordat je een studie een nulresultaat noemt.
# "Harms reported in trials of VIG"
harms-heading = Gerapporteerde schade in studies naar { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : { $trials ->
        [one] bij de enige studie in de kennisbank is niet vastgelegd
       *[other] bij geen van de { $trials } studies in de kennisbank is vastgelegd
    } wat er over schade (ongewenste voorvallen) is gerapporteerd. Dat is geen bewijs dat er geen schade is: de kennisbank heeft het niet vastgelegd, en veel studies rapporteren schade niet.
# After that heading: what the trials' records say about harms.
harms-count = : bij { $recorded } van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } is vastgelegd wat er over schade is gerapporteerd; bij { $none } is ernaar gekeken en niets gevonden, bij { $reported } zijn ongewenste voorvallen gerapporteerd.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dosis (sessies) in studies naar { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : bij { $dosed } van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } is het aantal sessies vastgelegd; minste eerst, elk met het resultaat.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } sessies
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } sessie
       *[other] { $n } sessies
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Sessies
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } in { $weeks ->
        [one] 1 week
       *[other] { $weeks } weken
    }
# Under a dose list.
dose-not-compared = Naast elkaar gezet, niet vergeleken: de studies verschillen in meer dan de dosis (gezinnen, metingen, vergelijkingsgroepen). Geen enkele studie in de kennisbank vergelijkt de ene dosis met de andere, tenzij het item dat vermeldt.
# "Who delivered VIG in its trials"
delivered-heading = Uitvoerders van { $subject } in de studies
# After that heading: how many trials record who delivered it.
delivered-count = : bij { $recorded } van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } in de kennisbank is vastgelegd wie het uitvoerde.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } van de { $randomised } gerandomiseerden zijn geanalyseerd
# "Dropout in trials of VIG"
attrition-heading = Uitval in studies naar { $subject }
# After that heading: how many trials record dropout.
attrition-count = : bij { $known } van { $trials ->
        [one] de 1 studie
       *[other] de { $trials } studies
    } is vastgelegd hoeveel deelnemers voor de follow-up uitvielen; hoogste eerst.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent }% uitgevallen voor de follow-up
# "Published costs of VIPP-SD"
cost-heading = Gepubliceerde kosten van { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } van { $records ->
        [one] het 1 item
       *[other] de { $records } items
    } hierover { $with ->
        [one] geeft
       *[other] geven
    } kostencijfers.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } per gezin
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } per gezin (prijspeil { $year })
# "Whether the guidance on postnatal depression is current"
currency-heading = Actualiteit van de richtlijnen over { $subject }
# After that heading, when there is no guideline.
currency-none = : geen enkele richtlijn in de kennisbank gaat hierover.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 richtlijn
       *[other] { $guidelines } richtlijnen
    }, elk met de status bij de laatste controle van de pagina van de uitgever. Controleer de pagina opnieuw voordat je eruit citeert.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (gecontroleerd op { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (datum van de controle niet vastgelegd).
# A guideline whose status is not recorded.
guideline-status-unknown = Status niet vastgelegd: controleer de pagina van de uitgever.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Zekerheid van het bewijs over { $subject }
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } van { $reviews ->
        [one] de 1 review
       *[other] de { $reviews } reviews
    } hierover { $graded ->
        [one] beoordeelt
       *[other] beoordelen
    } de zekerheid van de bevindingen (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Geteld op basis van wat er in de kennisbank staat (versie { $version }, laatst gewijzigd { $changed }), niet van alles wat er is gepubliceerd.
# The last line of such an answer.
as-of-knowledge = Geteld op basis van wat er in de kennisbank staat (versie { $version }), niet van alles wat er is gepubliceerd.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (niet herkende woorden, gevraagd op minder dan 3 dagen)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Onbeantwoorde vragen, { $since } tot { $until }: geen.
# The heading of a gap report.
gaps-heading = Onbeantwoorde vragen, { $since } tot { $until }: { $unanswered } ({ $nothing } zonder resultaat, { $partial } met alleen gedeeltelijke treffers).
# A gap report's label for questions with filters and no words.
gap-filters-only = (alleen filters)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] één keer
       *[other] { $count } keer
    }, laatst op { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Stemmen op antwoorden: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Laatste opmerkingen:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = Items toevoegen voor een hiaat: evidence-bot import, daarna evidence-bot check (README, “Reading the gap report”). { $gaps } since:30d kijkt verder terug.
# The heading of the weekly digest posted in the admin room.
gap-digest = Wekelijks overzicht van het hiatenlog.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Bedankt voor de 👎. Waar was je naar op zoek? Antwoord in deze thread, dan geef ik het door aan de curatoren (alleen je woorden worden bewaard, niet je naam).
# The reply to a comment or !feedback.
feedback-thanks = Dank je: doorgegeven aan de curatoren, die dit lezen wanneer ze items toevoegen.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } werkt als reactie op een van mijn antwoorden op { $evidence }: reageer op het antwoord en schrijf { $feedback } en waar je naar op zoek was.
# Feedback in a room where the curators' log is off.
feedback-off = In deze kamer wordt geen feedback verzameld (de beheerders van de bot hebben dat uitgezet).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Het hiatenlog staat uit (gap_log = false in de configuratie), dus er valt niets te melden.

## Room settings (!config)

# The heading of !config.
config-heading = Instellingen in deze kamer:
# Marks a setting that is the bot's default.
config-default = {" "}(standaard)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Moderators van de kamer wijzigen een instelling met { $config } KEY VALUE (bijv. { $config } citation_style harvard; `default` zet haar terug). { $help } config legt elke instelling uit.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] ingesteld in deze kamer
       *[default] standaard
    }). { $about }; waarden: { $values }. Wijzigen: { $config } { $key } VALUE
# A setting was stored.
config-saved = Opgeslagen voor deze kamer: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Niet gewijzigd: { $problem }. { $config } geeft een lijst van de instellingen.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } is een van { $values }
setting-is = { $key } is { $values }
setting-on-off = { $key } is on of off
setting-number = { $key } is een getal van 1 tot en met { $max }
setting-filters = filters zijn woorden als kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = zet het welkomstbericht achter de instelling, of none
setting-contact = zet het aanspreekpunt van de kamer achter de instelling, of none
setting-unknown = er is geen instelling `{ $key }`; de instellingen zijn { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Alleen de moderators van deze kamer (machtsniveau 50 of hoger) en de beheerders van de bot kunnen de instellingen wijzigen; iedereen kan ze bekijken met !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = De instelling kon niet op de thuisserver worden opgeslagen; er is niets gewijzigd. Probeer het zo nog eens.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = de stijl van { $cite } als er geen wordt genoemd
config-about-results = het aantal resultaten per pagina van { $evidence } en { $more }
config-about-replies = antwoorden als reactie in de kamer, of altijd in een thread bij de vraag
config-about-filters = filters die hier aan elke vraag met { $evidence } worden toegevoegd, bijv. since:2015
config-about-welcome = een bericht voor iedereen die de kamer binnenkomt
config-about-gap-log = of vragen waarop de kennisbank geen antwoord had, en feedback, voor de curatoren worden gelogd
config-about-followups = of een reactie op een antwoord die als vervolgvraag te lezen is (“en voor vaders?”, “citeer de tweede”) ook zonder vermelding van de bot wordt beantwoord
config-about-language = de taal van de antwoorden hier; met auto wordt elk bericht in zijn eigen taal beantwoord
config-about-safety-watch = of elk bericht hier wordt nagelezen op iemand die in gevaar is (berichten aan de bot altijd)
config-about-safety-contact = het eigen aanspreekpunt van deze kamer, in het veiligheidsantwoord na de tekst van de beheerder van de bot

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Geabonneerd op { $query } (abonnement { $n }): deze kamer krijgt een bericht wanneer items die deze zoekopdracht vindt worden toegevoegd of gewijzigd.
# Before the latest record a new subscription finds.
latest-match = Het nieuwste item dat de zoekopdracht vindt:
# A new subscription finds nothing yet.
nothing-matches-yet = Er past nog niets in de kennisbank bij; de kamer krijgt een bericht zodra dat wel zo is.
# The room already follows that search.
already-subscribed = Deze kamer volgt { $query } al.
# A room follows as many searches as it may.
too-many-subscriptions = Een kamer volgt hoogstens { $max } zoekopdrachten; { $subscriptions } geeft een lijst en { $unsubscribe } N verwijdert er een.
# !unsubscribe N done.
unsubscribed = Abonnement op { $query } opgezegd.
# !unsubscribe all done.
unsubscribed-all = Alle abonnementen opgezegd.
# !unsubscribe with a number that is not one.
unsubscribe-which = Geef aan welke: { $unsubscribe } 1 tot en met { $n }, of { $unsubscribe } all ({ $subscriptions } geeft een lijst).
# A room without subscriptions.
no-subscriptions = Deze kamer volgt geen zoekopdrachten. Met { $subscribe } QUERY (voor moderators van de kamer) krijgt de kamer bericht over nieuwe en gewijzigde items, bijv. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Deze kamer volgt:
# How to stop following.
unsubscribe-how = { $unsubscribe } N of { $unsubscribe } all (voor moderators van de kamer).
# The heading of a subscription notice.
notice-heading = Nieuw en gewijzigd onderzoek voor de abonnementen van deze kamer.
# One subscription in a notice.
notice-for = Voor { $query }:
# Marks a new record in a notice.
new-record = Nieuw:
# Marks a changed record in a notice.
changed-record = Gewijzigd:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (was { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = steekproef
field-title = titel
field-year = jaar
field-kind = soort
field-status = status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = geverifieerd
status-partial = deels geverifieerd
status-unverified = niet geverifieerd
# Findings added or corrected.
findings-added = { $added ->
        [one] { $added } bevinding
       *[other] { $added } bevindingen
    } toegevoegd of gecorrigeerd
# Findings removed.
findings-removed = { $removed ->
        [one] { $removed } bevinding
       *[other] { $removed } bevindingen
    } verwijderd
# Findings both added and removed.
findings-corrected = bevindingen gecorrigeerd ({ $added } nieuw of gewijzigd, { $removed } vervangen)
# A change in fields a notice does not name.
other-details-changed = andere gegevens gecorrigeerd
# More records than a notice lists.
and-more = …en nog { $n }.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Toegevoegd of gewijzigd sinds { $from }: { $n ->
        [one] { $n } item
       *[other] { $n } items
    }, nieuwste eerst.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Toegevoegd of gewijzigd sinds { $from } ({ $filters }): { $n ->
        [one] { $n } item
       *[other] { $n } items
    }, nieuwste eerst.
# Before a record new since the date.
whatsnew-new = Nieuw op { $date }:
# Before a record changed since the date.
whatsnew-changed = Gewijzigd op { $date }:
# Nothing new since a date.
nothing-new = Sinds { $from } is er niets toegevoegd of gewijzigd.
# Nothing new matching the filters since a date.
nothing-new-filtered = Sinds { $from } is er niets toegevoegd of gewijzigd dat past bij { $filters }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …en nog { $n }: beperk het met een latere datum of een filter, bijv. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Er valt dus niets te tekenen.
# The group of findings that name no outcome domain.
chart-other-outcomes = Overige uitkomsten
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = { $records ->
        [one] Het 1 item
       *[other] De { $records } items
    } over { $question } { $records ->
        [one] geeft
       *[other] geven
    } geen effectgrootte om in een grafiek te zetten; <code>{ $evidence }</code> laat zien wat er gevonden is.
# The names of effect measures, on a chart's axis.
measure-d = Cohens d
measure-g = Hedges' g
measure-smd = Gestandaardiseerd gemiddeld verschil, SMD
measure-md = Gemiddeld verschil, MD
measure-r = Correlatie, r
measure-or = Oddsratio, OR
measure-rr = Relatief risico, RR
measure-hr = Hazardratio, HR
measure-percent = Percentage
# The first sentence of a chart's alt text.
chart-heading = Grafiek van effecten voor “{ $question }”: { $drawn } van { $records ->
        [one] het 1 item
       *[other] de { $records } items
    } hierover { $drawn ->
        [one] geeft
       *[other] geven
    } effectgroottes, sterkste bewijs eerst, elk met het 95%-betrouwbaarheidsinterval als het item dat vermeldt.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (geen effect bij { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, niveau { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Niet getekend: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 bevinding
       *[other] { $n } bevindingen
    } zonder effectgrootte
not-drawn-percentages = { $n ->
        [one] 1 bevinding
       *[other] { $n } bevindingen
    } als percentage gegeven
not-drawn-unverified = { $n ->
        [one] 1 bevinding
       *[other] { $n } bevindingen
    } niet door een bron bevestigd
not-drawn-beyond = { $n ->
        [one] 1 bevinding
       *[other] { $n } bevindingen
    } na de eerste { $max } rijen
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Richtlijn
level-short-2 = Review
level-short-3 = RCT
level-short-4 = Pilot-RCT
level-short-5 = Evaluatie
level-short-6 = Overig
# The first sentence of a map's alt text, for a question.
map-heading-question = Bewijskaart van { $records ->
        [one] het 1 item
       *[other] de { $records } items
    } over “{ $question }”: { $topics ->
        [one] 1 onderwerp
       *[other] { $topics } onderwerpen
    } per bewijsniveau (1 richtlijn, 2 review, 3 RCT, 4 pilot-RCT of cohortonderzoek, 5 kwalitatief onderzoek of evaluatie, 6 overig); een item met meerdere onderwerpen telt bij elk ervan mee.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Bewijskaart van { $records ->
        [one] het 1 item
       *[other] alle { $records } items
    } in de kennisbank: { $topics ->
        [one] 1 onderwerp
       *[other] { $topics } onderwerpen
    } per bewijsniveau (1 richtlijn, 2 review, 3 RCT, 4 pilot-RCT of cohortonderzoek, 5 kwalitatief onderzoek of evaluatie, 6 overig); een item met meerdere onderwerpen telt bij elk ervan mee.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } op niveau { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [afbeelding: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Gerapporteerde effecten: “{ $question }”
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } van { $records ->
        [one] 1 item
       *[other] { $records } items
    } · sterkste eerst · lijn: 95%-BI · ring: geen BI
# Before the level colours under a chart.
chart-legend = Bewijsniveau:
# The last line under a chart.
chart-footnote = Elke rij is één bevinding zoals het item die vermeldt; een gearceerde balk is een bereik over meerdere metingen. De waarden zijn niet gepoold, en welke kant van de lijn gunstig is voor de interventie, hangt af van de uitkomst.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (geen BI)
# A map's title, for a question.
map-title-question = Bewijskaart: “{ $question }”
# A map's title, for the whole knowledge.
map-title-all = Bewijskaart: de hele kennisbank
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 item
       *[other] { $records } items
    } per onderwerp ({ $topics }) en bewijsniveau, sterkste links
# The heading of a map's last column.
map-total = Totaal
# The line under a map.
map-footnote = Elke cel telt items; een item met meerdere onderwerpen telt bij elk ervan mee. Donkerder cellen bevatten meer items. L1 richtlijn, L2 review, L3 RCT, L4 pilot-RCT, cohortonderzoek of gecontroleerde studie, L5 kwalitatief onderzoek of evaluatie, L6 overig.
# When drawing a figure failed (a bug, logged).
figure-failed = Sorry, ik kon die afbeelding niet tekenen; de fout staat in mijn log.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Aanspreekpunt van deze kamer:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = Er is een veiligheidsantwoord gestuurd in { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } heeft { $key } gewijzigd in: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hallo! Ik beantwoord vragen over het onderzoeksbewijs voor video-interactiebegeleiding en videofeedback. Probeer { $evidence } { example-question }, of stel je vraag gewoon in woorden.
# The reply to a greeting later on.
greeting = Hallo! Vraag me gerust naar het onderzoeksbewijs wanneer je wilt.
# The reply to thanks.
thanks = Graag gedaan.
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Vragen die ik beantwoord, worden niet gelogd. Vragen waarover geen enkel item ging, en 👍/👎-feedback met de toelichting, komen voor beperkte tijd (standaard 90 dagen) in een hiatenlog voor de curatoren, zonder leesbare gebruikers-id of kamer-id. { $here } Een bericht waarin staat dat iemand in gevaar is, wordt nooit gelogd of bewaard. Vermijd toch namen en herkenbare details.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = In deze kamer staat dat log aan; een moderator kan het uitzetten met { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = In deze kamer staat dat log uit.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Sorry, dat kan ik niet: { $what }. Ik kan wel onderzoeksbewijs zoeken en samenvatten, met bronvermeldingen: probeer { $evidence } { example-question }, of { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Gelezen als vervolgvraag: vorige vraag + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = De vraag is gelezen als een vraag naar: { $task }. Items worden eerst geordend op hoeveel van de vraag ze behandelen, dan op soort bewijs ({ $kinds }), dan op hoe goed hun tekst overeenkomt, hun niveau en hun jaar. De getoonde items:
# The order of kinds for questions about effects.
order-kinds-effect = eerst peer-reviewed systematische reviews en meta-analyses, dan RCT's, dan pilot-RCT's, dan richtlijnen die de interventie aanbevelen, dan andere studies
# The order of kinds for other questions.
order-kinds-other = eerst de soorten bewijs die die vraag het best beantwoorden
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (niveau { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (niveau { $level }, { $level_label }, peer-reviewed)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Het spijt me dat het nu zo zwaar is. Ik ben een bot voor onderzoeksbewijs, dus hier kan ik zelf niet bij helpen. Zoek alsjeblieft nu hulp:
# Opening: a baby or child is at risk now.
safety-opening-child = Dank je dat je het me vertelt. Ik ben een bot voor onderzoeksbewijs, dus hier kan ik zelf niet bij helpen. Zoek alsjeblieft nu hulp voor het kind:
# Opening: domestic abuse happening now.
safety-opening-abuse = Het spijt me dat dit gebeurt. Ik ben een bot voor onderzoeksbewijs, dus hier kan ik zelf niet bij helpen. Zoek alsjeblieft nu hulp:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Professionals: volg vandaag nog de meldcode of het veiligheidsprotocol van je organisatie en overleg met je aandachtsfunctionaris.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Professionals: volg vandaag nog de meldcode of het veiligheidsprotocol van je organisatie en overleg met je aandachtsfunctionaris of met de jeugdzorg.
# Whom a contact is for, before its name and number.
safety-for-emergency = Bij direct gevaar
safety-for-silent-call = Als je bij een noodoproep niet kunt praten
safety-for-anyone = Voor iedereen, altijd
safety-for-text = Per sms
safety-for-mental-health = Dringende hulp bij psychische problemen
safety-for-children = Kinderen en jongeren
safety-for-worried-adults = Volwassenen die zich zorgen maken om een kind
safety-for-domestic-abuse = Huiselijk geweld
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = gratis, 24 uur per dag
safety-free = gratis
safety-always = 24 uur per dag
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Als iemand nu in gevaar is: { $contacts }; en volg de meldcode of het veiligheidsprotocol van je organisatie.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = verbeterd
direction-no-difference = geen significant verschil
direction-worse = verslechterd
direction-mixed = wisselend

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = hoge zekerheid
certainty-moderate = redelijke zekerheid
certainty-low = lage zekerheid
certainty-very-low = zeer lage zekerheid
# Whether a finding was statistically significant, after its numbers.
finding-significant = significant
finding-not-significant = niet significant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95%-BI { $low } tot { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } tot { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · niveau { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (follow-up) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Titels en samenvattingen van de items zijn in het Engels, zoals ze gepubliceerd zijn.
