### evidence-bot: every sentence the bot writes itself, in Norwegian bokmål (norsk bokmål),
### translated from en.ftl. The comments are the English translator notes, kept as they are.
###
### Terms used throughout: record = oppføring, the knowledge = kunnskapsbasen, curators =
### redaktørene, gap log = hull-loggen (loggen over kunnskapshull), RCT = RCT/RCT-er, quotation
### marks «…». Plurals: one, other (CLDR for nb).
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
reply-cut = [svaret ble kortet ned for å passe i en chatmelding: still et smalere spørsmål]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Spørsmålet ditt var langt, så bare de første { $max } tegnene ble brukt.
# An answer failed inside the bot; the details are in its log.
internal-error = Beklager, noe gikk galt da jeg skulle svare. Administratorene kan se detaljene i loggen.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Ta det litt roligere: høyst { $commands } kommandoer per { $seconds } sekunder. Jeg svarer igjen om litt.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: Jeg kunne ikke lese den krypterte meldingen din (jeg fikk ikke nøklene til den). Send den gjerne på nytt; hvis dette skjer flere ganger, kan du be en administrator sjekke enheten min.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Jeg finner forskning og retningslinjer om Video Interaction Guidance (VIG) og beslektede videobaserte intervensjoner (VERP, VIPP). Spør med vanlige ord; de beste treffene kommer først, og sterkere evidens går foran når treffene er omtrent like gode.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Prøv: { $evidence } premature barn · { $evidence } fødselsdepresjon kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = Jeg kjenner ikke { $command }. Mente du { $suggestion }? ({ $help } viser kommandoene.)
# A command word the bot does not know.
unknown-command = Jeg kjenner ikke { $command }. { $help } viser kommandoene.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Bruk: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = hvilken oppføring? Oppgi id-en, slik den står under hvert treff
problem-one-record = oppgi bare én id
problem-which-records = hvilken oppføring? Oppgi én eller flere id-er, slik de står under hvert treff
problem-too-many-records = høyst { $max } oppføringer om gangen
problem-which-topic = hvilket tema? F.eks. { $reading_list } autisme ris
problem-what-to-chart = si hva du vil ha en graf over, f.eks. { $chart } premature barn
problem-what-to-follow = si hvilket søk du vil følge, f.eks. { $subscribe } premature barn
problem-which-subscription = si hvilket: { $unsubscribe } 1, eller { $unsubscribe } all
problem-what-you-were-looking-for = si hva du lette etter, som svar på svaret mitt: { $feedback } jeg ville ha studier med fedre
problem-one-period = høyst én periode: { $gaps }, { $gaps } since:2026-11-01 eller { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Beklager, den kommandoen er bare for botens administratorer.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Den kommandoen virker i boten mens den kjører (evidence-bot run), ikke på kommandolinjen.
# The reply to !status. $minutes has two digits ("05").
status = Oppe i { $hours } t { $minutes } min. Rom: { $rooms }. Oppføringer: { $records } (kunnskapsbase { $version }, { $origin }). Sist lastet inn på nytt: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Den kommandoen virker i et Matrix-rom, med boten i gang (hull-loggen fra en terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = evidensen om et tema eller et spørsmål, f.eks. `{ $evidence } premature barn` eller `{ $evidence } hjelper VIG fedre på nyfødtintensiven?`. Direkte treff er oppføringer om alt du spør om (tema, intervensjon, utfall, navn), med sterkest evidens først (retningslinje, oversikt, RCT, pilot eller kohort, evaluering, annet; en type du nevner, som RCT eller NICE, kommer først), deretter etter hvor godt de treffer og hvor nye de er. Delvise treff gjelder bare en del av spørsmålet og står for seg under en linje som sier det; er ingenting direkte, sier svaret hvilke ord kunnskapsbasen ikke dekker. Filtre: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = de neste treffene fra ditt siste søk med { $evidence } i dette rommet
command-show = alt om én oppføring (funn, tall, forbehold, kilder)
command-cite = referanser til en referanseliste, med henvisningen i teksten (APA 7 hvis du ikke ber om noe annet), eller BibTeX/RIS/CSL-JSON til å kopiere
command-reading-list = en fil med de beste oppføringene for et søk, for Zotero, EndNote eller Mendeley (RIS hvis du ikke ber om noe annet; CSL-JSON for pandoc eller andre CSL-verktøy), f.eks. { $reading_list } autisme ris
command-chart = et bilde av effektene som oppføringene om et spørsmål rapporterer (én rad per funn med effektstørrelse: verdien og 95 % konfidensintervall, gruppert etter utfall, ett panel per mål som d, SMD eller OR, farget etter evidensnivå), til et rom eller en lysbildepresentasjon; meldingsteksten gir de samme tallene for skjermlesere, f.eks. { $chart } premature barn
command-map = et evidenskart som bilde: temaer etter evidensnivå (retningslinje, oversikt, RCT, pilot eller kohort, evaluering, annet), med antall oppføringer i hver celle; med et spørsmål bare oppføringene om det, f.eks. { $map } eller { $map } autisme
command-topics = temaene kunnskapsbasen dekker, med antall oppføringer for hvert
command-help = denne hjelpen, eller mer om én kommando
command-about = hva boten vet, versjonen av kunnskapsbasen og datoen for den
command-config = innstillingene i dette rommet: citation_style (apa|harvard|vancouver), results (1-5 per side), replies (room|thread), filters (f.eks. since:2015, eller none), welcome (TEXT|none, til dem som blir med i rommet), gap_log (on|off). Rommets moderatorer (tilgangsnivå 50 eller høyere) og botens administratorer endrer dem, f.eks. { $config } citation_style harvard; `default` tilbakestiller en av dem. Lagres på hjemmeserveren, bare for dette rommet
command-whatsnew = oppføringer som er lagt til i kunnskapsbasen eller endret siden en dato (de siste 30 dagene hvis ikke since:2026-11-01 eller since:7d), nyeste først; filtre som kind:rct eller topic:preterm snevrer dem inn
command-subscribe = (rommets moderatorer) følge et søk: etter at kunnskapsbasen er endret, får rommet én gang beskjed om oppføringene søket finner som er lagt til (nivå, tittel, hovedfunn) eller endret (hva som er endret), f.eks. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (rommets moderatorer) slutte å følge abonnement N (slik { $subscriptions } nummererer dem), eller all for alle
command-subscriptions = søkene dette rommet følger
command-feedback = som svar på et av svarene mine: fortell redaktørene hva du lette etter (begynn med 👍 eller 👎 for å stemme; en 👍- eller 👎-reaksjon på svaret teller også som stemme). Bare spørsmålet, stemmen din og ordene dine lagres, aldri hvem du er
command-gaps = spørsmålene kunnskapsbasen ikke hadde svar på, gruppert etter hva de gjaldt, med stemmer og kommentarer til svar (bare administratorer; de siste 7 dagene hvis ikke since:2026-11-01 eller since:30d)
command-reload = laste inn filene i kunnskapsbasen på nytt (bare administratorer)
command-status = oppetid, rom, oppføringer og siste innlasting (bare administratorer)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = Du har ikke noe tidligere søk i dette rommet som kan fortsettes. Start et med { $evidence } QUERY.
# !more past the last result.
end-of-results = Det var alt for det søket.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Det var de første { $shown } av { $total } treff. Snevre inn søket for å se resten, for eksempel med kind:rct, topic:preterm eller since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Mer om { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Det finnes ingen oppføring `{ $id }`. Mente du `{ $suggestion }`?
# An id that names no record.
unknown-record = Det finnes ingen oppføring `{ $id }`. Id-ene står under hvert treff fra { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Jeg fant ingenting i kunnskapsbasen om dette spørsmålet.
# Nothing found for a short question, quoted.
nothing-found = Jeg fant ingenting om «{ $query }».
# A note on a search filter that could not be used. $problem: what was wrong.
note = Merk: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Viser treff for { $corrected } (du skrev { $typed }).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Mente du: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> viser hva kunnskapsbasen dekker.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Ingenting i kunnskapsbasen handler om { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Ingenting i kunnskapsbasen handler om { $phrases }. Prøv <code>{ $topics }</code> for å se hva kunnskapsbasen dekker.
# What the question said it is not about, and that the answer leaves out.
excluded = Utelater oppføringene om { $phrases }, slik du ba om.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } utenom { $asked }
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
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    } om dette, sterkeste først ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } andre
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Tolket som: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Tolket som: { $read }. Ikke gjenkjent: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Jeg klarte ikke å se hva dette spør om.
# The same for a short message, quoted.
could-not-tell-what = Jeg klarte ikke å se hva { $quoted } spør om.
# After either of those: an example search to type.
try-for-example = {" "}Prøv for eksempel <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = VIG premature barn
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = De første { $shown } av { $total } oppføringer om spørsmålet; alle sammen:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Nærmest: { $label }, { $records ->
        [one] 1 oppføring
       *[other] { $records } oppføringer
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Ingen oppføring i kunnskapsbasen handler om både { $first } og { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Ingen oppføring i kunnskapsbasen handler om { $parts } samtidig.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 oppføring
       *[other] { $records } oppføringer
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (videofeedback generelt)
# The short unverified warning on a result line (shown in brackets).
unverified-short = ikke verifisert
# Where a page of results is, when no result is direct.
showing-all = Viser { $start }–{ $end } av { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Viser { $start }–{ $end } av { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Viser { $start }–{ $end } av { $direct } direkte og { $partial } delvise treff.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> for { $n } til
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> for en referanse.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> for detaljer
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … og { $n } til i filen.

## Records (!show)

# The warning on records that could not be verified.
unverified = ikke verifisert: detaljene kunne ikke kontrolleres mot en kilde
# The warning on partly verified records.
partial = delvis verifisert
# After a finding no source confirmed.
finding-unverified = (ikke bekreftet i en kilde)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: se forbehold
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Funn
# Heading before a record's caveats.
label-caveats = Forbehold
# Before the ids of related records.
label-related = Relatert:{" "}
# Heading before a record's sources.
label-sources = Kilder
# After a source no one confirmed.
label-source-unverified = {" "}[ikke verifisert]
# Before the !cite command for the record.
label-cite-it = Referanse:{" "}
# The facts of a record: the intervention.
label-intervention = Tiltak
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = videofeedback
intervention-other = annet
intervention-none = ingen
# The facts of a record: who took part.
label-who = Hvem
# The facts of a record: the study design.
label-design = Design
# The facts of a record: the sample.
label-sample = Utvalg
# The facts of a record: the country.
label-country = Land
# The facts of a record: the trial registration.
label-registration = Registrering
# The facts of a record: its topics.
label-topics = Emner
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = I teksten:{" "}
# A record whose authors no source shows.
label-authors-not-known = Forfattere ukjent
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Kapittel { $chapter } i { $book }
# The book a work appeared in, when no chapter is given.
in-book = I { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Beklager, jeg klarte ikke å lage en referanse for `{ $id }`. Administratorene har fått beskjed i loggen.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Referanse
       *[other] Referanser
    } i { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } for { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    }</b>: kopier teksten, eller bruk <code>{ $command }</code> for å få en fil.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Ingen oppføring i kunnskapsbasen handler om «{ $query }». Prøv <code>{ $topics }</code> for å se hva kunnskapsbasen dekker.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Leseliste for { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    } i { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    } i { $filename } ({ $hint }), de { $n } beste av { $total }.
# What each file format is for.
format-hint-ris = RIS, for Zotero, EndNote eller Mendeley
format-hint-bibtex = BibTeX, for LaTeX, Zotero eller JabRef
format-hint-markdown = et utdelingsark med evidensnivåer og hovedfunn
format-hint-csl-json = CSL-JSON, for Zotero, pandoc eller andre CSL-verktøy
format-hint-apa = en referanseliste i APA 7
format-hint-harvard = en referanseliste i Harvard-stil
format-hint-vancouver = en referanseliste i Vancouver-stil

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Dette dekker kunnskapsbasen: { $covered } av de { $concepts } begrepene i vokabularet, ordnet etter fasett, med oppføringene sine.
# The facets of the vocabulary, as headings in !topics.
facet-population = Hvem
facet-setting = Hvor
facet-intervention = Tiltak
facet-comparison = Sammenlignet med
facet-outcome = Utfall
facet-kind = Typer evidens
facet-profession = Yrkesgrupper
facet-country = Land
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Spør med dine egne ord og nevn noe av dette (også smalere begreper: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    }
# The first line of !about, after the bot's name and version.
about = {" "}— forskning om Video Interaction Guidance og beslektet videofeedback.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Kunnskapsbase versjon { $version } ({ $origin }), lastet inn { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } oppføringer, { $topics } emner.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (nivå { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Sist lastet inn på nytt: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = Kunnskapsbasen er et sett filer som fellesskapets administratorer holder ved like: hver oppføring oppgir kildene sine og er kontrollert mot dem. Vil du foreslå en artikkel eller melde fra om en feil, kan du svare på et av svarene mine med <code>{ $feedback }</code> og en kommentar, eller si fra til administratorene.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } retningslinje
       *[other] { $n } retningslinjer
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematisk oversikt
       *[other] { $n } systematiske oversikter
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } metaanalyse
       *[other] { $n } metaanalyser
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCT-er
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } pilot-RCT
       *[other] { $n } pilot-RCT-er
    }
kind-count-cohort = { $n ->
        [one] { $n } kohortstudie
       *[other] { $n } kohortstudier
    }
kind-count-controlled-study = { $n ->
        [one] { $n } kontrollert studie
       *[other] { $n } kontrollerte studier
    }
kind-count-qualitative = { $n ->
        [one] { $n } kvalitativ studie
       *[other] { $n } kvalitative studier
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } tjenesteevaluering
       *[other] { $n } tjenesteevalueringer
    }
kind-count-pre-post = { $n ->
        [one] { $n } før-og-etter-studie
       *[other] { $n } før-og-etter-studier
    }
kind-count-report = { $n ->
        [one] { $n } rapport
       *[other] { $n } rapporter
    }
kind-count-book = { $n ->
        [one] { $n } bok
       *[other] { $n } bøker
    }
kind-count-chapter = { $n ->
        [one] { $n } kapittel
       *[other] { $n } kapitler
    }
kind-count-article = { $n ->
        [one] { $n } artikkel
       *[other] { $n } artikler
    }
kind-count-protocol = { $n ->
        [one] { $n } studieprotokoll
       *[other] { $n } studieprotokoller
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
        [one] systematisk oversikt
       *[other] systematiske oversikter
    }
kind-name-meta-analysis = { $form ->
        [one] metaanalyse
       *[other] metaanalyser
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCT-er
    }
kind-name-pilot-rct = { $form ->
        [one] pilot-RCT
       *[other] pilot-RCT-er
    }
kind-name-cohort = { $form ->
        [one] kohortstudie
       *[other] kohortstudier
    }
kind-name-controlled-study = { $form ->
        [one] kontrollert studie
       *[other] kontrollerte studier
    }
kind-name-qualitative = { $form ->
        [one] kvalitativ studie
       *[other] kvalitative studier
    }
kind-name-service-evaluation = { $form ->
        [one] tjenesteevaluering
       *[other] tjenesteevalueringer
    }
kind-name-pre-post = { $form ->
        [one] før-og-etter-studie
       *[other] før-og-etter-studier
    }
kind-name-report = { $form ->
        [one] rapport
       *[other] rapporter
    }
kind-name-book = { $form ->
        [one] bok
       *[other] bøker
    }
kind-name-chapter = { $form ->
        [one] kapittel
       *[other] kapitler
    }
kind-name-article = { $form ->
        [one] artikkel
       *[other] artikler
    }
kind-name-protocol = { $form ->
        [one] studieprotokoll
       *[other] studieprotokoller
    }
kind-name-journal = { $form ->
        [one] tidsskrift
       *[other] tidsskrifter
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Retningslinje
kind-label-systematic-review = Systematisk oversikt
kind-label-meta-analysis = Metaanalyse
kind-label-rct = RCT
kind-label-pilot-rct = Pilot-RCT
kind-label-cohort = Kohortstudie
kind-label-controlled-study = Kontrollert studie
kind-label-qualitative = Kvalitativ studie
kind-label-service-evaluation = Tjenesteevaluering
kind-label-pre-post = Før-og-etter-studie
kind-label-report = Rapport
kind-label-book = Bok
kind-label-chapter = Bokkapittel
kind-label-article = Artikkel
kind-label-protocol = Studieprotokoll
kind-label-journal = Tidsskrift
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Retningslinje
kind-short-systematic-review = Oversikt
kind-short-meta-analysis = Metaanalyse
kind-short-rct = RCT
kind-short-pilot-rct = Pilot-RCT
kind-short-cohort = Kohort
kind-short-controlled-study = Kontrollert
kind-short-qualitative = Kvalitativ
kind-short-service-evaluation = Evaluering
kind-short-pre-post = Før-etter
kind-short-report = Rapport
kind-short-book = Bok
kind-short-chapter = Kapittel
kind-short-article = Artikkel
kind-short-protocol = Protokoll
kind-short-journal = Tidsskrift
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Retningslinje
level-label-2 = Systematisk oversikt
level-label-3 = RCT
level-label-4 = Pilot-RCT, kohortstudie eller kontrollert studie
level-label-5 = Kvalitativ studie, tjenesteevaluering eller før-og-etter-studie
level-label-6 = Rapport, bok eller annet

## What a question asks (its task), in a "Read as" line

task-effect = effekter
task-recommendation = anbefalinger
task-experience = erfaringer
task-overall = hvor sterk evidensen er
task-largest = de største studiene
task-count = hvor mange studier
task-null = nullfunn
task-harms = skadevirkninger
task-dose = dose
task-delivered-by = hvem som gjennomfører tiltaket
task-currency = om retningslinjene er gjeldende
task-cost = kostnader
task-attrition = frafall
task-certainty = hvor sikker evidensen er
task-citation = referanser
task-reading-list = en leseliste
task-chart = et diagram
task-follow-up = et oppfølgingsspørsmål
task-not-a-question = ikke et spørsmål

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } i { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } i { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— funnene spriker

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } randomisert
# A trial's size by the number randomised, without a unit.
randomised = { $n } randomisert
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
       *[other] fedre
    }
counted-parents = { $n ->
        [one] forelder
       *[other] foreldre
    }
counted-children = { $n ->
        [one] barn
       *[other] barn
    }
counted-infants = { $n ->
        [one] spedbarn
       *[other] spedbarn
    }
counted-dyads = { $n ->
        [one] foreldre–barn-par
       *[other] foreldre–barn-par
    }
counted-caregivers = { $n ->
        [one] omsorgsperson
       *[other] omsorgspersoner
    }
counted-participants = { $n ->
        [one] deltaker
       *[other] deltakere
    }
counted-studies = { $n ->
        [one] studie
       *[other] studier
    }
counted-trials = { $n ->
        [one] randomisert studie
       *[other] randomiserte studier
    }
# Under a trial with no finding recorded.
no-result-recorded = Ingen resultater registrert ennå.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primærutfall: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primærutfall: blandet ({ $improved } av { $of } primærfunn viste bedring).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Hovedfunn (primærutfall ikke markert):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— i { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = alle tiltak
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = De største studiene av { $subject } i kunnskapsbasen
# After that heading, when there is no trial.
sized-none = : den har ingen studier med resultater om dette.
# After that heading: how many trials give a size.
sized-count = : { $sized } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } oppgir størrelse; størst først, etter antall randomiserte (ellers antall deltakere), og hver studie telles én gang uansett hvor mange artikler som rapporterer den.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = Kunnskapsbasen har { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } av { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, rapportert i { $papers ->
        [one] 1 artikkel
       *[other] { $papers } artikler
    } (hver studie telles én gang)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } til er i gang (bare protokoll, ingen resultater ennå)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Også om dette: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = Den nyeste metaanalysen der, { $author } { $year }, slo sammen { $n } { $counted }:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Nullfunn og blandede resultater i studier av { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i kunnskapsbasen har { $judged } et markert primærutfall; på dette fant { $null } ingen signifikant forskjell, og { $mixed } hadde blandede resultater (noen primærutfall ble bedre, andre ikke).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Også tatt med: { $n ->
        [one] 1 studie
       *[other] { $n } studier
    } uten markert primærutfall der hovedfunnet ikke viste noen signifikant forskjell; les oppføringen før du kaller en studie et nullfunn.
# "Harms reported in trials of VIG"
harms-heading = Skadevirkninger rapportert i studier av { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : ingen av { $trials ->
        [one] den ene studien
       *[other] de { $trials } studiene
    } i kunnskapsbasen har registrert hva som ble rapportert om skadevirkninger (uønskede hendelser). Det er ikke bevis for at tiltaket ikke skader: kunnskapsbasen har ikke registrert det, og mange studier rapporterer ikke skadevirkninger.
# After that heading: what the trials' records say about harms.
harms-count = : { $recorded } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registrert hva som ble rapportert om skadevirkninger; { $none } undersøkte det og fant ingen, { $reported } rapporterte uønskede hendelser.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dose (antall økter) i studier av { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : { $dosed } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registrert antall økter; færrest først, hver med sitt resultat.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } økter
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } økt
       *[other] { $n } økter
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Økter
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } over { $weeks ->
        [one] 1 uke
       *[other] { $weeks } uker
    }
# Under a dose list.
dose-not-compared = Satt side om side, ikke sammenlignet: studiene skiller seg i mer enn dose (familier, måleinstrumenter, sammenligningsgrupper). Ingen studie i kunnskapsbasen tester én dose mot en annen, med mindre oppføringen sier det.
# "Who delivered VIG in its trials"
delivered-heading = Hvem som gjennomførte { $subject } i studiene
# After that heading: how many trials record who delivered it.
delivered-count = : { $recorded } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } i kunnskapsbasen har registrert hvem som gjennomførte tiltaket.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } av { $randomised } randomiserte ble analysert
# "Dropout in trials of VIG"
attrition-heading = Frafall i studier av { $subject }
# After that heading: how many trials record dropout.
attrition-count = : { $known } av { $trials ->
        [one] 1 studie
       *[other] { $trials } studier
    } har registrert hvor mange som falt fra før oppfølgingen; høyest først.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent } % frafall ved oppfølging
