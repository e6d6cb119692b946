# Messages the bot itself uses in every conversation: commands, input problems, summaries,
# verdicts. `barents-bot check` lists the variables each one receives.

## Answers and hints

answer-yes = Yes
    .inline = yes
answer-no = No
    .inline = no
optional-hint = (This question is optional: send /skip to leave it out.)

## Why an answer was not accepted

invalid-too-short = That is a bit short: please write at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    } (you wrote { $length }).
invalid-too-long = That is too long: please keep it to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } (you wrote { $length }).
invalid-email = That does not look like an e-mail address. Please write it like name@example.no.
invalid-phone = That does not look like a phone number. Write it like 912 34 567, or with the country code, like +46 70 123 45 67.
invalid-orgnr-format = A Norwegian organisation number has exactly 9 digits, like 974 760 673.
invalid-orgnr-check = That organisation number is not valid: its last digit does not match. Please check it in the Brønnøysund register.
invalid-number = Please answer with a whole number, written in digits.
invalid-number-range = { $unit ->
    [kroner] Please give an amount from NOK { $min } to NOK { $max }.
   *[other] Please give a number from { $min } to { $max }.
}
invalid-date = I could not read that date. Please write the day, month and year, for example { $example }.
invalid-date-too-early = { $past ->
        [yes] That date has already passed. Please give { $min } or a later date.
       *[no] That date is too early. Please give a date no earlier than { $min }.
    }
invalid-date-too-late = That date is too far ahead. Please give a date no later than { $max }.
invalid-choice = Please choose one of the options: send a number from 1 to { $count }, or press a button.
invalid-multi-count = Please choose between { $min } and { $max ->
        [one] { $max } option
       *[other] { $max } options
    }, separated by commas, like 1, 3.
invalid-multi = Please choose one or more of the options: send their numbers from 1 to { $count }, separated by commas, like 1, 3 – or press the buttons.
invalid-yes-no = Please answer yes or no.
input-empty = I did not get any text. Please type your answer.
input-too-long = Your message is too long for me: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }, and I can take at most { $max }. Please shorten it.
input-control = Your message contains invisible control characters that I cannot store. Please type it again as plain text.

## Three failed tries in a row

stuck-offer = This question seems to be giving you trouble. What would you like to do?
stuck-again = Try again
stuck-help = Show help
stuck-adviser = Contact an adviser
stuck-skip = Skip this question
stuck-menu = Back to the main menu

## Commands

button-stale = That button belongs to an earlier question, so I have ignored it. Please answer the latest question.
back-nothing = There is no earlier question to go back to.
skip-not-optional = This question cannot be skipped: I need an answer to go on.
restart-done = Let's start again from the first question. This time I ask every question, also those you answered before; your new answers replace the old ones.
cancel-done = Stopped. Your answers so far are kept until you start again.
help-general =
    You can answer by typing, or by sending the number of an option.
    Commands that work at any time:
    /start – main menu
    /back – previous question
    /skip – skip an optional question
    /restart – start again from the first question
    /cancel – stop and go to the main menu
    /language – change language (English, norsk, русский)
    /advice – ask a question in your own words, or browse advice on culture, partners and funding
    /partners – find a partner across the border, or show your profile
    /status – where your draft applications stand
    /stats – what people have done with this bot, in numbers
    /adviser – how to reach a person
    /privacy – what I store about you
    /mydata – see what I store about you
    /forget – erase what I store about you
command-unknown = I do not know the command { $command }. Send /help to see the commands I understand.
start-unknown = There is no conversation called “{ $name }”. Here is the main menu instead.
language-choose = Which language would you like?
language-set = I will speak English from now on.
language-unknown = I do not speak “{ $code }”. I can speak English, Norwegian (bokmål) and Russian.
language-name-en = English
language-name-nb = Norsk (bokmål)
language-name-ru = Русский
status-none = You have no draft applications yet.
adviser-contact =
    The advisers at the Norwegian Barents Secretariat in Kirkenes help with ideas, criteria, partners and applications – free of charge.
    Contact: { $contact }. Tell them briefly who you are and what you plan.
