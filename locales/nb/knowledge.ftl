# Ressurssenteret: korte artikler som boten bruker for å svare på spørsmål.
# Hver artikkel har tittel, kort svar, lengre tekst og søkeord. Søkeordene er ord
# folk faktisk skriver når de lurer på noe, så de skal være hverdagslige og konkrete.

kb-title = Råd: støtte, partnere og kultur
kb-browse = Velg et tema nedenfor – eller skriv spørsmålet ditt med egne ord, så finner jeg svaret som passer best.

## Temaer

kb-topic-funding = Støtte: søknad, budsjett og frister
kb-topic-funding-intro = Hvem som kan søke, hva som kan få støtte, budsjett, frister, en god søknad og rapporten etterpå.
kb-topic-funding-keywords = støtte, finansiering, økonomi, penger
kb-topic-partners = Finne en partner
kb-topic-partners-intro = Hvor du finner en partner på den andre siden av grensen, og hva som har endret seg siden 2022.
kb-topic-partners-keywords = partner, partnere, partnersøk
kb-topic-culture = Samarbeid over grensen: kultur og arbeidsmåter
kb-topic-culture-intro = Tillit, hierarki, møter, språk og planlegging – slik får dere samarbeidet til å fungere.
kb-topic-culture-keywords = kultur, kulturforskjeller, arbeidsmåter
kb-topic-practical = Det praktiske: visum, tillatelser og overføringer
kb-topic-practical-intro = Visum, tillatelser, registrering, pengeoverføringer og byråkrati – og hvorfor det lønner seg å begynne tidlig.
kb-topic-practical-keywords = det praktiske, praktiske spørsmål, byråkrati, papirarbeid
kb-topic-safety = Sikkerhet for folk i Russland
kb-topic-safety-intro = I 2024 erklærte Russland sekretariatet som en «uønsket» organisasjon. Her kan du lese hva det betyr for folk i Russland, hva rådgiverne kan og ikke kan gjøre, og hvordan du holder kontakten på en trygg måte.
kb-topic-safety-keywords = sikkerhet, trygghet, risiko

## Hvem kan søke

kb-who-can-apply-title = Hvem kan søke, og sammen med hvem?
kb-who-can-apply-short = En norsk organisasjon, kommune, skole, bedrift eller stiftelse i Nordland, Troms eller Finnmark med organisasjonsnummer kan søke. Partneren skal holde til i den russiske delen av Barentsregionen – men mye har endret seg siden 2022.
kb-who-can-apply-body =
    Søkeren må være registrert i Enhetsregisteret i Brønnøysundregistrene og ha et organisasjonsnummer på ni sifre. Det kan være en frivillig forening, et idrettslag, en skole, en kommune, et museum, en bedrift, en stiftelse eller et offentlig organ – så lenge søkeren holder til i Nordland, Troms eller Finnmark.
    Partneren kan være en organisasjon eller en person i Murmansk oblast, Arkhangelsk oblast, Nenets autonome okrug, Republikken Karelen eller Republikken Komi.
    Partnerne bør være omtrent likeverdige. Et kor som bare tar imot et annet kor på besøk, er ikke nok: Begge korene bør være med og planlegge, gjennomføre og følge opp.
    Kan du søke som privatperson? Eldre utgaver av ordningen åpnet for det, men de siste reglene for den norsk-russiske ordningen gjaldt bare organisasjoner, bedrifter, stiftelser og offentlige institusjoner, så privatpersoner måtte søke gjennom en organisasjon. Spør en rådgiver, eller søk gjennom en forening du er med i.
    Husk at samarbeidet med russiske statlige organer ble lagt på is i 2022, og at aktiviteter i Russland og reiser dit ikke lenger får støtte. Snakk med en rådgiver før du planlegger noe med russiske partnere.
kb-who-can-apply-short-nordic-2024 = Fra 2024 kan nordnorske organisasjoner, kommuner, skoler og bedrifter med organisasjonsnummer søke støtte til samarbeid med partnere, først og fremst i Nord-Sverige og Nord-Finland, og til samisk samarbeid. En rådgiver kan svare på om du kan søke som privatperson.
kb-who-can-apply-body-nordic-2024 =
    I dagens ordning må søkeren ha organisasjonsnummer fra Brønnøysundregistrene og holde til i Nordland, Troms eller Finnmark. Det kan for eksempel være en forening, en skole, en kommune, en kulturinstitusjon eller en bedrift.
    Partnerne holder først og fremst til i Norrbotten og Västerbotten i Sverige, og i Lappland, Nord-Østerbotten (Oulu), Kajanaland og Nord-Karelen i Finland. Samisk samarbeid på tvers av grensene kan også få støtte, og da kan i tillegg partnere fra de sørsamiske områdene i Norge være med.
    Ordningen har tre programmer:
    • Barentsmidler – generell prosjektstøtte, for eksempel til et samarbeid mellom en skole i Alta og en skole i Luleå.
    • BarentsKult – for profesjonell kunst, for eksempel en kunstner i Bodø som lager en utstilling sammen med en kollega i Rovaniemi.
    • BarentsUng – reisestøtte for unge mellom 16 og 30 år.
    Uansett program er det viktig at partnerne har reelle roller og samarbeider om prosjektet. Er du usikker på hvilket program som passer, eller om du kan søke som privatperson, kan en rådgiver hjelpe deg.
kb-who-can-apply-keywords = hvem kan søke, kan vi søke, kan jeg søke, søker, organisasjonsnummer, orgnr, Brønnøysund, Enhetsregisteret, forening, lag og foreninger, idrettslag, kommune, skole, bedrift, stiftelse, privatperson, enkeltperson, Nordland, Troms, Finnmark, Nord-Norge, hvem kan være partner, Murmansk, Arkhangelsk, Nord-Sverige, Nord-Finland, samisk samarbeid, Barentsmidler, BarentsKult, BarentsUng

## Hva får støtte

