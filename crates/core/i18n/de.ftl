### evidence-bot: every sentence the bot writes itself, in German (Deutsch), translated from en.ftl.
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
### German: "Sie" form. Terms: Eintrag (a record of the knowledge), Wissensbasis (the knowledge),
### Raum (a Matrix room), Admins, Kurationsteam (curators), Lückenprotokoll (gap log),
### Video-Interaktionsbegleitung (VIG), KI (Konfidenzintervall, CI), primärer Endpunkt (primary
### outcome). A $subject follows "zu" (dative).

## Replies in general

# Appended when a reply was too long for a chat message and had to be cut.
reply-cut = [Antwort gekürzt, damit sie in eine Chatnachricht passt: Bitte stellen Sie eine gezieltere Frage]
# When a question was longer than the bot reads. $max: a number of characters.
query-truncated = Ihre Frage war lang, deshalb wurden nur die ersten { $max } Zeichen verwendet.
# An answer failed inside the bot; the details are in its log.
internal-error = Entschuldigung, beim Beantworten ist etwas schiefgelaufen. Die Admins sehen die Einzelheiten im Log.
# Flood protection: the one notice a user gets when sending too many commands.
slow-down = Bitte etwas langsamer: höchstens { $commands } Befehle in { $seconds } Sekunden. Ich antworte gleich wieder.
# The one notice a person gets when the bot could not decrypt their message. $sender: their name.
undecryptable = { $sender }: Ich konnte Ihre verschlüsselte Nachricht nicht lesen (die Schlüssel dafür habe ich nicht erhalten). Bitte senden Sie sie noch einmal; wenn das öfter passiert, bitten Sie einen Admin, mein Gerät zu prüfen.

## Help and commands

# The opening line of the general help (!help), before the list of commands.
help-intro = Ich finde Forschung und Leitlinien zur Video-Interaktionsbegleitung (VIG) und zu verwandten Video-Feedback-Interventionen (VERP, VIPP). Fragen Sie in einfachen Worten; die besten Treffer kommen zuerst, und bei ähnlich guten Treffern steht die stärkere Evidenz vorn.
# The closing line of the general help: example commands. "preterm" and "postnatal depression"
# are example searches.
help-outro = Zum Beispiel: { $evidence } Frühgeborene · { $evidence } Wochenbettdepression kind:rct · { $help } evidence
# A command word the bot does not know, with the nearest known one. $command: what was typed.
unknown-command-suggest = { $command } kenne ich nicht. Meinten Sie { $suggestion }? ({ $help } listet die Befehle auf.)
# A command word the bot does not know.
unknown-command = { $command } kenne ich nicht. { $help } listet die Befehle auf.
# A known command used the wrong way. $problem: what was wrong (a phrase); $usage: the command's
# usage line.
bad-usage = { $command }: { $problem }. Verwendung: { $usage }
# What was wrong, in that message ($problem), lower case after the colon. Examples are typed
# as shown, in your language's words.
problem-which-record = welcher Eintrag? Geben Sie seine ID an, wie sie unter jedem Treffer steht
problem-one-record = geben Sie eine einzige Eintrags-ID an
problem-which-records = welcher Eintrag? Geben Sie eine oder mehrere IDs an, wie sie unter jedem Treffer stehen
problem-too-many-records = höchstens { $max } Einträge auf einmal
problem-which-topic = welches Thema? Z. B. { $reading_list } Autismus ris
problem-what-to-chart = sagen Sie, wozu Sie eine Grafik möchten, z. B. { $chart } Frühgeborene
problem-what-to-follow = sagen Sie, welcher Suche Sie folgen möchten, z. B. { $subscribe } Frühgeborene
problem-which-subscription = sagen Sie, welches: { $unsubscribe } 1 oder { $unsubscribe } all
problem-what-you-were-looking-for = sagen Sie als Antwort auf meine Antwort, wonach Sie gesucht haben: { $feedback } Ich suchte Studien mit Vätern
problem-one-period = höchstens ein Zeitraum: { $gaps }, { $gaps } since:2026-11-01 oder { $gaps } since:30d
# An admin command, refused to someone who is not an admin.
admin-only = Dieser Befehl ist leider den Admins des Bots vorbehalten.
# An admin command typed on the command line instead of in the running bot.
admin-needs-bot = Dieser Befehl funktioniert im laufenden Bot (evidence-bot run), nicht auf der Kommandozeile.
# The reply to !status. $minutes has two digits ("05").
status = Läuft seit { $hours } h { $minutes } min. Räume: { $rooms }. Einträge: { $records } (Wissensbasis { $version }, { $origin }). Zuletzt neu geladen: { $last_reload }.
# A command that needs a Matrix room, typed on the command line.
needs-a-room = Dieser Befehl funktioniert in einem Matrix-Raum mit dem laufenden Bot (für das Lückenprotokoll im Terminal: evidence-bot gaps --config FILE).

# What each command does, after its usage line in !help ("!show ID: everything about one
# record ..."). Lower case at the start: it follows a colon. Variables named after a command
# hold it as typed, prefix included; in examples, use search words of your language.
command-evidence = die Evidenz zu einem Thema oder einer Frage, z. B. `{ $evidence } Frühgeborene` oder `{ $evidence } hilft VIG Vätern auf der Neugeborenen-Intensivstation?`. Direkte Treffer sind Einträge zu allem, wonach Sie fragen (Thema, Intervention, Outcome, Namen), die stärkste Evidenz zuerst (Leitlinie, Übersichtsarbeit, RCT, Pilot- oder Kohortenstudie, Evaluation, Sonstiges; eine Art, die Sie nennen, etwa RCT oder NICE, steht vorn), dann nach Genauigkeit des Treffers und Aktualität. Teiltreffer betreffen nur einen Teil der Frage und stehen getrennt unter einer Zeile, die das sagt; gibt es keinen direkten Treffer, nennt die Antwort die Wörter, die die Wissensbasis nicht abdeckt. Filter: kind:rct, kind:guideline, kind:review, topic:preterm, since:2015, year:2010..2016, author:fukkink
command-more = die nächsten Treffer Ihrer letzten Suche mit { $evidence } in diesem Raum
command-show = alles zu einem Eintrag (Befunde, Zahlen, Einschränkungen, Quellen)
command-cite = Literaturangaben für ein Literaturverzeichnis, mit der Form für den Fließtext (APA 7, wenn Sie nichts anderes angeben), oder BibTeX/RIS/CSL-JSON zum Kopieren
command-reading-list = eine Datei mit den besten Einträgen zu einer Suche, für Zotero, EndNote oder Mendeley (RIS, wenn Sie nichts anderes angeben; CSL-JSON für pandoc oder jedes CSL-Werkzeug), z. B. { $reading_list } Autismus ris
command-chart = ein Bild der Effekte, die die Einträge zu einer Frage berichten (eine Zeile pro Befund mit Effektstärke: der Wert und sein 95-%-Konfidenzintervall, nach Outcome gruppiert, ein Feld pro Maß wie d, SMD oder OR, nach Evidenzstufe gefärbt), für einen Raum oder eine Folie; der Text der Nachricht nennt dieselben Zahlen für Screenreader, z. B. { $chart } Frühgeborene
command-map = eine Evidenzkarte als Bild: Themen nach Evidenzstufe (Leitlinie, Übersichtsarbeit, RCT, Pilot- oder Kohortenstudie, Evaluation, Sonstiges), in jeder Zelle die Zahl der Einträge; mit einer Frage nur die Einträge dazu, z. B. { $map } oder { $map } Autismus
command-topics = die Themen, die die Wissensbasis abdeckt, mit der Zahl der Einträge zu jedem
command-help = diese Hilfe, oder mehr zu einem Befehl
command-about = was der Bot weiß, die Version der Wissensbasis und ihr Datum
command-config = die Einstellungen dieses Raums: citation_style (apa|harvard|vancouver), results (1-5 pro Seite), replies (room|thread), filters (z. B. since:2015, oder none), welcome (TEXT|none, für alle, die den Raum betreten), gap_log (on|off). Moderatoren des Raums (Berechtigungsstufe 50 oder höher) und die Admins des Bots ändern sie, z. B. { $config } citation_style harvard; `default` setzt eine zurück. Gespeichert auf dem Homeserver, nur für diesen Raum
command-whatsnew = Einträge, die seit einem Datum in die Wissensbasis aufgenommen oder geändert wurden (die letzten 30 Tage, außer mit since:2026-11-01 oder since:7d), die neuesten zuerst; Filter wie kind:rct oder topic:preterm schränken sie ein
command-subscribe = (Moderatoren des Raums) einer Suche folgen: Nach jeder Änderung der Wissensbasis erfährt dieser Raum einmal von den Einträgen der Suche, die hinzugekommen (Stufe, Titel, wichtigster Befund) oder geändert worden sind (was sich geändert hat), z. B. { $subscribe } topic:preterm kind:rct
command-unsubscribe = (Moderatoren des Raums) Abonnement N beenden (nummeriert wie in { $subscriptions }), oder mit all alle
command-subscriptions = die Suchen, denen dieser Raum folgt
command-feedback = als Antwort auf eine meiner Antworten: Sagen Sie dem Kurationsteam, wonach Sie gesucht haben (beginnen Sie mit 👍 oder 👎, um abzustimmen; eine 👍- oder 👎-Reaktion auf die Antwort zählt auch als Stimme). Gespeichert werden nur die Frage, Ihre Stimme und Ihre Worte, nie, wer Sie sind
command-gaps = die Fragen, auf die die Wissensbasis keine Antwort hatte, gruppiert nach ihrem Gegenstand, mit den Stimmen und Kommentaren zu Antworten (nur für Admins; die letzten 7 Tage, außer mit since:2026-11-01 oder since:30d)
command-reload = die Dateien der Wissensbasis neu laden (nur für Admins)
command-status = Laufzeit, Räume, Einträge und das letzte Neuladen (nur für Admins)

