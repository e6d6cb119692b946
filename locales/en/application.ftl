## The draft application

application-title = Draft application
main-item-application = Prepare a draft application
application-intro = Let's prepare your draft application together. An adviser reviews it with you before you apply in the Secretariat's portal. I ask one question at a time; if you have already checked your idea against the criteria, I use those answers and do not ask them again. You can stop at any time and continue later, go back with /back, and change any answer at the end before you send it.
application-not-fit = { $verdict ->
        [closed] From the check above, this project cannot be applied for now: the scheme it comes under takes no new applications.
       *[other] From the check above, this project cannot be applied for as it stands now.
    } You can still prepare the draft, and an adviser will look at it – but talking to an adviser first may save you work. What would you like to do?
application-not-fit-help = The check above found that the idea does not fit the criteria as it stands, or that the scheme it fits takes no new applications. You can still prepare the draft, and an adviser will look at it – but an adviser may first be able to tell you what would make the project fit. “Stop here” ends for now, and your answers are kept.
application-not-fit-continue = Prepare the draft anyway
application-not-fit-adviser = Talk to an adviser first
application-not-fit-stop = Stop here
application-to-adviser = Good idea. Send /adviser to write to the advisers here, or contact { $contact }. Your answers are kept: you can continue the draft later from the main menu.
application-stopped = All right, I have stopped here. Your answers are kept: you can continue the draft later from the main menu.
application-org-name = What is the full name of the applying organisation?
application-org-name-help = The applying organisation is the one that applies for the funding and is responsible for the project and its money. Write its full, official name, for example “Kirkenes Choir Association”: the adviser and the application form need it. If you apply as a private person, give the organisation you apply through.
application-org-number = What is its organisation number (9 digits)?
application-municipality = In which municipality is the organisation based?
application-municipality-help = The municipality where the organisation has its address, for example Sør-Varanger or Bodø. It shows that the applicant is based in Northern Norway, as the funding requires.
application-contact-name = Who is the contact person for the application? Please write their full name.
application-contact-name-help = The contact person is the one the adviser gets in touch with about the draft and the application – for example the project leader. It can be you or someone else in the organisation.
application-contact-email = What is the contact person's e-mail address?
application-contact-email-help = The adviser who reviews your draft uses it to reach the contact person. Write an address that is read regularly, for example kari.nordmann@example.no.
application-contact-phone = What is the contact person's phone number? For a number outside Norway, add the country code.
application-contact-phone-help = An adviser may use it to call the contact person about the draft. For example 912 34 567, or with the country code for a number outside Norway, like +46 70 123 45 67.
application-partner-name = What is the name of your partner organisation across the border? (You may leave it out: an adviser can get it later.)
application-partner-name-help = The partner is the organisation across the border that you carry out the project with, for example “Luleå Chamber Choir”. If your partner is in Russia, leave the name out (send /skip): being named as a partner can be a real risk for people there, and an adviser can get it from you later.
application-partner-contact = Who is your contact person at the partner organisation? (You may leave it out: an adviser can get it later.)
application-partner-contact-help = The name and role of the person who leads the project on the partner's side, for example “Anna Lind, choir leader”. If your partner is in Russia, leave it out (send /skip): being named can be a real risk for people there, and an adviser can get it from you later.
application-no-partner = From your answers, the project has no partner across the border yet, and it needs one before you can apply. An adviser can help you find one: send /adviser, or contact { $contact }. The partner search (/partners) can help too. Your answers so far are kept.
application-norwegian-costs = The scheme funds a share of the Norwegian side's costs. Of the costs you listed, how much falls on the Norwegian side, in NOK?
application-norwegian-costs-help = Count what your organisation pays: your travel, accommodation, interpretation, fees and administration. What the partner pays on their side is not part of it.
application-volunteer-hours = How many hours of volunteer work will people on the Norwegian side put into the project? The scheme counts it as own financing at NOK { $volunteer_rate } an hour. Write 0 if none.
application-volunteer-hours-help = Volunteer work is unpaid work that people on the Norwegian side put into the project, for example organising, rehearsing or hosting guests. The scheme counts it as part of your own financing, at the hourly rate in the question, so it helps cover the part of the costs the scheme does not fund. Give a realistic estimate, for example 120: an adviser can help you count.
application-project-title = What is the title of your project?
application-project-title-help = A short name that says what the project is about, for example “Choirs across the border 2027”. It is the project's name in the draft and in the application.
application-project-summary = Describe the project in a few sentences: what will happen, and why?
application-project-summary-help = A short description of the whole project: what you will do, with whom, and why. It gives the adviser, and later the Secretariat, an overview of the idea. For example: “Youth choirs from Kirkenes and Luleå prepare a joint programme over video and give a concert in each town, so that young people on both sides get to know each other through music.”
application-goals = What are the goals of the project? What should be different when it is over?
application-goals-help = What the project should achieve, and what will be different when it is over – for the participants, your organisations or your communities. For example: “Forty young people have sung together, and the two choirs have agreed on a new project.” Clear goals help the adviser judge whether the plan can reach them.
application-target-group = Who is the project for – who will take part, and who will benefit?
application-target-group-help = Who takes part, and who benefits, on both sides of the border – for example “pupils aged 13–15 at one school in each country, about 40 in all, and the audience at the concerts”. It shows the adviser whom the project reaches.
application-activity-what = Describe an activity: what will happen, and where?
application-activity-what-help = One thing that will happen in the project, and where: a meeting, a seminar, a concert, a visit or a digital meeting – for example “a joint rehearsal weekend for both choirs in Luleå”. You add the activities one at a time; together they make the activity plan the application needs.
application-activity-date = When will this activity take place? Write the date, for example { $example }.
application-activity-date-help = The date the activity takes place, or starts if it lasts several days. If it is not fixed yet, give your best estimate as a full date, for example the 1st of the month: you can change it at the end, when you check the draft. As far as I know, activities that have already taken place cannot be funded.
application-activity-what-label = Activity
application-activity-date-label = Date
application-activity-more = Would you like to add another activity?
application-activity-more-help = Answer yes to add another activity, such as a return visit or a final meeting; answer no when the plan is complete. You can change the activities at the end, when you check the draft.
application-roles = How will you and your partner cooperate, and what is each partner's role? Please describe both sides.
application-roles-more =
    In the criteria check you wrote:
    “{ $cooperation }”
    Now tell me more: how will you and your partner cooperate, and what is each partner's role? Please describe both sides.
