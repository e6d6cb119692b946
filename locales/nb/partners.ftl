## Partnersøket: finn en partner over grensen, og kontakt med samtykke fra begge sider

partner-title = Finn en partner over grensen
command-partners = Finn en partner, eller se profilen din

partner-home =
    Her finner du organisasjoner på den andre siden av grensen som ser etter partnere, for eksempel skoler, kommuner, lag og foreninger, kulturinstitusjoner og bedrifter. { $count ->
        [0] { $mine ->
            [paused] Akkurat nå er ingen profiler synlige i søket: Profilen din er satt på pause, og ingen andre har publisert en profil ennå.
            [expired] Akkurat nå er ingen profiler synlige i søket: Profilen din har gått ut, og ingen andre har publisert en profil ennå.
           *[none] Foreløpig er ingen profiler publisert. Lag gjerne den første.
        }
        [one] { $mine ->
            [shown] Foreløpig er bare profilen din publisert.
           *[other] Det er publisert én profil.
        }
       *[other] Det er publisert { $count } profiler.
    }
    Skriv hva du ser etter, for eksempel «skole, utdanning, Luleå» eller «idrettslag Lappland», eller velg nedenfor. Kontaktinformasjon vises ikke i søket: Du ber om kontakt, og bare hvis den andre sier ja, setter jeg dere i forbindelse – med kontaktinformasjonen hver av dere har valgt å dele, eller gjennom meg.
partner-browse-all = Vis alle profilene
partner-mine = Profilen min
partner-create = Lag en profil for organisasjonen min
partner-intros = Kontaktforespørslene mine
partner-more = Flere treff
partner-new-search = Nytt søk
partner-back-results = Tilbake til treffene
partner-home-back = Tilbake til partnersøket
partner-cancel = Avbryt
partner-ask = Be om kontakt

partner-results = { $count ->
        [one] Jeg fant ett treff på «{ $query }»:
       *[other] Jeg fant { $count } treff på «{ $query }»:
    }
partner-no-results = { $mine ->
        [none] Ingen profiler passer til «{ $query }» ennå. Prøv med andre ord eller se alle profilene – eller lag din egen profil, så andre kan finne deg.
        [paused] Ingen profiler passer til «{ $query }» ennå. Prøv med andre ord eller se alle profilene. Profilen din er satt på pause: Publiser den igjen under «Profilen min», så andre kan finne deg.
        [expired] Ingen profiler passer til «{ $query }» ennå. Prøv med andre ord eller se alle profilene. Profilen din har gått ut: Forny den under «Profilen min», så andre kan finne deg.
       *[shown] Ingen profiler passer til «{ $query }» ennå. Prøv med andre ord eller se alle profilene.
    }
partner-results-all = Profiler i partnersøket ({ $count }):
partner-results-all-none = { $mine ->
        [shown] Ingen andre profiler er publisert ennå. Din egen er publisert, så andre kan finne deg.
        [paused] Ingen andre profiler er publisert ennå. Din egen er satt på pause: Publiser den igjen under «Profilen min», så andre kan finne deg.
        [expired] Ingen andre profiler er publisert ennå. Din egen har gått ut: Forny den under «Profilen min», så andre kan finne deg.
       *[none] Ingen andre profiler er publisert ennå. Lag din egen profil, så andre kan finne deg.
    }
partner-headline = { $name } – { $kind }, { $place ->
    [country] { $country }
   *[region] { $region } ({ $country })
}
partner-why = Passer fordi organisasjonen { $reasons }.
partner-why-topics = { $count ->
        [one] jobber med temaet { $topics }
       *[other] jobber med temaene { $topics }
    }
partner-why-across = holder til i { $place } på den andre siden av grensen
partner-why-region = holder til i { $place }
partner-why-kind-same = er samme type organisasjon som din
partner-why-kind = er den typen organisasjon du søkte etter
partner-why-languages = bruker { $languages } som arbeidsspråk
partner-why-words = { $count ->
        [one] nevner ordet { $words }
       *[other] nevner ordene { $words }
    }