## Searching (!evidence, !more)

# !more with no earlier search to continue.
nothing-more = In diesem Raum gibt es keine frühere Suche von Ihnen, die sich fortsetzen ließe. Starten Sie eine mit { $evidence } QUERY.
# !more past the last result.
end-of-results = Das war alles zu dieser Suche.
# !more past the results the bot remembers for a search that had more.
end-of-remembered = Das waren die ersten { $shown } von { $total } Treffern. Schränken Sie die Suche ein, um die übrigen zu sehen, zum Beispiel mit kind:rct, topic:preterm oder since:2015.
# The heading of a !more page. $query: the search, in quotes.
more-on = Mehr zu { $query }
# An id that names no record, with the nearest id. The backticks `…` mark the id.
unknown-record-suggest = Es gibt keinen Eintrag `{ $id }`. Meinten Sie `{ $suggestion }`?
# An id that names no record.
unknown-record = Es gibt keinen Eintrag `{ $id }`. Die IDs stehen unter jedem Treffer von { $evidence }.
# Nothing found for a long question (more than eight words).
nothing-found-long = Zu dieser Frage habe ich in der Wissensbasis nichts gefunden.
# Nothing found for a short question, quoted.
nothing-found = Zu „{ $query }“ habe ich nichts gefunden.
# A note on a search filter that could not be used. $problem: what was wrong.
note = Hinweis: { $problem }
# A spelling correction was searched instead of what was typed. Both are in quotes.
showing-results-for = Ergebnisse für { $corrected } (Sie haben { $typed } eingegeben).
# Spelling suggestions after finding nothing. $words: a comma-separated list.
did-you-mean = Meinten Sie: { $words }?
# A command to type, then what it does.
topics-lists-what-is-covered = <code>{ $topics }</code> zeigt, was die Wissensbasis abdeckt.
# The first sentence when words of the question match nothing in the knowledge. $phrases: a
# list such as "“ADHD” or “autism”".
nothing-about = Nichts in der Wissensbasis behandelt { $phrases }.
# The same, followed by where to look. $topics: the !topics command.
nothing-about-try-topics = Nichts in der Wissensbasis behandelt { $phrases }. Mit <code>{ $topics }</code> sehen Sie, was die Wissensbasis abdeckt.
# What the question said it is not about, and that the answer leaves out.
excluded = Die Einträge zu { $phrases } lasse ich wie gewünscht weg.
# An intervention less the narrower ones asked for: "video feedback other than VIG".
other-than = { $broader } außer { $asked }
# Joins list items: "a or b", "a, b or c" ($head is everything before the last item).
list-or = { $head } oder { $last }
# Joins list items: "a and b", "a, b and c" ($head is everything before the last item).
list-and = { $head } und { $last }
# The same when $last begins with a vowel (Welsh joins with "ac" there, "a" elsewhere).
list-and-vowel = { $head } und { $last }
# The heading of an answer with records about the question.
evidence-on = Evidenz zu { $question }
# After that heading: how many records and of which kinds. $kinds: a list such as "1 review,
# 2 RCTs".
direct-count = : { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    } dazu, die stärksten zuerst ({ $kinds }).
# The kinds beyond the first three in that list.
kinds-others = { $n } weitere
# The line under a long message: what the question was read as. $read: items joined by " · ".
read-as = Verstanden als: { $read }.
# The same, with the words that were not recognised (a comma-separated list).
read-as-unrecognised = Verstanden als: { $read }. Nicht erkannt: { $unrecognised }.
# When a message names nothing the bot's vocabulary knows.
could-not-tell = Ich konnte nicht erkennen, worum es hier geht.
# The same for a short message, quoted.
could-not-tell-what = Ich konnte nicht erkennen, worum es bei { $quoted } geht.
# After either of those: an example search to type.
try-for-example = {" "}Versuchen Sie zum Beispiel <code>{ $evidence } { example-question }</code>.
# An example search, used in examples after a command. Use words the knowledge matches in your
# language.
example-question = Video-Interaktionsbegleitung Frühgeborene
# Under citations asked for in words: how many records there are, and how to get them all
# (the command follows).
first-of = Die ersten { $shown } von { $total } Einträgen zur Frage; alle:{" "}
# Under "Nothing in the knowledge is about ADHD.": the nearest topic, then a command to search it.
nearest = Am nächsten kommt: { $label }, { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträge
    }:{" "}
# When records cover each part of a two-part question but none covers both.
nothing-together-both = Kein Eintrag in der Wissensbasis behandelt sowohl { $first } als auch { $second }.
# The same for more parts. $parts: a list such as "a, b and c".
nothing-together = Kein Eintrag in der Wissensbasis behandelt { $parts } zusammen.
# One part of such a question and its records, before a command to search it: "fathers, 4 records: ".
part-count = { $label }, { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträge
    }:{" "}
# After a record that has only a broader intervention than the one asked about.
in-general = (Video-Feedback allgemein)
# The short unverified warning on a result line (shown in brackets).
unverified-short = ungeprüft
# Where a page of results is, when no result is direct.
showing-all = Treffer { $start }–{ $end } von { $total }.
# Where a page of results is, when all results are direct.
showing-direct = Treffer { $start }–{ $end } von { $direct }.
# Where a page of results is: direct results and those that only touch the question.
showing-partial = Treffer { $start }–{ $end } von { $direct } direkten und { $partial } teilweisen.
# In the footer of a page: the !more command and how many more it shows.
more-for = <code>{ $more }</code> für { $n } weitere
# In a footer: the !cite command ("!cite ID") and what it does.
cite-for-a-citation = <code>{ $cite }</code> für eine Literaturangabe.
# In a footer: the !show command ("!show ID") and what it does.
show-for-details = <code>{ $show }</code> für Details
# Under a !more page, when more results were found than the bot remembers.
more-in-the-file = … und { $n } weitere in der Datei.

## Records (!show)

