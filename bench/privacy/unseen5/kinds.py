"""Tallies the redactor's failures on this set by KIND (a general shape, read from the record's generator family, the gold
type and the text just before the span), most costly first: leaks, false redactions, type confusions.
    python3 kinds.py [PRED] [GOLD]      default: the last score.sh run on the committed set (artifacts/bench/unseen5/)
Characters are counted as score-set.sh counts them (inner spaces and line breaks included)."""
import collections
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "../../.."))
pred_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen5/pred.jsonl")
gold_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (kind, test(family, gold type, text before the span, span text)); the first that matches names the kind.
LEAK_KINDS = [
    ("a signature or session token in a signed URL or SigV4 header (`X-Amz-Signature=`, `X-Goog-Signature=`, SAS `sig=`, `Signature=`, `X-Amz-Security-Token`)",
     lambda f, t, b, v: re.search(r"(Signature=|sig=|Security-Token[=:] ?)$", b)),
    ("a token wrapped over two lines (terminal or log width): only the first line is covered",
     lambda f, t, b, v: "\n" in v and t == "JWT"),
    ("a secret split by a shell line continuation (`\\` + newline inside quotes)", lambda f, t, b, v: "\\\n" in v),
    ("a secret with no key name: a bare line of a credentials file, a positional argument of a protocol verb (`AUTH pw`)",
     lambda f, t, b, v: b.endswith("vpn-svc\n") or "AUTH\\r\\n$" in b),
    ("a secret in network-device or VPN config: after an encryption-type digit (`password 7 …`, `key 0 …`, `authentication-key 7 …`) "
     "or a pre-shared key (`: PSK \"…\"`, `crypto isakmp key …`)",
     lambda f, t, b, v: re.search(r"(PSK \"|isakmp key |\bkey [07] |authentication-key 7 |password 7 )$", b)),
    ("a private key in INI `Key = value` form (WireGuard `PrivateKey = <base64>`)", lambda f, t, b, v: b.endswith("PrivateKey = ")),
    ("a default-looking password as the configured value (`PASS=changeme` in a live config)", lambda f, t, b, v: v.lower() == "changeme"),
    ("a password under a dotted properties key (`sasl.password=`)", lambda f, t, b, v: re.search(r"\.password=$", b)),
    ("a US phone number written with dots (`415.555.0134`)", lambda f, t, b, v: t == "PHONE" and re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", v)),
    ("an SNMP community string (`snmp-server community X RO`, `set snmp community X`)", lambda f, t, b, v: b.endswith("community ")),
    ("a Wi-Fi passphrase or derived PSK (`psk=\"…\"`, `psk=<64 hex>`)", lambda f, t, b, v: re.search(r"psk=\"?$", b)),
    ("a password given by a CLI flag not read (`-P 'pw'`, `/p:pw`, `--account-key K`, `-encrypt=K`, `--requirepass pw`)",
     lambda f, t, b, v: re.search(r"( -P '| /p:| --account-key | -encrypt=| --requirepass )$", b)),
    ("a secret in chat prose after `it's` / in a Slack JSON text after `user \\/`", lambda f, t, b, v: re.search(r"(it's |\\/ )$", b)),
    ("a secret in a PHP `define()` of a WordPress key/salt (`define('AUTH_KEY', '…')`)", lambda f, t, b, v: "define(" in b[-40:]),
    ("a secret in HTML-escaped JSON (`&quot;password&quot;:&quot;…`)", lambda f, t, b, v: b.endswith("&quot;")),
    ("a value on the next line of a YAML folded block scalar (`key: >-`)", lambda f, t, b, v: re.search(r">-\n\s*$", b)),
    ("a signing key under a key named only `signing-key`", lambda f, t, b, v: b.endswith("signing-key: \"")),
    ("an IPv4 address written with its port as a fifth dotted field (tcpdump `10.0.0.1.443 >`)", lambda f, t, b, v: t == "IPV4" and f == "strace_tcpdump"),
    ("a person's name split into JSON `first_name` / `last_name` fields", lambda f, t, b, v: t == "PERSON" and re.search(r"_name\": \"$", b)),
    ("a person's name URL-encoded with `+` in a form body (`cardholder_name=First+Last`)", lambda f, t, b, v: t == "PERSON" and b.endswith("=")),
    ("a person's name as a SIP display name (`From: \"Name\" <sip:…>`, `callerid=\"Name\"`)", lambda f, t, b, v: t == "PERSON" and f == "sip"),
    ("a first name alone: greeting or sign-off of a person named nearby", lambda f, t, b, v: t == "PERSON" and " " not in v),
    ("a person's name after a ticket or mail label (`Reported by:`, `Patient:`, `name on card`, `On Wed, … wrote`, a bare signature line)",
     lambda f, t, b, v: t == "PERSON"),
    ("a card number in a JSON `\"number\"` field of a payment request", lambda f, t, b, v: t == "CREDIT_CARD"),
    ("an e-mail address URL-encoded with `%2B` / `%40` in a form body", lambda f, t, b, v: t == "EMAIL" and "%40" in v),
    ("a phone number inside a SIP URI (`sip:+4930…@host`): only partly covered", lambda f, t, b, v: t == "PHONE" and b.endswith("sip:")),
]
FP_KINDS = [
    ("a SIP URI or Call-ID (`sip:300@voip…`, `Call-ID: <hex>@host`) read as an e-mail address", lambda f, t, b, v: t == "EMAIL" and "@" in v),
    ("a secret reference read as the secret (`op://…`, `vault:…#key`, `{{resolve:secretsmanager:…}}`, `existingSecret:` name, `%[env(X)]`, "
     "`LoadCredential=name:path`, `os.environ[`)",
     lambda f, t, b, v: re.search(r"(existingSecret: |secretsmanager:|password: |api_key: |LoadCredential=|env\(|os\.environ)", b[-30:] + v[:12])),
    ("the AWS documentation's example key pair (`AKIA…EXAMPLE` / `…EXAMPLEKEY`)", lambda f, t, b, v: "EXAMPLE" in v),
    ("a four-part version read as an IPv4 address (`firmware 3.2.14.7`, `bump sdk to 4.1.0.2`)", lambda f, t, b, v: t == "IPV4"),
    ("a placeholder value (`replace-me-…` after a secret-named key, an HTML-escaped `&lt;key&gt;`)", lambda f, t, b, v: "change-me" in v or "&lt;" in v),
    ("a jasypt `ENC(…)` ciphertext read as a password (judgement call: left unlabelled)", lambda f, t, b, v: v.startswith("ENC(")),
    ("a JSON API response on the line after a token header read as a secret", lambda f, t, b, v: v.startswith("{\"id\"")),
    ("the trailing `&amp` of an HTML-escaped query string taken into a token span", lambda f, t, b, v: v.endswith("&amp")),
    ("a netfilter `MAC=dst:src:type` header taken as one MAC (the ethertype `08:00` included)", lambda f, t, b, v: t == "MAC"),
    ("the credential scope after an e-mail in `X-Goog-Credential=` taken into a secret span", lambda f, t, b, v: "Credential=" in b),
]


def kind_of(table, f, t, b, v):
    for name, test in table:
        if test(f, t, b, v):
            return name
    return "other"


gold = [json.loads(x) for x in open(gold_path, encoding="utf-8")]
pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_path, encoding="utf-8"))}
leak = collections.defaultdict(lambda: [set(), 0, 0, ""])
fp = collections.defaultdict(lambda: [set(), set(), 0, 0])
conf = collections.Counter()
for r in gold:
    ps, gs, text = pred.get(r["id"], []), r["entities"], r["text"]
    for g in gs:
        n = sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
        if n:
            k = kind_of(LEAK_KINDS, r["family"], g["type"], text[max(0, g["start"] - 60):g["start"]], text[g["start"]:g["end"]])
            e = leak[k]
            e[0].add(r["id"]); e[1] += 1; e[2] += n; e[3] = "secret" if g["type"] in SECRET else "PII"
        for p in ps:
            if max(g["start"], p["start"]) < min(g["end"], p["end"]) and p["type"] != g["type"]:
                conf[f"{g['type']} → {p['type']}"] += 1
    for p in ps:
        n = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in gs))
        if n:
            k = kind_of(FP_KINDS, r["family"], p["type"], text[max(0, p["start"] - 60):p["start"]], text[p["start"]:p["end"]])
            e = fp[k]
            e[0].add(r["id"])
            if not gs:
                e[1].add(r["id"])
            e[2] += 1; e[3] += n

