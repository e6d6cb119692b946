## The partner registry: finding a partner across the border, and introductions

partner-title = Find a partner across the border
command-partners = Find a partner, or show your profile

partner-home =
    Here you can find organisations across the border that are looking for partners – schools, municipalities, clubs, cultural institutions, businesses and more. { $count ->
        [0] { $mine ->
            [paused] No profile can be found at the moment: yours is paused, and nobody else has published one yet.
            [expired] No profile can be found at the moment: yours has run out, and nobody else has published one yet.
           *[none] No profiles are published yet: be the first!
        }
        [one] { $mine ->
            [shown] So far only your profile is published.
           *[other] One profile is published.
        }
       *[other] { $count } profiles are published.
    }
    Type what you are looking for, for example “school, education, Murmansk” or “sports club Lapland”, or choose below. Contact details are never shown here: you ask for an introduction, and only if the other side agrees are you put in touch – with the contact details each of you chose to share, or through me.
partner-browse-all = Show all profiles
partner-mine = My profile
partner-create = Create a profile for my organisation
partner-intros = My introductions
partner-more = More results
partner-new-search = New search
partner-back-results = Back to the results
partner-home-back = Back to the partner search
partner-cancel = Cancel
partner-ask = Ask for an introduction

partner-results = { $count ->
        [one] One profile matches “{ $query }”:
       *[other] { $count } profiles match “{ $query }”:
    }
partner-no-results = { $mine ->
        [none] No profile matches “{ $query }” yet. Try other words or show all profiles – or create your own profile, so that others can find you.
        [paused] No profile matches “{ $query }” yet. Try other words, or show all profiles. Your own profile is paused: publish it again under “My profile”, so that others can find you.
        [expired] No profile matches “{ $query }” yet. Try other words, or show all profiles. Your own profile has run out: renew it under “My profile”, so that others can find you.
       *[shown] No profile matches “{ $query }” yet. Try other words, or show all profiles.
    }
partner-results-all = Profiles in the partner search ({ $count }):
partner-results-all-none = { $mine ->
        [shown] No other profiles are published yet. Yours is, so others can find you.
        [paused] No other profiles are published yet. Yours is paused: publish it again under “My profile”, so that others can find you.
        [expired] No other profiles are published yet. Yours has run out: renew it under “My profile”, so that others can find you.
       *[none] No other profiles are published yet. Create your own profile, so that others can find you.
    }
partner-headline = { $name } – { $kind }, { $place ->
    [country] { $country }
   *[region] { $region } ({ $country })
}
partner-why = It matches because it { $reasons }.
partner-why-topics = { $count ->
        [one] works on the topic { $topics }
       *[other] works on the topics { $topics }
    }
partner-why-across = is across the border in { $place }
partner-why-region = is in { $place }
partner-why-kind-same = is the same kind of organisation as yours
partner-why-kind = is the kind of organisation you searched for
partner-why-languages = works in { $languages }
partner-why-words = { $count ->
        [one] mentions the word { $words }
       *[other] mentions the words { $words }
    }
partner-listing =
    Topics: { $topics }
    Working languages: { $languages }
    About us: { $description }
    Looking for: { $looking }
partner-listing-contact = Contact details are shared only if both sides agree.
partner-gone = This profile is not available any more (it may have been paused or removed).

partner-ask-who = Before I ask { $name }: who are you? Please write your name and your organisation, as they should see it.
partner-ask-contact = How can { $name } reach you if they say yes? Write an e-mail address, a phone number or a chat handle – or choose to keep in touch through me only. They see it only if they accept.
partner-contact-bot = Through this bot only
partner-contact-invalid = That does not look like an e-mail address, a phone number or a chat handle. Write, for example, kari@example.no, +47 912 34 567 or @kari – or choose “{ partner-contact-bot }”.
partner-ask-message = Write a short message to { $name }: what you have in mind, and why you would like to work with them. They will see it with your request.
partner-too-long = That is too long: please keep it under { $max } characters.
partner-asked = I have asked { $name }. They will see your message and can accept or decline; I will tell you their answer here. If they have not answered within { $days ->
        [one] a day
       *[other] { $days } days
    }, I will let you know.
partner-already-asked = You have already asked { $name }; they have not answered yet.
partner-limit = You already have { $max ->
        [one] a request
       *[other] { $max } requests
    } waiting for an answer. Please wait for an answer before you ask { $name }.
partner-cannot-ask = You cannot ask { $name } for an introduction.

partner-mine-details =
    Your contact details (shown only to those you accept): { $contact }
    Status: { $status }. { $standing ->
        [expired] It ran out on { $date }.
       *[other] It expires on { $date }.
    }
partner-status-paused = paused – nobody can find it
partner-status-expired = run out – nobody can find it until you renew it
partner-status-shown = published
partner-none = You have no profile yet.
partner-edit = Change my profile
partner-pause = Pause (hide it for now)
partner-resume = Publish it again
partner-renew = Keep it up for another year
partner-delete = Delete my profile
partner-delete-confirm = Delete your profile? Nobody will find it any more, and it cannot be undone.
partner-paused = Your profile is paused: nobody can find it until you publish it again.
partner-resumed = Your profile is published again.
partner-renewed = Done: your profile stays up until { $date }.
partner-deleted = Your profile is deleted.

