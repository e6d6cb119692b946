## The main menu and the introduction

main-title = Main menu
main-menu = { $returning ->
        [yes] Main menu. What would you like to do?
        [again] Hello! What would you like to do?
       *[no]
            Hello! I help people who want to start a cross-border project in the Barents region and apply for funding from the Norwegian Barents Secretariat.
            What would you like to do?
    }
main-menu-help = Choose what you would like to do by sending its number. You can come back here at any time with /start.
main-item-eligibility = Check if my idea fits the criteria
main-item-about = About the Barents Secretariat

about-title = About the Barents Secretariat
about-secretariat =
    The Norwegian Barents Secretariat in Kirkenes supports cooperation between people across the borders in the north. Barents cooperation began in 1993 with the Kirkenes Declaration, as a peace project after the Cold War.
    Under the Norwegian–Russian scheme, the Secretariat funded 200–300 small projects a year between schools, municipalities, organisations, cultural institutions and businesses.
    Much has changed since 2022. In March 2022 cooperation with Russian state bodies was suspended, and on { -norwegian-russian-closed } the Norwegian–Russian scheme stopped taking applications. Since 2024 the Secretariat supports projects of Northern Norwegian organisations with partners mainly in northern Sweden and Finland, and Sámi cooperation. In 2024 Russia listed the Secretariat as an “undesirable” organisation: if you are in Russia, read “Safety for people in Russia” in the advice section (/advice) before you get involved or write to an adviser.
about-advice =
    The Secretariat is also a resource centre: its advisers help you develop an idea, understand the criteria, find a partner, and understand the cultural and political differences between the countries.
    What matters most in an application is how well the partners work together – each side needs a real role.