privacy-text =
    Responsible for what this bot stores: { $controller }. Contact: { $contact }.
    What I store, and for how long:
    • your answers and your language, so that you can stop and go on later – erased { $session_days } days after your last message;
    • draft applications you send – read by the Secretariat's advisers, and erased { $draft_days } days after they close them;
    • a partner profile you publish – shown in the partner search for { $profile_days } days unless you renew it, and erased { $expired_profile_days } days after that; your contact details go only to someone whose request you accept;
    • a request to get in touch that you send or receive: who you say you are, the message and how to reach you – the other side sees who you are and your message, and your contact details only once they accept; kept until either of you uses /forget;
    • messages you send to the advisers – posted in their chat, and kept with your draft when they are about it;
    • that you or your partner are in Russia, if your answers said so – only to show you a safety note;
    • a question I could not answer, if you let me keep it for the advisers – without your name, erased after { $question_days } days;
    • whether an article helped – only counted, never linked to you, for { $feedback_days } days;
    • what you do here, as anonymous counts for /stats and the Secretariat’s activity page – for example that an idea was checked, a draft sent, a profile published, a request to get in touch sent or a question asked, with the month, region, country, topic, scheme, language and platform. The counts are never linked to you, so they stay after /forget.
    Your rights: /mydata shows everything I store about you, and /forget erases it. You can also ask the Secretariat to see, correct or erase your data, and complain to the Norwegian Data Protection Authority (Datatilsynet).
forget-confirm = Do you want me to erase everything I store about you? This cannot be undone.
forget-done = Done: everything I stored about you has been erased – your answers, drafts, partner profile, introductions and kept questions. If you write again, we start afresh.
forget-drafts = The advisers have been told which of your draft applications were erased, and asked to erase any copies they made.
forget-kept = Nothing was erased.

## Summaries

summary-line = { $label }: { $value }
# A list under its label (the activities).
summary-list =
    { $label }:
    { $value }
summary-empty = –
summary-section = — { $title } —
export-total-costs = Total costs
export-financing = { $balance ->
    [short] The financing plan covers { $financed } of the { $costs } the project costs: { $gap } is missing.
   *[over] The financing plan adds up to { $financed }, { $gap } more than the { $costs } the project costs.
}
summary-financing = { $balance ->
    [short] The financing plan covers { $financed } of the { $costs } the project costs: { $gap } is missing. { $volunteer ->
        [yes] Change the volunteer work, your own financing, your partner's co-financing or the amount you apply for, so that together they cover all the costs.
       *[no] Change your own financing, your partner's co-financing or the amount you apply for, so that together they cover all the costs.
    } You can also send the draft as it is and take it up with the adviser.
   *[over] The financing plan adds up to { $financed }, { $gap } more than the { $costs } the project costs. { $volunteer ->
        [yes] Change the volunteer work, your own financing, your partner's co-financing or the amount you apply for, so that together they match the costs.
       *[no] Change your own financing, your partner's co-financing or the amount you apply for, so that together they match the costs.
    } You can also send the draft as it is and take it up with the adviser.
}
export-share =
    { $share }% of { $base ->
        [norwegian] the Norwegian side's costs
       *[total] the total costs
    }
summary-confirm = Confirm
summary-edit = Change: { $field }

## Verdicts of the eligibility check

verdict-fits = From your answers, your idea meets the scheme's published criteria. This is not a decision: an adviser can confirm it with you, and the Secretariat decides when it handles the application.
verdict-does-not-fit = From your answers, your idea does not fit this scheme, because:
verdict-unclear = From your answers, I cannot say for sure whether your idea fits this scheme. An adviser should look at this:
verdict-doubts-too = { $scheme_status ->
    [closed] Besides, an adviser would have had to look at this:
   *[other] Besides, an adviser should look at this:
}
verdict-closed =
    You cannot apply under this scheme now. Under its last rules, your idea { $outcome ->
        [fits] would have met the published criteria.
        [unclear] would have needed an adviser's assessment:
       *[does-not-fit] would not have fitted, because:
    }