partner-intros-header = Your introductions:
partner-intros-none = You have no introductions at the moment.
partner-intro-asked-open = you asked { $name }: waiting for an answer
partner-intro-asked-accepted = you and { $name } agreed to get in touch
partner-intro-asked-declined = { $name } said no, thank you
partner-intro-asked-expired = { $name } did not answer in time
partner-intro-asked-me-open = { $name } asked you: waiting for your answer
partner-intro-asked-me-accepted = you accepted { $name }
partner-intro-asked-me-declined = you declined { $name }
partner-intro-asked-me-expired = you did not answer { $name } in time
partner-intro-answer = Answer { $name }
partner-intro-write = Write to { $name }

partner-intro-decide =
    { $name } would like to get in touch with you: “{ $message }”
    { $through ->
        [bot] If you accept, you write to each other here, through me: neither of you gets the other's contact details.
        [yours] If you accept, they get your contact details. They chose to keep in touch through me, so you write to them here.
        [theirs] If you accept, you get their contact details. Yours stay private, as you chose: they can write to you here, through me.
       *[contact] If you accept, you both get each other's contact details.
    } If you decline, they get a polite no – and if you block them, they cannot ask you again.
partner-intro-accept = Accept
partner-intro-decline = Decline
partner-intro-block = Decline and block
partner-intro-later = Decide later
partner-intro-later-done = All right. You can answer later under “Find a partner” → “My introductions”.
partner-intro-gone = This request has already been answered, or it has expired.
partner-accepted = { $through ->
        [bot] Thank you! I have told { $name } that you agree. They do not get your contact details: you write to each other here, through me.
        [theirs] Thank you! I have told { $name } that you agree. They do not get your contact details; you get theirs, and they can write to you here, through me.
        [yours] Thank you! I have told { $name } and given them your contact details. They chose to keep in touch through me, so you write to them here.
       *[contact] Thank you! I have told { $name } and given them your contact details.
    }
partner-contact = How to reach { $name }: { $contact }
partner-declined-done = I have told { $name }, politely, that you are not interested.
partner-blocked-done = I have told { $name }, politely, that you are not interested, and they cannot ask you again.
partner-write = Write your message to { $name } here, and I will pass it on. Not now? Press “Later”: you can write at any time from your introductions in /partners.
help-answering-intro = Someone has asked to get in touch with you through the partner search. With “Accept”, you get in touch as described above. With “Decline”, they get a polite no, and with “Decline and block”, they cannot ask you again either. With “Decide later”, the request waits for you under “Find a partner” → “My introductions”.
help-writing-partner = The next message you send goes to { $name } through me, just as you write it. Press “Later” if you do not want to write now.
partner-message-sent = Sent. I will pass on the answer here.

partner-published = { $editing ->
        [yes] Your changes are published.
       *[no] Your profile is published. Others can find it now; you decide who gets your contact details.
    }
partner-not-published = { $editing ->
        [yes] Your changes are not saved: your profile stays as it was.
       *[no] Your profile is not published. Nothing you wrote is shown to anyone.
    }

notice-intro-request = { $name } has asked to get in touch with you through the partner search: “{ $message }”
notice-intro-accepted = Good news: { $name } has accepted your request. You can reach them at: { $contact }
notice-intro-accepted-bot = Good news: { $name } has accepted your request. They prefer to keep in touch through me.
notice-intro-declined = { $name } has answered your request: they cannot take it further at the moment. Do not be discouraged – try the search again, or ask an adviser for ideas.
notice-intro-expired = { $name } has not answered your request in time, so I have closed it. You may try other profiles, or ask an adviser for ideas.
notice-partner-message = A message from { $name }: “{ $text }”
notice-profile-expiring = Your partner profile is shown until { $date }. To keep it up for another year, open “Find a partner” → “My profile” → “Keep it up for another year”.

## The profile journey

partner-profile-title = My partner profile
partner-profile-intro =
    Let's make a short profile of your organisation, so that partners across the border can find you. Others see only what you write here – never your contact details: when someone asks to get in touch, you decide whether to share them.
    You can pause, change or delete the profile at any time.
partner-profile-name = What is the name of your organisation?
partner-profile-name-help = Write the name of your organisation as you want others in the partner search to see it, for example “Kirkenes Choir Association”. The profile is about the organisation, so it needs no person's name.
partner-profile-country = In which country is your organisation?
partner-profile-country-help = The country where your organisation is based. Others see it in your profile, and the search uses it to show you organisations across the border. If your organisation is in Russia, think about your safety first: being known as a partner of the Secretariat can be a real risk there.
partner-profile-region = In which region is your organisation based?
partner-profile-region-help = The region where your organisation is based. Others see it in your profile, and the search uses it to suggest partners across the border; if yours is not in the list, choose “Elsewhere in …”.
partner-profile-region-ru = In which region is your organisation based?
partner-profile-region-ru-help = The region is shown in your profile to everyone who uses the partner search. Being known as a partner of the Secretariat can be a real risk for people in Russia: publish only what you are comfortable with, and if you are in doubt, do not publish the profile – nothing is published until you agree. An adviser can talk it through with you.
partner-profile-kind = What kind of organisation is it?
partner-profile-kind-help = Choose what best describes your organisation, for example “School” or “Sports club”. Others see it in your profile and can search for it; if none fits, choose “Something else”.
partner-kind-school = School
    .inline = school