# "Published costs of VIPP-SD"
cost-heading = Publiserte kostnader for { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } av { $records ->
        [one] den ene oppføringen
       *[other] de { $records } oppføringene
    } om dette oppgir kostnadstall.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } per familie
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } per familie ({ $year }-priser)
# "Whether the guidance on postnatal depression is current"
currency-heading = Om retningslinjene om { $subject } er gjeldende
# After that heading, when there is no guideline.
currency-none = : ingen retningslinje i kunnskapsbasen handler om dette.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 retningslinje
       *[other] { $guidelines } retningslinjer
    }, hver med statusen fra sist noen sjekket utgiverens nettside. Sjekk siden på nytt før du siterer den.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (sjekket { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (dato for sjekken er ikke registrert).
# A guideline whose status is not recorded.
guideline-status-unknown = Status ikke registrert: sjekk utgiverens nettside.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Hvor sikker evidensen om { $subject } er
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } av { $reviews ->
        [one] den ene oversikten
       *[other] de { $reviews } oversiktene
    } om dette vurderer hvor sikre funnene er (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Telt ut fra det kunnskapsbasen inneholder (versjon { $version }, sist endret { $changed }), ikke ut fra alt som er publisert.
# The last line of such an answer.
as-of-knowledge = Telt ut fra det kunnskapsbasen inneholder (versjon { $version }), ikke ut fra alt som er publisert.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (ord som ikke ble gjenkjent, spurt om på færre enn 3 dager)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Ubesvarte spørsmål, { $since } til { $until }: ingen.
# The heading of a gap report.
gaps-heading = Ubesvarte spørsmål, { $since } til { $until }: { $unanswered } ({ $nothing } ga ingen treff, { $partial } bare delvise treff).
# A gap report's label for questions with filters and no words.
gap-filters-only = (bare filtre)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] én gang
       *[other] { $count } ganger
    }, sist { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Stemmer på svar: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Siste kommentarer:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = Slik legger du inn oppføringer for et hull: evidence-bot import, deretter evidence-bot check (README, «Reading the gap report»). { $gaps } since:30d ser lenger tilbake.
# The heading of the weekly digest posted in the admin room.
gap-digest = Ukentlig sammendrag av hull-loggen.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Takk for 👎. Hva var det du lette etter? Svar i denne tråden, så sender jeg det videre til redaktørene (bare ordene dine lagres, ikke navnet ditt).
# The reply to a comment or !feedback.
feedback-thanks = Takk! Det er sendt videre til redaktørene, som leser dette når de legger inn nye oppføringer.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } brukes som svar på et av { $evidence }-svarene mine: svar på svaret, og skriv { $feedback } og hva du lette etter.
# Feedback in a room where the curators' log is off.
feedback-off = Tilbakemeldinger samles ikke inn i dette rommet (botens administratorer har slått det av).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Hull-loggen er slått av (gap_log = false i konfigurasjonen), så det er ingenting å rapportere.

