# Messages the bot itself uses in every conversation: commands, input problems, summaries,
# verdicts. `barents-bot check` lists the variables each one receives.

## Answers and hints

answer-yes = Ja
    .inline = ja
answer-no = Nei
    .inline = nei
optional-hint = (Dette spørsmålet er valgfritt. Send /skip hvis du vil hoppe over det.)

## Why an answer was not accepted

invalid-too-short = Det ble litt kort: Skriv minst { $min ->
        [one] { $min } tegn
       *[other] { $min } tegn
    } (du skrev { $length }).
invalid-too-long = Det ble for langt: Skriv inntil { $max ->
        [one] { $max } tegn
       *[other] { $max } tegn
    } (du skrev { $length }).
invalid-email = Det ser ikke ut som en e-postadresse. Skriv den slik: navn@eksempel.no.
invalid-phone = Det ser ikke ut som et telefonnummer. Skriv det for eksempel slik: 912 34 567, eller med landskode: +46 70 123 45 67.
invalid-orgnr-format = Et norsk organisasjonsnummer har nøyaktig ni sifre, for eksempel 974 760 673.
invalid-orgnr-check = Dette organisasjonsnummeret er ikke gyldig: Det siste sifferet stemmer ikke. Sjekk nummeret i Enhetsregisteret hos Brønnøysundregistrene.
invalid-number = Svar med et helt tall, skrevet med sifre.
invalid-number-range = { $unit ->
    [kroner] Oppgi et beløp fra { $min } til { $max } kroner.
   *[other] Oppgi et tall fra { $min } til { $max }.
}
invalid-date = Jeg forsto ikke datoen. Skriv dag, måned og år, for eksempel { $example }.
invalid-date-too-early = { $past ->
        [yes] Den datoen er allerede passert. Skriv { $min } eller en senere dato.
       *[no] Den datoen er for tidlig. Skriv en dato fra og med { $min }.
    }
invalid-date-too-late = Den datoen er for langt fram i tid. Skriv en dato til og med { $max }.
invalid-choice = Velg ett av alternativene: Send et tall fra 1 til { $count }, eller trykk på en knapp.
invalid-multi-count = Velg mellom { $min } og { $max ->
        [one] { $max } alternativ
       *[other] { $max } alternativer
    }, og skill numrene med komma, for eksempel 1, 3.
invalid-multi = Velg ett eller flere av alternativene: Send numrene fra 1 til { $count }, skilt med komma, for eksempel 1, 3 – eller trykk på knappene.
invalid-yes-no = Svar ja eller nei.
input-empty = Jeg fikk ingen tekst. Skriv svaret ditt.
input-too-long = Meldingen er for lang for meg: Den har { $length ->
        [one] { $length } tegn
       *[other] { $length } tegn
    }, og jeg kan ta imot inntil { $max }. Kan du korte den ned?
input-control = Meldingen inneholder usynlige kontrolltegn som jeg ikke kan lagre. Skriv den på nytt som vanlig tekst.

## Three failed tries in a row

stuck-offer = Det ser ut til at dette spørsmålet er vanskelig å svare på. Hva vil du gjøre?
stuck-again = Prøv igjen
stuck-help = Vis hjelp
stuck-adviser = Kontakt en rådgiver
stuck-skip = Hopp over spørsmålet
stuck-menu = Tilbake til hovedmenyen

## Commands

button-stale = Den knappen hører til et tidligere spørsmål, så jeg har sett bort fra den. Svar på det siste spørsmålet.
back-nothing = Det finnes ikke noe tidligere spørsmål å gå tilbake til.
skip-not-optional = Med /skip kan du bare hoppe over valgfrie spørsmål.
restart-done = Da begynner vi på nytt fra første spørsmål. Nå stiller jeg alle spørsmålene, også dem du har svart på før, og de nye svarene erstatter de gamle.
cancel-done = Avbrutt. Svarene du har gitt så langt, blir tatt vare på til du begynner på nytt.
help-general =
    Du kan svare ved å skrive eller ved å sende nummeret på et alternativ.
    Kommandoer som alltid virker:
    /start – hovedmenyen
    /back – forrige spørsmål
    /skip – hopp over et valgfritt spørsmål
    /restart – begynn på nytt fra første spørsmål
    /cancel – avbryt og gå til hovedmenyen
    /language – bytt språk (English, norsk, русский)
    /advice – still et spørsmål med egne ord, eller bla i råd om kultur, partnere og støtte
    /partners – finn en partner over grensen, eller se profilen din
    /status – se hvordan det går med søknadsutkastene dine
    /stats – se i tall hva folk har gjort med denne boten
    /adviser – slik får du kontakt med et menneske
    /privacy – hva jeg lagrer om deg
    /mydata – se hva jeg har lagret om deg
    /forget – slett det jeg har lagret om deg