kb-funded-title = Hva kan få støtte – og hva ikke?
kb-funded-short = Støtten går til det som trengs for å samarbeide: reiser, overnatting, tolking og oversetting, administrasjon, prosjektledelse og honorarer til folk med en aktiv rolle. Utstyr, bygninger, vanlig drift, forskning og markedsføring får ikke støtte.
kb-funded-body =
    Typiske kostnader som kan få støtte:
    • reiser og overnatting for dem som deltar
    • tolking og oversetting
    • administrasjon og prosjektledelse
    • honorarer til folk med en aktiv rolle, for eksempel en dirigent som leder et felles korverksted
    Dette får ikke støtte: humanitær hjelp, forskning, markedsføring, bygninger og utstyr (for eksempel datamaskiner eller lydanlegg), ordinære driftskostnader som husleie og vanlig drift av foreningen, oppstart av bedrift, publikasjoner og informasjonsmateriell, nettsider, profesjonell film- og musikkproduksjon og dekning av underskudd.
    Det som allerede er gjort, kan heller ikke få støtte. Lønn kan som regel bare tas med som honorar til folk med en aktiv rolle i prosjektet – en rådgiver bekrefter hva som gjelder for prosjektet ditt. Det samme gjelder andre utgifter du er usikker på, for eksempel mat og servering.
    Prioriterte områder er kultur, kompetanse og utdanning, urfolk, næringsutvikling, miljø, og sivilsamfunn og medier. Prosjekter for barn og unge, og prosjekter om toleranse, likestilling og demokrati, teller ekstra.
kb-funded-short-nordic-2024 = Opplysningene jeg har, sier ikke hvilke kostnader dagens ordning gir støtte til. Det kan en rådgiver svare på. I den tidligere norsk-russiske ordningen gikk pengene først og fremst til reiser, overnatting, tolking, prosjektledelse og honorarer til folk med en aktiv rolle. Dette vet jeg om dagens ordning: Frivillig arbeid teller som egenfinansiering med { $volunteer_rate } kroner per time.
kb-funded-body-nordic-2024 =
    Opplysningene jeg har, sier ikke hvilke kostnader dagens ordning gir støtte til, og hvilke den ikke gir støtte til. Spør derfor en rådgiver før du setter opp budsjettet.
    I den tidligere norsk-russiske ordningen gikk støtten typisk til reiser og overnatting, tolking og oversetting, administrasjon, prosjektledelse og honorarer til folk med en aktiv rolle i prosjektet. Den ordningen ga ikke støtte til humanitær hjelp, forskning, markedsføring, bygninger og utstyr, ordinære driftskostnader, oppstart av bedrift, publikasjoner og informasjonsmateriell, nettsider, profesjonell film- og musikkproduksjon eller dekning av underskudd, og heller ikke til noe som allerede var gjort.
    Dette vet jeg om dagens ordning: Frivillig arbeid kan regnes som egenfinansiering og verdsettes til { $volunteer_rate } kroner per time. Eksempel: Ti frivillige i et idrettslag i Narvik bruker 30 timer hver på å arrangere et stevne sammen med en klubb i Kiruna. Det blir 300 timer, og med { $volunteer_rate } kroner per time utgjør det 60 000 kroner i egenfinansiering.
    BarentsKult er for profesjonell kunst, og BarentsUng gir reisestøtte til unge mellom 16 og 30 år.
kb-funded-keywords = hva får vi støtte til, hva kan vi bruke pengene på, hva dekkes, hva dekkes ikke, kostnader, utgifter, reisekostnader, overnatting, hotell, honorar, lønn, utstyr, datamaskin, PC, husleie, drift, driftsutgifter, mat, servering, forskning, humanitær hjelp, markedsføring, nettside, hjemmeside, film, musikkproduksjon, underskudd, prioriterte områder, barn og unge, kjøpe, innkjøp, kjøretøy, bil, buss, minibuss, båt, snøscooter

## Budsjett

kb-budget-title = Budsjett og egenfinansiering
kb-budget-short = Sekretariatet kan dekke inntil { $max_share } % av kostnadene i prosjektet ({ $business_share } % for næringsprosjekter). Resten er egenfinansiering, og eget arbeid teller med.
kb-budget-body =
    Sett opp budsjettet med én linje per kostnadstype: reiser, overnatting, tolking og oversetting, honorarer, administrasjon og prosjektledelse, og andre kostnader. Ta med kostnadene for begge partnerne.
    Lag også en finansieringsplan som viser hvem som betaler hva: beløpet du søker om, egenfinansieringen og bidraget fra partneren.
    Eksempel: Et prosjekt koster 100 000 kroner. Du kan søke om inntil 70 000 kroner, og de resterende 30 000 kronene er egenfinansiering – egne penger og eget arbeid.
    Medfinansiering fra Russland: Den norsk-russiske ordningen krevde et bidrag fra den russiske partneren (eget arbeid telte med, og frivillige organisasjoner trengte bare å bidra med en liten andel). I dag kan penger fra en partner i Russland, eller et bidrag i partnerens navn, sette vedkommende i fare. Ikke planlegg et slikt bidrag uten å snakke med en rådgiver først.
    Små prosjekter som koster under { $small_project } kroner til sammen, kan kanskje få hele kostnaden dekket. Det står i reglene for den nyere ordningen, men det er usikkert om det også gjelder her – spør en rådgiver.
    I sluttrapporten må du dokumentere minst 30 % egenfinansiering. Før derfor timelister over eget arbeid, og ta vare på kvitteringene underveis.