partner-listing =
    Temaer: { $topics }
    Arbeidsspråk: { $languages }
    Om oss: { $description }
    Ser etter: { $looking }
partner-listing-contact = Kontaktinformasjon deles bare hvis begge sider sier ja.
partner-gone = Denne profilen er ikke tilgjengelig lenger. Den kan være satt på pause eller slettet.

partner-ask-who = Før jeg spør { $name }: Hvem er du? Skriv navnet ditt og navnet på organisasjonen din, slik du vil at { $name } skal se det.
partner-ask-contact = Hvordan kan { $name } nå deg hvis svaret blir ja? Skriv en e-postadresse, et telefonnummer eller et brukernavn i en meldingsapp – eller velg å holde kontakten bare gjennom meg. Dette blir bare vist hvis { $name } sier ja.
partner-contact-bot = Bare gjennom denne boten
partner-contact-invalid = Det ser ikke ut som en e-postadresse, et telefonnummer eller et brukernavn. Skriv for eksempel kari@eksempel.no, +47 912 34 567 eller @kari – eller velg «{ partner-contact-bot }».
partner-ask-message = Skriv en kort melding til { $name }: Hva ser du for deg at dere kan gjøre sammen, og hvorfor vil du samarbeide med akkurat denne organisasjonen? Meldingen blir vist sammen med forespørselen din.
partner-too-long = Det ble for langt: Skriv inntil { $max } tegn.
partner-asked = Nå har jeg spurt { $name } og sendt med meldingen din. Du får svaret her, enten det blir ja eller nei. Har jeg ikke fått svar innen { $days ->
        [one] ett døgn
       *[other] { $days } dager
    }, sier jeg fra.
partner-already-asked = Du har allerede spurt { $name }, men har ikke fått svar ennå.
partner-limit = Du har allerede { $max ->
        [one] én forespørsel
       *[other] { $max } forespørsler
    } som venter på svar. Vent til du har fått svar før du spør { $name }.
partner-cannot-ask = Du kan ikke be om kontakt med { $name }.

partner-mine-details =
    Kontakt (vises bare for dem du sier ja til): { $contact }
    Status: { $status }. { $standing ->
        [expired] Profilen gikk ut { $date }.
       *[other] Profilen utløper { $date }.
    }
partner-status-paused = satt på pause – ingen kan finne den
partner-status-expired = gått ut – ingen kan finne den før du fornyer den
partner-status-shown = publisert
partner-none = Du har ingen profil ennå.
partner-edit = Endre profilen min
partner-pause = Sett på pause (skjul den inntil videre)
partner-resume = Publiser den igjen
partner-renew = Behold den ett år til
partner-delete = Slett profilen min
partner-delete-confirm = Vil du slette profilen din? Da kan ingen finne den lenger, og det kan ikke angres.
partner-paused = Profilen din er satt på pause: Ingen kan finne den før du publiserer den igjen.
partner-resumed = Profilen din er publisert igjen.
partner-renewed = Profilen din gjelder nå til { $date }.
partner-deleted = Profilen din er slettet.

partner-intros-header = Kontaktforespørslene dine:
partner-intros-none = Du har ingen kontaktforespørsler akkurat nå.
partner-intro-asked-open = Du har spurt { $name } og venter på svar.
partner-intro-asked-accepted = Du og { $name } har sagt ja til kontakt.
partner-intro-asked-declined = { $name } takket nei.
partner-intro-asked-expired = { $name } svarte ikke i tide.
partner-intro-asked-me-open = { $name } har sendt deg en forespørsel som venter på svaret ditt.
partner-intro-asked-me-accepted = Du sa ja til { $name }.
partner-intro-asked-me-declined = Du takket nei til { $name }.
partner-intro-asked-me-expired = Du svarte ikke i tide på forespørselen fra { $name }.
partner-intro-answer = Svar { $name }
partner-intro-write = Skriv til { $name }

