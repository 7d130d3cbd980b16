### evidence-bot: every sentence the bot writes itself, in Swedish (svenska), translated from
### en.ftl. The comments are the English translator notes, kept as they are.
###
### Terms used throughout: record = post (poster), the knowledge = kunskapsbasen, curators =
### redaktörerna (not "kuratorer", which in Swedish are social counsellors), gap log =
### luckloggen, subscription = bevakning, video feedback = videoåterkoppling, intervention =
### insats, finding = resultat, caveat = förbehåll, certainty (GRADE) = tillförlitlighet (as SBU),
### RCT = RCT/RCT:er, confidence interval = KI, quotation marks ”…”. Form of address: du.
### Plurals: one, other (CLDR for sv).
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
reply-cut = [svaret kortades för att rymmas i ett chattmeddelande: ställ en snävare fråga]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Din fråga var lång, så bara de första { $max } tecknen användes.
# An answer failed inside the bot; the details are in its log.
internal-error = Förlåt, något gick fel när jag skulle svara. Administratörerna kan se detaljerna i loggen.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Ta det lite lugnare: högst { $commands } kommandon per { $seconds } sekunder. Jag svarar igen om en liten stund.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: Jag kunde inte läsa ditt krypterade meddelande (jag fick inte nycklarna till det). Skicka det gärna igen; om det fortsätter att hända, be en administratör att kontrollera min enhet.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Jag hittar forskning och vägledning om Video Interaction Guidance (VIG) och närliggande insatser med videoåterkoppling (VERP, VIPP). Fråga med vanliga ord; de bästa träffarna kommer först, och när träffarna är likvärdiga går starkare evidens före.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Prova: { $evidence } för tidigt födda · { $evidence } förlossningsdepression kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = Jag känner inte till { $command }. Menade du { $suggestion }? ({ $help } visar kommandona.)
# A command word the bot does not know.
unknown-command = Jag känner inte till { $command }. { $help } visar kommandona.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Användning: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = vilken post? Ange dess id, så som det står under varje träff
problem-one-record = ange bara ett id
problem-which-records = vilken post? Ange ett eller flera id, så som de står under varje träff
problem-too-many-records = högst { $max } poster åt gången
problem-which-topic = vilket ämne? T.ex. { $reading_list } autism ris
problem-what-to-chart = säg vad du vill ha ett diagram över, t.ex. { $chart } för tidigt födda
problem-what-to-follow = säg vilken sökning du vill bevaka, t.ex. { $subscribe } för tidigt födda
problem-which-subscription = säg vilken: { $unsubscribe } 1 eller { $unsubscribe } all
problem-what-you-were-looking-for = säg vad du letade efter, som svar på mitt svar: { $feedback } jag ville ha studier med pappor
problem-one-period = högst en period: { $gaps }, { $gaps } since:2026-11-01 eller { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Förlåt, det kommandot är bara för botens administratörer.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Det kommandot fungerar i den körande boten (evidence-bot run), inte på kommandoraden.
# The reply to !status. $minutes has two digits ("05").
status = Igång { $hours } h { $minutes } min. Rum: { $rooms }. Poster: { $records } (kunskapsbas { $version }, { $origin }). Senaste omladdning: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Det kommandot fungerar i ett Matrix-rum, med boten igång (för luckloggen från en terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = evidensen om ett ämne eller en fråga, t.ex. `{ $evidence } för tidigt födda` eller `{ $evidence } hjälper VIG pappor på neonatalavdelningen?`. Direkta träffar är poster om allt du frågar om (ämne, insats, utfall, namn), med starkast evidens först (riktlinje, översikt, RCT, pilot eller kohort, utvärdering, annat; en typ som du nämner, som RCT eller NICE, kommer först), sedan efter hur väl de stämmer och hur nya de är. Delvisa träffar gäller bara en del av frågan och står för sig under en rad som säger det; finns inget direkt säger svaret vilka ord kunskapsbasen inte täcker. Filter: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = nästa träffar från din senaste sökning med { $evidence } i det här rummet
command-show = allt om en post (resultat, siffror, förbehåll, källor)
command-cite = referenser till en referenslista, med hänvisningen i löptext (APA 7 om du inte ber om något annat), eller BibTeX/RIS/CSL-JSON att kopiera
command-reading-list = en fil med de bästa posterna för en sökning, för Zotero, EndNote eller Mendeley (RIS om du inte ber om något annat; CSL-JSON för pandoc eller andra CSL-verktyg), t.ex. { $reading_list } autism ris
command-chart = en bild av effekterna som posterna om en fråga rapporterar (en rad per resultat med effektstorlek: värdet och dess 95-procentiga konfidensintervall, grupperade efter utfall, en panel per mått som d, SMD eller OR, färgade efter evidensnivå), för ett rum eller en presentationsbild; meddelandets text ger samma siffror för skärmläsare, t.ex. { $chart } för tidigt födda
command-map = en evidenskarta som bild: ämnen efter evidensnivå (riktlinje, översikt, RCT, pilot eller kohort, utvärdering, annat), med antalet poster i varje cell; med en fråga bara posterna om den, t.ex. { $map } eller { $map } autism
command-topics = ämnena som kunskapsbasen täcker, med antalet poster för varje
command-help = den här hjälpen, eller mer om ett kommando
command-about = vad boten vet, kunskapsbasens version och dess datum
command-config = rummets inställningar: citation_style (apa|harvard|vancouver), results (1-5 per sida), replies (room|thread), filters (t.ex. since:2015, eller none), welcome (TEXT|none, till dem som går med i rummet), gap_log (on|off). Rummets moderatorer (behörighetsnivå 50 eller högre) och botens administratörer ändrar dem, t.ex. { $config } citation_style harvard; `default` återställer en av dem. Sparas på hemservern, bara för det här rummet
command-whatsnew = poster som har lagts till i kunskapsbasen eller ändrats sedan ett datum (de senaste 30 dagarna om inte since:2026-11-01 eller since:7d), nyaste först; filter som kind:rct eller topic:preterm avgränsar dem
command-subscribe = (rummets moderatorer) bevaka en sökning: när kunskapsbasen har ändrats får rummet besked en gång om de poster som sökningen hittar och som har lagts till (nivå, titel, huvudresultat) eller ändrats (vad som ändrades), t.ex. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (rummets moderatorer) sluta bevaka bevakning N (så som { $subscriptions } numrerar dem), eller all för alla
command-subscriptions = sökningarna som det här rummet bevakar
command-feedback = som svar på ett av mina svar: berätta för redaktörerna vad du letade efter (börja med 👍 eller 👎 för att rösta; en 👍- eller 👎-reaktion på svaret räknas också som en röst). Bara frågan, din röst och dina ord sparas, aldrig vem du är
command-gaps = frågorna som kunskapsbasen inte hade svar på, grupperade efter vad de gällde, med röster och kommentarer på svar (bara administratörer; de senaste 7 dagarna om inte since:2026-11-01 eller since:30d)
command-reload = läsa in kunskapsbasens filer på nytt (bara administratörer)
command-status = drifttid, rum, poster och senaste inläsning (bara administratörer)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = Det finns ingen tidigare sökning av dig i det här rummet att fortsätta. Starta en med { $evidence } QUERY.
# !more past the last result.
end-of-results = Det var allt för den sökningen.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Det var de första { $shown } av { $total } resultat. Avgränsa sökningen för att se de övriga, till exempel med kind:rct, topic:preterm eller since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Mer om { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Det finns ingen post `{ $id }`. Menade du `{ $suggestion }`?
# An id that names no record.
unknown-record = Det finns ingen post `{ $id }`. Id:n visas under varje resultat från { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Jag hittade inget i kunskapsbasen om den här frågan.
# Nothing found for a short question, quoted.
nothing-found = Jag hittade inget om ”{ $query }”.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Obs: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Visar resultat för { $corrected } (du skrev { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Menade du: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> visar vad kunskapsbasen täcker.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Inget i kunskapsbasen handlar om { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Inget i kunskapsbasen handlar om { $phrases }. Prova <code>{ $topics }</code> för att se vad kunskapsbasen täcker.
# What the question said it is not about, and that the answer leaves out.
excluded = Utelämnar posterna om { $phrases }, som du bad om.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } utom { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } eller { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } och { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } och { $last }
# The heading of an answer with records about the question.
evidence-on = Evidens om { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } om detta, starkast först ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } övriga
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Tolkat som: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Tolkat som: { $read }. Inte igenkänt: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Jag kunde inte avgöra vad det här frågar om.
# The same for a short message, quoted.
could-not-tell-what = Jag kunde inte avgöra vad { $quoted } frågar om.
# After either of those: an example search to type.
try-for-example = {" "}Prova till exempel <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIG för tidigt födda barn
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = De första { $shown } av { $total } poster om frågan; för att få alla:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Närmast: { $label }, { $records ->
        [one] 1 post
       *[other] { $records } poster
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Ingen post i kunskapsbasen handlar om både { $first } och { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Ingen post i kunskapsbasen handlar om { $parts } tillsammans.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 post
       *[other] { $records } poster
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (videoåterkoppling i allmänhet)
# The short unverified warning on a result line (shown in brackets).
unverified-short = ej verifierad
# Where a page of results is, when no result is direct.
showing-all = Visar { $start }–{ $end } av { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Visar { $start }–{ $end } av { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Visar { $start }–{ $end } av { $direct } direkta och { $partial } delvisa.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> för { $n } till
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> för en referens.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> för detaljer
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … och { $n } till i filen.

## Records (!show)

# The warning on records that could not be verified.
unverified = ej verifierad: uppgifterna kunde inte kontrolleras mot en källa
# The warning on partly verified records.
partial = delvis verifierad
# After a finding no source confirmed.
finding-unverified = (inte bekräftat i någon källa)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: se förbehåll
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Resultat
# Heading before a record's caveats.
label-caveats = Förbehåll
# Before the ids of related records.
label-related = Relaterade:{" "}
# Heading before a record's sources.
label-sources = Källor
# After a source no one confirmed.
label-source-unverified = {" "}[ej verifierad]
# Before the !cite command for the record.
label-cite-it = Referera:{" "}
# The facts of a record: the intervention.
label-intervention = Insats
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = videoåterkoppling
intervention-other = annat
intervention-none = ingen
# The facts of a record: who took part.
label-who = Deltagare
# The facts of a record: the study design.
label-design = Design
# The facts of a record: the sample.
label-sample = Urval
# The facts of a record: the country.
label-country = Land
# The facts of a record: the trial registration.
label-registration = Registrering
# The facts of a record: its topics.
label-topics = Ämnen
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = I löptext:{" "}
# A record whose authors no source shows.
label-authors-not-known = Författare okända
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Kapitel { $chapter } i { $book }
# The book a work appeared in, when no chapter is given.
in-book = I { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Förlåt, jag kunde inte formatera en referens för `{ $id }`. Administratörerna har fått besked i loggen.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Referens
       *[other] Referenser
    } enligt { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } för { $n } post(er)</b>: kopiera, eller använd <code>{ $command }</code> för att få en fil.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Ingen post i kunskapsbasen handlar om ”{ $query }”. Prova <code>{ $topics }</code> för att se vad kunskapsbasen täcker.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Läslista för { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } i { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } post
       *[other] { $n } poster
    } i { $filename } ({ $hint }), { $n ->
        [one] den bästa
       *[other] de { $n } bästa
    } av { $total }.
# What each file format is for.
format-hint-ris = RIS, för Zotero, EndNote eller Mendeley
format-hint-bibtex = BibTeX, för LaTeX, Zotero eller JabRef
format-hint-markdown = utdelningsmaterial med evidensnivåer och huvudresultat
format-hint-csl-json = CSL-JSON, för Zotero, pandoc eller andra CSL-verktyg
format-hint-apa = en referenslista enligt APA 7
format-hint-harvard = en referenslista enligt Harvard
format-hint-vancouver = en referenslista enligt Vancouver

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Vad kunskapsbasen täcker: { $covered } av de { $concepts } begreppen i dess vokabulär, per aspekt, med sina poster.
# The facets of the vocabulary, as headings in !topics.
facet-population = Målgrupp
facet-setting = Miljö
facet-intervention = Insatser
facet-comparison = Jämfört med
facet-outcome = Utfall
facet-kind = Typer av evidens
facet-profession = Yrkesgrupper
facet-country = Länder
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Fråga med egna ord och nämn något av detta (även snävare begrepp: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } post
       *[other] { $n } poster
    }
# The first line of !about, after the bot's name and version.
about = {" "}— evidens om Video Interaction Guidance och närliggande videoåterkoppling.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Kunskapsbasens version { $version } ({ $origin }), inläst { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } poster, { $topics } ämnen.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (nivå { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Senaste omladdning: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = Kunskapsbasen är en samling filer som administratörerna här förvaltar: varje post anger sina källor och kontrolleras mot dem. Vill du föreslå en artikel eller rapportera ett fel kan du svara på ett svar med <code>{ $feedback }</code> och din kommentar, eller säga till administratörerna.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } riktlinje
       *[other] { $n } riktlinjer
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematisk översikt
       *[other] { $n } systematiska översikter
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } metaanalys
       *[other] { $n } metaanalyser
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCT:er
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } pilot-RCT
       *[other] { $n } pilot-RCT:er
    }
kind-count-cohort = { $n ->
        [one] { $n } kohortstudie
       *[other] { $n } kohortstudier
    }
kind-count-controlled-study = { $n ->
        [one] { $n } kontrollerad studie
       *[other] { $n } kontrollerade studier
    }
kind-count-qualitative = { $n ->
        [one] { $n } kvalitativ studie
       *[other] { $n } kvalitativa studier
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } verksamhetsutvärdering
       *[other] { $n } verksamhetsutvärderingar
    }
kind-count-pre-post = { $n ->
        [one] { $n } före–efter-studie
       *[other] { $n } före–efter-studier
    }
kind-count-report = { $n ->
        [one] { $n } rapport
       *[other] { $n } rapporter
    }
kind-count-book = { $n ->
        [one] { $n } bok
       *[other] { $n } böcker
    }
kind-count-chapter = { $n ->
        [one] { $n } kapitel
       *[other] { $n } kapitel
    }
kind-count-article = { $n ->
        [one] { $n } artikel
       *[other] { $n } artiklar
    }
kind-count-protocol = { $n ->
        [one] { $n } studieprotokoll
       *[other] { $n } studieprotokoll
    }
kind-count-journal = { $n ->
        [one] { $n } tidskrift
       *[other] { $n } tidskrifter
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] riktlinje
       *[other] riktlinjer
    }
kind-name-systematic-review = { $form ->
        [one] systematisk översikt
       *[other] systematiska översikter
    }
kind-name-meta-analysis = { $form ->
        [one] metaanalys
       *[other] metaanalyser
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCT:er
    }
kind-name-pilot-rct = { $form ->
        [one] pilot-RCT
       *[other] pilot-RCT:er
    }
kind-name-cohort = { $form ->
        [one] kohortstudie
       *[other] kohortstudier
    }
kind-name-controlled-study = { $form ->
        [one] kontrollerad studie
       *[other] kontrollerade studier
    }
kind-name-qualitative = { $form ->
        [one] kvalitativ studie
       *[other] kvalitativa studier
    }
kind-name-service-evaluation = { $form ->
        [one] verksamhetsutvärdering
       *[other] verksamhetsutvärderingar
    }
kind-name-pre-post = { $form ->
        [one] före–efter-studie
       *[other] före–efter-studier
    }
kind-name-report = { $form ->
        [one] rapport
       *[other] rapporter
    }
kind-name-book = { $form ->
        [one] bok
       *[other] böcker
    }
kind-name-chapter = { $form ->
        [one] kapitel
       *[other] kapitel
    }
kind-name-article = { $form ->
        [one] artikel
       *[other] artiklar
    }
kind-name-protocol = { $form ->
        [one] studieprotokoll
       *[other] studieprotokoll
    }
kind-name-journal = { $form ->
        [one] tidskrift
       *[other] tidskrifter
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Riktlinje
kind-label-systematic-review = Systematisk översikt
kind-label-meta-analysis = Metaanalys
kind-label-rct = RCT
kind-label-pilot-rct = Pilot-RCT
kind-label-cohort = Kohortstudie
kind-label-controlled-study = Kontrollerad studie
kind-label-qualitative = Kvalitativ studie
kind-label-service-evaluation = Verksamhetsutvärdering
kind-label-pre-post = Före–efter-studie
kind-label-report = Rapport
kind-label-book = Bok
kind-label-chapter = Bokkapitel
kind-label-article = Artikel
kind-label-protocol = Studieprotokoll
kind-label-journal = Tidskrift
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Riktlinje
kind-short-systematic-review = Översikt
kind-short-meta-analysis = Metaanalys
kind-short-rct = RCT
kind-short-pilot-rct = Pilot-RCT
kind-short-cohort = Kohort
kind-short-controlled-study = Kontrollerad
kind-short-qualitative = Kvalitativ
kind-short-service-evaluation = Utvärdering
kind-short-pre-post = Före–efter
kind-short-report = Rapport
kind-short-book = Bok
kind-short-chapter = Kapitel
kind-short-article = Artikel
kind-short-protocol = Protokoll
kind-short-journal = Tidskrift
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Riktlinje
level-label-2 = Systematisk översikt
level-label-3 = RCT
level-label-4 = Pilot-RCT, kohortstudie eller kontrollerad studie
level-label-5 = Kvalitativ studie, verksamhetsutvärdering eller före–efter-studie
level-label-6 = Rapport, bok eller annat

## What a question asks (its task), in a "Read as" line

task-effect = effekter
task-recommendation = rekommendationer
task-experience = erfarenheter
task-overall = evidensens styrka
task-largest = de största studierna
task-count = hur många studier
task-null = nollresultat
task-harms = skadliga effekter
task-dose = dos
task-delivered-by = vem som ger insatsen
task-currency = om riktlinjerna är aktuella
task-cost = kostnader
task-attrition = bortfall
task-certainty = evidensens tillförlitlighet
task-citation = referenser
task-reading-list = en läslista
task-chart = ett diagram
task-follow-up = en följdfråga
task-not-a-question = ingen fråga

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } i { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } i { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— resultaten går isär

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } randomiserade
# A trial's size by the number randomised, without a unit.
randomised = { $n } randomiserade
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
        [one] familj
       *[other] familjer
    }
counted-mothers = { $n ->
        [one] mamma
       *[other] mammor
    }
counted-fathers = { $n ->
        [one] pappa
       *[other] pappor
    }
counted-parents = { $n ->
        [one] förälder
       *[other] föräldrar
    }
counted-children = { $n ->
        [one] barn
       *[other] barn
    }
counted-infants = { $n ->
        [one] spädbarn
       *[other] spädbarn
    }
counted-dyads = { $n ->
        [one] förälder–barn-par
       *[other] förälder–barn-par
    }
counted-caregivers = { $n ->
        [one] omsorgsperson
       *[other] omsorgspersoner
    }
counted-participants = { $n ->
        [one] deltagare
       *[other] deltagare
    }
counted-studies = { $n ->
        [one] studie
       *[other] studier
    }
counted-trials = { $n ->
        [one] randomiserad studie
       *[other] randomiserade studier
    }
# Under a trial with no finding recorded.
no-result-recorded = Inget resultat registrerat ännu.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primärt utfallsmått: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primära utfallsmått: blandat ({ $improved } av { $of } primära resultat förbättrades).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Huvudresultat (inget primärt utfallsmått markerat):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— i { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = någon insats
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = De största studierna av { $subject } i kunskapsbasen
# After that heading, when there is no trial.
sized-none = : den innehåller ingen studie med resultat om detta.
# After that heading: how many trials give a size.
sized-count = : { $sized } av dess { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } anger en storlek; störst först, efter antalet randomiserade (annars antalet deltagare), och varje studie räknas en gång oavsett hur många artiklar som rapporterar den.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = Kunskapsbasen innehåller { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } av { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, rapporterade i { $papers ->
        [one] 1 artikel
       *[other] { $papers } artiklar
    } (varje studie räknas en gång)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } till pågår (bara protokoll, inga resultat ännu)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Också om detta: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = Den senaste metaanalysen i den, { $author } { $year }, vägde samman { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Nollresultat och blandade resultat bland studier av { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i kunskapsbasen har { $judged } ett markerat primärt utfallsmått; på det fann { $null } ingen signifikant skillnad och { $mixed } hade blandade resultat (vissa primära utfallsmått förbättrades, andra inte).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Också listade: { $n ->
        [one] 1 studie
       *[other] { $n } studier
    } utan markerat primärt utfallsmått där huvudresultatet inte visade någon signifikant skillnad; läs posten innan du kallar en studie ett nollresultat.
# "Harms reported in trials of VIG"
harms-heading = Skadliga effekter som rapporterats i studier av { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : { $trials ->
        [one] för den enda studien i kunskapsbasen finns inget registrerat
       *[other] för ingen av de { $trials } studierna i kunskapsbasen finns något registrerat
    } om vad som rapporterades om skadliga effekter (oönskade händelser). Det betyder inte att det saknas skador: kunskapsbasen har inte registrerat det, och många studier rapporterar inte skadliga effekter.
# After that heading: what the trials' records say about harms.
harms-count = : { $recorded } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } anger vad som rapporterades om skadliga effekter; { $none } undersökte det och rapporterade inga, { $reported } rapporterade oönskade händelser.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dos (sessioner) i studier av { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : { $dosed } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } anger antalet sessioner; färst först, var och en med sitt resultat.
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
sessions-weeks = { $sessions } under { $weeks ->
        [one] 1 vecka
       *[other] { $weeks } veckor
    }
# Under a dose list.
dose-not-compared = Visas sida vid sida, inte jämförda: studierna skiljer sig åt i mer än dosen (familjer, mätinstrument, jämförelsegrupper). Ingen studie i kunskapsbasen prövar en dos mot en annan, om inte dess post säger det.
# "Who delivered VIG in its trials"
delivered-heading = Vem som gav { $subject } i studierna
# After that heading: how many trials record who delivered it.
delivered-count = : { $recorded } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i kunskapsbasen anger vem som gav insatsen.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } av { $randomised } randomiserade analyserades
# "Dropout in trials of VIG"
attrition-heading = Bortfall i studier av { $subject }
# After that heading: how many trials record dropout.
attrition-count = : { $known } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } anger hur många som föll bort före uppföljningen; högst först.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent } % bortfall vid uppföljning
# "Published costs of VIPP-SD"
cost-heading = Publicerade kostnader för { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } av { $records ->
        [one] den enda posten
       *[other] de { $records } posterna
    } om detta anger kostnadsuppgifter.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } per familj
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } per familj ({ $year } års prisnivå)
# "Whether the guidance on postnatal depression is current"
currency-heading = Om riktlinjerna om { $subject } är aktuella
# After that heading, when there is no guideline.
currency-none = : ingen riktlinje i kunskapsbasen handlar om det.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 riktlinje
       *[other] { $guidelines } riktlinjer
    }, var och en med sin status när någon senast kontrollerade utgivarens sida. Kontrollera sidan igen innan du citerar den.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (kontrollerad { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (datum för kontrollen inte registrerat).
# A guideline whose status is not recorded.
guideline-status-unknown = Status inte registrerad: kontrollera utgivarens sida.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Evidensens tillförlitlighet för { $subject }
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } av { $reviews ->
        [one] den enda översikten
       *[other] de { $reviews } översikterna
    } om detta bedömer tillförlitligheten i sina resultat (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Räknat utifrån det som finns i kunskapsbasen (version { $version }, senast ändrad { $changed }), inte utifrån allt som har publicerats.
# The last line of such an answer.
as-of-knowledge = Räknat utifrån det som finns i kunskapsbasen (version { $version }), inte utifrån allt som har publicerats.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (ord som inte kändes igen, ställda under färre än 3 dagar)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Obesvarade frågor, { $since } till { $until }: inga.
# The heading of a gap report.
gaps-heading = Obesvarade frågor, { $since } till { $until }: { $unanswered } ({ $nothing } gav inga träffar, { $partial } bara delvisa träffar).
# A gap report's label for questions with filters and no words.
gap-filters-only = (bara filter)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] en gång
       *[other] { $count } gånger
    }, senast { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Röster på svar: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Senaste kommentarer:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = Så lägger du till poster för en lucka: evidence-bot import, sedan evidence-bot check (README, ”Reading the gap report”). { $gaps } since:30d visar längre tillbaka.
# The heading of the weekly digest posted in the admin room.
gap-digest = Veckosammanfattning av luckloggen.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Tack för 👎. Vad letade du efter? Svara i den här tråden så skickar jag det vidare till redaktörerna (bara dina ord sparas, inte ditt namn).
# The reply to a comment or !feedback.
feedback-thanks = Tack! Det är vidareskickat till redaktörerna, som läser sådant när de lägger till poster.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } fungerar som svar på ett av mina { $evidence }-svar: svara på svaret och skriv { $feedback } och vad du letade efter.
# Feedback in a room where the curators' log is off.
feedback-off = Återkoppling samlas inte in i det här rummet (botens administratörer har stängt av det).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Luckloggen är avstängd (gap_log = false i konfigurationen), så det finns inget att rapportera.