kb-budget-short-nordic-2024 = I dagens ordning kan sekretariatet dekke inntil { $max_share } % av kostnadene på norsk side. Resten er egenfinansiering, altså det søkeren dekker selv med penger eller eget arbeid. Frivillig arbeid verdsettes til { $volunteer_rate } kroner per time. Prosjekter som koster under { $small_project } kroner til sammen, kan få hele kostnaden dekket.
kb-budget-body-nordic-2024 =
    Sekretariatet kan dekke inntil { $max_share } % av kostnadene på norsk side, altså det den norske parten bruker i prosjektet. Resten er egenfinansiering. En rådgiver kan fortelle deg hvordan kostnadene til partnerne i Sverige og Finland kan finansieres.
    Eksempel på frivillig arbeid: Et kor i Mo i Rana planlegger en felles konsert med et kor i Luleå, og kostnadene på norsk side er 80 000 kroner. Sekretariatet kan dekke inntil 56 000 kroner, og de resterende 24 000 kronene kan koret dekke med 120 timer frivillig arbeid til { $volunteer_rate } kroner per time – planlegging, øving og praktisk arbeid rundt konserten.
    Eksempel på et lite prosjekt: En ungdomsklubb skal ha et felles verksted med ungdom i Haparanda. Prosjektet koster under { $small_project } kroner til sammen, og da kan sekretariatet dekke alle kostnadene.
    Sett opp budsjettet med én linje per kostnadstype: reiser, overnatting, tolking og oversetting, honorarer, administrasjon og prosjektledelse. Lag også en finansieringsplan som viser hvor alle pengene kommer fra.
    Skriv ned timene med frivillig arbeid underveis, og spør en rådgiver hvordan de skal dokumenteres i rapporten.
kb-budget-keywords = budsjett, budsjettet, tilskudd, støtteandel, andel, egenfinansiering, hva er egenfinansiering, 200 kroner per time, egenandel, eget arbeid, egeninnsats, dugnad, frivillige timer, 200 kroner timen, timepris, 70 prosent, 30 prosent, hvor mye kan vi søke om, hvor mye kan vi få, hvor mye støtte kan vi få, hvor mye får vi, maksimalt beløp, søknadsbeløp, hvor mye penger, finansieringsplan, medfinansiering, bidrag fra partneren, små prosjekter, under 50 000, hele kostnaden, timelister, næringsprosjekt, sette opp budsjett

## Frister

kb-deadlines-title = Frister og saksbehandlingstid
kb-deadlines-short = Søknader på inntil { $continuous_max } kroner behandles fortløpende, én gang i måneden, og du får vanligvis svar etter 4–6 uker. Større søknader avgjøres av styret, som har søknadsfrist { $board_deadlines }. Send søknaden 4–6 uker før prosjektet starter, og enda tidligere hvis du søker om mye.
kb-deadlines-body =
    Søknader på inntil { $continuous_max } kroner har ingen fast frist: De behandles fortløpende, én gang i måneden, og du får vanligvis svar etter 4–6 uker.
    Send søknaden 4–6 uker før prosjektet skal starte, og enda tidligere hvis du søker om mye penger. Søker du om mer enn { $continuous_max } kroner, avgjøres søknaden av styret, som har søknadsfrist { $board_deadlines } hvert år.
    Det som allerede er gjort, kan ikke få støtte. Du kan begynne å jobbe når søknaden er sendt inn, men det skjer på egen risiko: Får du avslag, må du dekke kostnadene selv.
    Eksempel: En kulturskole i Hammerfest planlegger en felles konsert med en partnerskole 15. mai og søker om 60 000 kroner. Da bør søknaden sendes senest i begynnelsen av april – helst tidligere, slik at skolen har fått svar før den bestiller reiser og lokaler.
    Tips: Regn baklengs fra startdatoen, og sett av tid både til å skrive søknaden og til å vente på svar.
    Mye har endret seg siden 2022, så spør en rådgiver om disse fristene fortsatt gjelder for søknaden din.
kb-deadlines-short-nordic-2024 = For dagens ordning kjenner jeg ikke saksbehandlingstiden og fristene. En rådgiver kan fortelle deg hva som gjelder. Uansett er det lurt å søke i god tid før prosjektet starter.
kb-deadlines-body-nordic-2024 =
    Jeg kjenner ikke fristene og saksbehandlingstiden i dagens ordning (Barentsmidler, BarentsKult og BarentsUng). Spør derfor en rådgiver om dem før planene blir endelige.
    Noen råd som alltid gjelder:
    • Søk tidlig – helst flere uker før prosjektet starter, og enda tidligere hvis du søker om et stort beløp.
    • Ikke bestill reiser eller lokaler før du vet hva som gjelder. Så vidt jeg vet, kan det som allerede er gjort, ikke få støtte, men det kan en rådgiver bekrefte.
    • Lag en tidsplan baklengs fra datoen du vil starte, med tid til å skrive søknaden, vente på svar og ordne det praktiske.
    Eksempel: Et idrettslag i Sortland vil arrangere en felles turnering med en klubb i Skellefteå i oktober. Da er det lurt å kontakte en rådgiver allerede før sommeren, så laget vet hvilken frist det må rekke og hvor lang tid behandlingen tar.
kb-deadlines-keywords = frist, frister, søknadsfrist, fristen, når må vi søke, når er fristen, saksbehandlingstid, behandlingstid, hvor lang tid tar det, når får vi svar, svar på søknaden, 1. mars, 1. oktober, styret, fortløpende, 400 000, 4–6 uker, starte før svar, egen risiko, for sent, hvor tidlig må vi søke

## En god søknad

kb-good-application-title = Hva gjør en søknad god?
kb-good-application-short = Det viktigste er hvor godt du og partneren din samarbeider: Søknaden må vise hva hver partner gjør, og at begge sider er aktive. En partner som bare tar imot besøk, svekker søknaden.
kb-good-application-body =
    Det viktigste er hvor godt partnerne samarbeider – det er ikke nok bare å ha en partner. Sekretariatet ser etter et ekte samarbeid der begge sider planlegger, gjennomfører og følger opp sammen. Skriv konkret hvem som gjør hva.
    Eksempel: «Skolen vår og partnerskolen lager en felles fotoutstilling om klima. Elevene tar bilder hver på sin kant, velger ut bildene sammen på videomøter, og hver skole viser utstillingen lokalt.»
    Søknaden fylles ut på nett, og alle feltene er obligatoriske. Den skal inneholde:
    • en beskrivelse av prosjektet steg for steg, skrevet direkte i skjemaet
    • en aktivitetsplan med tidsplan
    • et budsjett med finansieringsplan
    • en forklaring på hva som gjør prosjektet grenseoverskridende, og hvilken rolle hver partner har
    Skriv enkelt og konkret, og få gjerne noen utenfor prosjektet til å lese gjennom. Jeg kan hjelpe deg å lage et søknadsutkast: Velg «Lag et søknadsutkast» i hovedmenyen. Når du har sendt søknadsutkastet, går en rådgiver gjennom det og svarer deg her. Etterpå sender du inn selve søknaden i sekretariatets søknadsportal.
