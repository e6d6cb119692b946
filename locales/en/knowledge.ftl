# The resource centre: short articles the bot uses to answer people's questions.
# Facts come from /work/shared/DOMAIN.md. Articles with two versions have a default text
# (the Norwegian–Russian scheme, with what changed after 2022) and a -nordic-2024 text
# (the current scheme since 2024).

## The resource centre in the menu

kb-title = Advice: funding, partners, culture
kb-browse = Pick a topic below – or just type your question in your own words, for example “Can we pay an interpreter?” or “How do I find a partner in Finland?”

## Topics

kb-topic-funding = Funding and applications
kb-topic-funding-intro = Who can apply, what can be funded, budgets, deadlines, writing a good application and reporting afterwards.
kb-topic-funding-keywords = funding, finance, grants, money
kb-topic-partners = Finding a partner, and the situation since 2022
kb-topic-partners-intro = Where to find a partner across the border, and what has changed for cooperation with Russia since 2022.
kb-topic-partners-keywords = partners, partner, partner search
kb-topic-culture = Working across the border: culture and styles
kb-topic-culture-intro = Trust, hierarchy, meetings, language and planning: how to work well with people on the other side of the border.
kb-topic-culture-keywords = culture, cultural differences, working styles
kb-topic-practical = Visas, permits, transfers and red tape
kb-topic-practical-intro = Visas, permits, money transfers and paperwork: what takes time, and what to check before you start.
kb-topic-practical-keywords = practical matters, red tape, paperwork
kb-topic-safety = Safety for people in Russia
kb-topic-safety-intro = In 2024 Russia listed the Secretariat as an “undesirable” organisation. Here: what that means for people in Russia, what the advisers can and cannot do, and how to keep contact safe.
kb-topic-safety-keywords = safety, security, risk, risks

## Funding: who can apply

kb-who-can-apply-title = Who can apply, and with whom?
kb-who-can-apply-short = Under the Norwegian–Russian scheme, a Norwegian organisation, municipality, school, company or foundation in Nordland, Troms or Finnmark with an organisation number can apply, together with a partner in the Russian Barents regions. A lot has changed since 2022: check with an adviser.
kb-who-can-apply-body =
    The applicant must be a Norwegian legal entity – for example a sports club, a school, a municipality, a museum, a company or a foundation. It must be registered in the Brønnøysund Register Centre with a 9-digit organisation number, and be based in Nordland, Troms or Finnmark.
    The partner is an organisation or a person in the Russian Barents regions: the Murmansk region, the Arkhangelsk region, the Nenets Autonomous Area, the Republic of Karelia or the Komi Republic.
    The two partners should be roughly equal. A choir in Vadsø and a choir in Murmansk that choose the songs together and each host a concert is a good match; a partner who only lends its name is not.
    Can you apply as a private person? Older versions of the rules seem to have allowed it, but the last rules of the Norwegian–Russian scheme list only organisations, companies, foundations and public institutions, so private persons applied through an organisation. Ask an adviser, who can also help you find an organisation to apply through.
    Since March 2022, cooperation with Russian state bodies has been suspended, and later no activities in Russia or travel there were funded. Talk to an adviser about which rules apply today.
kb-who-can-apply-short-nordic-2024 = Since 2024, organisations in Northern Norway (Nordland, Troms, Finnmark) can apply for projects with partners mainly in northern Sweden and Finland, and for Sámi cooperation across the borders.
kb-who-can-apply-body-nordic-2024 =
    The current scheme is for Northern Norwegian organisations – clubs, schools, municipalities, cultural groups, businesses – that work with partners mainly in Norrbotten and Västerbotten in Sweden, or in Lapland, North Ostrobothnia (Oulu), Kainuu and North Karelia in Finland. Sámi cooperation across the borders is also supported.
    There are three programmes:
    • Barentsmidler – the general programme for cooperation projects of all kinds.
    • BarentsKult – for professional artists and arts institutions.
    • BarentsUng – travel support for young people aged 16 to 30.
    For example, a youth club in Bodø visiting a youth club in Luleå could look at BarentsUng, while a professional dance company in Tromsø making a performance with dancers from Oulu would look at BarentsKult.
    An adviser can tell you which programme fits your idea and confirm the details, for example whether you as a private person can apply.
