# Kommandolinjen for driften: `barents-bot drafts …` og `barents-bot questions …`. Den bruker
# rådgivernes språk ([advisers] language), eller språket `--lang` eller BARENTS_CLI_LANG angir.
# Linjer med kolonner skilt med tabulator beholder dem: ingen tekst her kan inneholde tabulator.

## Statusen til et søknadsutkast, slik statuskolonnen i `drafts list` og historikken viser den.
## `drafts list --status` godtar disse navnene på alle tre språk, og kodene submitted, claimed,
## follow-up og closed.

cli-status-submitted = innsendt
cli-status-claimed = tildelt
cli-status-follow-up = følges opp
cli-status-closed = avsluttet

## drafts list, claim, reply, close

# Et søknadsutkast som en rådgiverchat avviste for godt; $sinks: chattene, f.eks. «telegram, discord».
cli-list-not-posted = ikke lagt ut på { $sinks }
cli-drafts-none = Ingen søknadsutkast ennå.
cli-drafts-none-with-status = Ingen søknadsutkast har statusen «{ $status }».
cli-claimed = { $adviser } har tatt saken { $id }
cli-replied = { $id }: søkeren ser meldingen din i chatten sin
cli-closed = { $id } er avsluttet

## drafts audit: hva en rådgiver (eller en annen) gjorde

cli-audit-claim = tok saken
cli-audit-ask = skrev til søkeren
cli-audit-close = avsluttet
cli-audit-answer = svarte på et spørsmål
# En som ikke er rådgiver, prøvde å gjøre noe bare rådgivere kan.
cli-audit-refused = avvist, ikke rådgiver
# Søkeren slettet søknadsutkastet med /forget.
cli-audit-erased = slettet
cli-audit-none = Ingenting registrert ennå.

## questions feedback: overskriftene til de tre kolonnene

cli-feedback-article = artikkel
cli-feedback-helpful = til hjelp
cli-feedback-not-helpful = ikke til hjelp
cli-feedback-title = tittel
cli-feedback-none = Ingen artikler er vurdert ennå.

## questions try: hvordan boten leser et spørsmål

# $sure: hvor sikker boten må være for å svare, i prosent (cli-percent).
cli-try-answered = besvart (boten svarer når den er minst { $sure } sikker)
cli-try-unsure = usikker: boten tilbyr kontakt med en rådgiver (den svarer når den er minst { $sure } sikker)
# Et ord ressurssenteret ikke kjenner.
cli-try-unknown = ukjent
cli-percent = { $n } %

## Hva som gikk galt (på stderr)

cli-error-bad-id = «{ $id }» er ikke nummeret på et søknadsutkast (numrene ser slik ut: BS-2026-0007)
cli-error-no-draft = det finnes ikke noe søknadsutkast { $id }
cli-error-closed = søknadsutkastet { $id } er allerede avsluttet og kan ikke behandles videre
# $names: statusnavnene på dette språket; $codes: kodene, som også godtas.
cli-error-status = «{ $status }» er ikke en status. Bruk en av disse: { $names } (eller kodene { $codes })
cli-error-needs-store = dette krever datalageret
cli-error-csv-one = csv brukes bare sammen med --all; ett søknadsutkast eksporteres som md eller json
cli-error-all-format = med --all kan du eksportere som csv eller json
cli-error-id-or-all = oppgi nummeret på et søknadsutkast, eller --all
cli-error-console = en konsolløkt er ikke en kommando
cli-error-output = utdataene kunne ikke skrives: { $cause }
cli-questions-none = Ingen spørsmål er tatt vare på for rådgiverne.
cli-error-period = --from må være samme måned som --to eller tidligere
cli-error-map-svg = kartet kan bare lages som SVG – bruk --map alene eller sammen med --format svg
cli-web-started = Aktivitetssiden ligger på { $url } (stopp med Ctrl+C).
