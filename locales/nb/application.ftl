## The draft application

application-title = Søknadsutkast
main-item-application = Lag et søknadsutkast
application-intro = La oss lage søknadsutkastet ditt sammen. En rådgiver går gjennom det med deg før du sender inn selve søknaden i sekretariatets søknadsportal. Jeg stiller ett spørsmål om gangen. Har du allerede gått gjennom kriteriesjekken, bruker jeg svarene derfra og spør ikke om dem igjen. Du kan stoppe når som helst og fortsette senere, og du kan gå tilbake med /back. Til slutt kan du endre svarene før du sender søknadsutkastet.
application-not-fit = { $verdict ->
        [closed] Ut fra sjekken over kan du ikke søke om støtte til prosjektet nå: Ordningen det hører inn under, tar ikke imot nye søknader.
       *[other] Ut fra sjekken over kan du ikke søke om støtte til prosjektet slik det er nå.
    } Du kan likevel lage søknadsutkastet, og en rådgiver ser på det – men du kan spare deg for arbeid ved å snakke med en rådgiver først. Hva vil du gjøre?
application-not-fit-help = Kriteriesjekken over viser at ideen, slik den er nå, ikke oppfyller kriteriene, eller at ordningen den passer inn i, er stengt for nye søknader. Du kan likevel lage søknadsutkastet, og en rådgiver ser på det – men snakker du med en rådgiver først, kan du kanskje få vite hva som skal til for at prosjektet passer. Velger du «Stopp her», stopper vi foreløpig, og svarene dine blir tatt vare på.
application-not-fit-continue = Lag søknadsutkastet likevel
application-not-fit-adviser = Snakk med en rådgiver først
application-not-fit-stop = Stopp her
application-to-adviser = Greit. Svarene dine er lagret, så du kan fortsette på søknadsutkastet senere fra hovedmenyen. Send /adviser for å skrive til rådgiverne her, eller ta kontakt: { $contact }
application-stopped = Greit, vi stopper her. Svarene dine er lagret, så du kan fortsette på søknadsutkastet senere fra hovedmenyen.
application-org-name = Hva heter organisasjonen som søker? Skriv hele navnet.
application-org-name-help = Søkeren er organisasjonen som søker om støtte og har ansvaret for prosjektet og pengene. Skriv hele det offisielle navnet, for eksempel «Kirkenes korforening». Rådgiveren trenger det, og det skal stå i søknadsskjemaet. Søker du som privatperson, skriver du navnet på organisasjonen du søker gjennom.
application-org-number = Hva er organisasjonsnummeret? Det har ni sifre.
application-municipality = I hvilken kommune holder organisasjonen til?
application-municipality-help = Kommunen der organisasjonen har adressen sin, for eksempel Sør-Varanger eller Bodø. Den viser at søkeren holder til i Nord-Norge, slik det kreves for å få støtte.
application-contact-name = Hvem er kontaktperson for søknaden? Skriv fullt navn.
application-contact-name-help = Kontaktpersonen er den rådgiveren tar kontakt med om søknadsutkastet og søknaden, for eksempel prosjektlederen. Det kan være deg selv eller en annen i organisasjonen.
application-contact-email = Hva er e-postadressen til kontaktpersonen?
application-contact-email-help = Rådgiveren som går gjennom søknadsutkastet ditt, bruker adressen til å nå kontaktpersonen. Skriv en adresse som blir sjekket jevnlig, for eksempel kari.nordmann@eksempel.no.
application-contact-phone = Hva er telefonnummeret til kontaktpersonen? Er det et utenlandsk nummer, tar du med landskoden.
application-contact-phone-help = En rådgiver kan bruke nummeret til å ringe kontaktpersonen om søknadsutkastet. For eksempel 912 34 567, eller med landskode hvis nummeret er utenlandsk, som +46 70 123 45 67.
application-partner-name = Hva heter partnerorganisasjonen din på den andre siden av grensen? (Navnet kan du også gi til en rådgiver senere.)
application-partner-name-help = Partneren er organisasjonen på den andre siden av grensen som du gjennomfører prosjektet sammen med, for eksempel «Luleå kammarkör». Holder partneren til i Russland, hopper du over spørsmålet (send /skip): Det kan være en reell risiko for folk der å bli nevnt som partner, og navnet kan du gi til en rådgiver senere.
application-partner-contact = Hvem er kontaktpersonen din hos partnerorganisasjonen? (Det kan du også fortelle en rådgiver senere.)
application-partner-contact-help = Navnet og rollen til personen som leder prosjektet hos partneren, for eksempel «Anna Lind, korleder». Holder partneren til i Russland, hopper du over spørsmålet (send /skip): Det kan være en reell risiko for folk der å bli nevnt, og opplysningene kan du gi til en rådgiver senere.
application-no-partner = Ut fra svarene dine har prosjektet ennå ingen partner på den andre siden av grensen, og det må det ha før du kan søke. Svarene du har gitt så langt, er lagret. En rådgiver kan hjelpe deg å finne en partner – send /adviser, eller ta kontakt: { $contact }. Partnersøket (/partners) kan også hjelpe.
application-norwegian-costs = Ordningen dekker en andel av kostnadene på norsk side. Hvor mye av budsjettet gjelder norsk side? Svar i kroner.
application-norwegian-costs-help = Ta med det organisasjonen din betaler: egne reiser, overnatting, tolking, honorarer og administrasjon. Det partneren betaler på sin side, skal ikke med.
application-volunteer-hours = Hvor mange timer frivillig arbeid legger folk på norsk side ned i prosjektet? Ordningen regner det som egenfinansiering og verdsetter det til { $volunteer_rate } kroner per time. Skriv 0 hvis det ikke blir noe frivillig arbeid.
application-volunteer-hours-help = Frivillig arbeid er ubetalt arbeid som folk på norsk side legger ned i prosjektet, for eksempel å organisere, øve eller ta imot gjester. Ordningen regner det som en del av egenfinansieringen, med timesatsen som står i spørsmålet. Slik bidrar det til å dekke den delen av kostnadene som ordningen ikke gir støtte til. Skriv et realistisk anslag, for eksempel 120. En rådgiver kan hjelpe deg å regne det ut.
application-project-title = Hva heter prosjektet?
application-project-title-help = Et kort navn som sier hva prosjektet handler om, for eksempel «Kor over grensen 2027». Det er navnet prosjektet får i søknadsutkastet og i søknaden.
application-project-summary = Beskriv prosjektet med noen få setninger: Hva skal skje, og hvorfor?
application-project-summary-help = En kort beskrivelse av hele prosjektet: hva som skal skje, hvem som er med, og hvorfor. Den gir rådgiveren, og senere sekretariatet, en oversikt over ideen. For eksempel: «Ungdomskor fra Kirkenes og Luleå øver inn et felles program over video og holder en konsert i hver by, slik at unge på begge sider blir kjent med hverandre gjennom musikken.»
application-goals = Hva er målene med prosjektet? Hva skal være annerledes når det er avsluttet?
application-goals-help = Hva prosjektet skal oppnå, og hva som skal være annerledes når det er avsluttet – for deltakerne, organisasjonene eller lokalsamfunnene. For eksempel: «Førti ungdommer har sunget sammen, og de to korene har avtalt et nytt prosjekt.» Tydelige mål gjør det lettere for rådgiveren å vurdere om målene kan nås med planen du beskriver.
application-target-group = Hvem er prosjektet for – hvem skal delta, og hvem får nytte av det?
application-target-group-help = Hvem som deltar, og hvem som har nytte av prosjektet, på begge sider av grensen – for eksempel «elever på 13–15 år ved én skole i hvert land, rundt 40 til sammen, og publikum på konsertene». Slik ser rådgiveren hvem prosjektet når ut til.
application-activity-what = Beskriv én aktivitet: Hva skal skje, og hvor?
application-activity-what-help = Én ting som skal skje i prosjektet, og hvor: et møte, et seminar, en konsert, et besøk eller et digitalt møte – for eksempel «felles øvingshelg for begge korene i Luleå». Du legger inn aktivitetene én om gangen, og til sammen utgjør de aktivitetsplanen som skal være med i søknaden.
application-activity-date = Når skal denne aktiviteten finne sted? Skriv datoen, for eksempel { $example }.
application-activity-date-help = Datoen da aktiviteten finner sted, eller startdatoen hvis den varer i flere dager. Er datoen ikke bestemt ennå, skriver du en omtrentlig dato, for eksempel den 1. i måneden. Du kan endre den til slutt, når du ser over søknadsutkastet. Så vidt jeg vet, kan aktiviteter som allerede er gjennomført, ikke få støtte.
application-activity-what-label = Aktivitet
application-activity-date-label = Dato
application-activity-more = Vil du legge til enda en aktivitet?
application-activity-more-help = Svar ja hvis du vil legge til enda en aktivitet, for eksempel et gjenbesøk eller et avslutningsmøte. Svar nei når planen er ferdig. Du kan endre aktivitetene til slutt, når du ser over søknadsutkastet.
application-roles = Hvordan skal du og partneren din samarbeide, og hvilken rolle har hver av dere? Beskriv begge sider.
application-roles-more =
    I kriteriesjekken skrev du:
    «{ $cooperation }»
    Fortell litt mer nå: Hvordan skal du og partneren din samarbeide, og hvilken rolle har hver av dere? Beskriv begge sider.