kb-who-can-apply-keywords = who can apply, can I apply, eligible, eligibility, applicant, organisation number, org number, Brønnøysund, registered, association, club, school, municipality, company, foundation, private person, individual, myself, Nordland, Troms, Finnmark, Northern Norway, Murmansk, Arkhangelsk, Sweden, Finland, Sámi, BarentsUng, BarentsKult, Barentsmidler

## Funding: what is funded

kb-funded-title = What can be funded, and what not?
kb-funded-short = The Secretariat typically pays for travel, accommodation, interpretation and translation, administration, project management and fees for people with an active role. It does not pay for equipment, buildings, running costs, research, marketing, websites or anything already done.
kb-funded-body =
    Costs that are usually covered:
    • travel and accommodation for the people taking part
    • interpreters and translation
    • administration and project management
    • fees for people with an active role, such as a choir leader, a coach or a workshop teacher
    Not funded: humanitarian aid, research, marketing, buildings and equipment (a computer, a sound system), ordinary running costs such as rent, starting a business, publications and information material, websites, professional film or music production, and covering a deficit.
    Nothing that has already happened can be funded. Salaries: as far as I know, pay is only covered as fees for people with an active role in the project, not as ordinary wages. An adviser can confirm how this works for you, and answer questions about other costs, such as food at a joint event.
    Priority areas are culture, competence and education, indigenous peoples, business development, the environment, and civil society and media, with extra weight on children and young people, tolerance, gender equality and democracy.
kb-funded-short-nordic-2024 = The facts I have do not say which costs the current scheme funds: an adviser can tell you. In the earlier Norwegian–Russian scheme, the money went mainly to travel, accommodation, interpretation, project management and fees for people with an active role. What is certain for the current scheme: volunteer work counts as own financing at NOK { $volunteer_rate } an hour.
kb-funded-body-nordic-2024 =
    The facts I have do not say which costs the current scheme funds and which it does not, so ask an adviser before you plan your budget.
    In the earlier Norwegian–Russian scheme, typical funded costs were:
    • travel and accommodation, for example a bus to Rovaniemi and two nights at a hostel
    • interpretation and translation
    • administration and project management
    • fees for people with an active role, such as a workshop leader or a coach
    That scheme did not fund humanitarian aid, research, marketing, buildings or equipment, ordinary running costs, starting a business, publications and information material, websites, professional film or music production, or deficits, nor anything that had already been done.
    What is known for the current scheme: volunteer work can count as part of your own financing, valued at NOK { $volunteer_rate } an hour. If ten members of a sports club each put in 15 hours to organise a tournament with a club in Kiruna, that is 150 hours, or NOK 30,000 of own financing.
    BarentsKult is for professional arts, and BarentsUng gives travel support to young people aged 16 to 30.
kb-funded-keywords = what is funded, what can we spend the money on, eligible costs, costs, salary, salaries, wages, pay, fees, travel, tickets, flights, hotel, accommodation, food, catering, meals, interpreter, translation, equipment, computer, rent, running costs, not funded, research, marketing, website, film, deficit, volunteer hours, buy, purchase, vehicle, car, bus, minibus, boat, snowmobile

## Funding: budget and own financing

kb-budget-title = Budget, own financing and co-financing
kb-budget-short = The Secretariat can cover up to { $max_share }% of your project's costs ({ $business_share }% for business projects). The rest is your own financing, and your own work counts towards it.
kb-budget-body =
    Make a budget with one line for each kind of cost: travel, accommodation, interpretation and translation, fees, administration and project management, and other costs. Then add a financing plan: what you apply for, what you pay yourselves, and what your partner contributes.
    Your own financing can be money, but also your own work. A municipality can count the hours its staff spend on the project, and a club can count its members' work.
    Example: a project costs NOK 120,000. You can apply for up to NOK 84,000; the remaining NOK 36,000 is your own financing. For a business project you could apply for up to NOK 60,000.
    Co-financing from Russia: the Norwegian–Russian scheme required a contribution from the Russian partner (their own work counted, and voluntary organisations only had to contribute a small share). Today, money or a named contribution from a partner in Russia can put them at risk. Do not plan one without talking to an adviser first.
    Small projects under NOK { $small_project } in total may perhaps be funded in full, but this is not certain for this scheme: ask an adviser.
    Keep receipts and timesheets: in the final report you must document at least 30% own financing.
