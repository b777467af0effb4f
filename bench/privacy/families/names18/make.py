#!/usr/bin/env python3
"""Family records for the eighteenth session's person readings (issue 18), written before the readings were built: Cyrillic
names written surname first (a surname in -ов/-ев/-ин and a given name of Russian, Ukrainian, Kazakh, Uzbek or Tajik use) in
free text; cues a name stands after in lists and mail (numbered roster lines, sender and recipient labels, key=value person
fields, Central Asian closings); names with initials after a person label; person labels as a table header, a JSON key or a CSV
column; and team, group, department, product and bot names after person labels in the languages of those labels. Each family
has near misses of the same shape (records with no entity): Russian genitive phrases and place names, numbered steps, teams and
services after the same labels, codes in capitals. Every name and line is made up here.

Run:  python3 bench/privacy/families/names18/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/names18 FM_DLL)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
records = []


def rec(family, text, *values):
    """values: (TYPE, value) in text order; each value's first occurrence after the previous one is its span."""
    entities, at = [], 0
    for kind, value in values:
        start = text.index(value, at)
        entities.append({"type": kind, "start": start, "end": start + len(value)})
        at = start + len(value)
    records.append({"id": f"f18-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/names18"})


P = "PERSON"
# Cyrillic surname first, then a given name, in free text
rec("cyr-pair", "Инцидент закрыл Белозёров Тимофей в 14:20, причина в конфигурации.\n", (P, "Белозёров Тимофей"))
rec("cyr-pair", "Отчёт подготовил Қодиров Бахтиёр, проверьте раздел 3.\n", (P, "Қодиров Бахтиёр"))
rec("cyr-pair", "Заявку створив Соколов Остап, статус: в роботі.\n", (P, "Соколов Остап"))
rec("cyr-pair", "Серверни Рахимов Жасур қайта ишга туширди.\n", (P, "Рахимов Жасур"))
rec("cyr-pair", "Ҳисоботро Назаров Фаррух фиристод.\n", (P, "Назаров Фаррух"))
rec("cyr-pair", "Өтінімді Жумабаев Ерлан жапты, логтар тіркелген.\n", (P, "Жумабаев Ерлан"))
rec("cyr-pair", "Доступ выдал Гусев Ярослав по заявке.\n", (P, "Гусев Ярослав"))
rec("cyr-pair", "Смену принял Ильин Матвей в 08:00.\n", (P, "Ильин Матвей"))
rec("cyr-pair-neg", "Остров Свободы и Магазин Приложений недоступны после релиза.\n")
rec("cyr-pair-neg", "Сервис Авторизации вернул 503, Причина Ошибки не указана.\n")
rec("cyr-pair-neg", "Кутузовский Проспект, д. 12: Каталог Товаров не открывается.\n")
rec("cyr-pair-neg", "Журнал Событий пуст; Запуск Агентов отложен.\n")
rec("cyr-pair-neg", "Город Саратов, филиал на Ростов Великий: Список Заказов пуст.\n")
rec("cyr-pair-neg", "Роман Толстого лежит в папке Книги, Любовь Клиентов в теме письма.\n")
# cues: numbered rosters, sender and recipient, key=value fields, Central Asian closings
rec("cue", "Дежурные на неделю:\n1. Мирзоев Дилшод — дежурный инженер\n2. Лебедев Гордей — администратор БД\n", (P, "Мирзоев Дилшод"), (P, "Лебедев Гордей"))
rec("cue", "On-call roster:\n1. Okonkwo Chidi — primary\n2. Haddad Rania — secondary\n", (P, "Okonkwo Chidi"), (P, "Haddad Rania"))
rec("cue", "Получатель: Ермеков Нурлан\nТема: доступ к VPN\n", (P, "Ермеков Нурлан"))
rec("cue", "Кому: Абдуллаев Шерзод\nОт: Ганиев Фарход\n", (P, "Абдуллаев Шерзод"), (P, "Ганиев Фарход"))
rec("cue", "ticket=INC-4410 assignee=Mbali Dlamini status=open\n", (P, "Mbali Dlamini"))
rec("cue", "job=backup owner=Tiago Brandão result=ok\n", (P, "Tiago Brandão"))
rec("cue", "Серверни текширинг.\nРаҳмат,\nТошматов Улуғбек\n", (P, "Тошматов Улуғбек"))
rec("cue", "Лутфан санҷед.\nБо эҳтиром,\nСаидов Парвиз\n", (P, "Саидов Парвиз"))
rec("cue", "Тексеріп беріңіз.\nҚұрметпен,\nСәрсенбаев Дәурен\n", (P, "Сәрсенбаев Дәурен"))
rec("cue-neg", "Дальнейшие шаги:\n1. Проверить Логи — выполнено\n2. Перезапуск Сервиса — отложен\n")
rec("cue-neg", "Steps:\n1. Restart Gateway — done\n2. Check Dashboards — pending\n")
rec("cue-neg", "Кому: Группа эксплуатации\nОт: Сервис Уведомлений\n")
rec("cue-neg", "job=backup owner=platform-team assignee=Billing Service\n")
rec("cue-neg", "1. Магазин Приложений — недоступен\n2. Остров Свободы — восстановлен\n")
# initials after a person label or cue
rec("initials", "ФИО: Корнилов Д. С.\nотдел: ИТ\n", (P, "Корнилов Д. С."))
rec("initials", "Исполнитель: Е. П. Гаврилов\n", (P, "Е. П. Гаврилов"))
rec("initials", "Reporter: J. Carvajal\nPriority: P3\n", (P, "J. Carvajal"))
rec("initials", "Autor: Carvajal, J.\n", (P, "Carvajal, J."))
rec("initials", "Assignee: Pham V. T.\n", (P, "Pham V. T."))
rec("initials-neg", "Версия: 2.1. Обновление\nReporter: N/A\n")
rec("initials-neg", "Section: A. Overview\nStep: B. Rollback\n")
# person labels as a table header, a JSON key, a CSV column
rec("table", "| 氏名 | 部署 |\n|---|---|\n| 松本 蓮 | インフラ |\n", (P, "松本 蓮"))
rec("table", "{\"氏名\": \"佐々木 陽菜\", \"部署\": \"SRE\"}\n", (P, "佐々木 陽菜"))
rec("table", "{\"성명\": \"정하준\", \"부서\": \"인프라\"}\n", (P, "정하준"))
rec("table", "성명,부서\n윤서아,인프라\n", (P, "윤서아"))
rec("table", "| ФИО | Роль |\n|---|---|\n| Зуев Прохор | дежурный |\n", (P, "Зуев Прохор"))
rec("table-neg", "| 氏名 | 部署 |\n|---|---|\n| 未定 | インフラ |\n")
rec("table-neg", "{\"성명\": \"미지정\", \"부서\": \"운영팀\"}\n")
# teams, groups, departments, products and bots after person labels
rec("org-neg", "author: Equipo Redes\nestado: abierto\n")
rec("org-neg", "Owner: Équipe Infra\nPriorité: P2\n")
rec("org-neg", "Verantwortlich: Netzwerk-Team\nAutor: Gruppe Datenbanken\n")
rec("org-neg", "ответственный: Группа эксплуатации\nисполнитель: Отдел Сопровождения\n")
rec("org-neg", "Assegnatario: Gruppo Database\nAsignado a: Departamento Sistemas\n")
rec("org-neg", "Toegewezen aan: Afdeling Netwerken\nPrzypisano do: Zespół Sieci\n")
rec("org-neg", "Autor: Bot Despliegue\nAuteur: Service Facturation\n")
rec("org-neg", "担当者: インフラチーム\nOwner: 监控组\n")
rec("org", "author: Elena Redondo\nestado: abierto\n", (P, "Elena Redondo"))
rec("org", "Verantwortlich: Jörg Halbach\n", (P, "Jörg Halbach"))

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(records)} records, {sum(1 for r in records if not r['entities'])} near misses")
