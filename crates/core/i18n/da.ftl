### evidence-bot: every sentence the bot writes itself, in Danish (dansk), translated from
### en.ftl. The comments are the English translator notes, kept as they are.
###
### Terms used throughout: record = post (poster), the knowledge = vidensbasen, intervention =
### indsats, outcome = effektmål, curators = redaktørerne, gap log = hul-loggen (loggen over
### videnshuller), RCT = RCT/RCT'er, quotation marks ”…”. Plurals: one, other (CLDR for da).
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
reply-cut = [svaret er forkortet, så det passer i en chatbesked: stil et mere afgrænset spørgsmål]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Dit spørgsmål var langt, så kun de første { $max } tegn blev brugt.
# An answer failed inside the bot; the details are in its log.
internal-error = Beklager, noget gik galt, da jeg skulle svare. Administratorerne kan se detaljerne i loggen.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Tag den lidt med ro: højst { $commands } kommandoer pr. { $seconds } sekunder. Jeg svarer igen om lidt.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: Jeg kunne ikke læse din krypterede besked (jeg modtog ikke nøglerne til den). Send den gerne igen; hvis det bliver ved med at ske, så bed en administrator om at tjekke min enhed.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Jeg finder forskning og retningslinjer om Video Interaction Guidance (VIG) og beslægtede videobaserede indsatser (VERP, VIPP). Spørg med almindelige ord; de bedste match kommer først, og stærkere evidens kommer forrest, når de er omtrent lige gode.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Prøv: { $evidence } for tidligt fødte · { $evidence } fødselsdepression kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = Jeg kender ikke { $command }. Mente du { $suggestion }? ({ $help } viser kommandoerne.)
# A command word the bot does not know.
unknown-command = Jeg kender ikke { $command }. { $help } viser kommandoerne.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Brug: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = hvilken post? Angiv dens id, som den står under hvert resultat
problem-one-record = angiv kun én id
problem-which-records = hvilken post? Angiv en eller flere id'er, som de står under hvert resultat
problem-too-many-records = højst { $max } poster ad gangen
problem-which-topic = hvilket emne? F.eks. { $reading_list } autisme ris
problem-what-to-chart = sig, hvad du vil have en graf over, f.eks. { $chart } for tidligt fødte
problem-what-to-follow = sig, hvilken søgning du vil følge, f.eks. { $subscribe } for tidligt fødte
problem-which-subscription = sig hvilket: { $unsubscribe } 1 eller { $unsubscribe } all
problem-what-you-were-looking-for = sig, hvad du ledte efter, som svar på mit svar: { $feedback } jeg ville have studier med fædre
problem-one-period = højst én periode: { $gaps }, { $gaps } since:2026-11-01 eller { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Beklager, den kommando er kun for bottens administratorer.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Den kommando virker i botten, mens den kører (evidence-bot run), ikke på kommandolinjen.
# The reply to !status. $minutes has two digits ("05").
status = Oppe i { $hours } t { $minutes } min. Rum: { $rooms }. Poster: { $records } (vidensbase { $version }, { $origin }). Senest genindlæst: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Den kommando virker i et Matrix-rum, mens botten kører (hul-loggen fra en terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = evidensen om et emne eller et spørgsmål, f.eks. `{ $evidence } for tidligt fødte` eller `{ $evidence } hjælper VIG fædre på neonatalafdelingen?`. Direkte match er poster om alt, hvad du spørger om (emne, indsats, effektmål, navne), med den stærkeste evidens først (retningslinje, review, RCT, pilot eller kohorte, evaluering, andet; en type, du nævner, som RCT eller NICE, kommer først), derefter efter hvor godt de matcher, og hvor nye de er. Delvise match handler kun om en del af spørgsmålet og står for sig under en linje, der siger det; er intet direkte, siger svaret, hvilke ord vidensbasen ikke dækker. Filtre: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = de næste resultater fra din seneste søgning med { $evidence } i dette rum
command-show = alt om én post (fund, tal, forbehold, kilder)
command-cite = referencer til en litteraturliste, med henvisningen i teksten (APA 7, medmindre du beder om andet), eller BibTeX/RIS/CSL-JSON til at kopiere
command-reading-list = en fil med de bedste poster for en søgning, til Zotero, EndNote eller Mendeley (RIS, medmindre du beder om andet; CSL-JSON til pandoc eller andre CSL-værktøjer), f.eks. { $reading_list } autisme ris
command-chart = et billede af de effekter, som posterne om et spørgsmål rapporterer (én række pr. fund med en effektstørrelse: værdien og dens 95 %-konfidensinterval, grupperet efter effektmål, ét panel pr. mål som d, SMD eller OR, farvet efter evidensniveau), til et rum eller et dias; beskedens tekst giver de samme tal til skærmlæsere, f.eks. { $chart } for tidligt fødte
command-map = et evidenskort som billede: emner efter evidensniveau (retningslinje, review, RCT, pilot eller kohorte, evaluering, andet), med antallet af poster i hver celle; med et spørgsmål kun posterne om det, f.eks. { $map } eller { $map } autisme
command-topics = de emner, vidensbasen dækker, med antallet af poster for hvert
command-help = denne hjælp, eller mere om én kommando
command-about = hvad botten ved, vidensbasens version og dens dato
command-config = dette rums indstillinger: citation_style (apa|harvard|vancouver), results (1-5 pr. side), replies (room|thread), filters (f.eks. since:2015, eller none), welcome (TEXT|none, til dem, der kommer ind i rummet), gap_log (on|off). Rummets moderatorer (rettighedsniveau 50 eller højere) og bottens administratorer ændrer dem, f.eks. { $config } citation_style harvard; `default` nulstiller en af dem. Gemmes på hjemmeserveren, kun for dette rum
command-whatsnew = poster, der er tilføjet til vidensbasen eller ændret siden en dato (de seneste 30 dage, medmindre since:2026-11-01 eller since:7d), nyeste først; filtre som kind:rct eller topic:preterm afgrænser dem
command-subscribe = (rummets moderatorer) følge en søgning: når vidensbasen ændres, får rummet én gang besked om de poster, søgningen finder, som er tilføjet (niveau, titel, hovedfund) eller ændret (hvad der er ændret), f.eks. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (rummets moderatorer) holde op med at følge abonnement N (som { $subscriptions } nummererer dem), eller all for alle
command-subscriptions = de søgninger, dette rum følger
command-feedback = som svar på et af mine svar: fortæl redaktørerne, hvad du ledte efter (begynd med 👍 eller 👎 for at stemme; en 👍- eller 👎-reaktion på svaret tæller også som stemme). Kun spørgsmålet, din stemme og dine ord gemmes, aldrig hvem du er
command-gaps = de spørgsmål, vidensbasen ikke havde svar på, grupperet efter hvad de handlede om, med stemmer og kommentarer til svar (kun administratorer; de seneste 7 dage, medmindre since:2026-11-01 eller since:30d)
command-reload = indlæse vidensbasens filer igen (kun administratorer)
command-status = oppetid, rum, poster og seneste genindlæsning (kun administratorer)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = Du har ingen tidligere søgning i dette rum, der kan fortsættes. Start en med { $evidence } QUERY.
# !more past the last result.
end-of-results = Det var alt for den søgning.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Det var de første { $shown } af { $total } resultater. Afgræns søgningen for at se resten, for eksempel med kind:rct, topic:preterm eller since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Mere om { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Der findes ingen post `{ $id }`. Mente du `{ $suggestion }`?
# An id that names no record.
unknown-record = Der findes ingen post `{ $id }`. Id'erne står under hvert resultat fra { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Jeg fandt intet i vidensbasen om dette spørgsmål.
# Nothing found for a short question, quoted.
nothing-found = Jeg fandt intet om ”{ $query }”.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Bemærk: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Viser resultater for { $corrected } (du skrev { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Mente du: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> viser, hvad vidensbasen dækker.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Intet i vidensbasen handler om { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Intet i vidensbasen handler om { $phrases }. Prøv <code>{ $topics }</code> for at se, hvad vidensbasen dækker.
# What the question said it is not about, and that the answer leaves out.
excluded = Udelader posterne om { $phrases }, som du bad om.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } bortset fra { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } eller { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } og { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } og { $last }
# The heading of an answer with records about the question.
evidence-on = Forskning om { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } om det, stærkeste først ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } andre
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Forstået som: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Forstået som: { $read }. Ikke genkendt: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Jeg kunne ikke se, hvad dette spørger om.
# The same for a short message, quoted.
could-not-tell-what = Jeg kunne ikke se, hvad { $quoted } spørger om.
# After either of those: an example search to type.
try-for-example = {" "}Prøv for eksempel <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIG for tidligt fødte børn
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = De første { $shown } af { $total } poster om spørgsmålet; alle sammen:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Nærmest: { $label }, { $records ->
        [one] 1 post
       *[other] { $records } poster
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Ingen post i vidensbasen handler om både { $first } og { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Ingen post i vidensbasen handler om { $parts } på én gang.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 post
       *[other] { $records } poster
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (videofeedback generelt)
# The short unverified warning on a result line (shown in brackets).
unverified-short = ikke verificeret
# Where a page of results is, when no result is direct.
showing-all = Viser { $start }–{ $end } af { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Viser { $start }–{ $end } af { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Viser { $start }–{ $end } af { $direct } direkte og { $partial } delvise resultater.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> for { $n } flere
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> for en reference.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> for detaljer
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … og { $n } flere i filen.

## Records (!show)

# The warning on records that could not be verified.
unverified = ikke verificeret: detaljerne kunne ikke kontrolleres mod en kilde
# The warning on partly verified records.
partial = delvist verificeret
# After a finding no source confirmed.
finding-unverified = (ikke bekræftet i en kilde)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: se forbehold
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Fund
# Heading before a record's caveats.
label-caveats = Forbehold
# Before the ids of related records.
label-related = Relateret:{" "}
# Heading before a record's sources.
label-sources = Kilder
# After a source no one confirmed.
label-source-unverified = {" "}[ikke verificeret]
# Before the !cite command for the record.
label-cite-it = Reference:{" "}
# The facts of a record: the intervention.
label-intervention = Indsats
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = videofeedback
intervention-other = andet
intervention-none = ingen
# The facts of a record: who took part.
label-who = Hvem
# The facts of a record: the study design.
label-design = Design
# The facts of a record: the sample.
label-sample = Stikprøve
# The facts of a record: the country.
label-country = Land
# The facts of a record: the trial registration.
label-registration = Registrering
# The facts of a record: its topics.
label-topics = Emner
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = I teksten:{" "}
# A record whose authors no source shows.
label-authors-not-known = Forfattere ukendte
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Kapitel { $chapter } i { $book }
# The book a work appeared in, when no chapter is given.
in-book = I { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Beklager, jeg kunne ikke lave en reference til `{ $id }`. Administratorerne har fået besked i loggen.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Reference
       *[other] Referencer
    } i { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } for { $n ->
        [one] { $n } post
       *[other] { $n } poster
    }</b>: kopiér teksten, eller brug <code>{ $command }</code> for at få en fil.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Ingen post i vidensbasen handler om ”{ $query }”. Prøv <code>{ $topics }</code> for at se, hvad vidensbasen dækker.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Litteraturliste for { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } i { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } i { $filename } ({ $hint }), de { $n } bedste af { $total }.
# What each file format is for.
format-hint-ris = RIS, til Zotero, EndNote eller Mendeley
format-hint-bibtex = BibTeX, til LaTeX, Zotero eller JabRef
format-hint-markdown = et uddelingsark med evidensniveauer og hovedfund
format-hint-csl-json = CSL-JSON, til Zotero, pandoc eller andre CSL-værktøjer
format-hint-apa = en referenceliste i APA 7
format-hint-harvard = en referenceliste i Harvard-stil
format-hint-vancouver = en referenceliste i Vancouver-stil

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Det dækker vidensbasen: { $covered } af de { $concepts } begreber i dens ordforråd, ordnet efter facet, med deres poster.
# The facets of the vocabulary, as headings in !topics.
facet-population = Hvem
facet-setting = Hvor
facet-intervention = Indsatser
facet-comparison = Sammenlignet med
facet-outcome = Effektmål
facet-kind = Typer af evidens
facet-profession = Faggrupper
facet-country = Lande
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Spørg med dine egne ord, og nævn noget af dette (også snævrere begreber: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } post
       *[other] { $n } poster
    }
# The first line of !about, after the bot's name and version.
about = {" "}— forskning om Video Interaction Guidance og beslægtet videofeedback.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Vidensbase version { $version } ({ $origin }), indlæst { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } poster, { $topics } emner.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (niveau { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Senest genindlæst: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = Vidensbasen er et sæt filer, som fællesskabets administratorer vedligeholder: hver post angiver sine kilder og er kontrolleret mod dem. Vil du foreslå en artikel eller melde en fejl, så svar på et af mine svar med <code>{ $feedback }</code> og en kommentar, eller sig det til jeres administratorer.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } retningslinje
       *[other] { $n } retningslinjer
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematisk review
       *[other] { $n } systematiske reviews
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } metaanalyse
       *[other] { $n } metaanalyser
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCT'er
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } pilot-RCT
       *[other] { $n } pilot-RCT'er
    }
kind-count-cohort = { $n ->
        [one] { $n } kohortestudie
       *[other] { $n } kohortestudier
    }
kind-count-controlled-study = { $n ->
        [one] { $n } kontrolleret studie
       *[other] { $n } kontrollerede studier
    }
kind-count-qualitative = { $n ->
        [one] { $n } kvalitativt studie
       *[other] { $n } kvalitative studier
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } praksisevaluering
       *[other] { $n } praksisevalueringer
    }
kind-count-pre-post = { $n ->
        [one] { $n } før-efter-studie
       *[other] { $n } før-efter-studier
    }
kind-count-report = { $n ->
        [one] { $n } rapport
       *[other] { $n } rapporter
    }
kind-count-book = { $n ->
        [one] { $n } bog
       *[other] { $n } bøger
    }
kind-count-chapter = { $n ->
        [one] { $n } kapitel
       *[other] { $n } kapitler
    }
kind-count-article = { $n ->
        [one] { $n } artikel
       *[other] { $n } artikler
    }
kind-count-protocol = { $n ->
        [one] { $n } forsøgsprotokol
       *[other] { $n } forsøgsprotokoller
    }
kind-count-journal = { $n ->
        [one] { $n } tidsskrift
       *[other] { $n } tidsskrifter
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] retningslinje
       *[other] retningslinjer
    }
kind-name-systematic-review = { $form ->
        [one] systematisk review
       *[other] systematiske reviews
    }
kind-name-meta-analysis = { $form ->
        [one] metaanalyse
       *[other] metaanalyser
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCT'er
    }
kind-name-pilot-rct = { $form ->
        [one] pilot-RCT
       *[other] pilot-RCT'er
    }
kind-name-cohort = { $form ->
        [one] kohortestudie
       *[other] kohortestudier
    }
kind-name-controlled-study = { $form ->
        [one] kontrolleret studie
       *[other] kontrollerede studier
    }
kind-name-qualitative = { $form ->
        [one] kvalitativt studie
       *[other] kvalitative studier
    }
kind-name-service-evaluation = { $form ->
        [one] praksisevaluering
       *[other] praksisevalueringer
    }
kind-name-pre-post = { $form ->
        [one] før-efter-studie
       *[other] før-efter-studier
    }
kind-name-report = { $form ->
        [one] rapport
       *[other] rapporter
    }
kind-name-book = { $form ->
        [one] bog
       *[other] bøger
    }
kind-name-chapter = { $form ->
        [one] kapitel
       *[other] kapitler
    }
kind-name-article = { $form ->
        [one] artikel
       *[other] artikler
    }
kind-name-protocol = { $form ->
        [one] forsøgsprotokol
       *[other] forsøgsprotokoller
    }
kind-name-journal = { $form ->
        [one] tidsskrift
       *[other] tidsskrifter
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Retningslinje
kind-label-systematic-review = Systematisk review
kind-label-meta-analysis = Metaanalyse
kind-label-rct = RCT
kind-label-pilot-rct = Pilot-RCT
kind-label-cohort = Kohortestudie
kind-label-controlled-study = Kontrolleret studie
kind-label-qualitative = Kvalitativt studie
kind-label-service-evaluation = Praksisevaluering
kind-label-pre-post = Før-efter-studie
kind-label-report = Rapport
kind-label-book = Bog
kind-label-chapter = Bogkapitel
kind-label-article = Artikel
kind-label-protocol = Forsøgsprotokol
kind-label-journal = Tidsskrift
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Retningslinje
kind-short-systematic-review = Review
kind-short-meta-analysis = Metaanalyse
kind-short-rct = RCT
kind-short-pilot-rct = Pilot-RCT
kind-short-cohort = Kohorte
kind-short-controlled-study = Kontrolleret
kind-short-qualitative = Kvalitativ
kind-short-service-evaluation = Evaluering
kind-short-pre-post = Før-efter
kind-short-report = Rapport
kind-short-book = Bog
kind-short-chapter = Kapitel
kind-short-article = Artikel
kind-short-protocol = Protokol
kind-short-journal = Tidsskrift
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Retningslinje
level-label-2 = Systematisk review
level-label-3 = RCT
level-label-4 = Pilot-RCT, kohortestudie eller kontrolleret studie
level-label-5 = Kvalitativt studie, praksisevaluering eller før-efter-studie
level-label-6 = Rapport, bog eller andet

## What a question asks (its task), in a "Read as" line

task-effect = effekter
task-recommendation = anbefalinger
task-experience = erfaringer
task-overall = hvor stærk evidensen er
task-largest = de største studier
task-count = hvor mange studier
task-null = nulfund
task-harms = skadevirkninger
task-dose = dosis
task-delivered-by = hvem der leverer indsatsen
task-currency = om retningslinjerne er gældende
task-cost = omkostninger
task-attrition = frafald
task-certainty = hvor sikker evidensen er
task-citation = referencer
task-reading-list = en litteraturliste
task-chart = et diagram
task-follow-up = et opfølgende spørgsmål
task-not-a-question = ikke et spørgsmål

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } i { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } i { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— fundene peger i forskellige retninger

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } randomiseret
# A trial's size by the number randomised, without a unit.
randomised = { $n } randomiseret
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
        [one] familie
       *[other] familier
    }
counted-mothers = { $n ->
        [one] mor
       *[other] mødre
    }
counted-fathers = { $n ->
        [one] far
       *[other] fædre
    }
counted-parents = { $n ->
        [one] forælder
       *[other] forældre
    }
counted-children = { $n ->
        [one] barn
       *[other] børn
    }
counted-infants = { $n ->
        [one] spædbarn
       *[other] spædbørn
    }
counted-dyads = { $n ->
        [one] forælder-barn-par
       *[other] forælder-barn-par
    }
counted-caregivers = { $n ->
        [one] omsorgsperson
       *[other] omsorgspersoner
    }
counted-participants = { $n ->
        [one] deltager
       *[other] deltagere
    }
counted-studies = { $n ->
        [one] studie
       *[other] studier
    }
counted-trials = { $n ->
        [one] randomiseret studie
       *[other] randomiserede studier
    }
# Under a trial with no finding recorded.
no-result-recorded = Intet resultat registreret endnu.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primært effektmål: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primære effektmål: blandede ({ $improved } af { $of } primære fund viste forbedring).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Hovedfund (intet primært effektmål markeret):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— i { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = alle indsatser
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = De største studier af { $subject } i vidensbasen
# After that heading, when there is no trial.
sized-none = : den indeholder ingen studier med resultater om dette.
# After that heading: how many trials give a size.
sized-count = : { $sized } af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } angiver en størrelse; største først, efter antal randomiserede (ellers antal deltagere), og hvert studie tælles én gang, uanset hvor mange artikler der rapporterer det.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = Vidensbasen indeholder { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } af { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, rapporteret i { $papers ->
        [one] 1 artikel
       *[other] { $papers } artikler
    } (hvert studie tælles én gang)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } flere i gang (kun protokol, ingen resultater endnu)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Også om det: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = Den nyeste metaanalyse i den, { $author } { $year }, samlede { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Nulfund og blandede resultater i studier af { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i vidensbasen har { $judged } et markeret primært effektmål; på det fandt { $null } ingen signifikant forskel, og { $mixed } havde blandede resultater (nogle primære effektmål blev bedre, andre ikke).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Også med på listen: { $n ->
        [one] 1 studie
       *[other] { $n } studier
    } uden markeret primært effektmål, hvor hovedfundet ikke viste nogen signifikant forskel; læs posten, før du kalder et studie et nulfund.
# "Harms reported in trials of VIG"
harms-heading = Skadevirkninger rapporteret i studier af { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : ingen af { $trials ->
        [one] det ene studie
       *[other] de { $trials } studier
    } i vidensbasen har registreret, hvad der blev rapporteret om skadevirkninger (uønskede hændelser). Det er ikke evidens for, at indsatsen ikke skader: vidensbasen har ikke registreret det, og mange studier rapporterer ikke skadevirkninger.
# After that heading: what the trials' records say about harms.
harms-count = : { $recorded } af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registreret, hvad der blev rapporteret om skadevirkninger; { $none } undersøgte det og fandt ingen, { $reported } rapporterede uønskede hændelser.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dosis (sessioner) i studier af { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : { $dosed } af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registreret antallet af sessioner; færrest først, hver med sit resultat.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } sessioner
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } session
       *[other] { $n } sessioner
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Sessioner
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } over { $weeks ->
        [one] 1 uge
       *[other] { $weeks } uger
    }
# Under a dose list.
dose-not-compared = Stillet side om side, ikke sammenlignet: studierne adskiller sig på mere end dosis (familier, målemetoder, sammenligningsgrupper). Intet studie i vidensbasen tester én dosis mod en anden, medmindre posten siger det.
# "Who delivered VIG in its trials"
delivered-heading = Hvem der leverede { $subject } i studierne
# After that heading: how many trials record who delivered it.
delivered-count = : { $recorded } af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i vidensbasen har registreret, hvem der leverede indsatsen.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } af { $randomised } randomiserede blev analyseret
# "Dropout in trials of VIG"
attrition-heading = Frafald i studier af { $subject }
# After that heading: how many trials record dropout.
attrition-count = : { $known } af { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registreret, hvor mange der faldt fra inden opfølgningen; højeste først.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent } % frafald ved opfølgning
# "Published costs of VIPP-SD"
cost-heading = Publicerede omkostninger ved { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } af { $records ->
        [one] den ene post
       *[other] de { $records } poster
    } om det angiver omkostningstal.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } pr. familie
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } pr. familie ({ $year }-priser)
# "Whether the guidance on postnatal depression is current"
currency-heading = Om retningslinjerne om { $subject } er gældende
# After that heading, when there is no guideline.
currency-none = : ingen retningslinje i vidensbasen handler om det.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 retningslinje
       *[other] { $guidelines } retningslinjer
    }, hver med sin status fra sidst, nogen tjekkede udgiverens side. Tjek siden igen, før du citerer den.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (tjekket { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (datoen for tjekket er ikke registreret).
# A guideline whose status is not recorded.
guideline-status-unknown = Status ikke registreret: tjek udgiverens side.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Hvor sikker evidensen om { $subject } er
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } af { $reviews ->
        [one] det ene review
       *[other] de { $reviews } reviews
    } om det vurderer, hvor sikre fundene er (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Talt ud fra det, vidensbasen indeholder (version { $version }, senest ændret { $changed }), ikke ud fra alt, der er publiceret.
# The last line of such an answer.
as-of-knowledge = Talt ud fra det, vidensbasen indeholder (version { $version }), ikke ud fra alt, der er publiceret.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (ord, der ikke blev genkendt, spurgt om på færre end 3 dage)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Ubesvarede spørgsmål, { $since } til { $until }: ingen.
# The heading of a gap report.
gaps-heading = Ubesvarede spørgsmål, { $since } til { $until }: { $unanswered } ({ $nothing } gav intet resultat, { $partial } kun delvise match).
# A gap report's label for questions with filters and no words.
gap-filters-only = (kun filtre)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] én gang
       *[other] { $count } gange
    }, senest { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Stemmer på svar: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Seneste kommentarer:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = Sådan tilføjer du poster for et hul: evidence-bot import, derefter evidence-bot check (README, ”Reading the gap report”). { $gaps } since:30d ser længere tilbage.
# The heading of the weekly digest posted in the admin room.
gap-digest = Ugentligt sammendrag af hul-loggen.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Tak for 👎. Hvad ledte du efter? Svar i denne tråd, så giver jeg det videre til redaktørerne (kun dine ord gemmes, ikke dit navn).
# The reply to a comment or !feedback.
feedback-thanks = Tak! Det er givet videre til redaktørerne, som læser det, når de tilføjer nye poster.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } bruges som svar på et af mine { $evidence }-svar: svar på svaret, og skriv { $feedback } og det, du ledte efter.
# Feedback in a room where the curators' log is off.
feedback-off = Feedback indsamles ikke i dette rum (bottens administratorer har slået det fra).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Hul-loggen er slået fra (gap_log = false i konfigurationen), så der er intet at rapportere.

