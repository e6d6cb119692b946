# Aktivitetsbildet: `barents-bot stats`, nettsiden om aktiviteten, diagrammene og kartet, og
# /stats i chatten. Alle tall er anonyme; et tall på 1 eller 2 vises aldri som tall ($n er 3:
# «færre enn 3»).

stats-fewer = færre enn { $n }
# Raden for det som ikke hører til noen verdi i tabellen (et spørsmål har ingen region).
stats-key-none = { $by ->
    [region] Uten region
    [topic] Uten tema
    [scheme] Uten ordning
   *[other] Ukjent
}
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
} { $year }
stats-platform-console = Terminal
stats-platform-telegram = Telegram
stats-platform-discord = Discord

## Hva som telles (kolonneoverskrifter)

stats-measure-checks-started = Kriteriesjekker påbegynt
stats-measure-checks = Ideer sjekket
stats-measure-fits = Passer til en åpen ordning
stats-measure-drafts = Søknadsutkast sendt
stats-measure-drafts-claimed = Søknadsutkast tildelt
stats-measure-drafts-closed = Søknadsutkast avsluttet
stats-measure-profiles = Partnerprofiler publisert
stats-measure-introductions = Kontaktforespørsler
stats-measure-introductions-accepted = Forespørsler godtatt
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
stats-period = { $from } – { $to }
stats-period-all = Hele perioden
stats-total = I alt

## Nettsiden, diagrammene og kartet

stats-title = Aktivitet i Barentsregionen
stats-intro = Her ser du hvordan Barentssekretariatets rådgivningsbot blir brukt: ideer som er sjekket mot kriteriene for støtte, søknadsutkast som er sendt til rådgiverne, partnere som leter etter hverandre, og spørsmål som er stilt. Alle tallene er anonyme. Tall på 1 eller 2 vises som «færre enn 3».
stats-activity-means = Aktivitet er summen av ideer sjekket, søknadsutkast sendt, partnerprofiler publisert, kontaktforespørsler og spørsmål stilt.
stats-region-means = Et prosjekt telles i søkerens region og i regionen til hver partner, så tallene for regionene til sammen kan bli høyere enn tallet i alt.
stats-topic-means = Et prosjekt kan ha flere temaer, så tallene for temaene til sammen kan bli høyere enn tallet i alt.
stats-heading-totals = Nøkkeltall
stats-heading-map = Etter region
stats-heading-months = Etter måned
stats-heading-topics = Etter tema
stats-activity = Aktivitet
stats-map-title = Aktivitet etter region
stats-map-note = Kartet er skjematisk: Hvert fylke og hver region er vist som en rute omtrent der den ligger.
stats-map-legend = Aktivitet i perioden
stats-map-none = ingen
stats-elsewhere = Utenfor disse regionene
stats-months-title = Aktivitet etter måned
stats-topics-title = Aktivitet etter tema
stats-json-link = Tallene som JSON
stats-other-languages = Andre språk
stats-nothing = Det er ikke registrert noen aktivitet i denne perioden.
stats-not-found = Denne siden finnes ikke. Aktivitetssiden finner du på { $url }

## /stats i chatten

stats-chat-summary = Dette har folk gjort med denne boten så langt:
    • ideer sjekket: { $checks }
    • søknadsutkast sendt til rådgiverne: { $drafts }
    • partnerprofiler publisert: { $profiles }
    • spørsmål stilt: { $questions }
stats-chat-page = Flere tall og et kart finner du på aktivitetssiden: { $url }
stats-chat-nothing = Det er ikke registrert noen aktivitet ennå.

## Diagrammer og kart (flere)

stats-regions-title = Aktivitet etter region
stats-schemes-title = Aktivitet etter ordning
stats-platforms-title = Aktivitet etter plattform
stats-languages-title = Aktivitet etter språk