partner-intro-decide =
    Du har fått en kontaktforespørsel fra { $name }: «{ $message }»
    { $through ->
        [bot] Sier du ja, skriver dere til hverandre her, gjennom meg – ingen av dere får den andres kontaktinformasjon.
        [yours] Sier du ja, får { $name } kontaktinformasjonen din. De har selv valgt å holde kontakten bare gjennom meg, så du skriver til dem her.
        [theirs] Sier du ja, får du kontaktinformasjonen til { $name }. Din egen blir ikke delt, slik du har valgt, men de kan skrive til deg her, gjennom meg.
       *[contact] Sier du ja, får dere hverandres kontaktinformasjon.
    } Sier du nei, sender jeg et høflig nei. Blokkerer du, kan de ikke spørre deg igjen.
partner-intro-accept = Si ja
partner-intro-decline = Nei takk
partner-intro-block = Nei takk, og blokker
partner-intro-later = Svar senere
partner-intro-later-done = Greit. Du kan svare senere under «Finn en partner over grensen» → «Kontaktforespørslene mine» (/partners).
partner-intro-gone = Denne forespørselen er allerede besvart, eller fristen for å svare har gått ut.
partner-accepted = { $through ->
        [bot] Takk! Jeg har sendt svaret ditt til { $name }. Kontaktinformasjonen din blir ikke delt – dere skriver til hverandre her, gjennom meg.
        [theirs] Takk! Jeg har sendt svaret ditt til { $name }. Du får kontaktinformasjonen deres, men din egen blir ikke delt: De kan skrive til deg her, gjennom meg.
        [yours] Takk! Jeg har sendt kontaktinformasjonen din til { $name }. De har selv valgt å holde kontakten gjennom meg, så du skriver til dem her.
       *[contact] Takk! Jeg har sendt kontaktinformasjonen din til { $name }.
    }
partner-contact = Slik når du { $name }: { $contact }
partner-declined-done = Jeg har sendt et høflig nei til { $name }.
partner-blocked-done = Jeg har sendt et høflig nei til { $name }. De kan ikke spørre deg igjen.
partner-write = Skriv meldingen din her, så sender jeg den videre til { $name }. Vil du vente? Trykk på «Senere». Du kan skrive når som helst fra kontaktforespørslene dine under /partners.
help-answering-intro = Noen vil komme i kontakt med deg gjennom partnersøket. Med «Si ja» kommer dere i kontakt slik det står over. Med «Nei takk» får den som spurte, et høflig nei, og med «Nei takk, og blokker» kan de heller ikke spørre deg igjen. Med «Svar senere» venter forespørselen på deg under «Finn en partner over grensen» → «Kontaktforespørslene mine».
help-writing-partner = Den neste meldingen du sender, går til { $name } gjennom meg, akkurat slik du skriver den. Trykk på «Senere» hvis du ikke vil skrive nå.
partner-message-sent = Sendt. Jeg gir deg svaret her når det kommer.

partner-published = { $editing ->
        [yes] Endringene er publisert.
       *[no] Profilen din er publisert. Nå kan andre finne den, og du bestemmer selv hvem som får kontaktinformasjonen din.
    }
partner-not-published = { $editing ->
        [yes] Endringene er ikke lagret. Profilen din er som før.
       *[no] Profilen din er ikke publisert. Ingenting av det du skrev, blir vist til noen.
    }

notice-intro-request = Du har fått en kontaktforespørsel i partnersøket fra { $name }: «{ $message }»
notice-intro-accepted = Gode nyheter: { $name } har sagt ja til forespørselen din. Slik når du { $name }: { $contact }
notice-intro-accepted-bot = Gode nyheter: { $name } har sagt ja til forespørselen din og vil helst holde kontakten gjennom meg.
notice-intro-declined = { $name } har svart på forespørselen din: Det er ikke mulig å gå videre med den akkurat nå. Ikke gi opp – prøv et nytt søk, eller spør en rådgiver om tips.
notice-intro-expired = { $name } har ikke svart på forespørselen din i tide, så jeg har avsluttet den. Du kan prøve andre profiler eller spørre en rådgiver om tips.
notice-partner-message = Melding fra { $name }: «{ $text }»
notice-profile-expiring = Partnerprofilen din vises til { $date }. Vil du beholde den ett år til, åpner du «Finn en partner over grensen» → «Profilen min» → «Behold den ett år til» (/partners).

