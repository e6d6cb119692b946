## Rule sets: names, notices and the reasons behind verdicts

rules-nr-title = Norwegian–Russian people-to-people cooperation
rules-nr-notice =
    Please note: these are the criteria of the Norwegian–Russian scheme. In March 2022 cooperation with Russian state bodies was suspended; since then only independent Russian actors could take part, and later no activities in Russia or travel there were funded. Since 2024 the main scheme supports cooperation with northern Sweden and Finland, and Sámi cooperation.
    An adviser will confirm which rules apply today.
rules-nordic-title = Barents funding for cooperation with Sweden and Finland (from 2024)
rules-nordic-notice = Since 2024 the Secretariat has three programmes: Barentsmidler (general projects), BarentsKult (professional arts) and BarentsUng (travel support for ages 16–30). An adviser will help you choose the right one.

reason-nr-applicant-region = The applicant must be based in Northern Norway: Nordland, Troms or Finnmark.
reason-nordic-applicant-region = The applicant must be a Northern Norwegian organisation: in Nordland, Troms or Finnmark.
reason-not-registered = The applicant must be registered in the Brønnøysund Register Centre, with an organisation number.
reason-private-person = Private persons cannot always apply: an adviser can tell you whether you can, or help you find an organisation to apply through.
reason-nr-partner-country = This scheme funds cooperation with partners in the Russian Barents regions. For partners in Sweden or Finland there is another scheme: ask an adviser.
reason-no-partner = A project needs a partner across the border. An adviser can help you find one.
reason-nr-partner-region = The partner must be in the Russian Barents regions: Murmansk, Arkhangelsk, Nenets, Karelia or Komi.
reason-russian-state = Cooperation with Russian state bodies was put on hold in 2022.
reason-activities-in-russia = Activities in Russia and travel to Russia have not been funded since 2022.
reason-topic-other = The topic is not one of the priority areas. Some projects still fit: an adviser can tell.
reason-cost-equipment = Equipment, buildings and other physical investments are not funded.
reason-cost-running = Ordinary running costs are not funded.
reason-cost-research = Research is not funded.
reason-cost-humanitarian = Humanitarian aid is not funded.
reason-cost-marketing = Marketing is not funded.
reason-cost-publications = Publications, information material and websites are not funded.
reason-cost-production = Professional film and music production is not funded.
reason-passive-partner = Both partners need an active role: a partner who only receives or hosts you counts against the application.
reason-already-started = Nothing that has already been done can be funded. Future activities may be: an adviser can help you plan them.
reason-nordic-russia = The current scheme is for cooperation with northern Sweden and Finland, and Sámi cooperation. Cooperation with Russian partners has been very limited since 2022.
reason-nordic-norway = A partner in Norway can take part in Sámi cooperation; otherwise the partner should be in Sweden or Finland.
reason-nordic-partner-region = The scheme is mainly for partners in Norrbotten, Västerbotten, Lapland, North Ostrobothnia, Kainuu and North Karelia.

share-business = For business projects the share is at most 50 %.
share-small-project = Projects that cost less than NOK 50 000 in total may be funded in full.

note-nr-continuous = Applications of up to NOK 400 000 are decided continuously, usually within 4–6 weeks. Apply 4–6 weeks before the project starts.
note-nr-board = Applications over NOK 400 000 go to the board, with deadlines on 1 March and 1 October. Apply well before the project starts.
note-nr-small = Small projects under NOK 50 000 may perhaps be funded in full: ask an adviser.
note-nordic-deadlines = An adviser will tell you about the processing time and deadlines that apply to your application.
note-nordic-volunteer = Volunteer work counts as own financing, valued at NOK 200 an hour.