command-unknown = Jeg kjenner ikke kommandoen { $command }. Send /help for å se hvilke kommandoer jeg forstår.
start-unknown = Det finnes ingen samtale som heter «{ $name }». Her er hovedmenyen i stedet.
language-choose = Hvilket språk vil du bruke?
language-set = Fra nå av snakker jeg norsk (bokmål) med deg.
language-unknown = Jeg kjenner ikke språkkoden «{ $code }». Jeg kan snakke engelsk, norsk (bokmål) og russisk.
language-name-en = English
language-name-nb = Norsk (bokmål)
    .inline = norsk (bokmål)
language-name-ru = Русский
status-none = Du har ikke sendt noe søknadsutkast ennå.
adviser-contact =
    Rådgiverne i Barentssekretariatet i Kirkenes hjelper deg gratis med ideer, kriterier, partnere og søknader.
    Kontakt: { $contact }. Fortell kort hvem du er og hva du planlegger.
privacy-text =
    { $controller } er behandlingsansvarlig for opplysningene denne boten lagrer. Kontakt: { $contact }.
    Hva jeg lagrer, og hvor lenge:
    • svarene dine og språket ditt, så du kan ta pause og fortsette senere – slettes { $session_days ->
        [365] ett år
       *[other] { $session_days } dager
    } etter den siste meldingen din;
    • søknadsutkast du sender – leses av sekretariatets rådgivere og slettes { $draft_days ->
        [365] ett år
       *[other] { $draft_days } dager
    } etter at de har avsluttet saken;
    • en partnerprofil du publiserer – vises i partnersøket i { $profile_days ->
        [365] ett år
       *[other] { $profile_days } dager
    } hvis du ikke fornyer den, og slettes { $expired_profile_days } dager etter det; kontaktinformasjonen din går bare til dem du sier ja til;
    • en kontaktforespørsel du sender eller får – presentasjonen din, meldingen og hvordan du kan nås; lagres til en av dere bruker /forget (den andre ser presentasjonen og meldingen din med en gang, men får kontaktinformasjonen din først etter å ha sagt ja);
    • meldinger du sender til rådgiverne – legges ut i rådgiverchatten og lagres sammen med søknadsutkastet ditt hvis de gjelder det;
    • at du eller partneren din er i Russland, hvis det kom fram i svarene dine – bare for å kunne advare deg;
    • et spørsmål jeg ikke kunne svare på, hvis du lar meg ta vare på det for rådgiverne – lagres uten navnet ditt og slettes etter { $question_days ->
        [365] ett år
       *[other] { $question_days } dager
    };
    • om en artikkel var til hjelp – bare som et antall, aldri knyttet til deg, i { $feedback_days ->
        [365] ett år
        [730] to år
       *[other] { $feedback_days } dager
    };
    • det du gjør her, som anonyme tall til /stats og sekretariatets aktivitetsside – for eksempel at en ide er sjekket, et søknadsutkast sendt, en profil publisert, en kontaktforespørsel sendt eller et spørsmål stilt, med måned, region, land, tema, ordning, språk og plattform. Tallene er aldri knyttet til deg, og derfor blir de stående etter /forget.
    Rettighetene dine: Med /mydata ser du alt jeg har lagret om deg, og med /forget sletter du det. Du kan også be sekretariatet om innsyn, retting eller sletting, og klage til Datatilsynet.
forget-confirm = Vil du at jeg skal slette alt jeg har lagret om deg? Det kan ikke angres.
forget-done = Ferdig: Alt jeg hadde lagret om deg, er slettet – svarene dine, søknadsutkastene, partnerprofilen, kontaktforespørslene og spørsmålene jeg tok vare på for rådgiverne. Skriver du igjen, begynner vi på nytt.
forget-drafts = Rådgiverne har fått beskjed om hvilke søknadsutkast som er slettet, og er bedt om å slette eventuelle kopier de har laget.
forget-kept = Ingenting ble slettet.

