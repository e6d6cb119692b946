# Aktivitetsbildet: `barents-bot stats`, nettsiden om aktiviteten, diagrammene og kartet, og
# /stats i chatten. Alle tall er anonyme; et tall på 1 eller 2 vises aldri som tall ($n er 3:
# «færre enn 3»).

stats-fewer = færre enn { $n }
# Raden for det som ikke hører til noen verdi i tabellen (et spørsmål har ingen region).
stats-key-none = Ikke oppgitt
# En måned i et år på en akse eller i en tabell: $month er 1–12, $year f.eks. 2026.
stats-month = { $month ->
    [1] jan.
    [2] feb.
    [3] mars
    [4] apr.
    [5] mai
    [6] juni
    [7] juli
    [8] aug.
    [9] sep.
    [10] okt.
    [11] nov.
   *[12] des.
} { $year }
stats-platform-console = Terminal
stats-platform-telegram = Telegram
stats-platform-discord = Discord

## Hva som telles (kolonneoverskrifter)

stats-measure-checks-started = Sjekker påbegynt
stats-measure-checks = Ideer sjekket
stats-measure-fits = Passer en åpen ordning
stats-measure-drafts = Utkast sendt
stats-measure-drafts-claimed = Utkast tatt
stats-measure-drafts-closed = Utkast avsluttet
stats-measure-profiles = Partnerprofiler
stats-measure-introductions = Ønsker om kontakt
stats-measure-introductions-accepted = Kontakter godtatt
stats-measure-questions = Spørsmål stilt
stats-measure-answered = Spørsmål besvart

## Hva tallene er fordelt på (overskriften til første kolonne)

stats-by-region = Region
stats-by-topic = Tema
stats-by-month = Måned
stats-by-scheme = Ordning
stats-by-platform = Plattform
stats-by-language = Språk

## Perioden

# $from og $to er måneder slik stats-month skriver dem.
stats-period = { $from }–{ $to }
stats-period-all = Alle måneder
stats-total = Totalt

## Nettsiden, diagrammene og kartet

stats-title = Aktivitet i Barentsregionen
stats-intro = Dette er hva folk gjør med Barentssekretariatets rådgivningsbot: ideer sjekket mot kriteriene for støtte, utkast sendt til rådgiverne, partnere som leter etter hverandre, og spørsmål som er stilt. Alle tall er anonyme, og et tall på 1 eller 2 vises som «færre enn 3».
stats-activity-means = Aktivitet: ideer sjekket, utkast sendt, partnerprofiler publisert, ønsker om kontakt og spørsmål stilt.
stats-region-means = Et prosjekt telles i søkerens region og i regionen til hver partner.
stats-heading-totals = I tall
stats-heading-map = Etter region
stats-heading-months = Etter måned
stats-heading-topics = Etter tema
stats-activity = Aktivitet
stats-map-title = Aktivitet etter region i Barentsregionen
stats-map-note = Et skjematisk kart: hvert fylke eller hver region er en rute omtrent der den ligger.
stats-map-legend = Aktivitet i perioden
stats-map-none = ingen
stats-elsewhere = Andre steder
stats-months-title = Aktivitet etter måned
stats-topics-title = Aktivitet etter tema
stats-json-link = Tallene som JSON
stats-other-languages = Andre språk
stats-nothing = Ingenting er talt i denne perioden ennå.

stats-not-found = Denne siden finnes ikke. Aktivitetssiden ligger på adressen uten sti.

## /stats i chatten

stats-chat-summary = Aktivitet i Barentsregionen ({ $period }): { $checks } ideer sjekket, { $drafts } utkast sendt til rådgiverne, { $profiles } partnerprofiler publisert og { $questions } spørsmål stilt.
stats-chat-page = Hele bildet, med kart: { $url }
stats-chat-nothing = Ingenting er talt ennå.

## Charts and map (more)

stats-regions-title = Aktivitet etter region
stats-schemes-title = Aktivitet etter ordning
stats-platforms-title = Aktivitet etter plattform
stats-languages-title = Aktivitet etter språk
