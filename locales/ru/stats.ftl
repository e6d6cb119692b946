# Картина активности: `barents-bot stats`, веб-страница активности, её диаграммы и карта,
# команда /stats в чате. Все числа анонимны; число 1 или 2 никогда не показывается числом
# ($n равно 3: «менее 3»).

stats-fewer = менее { $n }
# Строка для событий без значения по этому признаку (у вопроса нет региона).
stats-key-none = { $by ->
    [region] Без региона
    [topic] Без темы
    [scheme] Без программы
   *[other] Не указано
}
# Месяц года на оси или в таблице: $month — от 1 до 12, $year — например, 2026.
stats-month = { $month ->
    [1] янв.
    [2] февр.
    [3] март
    [4] апр.
    [5] май
    [6] июнь
    [7] июль
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
} { $year }
stats-platform-console = Консоль
stats-platform-telegram = Telegram
stats-platform-discord = Discord

## Что считается (заголовки столбцов)

stats-measure-checks-started = Проверок начато
stats-measure-checks = Идей проверено
stats-measure-fits = Идей, подходящих для открытой программы
stats-measure-drafts = Черновиков отправлено
stats-measure-drafts-claimed = Черновиков взято в работу
stats-measure-drafts-closed = Черновиков закрыто
stats-measure-profiles = Профилей партнёров опубликовано
stats-measure-introductions = Запросов на знакомство отправлено
stats-measure-introductions-accepted = Запросов на знакомство принято
stats-measure-questions = Вопросов задано
stats-measure-answered = Вопросов с ответом

## По какому признаку распределены числа (заголовок первого столбца)

stats-by-region = Регион
stats-by-topic = Тема
stats-by-month = Месяц
stats-by-scheme = Программа
stats-by-platform = Платформа
stats-by-language = Язык

## Период

# $from и $to — месяцы в форме stats-month.
stats-period = { $from } — { $to }
stats-period-all = За всё время
stats-total = Всего

## Страница, диаграммы и карта

stats-title = Активность в Баренцевом регионе
stats-intro = Как пользуются ботом-консультантом Норвежского Баренцева секретариата: с его помощью проверяют идеи на соответствие критериям финансирования, отправляют черновики заявок консультантам, ищут партнёров и задают вопросы. Все данные обезличены; значения 1 и 2 показываются как «менее 3».
stats-activity-means = Активность — это сумма проверенных идей, отправленных черновиков, опубликованных профилей партнёров, запросов на знакомство и заданных вопросов.
stats-region-means = Проект учитывается в регионе заявителя и в регионе каждого партнёра, поэтому сумма по регионам может быть больше итога.
stats-topic-means = Проект может относиться к нескольким темам, поэтому сумма по темам может быть больше итога.
stats-heading-totals = В цифрах
stats-heading-map = По регионам
stats-heading-months = По месяцам
stats-heading-topics = По темам
stats-activity = Активность
stats-map-title = Активность по регионам
stats-map-note = Схематическая карта: каждый регион показан прямоугольником примерно там, где он расположен.
stats-map-legend = Активность за период
stats-map-none = нет
stats-elsewhere = Другие регионы
stats-months-title = Активность по месяцам
stats-topics-title = Активность по темам
stats-json-link = Данные в формате JSON
stats-other-languages = Другие языки
stats-nothing = За этот период данных нет.
stats-not-found = Такой страницы нет. Страница активности: { $url }

## /stats в чате

stats-chat-summary = Что уже сделано с помощью этого бота:
    • проверено идей — { $checks };
    • отправлено черновиков заявок консультантам — { $drafts };
    • опубликовано профилей партнёров — { $profiles };
    • задано вопросов — { $questions }.
stats-chat-page = Подробнее — с картой и диаграммами: { $url }
stats-chat-nothing = Данных пока нет.

## Диаграммы и карта (продолжение)

stats-regions-title = Активность по регионам
stats-schemes-title = Активность по программам
stats-platforms-title = Активность по платформам
stats-languages-title = Активность по языкам