## Summaries

summary-line = { $label }: { $value }
# A list under its label (the activities).
summary-list =
    { $label }:
    { $value }
summary-empty = –
summary-section = – { $title } –
export-total-costs = Totale kostnader
export-financing = { $balance ->
    [short] Finansieringsplanen dekker { $financed } av kostnadene på { $costs }, så det mangler { $gap }.
   *[over] Finansieringsplanen utgjør { $financed }, altså { $gap } mer enn kostnadene på { $costs }.
}
summary-financing = { $balance ->
    [short] Finansieringsplanen dekker { $financed } av kostnadene på { $costs }, så det mangler { $gap }. { $volunteer ->
        [yes] Endre det frivillige arbeidet, egenfinansieringen, partnerens medfinansiering eller beløpet du søker om, slik at de til sammen dekker alle kostnadene.
       *[no] Endre egenfinansieringen, partnerens medfinansiering eller beløpet du søker om, slik at de til sammen dekker alle kostnadene.
    } Du kan også sende søknadsutkastet som det er, og ta det opp med rådgiveren.
   *[over] Finansieringsplanen utgjør { $financed }, altså { $gap } mer enn kostnadene på { $costs }. { $volunteer ->
        [yes] Endre det frivillige arbeidet, egenfinansieringen, partnerens medfinansiering eller beløpet du søker om, slik at de til sammen svarer til kostnadene.
       *[no] Endre egenfinansieringen, partnerens medfinansiering eller beløpet du søker om, slik at de til sammen svarer til kostnadene.
    } Du kan også sende søknadsutkastet som det er, og ta det opp med rådgiveren.
}
export-share =
    { $share } % av { $base ->
        [norwegian] kostnadene på norsk side
       *[total] de totale kostnadene
    }
summary-confirm = Bekreft
summary-edit = Endre: { $field }

## Verdicts of the eligibility check

verdict-fits = Ut fra svarene dine oppfyller ideen din de publiserte kriteriene for ordningen. Dette er ikke et vedtak: En rådgiver kan gå gjennom vurderingen med deg, og sekretariatet avgjør om prosjektet får støtte, når det behandler selve søknaden.
verdict-does-not-fit = Ut fra svarene dine passer ideen din ikke inn i denne ordningen, fordi:
verdict-unclear = Ut fra svarene dine kan jeg ikke si sikkert om ideen din passer inn i denne ordningen. En rådgiver bør se på dette:
verdict-doubts-too = { $scheme_status ->
    [closed] I tillegg ville en rådgiver ha måttet se på dette:
   *[other] I tillegg bør en rådgiver se på dette:
}
verdict-closed =
    Du kan ikke søke om støtte fra denne ordningen nå. Etter reglene som gjaldt sist, { $outcome ->
        [fits] ville ideen din ha oppfylt de publiserte kriteriene.
        [unclear] ville ideen din ha trengt en vurdering fra en rådgiver:
       *[does-not-fit] ville ideen din ikke ha passet inn, fordi:
    }
verdict-none = Ingen støtteordning er åpen for søknader akkurat nå.
verdict-share =
    { $share ->
        [100] Ordningen kan dekke alle { $base ->
            [norwegian] kostnadene på norsk side
           *[total] kostnadene i prosjektet
        }.
       *[other] Ordningen dekker inntil { $share } % av { $base ->
            [norwegian] kostnadene på norsk side
           *[total] kostnadene i prosjektet
        }. Resten må dekkes av egenfinansiering, og eget arbeid teller med.
    }
verdict-next-apply = Neste steg: Du kan lage et søknadsutkast sammen med meg («Lag et søknadsutkast» i hovedmenyen). En rådgiver går gjennom søknadsutkastet, og selve søknaden sender du inn i sekretariatets søknadsportal. Kontakt: { $contact }
verdict-next-adviser = Neste steg: Snakk med en rådgiver før du søker – send /adviser, eller ta kontakt: { $contact }
verdict-next-closed = Ordningen som er åpen i dag: { $open }. En rådgiver kan fortelle deg om prosjektet ditt kan tilpasses den – send /adviser, eller ta kontakt: { $contact }
verdict-next-none-open = En rådgiver kan fortelle deg hva som er mulig – send /adviser, eller ta kontakt: { $contact }
fact-verdict-fits = oppfyller de publiserte kriteriene (ikke et vedtak)
fact-verdict-unclear = uklart – en rådgiver ser på det
fact-verdict-does-not-fit = passer ikke
fact-scheme-status-open = åpen for søknader
fact-scheme-status-closed = stengt for nye søknader
fact-share-base-total = kostnadene i prosjektet
fact-share-base-norwegian = kostnadene på norsk side
secretariat-name = Barentssekretariatet
contact-web = { $name }, { $web }
contact-email = e-post { $email }
contact-phone = telefon { $phone }

