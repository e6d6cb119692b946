## How English writes dates, lists and quotations. The bot formats every date, list, bullet
## and quotation through these messages (src/core/format.rs); numbers are grouped as 50,000.

# A date in a sentence: "1 March 2027". $day, $month (a month-N below), $year.
date-long = { $day } { $month } { $year }
# A date that comes back every year, in a sentence: "1 March". $day, $month.
date-yearly = { $day } { $month }
# A date in a summary, a list or a table. Also $dd and $mm: the day and month with two digits.
date-short = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# The last two items of a list in a sentence: "A and B".
list-pair = { $first } and { $second }
# The items before them: "A, B".
list-more = { $first }, { $second }
# The last two of options to choose between: "A or B".
list-or = { $first } or { $second }
# Parts that hold lists themselves: "topics culture and sport; in Troms".
list-series = { $first }; { $second }
# The values of one answer where one holds a comma or "and": "culture; competence and education".
list-items = { $first }; { $second }
# One line of a bulleted list.
list-bullet = • { $item }
# Words quoted in a sentence.
text-quote = “{ $text }”
text-quote-inner = ‘{ $text }’
# Two parts of one thing: a record's parts, an introduction and its contact.
text-pair = { $first } – { $second }

# A number with its unit, in summaries and exports.
unit-kroner = NOK { $value }
unit-worth = { $value } (worth { $worth })
unit-percent = { $value }%
unit-hours = { $value ->
    [one] { $value } hour
   *[other] { $value } hours
}