partner-kind-university = University or college
    .inline = university or college
partner-kind-municipality = Municipality or county
    .inline = municipality or county
partner-kind-ngo = Voluntary organisation (NGO)
    .inline = voluntary organisation (NGO)
partner-kind-culture = Cultural institution
    .inline = cultural institution
partner-kind-business = Business
    .inline = business
partner-kind-sports = Sports club
    .inline = sports club
partner-kind-media = Media
    .inline = media
partner-kind-indigenous = Indigenous organisation
    .inline = indigenous organisation
partner-kind-other = Something else
    .inline = something else
partner-profile-topics = Which topics would you like to work on? Choose all that apply, separated by commas, like 1, 2.
partner-profile-topics-help = The topics you would like to cooperate on. The search uses them to match you with organisations interested in the same, for example “Culture” for a joint concert.
partner-profile-description = In a few sentences: who are you, and what do you do? (For example: “A lower secondary school with 200 pupils and a strong choir tradition.”)
partner-profile-description-help = A short presentation that others see in the partner search: who you are, what you do, and how many you are. Write about the organisation rather than individual people, and leave out contact details: they are shared only with those whose request you accept.
partner-profile-languages = In which languages can your team work? Choose all that apply, separated by commas.
partner-profile-languages-help = The languages your team can use in meetings and in writing. Others see them in your profile. A project can budget for interpretation, so a partner without a common language can still be a good match.
partner-language-nb = Norwegian
    .inline = Norwegian
partner-language-sv = Swedish
    .inline = Swedish
partner-language-fi = Finnish
    .inline = Finnish
partner-language-ru = Russian
    .inline = Russian
partner-language-en = English
    .inline = English
partner-language-se = Sámi
    .inline = Sámi
partner-profile-looking-for = What kind of partner and project are you looking for? (For example: “A school in Murmansk or Karelia for a joint music project for pupils aged 13–15.”)
partner-profile-looking-for-help = The partner and project you have in mind: what kind of organisation, where, and what you would like to do together. Others see it in your profile, and when they search, the search also looks at these words.
partner-profile-contact-kind = When you accept a request, how would you like to be contacted?
partner-profile-contact-help = Your choice is shown only to people whose request you accept. “Through this bot only” keeps your details private even then: you write to each other here.
partner-contact-kind-bot = Through this bot only
    .inline = through this bot only
partner-contact-kind-email = By e-mail
    .inline = e-mail
partner-contact-kind-handle = By phone or a chat handle
    .inline = phone or messaging app
partner-profile-contact-email = Which e-mail address?
partner-profile-contact-email-help = Only people whose request you accept get this address, so that they can write to you; nobody else sees it. You can change it later under “My profile”.
partner-profile-contact-handle = Which phone number or chat handle (for example @kari on Telegram)?
partner-profile-contact-handle-help = Only people whose request you accept get this number or handle, so that they can reach you; nobody else sees it. You can change it later under “My profile”.
partner-profile-contact-handle-invalid = That does not look like a phone number or a chat handle. Write, for example, +47 912 34 567 or @kari.
partner-profile-review = { $editing ->
        [yes] This is your profile as others will see it. Choose what to change; when it is right, confirm, and I will publish the changes.
       *[no] This is your profile as others will see it. Check it; you can change anything before you publish.
    }
partner-field-name = Organisation
partner-field-country = Country
partner-field-region = Region
partner-field-kind = Kind
partner-field-topics = Topics
partner-field-description = About us
partner-field-languages = Working languages
partner-field-looking-for = Looking for
partner-section-private = Only for those you accept
partner-field-contact-kind = Contact by
partner-field-contact = Contact
partner-profile-consent = { $editing ->
        [yes] Shall I publish the changes? Your profile is then shown in the partner search for { $months ->
            [one] one month
           *[other] { $months } months
        } from today. You can pause, change or delete it at any time.
       *[no] { $months ->
            [one] I keep your profile for one month
           *[other] I keep your profile for { $months } months
        } and show it in the partner search; before it runs out I will ask whether you want to keep it. You can pause, change or delete it at any time. Do you agree, and shall I publish it?
    }
notice-intro-withdrawn = A request to get in touch with you has been withdrawn: the person has left the bot, and the request is gone from your list.
notice-intro-gone = An organisation you had asked, or were in touch with, through the partner search has left the bot, so that introduction is gone from your list.
partner-intro-contact = { $line }: { $contact }