## Room settings (!config)

# The heading of !config.
config-heading = Inställningar i det här rummet:
# Marks a setting that is the bot's default.
config-default = {" "}(standard)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Rummets moderatorer ändrar en inställning med { $config } KEY VALUE (t.ex. { $config } citation_style harvard; `default` återställer den). { $help } config förklarar varje inställning.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] inställt i det här rummet
       *[default] standard
    }). { $about }; värden: { $values }. Ändra: { $config } { $key } VALUE
# A setting was stored.
config-saved = Sparat för det här rummet: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Inte ändrat: { $problem }. { $config } visar inställningarna.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } är en av { $values }
setting-is = { $key } är { $values }
setting-on-off = { $key } är on eller off
setting-number = { $key } är ett tal från 1 till { $max }
setting-filters = filter är ord som kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = skriv välkomstmeddelandet efter inställningen, eller none
setting-contact = skriv rummets kontakt efter inställningen, eller none
setting-unknown = det finns ingen inställning `{ $key }`; inställningarna är { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Bara rummets moderatorer (behörighetsnivå 50 eller högre) och botens administratörer kan ändra inställningarna; alla kan se dem med !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = Inställningen kunde inte sparas på hemservern; inget har ändrats. Försök igen om en stund.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = referensstilen för { $cite } när ingen stil anges
config-about-results = träffar per sida för { $evidence } och { $more }
config-about-replies = svar som svar i rummet, eller alltid i en tråd på frågan
config-about-filters = filter som läggs till varje fråga med { $evidence } här, t.ex. since:2015
config-about-welcome = ett meddelande till varje person som går med i rummet
config-about-gap-log = om frågor som kunskapsbasen inte hade svar på, och återkoppling, loggas för redaktörerna
config-about-followups = om ett svar på ett av mina svar som läses som en följdfråga (”och för pappor?”, ”citera den andra”) besvaras utan att boten nämns
config-about-language = språket i svaren här; auto besvarar varje meddelande på dess eget språk
config-about-safety-watch = om varje meddelande här granskas för om någon är i fara (meddelanden till boten granskas alltid)
config-about-safety-contact = rummets egen kontakt, som läggs till i säkerhetssvaret efter driftsansvariges text

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Bevakar nu { $query } (bevakning { $n }): rummet får besked när poster som sökningen hittar läggs till eller ändras.
# Before the latest record a new subscription finds.
latest-match = Den senaste posten som sökningen hittar:
# A new subscription finds nothing yet.
nothing-matches-yet = Inget i kunskapsbasen matchar sökningen ännu; rummet får besked när något gör det.
# The room already follows that search.
already-subscribed = Det här rummet bevakar redan { $query }.
# A room follows as many searches as it may.
too-many-subscriptions = Ett rum kan bevaka högst { $max } sökningar; { $subscriptions } listar dem och { $unsubscribe } N tar bort en.
# !unsubscribe N done.
unsubscribed = Bevakningen av { $query } är borttagen.
# !unsubscribe all done.
unsubscribed-all = Alla bevakningar är borttagna.
# !unsubscribe with a number that is not one.
unsubscribe-which = Ange vilken: { $unsubscribe } 1 till { $n }, eller { $unsubscribe } all ({ $subscriptions } listar dem).
# A room without subscriptions.
no-subscriptions = Det här rummet bevakar inga sökningar. { $subscribe } QUERY (rummets moderatorer) gör att rummet får besked om nya och ändrade poster, t.ex. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Det här rummet bevakar:
# How to stop following.
unsubscribe-how = { $unsubscribe } N eller { $unsubscribe } all (rummets moderatorer).
# The heading of a subscription notice.
notice-heading = Ny och ändrad evidens för rummets bevakningar.
# One subscription in a notice.
notice-for = För { $query }:
# Marks a new record in a notice.
new-record = Ny:
# Marks a changed record in a notice.
changed-record = Ändrad:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (tidigare { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = urval
field-title = titel
field-year = år
field-kind = typ
field-status = status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = verifierad
status-partial = delvis verifierad
status-unverified = inte verifierad
# Findings added or corrected.
findings-added = { $added } resultat tillagda eller korrigerade
# Findings removed.
findings-removed = { $removed } resultat borttagna
# Findings both added and removed.
findings-corrected = resultat korrigerade ({ $added } nya eller ändrade, { $removed } ersatta)
# A change in fields a notice does not name.
other-details-changed = andra uppgifter korrigerade
# More records than a notice lists.
and-more = …och { $n } till.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Tillagt eller ändrat sedan { $from }: { $n } post(er), nyast först.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Tillagt eller ändrat sedan { $from } ({ $filters }): { $n } post(er), nyast först.
# Before a record new since the date.
whatsnew-new = Ny { $date }:
# Before a record changed since the date.
whatsnew-changed = Ändrad { $date }:
# Nothing new since a date.
nothing-new = Inget har lagts till eller ändrats sedan { $from }.
# Nothing new matching the filters since a date.
nothing-new-filtered = Inget som matchar { $filters } har lagts till eller ändrats sedan { $from }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …och { $n } till: avgränsa med ett senare datum eller ett filter, t.ex. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Så det finns inget att rita.
# The group of findings that name no outcome domain.
chart-other-outcomes = Övriga utfall
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = { $records ->
        [one] Den enda posten
       *[other] De { $records } posterna
    } om { $question } anger ingen effektstorlek att visa i ett diagram; <code>{ $evidence }</code> listar resultaten.
# The names of effect measures, on a chart's axis.
measure-d = Cohens d
measure-g = Hedges g
measure-smd = Standardiserad medelvärdesskillnad, SMD
measure-md = Medelvärdesskillnad, MD
measure-r = Korrelation, r
measure-or = Oddskvot, OR
measure-rr = Riskkvot, RR
measure-hr = Hasardkvot, HR
measure-percent = Procent
# The first sentence of a chart's alt text.
chart-heading = Diagram över effekter för ”{ $question }”: { $drawn } av { $records ->
        [one] den enda posten
       *[other] de { $records } posterna
    } om frågan anger effektstorlekar, starkast evidens först, var och en med 95 % konfidensintervall där posten anger ett.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (ingen effekt vid { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, nivå { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Inte ritat: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 resultat
       *[other] { $n } resultat
    } utan effektstorlek
not-drawn-percentages = { $n ->
        [one] 1 resultat angivet
       *[other] { $n } resultat angivna
    } i procent
not-drawn-unverified = { $n ->
        [one] 1 resultat
       *[other] { $n } resultat
    } som ingen källa bekräftat
not-drawn-beyond = { $n ->
        [one] 1 resultat
       *[other] { $n } resultat
    } utöver de första { $max } raderna
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Riktlinje
level-short-2 = Översikt
level-short-3 = RCT
level-short-4 = Pilot-RCT
level-short-5 = Utvärdering
level-short-6 = Övrigt
# The first sentence of a map's alt text, for a question.
map-heading-question = Evidenskarta över { $records ->
        [one] den enda posten
       *[other] de { $records } posterna
    } om ”{ $question }”: { $topics ->
        [one] 1 ämne
       *[other] { $topics } ämnen
    } efter evidensnivå (1 riktlinje, 2 översikt, 3 RCT, 4 pilot-RCT eller kohortstudie, 5 kvalitativ studie eller utvärdering, 6 övrigt); en post med flera ämnen räknas under vart och ett.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Evidenskarta över { $records ->
        [one] den enda posten
       *[other] alla { $records } poster
    } i kunskapsbasen: { $topics ->
        [one] 1 ämne
       *[other] { $topics } ämnen
    } efter evidensnivå (1 riktlinje, 2 översikt, 3 RCT, 4 pilot-RCT eller kohortstudie, 5 kvalitativ studie eller utvärdering, 6 övrigt); en post med flera ämnen räknas under vart och ett.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } på nivå { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [bild: { $name }, { $width }×{ $height } px, { $kb } kB]
# A chart's title.
chart-title = Rapporterade effekter: ”{ $question }”
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } av { $records ->
        [one] 1 post
       *[other] { $records } poster
    } · starkast först · linje: 95 % KI · ring: inget KI
# Before the level colours under a chart.
chart-legend = Evidensnivå:
# The last line under a chart.
chart-footnote = Varje rad är ett resultat så som posten anger det; en skuggad stapel är ett spann över flera mått. Värdena är inte sammanvägda, och vilken sida av linjen som talar för insatsen beror på utfallet.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (inget KI)
# A map's title, for a question.
map-title-question = Evidenskarta: ”{ $question }”
# A map's title, for the whole knowledge.
map-title-all = Evidenskarta: hela kunskapsbasen
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 post
       *[other] { $records } poster
    } efter ämne ({ $topics }) och evidensnivå, starkast till vänster
# The heading of a map's last column.
map-total = Totalt
# The line under a map.
map-footnote = Varje cell räknar poster; en post med flera ämnen räknas under vart och ett. Mörkare celler innehåller fler poster. L1 riktlinje, L2 översikt, L3 RCT, L4 pilot-RCT, kohortstudie eller kontrollerad studie, L5 kvalitativ studie eller utvärdering, L6 övrigt.
# When drawing a figure failed (a bug, logged).
figure-failed = Förlåt, jag kunde inte rita den bilden; felet finns i min logg.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Kontakt för det här rummet:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = Ett säkerhetssvar skickades i { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } ändrade { $key } till: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hej! Jag svarar på frågor om forskningsevidensen för Video Interaction Guidance och videoåterkoppling. Prova { $evidence } { example-question }, eller fråga mig med egna ord.
# The reply to a greeting later on.
greeting = Hej! Fråga mig om evidensen när du vill.
# The reply to thanks.
thanks = Varsågod!
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Frågor som jag besvarar loggas inte. Frågor som ingen post handlade om, och 👍/👎-återkoppling med kommentar, hamnar i en lucklogg för redaktörerna under en begränsad tid (90 dagar som standard), utan användar-id eller rums-id i klartext. { $here } Ett meddelande om att någon är i fara loggas eller sparas aldrig. Undvik ändå namn och identifierande uppgifter.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = I det här rummet är den loggen påslagen; en moderator kan stänga av den med { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = I det här rummet är den loggen avstängd.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Förlåt, jag kan inte { $what }. Jag kan hitta och sammanfatta forskningsevidens, med referenser: prova { $evidence } { example-question }, eller { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Tolkat som en följdfråga: föregående fråga + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = Frågan tolkades som att den gäller { $task }. Posterna ordnas först efter hur mycket av frågan de handlar om, sedan efter typ av evidens ({ $kinds }), sedan efter hur väl texten matchar, evidensnivå och årtal. Posterna som visas:
# The order of kinds for questions about effects.
order-kinds-effect = referentgranskade systematiska översikter och metaanalyser först, sedan RCT:er, sedan pilot-RCT:er, sedan riktlinjer som rekommenderar insatsen, sedan övriga studier
# The order of kinds for other questions.
order-kinds-other = de typer av evidens som bäst besvarar den sortens fråga först
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (nivå { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (nivå { $level }, { $level_label }, sakkunniggranskad)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Jag är ledsen att det är så svårt just nu. Jag är en bot som söker fram forskning, så jag kan inte hjälpa till med det här själv. Sök hjälp nu:
# Opening: a baby or child is at risk now.
safety-opening-child = Tack för att du berättar. Jag är en bot som söker fram forskning, så jag kan inte hjälpa till med det här själv. Se till att barnet får hjälp nu:
# Opening: domestic abuse happening now.
safety-opening-abuse = Jag är ledsen att det här händer. Jag är en bot som söker fram forskning, så jag kan inte hjälpa till med det här själv. Sök hjälp nu:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Till yrkesverksamma: följ era lokala rutiner redan i dag och tala med din närmaste chef.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Till yrkesverksamma: följ era lokala rutiner för orosanmälan redan i dag och tala med din närmaste chef eller med socialtjänsten.
# Whom a contact is for, before its name and number.
safety-for-emergency = Vid akut fara
safety-for-silent-call = Om du inte kan prata i ett nödsamtal
safety-for-anyone = Alla, när som helst
safety-for-text = Via sms
safety-for-mental-health = Akut hjälp vid psykisk ohälsa
safety-for-children = Barn och unga
safety-for-worried-adults = Vuxna som är oroliga för ett barn
safety-for-domestic-abuse = Våld i nära relationer
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = gratis, dygnet runt
safety-free = gratis
safety-always = dygnet runt
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Om någon är i fara just nu: { $contacts }; och följ era lokala rutiner vid oro för någons säkerhet.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = förbättrad
direction-no-difference = ingen signifikant skillnad
direction-worse = försämrad
direction-mixed = blandat

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = hög tillförlitlighet
certainty-moderate = måttligt hög tillförlitlighet
certainty-low = låg tillförlitlighet
certainty-very-low = mycket låg tillförlitlighet
# Whether a finding was statistically significant, after its numbers.
finding-significant = signifikant
finding-not-significant = inte signifikant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95 % KI { $low } till { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } till { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · nivå { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (uppföljning) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Posternas titlar och sammanfattningar är på engelska, så som de publicerats.