kb-budget-short-nordic-2024 = In the current scheme the Secretariat can cover up to { $max_share }% of the Norwegian costs. The rest is own financing: what the applicant covers itself, in money or in its own work. Volunteer work counts as own financing at NOK { $volunteer_rate } an hour, and projects under NOK { $small_project } in total may be covered in full.
kb-budget-body-nordic-2024 =
    The { $max_share }% is calculated on the costs on the Norwegian side. Ask an adviser how your partners' costs in Sweden or Finland can be financed.
    The rest of the Norwegian costs is your own financing. Volunteer work is valued at NOK { $volunteer_rate } an hour, so the hours your members put in count as real money in the budget.
    Example: a choir in Narvik plans a joint concert with a choir in Luleå. The Norwegian costs are NOK 80,000. The Secretariat can cover up to NOK 56,000. The remaining NOK 24,000 could be 120 hours of volunteer work – rehearsals, planning, driving – at NOK { $volunteer_rate } an hour.
    Small projects: if the whole project costs less than NOK { $small_project }, it may be covered in full – useful for a first visit or a small exchange.
    Make one budget line for each kind of cost (travel, accommodation, interpretation, fees, administration) and a financing plan that shows where every krone comes from. An adviser can look at your budget with you.
kb-budget-keywords = budget, how much money, how much can we get, amount, 70%, percentage, share, own financing, own contribution, co-financing, co-funding, matching funds, our own work, volunteer hours, voluntary work, 200 an hour, hourly rate, small project, under 50000, full funding, 100%, financing plan, budget lines, partner contribution, business project, 50%

## Funding: processing times and deadlines

kb-deadlines-title = Processing times and deadlines
kb-deadlines-short = Applications up to NOK { $continuous_max } are decided every month and take about 4–6 weeks; larger ones go to the board, with deadlines on { $board_deadlines }. Apply 4–6 weeks before you start, earlier for large amounts.
kb-deadlines-body =
    For smaller amounts there is no fixed deadline: applications of up to NOK { $continuous_max } are decided continuously, about once a month, and you usually get an answer within 4–6 weeks.
    If you apply for more than NOK { $continuous_max }, the board decides. Its deadlines are { $board_deadlines } each year. Apply well before the project starts.
    Nothing that has already been done can be funded. You may start work once the application has been submitted, but at your own risk: if the answer is no, you pay the costs yourself.
    Example: a school in Hammerfest wants to hold a joint week with a partner school in mid-May. Send the application by the end of March, so there is time for a decision and for booking travel.
    Because so much has changed since 2022, ask an adviser whether these times still apply to your application.
kb-deadlines-short-nordic-2024 = I do not know the processing times and deadlines of the current scheme: an adviser will tell you what applies to your application. In any case, apply early – well before your project starts.
kb-deadlines-body-nordic-2024 =
    The current scheme with partners in Sweden and Finland (Barentsmidler, BarentsKult and BarentsUng) may have its own deadlines and processing times, and I do not have them. An adviser will tell you when you should send your application and how long a decision takes.
    Some rules are the same whatever the scheme: nothing that has already been done can be funded, so send your application before the activities start. Under the earlier scheme, work could start once the application was submitted, at your own risk; ask an adviser whether that still applies.
    Example: a youth club in Alta wants to take ten young people to a festival in Oulu in August. Contact an adviser in the spring, not in July, so that there is time to apply, get an answer and book travel.
    Tip: large amounts usually take longer than small ones, so plan extra time if you apply for a lot.
kb-deadlines-keywords = deadline, deadlines, due date, when to apply, when can we apply, last date, how long, processing time, waiting time, answer, decision, when will we hear, board, 1 March, 1 October, monthly, 4-6 weeks, weeks, apply early, start before approval, already started, start date, too late, timeline

## Funding: a good application

kb-good-application-title = What makes a good application?
kb-good-application-short = What counts most is how well you and your partner work together: the application must show what each side does. A partner who only hosts you or lends its name counts against you.
kb-good-application-body =
    Having a partner is not enough. Describe how you plan, carry out and follow up the project together, and what each side is responsible for. A weak example: “We visit our partner school.” A strong one: “The pupils in both schools film their home town, we edit the films together over video calls, and each school hosts one screening.”
    The application is filled in online, and every field is mandatory. It should contain:
    • a step-by-step description of the project, written in the form
    • an activity plan with a timeline: what happens when and where
    • a budget with a financing plan
    • the cross-border dimension and the role of each partner
    Write plainly and concretely: who, what, where, when, and why it matters to the people taking part.
    You can prepare a draft here with “Prepare a draft application” in the main menu. An adviser looks at your draft and can help you improve it before you apply in the Secretariat's application portal.
