## The eligibility check

eligibility-title = Sjekk av kriteriene
eligibility-intro = La oss se om prosjektideen din oppfyller kriteriene for støtte, og hvilken ordning den passer inn i. Jeg stiller rundt tolv korte spørsmål. Du kan når som helst gå tilbake med /back.
eligibility-partner-countries = I hvilket land holder partneren din til? Velg alle som passer, skilt med komma, for eksempel 1, 2.
eligibility-partner-countries-help = Partneren er organisasjonen, gruppen eller personen i et annet land som du gjennomfører prosjektet sammen med. Hvilken støtteordning ideen blir vurdert etter, avhenger av hvilket land partneren holder til i. Har du ingen partner ennå, velger du «Jeg har ingen partner ennå». En rådgiver kan hjelpe deg å finne en.
eligibility-partner-region-se = I hvilken del av Sverige holder partneren din til?
eligibility-partner-region-se-help = Velg den delen av Sverige der partneren din holder til. Støtten gjelder først og fremst samarbeid med partnere i Nord-Sverige, det vil si Norrbotten og Västerbotten. Holder partneren til et annet sted, kan en rådgiver fortelle deg om prosjektet likevel kan vurderes.
eligibility-partner-region-fi = I hvilken del av Finland holder partneren din til?
eligibility-partner-region-fi-help = Velg den delen av Finland der partneren din holder til. Støtten gjelder først og fremst samarbeid med partnere i Nord-Finland, det vil si Lappland, Nord-Østerbotten, Kajanaland og Nord-Karelen. Holder partneren til et annet sted, kan en rådgiver fortelle deg om prosjektet likevel kan vurderes.
eligibility-partner-region-ru = I hvilken del av Russland holder partneren din til?
eligibility-partner-region-ru-help = Velg den delen av Russland der partneren din holder til. Den norsk-russiske ordningen gjelder partnere i den russiske delen av Barentsregionen – Murmansk oblast, Arkhangelsk oblast, Nenets autonome okrug, Republikken Karelen og Republikken Komi – og ble stengt for nye søknader 15. november 2023. Russiske myndigheter skal ha stemplet sekretariatet som «uønsket», så det kan være en reell risiko for folk i Russland å bli nevnt som partner. Snakk med en rådgiver før du planlegger noe med en partner der.
eligibility-topics = Hva handler prosjektet om? Velg alle som passer, skilt med komma, for eksempel 1, 2.
eligibility-topics-help = Velg alle temaene som beskriver prosjektet – en felles konsert for elever hører for eksempel under både «Kultur» og «Kompetanse og utdanning». Kriteriesjekken sammenligner svaret med de prioriterte områdene i støtteordningene. Passer ingen av dem, velger du «Noe annet». Noen prosjekter kan passe likevel, og en rådgiver kan fortelle deg om prosjektet ditt gjør det.
eligibility-role-name-only = De låner bare ut navnet sitt til prosjektet
country-other-arctic = Grønland, Færøyene, Island, arktisk Canada eller USA
topic-sport = Idrett
eligibility-applicant-type = Hvem skal søke om støtten?
eligibility-applicant-type-help = Søkeren er organisasjonen som søker om støtte og har ansvaret for prosjektet og pengene. Som regel er det en norsk organisasjon, bedrift, stiftelse eller et offentlig organ. En privatperson søker vanligvis gjennom en organisasjon. Passer ingen av svarene helt, velger du det som ligger nærmest. En rådgiver kan hjelpe deg.
eligibility-applicant-ngo = En frivillig organisasjon eller forening
eligibility-applicant-municipality = En kommune eller et annet offentlig organ
eligibility-applicant-school = En skole, høyskole eller et universitet
eligibility-applicant-culture = Et museum, et teater eller en annen kulturinstitusjon
eligibility-applicant-company = En bedrift
eligibility-applicant-person = Jeg selv, som privatperson
eligibility-registered = Er søkeren registrert i Enhetsregisteret i Brønnøysundregistrene, med et organisasjonsnummer på ni sifre?
eligibility-registered-help = Norske organisasjoner, bedrifter og offentlige organer får et organisasjonsnummer på ni sifre når de blir registrert i Enhetsregisteret i Brønnøysundregistrene. Der kan du også slå opp nummeret deres.
eligibility-applicant-region = Hvor holder søkeren til?
eligibility-applicant-region-help = Spørsmålet gjelder hvor søkeren holder til: der organisasjonen som søker, har adressen sin, eller der du bor hvis du søker som privatperson. Støtten er for søkere som holder til i Nord-Norge, det vil si i Nordland, Troms eller Finnmark.
eligibility-partner-none = Jeg har ingen partner ennå
eligibility-partner-state = Er partneren din et russisk statlig organ – en nasjonal, regional eller kommunal myndighet, eller noe som styres direkte av en slik myndighet?
eligibility-partner-state-help = Uavhengige aktører er for eksempel frivillige organisasjoner, privatpersoner og frie kulturgrupper. Departementer, regionale myndigheter og kommuneadministrasjoner er statlige organer. Er du usikker, svar ja. En rådgiver hjelper deg å finne ut av det.
eligibility-activities-in-russia = Skal noen av aktivitetene foregå i Russland, eller skal noen fra Norge reise til Russland?
eligibility-activities-in-russia-help = Svar ja hvis noe av prosjektet skal foregå i Russland, eller hvis noen fra Norge skal reise dit i forbindelse med prosjektet. Etter de senere norsk-russiske reglene fikk aktiviteter i Russland og reiser dit ikke støtte. Digitalt samarbeid var ønsket, og russiske deltakere kunne være med fra steder utenfor Russland. Det kan være en reell risiko for folk i Russland å stå oppført i et prosjekt med støtte fra sekretariatet. Snakk med en rådgiver før du planlegger noe med dem, eller hvis du er usikker.
eligibility-costs = Hva skal pengene dekke? Velg alt som passer, skilt med komma, for eksempel 1, 2, 3.
eligibility-costs-help = Reiser, overnatting, tolking og oversetting, administrasjon, prosjektledelse og honorarer til folk med en aktiv rolle er typiske kostnader som sekretariatet gir støtte til. Utstyr, bygninger, ordinære driftskostnader og de andre punktene på lista får ikke støtte.
eligibility-partner-role = Hvordan skal partneren din være med?
eligibility-partner-role-help = Det viktigste i en søknad er hvordan partnerne samarbeider. Begge sider bør være med på å planlegge, gjennomføre og følge opp prosjektet. En partner som bare tar imot besøk og er vertskap, svekker søknaden.
eligibility-role-together = Vi planlegger og gjennomfører prosjektet sammen
eligibility-role-some = De er med på noen av aktivitetene
eligibility-role-passive = De tar stort sett bare imot oss som vertskap
eligibility-cooperation = Fortell med noen få setninger: Hvordan skal du og partneren din samarbeide, og hva skal hver side gjøre?
eligibility-cooperation-help = For eksempel: «Koret vårt og et kor i Luleå velger repertoaret sammen over video, hver side øver hjemme, og vi holder to felles konserter, én i hvert land. Hver side står for konserten på hjemmebane.»
eligibility-started = Har prosjektet allerede startet, eller er noen av aktivitetene allerede gjennomført?
eligibility-started-help = Svar ja hvis noe av prosjektet – for eksempel en reise eller et arrangement – allerede er gjennomført eller i gang. Det som allerede er gjort, kan ikke få støtte, og derfor spør jeg om det. En rådgiver kan fortelle deg hva som fortsatt kan få støtte, og når du kan starte.
eligibility-budget = Omtrent hvor mye vil hele prosjektet koste, i norske kroner? Et rundt tall holder.
eligibility-budget-help = Ta med alt: reiser, overnatting, tolking, honorarer og så videre, for begge partnerne. Skriv bare tallet, for eksempel 150 000.
eligibility-done = Det var sjekken av kriteriene. Du kan ta den på nytt med andre svar fra hovedmenyen.

