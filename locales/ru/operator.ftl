# Командная строка для администраторов: `barents-bot drafts …` и `barents-bot questions …`.
# Язык — язык консультантов ([advisers] language) или тот, что задан `--lang` или BARENTS_CLI_LANG.
# Строки с колонками, разделёнными табуляцией, сохраняют их: в текстах здесь не должно быть табуляции.

## Статус черновика заявки — в колонке статуса `drafts list` и в истории черновика.
## `drafts list --status` принимает эти названия на всех трёх языках, а также коды
## submitted, claimed, follow-up и closed.

cli-status-submitted = отправлен
cli-status-claimed = в работе
cli-status-follow-up = уточняется
cli-status-closed = закрыт

## drafts list, claim, reply, close

# Черновик, который чат консультантов окончательно отклонил; $sinks — чаты, например «telegram, discord».
cli-list-not-posted = не опубликован: { $sinks }
cli-drafts-none = Черновиков заявок пока нет.
cli-drafts-none-with-status = Черновиков заявок со статусом «{ $status }» нет.
cli-claimed = Черновик { $id } взят в работу, консультант: { $adviser }
cli-replied = { $id }: заявитель увидит ваше сообщение в своём чате
cli-closed = Черновик { $id } закрыт

## drafts audit: что сделал консультант (или кто-то другой)

cli-audit-claim = взят в работу
cli-audit-ask = сообщение заявителю
cli-audit-close = закрыт
cli-audit-answer = ответ на вопрос
# Действие консультанта пытался выполнить тот, кто не является консультантом.
cli-audit-refused = отказано: не консультант
# Заявитель удалил черновик командой /forget.
cli-audit-erased = удалён
cli-audit-none = Записей пока нет.

## questions feedback: заголовки трёх колонок

cli-feedback-article = статья
cli-feedback-helpful = помогла
cli-feedback-not-helpful = не помогла
cli-feedback-title = заголовок
cli-feedback-none = Статьи пока никто не оценил.

## questions try: как бот понимает вопрос

# $sure — уверенность, нужная для ответа, в процентах (cli-percent).
cli-try-answered = ответ найден (бот отвечает при уверенности не ниже { $sure })
cli-try-unsure = нет уверенности: бот предложит обратиться к консультанту (ответ даётся при уверенности не ниже { $sure })
# Слово, которого нет в базе знаний.
cli-try-unknown = неизвестно
cli-percent = { $n } %

## Что пошло не так (в stderr)

cli-error-bad-id = «{ $id }» — не номер черновика заявки (номера выглядят так: BS-2026-0007)
cli-error-no-draft = черновика заявки { $id } нет
cli-error-closed = черновик заявки { $id } уже закрыт, и с ним больше ничего сделать нельзя
# $names — названия статусов на этом языке; $codes — коды, которые тоже принимаются.
cli-error-status = статуса «{ $status }» нет. Возможные статусы: { $names } (или коды { $codes })
cli-error-needs-store = для этого нужно хранилище данных
cli-error-csv-one = формат csv — только вместе с --all; один черновик выгружается в md или json
cli-error-all-format = с --all выгрузка возможна в csv или json
cli-error-id-or-all = укажите номер черновика или --all
cli-error-console = сеанс консоли — это не команда
cli-error-output = не удалось вывести результат: { $cause }
cli-questions-none = Сохранённых для консультантов вопросов нет.
cli-error-period = месяц в --from позже, чем в --to: период получится пустым
cli-error-map-svg = карта выводится только в SVG: укажите --map без --format или с --format svg
cli-web-started = Страница активности: { $url } (остановить — Ctrl+C).