## Room settings (!config)

# The heading of !config.
config-heading = Indstillinger i dette rum:
# Marks a setting that is the bot's default.
config-default = {" "}(standard)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Rummets moderatorer ændrer en indstilling med { $config } KEY VALUE (f.eks. { $config } citation_style harvard; `default` nulstiller den). { $help } config forklarer hver enkelt.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] sat i dette rum
       *[default] standard
    }). { $about }; værdier: { $values }. Skift: { $config } { $key } VALUE
# A setting was stored.
config-saved = Gemt for dette rum: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Ikke ændret: { $problem }. { $config } viser indstillingerne.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } er en af { $values }
setting-is = { $key } er { $values }
setting-on-off = { $key } er on eller off
setting-number = { $key } er et tal fra 1 til { $max }
setting-filters = filtre er ord som kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = skriv velkomstbeskeden efter indstillingen, eller none
setting-contact = skriv rummets kontakt efter indstillingen, eller none
setting-unknown = der er ingen indstilling `{ $key }`; indstillingerne er { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Kun rummets moderatorer (rettighedsniveau 50 eller højere) og bottens administratorer kan ændre indstillingerne; alle kan se dem med !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = Indstillingen kunne ikke gemmes på hjemmeserveren; intet blev ændret. Prøv igen om lidt.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = referencestilen for { $cite }, når ingen stil er nævnt
config-about-results = resultater pr. side for { $evidence } og { $more }
config-about-replies = svar som svar i rummet, eller altid i en tråd på spørgsmålet
config-about-filters = filtre, der føjes til hvert spørgsmål med { $evidence } her, f.eks. since:2015
config-about-welcome = en besked til hver person, der kommer ind i rummet
config-about-gap-log = om spørgsmål, som vidensbasen ikke havde svar på, og feedback logges til redaktørerne
config-about-followups = om et svar på et af mine svar, der læses som et opfølgende spørgsmål (”og for fædre?”, ”citer den anden”), besvares, uden at botten nævnes
config-about-language = sproget i svarene her; auto besvarer hver besked på dens eget sprog
config-about-safety-watch = om hver besked her gennemses for, om nogen er i fare (beskeder til botten gennemses altid)
config-about-safety-contact = rummets egen kontakt, som føjes til sikkerhedssvaret efter driftsansvarliges tekst

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Abonnerer på { $query } (abonnement { $n }): rummet får besked, når poster, som søgningen finder, bliver tilføjet eller ændret.
# Before the latest record a new subscription finds.
latest-match = Den nyeste post, søgningen finder:
# A new subscription finds nothing yet.
nothing-matches-yet = Intet i vidensbasen passer endnu; rummet får besked, når noget gør.
# The room already follows that search.
already-subscribed = Dette rum følger allerede { $query }.
# A room follows as many searches as it may.
too-many-subscriptions = Et rum kan højst følge { $max } søgninger; { $subscriptions } viser dem, og { $unsubscribe } N fjerner en.
# !unsubscribe N done.
unsubscribed = Abonnementet på { $query } er afsluttet.
# !unsubscribe all done.
unsubscribed-all = Alle abonnementer er afsluttet.
# !unsubscribe with a number that is not one.
unsubscribe-which = Sig hvilket: { $unsubscribe } 1 til { $n }, eller { $unsubscribe } all ({ $subscriptions } viser dem).
# A room without subscriptions.
no-subscriptions = Dette rum følger ingen søgninger. Med { $subscribe } QUERY (rummets moderatorer) får rummet besked om nye og ændrede poster, f.eks. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Dette rum følger:
# How to stop following.
unsubscribe-how = { $unsubscribe } N eller { $unsubscribe } all (rummets moderatorer).
# The heading of a subscription notice.
notice-heading = Ny og ændret evidens for dette rums abonnementer.
# One subscription in a notice.
notice-for = For { $query }:
# Marks a new record in a notice.
new-record = Ny:
# Marks a changed record in a notice.
changed-record = Ændret:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (var { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = stikprøve
field-title = titel
field-year = år
field-kind = type
field-status = status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = verificeret
status-partial = delvis verificeret
status-unverified = ikke verificeret
# Findings added or corrected.
findings-added = { $added } fund tilføjet eller rettet
# Findings removed.
findings-removed = { $removed } fund fjernet
# Findings both added and removed.
findings-corrected = fund rettet ({ $added } nye eller ændrede, { $removed } erstattet)
# A change in fields a notice does not name.
other-details-changed = andre detaljer rettet
# More records than a notice lists.
and-more = …og { $n } flere.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Tilføjet eller ændret siden { $from }: { $n ->
        [one] { $n } post
       *[other] { $n } poster
    }, nyeste først.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Tilføjet eller ændret siden { $from } ({ $filters }): { $n ->
        [one] { $n } post
       *[other] { $n } poster
    }, nyeste først.
# Before a record new since the date.
whatsnew-new = Ny { $date }:
# Before a record changed since the date.
whatsnew-changed = Ændret { $date }:
# Nothing new since a date.
nothing-new = Intet er tilføjet eller ændret siden { $from }.
# Nothing new matching the filters since a date.
nothing-new-filtered = Intet, der passer til { $filters }, er tilføjet eller ændret siden { $from }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …og { $n } flere: afgræns med en senere dato eller et filter, f.eks. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Så der er intet at tegne.
# The group of findings that name no outcome domain.
chart-other-outcomes = Andre effektmål
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = { $records ->
        [one] Den ene post
       *[other] De { $records } poster
    } om { $question } angiver ingen effektstørrelse, der kan vises i et diagram; <code>{ $evidence }</code> viser, hvad de fandt.
# The names of effect measures, on a chart's axis.
measure-d = Cohen's d
measure-g = Hedges' g
measure-smd = Standardiseret gennemsnitsforskel, SMD
measure-md = Gennemsnitsforskel, MD
measure-r = Korrelation, r
measure-or = Odds ratio, OR
measure-rr = Relativ risiko, RR
measure-hr = Hazard ratio, HR
measure-percent = Procent
# The first sentence of a chart's alt text.
chart-heading = Diagram over effekter for ”{ $question }”: { $drawn } af { $records ->
        [one] den ene post
       *[other] de { $records } poster
    } om det angiver effektstørrelser, stærkeste evidens først, hver med 95 %-konfidensinterval, hvor posten angiver et.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (ingen effekt ved { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, niveau { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Ikke vist: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 fund
       *[other] { $n } fund
    } uden effektstørrelse
not-drawn-percentages = { $n ->
        [one] 1 fund
       *[other] { $n } fund
    } angivet i procent
not-drawn-unverified = { $n ->
        [one] 1 fund
       *[other] { $n } fund
    } som ingen kilde bekræftede
not-drawn-beyond = { $n ->
        [one] 1 fund
       *[other] { $n } fund
    } ud over de første { $max } rækker
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Retningslinje
level-short-2 = Review
level-short-3 = RCT
level-short-4 = Pilot-RCT
level-short-5 = Evaluering
level-short-6 = Andet
# The first sentence of a map's alt text, for a question.
map-heading-question = Evidenskort over { $records ->
        [one] den ene post
       *[other] de { $records } poster
    } om ”{ $question }”: { $topics ->
        [one] 1 emne
       *[other] { $topics } emner
    } efter evidensniveau (1 retningslinje, 2 review, 3 RCT, 4 pilot-RCT eller kohortestudie, 5 kvalitativt studie eller evaluering, 6 andet); en post med flere emner tælles under hvert af dem.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Evidenskort over { $records ->
        [one] den ene post
       *[other] alle { $records } poster
    } i vidensbasen: { $topics ->
        [one] 1 emne
       *[other] { $topics } emner
    } efter evidensniveau (1 retningslinje, 2 review, 3 RCT, 4 pilot-RCT eller kohortestudie, 5 kvalitativt studie eller evaluering, 6 andet); en post med flere emner tælles under hvert af dem.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } på niveau { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [billede: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Rapporterede effekter: ”{ $question }”
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } af { $records ->
        [one] 1 post
       *[other] { $records } poster
    } · stærkeste først · linje: 95 % KI · ring: intet KI
# Before the level colours under a chart.
chart-legend = Evidensniveau:
# The last line under a chart.
chart-footnote = Hver række er ét fund, som posten angiver det; en skraveret bjælke er et interval over flere mål. Værdierne er ikke puljet, og hvilken side af linjen der er til fordel for indsatsen, afhænger af effektmålet.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (intet KI)
# A map's title, for a question.
map-title-question = Evidenskort: ”{ $question }”
# A map's title, for the whole knowledge.
map-title-all = Evidenskort: hele vidensbasen
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 post
       *[other] { $records } poster
    } efter emne ({ $topics }) og evidensniveau, stærkeste til venstre
# The heading of a map's last column.
map-total = I alt
# The line under a map.
map-footnote = Hver celle tæller poster; en post med flere emner tælles under hvert af dem. Mørkere celler rummer flere poster. Niveauer (L): L1 retningslinje, L2 review, L3 RCT, L4 pilot-RCT, kohortestudie eller kontrolleret studie, L5 kvalitativt studie eller evaluering, L6 andet.
# When drawing a figure failed (a bug, logged).
figure-failed = Beklager, jeg kunne ikke tegne det billede; fejlen står i min log.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Kontakt for dette rum:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = Et sikkerhedssvar blev sendt i { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } ændrede { $key } til: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hej! Jeg svarer på spørgsmål om forskningen i Video Interaction Guidance og videofeedback. Prøv { $evidence } { example-question }, eller spørg mig med almindelige ord.
# The reply to a greeting later on.
greeting = Hej! Spørg mig om evidensen, når du har lyst.
# The reply to thanks.
thanks = Selv tak!
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Spørgsmål, jeg besvarer, bliver ikke logget. Spørgsmål, som ingen post handlede om, og 👍/👎-feedback med kommentar kommer i en log over videnshuller til redaktørerne i en begrænset periode (90 dage som standard), uden bruger-id eller rum-id i klartekst. { $here } En besked om, at nogen er i fare, bliver aldrig logget eller gemt. Undgå alligevel navne og oplysninger, der kan identificere nogen.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = I dette rum er loggen slået til; en moderator kan slå den fra med { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = I dette rum er loggen slået fra.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Beklager, jeg kan ikke { $what }. Jeg kan finde og opsummere forskningen med referencer: prøv { $evidence } { example-question }, eller { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Forstået som et opfølgende spørgsmål: forrige spørgsmål + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = Spørgsmålet blev forstået som et spørgsmål om { $task }. Posterne sorteres først efter, hvor meget af spørgsmålet de handler om, derefter efter type evidens ({ $kinds }) og så efter, hvor godt deres tekst passer, deres niveau og deres årstal. De viste poster:
# The order of kinds for questions about effects.
order-kinds-effect = fagfællebedømte systematiske reviews og metaanalyser først, derefter RCT'er, så pilot-RCT'er, så retningslinjer, der anbefaler indsatsen, og så andre studier
# The order of kinds for other questions.
order-kinds-other = de typer evidens, der bedst besvarer den slags spørgsmål, først
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (niveau { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (niveau { $level }, { $level_label }, fagfællebedømt)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Jeg er ked af, at det er så svært lige nu. Jeg er en bot, der finder forskning, så jeg kan ikke selv hjælpe med det her. Søg hjælp nu:
# Opening: a baby or child is at risk now.
safety-opening-child = Tak, fordi du fortæller det. Jeg er en bot, der finder forskning, så jeg kan ikke selv hjælpe med det her. Sørg for, at barnet får hjælp nu:
# Opening: domestic abuse happening now.
safety-opening-abuse = Jeg er ked af, at det sker. Jeg er en bot, der finder forskning, så jeg kan ikke selv hjælpe med det her. Søg hjælp nu:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Fagpersoner: følg jeres lokale retningslinjer i dag, og tal med din nærmeste leder.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Fagpersoner: følg jeres lokale retningslinjer for underretning i dag, og tal med din nærmeste leder eller kommunens børne- og familieafdeling.
# Whom a contact is for, before its name and number.
safety-for-emergency = Ved akut fare
safety-for-silent-call = Hvis du ikke kan tale i et nødopkald
safety-for-anyone = Alle, når som helst
safety-for-text = Via sms
safety-for-mental-health = Akut psykiatrisk hjælp
safety-for-children = Børn og unge
safety-for-worried-adults = Voksne, der er bekymrede for et barn
safety-for-domestic-abuse = Vold i nære relationer
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = gratis, døgnåbent
safety-free = gratis
safety-always = døgnåbent
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Hvis nogen er i fare nu: { $contacts }; og følg jeres lokale retningslinjer.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = forbedret
direction-no-difference = ingen signifikant forskel
direction-worse = forværret
direction-mixed = blandet

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = høj sikkerhed
certainty-moderate = moderat sikkerhed
certainty-low = lav sikkerhed
certainty-very-low = meget lav sikkerhed
# Whether a finding was statistically significant, after its numbers.
finding-significant = signifikant
finding-not-significant = ikke signifikant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95 %-KI { $low } til { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } til { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · niveau { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (opfølgning) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Posternes titler og resuméer er på engelsk, som de er udgivet.