kb-good-application-keywords = god søknad, skrive søknad, søknadsskjema, skjema, søke på nett, hvordan skrive søknaden, tips til søknaden, hva vektlegges, vurdering, hvem gjør hva, roller, partnerens rolle, passiv partner, sovende partner, aktivitetsplan, tidsplan, prosjektbeskrivelse, obligatoriske felt, utkast, søknadsutkast, avslag, få ja, innvilget, grenseoverskridende

## Etter tilsagnet

kb-reporting-title = Etter tilsagnet: utbetaling, endringer og rapport
kb-reporting-short = Når du har fått støtte, signerer du tilsagnsbrevet, og inntil 75 % kan betales ut på forskudd. Endringer må godkjennes, og til slutt leverer du en sluttrapport med regnskap.
kb-reporting-body =
    Slik går det for seg etter at du har fått ja:
    • Signer tilsagnsbrevet og les vilkårene nøye.
    • Inntil 75 % av støtten kan betales ut på forskudd, så du slipper å legge ut for alt selv.
    • Endrer planene seg – ny dato, andre aktiviteter eller et annet budsjett – må endringen godkjennes. Ta kontakt med sekretariatet så tidlig som mulig.
    • Når prosjektet er ferdig, leverer du en sluttrapport med regnskap som viser minst 30 % egenfinansiering. Er støtten på over 100 000 kroner, må en revisor også bekrefte regnskapet. Spør en rådgiver hvis du er usikker på om dette gjelder prosjektet ditt.
    Eksempel: Et kor må flytte en felles konsert fra mars til mai fordi dirigenten blir syk. Koret sender beskjed til sekretariatet og venter på godkjenning før det bestiller nye reiser.
    Viktig: Du kan ikke få ny støtte før sluttrapporten for det forrige prosjektet er godkjent. Lever rapporten i tide hvis du vil søke igjen, og ta vare på kvitteringer og timelister hele veien.
kb-reporting-short-nordic-2024 = Når du har fått støtte, signerer du tilsagnsbrevet. Der står det hvordan pengene betales ut, og hva sluttrapporten skal vise. Endringer må godkjennes, og til slutt leverer du en sluttrapport med regnskap. En rådgiver kan fortelle deg hvilke vilkår som gjelder for støtten din.
kb-reporting-body-nordic-2024 =
    Slik går det for seg etter at du har fått ja:
    • Signer tilsagnsbrevet og les vilkårene nøye. Der står det hvordan og når støtten betales ut.
    • Endrer planene seg – ny dato, andre aktiviteter eller et annet budsjett – må endringen godkjennes. Ta kontakt med sekretariatet før du gjør endringen.
    • Når prosjektet er ferdig, leverer du en sluttrapport med regnskap. Ta vare på kvitteringer og en oversikt over timene de frivillige har lagt ned: Frivillig arbeid regnes som egenfinansiering.
    I den tidligere norsk-russiske ordningen kunne inntil 75 % betales ut på forskudd, regnskapet måtte vise minst 30 % egenfinansiering, støtte på over 100 000 kroner krevde bekreftelse fra revisor, og man fikk ikke ny støtte før sluttrapporten for det forrige prosjektet var godkjent. Jeg vet ikke om de samme reglene gjelder i dagens ordning. Det kan en rådgiver svare på.
kb-reporting-keywords = tilsagn, tilsagnsbrev, signere, utbetaling, forskudd, når får vi pengene, rapport, sluttrapport, skrive rapport, rapport etterpå, rapportere, må vi rapportere, rapportering, regnskap, revisor, revisorbekreftelse, kvitteringer, bilag, dokumentasjon, endringer, endre prosjektet, utsette, flytte datoen, godkjenning, søke igjen, ny søknad, 75 prosent, etter innvilget søknad

## Finne en partner

kb-find-partner-title = Slik finner du en partner
kb-find-partner-short = Spør rådgiverne i sekretariatet, se i databasen over prosjekter som har fått støtte siden 2003, og møt folk på Kirkeneskonferansen, Barents Spektakel eller Arctic Frontiers. Gjelder det russiske partnere, snakk med en rådgiver først.
kb-find-partner-body =
    Her kan du lete:
    • Rådgiverne i sekretariatet hjelper deg å finne en partner.
    • I databasen over prosjekter som har fått støtte siden 2003, ser du hvem som har gjort noe lignende før.
    • Kirkeneskonferansen, Barents Spektakel og Arctic Frontiers er gode steder å møte folk.
    • Interreg har egne verktøy for partnersøk.
    • Partnersøket her i boten (/partners): Legg ut en kort profil, og søk blant profilene til andre. Kontaktinformasjon deles bare når begge sider sier ja.
    Start gjerne med kultur eller idrett – et kor, et band, et fotballag. Møt hverandre, eller ta en videosamtale, før dere begynner på søknaden.
    Viktig om Russland: I 2024 erklærte Russland sekretariatet som en «uønsket» organisasjon, og etter russisk lov er det et lovbrudd å delta i virksomheten til en slik organisasjon. Det er derfor en reell risiko for folk i Russland å stå oppført som partner. Ikke nevn en russisk partner offentlig, del aldri opplysninger om vedkommende uten samtykke, og snakk med en rådgiver før du går videre.