## Errors

content-error = Noe er galt med denne samtalen hos meg, så jeg har tatt deg tilbake til hovedmenyen. Beklager!
error-storage = Beklager, jeg fikk ikke lagret det akkurat nå. Send svaret ditt på nytt om litt.

## Knapper og gruppechatter

multi-done = Ferdig ✓
group-welcome = Hei! Jeg hjelper deg med å starte et grenseoverskridende prosjekt i Barentsregionen og søke om støtte fra Barentssekretariatet. Svarene dine forblir private: Jeg snakker med hver enkelt på tomannshånd. Velg hvor du vil begynne:
group-journey = Det tar vi i en privat chat, så ingen andre ser svarene dine:
group-help = Her i gruppen gir jeg bare korte svar. For å sjekke kriteriene og få råd kan du åpne en privat chat med meg – der ser ingen andre svarene dine.
group-private-only = Det gjør vi i en privat chat, slik at svarene dine forblir private.
group-open-private = Åpne en privat chat

## Kommandomenyen (korte beskrivelser)

command-start = Hovedmeny
command-help = Slik snakker du med meg
command-back = Forrige spørsmål
command-skip = Hopp over et valgfritt spørsmål
command-restart = Begynn på nytt fra første spørsmål
command-cancel = Avbryt og gå til hovedmenyen
command-language = Bytt språk
command-status = Søknadsutkastene mine
command-stats = Statistikk: aktivitet i Barentsregionen
command-advice = Still et spørsmål, få råd
command-adviser = Snakk med et menneske
command-privacy = Hva jeg lagrer om deg
command-mydata = Se hva som er lagret
command-forget = Slett det jeg har lagret om deg

## Discord

discord-dm-opened = Jeg har sendt deg en direktemelding – la oss fortsette der.
discord-dm-closed = Jeg fikk ikke sendt deg en direktemelding. Tillat direktemeldinger fra servermedlemmer (servermenyen → Personverninnstillinger) og prøv igjen.
discord-desc-barents = Råd om samarbeidsprosjekter i Barentsregionen og om støtte
discord-desc-start = Start en samtale med meg i direktemeldinger
discord-desc-help = Hva jeg kan hjelpe deg med
discord-desc-criteria = Sjekk om en prosjektidé oppfyller kriteriene for støtte
discord-desc-advice = Still et spørsmål om samarbeid og støtte
discord-desc-language = Velg språk
discord-desc-status = Søknadsutkastene mine
discord-desc-stats = Statistikk: aktivitet i Barentsregionen
discord-desc-privacy = Hva jeg lagrer om deg
discord-desc-partners = Finn en partner over grensen
discord-name-start = start
discord-name-help = hjelp
discord-name-criteria = kriterier
discord-name-advice = råd
discord-name-language = språk
discord-name-status = status
discord-name-stats = statistikk
discord-name-privacy = personvern
discord-name-partners = partnere
discord-option-journey = La feltet stå tomt for å se hovedmenyen
discord-option-question = Spørsmålet ditt, med egne ord
discord-option-language = English, norsk eller русский
discord-option-search = Hva du ser etter, for eksempel skole, utdanning, Luleå

## Søknader og søknadsutkast