kb-good-application-keywords = good application, how to write, tips, application form, online form, fill in, what to write, strong application, chances, get approved, rejected, refused, why rejected, description, activity plan, timeline, schedule, roles, cooperation, sleeping partner, passive partner, mandatory fields, draft, example application, checklist

## Funding: after a grant

kb-reporting-title = After a grant: payment, changes and reporting
kb-reporting-short = Once you have a grant, sign the grant letter; up to 75% can be paid in advance. Changes need approval, and at the end you send a final report with accounts and proof of at least 30% own financing.
kb-reporting-body =
    Step by step:
    • Sign and return the grant letter. Up to 75% of the grant can then be paid in advance.
    • If something changes – new dates, a different activity, a new budget – ask the Secretariat for approval before you make the change.
    • When the project is over, send a final report describing what happened, with the accounts.
    • The accounts must show at least 30% own financing. Keep receipts, and a list of the hours that volunteers or staff put in.
    • If the grant is over NOK 100,000, an auditor must confirm the accounts.
    Example: a football club gets NOK 60,000 for a tournament. It can receive up to NOK 45,000 in advance. If the tournament has to move from June to August, the club asks first, and afterwards it reports with accounts and a short description.
    Remember: you cannot get a new grant until the final report for your previous one is approved, so do not leave it too long.
kb-reporting-short-nordic-2024 = Once you have a grant, you sign the grant letter: it sets out how the money is paid and what the final report must show. Changes need approval, and at the end you send a final report with accounts. An adviser will tell you the conditions of your grant.
kb-reporting-body-nordic-2024 =
    Step by step:
    • Sign and return the grant letter, and read its conditions: they say how and when the grant is paid.
    • If something changes – new dates, a different activity, a new budget – ask the Secretariat for approval before you make the change.
    • When the project is over, send a final report describing what happened, with the accounts. Keep receipts, and a list of the hours volunteers put in: volunteer work counts as own financing.
    Under the earlier Norwegian–Russian scheme, up to 75% could be paid in advance, the accounts had to show at least 30% own financing, grants over NOK 100,000 needed an auditor's confirmation, and there was no new grant until the previous final report was approved. I do not know whether the same figures apply to the current scheme: an adviser will tell you.
kb-reporting-keywords = after approval, we got the money, grant letter, sign, contract, payment, paid out, advance payment, 75%, changes, change plans, postpone, cancel, final report, report, reporting, accounts, receipts, auditor, audit, 100000, proof, documentation, 30% own financing, new application, next grant

## Partners: finding a partner

kb-find-partner-title = How do I find a partner?
kb-find-partner-short = Ask an adviser at the Secretariat, look in its database of projects funded since 2003, meet people at events such as the Kirkenes Conference, Barents Spektakel or Arctic Frontiers, or use the Interreg partner-search tools.
kb-find-partner-body =
    Good places to start:
    • The Secretariat's advisers know many organisations across the border and can suggest contacts.
    • The database of projects funded since 2003 shows who has done something similar – a school, a theatre, a sports club.
    • Events such as the Kirkenes Conference, Barents Spektakel and Arctic Frontiers are good places to meet people.
    • The Interreg partner-search tools list organisations looking for partners.
    • This bot's own partner search (/partners): publish a short profile and search others'. Contact details are shared only when both sides agree.
    Tips: culture and sport are the easiest ways to start. Meet in person, or at least by video call, before you write an application together.
    Important: in 2024 Russia listed the Secretariat as an “undesirable” organisation, and under Russian law taking part in the activities of such an organisation is an offence. Being named as a partner is therefore a real risk for people in Russia. Never share a Russian partner's name or details publicly, and talk to an adviser before you plan anything with partners in Russia.
kb-find-partner-short-nordic-2024 = Ask an adviser at the Secretariat, look in its database of funded projects, meet people at events such as the Kirkenes Conference, Barents Spektakel or Arctic Frontiers, or use the Interreg partner-search tools to find partners in Sweden and Finland.
kb-find-partner-body-nordic-2024 =
    In the current scheme, partners are mainly in northern Sweden (Norrbotten, Västerbotten) and northern Finland (Lapland, North Ostrobothnia, Kainuu, North Karelia). Sámi organisations can also work together across the borders.
    Where to look:
    • The Secretariat's advisers can suggest contacts.
    • The database of projects funded since 2003 shows who has done something similar.
    • Events such as the Kirkenes Conference, Barents Spektakel and Arctic Frontiers.
    • The Interreg partner-search tools.
    • This bot's own partner search (/partners): publish a short profile and search others'. Contact details are shared only when both sides agree.
    Tips: start with something simple, such as culture or sport – a joint concert, a ski race, a youth camp. Meet in person or by video call before you write an application together. A library in Mo i Rana could, for instance, look for a library in Umeå with a similar reading project.
