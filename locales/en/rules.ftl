## Rule sets: names, notices and the reasons behind verdicts


reason-not-registered = { $scheme_status ->
    [closed] The applicant had to be registered in the Brønnøysund Register Centre, with an organisation number, or apply through a registered organisation.
   *[other] The applicant must be registered in the Brønnøysund Register Centre, with an organisation number. Without one, you can apply through a registered organisation – for example an association, a school or your municipality – or register your group first. An adviser can help you find the way.
}
reason-private-person = { $scheme_status ->
    [closed] Private persons usually applied through an organisation – an association, a school, a cultural institution or their municipality – and led the project there.
   *[other] Private persons usually apply through an organisation – an association, a school, a cultural institution or their municipality – and lead the project there. An adviser can tell you whether you can apply yourself, or help you find an organisation.
}
reason-nr-person = Under its later rules only organisations, companies, foundations and public institutions could apply, not private persons. You could have applied through an organisation.
reason-no-partner = A project needs a partner across the border. An adviser can help you find one, and you can also search yourself with /partners.
reason-nr-partner-region = The partner must be in the Russian Barents regions: Murmansk, Arkhangelsk, Nenets, Karelia or Komi.
reason-russian-state = Cooperation with Russian state bodies – national, regional or local authorities and organisations under them – was put on hold in March 2022 and not funded after that.
reason-activities-in-russia = Activities in Russia and travel to Russia were not funded under the later rules.
reason-topic-other = { $scheme_status ->
    [closed] None of the topics you chose was one of the priority areas by name.
   *[other] None of the topics you chose is one of the priority areas by name. Some projects still fit: an adviser can tell.
}
reason-nordic-costs = The earlier scheme did not fund these costs you chose: { $matched }. An adviser will tell you whether this scheme does.
reason-name-only-partner = { $scheme_status ->
    [closed] A partner that only lent its name did not make a cooperation project: both sides needed an active role.
   *[other] A partner that only lends its name does not make a cooperation project: both sides need an active role. An adviser can help you shape the roles.
}
reason-nordic-norway-only = A partner in Norway alone does not make a cross-border project. Partners from the South Sámi areas of Norway can take part in Sámi cooperation, alongside a partner in another country.
reason-cost-equipment = { $scheme_status ->
    [closed] Equipment, buildings and other physical investments were not funded.
   *[other] Equipment, buildings and other physical investments are not funded.
}
reason-cost-running = { $scheme_status ->
    [closed] Ordinary running costs were not funded.
   *[other] Ordinary running costs are not funded.
}
reason-cost-research = { $scheme_status ->
    [closed] Research was not funded.
   *[other] Research is not funded.
}
reason-cost-humanitarian = { $scheme_status ->
    [closed] Humanitarian aid was not funded.
   *[other] Humanitarian aid is not funded.
}
reason-cost-marketing = { $scheme_status ->
    [closed] Marketing was not funded.
   *[other] Marketing is not funded.
}
reason-cost-publications = { $scheme_status ->
    [closed] Publications, information material and websites were not funded.
   *[other] Publications, information material and websites are not funded.
}
reason-cost-production = { $scheme_status ->
    [closed] Professional film and music production was not funded.
   *[other] Professional film and music production is not funded.
}
reason-passive-partner = { $scheme_status ->
    [closed] Both partners needed an active role: a partner who only received or hosted you counted against the application.
   *[other] Both partners need an active role: a partner who only receives or hosts you counts against the application.
}
reason-already-started = { $scheme_status ->
    [closed] Nothing that had already been done could be funded.
   *[other] As far as I know, nothing that has already been done can be funded; an adviser can confirm this. Future activities may be, and an adviser can help you plan them.
}
reason-nordic-russia = This scheme is for cooperation mainly with partners in northern Sweden and Finland. Whether a partner in Russia can take part in such a project, an adviser will tell you.
reason-nordic-other-arctic = Projects with partners in Greenland, the Faroe Islands, Iceland and arctic Canada or the USA can also be considered. An adviser will tell you whether yours can.
reason-nordic-partner-region = The scheme is mainly for partners in northern Sweden and Finland: Norrbotten, Västerbotten, Lapland, North Ostrobothnia, Kainuu and North Karelia.
note-nordic-sami = Sámi cooperation is an important part of this scheme; partners from the South Sámi areas of Norway may also take part.

share-business = For business projects the share is at most { $business_share }%.
share-small-project = That is because your whole project costs less than NOK { $small_project }.

note-nr-continuous = Applications of up to NOK { $continuous_max } are decided continuously, usually within 4–6 weeks. Apply 4–6 weeks before the project starts.
note-nr-board = If you apply for more than NOK { $continuous_max }, the board decides, with deadlines on { $board_deadlines }; up to that amount, applications are decided continuously. Apply well before the project starts.
note-nr-small = Small projects under NOK { $small_project } may perhaps be funded in full: ask an adviser.
note-nordic-deadlines = An adviser will tell you about the processing time and deadlines that apply to your application.
note-nordic-volunteer = Volunteer work counts as own financing, valued at NOK { $volunteer_rate } an hour.
scheme-nr-title = Norwegian–Russian people-to-people cooperation
scheme-nordic-title = Support for cooperation with northern Sweden and Finland, and for Sámi cooperation
notice-nr-2022 = These are the temporary rules from April 2022: cooperation with Russian state bodies was put on hold, only independent Russian actors could take part, digital cooperation was welcome, and later no activities in Russia or travel there were funded.
notice-nordic-2024 = The scheme has three programmes: Barentsmidler (general projects), BarentsKult (professional arts) and BarentsUng (travel support for ages 16–30). An adviser will help you choose the right one.
reason-applicant-region = The applicant must be based in Northern Norway: Nordland, Troms or Finnmark.
