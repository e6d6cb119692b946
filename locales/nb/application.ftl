## The draft application

application-title = Søknadsutkast
main-item-application = Lag et utkast til søknad
application-intro = La oss lage søknadsutkastet ditt sammen. En rådgiver går gjennom det med deg før du sender inn selve søknaden i sekretariatets søknadsportal. Jeg stiller ett spørsmål om gangen, og svarene du ga i kriteriesjekken, bruker jeg om igjen. Du kan stoppe når som helst og fortsette senere, og du kan gå tilbake med /back. Til slutt kan du endre svarene før du sender utkastet.
application-not-fit = Slik prosjektet er nå, passer det ikke inn i noen ordning som er åpen for søknader (se over). Du kan likevel lage utkastet, og en rådgiver ser på det – men du kan spare deg for arbeid ved å snakke med en rådgiver først. Hva vil du gjøre?
application-not-fit-continue = Lag utkastet likevel
application-not-fit-adviser = Snakk med en rådgiver først
application-not-fit-stop = Stopp her
application-to-adviser = Godt valg. Svarene dine er lagret, så du kan fortsette på utkastet senere fra hovedmenyen. Send /adviser for å skrive til rådgiverne her, eller ta kontakt: { $contact }
application-stopped = Greit, vi stopper her. Svarene dine er lagret, så du kan fortsette på utkastet senere fra hovedmenyen.
application-org-name = Hva heter organisasjonen som søker? Skriv hele navnet.
application-org-number = Hva er organisasjonsnummeret? Det har ni sifre.
application-municipality = I hvilken kommune holder organisasjonen til?
application-contact-name = Hvem er kontaktperson for søknaden? Skriv fullt navn.
application-contact-email = Hva er e-postadressen til kontaktpersonen?
application-contact-phone = Hva er telefonnummeret til kontaktpersonen? Ta med landskoden.
application-partner-name = Hva heter partnerorganisasjonen din på den andre siden av grensen?
application-partner-contact = Hvem er kontaktpersonen din hos partnerorganisasjonen?
application-no-partner = Du må ha en partner på den andre siden av grensen før du kan søke. Svarene du har gitt så langt, er lagret. En rådgiver kan hjelpe deg å finne en partner – send /adviser, eller ta kontakt: { $contact }
application-norwegian-costs = Ordningen dekker en andel av kostnadene på norsk side. Hvor mye av kostnadene du har oppgitt, gjelder norsk side, i kroner?
application-norwegian-costs-help = Ta med det organisasjonen din betaler: egne reiser, overnatting, tolking, honorarer og administrasjon. Det partneren betaler på sin side, skal ikke med.
application-volunteer-hours = Hvor mange timer frivillig arbeid legger folk på norsk side ned i prosjektet? Ordningen regner det som egenfinansiering og verdsetter det til { $volunteer_rate } kroner per time. Skriv 0 hvis det ikke blir noe frivillig arbeid.
application-project-title = Hva heter prosjektet?
application-project-summary = Beskriv prosjektet med noen få setninger: Hva skal skje, og hvorfor?
application-goals = Hva er målene med prosjektet? Hva skal være annerledes når det er avsluttet?
application-target-group = Hvem er prosjektet for – hvem skal delta, og hvem får nytte av det?
application-activity-what = Beskriv én aktivitet: Hva skal skje, og hvor?
application-activity-date = Når skal denne aktiviteten finne sted? Skriv datoen slik: 15.05.2027.
application-activity-what-label = Aktivitet
application-activity-date-label = Dato
application-activity-more = Vil du legge til en aktivitet til?
application-roles = Hvordan skal du og partneren din samarbeide, og hvilken rolle får hver av dere? Beskriv begge sider.
application-roles-help =
    Dette er den viktigste delen av søknaden. Beskriv hvem som gjør hva på hver side: hvem som planlegger, hvem som organiserer, hvem som deltar, hvordan dere holder kontakten, og hvordan dere tar beslutninger sammen.
    Én linje er ikke nok – sekretariatet ser etter et reelt partnerskap der begge sider er aktive.
application-start-date = Når starter prosjektet? Skriv datoen slik: 01.03.2027.
application-start-soon = Merk: Det er mindre enn fire uker til prosjektstart. Sekretariatet bruker 4–6 uker på å behandle en søknad, og det som blir gjort før søknaden er sendt inn, kan ikke få støtte. Vurder å starte senere, eller snakk med en rådgiver.
application-end-date = Når avsluttes prosjektet?
application-budget-help = Oppgi beløpet i norske kroner for hele prosjektet, for begge partnerne til sammen. Skriv 0 hvis prosjektet ikke har slike kostnader.
application-cost-travel = Budsjett: Hvor mye vil reisene koste, i kroner?
application-cost-accommodation = Budsjett: Hvor mye vil overnattingen koste, i kroner?
application-cost-interpretation = Budsjett: Hvor mye vil tolking og oversetting koste, i kroner?
application-cost-fees = Budsjett: Hvor store blir honorarene til folk med en aktiv rolle, i kroner?
application-cost-administration = Budsjett: Hvor mye vil administrasjon og prosjektledelse koste, i kroner?
application-cost-other = Budsjett: Hvor mye utgjør andre kostnader, i kroner?
application-own-financing =
    { $volunteer_rate ->
        [0] Hvor mye finansierer dere selv, i kroner? Eget arbeid teller med.
       *[other] Hvor mye finansierer dere selv utenom frivillig arbeid, i kroner?
    }
application-through-organisation = De neste spørsmålene gjelder organisasjonen du søker gjennom.
application-partner-financing = Hvor mye bidrar partneren din med, i kroner?
application-amount = Hvor mye søker du om fra Barentssekretariatet, i kroner?
application-review = Her er søknadsutkastet ditt. Se nøye gjennom det – du kan endre alle svarene. «Bekreft» sender utkastet til en rådgiver for gjennomgang; det er ennå ikke selve søknaden.
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
application-field-amount = Søknadsbeløp (kroner)
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
application-field-volunteer-hours = Frivillig arbeid (timer)
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
application-section-budget = Budsjett (kroner)
application-section-financing = Finansieringsplan
application-field-funding-share = Høyeste støtteandel (%)
