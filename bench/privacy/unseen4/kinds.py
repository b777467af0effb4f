"""Tallies the failure KINDS of a prediction file on this set (leaks and false redactions separately), most costly first.
    python3 kinds.py [PRED] [GOLD]     (defaults: artifacts/bench/unseen4/pred.jsonl, records.jsonl next to this file)
A kind is read from the record's generator family and the text next to the span, so the table can be re-run on the end build."""
import collections
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
pred_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../artifacts/bench/unseen4/pred.jsonl")
gold_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}


def leak_kind(fam, typ, left, value):
    if typ == "JWT" and "\n" in value:
        return "a token wrapped over several lines (mail client, 76 columns): only the first line is covered"
    if fam == "smtp_auth":
        return "base64 credentials in a mail protocol transcript (`AUTH PLAIN <b64>`, the line after `334 UGFzc3dvcmQ6`)"
    if fam == "ldapsearch" and typ == "GENERIC_SECRET" and left.endswith(":: "):
        return "a base64 LDIF value after a password attribute (`userPassword:: <b64>`)"
    if fam in ("redis_auth", "imap_login", "windows_net_use") and typ == "GENERIC_SECRET":
        return "a password as a bare positional argument of a command or protocol verb (`AUTH pw`, `LOGIN user \"pw\"`, `net use … /user:D\\u pw`, `/RP pw`)"
    if fam == "mysql_identified":
        return "a password after an auth-plugin clause (`IDENTIFIED WITH <plugin> BY 'pw'`)"
    if fam == "pg_cli" and left.rstrip().count(":") >= 4:
        return "the last field of a colon-separated credentials file line (`host:port:db:user:pw`)"
    if fam == "argocd_initial":
        return "a generated password printed alone on a line by a CLI (named only by the command above and the prose below)"
    if fam == "aws_creds_csv":
        return "a secret in a CSV column named only by the header row (`…,Secret access key,…`)"
    if fam == "chat_free_text":
        return "a secret in chat prose phrased other than `password is X` (`pass is still X`, `user ops / X`, `use X as the admin pw`)"
    if fam == "b64_creds":
        return "a `user:pw` pair inside a quoted `echo` piped to base64, and the base64 output alone on the next line"
    if fam == "powershell_secure":
        return "a single-quoted literal given to `ConvertTo-SecureString … -AsPlainText`"
    if fam == "conn_strings" and "thin:" in left:
        return "an Oracle thin URL's `user/pw@//host` credentials"
    if typ == "IPV6":
        return "an IPv6 address followed by `:port` without brackets (HAProxy, many proxies)"
    if typ == "PERSON":
        if fam in ("payroll_csv", "pg_copy_customers"):
            return "a person's name as a bare cell of a delimited row (`;` CSV, tab-separated COPY data)"
        if fam in ("saml_assertion", "redis_monitor", "mongo_find", "ldapsearch", "payroll_ssn"):
            return "a person's name as a structured value (XML element text, JSON/escaped-JSON `\"name\"`, LDIF `cn:`, `employee=`)"
        if fam == "support_mail":
            return "a sign-off name after a closing in a language not read (here: Japanese, Danish)"
        return "a person's name after `Ticket #N from` (ticket headers)"
    if typ == "PHONE":
        return "a national phone number without trunk prefix or country code (`01 709 5466`, `512 229 169`)"
    return f"other ({fam} {typ})"


def fp_kind(fam, typ, text, left):
    if typ == "IPV4":
        return "a four-part version read as an IPv4 address (`Lib 5.1.8.5`, `back to 4.6.19.10`, `bumps … to 8.7.2.16`)"
    if "PublicKeyToken=" in left[-20:]:
        return "a .NET assembly `PublicKeyToken=<16 hex>` (public) read as a secret"
    if fam == "aws_ids":
        return "the tail of a Secrets Manager ARN (`…:secret:prod/x-AbCdEf`) read as a secret"
    if "BinderProxy" in text:
        return "an Android object reference after the word token (`token android.os.BinderProxy@…`)"
    if text.startswith("!vault"):
        return "a YAML tag (`!vault` before a block scalar) after a secret-named key read as the value"
    if fam == "env_example":
        return "a wholly placeholder value (`your-…-key-here`) after a secret-named key"
    if typ == "SLACK_TOKEN":
        return "a documentation placeholder webhook (`T00000000/B00000000/XXXX…`)"
    if fam == "jwt_header_only":
        return "a prose word after `token:` (`rejected token: malformed`)"
    if fam == "ldap_noval":
        return "an LDAP generalized time after a password-policy attribute (`pwdChangedTime: 2026…Z`)"
    if fam == "python_locals":
        return "a code reference `password=password)` in a traceback source line read as a credential"
    if fam == "har_entry":
        return "judgement call: a `csrftoken` cookie next to the session cookie (left unlabelled)"
    if fam == "mobile_crash":
        return "judgement call: an APNs `pushToken=<64 hex>` device id (left unlabelled)"
    if fam == "redis_monitor":
        return "judgement call: a Redis key `session:<hex>` (left unlabelled)"
    return f"other ({fam} {typ} {text[:30]!r})"


gold = list(map(json.loads, open(gold_path, encoding="utf-8")))
pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_path, encoding="utf-8"))}
leaks = collections.defaultdict(lambda: [set(), 0, 0, 0])  # records, entities, characters, secret?
fps = collections.defaultdict(lambda: [set(), 0, 0, set()])  # records, spans, characters, near-miss records
for r in gold:
    t, ps = r["text"], pred.get(r["id"], [])
    for g in r["entities"]:
        n = sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
        if n:
            k = leak_kind(r["family"], g["type"], t[:g["start"]], t[g["start"]:g["end"]])
            e = leaks[("secret" if g["type"] in SECRET else "PII", k)]
            e[0].add(r["id"]); e[1] += 1; e[2] += n
    for p in ps:
        if any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for g in r["entities"]):
            continue
        k = fp_kind(r["family"], p["type"], t[p["start"]:p["end"]], t[:p["start"]])
        e = fps[k]
        e[0].add(r["id"]); e[1] += 1; e[2] += p["end"] - p["start"]
        if not r["entities"]:
            e[3].add(r["id"])

print("| leak kind | class | records | entities | leaked characters |\n|---|---|---|---|---|")
for (cls, k), (recs, ents, chars, _) in sorted(leaks.items(), key=lambda kv: -kv[1][2]):
    print(f"| {k} | {cls} | {len(recs)} | {ents} | {chars} |")
print(f"| **total** | | {len(set().union(*(v[0] for v in leaks.values())))} | {sum(v[1] for v in leaks.values())} | {sum(v[2] for v in leaks.values())} |")
print("\n| false-redaction kind | records (near-miss) | spans | characters destroyed |\n|---|---|---|---|")
for k, (recs, spans, chars, neg) in sorted(fps.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][2])):
    print(f"| {k} | {len(recs)} ({len(neg)}) | {spans} | {chars} |")
print(f"| **total** | {len(set().union(*(v[0] for v in fps.values())))} ({len(set().union(*(v[3] for v in fps.values())))}) | {sum(v[1] for v in fps.values())} | {sum(v[2] for v in fps.values())} |")