progress = Del { $n } av { $total }: { $part }
progress-filled = { $last ->
    [1] Del 1 er allerede fylt ut med svarene du har gitt tidligere.
    [2] Del 1 og 2 er allerede fylt ut med svarene du har gitt tidligere.
   *[other] Del 1–{ $last } er allerede fylt ut med svarene du har gitt tidligere.
}
invalid-over-share = { $share ->
    [100] Etter reglene for ordningen kan du søke om støtte til alle { $base ->
        [norwegian] kostnadene på norsk side
       *[total] kostnadene du har oppgitt
    } ({ $total } kroner), men ikke mer enn det. Skriv et lavere beløp, eller gå tilbake med /back og se over budsjettet.
   *[other] Etter reglene for ordningen kan du søke om inntil { $share } % av { $base ->
        [norwegian] kostnadene på norsk side
       *[total] kostnadene du har oppgitt
    } ({ $total } kroner), altså inntil { $max } kroner. Skriv et lavere beløp, eller gå tilbake med /back og se over budsjettet.
}
help-share-limit = { $share ->
    [100] Etter reglene for ordningen kan du søke om støtte til alle { $base ->
        [norwegian] kostnadene på norsk side
       *[total] kostnadene du har oppgitt
    }. Ifølge budsjettet ditt utgjør de { $total } kroner, og det er det meste du kan søke om.
   *[other] Etter reglene for ordningen kan du søke om inntil { $share } % av { $base ->
        [norwegian] kostnadene på norsk side
       *[total] kostnadene du har oppgitt
    }. Ifølge budsjettet ditt utgjør de { $total } kroner, så du kan søke om inntil { $max } kroner.
}
invalid-over-total = Beløpet er høyere enn de totale kostnadene du har oppgitt ({ $total } kroner). Skriv et beløp på inntil { $total } kroner.
changed-reask = Etter endringen din må du se på dette svaret på nytt: { $reason }
track-adviser = En rådgiver kan fortelle deg hvordan søknaden blir behandlet og hvilken frist som gjelder: { $contact }
track-continuous = Søknader på inntil { $max } kroner behandles fortløpende, vanligvis i løpet av 4–6 uker. Send søknaden 4–6 uker før prosjektet starter.
track-board = Søknader på over { $max } kroner avgjøres av styret. Neste søknadsfrist er { $deadline }.
draft-submitted =
    Søknadsutkastet ditt ({ $id }) er sendt til en rådgiver for gjennomgang. Dette er ennå ikke selve søknaden. { $scheme_status ->
        [closed] Ordningen som søknadsutkastet ditt er laget for, tar ikke imot nye søknader nå, så rådgiveren går gjennom det med deg her og forteller deg hva som er mulig.
       *[open] Rådgiveren går gjennom søknadsutkastet med deg her, og etterpå sender du inn søknaden i sekretariatets søknadsportal ({ $portal }).
    }
    Send /status for å se hvordan det går med søknadsutkastet.
status-unfinished = { $sent ->
    [no] Du har ikke sendt noe søknadsutkast til en rådgiver ennå. Søknadsutkastet du har begynt på, er lagret. Velg { $item } i hovedmenyen, så fortsetter du der du slapp.
   *[yes] Søknadsutkastet du har begynt på, er lagret. Velg { $item } i hovedmenyen, så fortsetter du der du slapp.
}
status-header = Søknadsutkastene dine:
status-line = { $id }: { $status }
draft-status-submitted = sendt, venter på rådgiver
draft-status-claimed = en rådgiver går gjennom det nå
draft-status-follow-up = rådgiveren følger opp saken
draft-status-closed = rådgiveren har avsluttet gjennomgangen
notice-status = { $code ->
    [closed] En rådgiver har avsluttet gjennomgangen av søknadsutkastet ditt ({ $id }). Har du spørsmål, kan du sende /adviser.
    [submitted] Søknadsutkastet ditt ({ $id }) er sendt og venter på en rådgiver.
    [claimed] En rådgiver går nå gjennom søknadsutkastet ditt ({ $id }).
    [follow-up] Rådgiveren følger opp søknadsutkastet ditt ({ $id }).
   *[other] Ny status for søknadsutkastet ditt ({ $id }): { $status }.
}
notice-adviser-message =
    En rådgiver skriver om søknadsutkastet ditt ({ $id }):
    «{ $text }»
notice-adviser-answer =
    En rådgiver har svart på spørsmålet ditt:
    «{ $text }»
export-status = Status
export-submitted = Sendt til rådgiverne
export-applicant = Sendt av
export-erase = Søkeren har bedt om å få opplysningene sine slettet: Slett kopiene dere har laget, og avslutt deretter søknadsutkastet.
export-undelivered = Ikke lagt ut i rådgiverchatten
export-by-applicant = søkeren
export-by-command-line = en rådgiver, på kommandolinjen
export-history = Historikk

## Rådgiverchatten