application-roles-help =
    This is the most important part of the application. Describe who does what on each side: who plans, who organises, who takes part, how you keep in touch, and how you decide together.
    A single line is not enough: the Secretariat looks for a real partnership in which both sides are active.
application-start-date = When will the project start? Write the date, for example { $example }.
application-start-date-help = The date the project begins, with its first activity or the first work on it. As far as I know, nothing done before the application is submitted can be funded. An adviser can confirm this and tell you how early to apply, as processing takes time.
application-start-soon = Note: that is less than four weeks away. As far as I know, nothing done before the application is submitted can be funded, and handling an application takes time (under the earlier scheme, usually 4–6 weeks). Consider a later start, or talk to an adviser.
application-end-date = When will the project end? Write the date, for example { $example }.
application-end-date-help = The date the project ends, after its last activity. Together with the start date it gives the project's timeline, which the application needs.
application-budget-help = Give the amount in Norwegian kroner for the whole project, both partners together. Write 0 if you have no costs of this kind.
application-cost-travel = How much will travel cost, in NOK?
application-cost-accommodation = How much will accommodation cost, in NOK?
application-cost-interpretation = How much will interpretation and translation cost, in NOK?
application-cost-fees = How much will fees for people with an active role cost, in NOK?
application-cost-administration = How much will administration and project management cost, in NOK?
application-cost-other = How much will other costs come to, in NOK?
application-own-financing =
    { $volunteer_rate ->
        [0] How much will you finance yourselves, in NOK? Your own work counts.
       *[other] { $volunteer_hours ->
            [0] How much will you finance yourselves, in NOK?
           *[other] Apart from volunteer work, how much will you finance yourselves, in NOK?
        }
    }
application-own-financing-help = Own financing is the part of the costs your organisation covers itself, in money or in its own work. How large a share the scheme funds, and of which costs, depends on the scheme and the project (small projects may be funded in full): I check the amount you apply for against it, and an adviser can tell you more. If you have given volunteer hours, do not count them again here.
application-through-organisation = The next questions are about the organisation you apply through.
application-partner-financing = How much will your partner contribute, in NOK?
application-partner-financing-help = What your partner contributes to the project's costs, in money or in their own work – for example by paying for their own travel. It is part of the financing plan, together with your own financing and the amount you apply for. Write 0 if there is none: an adviser can tell you what is expected. If your partner is in Russia, write 0 and talk to an adviser first: money or work recorded as coming from a partner in Russia can put them at risk.
application-amount = How much do you apply for from the Barents Secretariat, in NOK?
application-amount-help = The amount you ask the Barents Secretariat for. It can be at most the share of the costs that the scheme funds, which depends on the scheme and the project – I check it for you. Together with your own and your partner's financing, it should cover the whole budget.
application-review = Here is your draft application. Please check it; you can change any answer. “Confirm” sends it to an adviser for review – it is not yet the application itself.
application-field-org-name = Organisation
application-field-org-number = Organisation number
application-field-municipality = Municipality
application-field-contact-name = Contact person
application-field-contact-email = E-mail
application-field-contact-phone = Phone
application-field-partner-name = Partner
application-field-partner-contact = Partner's contact person
application-field-title = Title
application-field-summary = Summary
application-field-goals = Goals
application-field-target-group = Target group
application-field-activities = Activities
application-field-roles = Cooperation and roles
application-field-start = Start
application-field-end = End
application-field-amount = Amount applied for
application-done = Thank you, and good luck with your project!
application-field-scheme = Scheme
application-field-scheme-version = Version
application-field-scheme-status = Scheme status
application-field-verdict = Check
application-field-applicant-type = Applicant
application-field-registered = Registered in Brønnøysund
application-field-partner-countries = Partner's country
application-field-partner-region-se = Region in Sweden
application-field-partner-region-fi = Region in Finland
application-field-partner-region-ru = Region in Russia
application-field-partner-state = Russian state body
application-field-activities-in-russia = Activities in or travel to Russia
application-field-partner-role = Partner's part
application-field-topics = Topics
application-field-started = Already started
application-field-norwegian-costs = Of which the Norwegian side's costs
application-field-volunteer-hours = Volunteer work
application-section-scheme = Funding scheme and check
application-field-funding-share = Highest share funded
application-field-county = County
application-field-cost-other = Other costs
application-field-own-financing = Own financing
application-field-partner-financing = Partner's co-financing

## Sections of the summary and the exported application
application-section-applicant = Applicant
application-section-contact = Contact person
application-section-partner = Partner
application-section-project = Project
application-section-plan = Activities and roles
application-section-timeline = Timeline
application-section-budget = Budget
application-section-financing = Financing plan
application-field-costs = What the money pays for

## The parts of the form, above its questions.
application-part-applicant = You and your partners
application-part-idea = The idea in brief
application-part-contacts = Applicant, contact person and partner
application-part-project = The project
application-part-budget = Budget
