## Hvordan bokmål skriver datoer, lister og sitater. Boten formaterer alle datoer, lister,
## punktlister og sitater med disse meldingene (src/core/format.rs); tall skrives 50 000.

# En dato i en setning: «1. mars 2027». $day, $month (en month-N nedenfor), $year.
date-long = { $day }. { $month } { $year }
# En dato som kommer igjen hvert år, i en setning: «1. mars». $day, $month.
date-yearly = { $day }. { $month }
# En dato i et sammendrag, en liste eller en tabell. Også $dd og $mm: dag og måned med to sifre.
date-short = { $dd }.{ $mm }.{ $year }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
# De to siste leddene i en liste i en setning: «A og B».
list-pair = { $first } og { $second }
# Leddene foran dem: «A, B».
list-more = { $first }, { $second }
# De to siste av alternativer å velge mellom: «A eller B».
list-or = { $first } eller { $second }
# Ledd som selv inneholder lister: «temaene kultur og idrett; i Troms».
list-series = { $first }; { $second }
# Verdiene i ett svar når ett av dem har komma eller «og»: «kultur; kompetanse og utdanning».
list-items = { $first }; { $second }
# Én linje i en punktliste.
list-bullet = • { $item }
# Ord som siteres i en setning.
text-quote = «{ $text }»
text-quote-inner = ‹{ $text }›
# To deler av én ting: delene av en oppføring, en introduksjon og kontakten.
text-pair = { $first } – { $second }

# Et tall med enheten sin, i oppsummeringer og eksporter.
unit-kroner = { $value ->
    [one] { $value } krone
   *[other] { $value } kroner
}
unit-worth = { $value } (verdt { $worth })
unit-percent = { $value } %
unit-hours = { $value ->
    [one] { $value } time
   *[other] { $value } timer
}
