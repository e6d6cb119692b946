# The operator's command line: `barents-bot drafts …` and `barents-bot questions …`. It speaks
# the advisers' language ([advisers] language), or the one `--lang` or BARENTS_CLI_LANG names.
# Lines with tab-separated columns keep them: no text here may contain a tab.

## The status of a draft, as the status column of `drafts list` and a draft's history name it.
## `drafts list --status` accepts these names in every language, as well as the codes
## submitted, claimed, follow-up and closed.

cli-status-submitted = submitted
cli-status-claimed = claimed
cli-status-follow-up = follow-up
cli-status-closed = closed

## drafts list, claim, reply, close

# A draft an advisers' chat refused for good; $sinks: the chats, e.g. "telegram, discord".
cli-list-not-posted = not posted to { $sinks }
cli-drafts-none = No drafts yet.
cli-drafts-none-with-status = No drafts with the status “{ $status }”.
cli-claimed = { $id } claimed by { $adviser }
cli-replied = { $id }: the applicant will see your message in their chat
cli-closed = { $id } closed

## drafts audit: what an adviser (or someone else) did

cli-audit-claim = claim
cli-audit-ask = ask
cli-audit-close = close
cli-audit-answer = answer
# Someone who is not an adviser tried an adviser's action.
cli-audit-refused = refused
# The applicant erased their draft with /forget.
cli-audit-erased = erased
cli-audit-none = Nothing recorded yet.

## questions feedback: the header of its three columns

cli-feedback-article = article
cli-feedback-helpful = helpful
cli-feedback-not-helpful = not helpful
cli-feedback-title = title
cli-feedback-none = No article has been rated yet.

## questions try: how the bot reads a question

# $sure: the confidence an answer needs, as a percentage (cli-percent).
cli-try-answered = answered (answers need { $sure })
cli-try-unsure = unsure: the bot offers an adviser (answers need { $sure })
# A word the resource centre does not know.
cli-try-unknown = unknown
cli-percent = { $n }%

## What went wrong (on stderr)

cli-error-bad-id = “{ $id }” is not a draft id (they look like BS-2026-0007)
cli-error-no-draft = there is no draft { $id }
cli-error-closed = draft { $id } is already closed; nothing more can be done with it
# $names: the status names in this language; $codes: the codes, accepted as well.
cli-error-status = “{ $status }” is not a status: use one of { $names }
cli-error-needs-store = this needs the store
cli-error-csv-one = csv is for --all; one draft exports as md or json
cli-error-all-format = --all exports as csv or json
cli-error-id-or-all = give a draft id, or --all
cli-error-console = a console session is not a command
cli-error-output = writing the output failed: { $cause }
cli-questions-none = No questions are kept for the advisers.
cli-error-period = --from must be the same month as --to or an earlier one
cli-error-map-svg = the map is only made as SVG: use --map alone or with --format svg
cli-web-started = The activity page is at { $url } (stop with Ctrl+C).