verdict-none = No funding scheme is open for applications at the moment.
verdict-share =
    { $share ->
        [100] The scheme may cover all of { $base ->
            [norwegian] the Norwegian side's costs
           *[total] the project's costs
        }.
       *[other] The scheme funds up to { $share }% of { $base ->
            [norwegian] the Norwegian side's costs
           *[total] the project's costs
        }; the rest is own financing, where your own work counts.
    }
verdict-next-apply = Next step: you can prepare a draft application with me (“Prepare a draft application” in the main menu). An adviser reviews it; the formal application is made in the Secretariat's application portal. Contact: { $contact }
verdict-next-adviser = Next step: talk to an adviser before you apply – send /adviser, or contact { $contact }
verdict-next-closed = The scheme open today: { $open }. An adviser can tell you whether your project could be shaped for it – send /adviser, or contact { $contact }
verdict-next-none-open = An adviser can tell you what is possible – send /adviser, or contact { $contact }
fact-verdict-fits = meets the published criteria (not a decision)
fact-verdict-unclear = unclear: an adviser looks at it
fact-verdict-does-not-fit = does not fit
fact-scheme-status-open = open for applications
fact-scheme-status-closed = closed to new applications
fact-share-base-total = the project's costs
fact-share-base-norwegian = the Norwegian side's costs
secretariat-name = the Norwegian Barents Secretariat
contact-web = { $name }, { $web }
contact-email = e-mail { $email }
contact-phone = phone { $phone }

## Errors

content-error = Something is wrong with this conversation on my side, so I have taken you back to the main menu. Sorry!
error-storage = Sorry, I could not save that just now. Please send your answer again in a moment.

## Buttons and group chats

multi-done = Done ✓
group-welcome = Hello! I help you start a cross-border project in the Barents region and apply for funding from the Norwegian Barents Secretariat. Your answers stay private: I talk with each of you one-to-one. Pick where to start:
group-journey = Let us do that in a private chat, so that your answers stay private:
group-help = In this group I only give short answers. For the eligibility check and advice, open a private chat with me: your answers are not shown to anyone else.
group-private-only = That works in a private chat with me, so that your answers stay private.
group-open-private = Open a private chat

## The command menu (short descriptions)

command-start = Main menu
command-help = How to talk to me
command-back = Previous question
command-skip = Skip an optional question
command-restart = Start again from the first question
command-cancel = Stop and go to the main menu
command-language = Change language
command-status = My draft applications
command-stats = Statistics: activity in the Barents region
command-advice = Ask a question, get advice
command-adviser = Talk to a person
command-privacy = What I store about you
command-mydata = See your stored data
command-forget = Erase your data

## Discord

discord-dm-opened = I have sent you a direct message – let's continue there.
discord-dm-closed = I could not send you a direct message. Please allow direct messages from server members (server menu → Privacy settings) and try again.
discord-desc-barents = Advice on Barents cooperation projects and funding
discord-desc-start = Start a conversation in a direct message
discord-desc-help = What I can do
discord-desc-criteria = Check if a project idea fits the funding criteria
discord-desc-advice = Ask a question about cooperation and funding
discord-desc-language = Choose my language
discord-desc-status = My draft applications
discord-desc-stats = Statistics: activity in the Barents region
discord-desc-privacy = What I store about you
discord-desc-partners = Find a partner across the border
discord-name-start = start
discord-name-help = help
discord-name-criteria = criteria
discord-name-advice = advice
discord-name-language = language
discord-name-status = status
discord-name-stats = stats
discord-name-privacy = privacy
discord-name-partners = partners
discord-option-journey = Leave empty to see the main menu
discord-option-question = Your question, in your own words
discord-option-language = English, norsk or русский
discord-option-search = What you are looking for, e.g. school, education, Murmansk

## Applications and drafts

