#!/usr/bin/env python3
"""Family records for the fifteenth session's readings (issue 18): names in caseless scripts and surname first, rota labels with a
second signal, cards of every network, a message id that is a person's address, and the secret readers' near misses. Each family has
records to act on and near misses of the same shape (records with no entity). Every name, number and line is made up here.

Run:  python3 bench/privacy/families/fifteen/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/fifteen FM_DLL)
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
    records.append({"id": f"f15-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/fifteen"})


P = "PERSON"
# names in caseless scripts, in a person's place
rec("script-name", "ticket 4411 reporter: ياسمين الخطيب\nstatus: open\n", (P, "ياسمين الخطيب"))
rec("script-name", "assignee: אורי לנדאו\npriority: P2\n", (P, "אורי לנדאו"))
rec("script-name", '{"id": 77, "name": "प्रिया देशपांडे", "team": "payments"}', (P, "प्रिया देशपांडे"))
rec("script-name", "contact: กิตติพงษ์ ศรีสุข\nphone ext 4410\n", (P, "กิตติพงษ์ ศรีสุข"))
rec("script-name", "owner: 曹志强\nservice: billing-api\n", (P, "曹志强"))
rec("script-name", "name=황지우 role=dba\n", (P, "황지우"))
rec("script-name", "From: 孙丽华 <lihua.sun@corp.example>\nSubject: 数据库延迟\n", (P, "孙丽华"), ("EMAIL", "lihua.sun@corp.example"))
rec("script-name", "Thanks,\nعمر الشامي\n", (P, "عمر الشامي"))
rec("script-name-neg", "owner: 基础架构组\nservice: 日志平台\n")
rec("script-name-neg", "From: 告警中心 <alerts@corp.example>\n".replace("alerts@corp.example", "noreply"))
rec("script-name-neg", "on-call: فريق الشبكات\nprimary: 東京リージョン\n")
rec("script-name-neg", "name: राहुल शर्मा ने कल सर्वर को पुनः आरंभ किया\n".replace("name: ", "note: "))
rec("script-name-neg", "primary: 부산 리전\nsecondary: 데이터 플랫폼\n")
# surname first
rec("comma-name", 'customer: "KOWALCZYK, AGNIESZKA"\n', (P, "KOWALCZYK, AGNIESZKA"))
rec("comma-name", "cardholder=OYELARAN, Tunde\n", (P, "OYELARAN, Tunde"))
rec("comma-name", '{"fullName": "Haddad, Leila", "dept": "ops"}', (P, "Haddad, Leila"))
rec("comma-name", "From: \"Van Rensburg, Pieter\" <pieter@corp.example>\n".replace("Pieter\" <pieter", "Peter\" <peter"),
    (P, "Van Rensburg, Peter"), ("EMAIL", "peter@corp.example"))
rec("comma-name-neg", "From: \"Reports, Weekly\" <reports@corp.example>\n".replace("reports@corp.example", "noreply"))
rec("comma-name-neg", "name: Billing, Payments\nregion: Dublin, Ireland\n")
rec("comma-name-neg", "this is Berlin, Germany speaking\n")
# rota labels with a second signal
rec("rota", "on-call: Lindgren, Erik\nsecondary: 张伟\n", (P, "Lindgren, Erik"), (P, "张伟"))
rec("rota", "primary: 윤서준\n", (P, "윤서준"))
rec("rota-neg", "primary: North Virginia\nsecondary: Pacific Northwest\nagent: Fluent Bit\nreviewed by: Change Advisory Board\n")
rec("rota-neg", "primary: Frankfurt, Germany\non-call: Platform, SRE\nbackup: Weekly, Full\nreviewer: Renovate, Dependabot\n")
rec("rota-neg", "on-call: PagerDuty Bot\nshadow: Night Shift\nescalation: Vendor Support\nprimary: us-east-1\n")
# cards of other networks
C = "CREDIT_CARD"
rec("card", "payment card 6221 0967 9663 8482 declined (UnionPay)\n", (C, "6221 0967 9663 8482"))
rec("card", "Mir card 2200 1477 7420 9509 authorised\n", (C, "2200 1477 7420 9509"))
rec("card", "charged to card 6304 5431 4836 0918 677\n", (C, "6304 5431 4836 0918 677"))
rec("card", "RuPay debit 8171 8701 9037 6428\n", (C, "8171 8701 9037 6428"))
rec("card", "Troy card 9792 6407 6388 5502\n", (C, "9792 6407 6388 5502"))
rec("card-neg", "metrics bytes_in=6221096796638482 bytes_out=5067660781506712\n")
rec("card-neg", "trace 9792640763885502 span 8171870190376428 took 12ms\n")
# message id of a person
rec("message-id", "Message-ID: <olga.petrova@corp.example>\n", ("EMAIL", "olga.petrova@corp.example"))
rec("message-id-neg", "Message-ID: <20261206.kq7x@mx.corp.example>\nReferences: <release.notes@corp.example>\n")
# secret readers' near misses
rec("reader-neg", "POST /hooks/GitHubPushHandlerV2 HTTP/1.1 200\nPOST /hooks/StripeWebhookHandler2 202\n")
rec("reader-neg", "secret key id: QWERTYUIOPASDFGH2345\n")
rec("reader-neg", "Dec  6 10:00:01 ci logger: user.info=build-agent:linux-amd64\n")
rec("reader-neg", "# monitoring uses snmp v3 elsewhere\n\n[forum]\ncommunity: Zp4Kq9Lm2Wx\n")
rec("reader", "snmp:\n  version: 2c\n  community: Zp4Kq9Lm2Wx\n", ("GENERIC_SECRET", "Zp4Kq9Lm2Wx"))
rec("reader", "POST /hooks/Tq8vLm2Zx4Kp9Wc7Rb3N 200\n", ("GENERIC_SECRET", "Tq8vLm2Zx4Kp9Wc7Rb3N"))

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