## Partnerprofilen

partner-profile-title = Partnerprofilen min
partner-profile-intro =
    La oss lage en kort profil for organisasjonen din, så partnere på den andre siden av grensen kan finne den. Andre ser bare selve profilen – aldri kontaktinformasjonen din: Når noen vil ha kontakt, bestemmer du selv om du vil dele den.
    Du kan når som helst sette profilen på pause, endre den eller slette den.
partner-profile-name = Hva heter organisasjonen din?
partner-profile-name-help = Skriv navnet på organisasjonen slik du vil at andre skal se det i partnersøket, for eksempel «Kirkenes korforening». Profilen handler om organisasjonen, så du trenger ikke å oppgi navn på personer.
partner-profile-country = I hvilket land holder organisasjonen din til?
partner-profile-country-help = Landet der organisasjonen holder til. Andre ser det i profilen din, og søket bruker det til å vise deg organisasjoner på den andre siden av grensen. Holder organisasjonen til i Russland, bør du tenke på sikkerheten først: Det kan være en reell risiko å bli kjent som sekretariatets partner der.
partner-profile-region = I hvilken region holder organisasjonen til?
partner-profile-region-help = Regionen der organisasjonen holder til. Andre ser den i profilen, og søket bruker den til å foreslå partnere på den andre siden av grensen. Står ikke regionen på listen, velger du «Et annet sted i …».
partner-profile-region-ru = I hvilken region holder organisasjonen til?
partner-profile-region-ru-help = Regionen vises i profilen for alle som bruker partnersøket. Det kan være en reell risiko for folk i Russland å bli kjent som sekretariatets partner, så publiser bare det du er trygg på å dele. Er du i tvil, lar du være å publisere profilen – ingenting blir publisert før du har sagt ja. En rådgiver kan gjerne snakke med deg om dette.
partner-profile-kind = Hva slags organisasjon er det?
partner-profile-kind-help = Velg det som best beskriver organisasjonen, for eksempel «Skole» eller «Idrettslag». Andre ser det i profilen og kan søke etter det. Passer ingenting, velger du «Noe annet».
partner-kind-school = Skole
    .inline = skole
partner-kind-university = Universitet eller høyskole
    .inline = universitet eller høyskole
partner-kind-municipality = Kommune eller fylkeskommune
    .inline = kommune eller fylkeskommune
partner-kind-ngo = Frivillig organisasjon eller forening
    .inline = frivillig organisasjon eller forening
partner-kind-culture = Kulturinstitusjon
    .inline = kulturinstitusjon
partner-kind-business = Bedrift
    .inline = bedrift
partner-kind-sports = Idrettslag
    .inline = idrettslag
partner-kind-media = Medier
    .inline = medier
partner-kind-indigenous = Urfolksorganisasjon
    .inline = urfolksorganisasjon
partner-kind-other = Noe annet
    .inline = noe annet
partner-profile-topics = Hvilke temaer vil du samarbeide om? Velg alle som passer, og skill numrene med komma, for eksempel 1, 2.
partner-profile-topics-help = Temaene du ønsker å samarbeide om, for eksempel «Kultur» for en felles konsert. Søket bruker dem til å finne organisasjoner som er interessert i de samme temaene.
partner-profile-description = Presenter organisasjonen din med noen få setninger: Hva driver den med, og hvor mange er med? (For eksempel: «En ungdomsskole med 200 elever og en sterk kortradisjon.»)
partner-profile-description-help = En kort presentasjon som andre ser i partnersøket: hva slags organisasjon det er, hva den driver med, og hvor mange som er med. Skriv om organisasjonen, ikke om enkeltpersoner, og ikke ta med kontaktinformasjon: Den deles bare når en forespørsel er godtatt.
partner-profile-languages = Hvilke språk kan organisasjonen din jobbe på? Velg alle som passer, og skill numrene med komma.
partner-profile-languages-help = Språkene organisasjonen kan bruke i møter og skriftlig. Andre ser dem i profilen din. Tolking kan tas med i budsjettet for et prosjekt, så også en partner du ikke har noe felles språk med, kan passe godt.
partner-language-nb = Norsk
    .inline = norsk