# The warning on records that could not be verified.
unverified = ungeprüft: Die Angaben konnten nicht mit einer Quelle abgeglichen werden
# The warning on partly verified records.
partial = teilweise geprüft
# After a finding no source confirmed.
finding-unverified = (von keiner Quelle bestätigt)
# The warning on a partly verified record in !show.
partial-see-caveats = ⚠ { partial }: siehe Einschränkungen
# The warning on an unverified record in !show and !cite.
unverified-warning = ⚠ { unverified }
# Heading before a record's findings.
label-findings = Befunde
# Heading before a record's caveats.
label-caveats = Einschränkungen
# Before the ids of related records.
label-related = Verwandt:{" "}
# Heading before a record's sources.
label-sources = Quellen
# After a source no one confirmed.
label-source-unverified = {" "}[nicht geprüft]
# Before the !cite command for the record.
label-cite-it = Zitieren:{" "}
# The facts of a record: the intervention.
label-intervention = Intervention
# The intervention a record is about, when it is not one of the named programmes (VIG, VIPP,
# VIPP-SD ...): video feedback in general, another intervention, or none.
intervention-video-feedback = Videofeedback
intervention-other = andere
intervention-none = keine
# The facts of a record: who took part.
label-who = Wer
# The facts of a record: the study design.
label-design = Studiendesign
# The facts of a record: the sample.
label-sample = Stichprobe
# The facts of a record: the country.
label-country = Land
# The facts of a record: the trial registration.
label-registration = Registrierung
# The facts of a record: its topics.
label-topics = Themen
# Before a citation's in-text form ("(Smith et al., 2020)").
label-in-text = Im Text:{" "}
# A record whose authors no source shows.
label-authors-not-known = Autorenschaft unbekannt
# Where a chapter was published, on its full view; $book: the book's title as published.
chapter-in = Kapitel { $chapter } in { $book }
# The book a work appeared in, when no chapter is given.
in-book = In { $book }

## Citations and reading lists (!cite, !reading-list)

# A citation could not be formatted. $id: the record's id.
citation-failed = Entschuldigung, ich konnte für `{ $id }` keine Literaturangabe erstellen. Die Admins wurden über das Log informiert.
# The heading of !cite in a citation style. $style: "APA 7", "Harvard (Cite Them Right)".
citations-heading = { $n ->
        [one] Literaturangabe
       *[other] Literaturangaben
    } nach { $style }
# The heading of !cite in BibTeX, RIS or another format to copy, then how to get a file
# instead. $command: the !reading-list command with its format.
citation-text-heading = <b>{ $format } für { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    }</b>: Kopieren Sie den Text, oder verwenden Sie <code>{ $command }</code> für eine Datei.
# !reading-list found nothing. $topics: the !topics command.
reading-list-nothing = Kein Eintrag in der Wissensbasis behandelt „{ $query }“. Mit <code>{ $topics }</code> sehen Sie, was die Wissensbasis abdeckt.
# The heading of !reading-list. $query: the search, in quotes.
reading-list-heading = Leseliste zu { $query }
# After that heading: what the file holds. $hint: what the format is for.
reading-list-summary = : { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    } in { $filename } ({ $hint }).
# The same when more records were found than the list holds.
reading-list-summary-best = : { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    } in { $filename } ({ $hint }), die besten { $n } von { $total }.
# What each file format is for.
format-hint-ris = RIS, für Zotero, EndNote oder Mendeley
format-hint-bibtex = BibTeX, für LaTeX, Zotero oder JabRef
format-hint-markdown = ein Handout mit Evidenzleveln und zentralen Befunden
format-hint-csl-json = CSL-JSON, für Zotero, pandoc oder jedes andere CSL-Werkzeug
format-hint-apa = ein Literaturverzeichnis nach APA 7
format-hint-harvard = ein Literaturverzeichnis im Harvard-Stil
format-hint-vancouver = ein Literaturverzeichnis im Vancouver-Stil

## What the knowledge covers (!topics, !about)

# The heading of !topics.
topics-heading = Was die Wissensbasis abdeckt: { $covered } der { $concepts } Begriffe ihres Vokabulars, nach Facetten geordnet, mit ihren Einträgen.
# The facets of the vocabulary, as headings in !topics.
facet-population = Wer
facet-setting = Wo
facet-intervention = Interventionen
facet-comparison = Verglichen mit
facet-outcome = Zielgrößen
facet-kind = Arten von Evidenz
facet-profession = Berufe
facet-country = Länder
# Under !topics, before an example search. The abbreviations are topics as they are searched.
topics-how = Fragen Sie in Ihren eigenen Worten und nennen Sie einen dieser Begriffe (auch engere: NICU, PBQ, VIPP-SD):{" "}
# How many records a topic has, after its name.
record-count = {" "}— { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    }
# The first line of !about, after the bot's name and version.
about = {" "}— Evidenz zur Video-Interaktionsbegleitung (VIG) und zu verwandtem Video-Feedback.
# The knowledge's version in !about. $origin: where it was loaded from ("built-in", a folder);
# $loaded: when.
knowledge-loaded = Wissensbasis Version { $version } ({ $origin }), geladen { $loaded }.
# How much the knowledge holds, in !about. The numbers are always several, so English does not
# select; add forms if your language needs them.
records-and-topics = { $records } Einträge, { $topics } Themen.
# One kind of record in !about: "RCT: 41 (level 3, RCT)". $kind and $level_label are the
# knowledge's own names for the kind and its evidence level.
kind-tally = { $kind }: { $n } (Stufe { $level }, { $level_label })
# The last reload, in !about. $reload: when, and what it loaded.
last-reload = Zuletzt neu geladen: { $reload }.
# How the knowledge is kept, in !about. $feedback: the !feedback command.
about-curation = Die Wissensbasis besteht aus Dateien, die die Admins der Community pflegen: Jeder Eintrag nennt seine Quellen und wird mit ihnen abgeglichen. Um eine Veröffentlichung vorzuschlagen oder einen Fehler zu melden, antworten Sie auf eine Antwort mit <code>{ $feedback }</code> und Ihrer Anmerkung, oder wenden Sie sich an Ihre Admins.

## Kinds of evidence

# A kind of evidence, counted, in lists such as "5 records about it (1 review, 2 RCTs)".
kind-count-guideline = { $n ->
        [one] { $n } Leitlinie
       *[other] { $n } Leitlinien
    }
kind-count-systematic-review = { $n ->
        [one] { $n } systematische Übersichtsarbeit
       *[other] { $n } systematische Übersichtsarbeiten
    }
kind-count-meta-analysis = { $n ->
        [one] { $n } Metaanalyse
       *[other] { $n } Metaanalysen
    }
kind-count-rct = { $n ->
        [one] { $n } RCT
       *[other] { $n } RCTs
    }
kind-count-pilot-rct = { $n ->
        [one] { $n } Pilot-RCT
       *[other] { $n } Pilot-RCTs
    }
kind-count-cohort = { $n ->
        [one] { $n } Kohortenstudie
       *[other] { $n } Kohortenstudien
    }
kind-count-controlled-study = { $n ->
        [one] { $n } kontrollierte Studie
       *[other] { $n } kontrollierte Studien
    }
kind-count-qualitative = { $n ->
        [one] { $n } qualitative Studie
       *[other] { $n } qualitative Studien
    }
kind-count-service-evaluation = { $n ->
        [one] { $n } Praxisevaluation
       *[other] { $n } Praxisevaluationen
    }
kind-count-pre-post = { $n ->
        [one] { $n } Prä-post-Studie
       *[other] { $n } Prä-post-Studien
    }
kind-count-report = { $n ->
        [one] { $n } Bericht
       *[other] { $n } Berichte
    }
kind-count-book = { $n ->
        [one] { $n } Buch
       *[other] { $n } Bücher
    }
kind-count-chapter = { $n ->
        [one] { $n } Kapitel
       *[other] { $n } Kapitel
    }
kind-count-article = { $n ->
        [one] { $n } Artikel
       *[other] { $n } Artikel
    }
kind-count-protocol = { $n ->
        [one] { $n } Studienprotokoll
       *[other] { $n } Studienprotokolle
    }