## Room settings (!config)

# The heading of !config.
config-heading = Innstillinger i dette rommet:
# Marks a setting that is the bot's default.
config-default = {" "}(standard)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Rommets moderatorer endrer en innstilling med { $config } KEY VALUE (f.eks. { $config } citation_style harvard; `default` tilbakestiller den). { $help } config forklarer hver av dem.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] satt i dette rommet
       *[default] standard
    }). { $about }; verdier: { $values }. Endre: { $config } { $key } VALUE
# A setting was stored.
config-saved = Lagret for dette rommet: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Ikke endret: { $problem }. { $config } viser innstillingene.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } er en av { $values }
setting-is = { $key } er { $values }
setting-on-off = { $key } er on eller off
setting-number = { $key } er et tall fra 1 til { $max }
setting-filters = filtre er ord som kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = skriv velkomstmeldingen etter innstillingen, eller none
setting-contact = skriv rommets kontakt etter innstillingen, eller none
setting-unknown = det finnes ingen innstilling `{ $key }`; innstillingene er { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Bare rommets moderatorer (tilgangsnivå 50 eller høyere) og botens administratorer kan endre innstillingene; alle kan se dem med !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = Innstillingen kunne ikke lagres på hjemmeserveren; ingenting ble endret. Prøv igjen om litt.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = referansestilen til { $cite } når ingen stil er nevnt
config-about-results = treff per side for { $evidence } og { $more }
config-about-replies = svar som svar i rommet, eller alltid i en tråd på spørsmålet
config-about-filters = filtre som legges til hvert spørsmål med { $evidence } her, f.eks. since:2015
config-about-welcome = en melding til hver person som blir med i rommet
config-about-gap-log = om spørsmål kunnskapsbasen ikke hadde svar på, og tilbakemeldinger, logges for redaktørene
config-about-followups = om et svar på et av svarene mine som leses som et oppfølgingsspørsmål («og for fedre?», «siter den andre»), besvares uten at boten nevnes
config-about-language = språket i svarene her; auto svarer på hver melding på dens eget språk
config-about-safety-watch = om hver melding her sjekkes for om noen er i fare (meldinger til boten sjekkes alltid)
config-about-safety-contact = rommets egen kontakt, som legges til i sikkerhetssvaret etter teksten fra driftsansvarlig

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = Abonnerer på { $query } (abonnement { $n }): rommet får beskjed når oppføringer som søket finner, blir lagt til eller endret.
# Before the latest record a new subscription finds.
latest-match = Den nyeste oppføringen søket finner:
# A new subscription finds nothing yet.
nothing-matches-yet = Ingenting i kunnskapsbasen passer ennå; rommet får beskjed når noe gjør det.
# The room already follows that search.
already-subscribed = Dette rommet følger allerede { $query }.
# A room follows as many searches as it may.
too-many-subscriptions = Et rom kan følge høyst { $max } søk; { $subscriptions } viser dem, og { $unsubscribe } N fjerner ett.
# !unsubscribe N done.
unsubscribed = Abonnementet på { $query } er avsluttet.
# !unsubscribe all done.
unsubscribed-all = Alle abonnementene er avsluttet.
# !unsubscribe with a number that is not one.
unsubscribe-which = Si hvilket: { $unsubscribe } 1 til { $n }, eller { $unsubscribe } all ({ $subscriptions } viser dem).
# A room without subscriptions.
no-subscriptions = Dette rommet følger ingen søk. Med { $subscribe } QUERY (rommets moderatorer) får rommet beskjed om nye og endrede oppføringer, f.eks. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Dette rommet følger:
# How to stop following.
unsubscribe-how = { $unsubscribe } N eller { $unsubscribe } all (rommets moderatorer).
# The heading of a subscription notice.
notice-heading = Ny og endret forskning for abonnementene i dette rommet.
# One subscription in a notice.
notice-for = For { $query }:
# Marks a new record in a notice.
new-record = Ny:
# Marks a changed record in a notice.
changed-record = Endret:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (var { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = utvalg
field-title = tittel
field-year = år
field-kind = type
field-status = status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = verifisert
status-partial = delvis verifisert
status-unverified = ikke verifisert
# Findings added or corrected.
findings-added = { $added } funn lagt til eller rettet
# Findings removed.
findings-removed = { $removed } funn fjernet
# Findings both added and removed.
findings-corrected = funn rettet ({ $added } nye eller endrede, { $removed } erstattet)
# A change in fields a notice does not name.
other-details-changed = andre detaljer rettet
# More records than a notice lists.
and-more = …og { $n } til.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Lagt til eller endret siden { $from }: { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    }, nyeste først.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Lagt til eller endret siden { $from } ({ $filters }): { $n ->
        [one] { $n } oppføring
       *[other] { $n } oppføringer
    }, nyeste først.
# Before a record new since the date.
whatsnew-new = Ny { $date }:
# Before a record changed since the date.
whatsnew-changed = Endret { $date }:
# Nothing new since a date.
nothing-new = Ingenting er lagt til eller endret siden { $from }.
# Nothing new matching the filters since a date.
nothing-new-filtered = Ingenting som passer { $filters }, er lagt til eller endret siden { $from }.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = …og { $n } til: snevre inn med en senere dato eller et filter, f.eks. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Så det er ingenting å tegne.
# The group of findings that name no outcome domain.
chart-other-outcomes = Andre utfall
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = { $records ->
        [one] Den ene oppføringen
       *[other] De { $records } oppføringene
    } om { $question } oppgir ingen effektstørrelse som kan vises i et diagram; <code>{ $evidence }</code> viser hva de fant.
# The names of effect measures, on a chart's axis.
measure-d = Cohen's d
measure-g = Hedges' g
measure-smd = Standardisert gjennomsnittsforskjell, SMD
measure-md = Gjennomsnittsforskjell, MD
measure-r = Korrelasjon, r
measure-or = Oddsratio, OR
measure-rr = Relativ risiko, RR
measure-hr = Hasardratio, HR
measure-percent = Prosent
# The first sentence of a chart's alt text.
chart-heading = Diagram over effekter for «{ $question }»: { $drawn } av { $records ->
        [one] den ene oppføringen
       *[other] de { $records } oppføringene
    } om dette oppgir effektstørrelser, sterkeste evidens først, hver med 95 % konfidensintervall der oppføringen oppgir det.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (ingen effekt ved { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, nivå { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Ikke vist: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 funn
       *[other] { $n } funn
    } uten effektstørrelse
not-drawn-percentages = { $n ->
        [one] 1 funn
       *[other] { $n } funn
    } oppgitt i prosent
not-drawn-unverified = { $n ->
        [one] 1 funn
       *[other] { $n } funn
    } som ingen kilde bekreftet
not-drawn-beyond = { $n ->
        [one] 1 funn
       *[other] { $n } funn
    } utover de første { $max } radene
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Retningslinje
level-short-2 = Oversikt
level-short-3 = RCT
level-short-4 = Pilot-RCT
level-short-5 = Evaluering
level-short-6 = Annet
# The first sentence of a map's alt text, for a question.
map-heading-question = Evidenskart over { $records ->
        [one] den ene oppføringen
       *[other] de { $records } oppføringene
    } om «{ $question }»: { $topics ->
        [one] 1 emne
       *[other] { $topics } emner
    } etter evidensnivå (1 retningslinje, 2 oversikt, 3 RCT, 4 pilot-RCT eller kohortstudie, 5 kvalitativ studie eller evaluering, 6 annet); en oppføring med flere emner telles under hvert av dem.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Evidenskart over { $records ->
        [one] den ene oppføringen
       *[other] alle de { $records } oppføringene
    } i kunnskapsbasen: { $topics ->
        [one] 1 emne
       *[other] { $topics } emner
    } etter evidensnivå (1 retningslinje, 2 oversikt, 3 RCT, 4 pilot-RCT eller kohortstudie, 5 kvalitativ studie eller evaluering, 6 annet); en oppføring med flere emner telles under hvert av dem.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } på nivå { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [bilde: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Rapporterte effekter: «{ $question }»
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } av { $records ->
        [one] 1 oppføring
       *[other] { $records } oppføringer
    } · sterkest først · linje: 95 % KI · ring: uten KI
# Before the level colours under a chart.
chart-legend = Evidensnivå:
# The last line under a chart.
chart-footnote = Hver rad er ett funn slik oppføringen oppgir det; en skyggelagt stolpe er et spenn over flere mål. Verdiene er ikke slått sammen, og hvilken side av linjen som er i favør av tiltaket, avhenger av utfallet.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (uten KI)
# A map's title, for a question.
map-title-question = Evidenskart: «{ $question }»
# A map's title, for the whole knowledge.
map-title-all = Evidenskart: hele kunnskapsbasen
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 oppføring
       *[other] { $records } oppføringer
    } etter emne ({ $topics }) og evidensnivå, sterkest til venstre
# The heading of a map's last column.
map-total = Totalt
# The line under a map.
map-footnote = Hver celle teller oppføringer; en oppføring med flere emner telles under hvert av dem. Mørkere celler har flere oppføringer. Nivåer (L): L1 retningslinje, L2 oversikt, L3 RCT, L4 pilot-RCT, kohortstudie eller kontrollert studie, L5 kvalitativ studie eller evaluering, L6 annet.
# When drawing a figure failed (a bug, logged).
figure-failed = Beklager, jeg klarte ikke å tegne det bildet; feilen står i loggen min.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Kontakt for dette rommet:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = Et sikkerhetssvar ble sendt i { $room }.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } endret { $key } til: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hei! Jeg svarer på spørsmål om forskningen på Video Interaction Guidance og videofeedback. Prøv { $evidence } { example-question }, eller spør meg med vanlige ord.
# The reply to a greeting later on.
greeting = Hei! Spør meg om forskningen når du vil.
# The reply to thanks.
thanks = Bare hyggelig!
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Spørsmål jeg svarer på, blir ikke logget. Spørsmål som ingen oppføring handlet om, og 👍/👎-tilbakemeldinger med kommentar, havner i en logg over kunnskapshull for redaktørene i en begrenset periode (90 dager som standard), uten bruker-id eller rom-id i klartekst. { $here } En melding om at noen er i fare, blir aldri logget eller lagret. Unngå likevel navn og opplysninger som kan identifisere noen.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = I dette rommet er loggen slått på; en moderator kan slå den av med { $config } gap_log off.
# In that answer, when the room's gap log is off.
logged-here-off = I dette rommet er loggen slått av.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Beklager, jeg kan ikke { $what }. Jeg kan finne og oppsummere forskningen, med referanser: prøv { $evidence } { example-question }, eller { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Tolket som et oppfølgingsspørsmål: forrige spørsmål + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = Spørsmålet ble tolket som at det gjelder { $task }. Oppføringene sorteres først etter hvor mye av spørsmålet de handler om, deretter etter type evidens ({ $kinds }), og så etter hvor godt teksten passer, evidensnivå og årstall. Oppføringene som vises:
# The order of kinds for questions about effects.
order-kinds-effect = fagfellevurderte systematiske oversikter og metaanalyser først, så RCT-er, så pilot-RCT-er, så retningslinjer som anbefaler tiltaket, så andre studier
# The order of kinds for other questions.
order-kinds-other = de typene evidens som best svarer på den typen spørsmål, først
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (nivå { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (nivå { $level }, { $level_label }, fagfellevurdert)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Så leit at det er så vanskelig akkurat nå. Jeg er en bot som finner forskning, så jeg kan ikke hjelpe med dette selv. Ta kontakt og få hjelp nå:
# Opening: a baby or child is at risk now.
safety-opening-child = Takk for at du sier fra. Jeg er en bot som finner forskning, så jeg kan ikke hjelpe med dette selv. Sørg for at barnet får hjelp nå:
# Opening: domestic abuse happening now.
safety-opening-abuse = Så leit at dette skjer. Jeg er en bot som finner forskning, så jeg kan ikke hjelpe med dette selv. Ta kontakt og få hjelp nå:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Fagpersoner: følg de lokale rutinene deres for å melde og følge opp bekymring i dag, og snakk med nærmeste leder.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Fagpersoner: følg de lokale rutinene deres for å melde og følge opp bekymring i dag, og snakk med nærmeste leder eller barnevernstjenesten.
# Whom a contact is for, before its name and number.
safety-for-emergency = Ved akutt fare
safety-for-silent-call = Hvis du ikke kan snakke i en nødsamtale
safety-for-anyone = Alle, når som helst
safety-for-text = På SMS
safety-for-mental-health = Akutt psykisk helsehjelp
safety-for-children = Barn og unge
safety-for-worried-adults = Voksne som er bekymret for et barn
safety-for-domestic-abuse = Vold i nære relasjoner
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = gratis, døgnåpent
safety-free = gratis
safety-always = døgnåpent
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Hvis noen er i fare nå: { $contacts }; og følg de lokale rutinene for å melde bekymring.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = bedret
direction-no-difference = ingen signifikant forskjell
direction-worse = forverret
direction-mixed = blandet

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = høy tillit
certainty-moderate = middels tillit
certainty-low = lav tillit
certainty-very-low = svært lav tillit
# Whether a finding was statistically significant, after its numbers.
finding-significant = signifikant
finding-not-significant = ikke signifikant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95 % KI { $low } til { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } til { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · nivå { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (oppfølging) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Titler og sammendrag i oppføringene er på engelsk, slik de er publisert.