application-roles-help =
    Dette er den viktigste delen av søknaden. Beskriv hvem som gjør hva på hver side: hvem som planlegger, hvem som organiserer, hvem som deltar, hvordan dere holder kontakten, og hvordan dere tar beslutninger sammen.
    Én linje er ikke nok – sekretariatet ser etter et reelt partnerskap der begge sider er aktive.
application-start-date = Når starter prosjektet? Skriv datoen, for eksempel { $example }.
application-start-date-help = Datoen da prosjektet starter, med den første aktiviteten eller det første arbeidet. Så vidt jeg vet, kan det som blir gjort før søknaden er sendt inn, ikke få støtte. En rådgiver kan bekrefte det og fortelle deg hvor tidlig du bør søke, for behandlingen tar tid.
application-start-soon = Merk: Det er mindre enn fire uker til prosjektstart. Så vidt jeg vet, kan det som blir gjort før søknaden er sendt inn, ikke få støtte, og det tar tid å behandle en søknad (i den tidligere ordningen vanligvis 4–6 uker). Vurder å starte senere, eller snakk med en rådgiver.
application-end-date = Når avsluttes prosjektet? Skriv datoen, for eksempel { $example }.
application-end-date-help = Datoen da prosjektet avsluttes, etter den siste aktiviteten. Sammen med startdatoen gir den tidsplanen for prosjektet, som skal være med i søknaden.
application-budget-help = Oppgi beløpet i norske kroner for hele prosjektet, for begge partnerne til sammen. Skriv 0 hvis prosjektet ikke har slike kostnader.
application-cost-travel = Hvor mye vil reisene koste, i kroner?
application-cost-accommodation = Hvor mye vil overnattingen koste, i kroner?
application-cost-interpretation = Hvor mye vil tolking og oversetting koste, i kroner?
application-cost-fees = Hvor store blir honorarene til folk med en aktiv rolle, i kroner?
application-cost-administration = Hvor mye vil administrasjon og prosjektledelse koste, i kroner?
application-cost-other = Hvor mye utgjør andre kostnader, i kroner?
application-own-financing =
    { $volunteer_rate ->
        [0] Hvor mye dekker organisasjonen selv, i kroner? Eget arbeid teller med.
       *[other] { $volunteer_hours ->
            [0] Hvor mye dekker organisasjonen selv, i kroner?
           *[other] Hvor mye dekker organisasjonen selv i tillegg til det frivillige arbeidet, i kroner?
        }
    }