kind-count-journal = { $n ->
        [one] { $n } Fachzeitschrift
       *[other] { $n } Fachzeitschriften
    }
# A kind's name without a number: $form is "one" for one trial's tag ("[RCT]"), "other" for a
# heading over several ("RCTs").
kind-name-guideline = { $form ->
        [one] Leitlinie
       *[other] Leitlinien
    }
kind-name-systematic-review = { $form ->
        [one] systematische Übersichtsarbeit
       *[other] systematische Übersichtsarbeiten
    }
kind-name-meta-analysis = { $form ->
        [one] Metaanalyse
       *[other] Metaanalysen
    }
kind-name-rct = { $form ->
        [one] RCT
       *[other] RCTs
    }
kind-name-pilot-rct = { $form ->
        [one] Pilot-RCT
       *[other] Pilot-RCTs
    }
kind-name-cohort = { $form ->
        [one] Kohortenstudie
       *[other] Kohortenstudien
    }
kind-name-controlled-study = { $form ->
        [one] kontrollierte Studie
       *[other] kontrollierte Studien
    }
kind-name-qualitative = { $form ->
        [one] qualitative Studie
       *[other] qualitative Studien
    }
kind-name-service-evaluation = { $form ->
        [one] Praxisevaluation
       *[other] Praxisevaluationen
    }
kind-name-pre-post = { $form ->
        [one] Prä-post-Studie
       *[other] Prä-post-Studien
    }
kind-name-report = { $form ->
        [one] Bericht
       *[other] Berichte
    }
kind-name-book = { $form ->
        [one] Buch
       *[other] Bücher
    }
kind-name-chapter = { $form ->
        [one] Kapitel
       *[other] Kapitel
    }
kind-name-article = { $form ->
        [one] Artikel
       *[other] Artikel
    }
kind-name-protocol = { $form ->
        [one] Studienprotokoll
       *[other] Studienprotokolle
    }
kind-name-journal = { $form ->
        [one] Fachzeitschrift
       *[other] Fachzeitschriften
    }

# A kind's name as a label, capitalised: a result's tag ("[Pilot RCT · level 4/6]") and a line of !about.
kind-label-guideline = Leitlinie
kind-label-systematic-review = Systematische Übersichtsarbeit
kind-label-meta-analysis = Metaanalyse
kind-label-rct = RCT
kind-label-pilot-rct = Pilot-RCT
kind-label-cohort = Kohortenstudie
kind-label-controlled-study = Kontrollierte Studie
kind-label-qualitative = Qualitative Studie
kind-label-service-evaluation = Praxisevaluation
kind-label-pre-post = Prä-post-Studie
kind-label-report = Bericht
kind-label-book = Buch
kind-label-chapter = Buchkapitel
kind-label-article = Artikel
kind-label-protocol = Studienprotokoll
kind-label-journal = Fachzeitschrift
# The same, short, for a result line's badge ("Pilot RCT · L4") and a chart row (keep it short).
kind-short-guideline = Leitlinie
kind-short-systematic-review = Review
kind-short-meta-analysis = Metaanalyse
kind-short-rct = RCT
kind-short-pilot-rct = Pilot-RCT
kind-short-cohort = Kohorte
kind-short-controlled-study = Kontrolliert
kind-short-qualitative = Qualitativ
kind-short-service-evaluation = Evaluation
kind-short-pre-post = Prä-post
kind-short-report = Bericht
kind-short-book = Buch
kind-short-chapter = Kapitel
kind-short-article = Artikel
kind-short-protocol = Protokoll
kind-short-journal = Zeitschrift
# What each evidence level (1 strongest to 6) holds, in !about: "RCT: 41 (level 3, RCT)".
level-label-1 = Leitlinie
level-label-2 = Systematische Übersichtsarbeit
level-label-3 = RCT
level-label-4 = Pilot-RCT, Kohortenstudie oder kontrollierte Studie
level-label-5 = Qualitative Studie, Praxisevaluation oder Prä-post-Studie
level-label-6 = Bericht, Buch oder Sonstiges

## What a question asks (its task), in a "Read as" line

task-effect = Wirkungen
task-recommendation = Empfehlungen
task-experience = Erfahrungen
task-overall = Stärke der Evidenz
task-largest = größte Studien
task-count = Anzahl der Studien
task-null = Nullergebnisse
task-harms = Schäden
task-dose = Dosis
task-delivered-by = wer sie durchführt
task-currency = Aktualität der Leitlinien
task-cost = Kosten
task-attrition = Drop-out
task-certainty = Vertrauenswürdigkeit der Evidenz
task-citation = Literaturangaben
task-reading-list = eine Leseliste
task-chart = ein Diagramm
task-follow-up = eine Folgefrage
task-not-a-question = keine Frage

## Overviews of an answer's findings

# One direction of an outcome domain: "improved in 3". $direction: "improved", "no difference".
direction-count = { $direction } in { $n }
# The same, naming the records: "improved in 3 (A; B)".
direction-count-named = { $direction } in { $n } ({ $named })
# After an outcome domain whose records disagree.
findings-disagree = {" "}— die Befunde widersprechen sich

## Answers about the evidence as a whole (largest trials, null results, harms, dose, ...)

# A trial's size by the number randomised, with its unit: "300 families randomised".
randomised-unit = { $n } { $unit } randomisiert
# A trial's size by the number randomised, without a unit.
randomised = { $n } randomisiert
# What a trial counted, as a noun after its number: "300 families randomised", "93 children", a
# meta-analysis that "pooled 25 randomised trials". Select the form for $n (in Welsh the noun
# after a numeral stays singular). English replies use the record's own words instead.
counted-families = { $n ->
        [one] Familie
       *[other] Familien
    }
counted-mothers = { $n ->
        [one] Mutter
       *[other] Mütter
    }
counted-fathers = { $n ->
        [one] Vater
       *[other] Väter
    }
counted-parents = { $n ->
        [one] Elternteil
       *[other] Eltern
    }
counted-children = { $n ->
        [one] Kind
       *[other] Kinder
    }
counted-infants = { $n ->
        [one] Säugling
       *[other] Säuglinge
    }
counted-dyads = { $n ->
        [one] Eltern-Kind-Paar
       *[other] Eltern-Kind-Paare
    }
counted-caregivers = { $n ->
        [one] Bezugsperson
       *[other] Bezugspersonen
    }
counted-participants = { $n ->
        [one] teilnehmende Person
       *[other] Teilnehmende
    }
counted-studies = { $n ->
        [one] Studie
       *[other] Studien
    }
counted-trials = { $n ->
        [one] randomisierte Studie
       *[other] randomisierte Studien
    }
# Under a trial with no finding recorded.
no-result-recorded = Noch kein Ergebnis erfasst.
# Before a trial's primary finding. $direction: "no significant difference".
primary-result = Primärer Endpunkt: { $direction }.{" "}
# Before the first primary finding of a trial with mixed primary results.
primary-mixed = Primäre Endpunkte: gemischt ({ $improved } von { $of } primären Befunden verbessert).{" "}
# Before the key finding of a trial with no primary outcome marked.
key-finding = Zentraler Befund (kein primärer Endpunkt markiert):{" "}
# After a finding read from another paper of the trial than its main one: " — in Smith et al. 2020".
from-paper = {" "}— in { $author } { $year }
# The subject of such an answer when the question named no intervention.
any-intervention = allen Interventionen
# "Largest trials of VIPP-SD in the knowledge"
largest-heading = Größte Studien zu { $subject } in der Wissensbasis
# After that heading, when there is no trial.
sized-none = : Darin gibt es keine Studie mit Ergebnissen dazu.
# After that heading: how many trials give a size.
sized-count = : Bei { $sized } von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } ist die Größe bekannt; die größten zuerst, nach der Zahl der Randomisierten (sonst der Teilnehmenden), jede Studie einmal gezählt, egal wie viele Veröffentlichungen über sie berichten.
# "The knowledge holds 5 studies of VIPP-SD"
count-heading = Die Wissensbasis enthält { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } zu { $subject }
# After that heading: the kinds of trial (a list such as "3 RCTs and 2 pilot RCTs") and the
# papers reporting them. Followed by count-body-under-way if any, then a full stop.
count-body-trials = : { $kinds }, berichtet in { $papers ->
        [one] 1 Veröffentlichung
       *[other] { $papers } Veröffentlichungen
    } (jede Studie einmal gezählt)
