## Rule sets: names, notices and the reasons behind verdicts


reason-not-registered = { $scheme_status ->
    [closed] Søkeren måtte være registrert i Enhetsregisteret i Brønnøysundregistrene og ha et organisasjonsnummer, eller søke gjennom en registrert organisasjon.
   *[other] Søkeren må være registrert i Enhetsregisteret i Brønnøysundregistrene og ha et organisasjonsnummer. Har søkeren ikke det, kan du søke gjennom en registrert organisasjon – for eksempel en forening, en skole eller kommunen – eller sørge for at søkeren blir registrert først. En rådgiver kan hjelpe deg videre.
}
reason-private-person = { $scheme_status ->
    [closed] Privatpersoner søkte som regel gjennom en organisasjon – en forening, en skole, en kulturinstitusjon eller kommunen – og ledet prosjektet der.
   *[other] Privatpersoner søker som regel gjennom en organisasjon – en forening, en skole, en kulturinstitusjon eller kommunen – og leder prosjektet der. En rådgiver kan fortelle deg om du kan søke selv, eller hjelpe deg å finne en organisasjon.
}
reason-nr-person = De senere reglene åpnet bare for søknader fra organisasjoner, bedrifter, stiftelser og offentlige institusjoner, ikke fra privatpersoner. Privatpersoner måtte søke gjennom en organisasjon.
reason-no-partner = Et prosjekt trenger en partner på den andre siden av grensen. En rådgiver kan hjelpe deg å finne en, og du kan også lete selv med /partners.
reason-nr-partner-region = Partneren må holde til i den russiske delen av Barentsregionen: Murmansk oblast, Arkhangelsk oblast, Nenets autonome okrug, Republikken Karelen eller Republikken Komi.
reason-russian-state = Samarbeid med russiske statlige organer – nasjonale, regionale eller lokale myndigheter og underliggende virksomheter – ble lagt på is i mars 2022 og fikk ikke støtte etter det.
reason-activities-in-russia = De senere reglene ga ikke støtte til aktiviteter i Russland eller reiser dit.
reason-topic-other = { $scheme_status ->
    [closed] Ingen av temaene du valgte, var nevnt blant de prioriterte områdene.
   *[other] Ingen av temaene du valgte, er nevnt blant de prioriterte områdene. Noen prosjekter kan likevel passe – det kan en rådgiver svare på.
}
reason-nordic-costs = Av kostnadene du valgte, fikk disse ikke støtte i den tidligere ordningen: { $matched }. En rådgiver kan fortelle deg om dagens ordning dekker dem.
reason-name-only-partner = { $scheme_status ->
    [closed] En partner som bare lånte ut navnet sitt, gjorde ikke prosjektet til et samarbeid: Begge sider måtte ha en aktiv rolle.
   *[other] En partner som bare låner ut navnet sitt, gjør ikke prosjektet til et samarbeid: Begge sider må ha en aktiv rolle. En rådgiver kan hjelpe deg å utforme rollene.
}
reason-nordic-norway-only = En partner i Norge alene gjør ikke prosjektet grenseoverskridende. Partnere fra de sørsamiske områdene i Norge kan være med i samisk samarbeid, sammen med en partner i et annet land.
reason-cost-equipment = { $scheme_status ->
    [closed] Utstyr, bygninger og andre fysiske investeringer fikk ikke støtte.
   *[other] Utstyr, bygninger og andre fysiske investeringer får ikke støtte.
}
reason-cost-running = { $scheme_status ->
    [closed] Ordinære driftskostnader fikk ikke støtte.
   *[other] Ordinære driftskostnader får ikke støtte.
}
reason-cost-research = { $scheme_status ->
    [closed] Forskning fikk ikke støtte.
   *[other] Forskning får ikke støtte.
}
reason-cost-humanitarian = { $scheme_status ->
    [closed] Humanitær hjelp fikk ikke støtte.
   *[other] Humanitær hjelp får ikke støtte.
}
reason-cost-marketing = { $scheme_status ->
    [closed] Markedsføring fikk ikke støtte.
   *[other] Markedsføring får ikke støtte.
}
reason-cost-publications = { $scheme_status ->
    [closed] Publikasjoner, informasjonsmateriell og nettsider fikk ikke støtte.
   *[other] Publikasjoner, informasjonsmateriell og nettsider får ikke støtte.
}
reason-cost-production = { $scheme_status ->
    [closed] Profesjonell film- og musikkproduksjon fikk ikke støtte.
   *[other] Profesjonell film- og musikkproduksjon får ikke støtte.
}
reason-passive-partner = { $scheme_status ->
    [closed] Begge partnerne måtte ha en aktiv rolle. En partner som bare tok imot besøk og var vertskap, svekket søknaden.
   *[other] Begge partnerne må ha en aktiv rolle. En partner som bare tar imot besøk og er vertskap, svekker søknaden.
}
reason-already-started = { $scheme_status ->
    [closed] Det som allerede var gjort, kunne ikke få støtte.
   *[other] Så vidt jeg vet, kan det som allerede er gjort, ikke få støtte – det kan en rådgiver bekrefte. Aktiviteter som ligger fram i tid, kan få støtte, og en rådgiver kan hjelpe deg å planlegge dem.
}
reason-nordic-russia = Denne ordningen gjelder først og fremst samarbeid med partnere i Nord-Sverige og Nord-Finland. En rådgiver kan fortelle deg om en partner i Russland kan være med i et slikt prosjekt.
reason-nordic-other-arctic = Prosjekter med partnere på Grønland, Færøyene og Island og i arktisk Canada eller USA kan også vurderes. En rådgiver kan fortelle deg om det gjelder prosjektet ditt.
reason-nordic-partner-region = Ordningen gjelder først og fremst partnere i Nord-Sverige og Nord-Finland: Norrbotten, Västerbotten, Lappland, Nord-Østerbotten, Kajanaland og Nord-Karelen.
note-nordic-sami = Samisk samarbeid er en viktig del av ordningen, og partnere fra de sørsamiske områdene i Norge kan også være med.