kb-find-partner-short-nordic-2024 = Spør rådgiverne, se i sekretariatets database over tidligere prosjekter, bruk Interregs verktøy for partnersøk og møt folk på arrangementer. I dag holder partnerne først og fremst til i Nord-Sverige og Nord-Finland, og samiske organisasjoner kan også samarbeide på tvers av grensene.
kb-find-partner-body-nordic-2024 =
    I dagens ordning finner du partnerne først og fremst i Norrbotten og Västerbotten i Sverige og i Lappland, Nord-Østerbotten, Kajanaland og Nord-Karelen i Finland. Samiske organisasjoner samarbeider også på tvers av grensene.
    Her kan du lete:
    • Rådgiverne i sekretariatet hjelper deg å finne en partner.
    • Databasen over prosjekter som har fått støtte siden 2003, viser hvem som har gjort noe lignende.
    • På arrangementer som Kirkeneskonferansen, Barents Spektakel og Arctic Frontiers kan du møte mulige partnere.
    • Interreg har egne verktøy for partnersøk.
    • Partnersøket her i boten (/partners): Legg ut en kort profil og søk blant profilene til andre. Kontaktinformasjon deles bare når begge sider sier ja.
    Eksempel: Et skolekor i Tromsø ser i databasen hvem som har hatt korprosjekter før, finner et kor i Luleå og tar en videosamtale med dirigenten der før korene skriver søknaden sammen. Kultur og idrett er ofte den enkleste starten.
kb-find-partner-keywords = finne partner, finne en partner, partnersøk, samarbeidspartner, søker partner, har ingen partner, kontakter, nettverk, partnerregister, prosjektdatabase, database, tidligere prosjekter, Kirkeneskonferansen, Barents Spektakel, Arctic Frontiers, Interreg, konferanse, møteplass, Sverige, Finland, samiske organisasjoner, vennskapskommune, vennskapsskole, hvordan finne, partner i Russland, Murmansk, Arkhangelsk

## Siden 2022

kb-since-2022-title = Hva har endret seg siden 2022?
kb-since-2022-short = I mars 2022 ble samarbeidet med russiske statlige organer lagt på is, og senere ble det også slutt på støtte til aktiviteter i Russland og reiser dit. Den norsk-russiske ordningen sluttet å ta imot søknader { -norwegian-russian-closed }, og i 2024 erklærte Russland sekretariatet som «uønsket». Fra 2024 gjelder hovedordningen først og fremst samarbeid med Nord-Sverige og Nord-Finland, og samisk samarbeid.
kb-since-2022-body =
    Kort fortalt:
    • Mars 2022: Samarbeidet med russiske statlige organer ble lagt på is. Etter reglene fra april 2022 ble prosjekter med russiske nasjonale, regionale eller lokale myndigheter satt på vent, og bare uavhengige russiske aktører kunne være med. Digitale samarbeidsprosjekter var velkomne, og russiske partnere og deltakere kunne også befinne seg utenfor Russland.
    • 2022: Russland utvidet reglene om «utenlandske agenter».
    • Senere ble det slutt på støtte til aktiviteter i Russland og reiser dit.
    • 2023: Sekretariatets kontorer i Murmansk, Arkhangelsk og Narjan-Mar ble lagt ned, og i september meldte Russland seg ut av Barentsrådet. Den norsk-russiske ordningen sluttet å ta imot søknader { -norwegian-russian-closed }. Samme år ble «LHBT-bevegelsen» erklært ekstremistisk i Russland.
    • Fra 2024: Sekretariatet finansieres av Kommunal- og distriktsdepartementet, og hovedordningen gir støtte til nordnorske organisasjoner som samarbeider med partnere, først og fremst i Nord-Sverige og Nord-Finland, og til samisk samarbeid.
    • 2024: Russland erklærte sekretariatet som en «uønsket» organisasjon. Etter russisk lov er det et lovbrudd å delta i virksomheten til en slik organisasjon. Det er en reell risiko for folk i Russland som står oppført som partnere, skriver til rådgiverne eller er med i et prosjekt.
    Hva betyr det for deg? Planlegger du noe med noen i Russland – også bare et videomøte mellom to skoleklasser – bør du lese «Er det trygt for folk i Russland å være med?» og snakke med en rådgiver før du går videre. Del aldri opplysninger om partneren din offentlig.
kb-since-2022-keywords = 2022, siden 2022, etter 2022, krigen, Ukraina, krigen i Ukraina, sanksjoner, samarbeid med Russland, russisk partner, russiske partnere, går det fortsatt, kan vi fortsatt samarbeide, framleis, lagt på is, stanset, satt på vent, stengt ordning, ingen nye søknader, 15. november 2023, kontorene stengt, Murmansk-kontoret, Barentsrådet, digitalt samarbeid, uavhengige aktører, hva har endret seg, kva har endra seg, nye regler, ny ordning, 2023, 2024

## Sikkerhet for folk i Russland

kb-safety-russia-title = Er det trygt for folk i Russland å være med?
kb-safety-russia-short = I 2024 erklærte Russland sekretariatet som en «uønsket» organisasjon. Etter russisk lov er det et lovbrudd å delta i virksomheten til en slik organisasjon – første gang regnes det som en administrativ overtredelse, og ved gjentakelse kan det bli straffesak. Det er en reell risiko for folk i Russland som står oppført som partnere, skriver til rådgiverne eller er med i et prosjekt. Jeg kan ikke vurdere situasjonen din. En rådgiver kan snakke med deg om den, men for folk i Russland kan det i seg selv være en risiko å skrive til sekretariatet.
kb-safety-russia-body =
    Dette har skjedd:
    • 2022: Russland utvidet reglene om «utenlandske agenter».
    • 2023: «LHBT-bevegelsen» ble erklært ekstremistisk i Russland – et prosjekt eller en melding som berører temaet, gir enda større juridisk risiko for folk der.
    • 2024: Russland erklærte Barentssekretariatet som en «uønsket» organisasjon.
    Etter russisk lov er det et lovbrudd å delta i virksomheten til en «uønsket» organisasjon. Første gang regnes det som en administrativ overtredelse, og ved gjentakelse kan det bli straffesak. Det er en reell risiko for folk i Russland som står oppført som partnere, skriver til rådgiverne eller er med i et prosjekt.
    Jeg kan ikke vurdere situasjonen din, og jeg gir ikke juridiske råd. Jeg kan ikke si nøyaktig hva som regnes som deltakelse, eller hvordan loven blir brukt overfor en bestemt person – det er usikkert.
    • Hvis du er i Russland: Det er du som bestemmer hva du vil være med på. Husk at det i seg selv kan være en risiko å ta kontakt med sekretariatet og rådgiverne. Vil du helst ikke skrive til sekretariatet selv, kan partneren din i Norge snakke med en rådgiver for deg.
    • Hvis du samarbeider med noen i Russland: Spør dem først, ikke nevn dem noe sted uten at de har sagt ja, og snakk med en rådgiver før dere planlegger noe sammen.