# Trials with a protocol but no results yet.
count-body-under-way = ; { $n } weitere laufen noch (nur Protokoll, noch keine Ergebnisse)
# Other records about the subject (a list such as "1 review and 2 books").
count-body-others = {" "}Ebenfalls dazu: { $others }.
# "The latest meta-analysis in it, van IJzendoorn et al. 2022, pooled 25 randomised controlled
# trials: " (its finding follows).
latest-meta = Die neueste Metaanalyse darin, { $author } { $year }, fasste { $n } { $counted } zusammen:{" "}
# "Null and mixed results among trials of video feedback"
null-heading = Null- und gemischte Ergebnisse in Studien zu { $subject }
# After that heading: how many trials were judged on a primary outcome, and how many were null
# or mixed.
null-count = : Von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } in der Wissensbasis { $judged ->
        [one] hat
       *[other] haben
    } { $judged } einen markierten primären Endpunkt; darauf kein signifikanter Unterschied bei { $null }, gemischte Ergebnisse bei { $mixed } (einige primäre Endpunkte verbessert, andere nicht).
# Under a null-results list that includes trials with no primary outcome marked.
key-null-note = Ebenfalls aufgeführt: { $n ->
        [one] 1 Studie
       *[other] { $n } Studien
    } ohne markierten primären Endpunkt, deren zentraler Befund keinen signifikanten Unterschied zeigte; lesen Sie den Eintrag, bevor Sie eine Studie als Nullergebnis bezeichnen.
# "Harms reported in trials of VIG"
harms-heading = Berichtete Schäden in Studien zu { $subject }
# After that heading, when no trial's record says what was reported on harms.
harms-none-recorded = : { $trials ->
        [one] Bei der einzigen Studie in der Wissensbasis ist nicht erfasst
       *[other] Bei keiner der { $trials } Studien in der Wissensbasis ist erfasst
    }, was zu Schäden (unerwünschten Ereignissen) berichtet wurde. Das ist kein Beleg dafür, dass es keine Schäden gab: Die Wissensbasis hat es nicht erfasst, und viele Studien berichten nicht über Schäden.
# After that heading: what the trials' records say about harms.
harms-count = : Bei { $recorded } von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } ist erfasst, was zu Schäden berichtet wurde; bei { $none } wurde danach geschaut und nichts gefunden, bei { $reported } wurden unerwünschte Ereignisse berichtet.
# "Dose (sessions) in trials of VIPP-SD"
dose-heading = Dosis (Sitzungen) in Studien zu { $subject }
# After that heading: how many trials record the number of sessions.
dose-count = : Bei { $dosed } von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } ist die Zahl der Sitzungen erfasst; die wenigsten zuerst, jeweils mit dem Ergebnis.
# A range of sessions: "6–8 sessions".
sessions-range = { $min }–{ $max } Sitzungen
# A number of sessions.
sessions-count = { $n ->
        [one] { $n } Sitzung
       *[other] { $n } Sitzungen
    }
# The number of sessions is not recorded (only the weeks).
sessions-unknown = Sitzungen
# Sessions over a number of weeks: "6 sessions over 12 weeks".
sessions-weeks = { $sessions } in { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }
# Under a dose list.
dose-not-compared = Nebeneinandergestellt, nicht verglichen: Die Studien unterscheiden sich in mehr als der Dosis (Familien, Messinstrumente, Vergleichsgruppen). Keine Studie in der Wissensbasis prüft eine Dosis gegen eine andere, es sei denn, ihr Eintrag sagt das.
# "Who delivered VIG in its trials"
delivered-heading = Durchführende in Studien zu { $subject }
# After that heading: how many trials record who delivered it.
delivered-count = : Bei { $recorded } von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } in der Wissensbasis ist erfasst, wer die Intervention durchgeführt hat.
# "244 of 300 randomised were analysed"
analysed-of = { $analysed } von { $randomised } Randomisierten wurden ausgewertet
# "Dropout in trials of VIG"
attrition-heading = Drop-out in Studien zu { $subject }
# After that heading: how many trials record dropout.
attrition-count = : Bei { $known } von { $trials ->
        [one] 1 Studie
       *[other] { $trials } Studien
    } ist erfasst, wie viele bis zum Follow-up ausgeschieden sind; die höchsten zuerst.
# "19% lost to follow-up". $percent: a whole number.
share-lost = { $percent } % bis zum Follow-up ausgeschieden
# "Published costs of VIPP-SD"
cost-heading = Veröffentlichte Kosten zu { $subject }
# After that heading: how many records give cost figures.
cost-count = : { $with } von { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträgen
    } dazu { $with ->
        [one] nennt
       *[other] nennen
    } Kostenangaben.
# A cost: "1800 GBP per family".
cost-per-family = { $cost } { $currency } pro Familie
# A cost with the year of its prices: "1800 GBP per family (2019 prices)".
cost-per-family-year = { $cost } { $currency } pro Familie (Preise von { $year })
# "Whether the guidance on postnatal depression is current"
currency-heading = Aktualität der Leitlinien zu { $subject }
# After that heading, when there is no guideline.
currency-none = : Keine Leitlinie in der Wissensbasis behandelt das.
# After that heading: the guidelines.
currency-count = : { $guidelines ->
        [one] 1 Leitlinie
       *[other] { $guidelines } Leitlinien
    }, jeweils mit dem Status bei der letzten Prüfung der Seite des Herausgebers. Prüfen Sie die Seite erneut, bevor Sie daraus zitieren.
# A guideline's status and when it was checked: "Status: under surveillance (checked 2026-12-03)."
guideline-status = Status: { $status } (geprüft am { $checked }).
# A guideline's status without the date of the check.
guideline-status-undated = Status: { $status } (Datum der Prüfung nicht erfasst).
# A guideline whose status is not recorded.
guideline-status-unknown = Status nicht erfasst: Prüfen Sie die Seite des Herausgebers.
# "Certainty of the evidence on postnatal depression"
certainty-heading = Vertrauenswürdigkeit der Evidenz zu { $subject }
# After that heading: how many reviews grade the certainty of their findings.
certainty-count = : { $graded } von { $reviews ->
        [one] 1 Übersichtsarbeit
       *[other] { $reviews } Übersichtsarbeiten
    } dazu { $graded ->
        [one] bewertet die Vertrauenswürdigkeit ihrer
       *[other] bewerten die Vertrauenswürdigkeit ihrer
    } Befunde (GRADE).
# The last line of such an answer, with the date the knowledge last changed.
as-of-knowledge-changed = Gezählt nach dem, was die Wissensbasis enthält (Version { $version }, zuletzt geändert { $changed }), nicht nach allem, was veröffentlicht wurde.
# The last line of such an answer.
as-of-knowledge = Gezählt nach dem, was die Wissensbasis enthält (Version { $version }), nicht nach allem, was veröffentlicht wurde.

## The gap log and feedback (admins and curators)

# A gap report's label for questions whose only unknown words were asked on fewer than three days.
words-held-back = (nicht erkannte Wörter, an weniger als 3 Tagen gefragt)
# The heading of a gap report with no unanswered question.
gaps-heading-none = Unbeantwortete Fragen, { $since } bis { $until }: keine.
# The heading of a gap report.
gaps-heading = Unbeantwortete Fragen, { $since } bis { $until }: { $unanswered } ({ $nothing } ohne Treffer, { $partial } nur mit teilweisen Treffern).
# A gap report's label for questions with filters and no words.
gap-filters-only = (nur Filter)
# One group of a gap report: "emdr, ptsd: 3 times, last 2026-11-29: " (the questions follow).
gap-group = { $terms }: { $count ->
        [one] einmal
       *[other] { $count }-mal
    }, zuletzt { $latest }:{" "}