adviser-new-draft = Nytt søknadsutkast { $id }
adviser-claim = Ta saken
adviser-close = Avslutt
adviser-claimed = { $name } har tatt saken
adviser-closed = Avsluttet av { $name }
adviser-answered = { $name } har svart. Svaret er sendt til den som spurte.
adviser-only = Bare sekretariatets rådgivere kan gjøre dette.
adviser-no-draft = Det finnes ikke noe søknadsutkast { $id }.
adviser-draft-closed = Søknadsutkastet { $id } er allerede avsluttet og kan ikke behandles videre.
adviser-write-answer = Skriv meldingen din til rådgiveren om søknadsutkastet her, så sender jeg den rett videre. Vil du vente? Trykk på «Senere», og send /adviser når du er klar.
adviser-write-question = Skriv spørsmålet ditt her, så går det til rådgiverne. De svarer deg i denne chatten. Vil du vente? Trykk på «Senere».
help-writing-adviser = Den neste meldingen du sender, går til rådgiverne i sekretariatet akkurat slik du skriver den, og de svarer deg i denne chatten. Trykk på «Senere» hvis du ikke vil skrive nå.
write-later = Senere
adviser-not-sent-number = Jeg har ikke sendt det tallet til rådgiverne. Skriv meldingen med ord, eller trykk på «{ write-later }» hvis du ikke vil skrive nå.
adviser-not-sent-greeting = Hei! En hilsen alene sender jeg ikke til rådgiverne. Skriv meldingen din til dem her, eller trykk på «{ write-later }» hvis du ikke vil skrive nå.
adviser-sent = Takk – meldingen din er sendt.
adviser-message = Melding fra { $from } om { $id }:
adviser-question = Spørsmål fra { $from }:
adviser-undeliverable = Søknadsutkastet { $id } kunne ikke legges ut her. Feilmelding: «{ $reason }». Les det på serveren med `barents-bot drafts show { $id }`.
adviser-undeliverable-message = En melding til rådgiverne fra { $from } kunne ikke legges ut her. Feilmelding: «{ $reason }».
adviser-draft-in-file = Hele søknadsutkastet står i vedlegget { $id }.md.
adviser-ask = Spør søkeren
adviser-answer = Svar
adviser-answer-label = Svaret ditt
adviser-ask-prompt = Svar på denne meldingen med spørsmålet ditt til søkeren bak { $id }.
adviser-asked = Spørsmålet ditt om { $id } er sendt til søkeren.
adviser-ask-title = Spørsmål til søkeren bak { $id }
adviser-ask-label = Spørsmålet ditt til søkeren
adviser-ask-empty = Spørsmålet var tomt, så ingenting ble sendt.
adviser-asked-by = { $name } har spurt søkeren bak { $id }:
adviser-failed = Det kunne ikke lagres akkurat nå. Prøv igjen om litt.

## Ressurssenteret (tekstene i artiklene: knowledge.ftl)
kb-all-topics = Alle temaer
kb-leave = Tilbake dit jeg var
kb-helpful = Var dette til hjelp?
kb-helpful-yes = Ja, det hjalp
kb-helpful-no = Nei, egentlig ikke
kb-thanks = Takk – det hjelper meg å bli bedre.
kb-thanks-sorry = Takk for at du sier fra. Prøv å spørre med egne ord, eller send /adviser for å spørre et menneske.
kb-answers = Dette fant jeg:
kb-unsure = Jeg er ikke sikker på at jeg har forstått spørsmålet ditt. Kanskje dette hjelper – ellers kan du sende det til en rådgiver, som svarer deg her.
kb-nothing = Jeg fant ikke noe om det. Du kan sende spørsmålet til en rådgiver, som svarer deg her, eller se gjennom temaene.
kb-hit = { $title } ({ $level ->
    [high] godt treff
    [medium] trolig relevant
   *[low] kanskje relevant
  })
kb-ask-adviser = Send spørsmålet mitt til en rådgiver
kb-read-more = Les mer i en privat chat
kb-public-unsure = Jeg er ikke sikker på at jeg forsto det. Spør meg i en privat chat, så ser vi på det sammen eller sender det videre til en rådgiver.

## Limits against abuse
limit-drafts = Du har allerede sendt { $max ->
        [one] ett søknadsutkast
       *[other] { $max } søknadsutkast
    }, og flere kan jeg ikke ta imot. Svarene dine er tatt vare på: Send /adviser for å snakke med en rådgiver om dette.
