## The eligibility check

eligibility-title = Eligibility check
eligibility-intro = Let's see whether your project idea fits the funding criteria, and under which scheme. I will ask about a dozen short questions. You can go back with /back at any time.
eligibility-partner-countries = In which country is your partner? Choose all that apply, separated by commas, like 1, 2.
eligibility-partner-countries-help = Your partner is the organisation, group or person in another country that you carry out the project with. Which funding scheme your idea is checked against depends on the partner's country. If you have no partner yet, choose “I have no partner yet”: an adviser can help you find one.
eligibility-partner-region-se = In which region of Sweden is your partner?
eligibility-partner-region-se-help = Choose the region where your partner is based. The funding is mainly for cooperation with partners in northern Sweden – Norrbotten and Västerbotten; if yours is elsewhere, an adviser will tell you whether the project can be considered.
eligibility-partner-region-fi = In which region of Finland is your partner?
eligibility-partner-region-fi-help = Choose the region where your partner is based. The funding is mainly for cooperation with partners in northern Finland – Lapland, North Ostrobothnia, Kainuu and North Karelia; if yours is elsewhere, an adviser will tell you whether the project can be considered.
eligibility-partner-region-ru = In which region of Russia is your partner?
eligibility-partner-region-ru-help = Choose the region where your partner is based. The Norwegian–Russian scheme is for partners in the Russian Barents regions – Murmansk, Arkhangelsk, Nenets, Karelia and Komi – and it stopped taking new applications on 15 November 2023. Russian authorities have reportedly listed the Secretariat as “undesirable”, so being named as a partner can be a real risk for people in Russia: talk to an adviser before you plan anything with a partner there.
eligibility-topics = What is the project about? Choose all that apply, separated by commas, like 1, 2.
eligibility-topics-help = Choose every topic that describes the project – a joint concert for pupils, for example, is both “Culture” and “Competence and education”. The check compares your answer with the priority areas of the funding schemes. If none fits, choose “Something else”: some projects still fit, and an adviser can tell you whether yours does.
eligibility-role-name-only = They only lend their name to the project
country-other-arctic = Greenland, the Faroe Islands, Iceland, arctic Canada or the USA
topic-sport = Sport
eligibility-applicant-type = Who would apply for the funding?
eligibility-applicant-type-help = The applicant is the organisation that applies for the funding and is responsible for the project and its money – as a rule a Norwegian organisation, company, foundation or public body; a private person usually applies through an organisation. If none of the options fits exactly, choose the closest: an adviser can help.
eligibility-applicant-ngo = A voluntary organisation or association
eligibility-applicant-municipality = A municipality or another public body
eligibility-applicant-school = A school, college or university
eligibility-applicant-culture = A museum, theatre or other cultural institution
eligibility-applicant-company = A company
eligibility-applicant-person = Myself, as a private person
eligibility-registered = Is it registered in the Brønnøysund Register Centre, with a 9-digit organisation number?
eligibility-registered-help = Norwegian organisations, companies and public bodies get a 9-digit organisation number when they are registered in the Central Coordinating Register for Legal Entities at the Brønnøysund Register Centre. You can look yours up there.
eligibility-applicant-region = Where is the applicant based?
eligibility-applicant-region-help = This asks where the applicant is based: where the applying organisation has its address, or where you live if you apply as a private person. The funding is for applicants based in Northern Norway: Nordland, Troms or Finnmark.
eligibility-partner-none = I have no partner yet
eligibility-partner-state = Is your partner a Russian state body – a national, regional or municipal authority, or something run directly by one?
eligibility-partner-state-help = Independent actors are, for example, voluntary organisations, private persons and independent cultural groups. Ministries, regional governments and municipal administrations are state bodies. If you are unsure, answer yes: an adviser will help you find out.
eligibility-activities-in-russia = Will any activities take place in Russia, or will anyone from Norway travel to Russia?
eligibility-activities-in-russia-help = Answer yes if any part of the project takes place in Russia, or if anyone from Norway travels there for it. Under the later Norwegian–Russian rules, activities in Russia and travel there were not funded; digital cooperation was welcome, and Russian participants could take part from outside Russia. Being named in a project funded by the Secretariat can be a real risk for people in Russia: talk to an adviser before you plan anything with them, or if you are unsure.
eligibility-costs = What would the money pay for? Choose all that apply, separated by commas, like 1, 2, 3.
eligibility-costs-help = Travel, accommodation, interpretation and translation, administration, project management and fees for people with an active role are typical costs the Secretariat funds. Equipment, buildings, ordinary running costs and the other items on the list are not funded.
eligibility-partner-role = How will your partner take part?
eligibility-partner-role-help = The most important thing in an application is how the partners cooperate. Both sides should take part in planning, carrying out and following up the project. A partner who only receives or hosts you counts against the application.
eligibility-role-together = We plan and carry it out together
eligibility-role-some = They take part in some activities
eligibility-role-passive = They mainly receive or host us
eligibility-cooperation = In a few sentences: how will you and your partner work together, and what will each side do?
eligibility-cooperation-help = For example: “Our choir and a choir in Luleå choose the repertoire together over video, each side rehearses at home, and we give two joint concerts, one in each country. Each side organises the concert at home.”
eligibility-started = Has the project already started, or have any of the activities already taken place?
eligibility-started-help = Answer yes if any part of the project – a trip or an event, for example – has already taken place or is under way. Nothing that has already been done can be funded, so the check needs to know. An adviser can tell you what can still be funded, and when you may start.
eligibility-budget = Roughly how much will the whole project cost, in Norwegian kroner? A round figure is fine.
eligibility-budget-help = Count everything: travel, accommodation, interpretation, fees and so on, for both partners. Write just the number, like 150 000.
eligibility-done = That was the eligibility check. You can take it again from the main menu with different answers.

## Countries and regions

country-russia = Russia
country-sweden = Sweden
country-finland = Finland
country-norway = Norway
region-nordland = Nordland
region-troms = Troms
region-finnmark = Finnmark
region-norway-other = Elsewhere in Norway
region-abroad = Outside Norway
region-murmansk = Murmansk region
region-arkhangelsk = Arkhangelsk region
region-nenets = Nenets Autonomous Area
region-karelia = Republic of Karelia
region-komi = Komi Republic
region-russia-other = Elsewhere in Russia
region-norrbotten = Norrbotten
region-vasterbotten = Västerbotten
region-sweden-other = Elsewhere in Sweden
region-lapland = Lapland
region-north-ostrobothnia = North Ostrobothnia (Oulu)
region-kainuu = Kainuu
region-north-karelia = North Karelia
region-finland-other = Elsewhere in Finland

## Topics (the priority areas)

topic-culture = Culture
topic-education = Competence and education
topic-indigenous = Indigenous peoples
topic-business = Business development
topic-environment = Environment
topic-civil-society = Civil society and media
topic-other = Something else

## Costs

cost-travel = Travel
cost-accommodation = Accommodation
cost-interpretation = Interpretation and translation
cost-fees = Fees for people with an active role
cost-administration = Administration and project management
cost-equipment = Equipment, buildings or other investments
cost-running = Our ordinary running costs
cost-research = Research
cost-humanitarian = Humanitarian aid
cost-marketing = Marketing
cost-publications = Publications, information material or a website
cost-production = Professional film or music production