progress = Part { $n } of { $total }: { $part }
progress-filled = { $last ->
    [1] Part 1 is already filled in with the answers you gave earlier.
    [2] Parts 1 and 2 are already filled in with the answers you gave earlier.
   *[other] Parts 1–{ $last } are already filled in with the answers you gave earlier.
}
invalid-over-share = { $share ->
    [100] Under the scheme's rules you can ask for all of { $base ->
        [norwegian] the Norwegian side's costs
       *[total] the costs you listed
    } (NOK { $total }), but not more than that. Please give a lower amount, or go back with /back and check the budget.
   *[other] Under the scheme's rules you can ask for at most { $share }% of { $base ->
        [norwegian] the Norwegian side's costs
       *[total] the costs you listed
    } (NOK { $total }), that is at most NOK { $max }. Please give a lower amount, or go back with /back and check the budget.
}
help-share-limit = { $share ->
    [100] Under the scheme's rules you can ask for all of { $base ->
        [norwegian] the Norwegian side's costs
       *[total] the costs you listed
    }. In your budget that is NOK { $total }, and that is the most you can ask for.
   *[other] Under the scheme's rules you can ask for at most { $share }% of { $base ->
        [norwegian] the Norwegian side's costs
       *[total] the costs you listed
    }. In your budget that is NOK { $total }, so you can ask for at most NOK { $max }.
}
invalid-over-total = The amount is more than the total costs you listed (NOK { $total }). Please give an amount of up to NOK { $total }.
changed-reask = After your change, this answer needs another look: { $reason }
track-adviser = An adviser will tell you how your application will be processed and which deadline applies: { $contact }
track-continuous = Applications for up to NOK { $max } are decided continuously, usually within 4–6 weeks. Submit it 4–6 weeks before the project starts.
track-board = Applications for more than NOK { $max } are decided by the board. The next deadline is { $deadline }.
draft-submitted =
    Your draft { $id } has been sent to an adviser for review. This is not yet the application: { $scheme_status ->
        [closed] the scheme it follows takes no new applications, so an adviser will go through the draft with you here and tell you what is possible.
       *[open] an adviser will go through the draft with you here, and the formal application is then made in the Secretariat's application portal: { $portal }
    }
    Send /status to see where the draft stands.
status-unfinished = { $sent ->
    [no] You have not sent a draft application to an adviser yet. The draft you have started is saved: go on with it from the main menu, { $item }.
   *[yes] The draft you have started is saved: go on with it from the main menu, { $item }.
}
status-header = Your draft applications:
status-line = { $id }: { $status }
draft-status-submitted = sent, waiting for an adviser
draft-status-claimed = an adviser is looking at it
draft-status-follow-up = being followed up with you
draft-status-closed = the adviser has finished looking at it
notice-status = { $code ->
    [closed] An adviser has closed your application { $id }. If you have any questions, send /adviser.
   *[other] News about your application { $id }: { $status }.
}
notice-adviser-message =
    An adviser writes about your application { $id }:
    “{ $text }”
notice-adviser-answer =
    An adviser has answered your question:
    “{ $text }”
export-status = Status
export-submitted = Sent to the advisers
export-applicant = Applicant
export-erase = The applicant has asked for their data to be erased: erase your copies, then close the draft.
export-undelivered = Not posted in the advisers' chat
export-by-applicant = applicant
export-by-command-line = an adviser, on the command line
export-history = History

## The adviser chat

adviser-new-draft = New draft application { $id }
adviser-claim = Claim
adviser-close = Close
adviser-claimed = Claimed by { $name }
adviser-closed = Closed by { $name }
adviser-answered = Answered by { $name }; the answer has gone to the person who asked.
adviser-only = Only the Secretariat's advisers can do this.
adviser-no-draft = There is no draft { $id }.
adviser-draft-closed = Draft { $id } is already closed; nothing more can be done with it.
adviser-write-answer = Write your message to the adviser about your draft here, and I will pass it on at once. Not now? Press “Later”, and send /adviser when you are ready.
adviser-write-question = Write your question here, and it goes to the advisers; they answer you in this chat. Not now? Press “Later”.
help-writing-adviser = The next message you send goes to the Secretariat's advisers just as you write it, and they answer you in this chat. Press “Later” if you do not want to write now.
write-later = Later
adviser-not-sent-number = I have not sent that number to the advisers. Write your message in words, or press “{ write-later }” if you do not want to write now.
adviser-not-sent-greeting = Hello! A greeting on its own is not sent to the advisers. Write your message to them here, or press “{ write-later }” if you do not want to write now.
adviser-sent = Thank you – your message has gone to the advisers.
adviser-message = Message from { $from } about { $id }:
adviser-question = Question from { $from }:
adviser-undeliverable = Draft { $id } could not be posted here. The platform said: “{ $reason }”. Read it on the server with `barents-bot drafts show { $id }`.
adviser-undeliverable-message = A message to the advisers from { $from } could not be posted here. The platform said: “{ $reason }”.
adviser-draft-in-file = The whole draft is in the attached file { $id }.md.
adviser-ask = Ask the applicant
adviser-answer = Answer
adviser-answer-label = Your answer
adviser-ask-prompt = Reply to this message with your question for the applicant of { $id }.
adviser-asked = Your question about { $id } has been sent to the applicant.
adviser-ask-title = Question for the applicant of { $id }
adviser-ask-label = Your question for the applicant
adviser-ask-empty = The question was empty, so nothing was sent.
adviser-asked-by = { $name } asked the applicant of { $id }:
adviser-failed = That could not be saved just now. Please try again in a moment.