kb-find-partner-keywords = find a partner, looking for a partner, partner search, no partner, new partner, contacts, contact person, network, matchmaking, partner registry, database, who to cooperate with, sister school, twin town, friendship town, Kirkenes Conference, Barents Spektakel, Arctic Frontiers, Interreg, events, conference, meet, Sweden, Finland, Sámi, partner in Russia, Murmansk, Arkhangelsk

## Partners: the situation since 2022

kb-since-2022-title = What has changed since 2022?
kb-since-2022-short = In March 2022 cooperation with Russian state bodies was suspended, and later no activities in Russia or travel there were funded. The Norwegian–Russian scheme stopped taking applications on { -norwegian-russian-closed }, and in 2024 Russia listed the Secretariat as an “undesirable” organisation. Since 2024 the main scheme is for cooperation with northern Sweden and Finland, and Sámi cooperation.
kb-since-2022-body =
    What happened, step by step:
    • March 2022: Barents cooperation with Russian state bodies was suspended. Under the rules of April 2022, projects with Russian national, regional or local authorities were put on hold; only independent Russian actors could take part, digital cooperation was welcome, and Russian partners and participants could also be outside Russia.
    • 2022: Russia widened its rules on “foreign agents”.
    • Later, no activities in Russia or travel to Russia were funded.
    • 2023: the Secretariat's offices in Murmansk, Arkhangelsk and Naryan-Mar closed, and in September Russia left the Barents Euro-Arctic Council. On { -norwegian-russian-closed } the Norwegian–Russian scheme stopped taking applications. Also in 2023, the “LGBT movement” was declared extremist in Russia.
    • 2024: the Secretariat is now funded by the Ministry of Local Government and Regional Development, and the main scheme supports Northern Norwegian organisations working with partners mainly in northern Sweden and Finland, and Sámi cooperation.
    • 2024: Russia listed the Secretariat as an “undesirable” organisation. Under Russian law, taking part in the activities of such an organisation is an offence. That is a real risk for people in Russia who are named as partners, write to the advisers or appear in a project.
    What it means for you: if you have contact with someone in Russia – for example an old friendship between two schools – read “Is it safe for people in Russia to take part?” and talk to an adviser before you plan or write anything. Never share your partner's details publicly.
kb-since-2022-keywords = 2022, war, Ukraine, sanctions, Russia, Russian partner, Russian partners, still possible, can we still, suspended, stopped, frozen, on hold, scheme closed, no new applications, 15 November 2023, Murmansk office, closed, Barents Council, left, digital cooperation, online meetings, independent, NGO, what changed, 2023, 2024, new scheme

## Safety for people in Russia

kb-safety-russia-title = Is it safe for people in Russia to take part?
kb-safety-russia-short = In 2024 Russia listed the Secretariat as an “undesirable” organisation. Under Russian law, taking part in the activities of such an organisation is an offence – administrative at first, criminal if repeated. That is a real risk for people in Russia who are named as partners, write to the advisers or appear in a project. I cannot judge your own case. An adviser can talk it through with you, but for someone in Russia even writing to the Secretariat can be a risk.
kb-safety-russia-body =
    The facts, with their years:
    • 2022: Russia widened its rules on “foreign agents”.
    • 2023: the “LGBT movement” was declared extremist in Russia – a project or a message that touches on it is an extra legal risk for people there.
    • 2024: Russia listed the Norwegian Barents Secretariat as an “undesirable” organisation.
    Under Russian law, taking part in the activities of an “undesirable” organisation is an offence. The first time it is an administrative offence; if it is repeated, it can be a criminal one.
    This is a real risk for people in Russia who are named as partners, who write to the Secretariat's advisers, or who appear in a project.
    I cannot judge your own situation, and I give no legal advice. I cannot tell you exactly what counts as taking part, or how the law will be applied to a particular person: that is uncertain.
    • If you are in Russia: you decide what you are comfortable with. Keep in mind that writing to the Secretariat, its advisers included, can itself be a risk. If you do get in touch, an adviser can talk your situation through with you. If you would rather not write yourself, your partner in Norway can talk to an adviser for you.
    • If you work with someone in Russia: ask them first, do not name them anywhere without their agreement, and talk to an adviser before you plan anything together.