# The votes line of a gap report.
gap-votes = Bewertungen der Antworten: { $up } 👍, { $down } 👎.
# The heading of the comments in a gap report.
gap-comments = Neueste Kommentare:
# How an admin turns a report into records. "evidence-bot import" and "evidence-bot check" are
# commands; "Reading the gap report" is a section of the README.
gaps-next-step = Um Einträge für eine Lücke hinzuzufügen: evidence-bot import, dann evidence-bot check (README, „Reading the gap report“). { $gaps } since:30d schaut weiter zurück.
# The heading of the weekly digest posted in the admin room.
gap-digest = Wochenübersicht des Lückenprotokolls.
# The bot's question after a 👎 on one of its answers.
feedback-ask = Danke für das 👎. Wonach haben Sie gesucht? Antworten Sie in diesem Thread, dann gebe ich es an das Kurationsteam weiter (gespeichert werden nur Ihre Worte, nicht Ihr Name).
# The reply to a comment or !feedback.
feedback-thanks = Vielen Dank: an das Kurationsteam weitergegeben, das diese Hinweise liest, wenn es Einträge hinzufügt.
# !feedback that is not a reply to one of the bot's answers.
feedback-needs-reply = { $feedback } funktioniert als Antwort auf eine meiner Antworten auf { $evidence }: Antworten Sie auf die Antwort und schreiben Sie { $feedback } und wonach Sie gesucht haben.
# Feedback in a room where the curators' log is off.
feedback-off = In diesem Raum wird kein Feedback gesammelt (die Admins des Bots haben das abgeschaltet).
# !gaps when the gap log is off. "gap_log = false" is a line of the config file.
gap-log-off = Das Lückenprotokoll ist ausgeschaltet (gap_log = false in der Konfiguration), daher gibt es nichts zu berichten.

## Room settings (!config)

# The heading of !config.
config-heading = Einstellungen in diesem Raum:
# Marks a setting that is the bot's default.
config-default = {" "}(Standard)
# How to change a setting. "citation_style harvard" and `default` are typed as shown.
config-how = Moderatoren des Raums ändern eine Einstellung mit { $config } KEY VALUE (z. B. { $config } citation_style harvard; `default` setzt sie zurück). { $help } config erklärt jede Einstellung.
# One setting, as !config KEY shows it. $whose is "here" when it was set in this room;
# $about: what the setting does; $values: the values it takes.
config-one = { $key }: { $value } ({ $whose ->
        [here] in diesem Raum eingestellt
       *[default] Standard
    }). { $about }; Werte: { $values }. Ändern: { $config } { $key } VALUE
# A setting was stored.
config-saved = Für diesen Raum gespeichert: { $key } = { $value }.
# A setting could not be changed as typed. $problem: why.
config-problem = Nicht geändert: { $problem }. { $config } listet die Einstellungen auf.
# Why a value was not taken ($problem above), lower case. Setting names (citation_style) and
# values (on, off, none) are typed as shown.
setting-one-of = { $key } ist eines von: { $values }
setting-is = { $key } ist { $values }
setting-on-off = { $key } ist on oder off
setting-number = { $key } ist eine Zahl von 1 bis { $max }
setting-filters = Filter sind Wörter wie kind:rct, topic:preterm, since:2015, year:2010..2016, author:fukkink
setting-welcome = schreiben Sie die Begrüßung hinter die Einstellung, oder none
setting-contact = schreiben Sie den Kontakt des Raums hinter die Einstellung, oder none
setting-unknown = es gibt keine Einstellung `{ $key }`; die Einstellungen sind { $keys }
# Someone without the power to change a room's settings tried. "!config" is the command.
config-moderators-only = Nur die Moderatoren dieses Raums (Berechtigungsstufe 50 oder höher) und die Admins des Bots können seine Einstellungen ändern; ansehen kann sie jeder mit !config.
# A room's settings could not be stored on the homeserver.
config-not-saved = Die Einstellung konnte nicht auf dem Homeserver gespeichert werden; nichts wurde geändert. Bitte versuchen Sie es gleich noch einmal.

# What each room setting does, as !config KEY shows it (after "Setting: value (default).").
# Setting names and values (auto, on, off) are typed as shown.
config-about-citation-style = der Zitierstil von { $cite }, wenn keiner genannt wird
config-about-results = Treffer pro Seite bei { $evidence } und { $more }
config-about-replies = Antworten als Antwort im Raum oder immer in einem Thread zur Frage
config-about-filters = Filter, die hier jeder Frage mit { $evidence } hinzugefügt werden, z. B. since:2015
config-about-welcome = eine Nachricht für alle, die den Raum betreten
config-about-gap-log = ob Fragen, auf die die Wissensbasis keine Antwort hatte, und Feedback für das Kurationsteam protokolliert werden
config-about-followups = ob eine Antwort auf eine meiner Antworten, die sich als Nachfrage liest („und für Väter?“, „zitiere den zweiten“), auch ohne Erwähnung des Bots beantwortet wird
config-about-language = die Sprache der Antworten hier; mit auto wird jede Nachricht in ihrer eigenen Sprache beantwortet
config-about-safety-watch = ob jede Nachricht hier darauf geprüft wird, ob jemand in Gefahr ist (Nachrichten an den Bot immer)
config-about-safety-contact = der eigene Kontakt dieses Raums, in der Sicherheitsantwort nach dem Text des Betreibers

## Subscriptions (!subscribe, !unsubscribe, !subscriptions) and their notices

# !subscribe done. $query: the search, in quotes; $n: the subscription's number.
subscribed = { $query } abonniert (Abonnement { $n }): Dieser Raum erfährt es, wenn Einträge, die diese Suche findet, hinzukommen oder geändert werden.
# Before the latest record a new subscription finds.
latest-match = Der neueste Eintrag, den die Suche findet:
# A new subscription finds nothing yet.
nothing-matches-yet = Noch passt nichts in der Wissensbasis dazu; der Raum erfährt es, sobald sich das ändert.
# The room already follows that search.
already-subscribed = Dieser Raum folgt { $query } bereits.
# A room follows as many searches as it may.
too-many-subscriptions = Ein Raum kann höchstens { $max } Suchen folgen; { $subscriptions } listet sie auf, und { $unsubscribe } N entfernt eine.
# !unsubscribe N done.
unsubscribed = Abonnement von { $query } beendet.
# !unsubscribe all done.
unsubscribed-all = Alle Abonnements beendet.
# !unsubscribe with a number that is not one.
unsubscribe-which = Bitte sagen Sie, welches: { $unsubscribe } 1 bis { $n }, oder { $unsubscribe } all ({ $subscriptions } listet sie auf).
# A room without subscriptions.
no-subscriptions = Dieser Raum folgt keinen Suchen. Mit { $subscribe } QUERY (für Moderatoren des Raums) erfährt der Raum von neuen und geänderten Einträgen, z. B. { $subscribe } topic:preterm kind:rct
# The heading of !subscriptions.
subscriptions-heading = Dieser Raum folgt:
# How to stop following.
unsubscribe-how = { $unsubscribe } N oder { $unsubscribe } all (für Moderatoren des Raums).
# The heading of a subscription notice.
notice-heading = Neue und geänderte Evidenz für die Abonnements dieses Raums.
# One subscription in a notice.
notice-for = Zu { $query }:
# Marks a new record in a notice.
new-record = Neu:
# Marks a changed record in a notice.
changed-record = Geändert:
# One changed value: "sample: 150 families (was 210 families)".
changed-value = { $field }: { $now } (vorher { $was })
# The fields a changed-value line names (lower case: the line starts with one).
field-sample = Stichprobe
field-title = Titel
field-year = Jahr
field-kind = Art
field-status = Status
# How far a record is verified, as a changed status says it (English: the words of the
# knowledge files).
status-verified = geprüft
status-partial = teilweise geprüft
status-unverified = ungeprüft
# Findings added or corrected.
findings-added = { $added ->
        [one] { $added } Befund
       *[other] { $added } Befunde
    } hinzugefügt oder korrigiert
