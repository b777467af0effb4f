#!/usr/bin/env python3
"""Family records for the twentieth session's person readings (issue 18): Han, Hangul and Japanese names under English keys of a
person's role in JSON, YAML and logfmt; initials written without a blank (Cyrillic and Latin, before and after the surname); a name
after a shift's or a team's word in a longer run of capitals. And the false redactions: services and teams in those scripts under
the same keys and in a role's column beside a person, machine ids, placeholder accounts under a name key, technical nouns in the
genitive plural in capitals, dotted capitals that are no initials. Each family has near misses of the same shape (records with no
entity). Every name and line is made up here; none is copied from the tests.

Run:  python3 bench/privacy/families/names20/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/names20 FM_DLL)
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
    records.append({"id": f"f20-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/names20"})


P = "PERSON"
# Han, Hangul and Japanese names under English role keys
rec("role-key", "{\"id\": 4411, \"assignee\": \"周建国\", \"state\": \"triage\"}\n", (P, "周建国"))
rec("role-key", "{\"ticket\":\"OPS-88\",\"reporter\":\"鈴木一郎\"}\n", (P, "鈴木一郎"))
rec("role-key", "incident:\n  owner: 윤지호\n  sev: 2\n", (P, "윤지호"))
rec("role-key", "ts=2026-12-01T10:00:00Z event=ack approver=\"黄晓明\" ok=true\n", (P, "黄晓明"))
rec("role-key", "{\"requested_by\": \"홍서연\", \"env\": \"prod\"}\n", (P, "홍서연"))
rec("role-key", "- reviewer: 吴佳怡\n  verdict: approve\n", (P, "吴佳怡"))
rec("role-key", "{\"createdBy\": \"伊藤美咲\", \"kind\": \"change\"}\n", (P, "伊藤美咲"))
rec("role-key-neg", "{\"id\": 4412, \"assignee\": \"数据平台组\", \"state\": \"triage\"}\n")
rec("role-key-neg", "{\"owner\": \"決済チーム\", \"tier\": 1}\n")
rec("role-key-neg", "incident:\n  owner: 결제플랫폼팀\n  sev: 2\n")
rec("role-key-neg", "ts=2026-12-01T10:00:00Z event=ack approver=\"安全委员会\" ok=true\n")
rec("role-key-neg", "{\"assignee\": \"订单中心\", \"queue\": \"L2\"}\n")
rec("role-key-neg", "{\"owner\": \"svc-7d2e40\", \"assignee\": \"bot-19\"}\n")
rec("role-key-neg", "{\"region\": \"李家村\", \"zone\": \"b\"}\n")
# a role's column: each cell its own evidence
rec("column", "| 工单 | assignee |\n|---|---|\n| 1 | 周建国 |\n| 2 | 支付网关 |\n| 3 | 黄晓明 |\n", (P, "周建国"), (P, "黄晓明"))
rec("column", "| 번호 | 담당자 |\n|---|---|\n| 1 | 윤지호 |\n| 2 | 인증서버 |\n", (P, "윤지호"))
rec("column", "| 件名 | 担当者 |\n|---|---|\n| DB | 山本直樹 |\n| LB | 監視基盤 |\n", (P, "山本直樹"))
# placeholder accounts under a name key
rec("placeholder-neg", "{\"姓名\": \"测试账号\", \"env\": \"staging\"}\n")
rec("placeholder-neg", "{\"氏名\": \"試験太郎\"}\n")
rec("placeholder-neg", "{\"성명\": \"게스트\"}\n")
rec("placeholder-neg", "{\"姓名\": \"系统用户\"}\n")
rec("placeholder", "{\"姓名\": \"郑雨桐\", \"env\": \"staging\"}\n", (P, "郑雨桐"))
# initials without a blank
rec("initials", "Ответственный: Кузьмин Д.С.\n", (P, "Кузьмин Д.С."))
rec("initials", "Автор: Е.Н.Соколова\n", (P, "Е.Н.Соколова"))
rec("initials", "Reviewer: Novak P.J.\n", (P, "Novak P.J."))
rec("initials", "author=\"M.K.Lindqvist\" rev=42\n", (P, "M.K.Lindqvist"))
rec("initials", "Виконавець: Шевчук О.М.\n", (P, "Шевчук О.М."))
rec("initials-neg", "Reviewer: N.A.\n")
rec("initials-neg", "Author: R.E.M\n")
rec("initials-neg", "Версия: В.2.Бета\n")
# a name after a shift's or a team's word
rec("shift", "Дежурный: Дневная Смена Олег Кузьмин\n", (P, "Олег Кузьмин"))
rec("shift", "Primary: Day Shift Maria Lindqvist\n", (P, "Maria Lindqvist"))
rec("shift", "Escalated to Storage Team Pedro Alvarez now\n", (P, "Pedro Alvarez"))
rec("shift-neg", "Дежурный: Дневная Смена\n")
rec("shift-neg", "Primary: Day Shift Rotation Schedule\n")
# nouns in capitals with a surname's ending
rec("caps-neg", "КОЛИЧЕСТВО ЗАПРОСОВ ОЛЕГ\n")
rec("caps-neg", "ОЧЕРЕДЬ ПРОЦЕССОВ ИГОРЬ\n")
rec("caps-neg", "СТАТУС УЗЛОВ ПАВЕЛ\n")
rec("caps", "Ответственный: СОКОЛОВ ДМИТРИЙ\n", (P, "СОКОЛОВ ДМИТРИЙ"))
rec("caps", "Заявку принял КУЗЬМИН ОЛЕГ.\n", (P, "КУЗЬМИН ОЛЕГ"))

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(records)} records, {sum(1 for r in records if not r['entities'])} near misses")