application-own-financing-help = Egenfinansiering er den delen av kostnadene som organisasjonen dekker selv, med penger eller eget arbeid (egeninnsats). Hvor stor andel ordningen dekker, og av hvilke kostnader, avhenger av ordningen og prosjektet. Små prosjekter kan i noen tilfeller få hele kostnaden dekket. Jeg sjekker søknadsbeløpet ditt mot andelen, og en rådgiver kan fortelle deg mer. Har du oppgitt timer med frivillig arbeid, skal du ikke regne dem med en gang til her.
application-through-organisation = De neste spørsmålene gjelder organisasjonen du søker gjennom.
application-partner-financing = Hvor mye bidrar partneren din med, i kroner?
application-partner-financing-help = Det partneren din bidrar med til kostnadene i prosjektet, i form av penger eller eget arbeid – for eksempel ved å betale reisene sine selv. Det er en del av finansieringsplanen, sammen med egenfinansieringen og beløpet du søker om. Skriv 0 hvis partneren ikke bidrar. En rådgiver kan fortelle deg hva som forventes. Holder partneren til i Russland, skriver du 0 og snakker med en rådgiver først: Penger eller arbeid som er oppført som bidrag fra en partner i Russland, kan sette partneren i fare.
application-amount = Hvor mye søker du om fra Barentssekretariatet, i kroner?
application-amount-help = Beløpet du søker om fra Barentssekretariatet. Det kan ikke være større enn den andelen av kostnadene som ordningen dekker. Andelen avhenger av ordningen og prosjektet, og jeg sjekker beløpet for deg. Sammen med egenfinansieringen og partnerens medfinansiering bør det dekke hele budsjettet.
application-review = Her er søknadsutkastet ditt. Se nøye gjennom det – du kan endre alle svarene. «Bekreft» sender søknadsutkastet til en rådgiver for gjennomgang. Det er ennå ikke selve søknaden.
application-field-org-name = Organisasjon
application-field-org-number = Organisasjonsnummer
application-field-municipality = Kommune
application-field-contact-name = Kontaktperson
application-field-contact-email = E-post
application-field-contact-phone = Telefon
application-field-partner-name = Partner
application-field-partner-contact = Kontaktperson hos partneren
application-field-title = Tittel
application-field-summary = Sammendrag
application-field-goals = Mål
application-field-target-group = Målgruppe
application-field-activities = Aktiviteter
application-field-roles = Samarbeid og roller
application-field-start = Startdato
application-field-end = Sluttdato
application-field-amount = Søknadsbeløp
application-done = Takk, og lykke til med prosjektet!
application-field-scheme = Ordning
application-field-scheme-version = Versjon
application-field-scheme-status = Status for ordningen
application-field-verdict = Kriteriesjekk
application-field-applicant-type = Type søker
application-field-registered = Registrert i Enhetsregisteret
application-field-partner-countries = Partnerens land
application-field-partner-region-se = Område i Sverige
application-field-partner-region-fi = Område i Finland
application-field-partner-region-ru = Område i Russland
application-field-partner-state = Russisk statlig organ
application-field-activities-in-russia = Aktiviteter i eller reiser til Russland
application-field-partner-role = Partnerens deltakelse
application-field-topics = Temaer
application-field-costs = Hva pengene skal dekke
application-field-started = Allerede i gang
application-field-norwegian-costs = Kostnader på norsk side (del av totalen)
application-field-volunteer-hours = Frivillig arbeid
application-section-scheme = Ordning og kriteriesjekk
application-field-county = Fylke
application-field-cost-other = Andre kostnader
application-field-own-financing = Egenfinansiering
application-field-partner-financing = Partnerens medfinansiering

## Delene av sammendraget og den eksporterte søknaden
application-section-applicant = Søker
application-section-contact = Kontaktperson
application-section-partner = Partner
application-section-project = Prosjektet
application-section-plan = Aktiviteter og roller
application-section-timeline = Tidsplan
application-section-budget = Budsjett
application-section-financing = Finansieringsplan
application-field-funding-share = Høyeste støtteandel

## The parts of the form, above its questions.
application-part-applicant = Du og partnerne
application-part-idea = Kort om ideen
application-part-contacts = Søker, kontaktperson og partner
application-part-project = Prosjektet
application-part-budget = Budsjett
