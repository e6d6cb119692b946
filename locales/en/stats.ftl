# The activity picture: `barents-bot stats`, the activity web page, its charts and map, and
# the chat's /stats. Every count here is anonymous; a count of 1 or 2 is never shown as a
# number ($n is 3: "fewer than 3").

stats-fewer = fewer than { $n }
# The row of the events that say nothing of what the table is by (a question has no region).
stats-key-none = { $by ->
    [region] No region
    [topic] No topic
    [scheme] No scheme
   *[other] Not given
}
# A month of a year on an axis or in a table: $month is 1–12, $year e.g. 2026.
stats-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
stats-platform-console = Terminal
stats-platform-telegram = Telegram
stats-platform-discord = Discord

## What is counted (column headings)

stats-measure-checks-started = Checks started
stats-measure-checks = Ideas checked
stats-measure-fits = Fit an open scheme
stats-measure-drafts = Drafts sent
stats-measure-drafts-claimed = Drafts taken up
stats-measure-drafts-closed = Drafts closed
stats-measure-profiles = Partner profiles published
stats-measure-introductions = Requests to get in touch
stats-measure-introductions-accepted = Requests accepted
stats-measure-questions = Questions asked
stats-measure-answered = Questions answered

## What the counts are by (the first column's heading)

stats-by-region = Region
stats-by-topic = Topic
stats-by-month = Month
stats-by-scheme = Scheme
stats-by-platform = Platform
stats-by-language = Language

## The period

# $from and $to are months as stats-month writes them.
stats-period = { $from } – { $to }
stats-period-all = The whole period
stats-total = Total

## The page, the charts and the map

stats-title = Activity in the Barents region
stats-intro = How people use the Barents Secretariat’s advice bot: ideas checked against the funding criteria, draft applications sent to the advisers, partners looking for each other and questions asked. Every count is anonymous, and a count of 1 or 2 is shown as “fewer than 3”.
stats-activity-means = Activity is the sum of ideas checked, draft applications sent, partner profiles published, requests to get in touch and questions asked.
stats-region-means = A project counts in the applicant’s region and in each partner’s region, so the regions can add up to more than the total.
stats-topic-means = A project can have several topics, so the topics can add up to more than the total.
stats-heading-totals = In numbers
stats-heading-map = By region
stats-heading-months = By month
stats-heading-topics = By topic
stats-activity = Activity
stats-map-title = Activity by region
stats-map-note = The map is schematic: each county or region is a tile placed roughly where it lies.
stats-map-legend = Activity in the period
stats-map-none = none
stats-elsewhere = Outside these regions
stats-months-title = Activity by month
stats-topics-title = Activity by topic
stats-json-link = The numbers as JSON
stats-other-languages = Other languages
stats-nothing = No activity has been recorded in this period.
stats-not-found = There is no such page. The activity page is at { $url }

## /stats in a chat

stats-chat-summary = What people have done with this bot so far:
    • ideas checked: { $checks }
    • draft applications sent to the advisers: { $drafts }
    • partner profiles published: { $profiles }
    • questions asked: { $questions }
stats-chat-page = More figures and a map are on the activity page: { $url }
stats-chat-nothing = No activity has been recorded yet.

## Charts and map (more)

stats-regions-title = Activity by region
stats-schemes-title = Activity by scheme
stats-platforms-title = Activity by platform
stats-languages-title = Activity by language