partner-language-sv = Svensk
    .inline = svensk
partner-language-fi = Finsk
    .inline = finsk
partner-language-ru = Russisk
    .inline = russisk
partner-language-en = Engelsk
    .inline = engelsk
partner-language-se = Samisk
    .inline = samisk
partner-profile-looking-for = Hva slags partner og prosjekt ser du etter? (For eksempel: «En skole på den andre siden av grensen til et felles musikkprosjekt for elever på 13–15 år.»)
partner-profile-looking-for-help = Hva slags partner og prosjekt du ser for deg: hva slags organisasjon, hvor, og hva dere vil gjøre sammen. Andre ser det i profilen din, og partnersøket leter også i denne teksten når de søker.
partner-profile-contact-kind = Hvis du sier ja til en forespørsel, hvordan vil du at den som spurte, skal kontakte deg?
partner-profile-contact-help = Valget ditt vises bare for dem du sier ja til. Med «Bare gjennom denne boten» holder du kontaktinformasjonen din privat også da: Dere skriver til hverandre her.
partner-contact-kind-bot = Bare gjennom denne boten
    .inline = bare gjennom denne boten
partner-contact-kind-email = På e-post
    .inline = e-post
partner-contact-kind-handle = På telefon eller i en meldingsapp
    .inline = telefon eller meldingsapp
partner-profile-contact-email = Hvilken e-postadresse vil du bli kontaktet på?
partner-profile-contact-email-help = Bare de du sier ja til, får denne adressen, slik at de kan skrive til deg – ingen andre ser den. Du kan endre den senere under «Profilen min».
partner-profile-contact-handle = Hvilket telefonnummer eller brukernavn vil du bli kontaktet på (for eksempel @kari på Telegram)?
partner-profile-contact-handle-help = Bare de du sier ja til, får dette nummeret eller brukernavnet, slik at de kan nå deg – ingen andre ser det. Du kan endre det senere under «Profilen min».
partner-profile-contact-handle-invalid = Det ser ikke ut som et telefonnummer eller et brukernavn. Skriv for eksempel +47 912 34 567 eller @kari.
partner-profile-review = { $editing ->
        [yes] Her er profilen din slik andre vil se den. Velg hva du vil endre. Når alt stemmer, bekrefter du, så publiserer jeg endringene.
       *[no] Her er profilen din slik andre vil se den. Se over den – du kan endre alt du vil før du publiserer.
    }
partner-field-name = Organisasjon
partner-field-country = Land
partner-field-region = Region
partner-field-kind = Type
partner-field-topics = Temaer
partner-field-description = Om oss
partner-field-languages = Arbeidsspråk
partner-field-looking-for = Ser etter
partner-section-private = Bare for dem du sier ja til
partner-field-contact-kind = Kontakt via
partner-field-contact = Kontaktinformasjon
partner-profile-consent = { $editing ->
        [yes] Skal jeg publisere endringene? Da vises profilen din i partnersøket i { $months ->
            [12] ett år
            [one] én måned
           *[other] { $months } måneder
        } fra i dag. Du kan når som helst sette den på pause, endre den eller slette den.
       *[no] { $months ->
            [12] Jeg tar vare på profilen din i ett år
            [one] Jeg tar vare på profilen din i én måned
           *[other] Jeg tar vare på profilen din i { $months } måneder
        } og viser den i partnersøket. Før tiden går ut, spør jeg om du vil beholde den. Du kan når som helst sette den på pause, endre den eller slette den. Er det greit at jeg publiserer profilen nå?
    }
notice-intro-withdrawn = En kontaktforespørsel til deg er trukket tilbake fordi avsenderen har slettet opplysningene sine fra boten. Forespørselen er fjernet fra listen din.
notice-intro-gone = En organisasjon du har bedt om kontakt med eller vært i kontakt med gjennom partnersøket, har slettet opplysningene sine fra boten. Forespørselen er derfor fjernet fra listen din.
partner-intro-contact = { $line } Kontakt: { $contact }
