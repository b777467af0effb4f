#!/usr/bin/env python3
"""Family records for the nineteenth session's person readings (issue 18), written before the readings were built: Han and Hangul
names without a separator as a JSON value under a person key; Han and Hangul names in a person column (assignee, 担当者, 담당자)
of CSV, TSV and markdown tables; initials after sender and recipient labels; closings in Kazakh, Uzbek, Kyrgyz and Tajik; Cyrillic
surnames in capitals; surname-first pairs whose given name no list holds but a patronymic, a label or a roster line marks. And the
false redactions: historical names inside place names (streets, squares, cathedrals, stations), organisations after sender labels,
shift and team names after person keys, a thank-you word under a name. Each family has near misses of the same shape (records with
no entity). Every name and line is made up here; the historical names are public figures as streets are named after them.

Run:  python3 bench/privacy/families/names19/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/names19 FM_DLL)
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
    records.append({"id": f"f19-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/names19"})


P = "PERSON"
# a Han or Hangul name without a separator as a JSON value under a person key
rec("json-key", "{\"氏名\": \"山田太郎\", \"部署\": \"SRE\"}\n", (P, "山田太郎"))
rec("json-key", "{\"担当者\": \"佐々木陽菜\", \"状態\": \"対応中\"}\n", (P, "佐々木陽菜"))
rec("json-key", "{\"姓名\": \"欧阳明轩\", \"部门\": \"运维\"}\n", (P, "欧阳明轩"))
rec("json-key", "{\"성명\": \"정하준\", \"부서\": \"인프라\"}\n", (P, "정하준"))
rec("json-key", "{\"담당자\": \"변서윤\", \"상태\": \"진행\"}\n", (P, "변서윤"))
rec("json-key", "{\"ticket\": 771, \"负责人\": \"諸葛亮平\"}\n", (P, "諸葛亮平"))
rec("json-key-neg", "{\"氏名\": \"未定\", \"部署\": \"SRE\"}\n")
rec("json-key-neg", "{\"担当者\": \"運用チーム\", \"状態\": \"対応中\"}\n")
rec("json-key-neg", "{\"담당자\": \"운영팀\", \"상태\": \"미지정\"}\n")
rec("json-key-neg", "{\"部署\": \"山田工場\", \"拠点\": \"大阪本社\"}\n")
rec("json-key-neg", "{\"负责人\": \"运维组\", \"服务\": \"支付网关\"}\n")
# a person column of CSV, TSV and markdown tables, rows below holding Han or Hangul names
rec("column", "id,assignee,status\n101,山田太郎,open\n102,高橋健一,closed\n", (P, "山田太郎"), (P, "高橋健一"))
rec("column", "id\t担当者\t状態\n1\t佐々木陽菜\t対応中\n", (P, "佐々木陽菜"))
rec("column", "| 번호 | 담당자 | 상태 |\n|---|---|---|\n| 1 | 정하준 | 진행 |\n| 2 | 변서윤 | 완료 |\n", (P, "정하준"), (P, "변서윤"))
rec("column", "ticket;assignee;priority\nINC-9;欧阳明轩;P2\n", (P, "欧阳明轩"))
rec("column", "| 担当者 | 件名 |\n|---|---|\n| 松本蓮 | DB遅延 |\n", (P, "松本蓮"))
rec("column-neg", "id,assignee,status\n101,運用チーム,open\n102,未定,closed\n")
rec("column-neg", "| 번호 | 담당자 | 상태 |\n|---|---|---|\n| 1 | 운영팀 | 진행 |\n")
rec("column-neg", "id,service,status\n101,支付网关,open\n102,決済基盤,closed\n")
rec("column-neg", "id\t担当者\t状態\n1\tインフラ部\t対応中\n")
# initials after sender and recipient labels
rec("initials", "От: Петров А. В.\nТема: отчёт\n", (P, "Петров А. В."))
rec("initials", "Кому: Сидорова Е. Н.\nКопия: группа эксплуатации\n", (P, "Сидорова Е. Н."))
rec("initials", "Получатель: И. И. Жуков\n", (P, "И. И. Жуков"))
rec("initials", "Відправник: Коваленко О. П.\n", (P, "Коваленко О. П."))
rec("initials-neg", "От: Склад № 3\nКому: Группа А.\n")
rec("initials-neg", "От: Сервис А. Б. В.\n")
# closings in Kazakh, Uzbek, Kyrgyz and Tajik
rec("closing", "Логтарды жібердім.\nРақмет, Айгерім!\n", (P, "Айгерім"))
rec("closing", "Серверни текширдим.\nРаҳмат, Ўткир\n", (P, "Ўткир"))
rec("closing", "Текшерип бериңиз.\nРахмат, Бакыт!\n", (P, "Бакыт"))
rec("closing", "Лутфан санҷед.\nТашаккур, Фарзона\n", (P, "Фарзона"))
rec("closing", "Барлығы жұмыс істейді.\nРақмет, Дәурен\n", (P, "Дәурен"))
rec("closing-neg", "Рақмет, бәрі жұмыс істейді.\nРаҳмат, Сервер тикланди.\n")
rec("closing-neg", "Ташаккур, Хизмат барқарор.\n")
# surnames in capitals
rec("caps", "Ответственный: ИВАНОВ ИВАН\n", (P, "ИВАНОВ ИВАН"))
rec("caps", "Заявку закрыл ПЕТРОВ Сергей в 10:15.\n", (P, "ПЕТРОВ Сергей"))
rec("caps", "ФИО: КУЗНЕЦОВА Анна Сергеевна\n", (P, "КУЗНЕЦОВА Анна Сергеевна"))
rec("caps", "Исполнитель: ЖУМАБАЕВ ЕРЛАН\n", (P, "ЖУМАБАЕВ ЕРЛАН"))
rec("caps-neg", "ОШИБКА СЕРВЕРА: ДОСТУП ЗАПРЕЩЁН\n")
rec("caps-neg", "Статус: СБОЙ Питания, КОД ОШИБКИ 503\n")
rec("caps-neg", "ERROR TIMEOUT on ВНЕШНИЙ ШЛЮЗ\n")
# surname first, a given name no list holds, marked by a patronymic, a label or a roster line
rec("unlisted", "Инцидент закрыл Каримов Ўткир Баходирович в 14:20.\n", (P, "Каримов Ўткир Баходирович"))
rec("unlisted", "Исполнитель: Абдуллаев Жасурбек\n", (P, "Абдуллаев Жасурбек"))
rec("unlisted", "Дежурные:\n1. Каримов Ўткир — дежурный\n2. Сатторов Илҳом — резерв\n", (P, "Каримов Ўткир"), (P, "Сатторов Илҳом"))
rec("unlisted", "Отчёт подготовила Нурланова Гүлнұр Серікқызы.\n", (P, "Нурланова Гүлнұр Серікқызы"))
rec("unlisted-neg", "Отчёт подготовил Отдел Мониторинга, Список Изменений приложен.\n")
rec("unlisted-neg", "1. Проверить Логи — выполнено\n2. Запуск Агентов — отложен\n")
# historical names inside place names
rec("place-neg", "Офис у собора Александра Невского недоступен, канал упал.\n")
rec("place-neg", "Адрес: Проспект Богдана Хмельницкого, 21, кв. офис 4\n")
rec("place-neg", "Точка доступа на улице Льва Толстого не отвечает.\n")
rec("place-neg", "Sucursal Plaza Simón Bolívar: el POS no responde.\n")
rec("place-neg", "Agence Rue Victor Hugo : imprimante hors ligne.\n")
rec("place-neg", "Filiale Via Giuseppe Garibaldi 12, switch giù.\n")
rec("place-neg", "Datacenter an der Karl-Marx-Allee, Rack 4 offline.\n")
rec("place-neg", "Вузол на вулиці Тараса Шевченка перезавантажено.\n")
rec("place-neg", "Loja Avenida Getúlio Vargas sem rede desde 09:00.\n")
rec("place-neg", "Станция метро Площадь Ильича: терминал оплаты сбоит.\n")
rec("place", "Звонил Александр Невский по поводу заявки 4411.\n", (P, "Александр Невский"))
rec("place", "Reporter: Victor Hugo Ramírez\n", (P, "Victor Hugo Ramírez"))
# organisations after sender labels
rec("sender-neg", "От: Магазин Склада\nТема: поставка\n")
rec("sender-neg", "От: Служба Поддержки\nКому: Отдел Кадров\n")
rec("sender-neg", "Відправник: Бюро Перепусток\n")
rec("sender", "От: Магазинов Пётр\nТема: поставка\n", (P, "Магазинов Пётр"))
# shift and team names after person keys
rec("shift-neg", "ticket=INC-71 assignee=Turno Noche status=open\n")
rec("shift-neg", "ticket=INC-72 reporter=\"Ночная Смена\" status=open\n")
rec("shift-neg", "job=rotate owner=Nachtschicht result=ok\n")
rec("shift-neg", "ticket=INC-73 assignee=\"équipe de nuit\" status=open\n")
rec("shift-neg", "ticket=INC-74 owner=\"Turno de Tarde\" assignee=Frühschicht\n")
rec("shift-neg", "ticket=INC-75 assignee=\"Zmiana Nocna\" reporter=\"Night Shift\"\n")
rec("shift-neg", "ticket=INC-76 assignee=\"Дневная смена\" owner=\"Equipo Guardia\"\n")
rec("shift", "ticket=INC-77 assignee=\"Nadia Turnova\" status=open\n", (P, "Nadia Turnova"))
# a thank-you word under a name
rec("thanks-neg", "Иван Петров\nСпасибо!\n", )
records[-1]["entities"] = [{"type": P, "start": 0, "end": 11}]
rec("thanks-neg", "Regards,\nMaría Fernández\nGracias\n", (P, "María Fernández"))
rec("thanks-neg", "Петров Иван\nДякую\n", (P, "Петров Иван"))
rec("thanks-neg", "Tanaka Yuki\nThanks\n", (P, "Tanaka Yuki"))
# added after probing the start build (before the reading was built): a thank-you word on the line under a closing
rec("thanks-neg", "Логи приложил.\nС уважением,\nСпасибо!\n")
rec("thanks-neg", "Fixed in 4.2.\nRegards,\nCheers\n")
rec("thanks-neg", "Перевірте, будь ласка.\nДякую,\nРахмет\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(records)} records, {sum(1 for r in records if not r['entities'])} near misses")