# Findings removed.
findings-removed = { $removed ->
        [one] { $removed } Befund
       *[other] { $removed } Befunde
    } entfernt
# Findings both added and removed.
findings-corrected = Befunde korrigiert ({ $added } neu oder geändert, { $removed } ersetzt)
# A change in fields a notice does not name.
other-details-changed = weitere Angaben korrigiert
# More records than a notice lists.
and-more = … und { $n } weitere.

## What is new (!whatsnew)

# The heading of !whatsnew. $from: a date.
whatsnew-heading = Seit { $from } hinzugefügt oder geändert: { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    }, die neuesten zuerst.
# The same with the search's filters ("kind:rct").
whatsnew-heading-filtered = Seit { $from } hinzugefügt oder geändert ({ $filters }): { $n ->
        [one] { $n } Eintrag
       *[other] { $n } Einträge
    }, die neuesten zuerst.
# Before a record new since the date.
whatsnew-new = Neu am { $date }:
# Before a record changed since the date.
whatsnew-changed = Geändert am { $date }:
# Nothing new since a date.
nothing-new = Seit { $from } wurde nichts hinzugefügt oder geändert.
# Nothing new matching the filters since a date.
nothing-new-filtered = Seit { $from } wurde nichts hinzugefügt oder geändert, das zu { $filters } passt.
# More records than !whatsnew lists. "since:7d kind:rct" is typed as shown.
whatsnew-more = … und { $n } weitere: Schränken Sie mit einem späteren Datum oder einem Filter ein, z. B. { $whatsnew } since:7d kind:rct

## Figures (!chart, !map)

# After "Nothing in the knowledge is about …" for a figure.
nothing-to-draw = Es gibt also nichts zu zeichnen.
# The group of findings that name no outcome domain.
chart-other-outcomes = Weitere Zielgrößen
# When the records about a question carry no effect size, then the command that lists them.
chart-no-effects = { $records ->
        [one] Der 1 Eintrag
       *[other] Die { $records } Einträge
    } zu { $question } { $records ->
        [one] nennt
       *[other] nennen
    } keine Effektstärke für ein Diagramm; <code>{ $evidence }</code> zeigt, was gefunden wurde.
# The names of effect measures, on a chart's axis.
measure-d = Cohens d
measure-g = Hedges' g
measure-smd = Standardisierte Mittelwertdifferenz, SMD
measure-md = Mittelwertdifferenz, MD
measure-r = Korrelation, r
measure-or = Odds Ratio, OR
measure-rr = Relatives Risiko, RR
measure-hr = Hazard Ratio, HR
measure-percent = Prozent
# The first sentence of a chart's alt text.
chart-heading = Diagramm der Effekte zu „{ $question }“: { $drawn } von { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträgen
    } dazu { $drawn ->
        [one] nennt
       *[other] nennen
    } Effektstärken, die stärkste Evidenz zuerst, jeweils mit 95-%-Konfidenzintervall, wo der Eintrag eines angibt.
# A panel's heading: "Cohen's d (no effect at 0)".
chart-panel = { $measure } (kein Effekt bei { $no_effect })
# One row in the alt text: "Hoffenkamp et al. 2015 (RCT, level 3), d = 0.24 to 0.60".
chart-row = { $label } ({ $kind }, Stufe { $level }), { $numbers }
# What a chart leaves out: "Not drawn: 2 findings without an effect size; 1 finding given as a
# percentage." $reasons: the reasons below, joined by "; ".
chart-not-drawn = Nicht gezeichnet: { $reasons }.
not-drawn-without-effect = { $n ->
        [one] 1 Befund
       *[other] { $n } Befunde
    } ohne Effektstärke
not-drawn-percentages = { $n ->
        [one] 1 Befund
       *[other] { $n } Befunde
    } als Prozentsatz angegeben
not-drawn-unverified = { $n ->
        [one] 1 Befund
       *[other] { $n } Befunde
    } von keiner Quelle bestätigt
not-drawn-beyond = { $n ->
        [one] 1 Befund
       *[other] { $n } Befunde
    } nach den ersten { $max } Zeilen
# Short column headings for the evidence levels on the map image (keep them short).
level-short-1 = Leitlinie
level-short-2 = Review
level-short-3 = RCT
level-short-4 = Pilot-RCT
level-short-5 = Evaluation
level-short-6 = Sonstige
# The first sentence of a map's alt text, for a question.
map-heading-question = Evidenzkarte { $records ->
        [one] des 1 Eintrags
       *[other] der { $records } Einträge
    } zu „{ $question }“: { $topics ->
        [one] 1 Thema
       *[other] { $topics } Themen
    } nach Evidenzlevel (1 Leitlinie, 2 Review, 3 RCT, 4 Pilot-RCT oder Kohortenstudie, 5 qualitative Studie oder Evaluation, 6 Sonstige); ein Eintrag mit mehreren Themen zählt bei jedem davon.
# The first sentence of a map's alt text, for the whole knowledge.
map-heading-all = Evidenzkarte { $records ->
        [one] des 1 Eintrags
       *[other] aller { $records } Einträge
    } der Wissensbasis: { $topics ->
        [one] 1 Thema
       *[other] { $topics } Themen
    } nach Evidenzlevel (1 Leitlinie, 2 Review, 3 RCT, 4 Pilot-RCT oder Kohortenstudie, 5 qualitative Studie oder Evaluation, 6 Sonstige); ein Eintrag mit mehreren Themen zählt bei jedem davon.
# One cell in the map's alt text: "2 at level 3".
map-cell = { $n } auf Stufe { $level }
# Under a figure in the terminal: the image the room would get.
figure-file = [Bild: { $name }, { $width }×{ $height } px, { $kb } KB]
# A chart's title.
chart-title = Berichtete Effekte: „{ $question }“
# Under a chart's title: "3 of 7 records · strongest first · line: 95% CI · ring: no CI".
chart-subtitle = { $drawn } von { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträgen
    } · stärkste zuerst · Linie: 95-%-KI · Ring: kein KI
# Before the level colours under a chart.
chart-legend = Evidenzlevel:
# The last line under a chart.
chart-footnote = Jede Zeile ist ein Befund, wie sein Eintrag ihn angibt; ein schattierter Balken ist ein Bereich über mehrere Messungen. Die Werte sind nicht gepoolt, und welche Seite der Linie für die Intervention spricht, hängt von der Zielgröße ab.
# The badge after a row's label: "RCT · L3" (L: evidence level).
chart-badge = { $kind } · L{ $level }
# The numbers of a chart row with a 95% confidence interval: "0.25 [−0.11, 0.61]".
chart-numbers-ci = { $effect } [{ $low }, { $high }]
# The numbers of a chart row without a confidence interval: "0.86 (no CI)".
chart-numbers-no-ci = { $effect } (kein KI)
# A map's title, for a question.
map-title-question = Evidenzkarte: „{ $question }“
# A map's title, for the whole knowledge.
map-title-all = Evidenzkarte: die gesamte Wissensbasis
# Under a map's title.
map-subtitle = { $records ->
        [one] 1 Eintrag
       *[other] { $records } Einträge
    } nach Thema ({ $topics }) und Evidenzlevel, die stärksten links
# The heading of a map's last column.
map-total = Gesamt
# The line under a map.
map-footnote = Jede Zelle zählt Einträge; ein Eintrag mit mehreren Themen zählt bei jedem davon. Dunklere Zellen enthalten mehr Einträge. L1 Leitlinie, L2 Review, L3 RCT, L4 Pilot-RCT, Kohortenstudie oder kontrollierte Studie, L5 qualitative Studie oder Evaluation, L6 Sonstige.
# When drawing a figure failed (a bug, logged).
figure-failed = Entschuldigung, ich konnte diese Grafik nicht zeichnen; der Fehler steht in meinem Log.