share-business = For næringsprosjekter er støtteandelen inntil { $business_share } %.
share-small-project = Grunnen er at hele prosjektet ditt koster mindre enn { $small_project } kroner.

note-nr-continuous = Søknader på inntil { $continuous_max } kroner behandles fortløpende, og saksbehandlingstiden er vanligvis 4–6 uker. Send derfor søknaden 4–6 uker før prosjektet starter.
note-nr-board = Søker du om mer enn { $continuous_max } kroner, avgjøres søknaden av styret, som har søknadsfrist { $board_deadlines }. Søknader på inntil { $continuous_max } kroner behandles fortløpende. Send søknaden i god tid før prosjektet starter.
note-nr-small = Prosjekter som koster under { $small_project } kroner til sammen, kan kanskje få hele kostnaden dekket. Spør en rådgiver.
note-nordic-deadlines = En rådgiver kan fortelle deg om saksbehandlingstiden og fristene som gjelder for søknaden din.
note-nordic-volunteer = Frivillig arbeid regnes som egenfinansiering og verdsettes til { $volunteer_rate } kroner per time.
scheme-nr-title = Norsk-russisk folk-til-folk-samarbeid
scheme-nordic-title = Støtte til samarbeid med Nord-Sverige og Nord-Finland og til samisk samarbeid
notice-nr-2022 = De midlertidige reglene fra april 2022 i korte trekk: Samarbeid med russiske statlige organer ble lagt på is, bare uavhengige russiske aktører kunne delta, digitalt samarbeid var velkomment, og senere ble det ikke gitt støtte til aktiviteter i Russland eller reiser dit.
notice-nordic-2024 = Ordningen har tre programmer: Barentsmidler (generelle prosjekter), BarentsKult (profesjonell kunst) og BarentsUng (reisestøtte for unge mellom 16 og 30 år). En rådgiver hjelper deg å velge riktig program.
reason-applicant-region = Søkeren må holde til i Nord-Norge, det vil si i Nordland, Troms eller Finnmark.