limit-items = Det er ikke plass til flere enn { $max } på denne listen. Har du mer å legge til, kan du gjerne fortelle en rådgiver om det. Nå går vi videre til neste spørsmål.
limit-draft-length = Søknadsutkastet ditt er for langt til at jeg kan sende det til rådgiverne: Det har { $length } tegn, men kan ha inntil { $max }. Velg i oppsummeringen nedenfor hvilke svar du vil korte ned.
limit-adviser = Du har sendt rådgiverne { $max ->
        [one] én melding
       *[other] { $max } meldinger
    } det siste døgnet, og det er så mange jeg kan sende videre på én dag. Prøv igjen i morgen – rådgiverne svarer på det du allerede har sendt.
limit-rate = Du sender meldinger raskere enn jeg klarer å ta imot dem. Vent et minutt, og send så den siste meldingen på nytt.
verdict-scheme =
    Ordning: { $title } – { $status ->
        [open] åpen for søknader.
        [closed] stengt for nye søknader siden { $since }.
       *[closed-undated] stengt for nye søknader.
    }
fact-verdict-closed = ordningen er stengt for nye søknader
track-closed = Ordningen som dette søknadsutkastet er laget for, er stengt for nye søknader, så det gjelder ingen frist. En rådgiver kan fortelle deg hva som er mulig: { $contact }

## Reading free text (issue 18): questions inside a form, wishes, answers in words.
understand-which = Mener du { $options }? Velg ett av dem.
understand-no-help = Jeg har ikke mer å forklare om dette spørsmålet. Svar så godt du kan, eller send /adviser for å kontakte en rådgiver.
understand-answer = { $sure ->
    [yes] Om «{ $title }»:
   *[no] Dette fra «{ $title }» svarer kanskje på spørsmålet ditt:
  }
  { $answer }
  Les mer under «Råd» (/advice).
understand-no-answer = Det kan jeg ikke svare på her, men en rådgiver kan hjelpe deg: { $contact }
understand-back = Da går vi tilbake til spørsmålet:
understand-held = Hvis det var svaret ditt og ikke et spørsmål, trykker du på «Bruk det som svar». Hvis ikke, går vi tilbake til spørsmålet:
understand-use-answer = Bruk det som svar
understand-greeting = Hei! Vi fortsetter der vi slapp.
understand-thanks = Bare hyggelig!
understand-stop-menu = Greit. Skriv til meg igjen når du trenger hjelp.
understand-already-here = Det er det vi holder på med nå. Vi fortsetter:
understand-leave-stop = Vil du stoppe her? Svarene du har gitt så langt, blir tatt vare på. Med /forget sletter du dem.
understand-leave-journey = Vil du gå til «{ $journey }» nå? Svarene du har gitt så langt, blir tatt vare på, og etterpå kommer vi tilbake til dette spørsmålet.
understand-stopped = Da stopper vi her. Svarene du har gitt så langt, er lagret.
resume-unfinished = Du har allerede begynt på et søknadsutkast. Svarene dine er tatt vare på, så vi fortsetter der du slapp. Vil du begynne på nytt fra første spørsmål, sender du /restart.
understand-confirm = Jeg har forstått svaret ditt slik: { $value }. Stemmer det?
safety-if-in-russia = Er du i Russland, bør du lese sikkerhetsrådene (/advice sikkerhet) før du skriver. Selv det å skrive til sekretariatet kan være en risiko.
safety-reminder = Husk sikkerhetsrådene før du kontakter en rådgiver: /advice sikkerhet
safety-russia = { $context ->
        [intro] Før du sender forespørselen: I 2024 erklærte Russland Barentssekretariatet som en «uønsket» organisasjon. For folk i Russland kan det være straffbart etter russisk lov å bli kjent som partner i sekretariatets prosjekter. Skriv bare det både du og de du nevner, synes er greit. Les mer: /advice sikkerhet
        [adviser] Før du skriver til en rådgiver: I 2024 erklærte Russland Barentssekretariatet som en «uønsket» organisasjon. For folk i Russland kan selv det å skrive til rådgiverne regnes som å delta i sekretariatets virksomhet, og det kan være straffbart etter russisk lov. Skriv bare det du synes er greit, og ikke nevn folk i Russland uten at de har sagt ja til det. Les mer: /advice sikkerhet
        [advice] Husk: I 2024 erklærte Russland Barentssekretariatet som en «uønsket» organisasjon. For folk i Russland kan det være straffbart etter russisk lov å delta i sekretariatets virksomhet – for eksempel å bli oppgitt som partner, skrive til rådgiverne eller være med i et prosjekt. Les mer: /advice sikkerhet
        [profile] Før du publiserer noe om organisasjonen din: I 2024 erklærte Russland Barentssekretariatet som en «uønsket» organisasjon. For en organisasjon i Russland kan det være straffbart etter russisk lov å delta i sekretariatets virksomhet, og også det å være kjent som partner kan regnes som deltakelse. Det er en risiko både for organisasjonen og for de ansatte. Publiser bare det du synes er greit, og ikke skriv navn på personer. Les mer: /advice sikkerhet
       *[form] Før du oppgir navn: I 2024 erklærte Russland Barentssekretariatet som en «uønsket» organisasjon. For folk i Russland kan det være straffbart etter russisk lov å delta i sekretariatets virksomhet – for eksempel å bli oppgitt som partner, skrive til rådgiverne eller være med i et prosjekt. Oppgi bare det både du og de du nevner i Russland, synes er greit. I et søknadsutkast kan du utelate navnet på partneren og heller gi det til en rådgiver senere. Les mer: /advice sikkerhet
    }