kb-safety-russia-keywords = er det trygt, trygt, trygg, sikkerhet, sikkert, er det farlig, farlig, farleg, fare, farlig for meg, risiko, risikabelt, redd, bekymret, engstelig, trygt for partneren, arrestert, arrestere, arrestasjon, fengsel, fengslet, bøter, straff, straffes, kan jeg bli straffet, kan eg bli straffa, straffesak, politi, trøbbel, havne i trøbbel, konsekvenser, uønsket, uønsket organisasjon, erklært uønsket, er det lov, lovlig, ulovlig, lovbrudd, russisk lov, bor i Russland, folk i Russland, delta, deltakelse, problem, problemer, få problemer, få problem, vere med, være med, farleg for meg, risikerer jeg noe, risikere noe, FSB, bøtelagt, få bot
kb-safety-advisers-title = Hva rådgiverne kan og ikke kan gjøre
kb-safety-advisers-short = Rådgiverne kan gi råd og snakke med deg om situasjonen din. De kan ikke gi juridiske råd om russisk lov, garantere at noen er trygge, eller endre loven.
kb-safety-advisers-body =
    Dette kan rådgiverne gjøre:
    • gi råd om ideen din, kriteriene, hvordan du finner en partner, og de kulturelle og politiske forskjellene mellom landene
    • snakke med deg om situasjonen din, også om risikoen for folk i Russland
    • fortelle hvilken ordning og hvilke regler som gjelder i dag
    Dette kan de ikke gjøre:
    • gi juridiske råd om russisk lov, eller si hvordan loven vil bli brukt overfor en bestemt person
    • garantere at noen er trygge
    • endre russisk lov, eller gjøre noe med at sekretariatet er erklært «uønsket» i Russland
    Dette har endret seg siden 2022:
    • I mars 2022 ble samarbeidet med russiske statlige organer lagt på is, og senere ble det slutt på støtte til aktiviteter i Russland og reiser dit.
    • Sekretariatets kontorer i Murmansk, Arkhangelsk og Narjan-Mar ble lagt ned i 2023.
    • Den norsk-russiske ordningen sluttet å ta imot søknader { -norwegian-russian-closed }. Fra 2024 gjelder hovedordningen samarbeid med partnere, først og fremst i Nord-Sverige og Nord-Finland.
    Du velger selv om du vil være med i partnersøket i boten, og en profil inneholder bare det mest nødvendige. Kontaktinformasjon deles bare når begge sider sier ja.
    Er du i Russland, bør du huske at det i seg selv kan være en risiko å skrive til rådgiverne. Del bare det du selv synes er greit. Vil du vite hvem som leser meldingene dine, kan du spørre om det før du skriver noe følsomt.
kb-safety-advisers-keywords = rådgiver, rådgiverne, rådgjevar, hva kan rådgiverne gjøre, kva kan rådgjevarane gjere, hva kan dere gjøre for meg, kan dere hjelpe meg, hjelp hvis noe skjer, beskytte, beskyttelse, beskytte meg, garantere, garanti, juridiske råd, juridisk hjelp, advokat, fortrolig, konfidensielt, taushetsplikt, hvem leser meldingene, personvern, endre loven, hva kan sekretariatet gjøre
kb-safety-contact-title = Kontakt med folk i Russland: navn, profiler og innlegg
kb-safety-contact-short = Tenk deg om før du nevner en person i Russland noe sted – i søknader, profiler, meldinger eller på sosiale medier. Spør personen først hva som er greit, møt hverandre digitalt i stedet for å reise, og snakk med en rådgiver før noe blir offentlig.
kb-safety-contact-body =
    Noen enkle vaner kan beskytte dem du samarbeider med:
    • Spør først. La personen i Russland bestemme hva som er greit, og hold deg til det – også når planene endrer seg.
    • Ikke nevn en person i Russland ved navn i søknader, rapporter, profiler, meldinger eller på sosiale medier før du har snakket med vedkommende og med en rådgiver.
    • I partnersøket: Skriv om organisasjonen, ikke om en person, og hold kontakten gjennom boten. Kontaktinformasjon deles bare når begge sider sier ja.
    • Ikke skriv navnet eller kontaktinformasjonen til en russisk partner i søknadsutkastet. Rådgiveren som går gjennom søknadsutkastet, kan snakke med deg om hvorvidt opplysningene trengs, og i så fall hvordan de skal oppgis.
    • Møt hverandre digitalt i stedet for å reise: Etter de senere reglene i den norsk-russiske ordningen fikk aktiviteter i Russland og reiser dit ikke støtte. Vær like varsom med navn på nett.
    • Snakk med en rådgiver før noe om samarbeidet blir offentlig – en pressemelding, et bilde, et innlegg eller et program for et arrangement.
    • Er du selv i Russland: Del bare det du synes er greit, og si nei når du vil.
    Eksempel: En skole i Kirkenes skriver en søknad om et prosjekt med en skole i Luleå og vil nevne at den tidligere har samarbeidet med en skole i Murmansk. Skolen spør en rådgiver først og nevner ikke navnet på læreren den samarbeidet med i Murmansk.
    Dette er generelle forholdsregler, ikke juridiske råd. De kan gjøre risikoen mindre, men ikke fjerne den.
kb-safety-contact-keywords = holde kontakten, kontakt, trygg kontakt, kontakt på en trygg måte, navn, namn, navnet på partneren, namnet på partnaren, navnet på den russiske partneren, nevne partneren, nemne partnaren, navn i søknaden, søknadsutkast, kontaktinformasjon, personopplysninger, telefonnummer, profil, partnerprofil, sosiale medier, Facebook, Instagram, VK, legge ut, innlegg, bilde, bilder, foto, publisere, offentlig, pressemelding, nyhetssak, digitalt møte, møtes digitalt, meldinger, spørre først, be om tillatelse, samtykke, anonym, skjule