## The resource centre (texts of the articles: knowledge.ftl)
kb-all-topics = All topics
kb-leave = Back to where I was
kb-helpful = Did this help?
kb-helpful-yes = Yes, it helped
kb-helpful-no = Not really
kb-thanks = Thank you – that helps me get better.
kb-thanks-sorry = Thank you for telling me. Try asking in your own words, or send /adviser to ask a person.
kb-answers = This is what I found:
kb-unsure = I am not sure I have understood your question. These may help – or send it to an adviser, who will answer you here.
kb-nothing = I could not find anything about that. You can send your question to an adviser, who will answer you here, or look through the topics.
kb-hit = { $title } ({ $level ->
    [high] a close match
    [medium] probably relevant
   *[low] possibly relevant
  })
kb-ask-adviser = Send my question to an adviser
kb-read-more = Read more in a private chat
kb-public-unsure = I am not sure I understood that. Ask me in a private chat, where I can look into it with you or pass it on to an adviser.

## Limits against abuse
limit-drafts = You have already sent { $max ->
        [one] a draft application
       *[other] { $max } draft applications
    }, which is as many as I can take. Your answers are kept: send /adviser to talk to an adviser about this one.
limit-items = That is the most this list can hold ({ $max }). Tell an adviser about any more; we go on with the next question.
limit-draft-length = Your draft has { $length } characters; at most { $max } can go to the advisers. Please shorten some answers: choose them in the summary below.
limit-adviser = You have sent the advisers { $max ->
        [one] a message
       *[other] { $max } messages
    } in the last 24 hours, which is as many as I can pass on in a day. Please try again tomorrow – the advisers will answer what you have sent.
limit-rate = You are sending messages faster than I can take them. Please wait a minute, then send your last message again.
verdict-scheme =
    Scheme: { $title } – { $status ->
        [open] open for applications.
        [closed] closed to new applications since { $since }.
       *[closed-undated] not taking new applications.
    }
fact-verdict-closed = the scheme takes no new applications
track-closed = The scheme this draft follows takes no new applications, so no deadline applies. An adviser will tell you what is possible: { $contact }

## Reading free text (issue 18): questions inside a form, wishes, answers in words.
understand-which = Do you mean { $options }? Please choose one.
understand-no-help = I have nothing more to explain about this question. Answer it as well as you can, or send /adviser to reach an adviser.
understand-answer = { $sure ->
    [yes] About “{ $title }”:
   *[no] This from “{ $title }” may answer your question:
  }
  { $answer }
  More in the advice section (/advice).
