## Rule sets: names, notices and the reasons behind verdicts

rules-nr-title = Norsk-russisk folk-til-folk-samarbeid
rules-nr-notice =
    Merk: Dette er kriteriene for den norsk-russiske ordningen. I mars 2022 ble samarbeidet med russiske statlige organer lagt på is. Etter det kunne bare uavhengige russiske aktører delta, og senere ble det ikke lenger gitt støtte til aktiviteter i Russland eller reiser dit. Fra 2024 støtter hovedordningen samarbeid med Nord-Sverige og Nord-Finland, og samisk samarbeid.
    En rådgiver kan bekrefte hvilke regler som gjelder i dag.
rules-nordic-title = Barentsmidler til samarbeid med Sverige og Finland (fra 2024)
rules-nordic-notice = Fra 2024 har sekretariatet tre programmer: Barentsmidler (generelle prosjekter), BarentsKult (profesjonell kunst) og BarentsUng (reisestøtte for unge mellom 16 og 30 år). En rådgiver hjelper deg med å velge riktig program.

reason-nr-applicant-region = Søkeren må holde til i Nord-Norge, det vil si i Nordland, Troms eller Finnmark.
reason-nordic-applicant-region = Søkeren må være en nordnorsk organisasjon, det vil si holde til i Nordland, Troms eller Finnmark.
reason-not-registered = Søkeren må være registrert i Enhetsregisteret i Brønnøysundregistrene og ha et organisasjonsnummer.
reason-private-person = Privatpersoner kan ikke alltid søke selv. En rådgiver kan fortelle deg om du kan, eller hjelpe deg å finne en organisasjon du kan søke gjennom.
reason-nr-partner-country = Denne ordningen gir støtte til samarbeid med partnere i den russiske delen av Barentsregionen. For partnere i Sverige eller Finland finnes det en annen ordning: spør en rådgiver.
reason-no-partner = Et prosjekt trenger en partner på den andre siden av grensen. En rådgiver kan hjelpe deg å finne en.
reason-nr-partner-region = Partneren må holde til i den russiske delen av Barentsregionen: Murmansk oblast, Arkhangelsk oblast, Nenets autonome okrug, Republikken Karelen eller Republikken Komi.
reason-russian-state = Samarbeidet med russiske statlige organer ble lagt på is i 2022.
reason-activities-in-russia = Aktiviteter i Russland og reiser til Russland har ikke fått støtte siden 2022.
reason-topic-other = Temaet er ikke blant de prioriterte områdene. Noen prosjekter kan likevel passe – det kan en rådgiver svare på.
reason-cost-equipment = Utstyr, bygninger og andre fysiske investeringer får ikke støtte.
reason-cost-running = Ordinære driftskostnader får ikke støtte.
reason-cost-research = Forskning får ikke støtte.
reason-cost-humanitarian = Humanitær hjelp får ikke støtte.
reason-cost-marketing = Markedsføring får ikke støtte.
reason-cost-publications = Publikasjoner, informasjonsmateriell og nettsider får ikke støtte.
reason-cost-production = Profesjonell film- og musikkproduksjon får ikke støtte.
reason-passive-partner = Begge partnerne må ha en aktiv rolle. En partner som bare tar imot besøk og er vertskap, trekker søknaden ned.
reason-already-started = Det som allerede er gjort, kan ikke få støtte. Aktiviteter som ligger fram i tid, kan det – en rådgiver kan hjelpe deg å planlegge dem.
reason-nordic-russia = Dagens ordning gjelder samarbeid med Nord-Sverige og Nord-Finland, og samisk samarbeid. Samarbeid med russiske partnere har vært svært begrenset siden 2022.
reason-nordic-norway = En partner i Norge kan være med i samisk samarbeid. Ellers bør partneren holde til i Sverige eller Finland.
reason-nordic-partner-region = Ordningen gjelder først og fremst partnere i Norrbotten, Västerbotten, Lappland, Nord-Österbotten, Kajanaland og Nord-Karelen.

share-business = For næringsprosjekter er andelen høyst 50 %.
share-small-project = Prosjekter som koster mindre enn 50 000 kroner til sammen, kan få hele kostnaden dekket.

note-nr-continuous = Søknader på inntil 400 000 kroner behandles fortløpende, vanligvis innen 4–6 uker. Send søknaden 4–6 uker før prosjektet starter.
note-nr-board = Søknader på over 400 000 kroner behandles av styret, med søknadsfrist 1. mars og 1. oktober. Send søknaden i god tid før prosjektet starter.
note-nr-small = Små prosjekter under 50 000 kroner kan kanskje få hele kostnaden dekket: spør en rådgiver.
note-nordic-deadlines = En rådgiver kan fortelle deg om saksbehandlingstiden og fristene som gjelder for søknaden din.
note-nordic-volunteer = Frivillig arbeid regnes som egenfinansiering, med 200 kroner timen.