## Tillit

kb-trust-title = Slik bygger du tillit
kb-trust-short = Russiske partnere bygger ofte samarbeidet på personlige relasjoner og kontakt med øverste leder, mens nordmenn stoler mer på skriftlige avtaler og åpen informasjon. Bruk tid på å bli kjent før dere skriver noe.
kb-trust-body =
    På russisk side er det ofte relasjonen som bærer samarbeidet: Man vil kjenne folkene man jobber med, og det betyr mye å ha kontakt med den som bestemmer øverst. På norsk side forventer vi gjerne at ting står svart på hvitt, og at informasjonen er åpen for alle.
    Begge deler er viktig. Slik kan dere få det til:
    • Møt hverandre før dere skriver søknaden – fysisk eller på video.
    • Ta dere tid. Et første møte handler like mye om å bli kjent som om å avtale noe.
    • Hils på lederen hos partneren, ikke bare på kontaktpersonen.
    • Skriv ned det dere blir enige om, og send det til hverandre.
    Eksempel: En fotoklubb i Kirkenes som vil lage en utstilling med en fotoklubb på den andre siden av grensen, begynner med et par videomøter der folk forteller om seg selv og det de holder på med. Først etterpå snakker de om budsjett og oppgaver.
    Mange prosjekter ender i vennskap som varer i årevis – det er nettopp det folk-til-folk-samarbeidet handler om. Partnere i Sverige og Finland jobber mer som nordmenn, men også de har sine egne vaner.
kb-trust-keywords = tillit, stole på, bli kjent, relasjoner, personlig kontakt, vennskap, venner, bygge relasjoner, første møte, videomøte, Teams, Zoom, møtes fysisk, leder, øverste leder, skriftlig avtale, kulturforskjeller, russisk kultur, samarbeidskultur, tålmodighet, åpenhet, ta seg tid

## Hierarki

kb-hierarchy-title = Hierarki: hvem bestemmer?
kb-hierarchy-short = På russisk side går beslutninger ofte helt til toppen, så godkjenning tar tid og skjer mer formelt. Finn ut hvem som bestemmer, ta kontakt på riktig nivå, og legg inn ekstra tid i planen.
kb-hierarchy-body =
    I Norge er vi vant til flate strukturer: Kontaktpersonen kan ofte bestemme mye selv, og avstanden til sjefen er kort. På russisk side er avstanden mellom leder og ansatte ofte større. Selv små ting kan måtte godkjennes av direktøren, og det tar tid. Det betyr ikke at partneren er uinteressert når svaret drøyer – det er bare slik beslutningene blir tatt.
    Slik gjør du det enklere:
    • Spør tidlig hvem som tar beslutningene, og hvem som må si ja.
    • Ta kontakt på riktig nivå: Skal en hel organisasjon være med, bør lederen få en formell henvendelse, ikke bare den du kjenner der.
    • Send en kort, skriftlig oppsummering som kontaktpersonen kan legge fram for lederen sin.
    • Legg inn ekstra tid til godkjenninger i planen.
    Eksempel: En idrettsklubb i Vadsø som vil lage et felles treningsopplegg på nett med en klubb på russisk side, sender invitasjonen både til treneren og til klubbens leder, underskrevet av sin egen styreleder.
    Partnere i Sverige og Finland har en arbeidsmåte som ligner mer på den norske, men også de har sine egne vaner.
    Er partneren i Russland, bør du snakke med en rådgiver før dere sender formelle brev eller signerer referater: Et dokument som knytter en organisasjon i Russland til et prosjekt som sekretariatet støtter, kan sette organisasjonen i fare.
kb-hierarchy-keywords = hierarki, hvem bestemmer, beslutning, beslutninger, beslutningstaker, godkjenning, godkjenne, sjef, sjefen, leder, direktør, rektor, styreleder, maktavstand, svarer ikke, venter på svar, treg godkjenning, riktig nivå, formell henvendelse, toppen, ledelsen, flat struktur

## Formalitet

kb-formality-title = Møter, titler og skriftlige avtaler
kb-formality-short = Første møte er gjerne formelt på russisk side: Bruk titler og tiltal folk med fornavn og farsnavn. Bekreft avtaler både muntlig og skriftlig, og lag et møtereferat som begge signerer.
kb-formality-body =
    Det som for en nordmann kan virke stivt, er ofte bare vanlig høflighet på russisk side. Noen tips:
    • Det første møtet er gjerne formelt. Presenter hvem du er og hvem du representerer, og la det uformelle komme etter hvert.
    • Bruk titler, og tiltal folk med fornavn og farsnavn, for eksempel Irina Petrovna eller Sergej Ivanovitsj, til de selv foreslår noe annet.
    • Bekreft det dere blir enige om, både muntlig i møtet og skriftlig etterpå.
    • Skriv et møtereferat, gjerne på begge språk, som begge parter signerer. Da er det lettere for partneren å vise ledelsen hva som er avtalt, og dere har det klart når søknaden og rapporten skal skrives.
    Eksempel: Etter et videomøte om et felles kunstverksted sender du et kort referat på norsk og russisk: hva dere ble enige om, hvem som gjør hva, og når neste steg skal være ferdig. Partneren signerer og sender det tilbake.
    Møter med partnere i Sverige og Finland ligner mer på norske møter, men også der har folk sine egne vaner.
    Er partneren i Russland, bør du snakke med en rådgiver før dere sender formelle brev eller signerer referater: Et dokument som knytter en organisasjon i Russland til et prosjekt som sekretariatet støtter, kan sette organisasjonen i fare.
kb-formality-keywords = formell, formelt, formaliteter, møte, første møte, møteform, titler, tittel, farsnavn, patronym, fornavn, tiltale, høflighet, etikette, referat, møtereferat, protokoll, signere, underskrift, skriftlig, muntlig avtale, bekrefte avtalen, samarbeidsavtale, intensjonsavtale

## Språk

