"""Tallies the redactor's failures on unseen6 by KIND (a general shape, not a record), from its outputs only.
    python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on seed 6
A kind is read from the record's generator family, the gold or predicted type and the text before the span; a failure no rule
describes is printed as `other`, so the same command tallies any build. Characters are counted as score-set.sh counts them."""
import collections
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "../../.."))
pred_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen6/pred.jsonl")
gold_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
PII_ROWS = {"sql_dump_people", "csv_localized"}

# (kind, test(family, type, text before the span)) in order; the first that matches names the leak
LEAKS = [
    ("a session cookie in a copied browser request (`System.Net.Cookie(\"connect.sid\", \"…\")` in PowerShell, `cookie: _ga=…; sid=…` in a fetch() header map)",
     lambda f, t, b: f in ("devtools_powershell", "devtools_fetch") and t == "GENERIC_SECRET"),
    ("a Redis credential in `CONFIG GET` / `ACL LIST` output (the value on the line after its name; `>pw` and `#<sha256>` ACL rules)",
     lambda f, t, b: f == "redis_config_get"),
    ("a secret in an API client's key/value pair object (`{\"key\": \"password\", \"value\": \"…\"}` in Postman environments and auth blocks)",
     lambda f, t, b: f in ("postman_env", "postman_collection")),
    ("a value on the line below its key in a nested dump (Salt `pillar.items`: `root_password:` then the value indented)",
     lambda f, t, b: f == "salt_pillar"),
    ("a secret split into pieces (`\"ab\" + \"cd\"`, Python implicit concatenation, JSON array parts)", lambda f, t, b: f == "split_concat"),
    ("a MySQL password hash in a config-management change notice (`password_hash: changed '' to '*<40 hex>'`)",
     lambda f, t, b: f == "puppet_agent" and b.endswith("to '")),
    ("a secret in a Rust `{:#?}` dump wrapped in `Some(` with the value on the next line", lambda f, t, b: f == "rust_panic_debug"),
    ("`user:token` after a CLI's `-auth` flag (jenkins-cli)", lambda f, t, b: f == "jenkins_console" and b.endswith("-auth ")),
    ("the default value of a secret-named job parameter in XML (`<name>DB_PASSWORD</name>` then `<defaultValue>…`)",
     lambda f, t, b: f == "jenkins_job_config"),
    ("a secret under a key that does not name it (`\"result\"` of a random password, `\"value\"` of a sensitive output)",
     lambda f, t, b: f in ("tf_random_password", "tf_outputs")),
    ("a value whose secret name is in a sibling field (`extraEnvVars[0].name=SMTP_PASS,extraEnvVars[0].value=…`)",
     lambda f, t, b: f == "helm_set_multi" and b.endswith(".value=")),
    ("an ACME external-account HMAC key after `--eab-hmac-key`", lambda f, t, b: f == "acme_eab" and "eab-hmac-key" in b[-20:]),
    ("a password as a positional argument of a shell function or command (`db.auth('u', 'pw')`, `mc alias set N URL ACCESS SECRET`)",
     lambda f, t, b: (f == "mongo_shell" and "auth(" in b[-20:]) or (f == "cli_infra" and "backup-svc " in b[-12:])),
    ("a password after a flag of an admin tool not read (`-p` of racadm/psexec/rabbitmqadmin/cqlsh/`oc login`, `-k` of `openssl enc`, SNMPv3 `-A`/`-X`)",
     lambda f, t, b: f.startswith("cli_") or f == "mongo_shell"),
    ("an API key in a query parameter whose name does not say key or token (`appid=<32 hex>`)", lambda f, t, b: f == "url_query_secrets"),
    ("a secret inside another encoding, partly or wholly missed (a base64url JSON `X-Registry-Auth` header holding `-`/`_`)",
     lambda f, t, b: f == "nested_encodings"),
    ("a token wrapped at terminal width (80/120/132 columns): only the first line is covered", lambda f, t, b: f == "wrapped_terminal"),
    ("a person's name as a bare cell of a row (SQL `INSERT … VALUES ('First','Last',…)`, CSV with headers in other languages)",
     lambda f, t, b: f in PII_ROWS and t == "PERSON"),
    ("a person's name in a vCard (`N:Last;First;;;`, `FN:`)", lambda f, t, b: f == "vcard_contact" and t == "PERSON"),
    ("a person's name in a non-English support transcript (`nazywam się X`, `o meu nome é X`, `… desu`, a greeting)",
     lambda f, t, b: f == "support_transcript" and t == "PERSON"),
    ("a person's name after a ticket phrase (`W-4 correction for X`, `bank details for X`)", lambda f, t, b: f == "hr_ticket" and t == "PERSON"),
    ("a person's name as a `key=value` field of a Java toString (`from=First Last`)", lambda f, t, b: f == "java_tostring" and t == "PERSON"),
    ("a card number in a non-English chat (ungrouped, or a brand prefix not read)", lambda f, t, b: t == "CREDIT_CARD"),
]


def phone_kind(value):
    return ("a phone number in international form (`+CC …`) of a country or grouping not read" if value.startswith("+")
            else "a phone number in national form (no country code: `0712 345678`, `(22) 123 45 67`, `301 1234567`)")


