## The main menu and the introduction

main-title = Hovedmeny
main-menu = { $returning ->
        [yes] Hovedmeny. Hva vil du gjøre?
        [again] Hei! Hva vil du gjøre?
       *[no]
            Hei! Jeg hjelper deg som vil starte et prosjekt på tvers av grensene i Barentsregionen og søke støtte fra Barentssekretariatet.
            Hva vil du gjøre?
    }
main-menu-help = Velg hva du vil gjøre ved å sende nummeret. Du kan alltid komme tilbake hit med /start.
main-item-eligibility = Sjekk om ideen min oppfyller kriteriene
main-item-about = Om Barentssekretariatet

about-title = Om Barentssekretariatet
about-secretariat =
    Barentssekretariatet i Kirkenes støtter samarbeid mellom folk på tvers av grensene i nord. Barentssamarbeidet begynte i 1993 med Kirkeneserklæringen, som et fredsprosjekt etter den kalde krigen.
    Gjennom den norsk-russiske ordningen støttet sekretariatet 200–300 prosjekter i året – samarbeid mellom skoler, kommuner, organisasjoner, kulturinstitusjoner og bedrifter.
    Mye har endret seg siden 2022. I mars 2022 ble samarbeidet med russiske statlige organer lagt på is, og { -norwegian-russian-closed } sluttet den norsk-russiske ordningen å ta imot søknader. Fra 2024 støtter sekretariatet samisk samarbeid og prosjekter der nordnorske organisasjoner samarbeider med partnere, først og fremst i Nord-Sverige og Nord-Finland. I 2024 erklærte Russland sekretariatet som en «uønsket» organisasjon. Er du i Russland, bør du lese «Sikkerhet for folk i Russland» under «Råd» (/advice) før du blir med på noe eller skriver til en rådgiver.
about-advice =
    Sekretariatet er også et ressurssenter: Rådgiverne hjelper deg med å utvikle ideen din, forstå kriteriene, finne en partner og sette deg inn i de kulturelle og politiske forskjellene mellom landene.
    Det viktigste i en søknad er hvor godt partnerne samarbeider – begge sider må ha en reell rolle.