kb-language-title = Språk, tolking og oversetting
kb-language-short = Bruk tolk når dere møtes, og lag viktige dokumenter på begge språk. Tolking og oversetting kan få støtte, så ta det med i budsjettet.
kb-language-body =
    Språk er et av hindrene begge sider nevner oftest. Ikke regn med at alle snakker godt engelsk – og selv når de gjør det, kan viktige detaljer gå tapt.
    • Bruk tolk i møter, på arrangementer og i videosamtaler der dere skal avtale noe.
    • Lag avtaler, møtereferater, program og invitasjoner på begge språk, for eksempel norsk og russisk.
    • Ta med tolking og oversetting i budsjettet. Det er en vanlig kostnad som kan få støtte.
    • Skriv og snakk enkelt: korte setninger, ingen faguttrykk eller interne forkortelser, og ett budskap om gangen.
    • Sjekk at dere har forstått hverandre. Be partneren si med egne ord hva dere ble enige om, og send en skriftlig oppsummering etterpå.
    Eksempel: Et amatørteater i Bodø som lager en forestilling sammen med en teatergruppe på den andre siden av grensen, setter av penger til tolk på de felles prøvene og til oversetting av manus og avtaler.
kb-language-keywords = tolk, tolker, tolking, tolke, oversetting, oversettelse, oversette, oversetter, språk, språkproblemer, språkbarriere, russisk, engelsk, finsk, svensk, samisk, dokumenter på to språk, tospråklig, klarspråk, enkelt språk, misforståelser, forstår ikke hverandre, pris på tolk, simultantolk, leie inn tolk, betale tolk, betale for tolk

## Planlegging

kb-planning-title = Planlegging og tid
kb-planning-short = Partnerne planlegger ofte med ulik tidshorisont, og tillatelser, visum, registrering og pengeoverføringer tar tid. Begynn tidlig, legg inn god margin, og start gjerne med et kultur- eller idrettsprosjekt.
kb-planning-body =
    Noen planlegger et år fram, andre ordner det meste noen uker i forveien. Snakk tidlig om hvordan dere liker å planlegge, og bli enige om en felles tidsplan.
    Begge sider nevner de samme hindringene: visum, reisekostnader, korte tidsfrister, språk og ulike systemer. Derfor:
    • Sett det som krever tillatelser, visum, registrering eller pengeoverføringer, helt først i planen.
    • Legg inn god margin – gjerne noen uker ekstra – mellom de viktigste stegene.
    • Ha en plan B, for eksempel et videomøte hvis en reise faller bort.
    Kultur og idrett er ofte den enkleste starten: Et felles korverksted, en fotballturnering eller en utstilling er lett å samles om, uansett språk.
    Noen temaer krever varsomhet, for eksempel urfolksrettigheter. LHBT+-temaer er mer enn et spørsmål om takt: Siden 2023 regnes «LHBT-bevegelsen» som ekstremistisk etter russisk lov, så slike temaer innebærer en juridisk risiko for partnere i Russland. Snakk med en rådgiver før du tar dem opp med noen i Russland.
    Eksempel: En skole i Alta som vil ha et felles elevprosjekt i mai, avtaler datoene med partnerskolen allerede i høstferien og sender søknaden i god tid.
kb-planning-keywords = planlegging, planlegge, tidsplan, framdriftsplan, hvor lang tid trenger vi, når bør vi begynne, i god tid, buffer, margin, forsinkelser, forsinket, hindringer, utfordringer, reisekostnader, plan B, kultur og idrett, første prosjekt, hvordan begynne, komme i gang, LHBT, skeiv, urfolks rettigheter, sensitive temaer, vanskelige temaer

## Byråkrati

kb-bureaucracy-title = Visum, tillatelser, pengeoverføringer og byråkrati
kb-bureaucracy-short = Visum, tillatelser, registrering og pengeoverføringer tar tid, så begynn tidlig. For folk i Russland er det dessuten en reell risiko å være med: Snakk med en rådgiver før du overfører penger til en partner i Russland, inviterer noen derfra eller nevner noen i et dokument.
kb-bureaucracy-body =
    Det praktiske tar ofte lengre tid enn man tror. Begynn derfor med dette så snart du vet at prosjektet blir noe av:
    • Visum og invitasjoner: Sjekk tidlig hvilke regler som gjelder for dem som skal reise, og hvor lang tid det tar.
    • Tillatelser og registrering: Noen aktiviteter krever godkjenning, eller at deltakerne blir registrert.
    • Pengeoverføringer: Å betale en partner eller refundere utgifter over grensen kan være tungvint og ta tid, og det er ikke alltid mulig.
    Loven om «utenlandske agenter» fra 2012 gjorde det vanskeligere for russiske frivillige organisasjoner å samarbeide om prosjekter som er finansiert fra utlandet, og i 2022 ble reglene utvidet.
    I mars 2022 ble samarbeidet med russiske statlige organer lagt på is, og senere ble det slutt på støtte til aktiviteter i Russland og reiser dit. I 2024 erklærte Russland sekretariatet som en «uønsket» organisasjon, og etter russisk lov er det et lovbrudd å delta i virksomheten til en slik organisasjon. Det er en reell risiko for folk i Russland som står oppført som partnere eller er med i et prosjekt.
    Jeg har ikke sikker informasjon om sanksjoner eller om hvilke bankoverføringer til Russland som er mulige. Snakk derfor med en rådgiver før du overfører penger til noen i Russland eller inviterer noen derfra. Eksempel: Skal foreningen din betale reisen for en russisk kunstner som skal delta på en festival i Norge, kan du snakke med en rådgiver om det i det hele tatt lar seg gjøre – eller om det bør vente.
    Med partnere i Sverige og Finland er det som regel mindre av dette, men planlegg reiser og bestillinger tidlig likevel.
kb-bureaucracy-keywords = visum, visa, visumsøknad, invitasjon, invitasjonsbrev, pass, tillatelse, tillatelser, registrering, byråkrati, papirarbeid, papirmølle, pengeoverføring, overføre penger, sende penger, betale partneren, betale til Russland, bankoverføring, bank, refusjon, sanksjoner, utenlandsk agent, utenlandske agenter, agentloven, invitere gjester, grensen, grensepassering, Storskog, reise til Russland