kb-safety-russia-keywords = is it safe, safe, safety, is it dangerous, dangerous, danger, dangerous for me, risk, risky, at risk, afraid, scared, worried, fear, safe for my partner, arrested, arrest, prison, jail, penalty, punished, prosecuted, criminal, criminal case, police, get in trouble, trouble, consequences, undesirable, undesirable organisation, undesirable organization, listed, banned, is it legal, legal, allowed, illegal, offence, against the law, Russian law, cooperate with the Secretariat, working with the Secretariat, I live in Russia, living in Russia, people in Russia, take part, taking part, participation, involved, FSB, come after me, am I risking anything, risk anything, fined, get a fine
kb-safety-advisers-title = What the advisers can and cannot do
kb-safety-advisers-short = The advisers can advise you and talk your situation through with you. They cannot give legal advice on Russian law, guarantee anyone's safety or change Russian law. Since March 2022 cooperation with Russian state bodies has been suspended, and later no activities in Russia or travel there were funded.
kb-safety-advisers-body =
    What the advisers can do:
    • advise you on your idea, the criteria, finding a partner, and the cultural and political differences between the countries
    • talk your situation through with you, including the risks for people in Russia
    • tell you which scheme and which rules apply today
    What they cannot do:
    • give legal advice on Russian law, or say how it will be applied to a particular person
    • guarantee anyone's safety
    • change Russian law, or the Secretariat's listing as “undesirable” in Russia
    What has changed since 2022:
    • Since March 2022 cooperation with Russian state bodies has been suspended, and later no activities in Russia or travel there were funded.
    • The Secretariat's offices in Murmansk, Arkhangelsk and Naryan-Mar closed in 2023.
    • The Norwegian–Russian scheme stopped taking applications on { -norwegian-russian-closed }. Since 2024 the main scheme is for partners mainly in northern Sweden and Finland.
    This bot's partner search is something you choose to join, and a profile holds only a little information. Contact details are shared only when both sides agree.
    If you are in Russia, remember that writing to the advisers can itself be a risk. Share only what you are comfortable with, and if you want to know who reads your messages, ask before you write anything sensitive.
kb-safety-advisers-keywords = adviser, advisers, what can advisers do, what can you do for me, can you help me, help if something happens, protect, protection, protect me, guarantee, legal advice, legal help, lawyer, confidential, who reads my messages, privacy, change the law, what the Secretariat can do
kb-safety-contact-title = Staying in touch with people in Russia: names, profiles, posts
kb-safety-contact-short = Think before you name a person in Russia anywhere – in an application, a profile, a message or on social media. Ask them first what they are comfortable with, meet online rather than travel, and talk to an adviser before anything is made public.
kb-safety-contact-body =
    A few careful habits protect the people you work with:
    • Ask first. Let the person in Russia decide what they are comfortable with, and keep to it – also when plans change.
    • Do not name a person in Russia in applications, reports, profiles, messages or on social media before you have talked to them and to an adviser.
    • In the partner search, describe an organisation rather than a person, and keep contact through this bot: contact details are shared only when both sides agree.
    • Leave a Russian partner's name and contact details out of your draft application. The adviser who looks at your draft can talk with you about whether and how they are needed.
    • Meet online rather than travel: under the later Norwegian–Russian rules, activities in Russia and travel there were not funded. Take the same care with names online.
    • Talk to an adviser before anything about the cooperation is made public: a press release, a photo, a post or an event programme.
    • If you are in Russia yourself: share only what you are comfortable with, and say no when you want to.
    Example: a school in Kirkenes is writing an application for a project with a school in Luleå and wants to mention its earlier cooperation with a school in Murmansk. It leaves the Russian teacher's name out and asks an adviser first.
    These are general precautions, not legal advice. They can lower the risk, but they cannot remove it.
kb-safety-contact-keywords = keep in touch, stay in touch, contact, safe contact, contact safely, communicate safely, name, names, partner's name, Russian partner's name, mention, mention my partner, name in the application, application draft, contact details, phone number, profile, partner profile, social media, Facebook, Instagram, VK, post, posting, photo, photos, pictures, publish, public, publicly, press release, news, messages, chat, ask permission, permission, consent, anonymous, hide

