## The main menu and the introduction

main-title = Hovedmeny
main-menu =
    Hei! Jeg hjelper deg som vil starte et prosjekt på tvers av grensene i Barentsregionen og søke støtte fra Barentssekretariatet.
    Hva vil du gjøre?
main-menu-help = Velg hva du vil gjøre ved å sende nummeret. Du kan alltid komme tilbake hit med /start.
main-item-eligibility = Sjekk om ideen min oppfyller kriteriene
main-item-about = Om Barentssekretariatet

about-title = Om Barentssekretariatet
about-secretariat =
    Barentssekretariatet i Kirkenes støtter samarbeid mellom folk på tvers av grensene i nord. Barentssamarbeidet begynte i 1993 med Kirkeneserklæringen, som et fredsprosjekt etter den kalde krigen.
    Hvert år gir sekretariatet støtte til 200–300 små prosjekter mellom skoler, kommuner, organisasjoner, kulturinstitusjoner og bedrifter.
about-advice =
    Sekretariatet er også et ressurssenter: rådgiverne hjelper deg med å utvikle ideen, forstå kriteriene, finne en partner og forstå de kulturelle og politiske forskjellene mellom landene.
    Det viktigste i en søknad er hvor godt partnerne samarbeider – begge sider må ha en reell rolle.
