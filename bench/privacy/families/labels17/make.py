#!/usr/bin/env python3
"""Family records for the seventeenth session's readings (issue 18), written before the readings were built: person labels in
the name's own script (and full-width colons), names in Han and Hangul after an English label, Korean/Japanese/Chinese closings and
honorifics after a name, Cyrillic names by their patronymic and surname endings where no list knows the given name, and
surname-first upper-case forms in a person's field. Each family has records to act on and near misses of the same shape (records
with no entity): teams, products, queues and placeholders after the same labels, Russian genitive plurals in -ов, role words before
an honorific, log levels and environment names in capitals. Every name and line is made up here.

Run:  python3 bench/privacy/families/labels17/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/labels17 FM_DLL)
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
    records.append({"id": f"f17-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/labels17"})


P = "PERSON"
# person labels in the name's own script
rec("label", "姓名: 佐藤健一\n部门: 运维\n", (P, "佐藤健一"))
rec("label", "担当者：山田\n期限：12/09\n", (P, "山田"))
rec("label", "이름: 박서준\n부서: 인프라\n", (P, "박서준"))
rec("label", "ФИО: Смирнова Ольга Петровна\nотдел: ИТ\n", (P, "Смирнова Ольга Петровна"))
rec("label", "Ответственный: Кузнецов Артём\nстатус: открыт\n", (P, "Кузнецов Артём"))
rec("label", "الاسم: يوسف الحداد\nالقسم: الدعم\n", (P, "يوسف الحداد"))
rec("label", "नाम: अंकित वर्मा\nविभाग: आईटी\n", (P, "अंकित वर्मा"))
rec("label", "ชื่อ: ประเสริฐ วงศ์ใหญ่\nแผนก: ไอที\n", (P, "ประเสริฐ วงศ์ใหญ่"))
rec("label", "שם: נועה לוי\nמחלקה: תפעול\n", (P, "נועה לוי"))
rec("label", "Όνομα: Νίκος Παπαδάκης\n", (P, "Νίκος Παπαδάκης"))
rec("label", "Ansprechpartner: Jörg Wendtland\n", (P, "Jörg Wendtland"))
rec("label", "Owner: 田中太郎\nPriority: P2\n", (P, "田中太郎"))
rec("label", "Assignee: 김도윤\n", (P, "김도윤"))
rec("label-neg", "担当者: インフラチーム\n担当者：運用部\n")
rec("label-neg", "Owner: 监控组\n负责人: 平台组\n")
rec("label-neg", "ФИО: не указано\nОтветственный: Служба поддержки\n")
rec("label-neg", "이름: 미지정\n담당자: 운영팀\n")
rec("label-neg", "الاسم: غير محدد\nالمالك: فريق العمليات\n")
rec("label-neg", "नाम: भुगतान सेवा\nस्वामी: डेटा टीम\n")
rec("label-neg", "姓名: 未填写\n姓名：匿名用户\n")
# closings and honorifics after a name
rec("honorific", "확인 부탁드립니다.\n감사합니다.\n김민준 드림\n", (P, "김민준"))
rec("honorific", "검토 부탁드립니다.\n박지훈 올림\n", (P, "박지훈"))
rec("honorific", "김서연님, 디스크 용량 확인 부탁드립니다.\n", (P, "김서연"))
rec("honorific", "田中さん、ログを確認してください。\n", (P, "田中"))
rec("honorific", "山田様\nお世話になっております。\n", (P, "山田"))
rec("honorific", "请联系王建国先生处理。\n", (P, "王建国"))
rec("honorific-neg", "担当者様\nお世話になっております。\n")
rec("honorific-neg", "お客様各位、メンテナンスのお知らせです。\n管理者様、ご確認ください。\n")
rec("honorific-neg", "관리자님, 서버 재시작이 필요합니다.\n고객님께 안내 부탁드립니다.\n")
rec("honorific-neg", "감사합니다.\n운영팀 드림\n")
# Cyrillic names by shape, no list
rec("cyrillic", "Заявку принял Белозёров Тимофей, ждём ответа.\n", (P, "Белозёров Тимофей"))
rec("cyrillic", "Дежурный сегодня Ярослава Гнатюк, пишите ей.\n", (P, "Ярослава Гнатюк"))
rec("cyrillic", "Согласовано: Всеволод Игоревич\n", (P, "Всеволод Игоревич"))
rec("cyrillic", "Письмо отправила Зарина Мухаметова вчера.\n", (P, "Зарина Мухаметова"))
rec("cyrillic", "Исполнитель Остапенко Богдан\n", (P, "Остапенко Богдан"))
rec("cyrillic-neg", "Не найдено логов и файлов.\nСписок ключей пуст.\n")
rec("cyrillic-neg", "Количество Файлов: 12\nРазмер Логов: 3 ГБ\n")
rec("cyrillic-neg", "Сервер Ростов недоступен.\n")
# surname first in capitals in a person's field
rec("upper-first", "name: IVANOV Ivan\n", (P, "IVANOV Ivan"))
rec("upper-first", "Passenger: NGUYEN Van An\n", (P, "NGUYEN Van An"))
rec("upper-first", "holder=DUPONT Jean-Pierre\n", (P, "DUPONT Jean-Pierre"))
rec("upper-first", "ФИО: ПЕТРОВА Анна Сергеевна\n", (P, "ПЕТРОВА Анна Сергеевна"))
rec("upper-first", "reporter: OKONKWO Chidi\n", (P, "OKONKWO Chidi"))
rec("upper-first-neg", "name: PROD Cluster\nname: ERROR Connection\n")
rec("upper-first-neg", "reporter: CI Pipeline\nname: AWS Lambda\n")
rec("upper-first-neg", "ERROR Connection refused\nWARN Disk almost full\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