## Culture: trust

kb-trust-title = Building trust and relationships
kb-trust-short = Russian partners tend to build on personal relationships and contact with the person at the top, while Norwegians rely on written agreements and open information. Meet in person or by video first, and give it time.
kb-trust-body =
    Trust is built differently on each side. On the Russian side, people tend to rely on personal relationships and on direct contact with the top decision-maker, such as the director or the head of the organisation. Norwegians tend to rely on written agreements and open, shared information.
    Both ways work – the trick is to use both:
    • Meet in person, or at least by video call, before you write anything down together.
    • Spend time on getting to know each other: a meal, a tour of the school, a chat about families and hobbies.
    • Then put what you agree on in writing, so that both sides remember the same thing.
    Example: rather than e-mailing a draft agreement to a headteacher you have never met, talk to them by video first, and send the text afterwards.
    Give it time. Many projects end up as friendships that last for years. Partners in Sweden and Finland tend to work more like Norwegians, but they also have their own habits.
kb-trust-keywords = trust, relationship, relationships, building trust, personal contact, getting to know each other, first contact, first meeting, no reply, no answer, silence, they do not answer, e-mail, written agreement, friendship, friends, rapport, director, boss, informal, socialising, dinner, visit, take time

## Culture: hierarchy

kb-hierarchy-title = Hierarchy and decision-making
kb-hierarchy-short = On the Russian side, decisions usually go to the top, so approval is slower and more formal. Find out who decides, and address that person at the right level.
kb-hierarchy-body =
    The distance between the boss and the staff is bigger on the Russian side than in Norway. The teacher or the club coach you talk to may be keen, but often cannot say yes alone: the director or the head of the organisation decides.
    What this means in practice:
    • Expect slower and more formal approval, and build it into your plan.
    • Ask early who will decide, and make sure that person knows about the project.
    • Address people at the right level: a letter from your mayor or headteacher to their director carries more weight than an e-mail from a project worker.
    • When a decision is made, ask for it in writing.
    Example: a Norwegian municipality agrees with a Russian colleague on a joint youth camp, then hears nothing for weeks. A short, formal letter from the mayor to the head of the partner organisation gets things moving.
    In Sweden and Finland, decision-making is usually closer to the Norwegian way, though each country has its own habits.
    If your partner is in Russia, talk to an adviser before you send formal letters or sign minutes together: a document that links an organisation in Russia to a Secretariat project can put it at risk.
kb-hierarchy-keywords = hierarchy, decision, decisions, who decides, decision-maker, boss, director, head, manager, leader, approval, permission, sign off, slow, waiting, delay, nothing happens, power distance, top-down, level, mayor, headteacher, chain of command, formal letter

## Culture: formality and agreements