print("Leaks (gold characters no prediction covers), most costly first:\n")
print("| leak kind | class | records | entities | leaked characters |\n|---|---|---|---|---|")
for k, (ids, ents, ch, cls) in sorted(leak.items(), key=lambda kv: -kv[1][2]):
    print(f"| {k} | {cls} | {len(ids)} | {ents} | {ch} |")
print(f"| **total** | | {len(set().union(*[v[0] for v in leak.values()]) if leak else set())} | {sum(v[1] for v in leak.values())} | {sum(v[2] for v in leak.values())} |")
print("\nFalse redactions (predicted characters outside every gold span), most records first:\n")
print("| false-redaction kind | records (near-miss) | spans | characters destroyed |\n|---|---|---|---|")
for k, (ids, neg, spans, ch) in sorted(fp.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][3])):
    print(f"| {k} | {len(ids)} ({len(neg)}) | {spans} | {ch} |")
allids = set().union(*[v[0] for v in fp.values()]) if fp else set()
allneg = set().union(*[v[1] for v in fp.values()]) if fp else set()
print(f"| **total** | {len(allids)} ({len(allneg)}) | {sum(v[2] for v in fp.values())} | {sum(v[3] for v in fp.values())} |")
print("\nType confusions (found, wrong type; cost typed F1 only):", ", ".join(f"{k} ({n})" for k, n in conf.most_common()) or "none")