understand-no-answer = I cannot answer that here. An adviser can: { $contact }
understand-back = Now, back to the question:
understand-held = If that was your answer, not a question, press “Use it as my answer”. If not, back to the question:
understand-use-answer = Use it as my answer
understand-greeting = Hello! Let us carry on where we left off.
understand-thanks = You are welcome!
understand-stop-menu = All right. Write to me whenever you need me.
understand-already-here = That is what we are doing now. Let us carry on:
understand-leave-stop = Do you want to stop here? Your answers so far are kept; /forget erases them.
understand-leave-journey = Do you want to go to “{ $journey }” now? Your answers so far are kept, and we come back to this question afterwards.
understand-stopped = We stop here. Your answers so far are kept.
resume-unfinished = You have already started a draft application. Your answers are kept, so we go on from where you left off. To start again from the first question, send /restart.
understand-confirm = I read this as { $value } – is that right?
safety-if-in-russia = If you are in Russia, read /advice safety before you write: for a person in Russia, even writing to the Secretariat can be a risk.
safety-reminder = Remember the safety advice before you write to an adviser: /advice safety
safety-russia = { $context ->
        [intro] Before you send a request: since 2024 Russia has listed the Norwegian Barents Secretariat as an “undesirable” organisation. For a person in Russia, being known as a partner in its projects can be an offence under Russian law. Write only what you and the people you name are comfortable with. More: /advice safety
        [adviser] Before you write to an adviser: since 2024 Russia has listed the Norwegian Barents Secretariat as an “undesirable” organisation. For a person in Russia, even writing to its advisers can count as taking part in its activities, which can be an offence under Russian law. Write only what you are comfortable with, and do not name people in Russia without their consent. More: /advice safety
        [advice] Remember: since 2024 Russia has listed the Norwegian Barents Secretariat as an “undesirable” organisation. For a person in Russia, taking part in its activities – being named as a partner, writing to its advisers, appearing in a project – can be an offence under Russian law. More: /advice safety
        [profile] Before you publish anything about your organisation: since 2024 Russia has listed the Norwegian Barents Secretariat as an “undesirable” organisation. For an organisation in Russia, taking part in its activities can be an offence under Russian law, and being known as its partner can count as taking part: a risk for the organisation and its staff. Publish only what you are comfortable with, and no names of people. More: /advice safety
       *[form] Before you name anyone: since 2024 Russia has listed the Norwegian Barents Secretariat as an “undesirable” organisation. For a person in Russia, taking part in its activities – being named as a partner, writing to its advisers, appearing in a project – can be an offence under Russian law. Share only what you and the people in Russia you name are comfortable with: in a draft application, a partner's name can be left out and given to an adviser later. More: /advice safety
    }
mydata-summary = What I store about you:
mydata-language = Language: { $language }
mydata-journey =
    A journey in progress: “{ $journey }”, { $count ->
        [one] one answer
       *[other] { $count } answers
    } so far
mydata-draft = Draft { $id } (sent { $date }). Status: { $status }
mydata-profile = Your partner profile “{ $name }”, shown until { $until }
mydata-intros = Introductions you asked for or were asked for: { $count }
mydata-questions = Questions you let me keep for the advisers, without your name: { $count }
mydata-russia =
    { $how ->
        [mentioned] That you mentioned Russia or a place there, so that I show a safety note before questions that identify someone
        [contacted] That you asked an organisation in Russia for an introduction, so that I show a safety note before questions that identify someone
       *[said] That you or your partner are in Russia, so that I show a safety note before questions that identify someone
    }
mydata-file = All of it, word for word, follows as a JSON document. /forget erases it.
adviser-erased = The applicant of { $id } used /forget: the bot has erased the draft and everything they wrote. Please erase any copies you made (exports, notes, posts in this chat).
kb-keep = Keep it for the advisers, without my name
kb-keep-offer =
    If you like, I keep your question for the advisers, so that they can improve my answers. They do not see who asked, and I first remove addresses, phone numbers, e-mail addresses and the names I recognise – so please leave names out. It is erased after { $months ->
        [one] one month
       *[other] { $months } months
    }. Nothing is kept unless you choose so.
kb-kept =
    Thank you – your question is kept for the advisers like this, without your name:
    { $text }
kb-sent =
    Thank you – your question has gone to the advisers, with any contact details left out:
    { $text }
    An adviser will answer you here.
kb-after = { $found ->
        [yes] You can open the articles I found, ask me something else or look through the topics.
       *[no] You can ask me something else or look through the topics.
    }
kb-read-also = Read also: { $title }
kb-more = Anything else you would like to read?
kb-hello = Hello!
kb-say-more = Tell me a little more about what you would like to know.
anonymised-email = [e-mail]
anonymised-web = [web address]
anonymised-handle = [username]
anonymised-name = [name]
anonymised-address = [address]
anonymised-number = [number]