kb-formality-title = Formal meetings and written agreements
kb-formality-short = First meetings are usually formal: use titles and full names, and confirm what you agree both orally and in writing. Signed minutes of each meeting help both sides.
kb-formality-body =
    Norwegians are quick to use first names and keep meetings relaxed. On the Russian side, first meetings are usually more formal.
    • Use titles and full names. Russians often address each other by first name and patronymic (the father's name), for example Anna Ivanovna. Use that form until you are invited to do otherwise.
    • Prepare an agenda and introduce everyone with their role.
    • At the end, sum up what you have agreed out loud, and send it in writing afterwards.
    • Write minutes of the meeting and let both sides sign them. This avoids misunderstandings later, and gives the partner something to show their own boss.
    Example: after a planning meeting about a joint art exhibition, a museum sends a one-page summary in both languages – dates, who does what, who pays for what – and both directors sign it.
    Once you know each other better, things often become more relaxed. Partners in Sweden and Finland are usually closer to the Norwegian style, but still have their own habits.
    If your partner is in Russia, talk to an adviser before you send formal letters or sign minutes together: a document that links an organisation in Russia to a Secretariat project can put it at risk.
kb-formality-keywords = formal, formality, meeting, first meeting, agenda, minutes, minutes of meeting, protocol, signed, signature, agreement, contract, written, in writing, memorandum, letter of intent, titles, first name, surname, patronymic, how to address, etiquette, politeness, dress code

## Culture: language

kb-language-title = Language and interpretation
kb-language-short = Use interpreters and documents in both languages, and put translation in the budget – it is a cost the Secretariat can fund. Speak plainly and check that you have understood each other.
kb-language-body =
    Language is one of the most common obstacles in cross-border projects, so plan for it from the start.
    • Book an interpreter for important meetings and events. Interpretation and translation are costs the Secretariat typically funds, so include them in the budget.
    • Make the key documents bilingual: the programme, the agreement, the minutes of meetings.
    • Speak and write in plain language: short sentences, no jargon, no local slang or abbreviations.
    • Check understanding: ask your partner to sum up what was agreed, instead of asking “Is that clear?”
    Example: two libraries, one on each side of the border, run an online reading circle for teenagers. They translate the programme and the invitations, and an interpreter joins the video calls where decisions are made.
    Partners in Sweden and Finland work more like Norwegians, but plain language and checking understanding help there too.
kb-language-keywords = language, languages, interpreter, interpreters, interpreting, interpretation, translation, translator, translate, Russian language, English, Finnish, Swedish, Sámi language, bilingual, documents, misunderstanding, understand, plain language, cost of interpreter, language barrier, speak Russian, do we need an interpreter, hire an interpreter, pay the interpreter, pay for a translator

## Culture: planning and time

kb-planning-title = Planning and time
kb-planning-short = The two sides may plan on different time horizons, and permits, visas and transfers take time. Start early, build in buffers, and choose a simple start such as a culture or sport project.
kb-planning-body =
    The two sides may have different planning horizons: one side likes to fix everything a year ahead, the other prefers to decide a few weeks before. Neither is wrong, but agree early on how you will work.
    • Plan the slow things first: permits, visas, registration and money transfers.
    • Build in buffers: a few extra weeks before an event, and a plan B if someone cannot travel.
    • Be realistic about the common obstacles both sides mention: visas, travel costs, time limits, language and different systems.
    • Start small. Culture and sport projects are the easiest way in – a joint concert, a football tournament, an art workshop.
    • Some topics need care, for example indigenous rights. LGBT topics are more than a matter of tact: since 2023 the “LGBT movement” has been treated as extremist under Russian law, so such topics are a legal risk for partners in Russia. Talk to an adviser before you take them up with anyone in Russia.
    Example: a dance group in Tana plans a joint performance for October. Travel, interpreters and the application are sorted out by the spring, so there is room to move the date if needed.
    Partners in Sweden and Finland tend to plan more like Norwegians, but they still have their own habits.
kb-planning-keywords = planning, plan, schedule, timeline, time plan, how long, how early, start early, in advance, buffer, delays, late, last minute, change of plans, postponed, obstacles, problems, what can go wrong, travel costs, first project, easy start, simple project, sport, culture, sensitive topics, LGBT, indigenous rights

## Practical: visas, permits, transfers and bureaucracy

kb-bureaucracy-title = Visas, permits, money transfers and red tape
kb-bureaucracy-short = Visas, permits, registration and money transfers take time, so plan them early. For people in Russia there are also real risks: ask an adviser before you transfer money to a partner in Russia, invite anyone from there or name anyone in a document.
kb-bureaucracy-body =
    Cross-border projects come with paperwork, and much of it takes longer than you expect.
    • Visas and invitations: apply well before the trip, and check what documents your guests need.
    • Permits and registration: some activities, or foreign guests, may need to be registered with the authorities.
    • Money transfers: paying a partner or sending money across the border can take time and may not always be possible.
    Russia in particular:
    • 2012: the “foreign agent” law made foreign-funded cooperation harder for Russian NGOs. In 2022 the foreign-agent rules were widened.
    • Since March 2022 cooperation with Russian state bodies has been suspended, and later no activities in Russia or travel there were funded.
    • 2024: Russia listed the Secretariat as an “undesirable” organisation; under Russian law, taking part in the activities of such an organisation is an offence. That is a real risk for people in Russia who are named as partners or appear in a project.
    I have no reliable information on sanctions, or on which bank transfers to Russia are possible. So before you transfer any money to a partner in Russia, or invite anyone from there, talk to an adviser first.
    For example, if a choir wants to pay a fee to a musician in Russia, an adviser can talk through with you whether that can be done at all, or whether it should wait.
    With partners in Sweden and Finland there is usually less of this, but plan travel and bookings early all the same.
kb-bureaucracy-keywords = visa, visas, invitation, invitation letter, border, border crossing, passport, permit, permits, registration, paperwork, red tape, bureaucracy, money transfer, bank transfer, pay partner, send money, payment to Russia, sanctions, foreign agent, foreign agents, foreign agent law, transfer money, invite guests, documents