## Countries and regions

country-russia = Russland
country-sweden = Sverige
country-finland = Finland
country-norway = Norge
region-nordland = Nordland
region-troms = Troms
region-finnmark = Finnmark
region-norway-other = Et annet sted i Norge
region-abroad = Utenfor Norge
region-murmansk = Murmansk oblast
region-arkhangelsk = Arkhangelsk oblast
region-nenets = Nenets autonome okrug
region-karelia = Republikken Karelen
region-komi = Republikken Komi
region-russia-other = Et annet sted i Russland
region-norrbotten = Norrbotten
region-vasterbotten = Västerbotten
region-sweden-other = Et annet sted i Sverige
region-lapland = Lappland
region-north-ostrobothnia = Nord-Østerbotten (Oulu)
region-kainuu = Kajanaland
region-north-karelia = Nord-Karelen
region-finland-other = Et annet sted i Finland

## Topics (the priority areas)

topic-culture = Kultur
topic-education = Kompetanse og utdanning
topic-indigenous = Urfolk
topic-business = Næringsutvikling
topic-environment = Miljø
topic-civil-society = Sivilsamfunn og medier
topic-other = Noe annet

## Costs

cost-travel = Reiser
cost-accommodation = Overnatting
cost-interpretation = Tolking og oversetting
cost-fees = Honorarer til folk med en aktiv rolle
cost-administration = Administrasjon og prosjektledelse
cost-equipment = Utstyr, bygninger eller andre investeringer
cost-running = Våre ordinære driftskostnader
cost-research = Forskning
cost-humanitarian = Humanitær hjelp
cost-marketing = Markedsføring
cost-publications = Publikasjoner, informasjonsmateriell eller en nettside
cost-production = Profesjonell film- eller musikkproduksjon