# false redactions: (kind, test(family, predicted type, text before, predicted text))
FALSE = [
    ("a masked or filtered value read as a secret (`[Filtered]`, `[PROTECTED]`, `****@host` in a masked URL)",
     lambda f, t, b, s: "[Filtered" in s or "[PROTECTED" in s or s.startswith("****")),
    ("a four-part version read as an IPv4 address (`web@3.1.0.2`, `\"fw\":\"1.8.2.5\"`)", lambda f, t, b, s: t == "IPV4" and re.fullmatch(r"[\d.]+", s) is not None),
    ("a non-credential cookie's value (`cookie_consent=all`)", lambda f, t, b, s: "cookie_consent=" in b[-16:]),
    ("a flow-style YAML map after a secret-named key (`ApiKeyAuth: {type: apiKey, …}`)", lambda f, t, b, s: s.startswith("{type")),
    ("an enum value naming an auth method (`client_secret_post` in OIDC discovery)", lambda f, t, b, s: s.startswith("client_secret")),
    ("judgement call: ciphertext from a credential store (Jenkins `{AQAAAB…}`, left unlabelled like jasypt `ENC(…)`)", lambda f, t, b, s: s.startswith("{AQAAAB")),
    ("a public ACME HTTP-01 challenge token after `token=`", lambda f, t, b, s: f == "near_acme"),
    ("a generated Kubernetes secret NAME (`secret \"db-password-<hash>\"`)", lambda f, t, b, s: re.match(r"[a-z-]+-[a-z0-9]{5,10}$", s) is not None and "secret" in b[-10:]),
    ("the argument after a prompt-only flag read as its value (`wget --ask-password URL`)", lambda f, t, b, s: b.endswith("--ask-password ")),
    ("a request option read as a credential (`\"credentials\": \"include\"` in fetch())", lambda f, t, b, s: s == "include"),
]


def overlap(a, b):
    return max(a["start"], b["start"]) < min(a["end"], b["end"])


def main():
    gold = {r["id"]: r for r in map(json.loads, open(gold_path, encoding="utf-8"))}
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_path, encoding="utf-8"))}
    leaks = collections.defaultdict(lambda: [set(), 0, 0, ""])
    for rid, r in gold.items():
        ps, t = pred.get(rid, []), r["text"]
        for g in r["entities"]:
            n = sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
            if not n:
                continue
            before, value = t[max(0, g["start"] - 60):g["start"]], t[g["start"]:g["end"]]
            kind = phone_kind(value) if g["type"] == "PHONE" else next((k for k, test in LEAKS if test(r["family"], g["type"], before)), "other")
            e = leaks[kind]
            e[0].add(rid), e.__setitem__(1, e[1] + 1), e.__setitem__(2, e[2] + n)
            e[3] = "secret" if g["type"] in SECRET else "PII"
    print("\nLeaks by kind (records, entities, leaked characters), most costly first:")
    print("| leak kind | class | records | entities | leaked characters |\n|---|---|---|---|---|")
    tot = [set(), 0, 0]
    for k, (recs, ents, chars, cls) in sorted(leaks.items(), key=lambda kv: -kv[1][2]):
        print(f"| {k} | {cls} | {len(recs)} | {ents} | {chars} |")
        tot[0] |= recs
        tot[1] += ents
        tot[2] += chars
    print(f"| **total** | | {len(tot[0])} | {tot[1]} | {tot[2]} |")

    false = collections.defaultdict(lambda: [set(), set(), 0, 0])
    overrun = [set(), 0]
    for rid, r in gold.items():
        t = r["text"]
        for p in pred.get(rid, []):
            if any(overlap(p, g) for g in r["entities"]):
                extra = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in r["entities"]))
                if extra:
                    overrun[0].add(rid)
                    overrun[1] += extra
                continue
            before, s = t[max(0, p["start"] - 60):p["start"]], t[p["start"]:p["end"]]
            kind = next((k for k, test in FALSE if test(r["family"], p["type"], before, s)), "other")
            e = false[kind]
            e[0].add(rid)
            if not r["entities"]:
                e[1].add(rid)
            e[2] += 1
            e[3] += p["end"] - p["start"]
    print("\nFalse redactions by kind (spans overlapping no gold entity; records touched, of which near-miss records):")
    print("| false-redaction kind | records (near-miss) | spans | characters destroyed |\n|---|---|---|---|")
    tot = [set(), set(), 0, 0]
    for k, (recs, neg, spans, chars) in sorted(false.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][3])):
        print(f"| {k} | {len(recs)} ({len(neg)}) | {spans} | {chars} |")
        tot[0] |= recs
        tot[1] |= neg
        tot[2] += spans
        tot[3] += chars
    print(f"| **total** | {len(tot[0])} ({len(tot[1])}) | {tot[2]} | {tot[3]} |")
    conf = collections.Counter()
    for rid, r in gold.items():
        for g in r["entities"]:
            types = {p["type"] for p in pred.get(rid, []) if overlap(p, g)}
            if types and g["type"] not in types:
                conf[(g["type"], "/".join(sorted(types)), r["family"])] += 1
    print("\nType confusions (found, wrong type; cost typed F1 only): " + (", ".join(f"{g} -> {p} in {f} ({n})" for (g, p, f), n in sorted(conf.items(), key=lambda kv: -kv[1])) or "none"))
    print(f"\nSpan overruns (a found entity's span running past it, e.g. a trailing `,`): {len(overrun[0])} records, {overrun[1]} characters")


main()
