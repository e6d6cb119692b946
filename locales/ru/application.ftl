## The draft application

application-title = Черновик заявки
main-item-application = Подготовить черновик заявки
application-intro = Давайте вместе подготовим черновик вашей заявки. Консультант обсудит его с вами, прежде чем вы подадите заявку на портале заявок Секретариата. Я буду задавать вопросы по одному, а то, что вы уже рассказали при проверке идеи по критериям, повторно спрашивать не буду. Прерваться можно в любой момент и продолжить позже, а вернуться к предыдущему вопросу — командой /back. В конце вы увидите все ответы и перед отправкой сможете изменить любой из них.
application-not-fit = В нынешнем виде проект не подходит ни для одной программы, которая сейчас принимает заявки (см. выше). Черновик всё равно можно подготовить, и консультант его посмотрит. Но если сначала поговорить с консультантом, можно избежать лишней работы. Что вы хотите сделать?
application-not-fit-continue = Всё равно подготовить черновик
application-not-fit-adviser = Сначала поговорить с консультантом
application-not-fit-stop = Остановиться
application-to-adviser = Хорошая мысль. Отправьте /adviser, чтобы написать консультантам здесь, в чате, или обратитесь напрямую: { $contact }. Ваши ответы сохранены: продолжить черновик можно позже из главного меню.
application-stopped = Хорошо, на этом остановимся. Ваши ответы сохранены: продолжить черновик можно позже из главного меню.
application-org-name = Как полностью называется организация, которая подаёт заявку?
application-org-number = Укажите номер организации (organisasjonsnummer) — девять цифр.
application-municipality = В каком муниципалитете находится организация?
application-contact-name = Кто будет контактным лицом по заявке? Напишите, пожалуйста, имя и фамилию полностью.
application-contact-email = Какой адрес электронной почты у контактного лица?
application-contact-phone = Какой номер телефона у контактного лица? Укажите его с кодом страны.
application-partner-name = Как называется ваша организация-партнёр по другую сторону границы?
application-partner-contact = Кто ваше контактное лицо в организации-партнёре?
application-no-partner = Прежде чем подавать заявку, нужно найти для проекта партнёра по другую сторону границы. Консультант поможет в этом — отправьте /adviser или обратитесь напрямую: { $contact }. Ответы, которые вы уже дали, сохранены.
application-norwegian-costs = Программа покрывает часть расходов норвежской стороны. Сколько из указанных вами расходов приходится на норвежскую сторону (в кронах)?
application-norwegian-costs-help = Учтите то, что оплачивает ваша организация: ваши поездки, проживание, перевод, гонорары и администрирование. То, что партнёр оплачивает со своей стороны, сюда не входит.
application-volunteer-hours = Сколько часов волонтёрской работы вложат в проект участники с норвежской стороны? Программа засчитывает эту работу как собственное финансирование — по { $volunteer_rate } крон за час. Если такой работы не будет, напишите 0.
application-project-title = Как называется ваш проект?
application-project-summary = Опишите проект в нескольких предложениях: что будет происходить и зачем?
application-goals = Каковы цели проекта? Что должно измениться после его завершения?
application-target-group = Для кого этот проект: кто будет в нём участвовать и кому он принесёт пользу?
application-activity-what = Опишите одно мероприятие: что будет происходить и где?
application-activity-date = Когда пройдёт это мероприятие? Напишите дату в таком виде: 15.05.2027.
application-activity-what-label = Мероприятие
application-activity-date-label = Дата
application-activity-more = Хотите добавить ещё одно мероприятие?
application-roles = Как вы будете работать вместе с партнёром и какова роль каждой стороны? Опишите, пожалуйста, обе стороны.
application-roles-help =
    Это самая важная часть заявки. Опишите, кто что делает с каждой стороны: кто планирует, кто организует, кто участвует, как вы поддерживаете связь и как принимаете решения вместе.
    Одной строчки недостаточно: Секретариату важно видеть настоящее партнёрство, в котором активны обе стороны.