## Safety

# Before a room's own contact in a safety reply.
room-safety-contact = Kontakt für diesen Raum:{" "}
# To the admin room when a room got a safety reply: which room, nothing else.
safety-notice = In { $room } wurde eine Sicherheitsantwort gesendet.
# To the admin room when a room's safety setting changed.
safety-setting-changed = { $room } hat { $key } geändert auf: { $value }

## Conversation

# The reply to a greeting the first time in a room.
greeting-first = Hallo! Ich beantworte Fragen zur Forschungsevidenz für Video-Interaktionsbegleitung und Video-Feedback. Versuchen Sie { $evidence } { example-question }, oder fragen Sie mich einfach in Worten.
# The reply to a greeting later on.
greeting = Hallo! Fragen Sie mich jederzeit gern nach der Evidenz.
# The reply to thanks.
thanks = Gern geschehen.
# "Are my questions logged?" $here: logged-here-on or logged-here-off.
what-is-logged = Fragen, die ich beantworte, werden nicht protokolliert. Fragen, zu denen es keinen Eintrag gab, und 👍/👎-Feedback mit seinem Kommentar kommen für begrenzte Zeit (standardmäßig 90 Tage) in ein Lückenprotokoll für das Kurationsteam, ohne Benutzer-ID oder Raum-ID im Klartext. { $here } Eine Nachricht, die sagt, dass jemand in Gefahr ist, wird nie protokolliert oder gespeichert. Vermeiden Sie trotzdem Namen und Angaben, die jemanden erkennbar machen.
# In that answer, when the room's gap log is on. "gap_log off" is typed as shown.
logged-here-on = In diesem Raum ist dieses Protokoll eingeschaltet; Moderatoren können es mit { $config } gap_log off ausschalten.
# In that answer, when the room's gap log is off.
logged-here-off = In diesem Raum ist dieses Protokoll ausgeschaltet.
# A request the bot cannot do. $what: what was asked ("book an appointment").
cannot-do = Das kann ich leider nicht: { $what }. Ich kann die Forschungsevidenz finden und zusammenfassen, mit Literaturangaben: Versuchen Sie { $evidence } { example-question }, oder { $help }.
# Above the answer to a follow-up that refines the last question.
read-as-follow-up = Als Folgefrage verstanden: vorige Frage + { $added }.
# How answers are ordered, for "why is that one first?". $task: what the question asks
# (task-…); $kinds: order-kinds-effect or order-kinds-other.
order-rule = Die Frage wurde verstanden als Frage zu: { $task }. Einträge werden zuerst danach geordnet, wie viel der Frage sie abdecken, dann nach Art der Evidenz ({ $kinds }), dann danach, wie genau ihr Text passt, nach ihrer Stufe und ihrem Jahr. Die gezeigten Einträge:
# The order of kinds for questions about effects.
order-kinds-effect = zuerst begutachtete systematische Übersichtsarbeiten und Metaanalysen, dann RCTs, dann Pilot-RCTs, dann Leitlinien, die die Intervention empfehlen, dann andere Studien
# The order of kinds for other questions.
order-kinds-other = zuerst die Arten von Evidenz, die diese Frage am besten beantworten
# One record shown, in that answer: "Hoffenkamp et al. 2015: RCT (level 3, RCT)". $record: its
# first author and year.
order-record = { $record }: { $kind } (Stufe { $level }, { $level_label })
# The same for a record that was peer-reviewed.
order-record-peer-reviewed = { $record }: { $kind } (Stufe { $level }, { $level_label }, mit Peer-Review)

## The safety reply (to a message disclosing that someone is at risk now). Contacts' names and
## numbers come from the operator's configuration, as written; only these sentences are ours.
## Keep them short and kind.

# Opening: the writer, or someone they describe, may harm themselves.
safety-opening-self = Es tut mir leid, dass es gerade so schwer ist. Ich bin ein Bot für Forschungsevidenz und kann dabei selbst nicht helfen. Bitte holen Sie sich jetzt Hilfe:
# Opening: a baby or child is at risk now.
safety-opening-child = Danke, dass Sie mir das sagen. Ich bin ein Bot für Forschungsevidenz und kann dabei selbst nicht helfen. Bitte holen Sie jetzt Hilfe für das Kind:
# Opening: domestic abuse happening now.
safety-opening-abuse = Es tut mir leid, dass das gerade geschieht. Ich bin ein Bot für Forschungsevidenz und kann dabei selbst nicht helfen. Bitte holen Sie sich jetzt Hilfe:
# Last line, for practitioners (risk to an adult, or abuse).
safety-practitioners = Fachkräfte: Bitte folgen Sie noch heute dem Schutzkonzept Ihrer Einrichtung und sprechen Sie mit der dafür zuständigen Person.
# Last line, for practitioners (a child at risk).
safety-practitioners-child = Fachkräfte: Bitte folgen Sie noch heute dem Kinderschutzverfahren Ihrer Einrichtung und sprechen Sie mit der insoweit erfahrenen Fachkraft oder dem Jugendamt.
# Whom a contact is for, before its name and number.
safety-for-emergency = In akuter Gefahr
safety-for-silent-call = Wenn Sie bei einem Notruf nicht sprechen können
safety-for-anyone = Für alle, jederzeit
safety-for-text = Per SMS
safety-for-mental-health = Dringende Hilfe in psychischen Krisen
safety-for-children = Kinder und Jugendliche
safety-for-worried-adults = Erwachsene, die sich um ein Kind sorgen
safety-for-domestic-abuse = Häusliche Gewalt
# A contact that serves one region only. $region: as the operator wrote it ("Wales").
safety-in-region = { $audience } ({ $region })
# One contact. $name and $number: as the operator wrote them ("Samaritans", "116 123").
safety-contact = { $audience }: { $name }, { $number }
# A contact given by its number alone (an emergency number).
safety-contact-bare = { $audience }: { $number }
# A contact and when it is open. $open: one of the three messages below.
safety-contact-open = { $contact } ({ $open })
safety-free-always = kostenlos, rund um die Uhr
safety-free = kostenlos
safety-always = rund um die Uhr
# The one line above an answer to a research question about a risk topic. $contacts: the
# contacts below, joined by " · ".
safety-pointer = Wenn jemand jetzt in Gefahr ist: { $contacts }; und folgen Sie den Schutzverfahren Ihrer Einrichtung.
safety-pointer-contact = { $name } { $number }



## Directions of findings

# What a study found, in plain words, as in "improved in 8 (…)".
direction-improved = verbessert
direction-no-difference = kein signifikanter Unterschied
direction-worse = verschlechtert
direction-mixed = gemischt

## A finding's numbers (the numbers themselves stay as the record gives them)

# GRADE certainty of the evidence for a finding, as a review rates it.
certainty-high = hohe Vertrauenswürdigkeit
certainty-moderate = moderate Vertrauenswürdigkeit
certainty-low = niedrige Vertrauenswürdigkeit
certainty-very-low = sehr niedrige Vertrauenswürdigkeit
# Whether a finding was statistically significant, after its numbers.
finding-significant = signifikant
finding-not-significant = nicht signifikant
# A 95% confidence interval: "95% CI −0.11 to 0.61".
finding-ci = 95-%-KI { $low } bis { $high }
# An effect given as a range over several measures: "0.24 to 0.60" (as in "d = 0.24 to 0.60").
effect-range = { $low } bis { $high }

## Result lines

# A record's kind and evidence level, on its full view (!show). $kind: the kind's name.
level-tag = [{ $kind } · Stufe { $level }/6]
# The badge on each result line (short, for phones). $level: 1 to 6.
badge = { $kind } · L{ $level }
# The badge of a later follow-up of a trial.
badge-follow-up = { $kind } (Follow-up) · L{ $level }

## Other languages

# Under an answer in another language than English: the records' titles and summaries stay in
# English. (Never shown in English.)
summaries-in-english = Titel und Zusammenfassungen der Einträge sind auf Englisch, wie sie veröffentlicht wurden.
