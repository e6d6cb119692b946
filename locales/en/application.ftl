## The draft application

application-title = Draft application
main-item-application = Prepare a draft application
application-intro = Let's prepare your draft application together. An adviser reviews it with you before you apply in the Secretariat's portal. I ask one question at a time; answers you gave in the eligibility check are used again. You can stop at any time and continue later, go back with /back, and change any answer at the end before you send it.
application-not-fit = As it stands, this project does not fit a scheme that takes applications now (see above). You can still prepare the draft, and an adviser will look at it – but talking to an adviser first may save you work. What would you like to do?
application-not-fit-continue = Prepare the draft anyway
application-not-fit-adviser = Talk to an adviser first
application-not-fit-stop = Stop here
application-to-adviser = Good idea. Send /adviser to write to the advisers here, or contact { $contact }. Your answers are kept: you can continue the draft later from the main menu.
application-stopped = All right, I have stopped here. Your answers are kept: you can continue the draft later from the main menu.
application-org-name = What is the full name of the applying organisation?
application-org-number = What is its organisation number (9 digits)?
application-municipality = In which municipality is the organisation based?
application-contact-name = Who is the contact person for the application? Please write their full name.
application-contact-email = What is the contact person's e-mail address?
application-contact-phone = What is the contact person's phone number, with the country code?
application-partner-name = What is the name of your partner organisation across the border?
application-partner-contact = Who is your contact person at the partner organisation?
application-no-partner = A project needs a partner across the border before you can apply. An adviser can help you find one: send /adviser, or contact { $contact }. Your answers so far are kept.
application-norwegian-costs = The scheme funds a share of the Norwegian side's costs. Of the costs you listed, how much falls on the Norwegian side, in NOK?
application-norwegian-costs-help = Count what your organisation pays: your travel, accommodation, interpretation, fees and administration. What the partner pays on their side is not part of it.
application-volunteer-hours = How many hours of volunteer work will people on the Norwegian side put into the project? The scheme counts it as own financing at NOK { $volunteer_rate } an hour. Write 0 if none.
application-project-title = What is the title of your project?
application-project-summary = Describe the project in a few sentences: what will happen, and why?
application-goals = What are the goals of the project? What should be different when it is over?
application-target-group = Who is the project for – who will take part, and who will benefit?
application-activity-what = Describe an activity: what will happen, and where?
application-activity-date = When will this activity take place? Please write a date like 15.05.2027.
application-activity-what-label = Activity
application-activity-date-label = Date
application-activity-more = Would you like to add another activity?
application-roles = How will you and your partner cooperate, and what is each partner's role? Please describe both sides.
application-roles-help =
    This is the most important part of the application. Describe who does what on each side: who plans, who organises, who takes part, how you keep in touch, and how you decide together.
    A single line is not enough: the Secretariat looks for a real partnership in which both sides are active.
application-start-date = When will the project start? Please write a date like 01.03.2027.
application-start-soon = Note: that is less than four weeks away. The Secretariat needs 4–6 weeks to process an application, and nothing done before the application is submitted can be funded. Consider a later start, or talk to an adviser.
application-end-date = When will the project end?
application-budget-help = Give the amount in Norwegian kroner for the whole project, both partners together. Write 0 if you have no costs of this kind.
application-cost-travel = Budget: how much will travel cost, in NOK?
application-cost-accommodation = Budget: how much will accommodation cost, in NOK?
application-cost-interpretation = Budget: how much will interpretation and translation cost, in NOK?
application-cost-fees = Budget: how much will fees for people with an active role cost, in NOK?
application-cost-administration = Budget: how much will administration and project management cost, in NOK?
application-cost-other = Budget: how much will other costs come to, in NOK?
application-own-financing =
    { $volunteer_rate ->
        [0] How much will you finance yourselves, in NOK? Your own work counts.
       *[other] Apart from volunteer work, how much will you finance yourselves, in NOK?
    }
application-through-organisation = The next questions are about the organisation you apply through.
application-partner-financing = How much will your partner contribute, in NOK?
application-amount = How much do you apply for from the Barents Secretariat, in NOK?
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
application-field-amount = Amount applied for (NOK)
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
application-field-volunteer-hours = Volunteer work (hours)
application-section-scheme = Funding scheme and check
application-field-funding-share = Highest share funded (%)
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
application-section-budget = Budget (NOK)
application-section-financing = Financing plan
application-field-costs = What the money pays for