application-start-date = Когда начнётся проект? Напишите дату в таком виде: 01.03.2027.
application-start-soon = Обратите внимание: до начала проекта остаётся меньше четырёх недель. Секретариату нужно 4–6 недель, чтобы рассмотреть заявку, а всё, что сделано до подачи заявки, не финансируется. Возможно, стоит начать позже — или обсудите это с консультантом.
application-end-date = Когда проект завершится?
application-budget-help = Укажите сумму в норвежских кронах для всего проекта — для обоих партнёров вместе. Если таких расходов нет, напишите 0.
application-cost-travel = Бюджет: во сколько обойдутся поездки (в кронах)?
application-cost-accommodation = Бюджет: во сколько обойдётся проживание (в кронах)?
application-cost-interpretation = Бюджет: во сколько обойдутся устный и письменный перевод (в кронах)?
application-cost-fees = Бюджет: сколько составят гонорары участникам с активной ролью (в кронах)?
application-cost-administration = Бюджет: во сколько обойдутся администрирование и руководство проектом (в кронах)?
application-cost-other = Бюджет: сколько составят прочие расходы (в кронах)?
application-own-financing =
    { $volunteer_rate ->
        [0] Какую сумму вы вложите сами (в кронах)? Ваш собственный труд тоже засчитывается.
       *[other] Какую сумму, не считая волонтёрской работы, вы вложите сами (в кронах)?
    }
application-through-organisation = Следующие вопросы — об организации, через которую вы подаёте заявку.
application-partner-financing = Какую сумму внесёт ваш партнёр (в кронах)?
application-amount = Какую сумму вы запрашиваете у Баренцева секретариата (в кронах)?
application-review = Вот черновик вашей заявки. Проверьте его, пожалуйста: любой ответ можно изменить. Кнопка «Подтвердить» отправит черновик консультанту на проверку — это ещё не сама заявка.
application-field-org-name = Организация
application-field-org-number = Номер организации
application-field-municipality = Муниципалитет
application-field-contact-name = Контактное лицо
application-field-contact-email = Эл. почта
application-field-contact-phone = Телефон
application-field-partner-name = Партнёр
application-field-partner-contact = Контактное лицо партнёра
application-field-title = Название
application-field-summary = Краткое описание
application-field-goals = Цели
application-field-target-group = Целевая группа
application-field-activities = Мероприятия
application-field-roles = Сотрудничество и роли
application-field-start = Начало
application-field-end = Окончание
application-field-amount = Запрашиваемая сумма (в кронах)
application-done = Спасибо — и удачи вашему проекту!
application-field-scheme = Программа
application-field-scheme-version = Версия
application-field-scheme-status = Статус программы
application-field-verdict = Результат проверки
application-field-applicant-type = Тип заявителя
application-field-registered = Зарегистрирован в Брённёйсунне
application-field-partner-countries = Страна партнёра
application-field-partner-region-se = Регион в Швеции
application-field-partner-region-fi = Регион в Финляндии
application-field-partner-region-ru = Регион в России
application-field-partner-state = Российский государственный орган
application-field-activities-in-russia = Мероприятия в России или поездки туда
application-field-partner-role = Роль партнёра
application-field-topics = Темы
application-field-costs = На что пойдут деньги
application-field-started = Проект уже начат
application-field-norwegian-costs = Расходы норвежской стороны (из общей суммы)
application-field-volunteer-hours = Волонтёрская работа (в часах)
application-section-scheme = Программа и результат проверки
application-field-funding-share = Максимальная доля финансирования (%)
application-field-county = Губерния
application-field-cost-other = Прочие расходы
application-field-own-financing = Собственное финансирование
application-field-partner-financing = Софинансирование партнёра

## Разделы сводки и выгруженной заявки
application-section-applicant = Заявитель
application-section-contact = Контактное лицо
application-section-partner = Партнёр
application-section-project = Проект
application-section-plan = Мероприятия и роли
application-section-timeline = Сроки
application-section-budget = Бюджет (в кронах)
application-section-financing = План финансирования
