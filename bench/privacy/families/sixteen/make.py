#!/usr/bin/env python3
"""Family records for the sixteenth session's readings (issue 18): names in any script without letter case (by what the script is,
not by a list), closings in other scripts, chat speakers, display names before a person's mailbox (RFC 2047 encoded too), surname
first with particles or without the blank, message ids that carry a capitalised name and a number, twelve-digit Maestro cards, and
numbers of other things that pass Luhn. Each family has records to act on and near misses of the same shape (records with no
entity). Every name, number and line is made up here.

Run:  python3 bench/privacy/families/sixteen/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/sixteen FM_DLL)
"""
import base64
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
    records.append({"id": f"f16-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/sixteen"})


def b64word(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


P, E, C = "PERSON", "EMAIL", "CREDIT_CARD"
# names in scripts no list named, after a person's field or cue
rec("any-script", "assignee: ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ\npriority: P2\n", (P, "ಪ್ರಕಾಶ್ ಹೆಗ್ಡೆ"))
rec("any-script", "reporter: ගයාන් ජයසිංහ\nstatus: open\n", (P, "ගයාන් ජයසිංහ"))
rec("any-script", '{"id": 12, "name": "ሰላም ተስፋዬ", "team": "payments"}', (P, "ሰላም ተስፋዬ"))
rec("any-script", "requested by: ნინო ბერიძე\n", (P, "ნინო ბერიძე"))
rec("any-script", "Reply by ਹਰਪ੍ਰੀਤ ਸੰਧੂ\n", (P, "ਹਰਪ੍ਰੀਤ ਸੰਧੂ"))
rec("any-script", "Assigned to: Гүлнара Әбілова\n", (P, "Гүлнара Әбілова"))
rec("any-script", "Thanks, ສຸກສະຫວັນ ພົມມະຈັນ\n", (P, "ສຸກສະຫວັນ ພົມມະຈັນ"))
rec("any-script", "caller: சுரேஷ் கிருஷ்ணன்\ndur=63\n", (P, "சுரேஷ் கிருஷ்ணன்"))
rec("any-script-neg", "owner: ಪಾವತಿ ತಂಡ\ncontact: ნეტვორკის გუნდი\n")
rec("any-script-neg", "region: ភ្នំពេញ ខាងត្បូង\nboard: ደንበኛ አገልግሎት\nproduct: ලොග් සේවාව\n")
rec("any-script-neg", "note: ਸਰਵਰ ਨੂੰ ਮੁੜ ਚਾਲੂ ਕੀਤਾ ਗਿਆ ਅਤੇ ਸਭ ਠੀਕ ਹੈ\n")
rec("any-script-neg", "primary: ಬೆಂಗಳೂರು ವಲಯ\non-call: ಡೇಟಾ ವೇದಿಕೆ\n")
# closings in other scripts
rec("closing", "সার্ভার কাজ করছে না।\nধন্যবাদ,\nসুমন দাস\n", (P, "সুমন দাস"))
rec("closing", "Не могу да се пријавим.\nХвала,\nМилица Јовић\n", (P, "Милица Јовић"))
rec("closing", "ಲಾಗಿನ್ ಆಗುತ್ತಿಲ್ಲ.\nಧನ್ಯವಾದಗಳು,\nಕಿರಣ್ ಶೆಟ್ಟಿ\n\n-- agent: Ops desk\n", (P, "ಕಿರಣ್ ಶೆಟ್ಟಿ"))
rec("closing-neg", "ಸ್ಥಿತಿ,\nಡೇಟಾಬೇಸ್ ನಿಧಾನ\nಮರುಪ್ರಾರಂಭ ಅಗತ್ಯ\n")
rec("closing-neg", "ধন্যবাদ,\nসার্ভার দল থেকে\nআরও তথ্য শীঘ্রই\n")
# chat speakers: a chat's stamp has minutes, a log's seconds
rec("speaker", "[06/12/2026 15:04] ગૌરવ મહેતા: call me on the bridge\n", (P, "ગૌરવ મહેતા"))
rec("speaker", "12/6/26, 3:05 PM - ស៊ុន ដារ៉ា: ok\n", (P, "ស៊ុន ដារ៉ា"))
rec("speaker-neg", "[2026-12-06 15:04:11] ಪಾವತಿ ಸೇವೆ: timeout after 30s\n2026-12-06 15:04:12 - ලොග් සේවාව: restarted\n")
# display names before a person's mailbox, plain and RFC 2047 encoded
rec("display", "From: ياسمين الخطيب <y.khatib@corp.example>\n", (P, "ياسمين الخطيب"), (E, "y.khatib@corp.example"))
enc = b64word("प्रिया देशपांडे")
rec("display", "From: " + enc + " <priya.deshpande@corp.example>\nSubject: disk\n", (P, enc), (E, "priya.deshpande@corp.example"))
enc2 = b64word("孙丽华")
rec("display", "Cc: " + enc2 + " <lihua.sun@corp.example>\n", (P, enc2), (E, "lihua.sun@corp.example"))
rec("display-neg", "From: مركز التنبيهات <alerts.center@corp.example>\n", (E, "alerts.center@corp.example"))
enc3 = b64word("ሲስተም ክትትል")
rec("display-neg", "From: " + enc3 + " <monitoring.bot@corp.example>\n", (E, "monitoring.bot@corp.example"))
rec("display-neg", "From: ملاحظات الإصدار <release.notes@corp.example>\n", (E, "release.notes@corp.example"))
# surname first: particles, no blank
rec("comma", "customer: VAN DER BERG, Anna\n", (P, "VAN DER BERG, Anna"))
rec("comma", "name: de la Cruz, Maria\n", (P, "de la Cruz, Maria"))
rec("comma", "cardholder=Doe,John\n", (P, "Doe,John"))
rec("comma-neg", "name: Billing,Payments\nregion: Dublin,Ireland\n")
rec("comma-neg", "columns: Status,Priority,Owner\n")
# message ids that carry a person
rec("msgid", "Message-ID: <Jane.Doe.1234@mail.corp.example>\n", (E, "Jane.Doe.1234@mail.corp.example"))
rec("msgid-neg", "Message-ID: <Release.Notes.2026@mail.corp.example>\nIn-Reply-To: <jane.build.1234@ci.example>\n")
# twelve-digit Maestro with a card named
rec("maestro", "Maestro card 5018 2012 3450 charged EUR 12.00\n", (C, "5018 2012 3450"))
rec("maestro", "card=501820123450 exp=11/28\n", (C, "501820123450"))
rec("maestro-neg", "payment reference 501820123450\nKID: 501820123450\norder 501820123450 shipped\n")
# numbers of other things that pass Luhn and a card's prefix
rec("not-card", "license key: 9792-4173-8260-1150\n")
rec("not-card", "shipment 6062 8261 1424 2225 dispatched\n")
rec("not-card", "product key 6011-0009-9013-9424 activated\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