mydata-summary = Dette har jeg lagret om deg:
mydata-language = Språk: { $language }
mydata-journey =
    En påbegynt samtale: «{ $journey }», { $count ->
        [one] ett svar
       *[other] { $count } svar
    } så langt
mydata-draft = Søknadsutkast { $id } (sendt { $date }). Status: { $status }
mydata-profile = Partnerprofilen din «{ $name }», synlig til { $until }
mydata-intros = Kontaktforespørsler du har sendt eller fått: { $count }
mydata-questions = Spørsmål du har latt meg ta vare på for rådgiverne, uten navnet ditt: { $count }
mydata-russia =
    { $how ->
        [mentioned] At du har nevnt Russland eller et sted der, så jeg kan advare deg før jeg spør om noe som kan identifisere noen
        [contacted] At du har bedt om kontakt med en organisasjon i Russland, så jeg kan advare deg før jeg spør om noe som kan identifisere noen
       *[said] At du eller partneren din er i Russland, så jeg kan advare deg før jeg spør om noe som kan identifisere noen
    }
mydata-file = Her er alt sammen i en JSON-fil, et maskinlesbart format med feltnavn på engelsk. Med /forget sletter du det.
adviser-erased = Søkeren bak { $id } har brukt /forget, og boten har slettet søknadsutkastet og alt søkeren skrev. Slett eventuelle kopier dere har laget (eksporterte filer, notater, innlegg i denne chatten).
kb-keep = Ta vare på spørsmålet for rådgiverne, uten navnet mitt
kb-keep-offer =
    Hvis du vil, tar jeg vare på spørsmålet ditt for rådgiverne, så de kan gjøre svarene mine bedre. De ser ikke hvem som spurte, og jeg fjerner først adresser, telefonnumre, e-postadresser og de navnene jeg kjenner igjen – la derfor helst være å skrive navn. Spørsmålet slettes etter { $months ->
        [12] ett år
        [one] én måned
       *[other] { $months } måneder
    }. Jeg lagrer ingenting uten at du ber om det.
kb-kept =
    Takk! Slik har jeg tatt vare på spørsmålet ditt for rådgiverne, uten navnet ditt:
    { $text }
kb-sent =
    Takk! Jeg har sendt spørsmålet ditt til rådgiverne og fjernet eventuell kontaktinformasjon:
    { $text }
    En rådgiver svarer deg her.
kb-after = { $found ->
        [yes] Du kan åpne artiklene jeg fant, spørre om noe annet eller se gjennom temaene.
       *[no] Du kan spørre om noe annet eller se gjennom temaene.
    }
kb-read-also = Les også: { $title }
kb-more = Vil du lese mer?
kb-hello = Hei!
kb-say-more = Fortell gjerne litt mer om hva du lurer på.
anonymised-email = [e-postadresse]
anonymised-web = [nettadresse]
anonymised-handle = [brukernavn]
anonymised-name = [navn]
anonymised-address = [adresse]
anonymised-number = [nummer]
