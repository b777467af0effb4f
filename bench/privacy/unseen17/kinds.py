"""Failure kinds of a redactor run on unseen17, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_bare_token_lines", None, None, None, "a token alone on a line (a chat paste, a code fence, `pbpaste` output, a quoted message, an AWS key pair on two bare lines)"),
    ("f_positional_passwords", None, None, None, "a password as a positional argument (`mosquitto_passwd -b FILE USER PW`, `ejabberdctl register`, `openssl passwd`, `net use \\\\host\\share PW`, `mysqladmin password PW`, `user:PW | chpasswd`)"),
    ("f_glued_flags", None, None, None, "a password glued to its flag or user (`-U user%PW`, `/p:PW`, `user/PW@db`, `-PPW`, `-wPW`, `-pPW`)"),
    ("f_heredoc_scripts", None, None, None, "a password inside a heredoc or script (`ftp -n` `user NAME PW`, expect `send`, `.pgpass` line, lftp `open -u user,PW`, a here-string)"),
    ("f_echoed_prompts", None, None, None, "a password echoed after a prompt in a terminal transcript (`vault pass: PW`, `Enter password: PW`, a `set -x` trace, a git credential prompt)"),
    ("f_chat_prose_en", None, None, None, "a password given in English chat prose (`the new db password is X`, `try X`, `use X for the admin login`, `it's X`)"),
    ("f_chat_prose_intl", None, None, None, "a password given in chat prose in another language (German, French, Spanish, Portuguese, Dutch, Italian, Polish, Turkish, Indonesian, Swedish)"),
    ("f_odd_separators", None, None, None, "a secret after an odd separator (`=>`, `:=`, `->`, a `|` table cell, a tab, an Elixir keyword)"),
    ("f_value_next_line", None, None, None, "a secret on the line after its key, or wrapped over two lines"),
    ("f_quoted_with_spaces", None, None, None, "a quoted passphrase with spaces (`ssh-keygen -N`, `gpg --passphrase`, `7z -p\"…\"`, `PASSPHRASE = \"…\"`, restic `--password-command`)"),
    ("f_url_query_fragment", None, None, None, "a secret in a URL query string or fragment (`apikey=`, Azure SAS `sig=`, a paste `#key`, `password=` in a GET, `token=`)"),
    ("f_xml_attrs_cdata", None, None, None, "a secret in an XML attribute or CDATA (`<add key=\"SmtpPassword\" value=…>`, Spring `<property name=\"password\" value=…>`, `<![CDATA[…]]>`, `keystorePass=`)"),
    ("f_sql_value_tuples", None, None, None, "a secret in a SQL `VALUES (…)` tuple, an `UPDATE … SET value = '…' WHERE name = '…password'` or a `COPY` row"),
    ("f_protocol_transcripts", None, None, None, "a secret in a Redis, Memcached or LDAP transcript (MONITOR `\"AUTH\" \"…\"`, `CONFIG SET masterauth`, `userPassword::` base64, raw `AUTH` over nc, memcached `set` auth block)"),
    ("f_diff_lines", None, None, None, "a secret in a diff or merge conflict (`-password: old` / `+password: new`)"),
    ("f_mask_left_tail", None, None, None, "a secret whose mask was partly applied (`****` then the real tail, masked once and logged raw on retry)"),
    ("f_new_vendor_tokens", None, None, None, "a vendor key of a new shape (Shippo, Scalingo, Infracost, Flutterwave, Duffel, EasyPost, Dropbox, Fly.io) without a key name"),
    ("f_user_keyed_maps", None, None, None, "a password keyed by its user name (Jetty `realm.properties`, HCL `users = { NAME = … }`, INI `[users]`, Kafka JAAS `user_NAME=`, `NAME:PW`)"),
    ("f_conn_odd_forms", None, None, None, "a connection-string credential in an odd form (ODBC `PWD={…}` braces, R2DBC URI with `%21`, Oracle thin `user/pw@`, `neo4j+s://`, `Password=\"…\"` with a space)"),
    ("f_call_args_in_traces", None, None, None, "a password as a call argument in a stack trace (Python `connect(host, user, PW)`, Node `authenticate(…)`, Ruby `password:`, Go panic args)"),
    ("f_yaml_block_scalars", None, None, None, "a secret in a YAML block scalar, anchor or flow map, or a TOML literal multi-line string"),
    ("f_env_writings", None, None, None, "a secret in an environment setting of another shell (PowerShell `$env:`, cmd `set \"…\"`, fish `set -gx`, systemd `Environment=`, Dockerfile `ENV K V`, csh `setenv`)"),
    (None, "CREDIT_CARD", None, r"\n", "a card number wrapped over two lines"),
    (None, "CREDIT_CARD", None, r"\.", "a card number grouped with dots"),
    (None, "CREDIT_CARD", None, None, "a card number in a SQL tuple, a TSV field or chat prose"),
    (None, "IBAN", None, r" ", "an IBAN of a country not used before, grouped (AL, GE, KZ, IS, MN, OM, SO, YE, FK, HN, NI)"),
    (None, "IBAN", None, None, "an IBAN of a country not used before, compact (AL, GE, KZ, IS, MN, OM, SO, YE, FK, HN, NI)"),
    (None, "PERSON", None, r"[\u1C00-\u1C4F]", "a name in Lepcha script"),
    (None, "PERSON", None, r"[\u1900-\u194F]", "a name in Limbu script"),
    (None, "PERSON", None, r"[\uA800-\uA82F]", "a name in Syloti Nagri script"),
    (None, "PERSON", None, r"[\uA900-\uA92F]", "a name in Kayah Li script"),
    (None, "PERSON", None, r",", "a name written `Family, Given` in a quoted From: header"),
    (None, "PERSON", r"(by|Co-authored-by): $", None, "a name in a git trailer (`Co-authored-by:`, `Signed-off-by:`, `Reviewed-by:` …)"),
    (None, "PERSON", r"(-- \n|regards / Saludos\n|__\n)$", None, "a name in an e-mail signature"),
    (None, "PERSON", r"\| $", None, "a name in a markdown table cell"),
    (None, "PERSON", None, r"^[\w'éèëáóúíïç.-]+$", "a single given name labelled alone"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Chuukese, Pohnpeian, Kosraean, Rotuman, Marquesan, Kanak, Yucatec Maya, Wayuu, Guna)"),
    (None, "PHONE", r"(tel:|sip:|to=)$", None, "a phone number in a `tel:`/SIP URI or an SMS log, E.164 with or without `+`"),
    (None, "PHONE", None, r"^\+", "a phone number in international form (GI, SV, ST, MO, PM, CK, AF)"),
    (None, "PHONE", None, None, "a phone number in national form (GI, SV, ST, MO, PM, CK, AF)"),
    (None, "US_SSN", None, r"\.", "a US SSN grouped with dots"),
    (None, "US_SSN", None, None, "a US SSN in a table, SQL tuple or on the line after its label"),
    (None, "EMAIL", None, r"\[at\]", "an obfuscated e-mail address (`user [at] domain [dot] tld`)"),
    (None, "EMAIL", None, r"%40", "a URL-encoded e-mail address (`%40`) in a query"),
    (None, "EMAIL", None, r"\+", "a plus-addressed e-mail address"),
    (None, "EMAIL", None, None, "an e-mail address in a git trailer, signature, table, package metadata or `mailto:`"),
    (None, "IPV4", None, None, "an IPv4 address in a list, table, diff or tool argument"),
    (None, "IPV6", None, r"^::ffff:", "an IPv4-mapped IPv6 address"),
    (None, "IPV6", None, r":0000:", "an IPv6 address written in full with leading zeros"),
    (None, "IPV6", None, None, "an IPv6 address in brackets, a BGP neighbor line or a table"),
    (None, "MAC", None, r"^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$", "a MAC address in Huawei/H3C notation (`aabb-ccdd-eeff`)"),
    (None, "MAC", None, r"^[0-9A-F]{4}\.", "a MAC address in upper-case Cisco dotted notation"),
    (None, "MAC", None, None, "a MAC address in a config (U-Boot `ethaddr=`, VMware `.vmx`, netplan `macaddress:`)"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"\s", "a secret with a space, a line wrap or a continuation inside it only partly covered"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("CONNECTION_STRING", None, None, "a connection-string credential only partly covered"),
    ("API_KEY", None, r"\\\n", "a vendor key wrapped with a line continuation only partly covered"),
    ("API_KEY", None, None, "a vendor key only partly covered"),
    ("AWS_SECRET_KEY", None, None, "an AWS secret key only partly covered"),
    ("EMAIL", None, None, "an e-mail address only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("PERSON", r"(^|\n)(\[\d\d:\d\d\] |\(\d\d:\d\d\) |\d\d:\d\d )?$", None, "label slip: a chat speaker's name the set left unlabelled (a correct find; see README)"),
    ("GENERIC_SECRET", None, r"^(\$|%|<|\{\{|your-|REPLACE_ME|\(|\[)", "a placeholder or reference (`<password>`, `${DB_PASSWORD}`, `%DB_PASSWORD%`, `$(cat …)`, `{{ … }}`, `your-password-here`) read as a secret"),
    ("GENERIC_SECRET", None, r"^\*+", "a mask read as a secret"),
    ("GENERIC_SECRET", None, r"^(sha\d+-|sha256:)?[0-9a-fA-F]{16,}$|^sha\d+-|^\$2b\$", "a hash, digest or id read as a secret"),
    ("GENERIC_SECRET", r"(PublicKey = |age1|ssh-ed25519 |RW)$", None, "a public key read as a secret"),
    ("GENERIC_SECRET", r"(is|est|es|ist|é|try|use) $", None, "a word after `password is` / `try` / `use` read as a secret"),
    ("GENERIC_SECRET", None, None, "a word after a secret-named word (a setting, a state, a file path) read as a secret"),
    ("API_KEY", None, None, "a masked or public value read as a vendor key"),
    ("PERSON", None, None, "a word, product, bot or team read as a person"),
    ("PHONE", None, None, "a number with local punctuation (ticket, SKU, date, port, latency) read as a phone number"),
    ("CREDIT_CARD", None, None, "a number read as a card"),
    ("IBAN", None, None, "an identifier read as an IBAN"),
    ("US_SSN", None, None, "a number read as an SSN"),
    ("EMAIL", None, None, "a `user@host` string (ssh target, SIP URI, URL userinfo) read as an e-mail address"),
    ("IPV4", None, None, "a version or OID read as an IPv4 address"),
    ("IPV6", None, None, "a colon-separated value (elapsed time, serial, Rust path) read as an IPv6 address"),
    ("MAC", None, None, "a colon-separated or dashed value read as a MAC address"),
    ("URL_CREDENTIALS", None, None, "a URL read as URL credentials"),
    ("BASIC_AUTH", None, None, "a value read as basic-auth credentials"),
    ("BEARER_TOKEN", None, None, "a value read as a bearer token"),
    ("JWT", None, None, "a value read as a JWT"),
    ("CONNECTION_STRING", None, None, "a value read as a connection-string credential"),
    ("PRIVATE_KEY", None, None, "a public key read as a private key"),
    ("AWS_ACCESS_KEY", None, None, "a value read as an AWS access key"),
    ("AWS_SECRET_KEY", None, None, "a mask or hash read as an AWS secret key"),
    ("GITHUB_TOKEN", None, None, "a value read as a GitHub token"),
    ("SLACK_TOKEN", None, None, "a value read as a Slack token"),
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen17/pred.jsonl")
    gold_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
    gold = {r["id"]: r for r in map(json.loads, open(gold_p, encoding="utf-8"))}
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_p, encoding="utf-8"))}
    leaks = collections.defaultdict(lambda: [set(), 0, 0, ""])
    false = collections.defaultdict(lambda: [set(), set(), 0, 0])
    overrun, confusion = [set(), 0], collections.Counter()
    for rid, r in gold.items():
        t, ps, gs = r["text"], pred.get(rid, []), r["entities"]
        for g in gs:
            cov = [any(p["start"] <= i < p["end"] for p in ps) for i in range(g["start"], g["end"])]
            for p in ps:
                if max(g["start"], p["start"]) < min(g["end"], p["end"]) and p["type"] != g["type"]:
                    confusion[(g["type"], p["type"], r["family"])] += 1
            lk = cov.count(False)
            if not lk:
                continue
            before, value = t[max(0, g["start"] - 60):g["start"]], t[g["start"]:g["end"]]
            kind = "other (%s in %s)" % (g["type"], r["family"])
            if any(cov):
                kind = "a value only partly covered (%s)" % g["type"]
                for typ, rx, vrx, k in PARTIAL:
                    if typ == g["type"] and (rx is None or re.search(rx, before)) and (vrx is None or re.search(vrx, value)):
                        kind = k
                        break
            else:
                for fam, typ, rx, vrx, k in LEAK:
                    # a family rule without a type reads that family's secrets only; its addresses and names fall to the rules below
                    if ((fam is None or fam == r["family"]) and (typ == g["type"] if typ else fam is None or g["type"] in SECRET) and (rx is None or re.search(rx, before))
                            and (vrx is None or re.search(vrx, value))):
                        kind = k
                        break
            a = leaks[kind]
            a[0].add(rid); a[1] += 1; a[2] += lk
            a[3] = "secret" if g["type"] in SECRET else "PII"
        for p in ps:
            if any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for g in gs):
                out = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in gs))
                if out:
                    overrun[0].add(rid); overrun[1] += out
                continue
            before, value = t[max(0, p["start"] - 60):p["start"]], t[p["start"]:p["end"]]
            kind = "other (%s in %s)" % (p["type"], r["family"])
            for typ, rx, vrx, k in ([] if kind.startswith("label slip") else FALSE):
                if typ == p["type"] and (rx is None or re.search(rx, before)) and (vrx is None or re.search(vrx, value)):
                    kind = k
                    break
            f = false[kind]
            f[0].add(rid)
            if not gs:
                f[1].add(rid)
            f[2] += 1; f[3] += p["end"] - p["start"]
    print("\nLeaks (most leaked characters first)\n| leak kind | class | records | entities | leaked characters |\n|---|---|---|---|---|")
    tot = [set(), 0, 0]
    for k, (rs, n, ch, cls) in sorted(leaks.items(), key=lambda kv: (-kv[1][2], kv[0])):
        print("| %s | %s | %d | %d | %d |" % (k, cls, len(rs), n, ch))
        tot[0] |= rs; tot[1] += n; tot[2] += ch
    print("| **total** | | %d | %d | %d |" % (len(tot[0]), tot[1], tot[2]))
    print("\nFalse redactions (records touched, of which near-miss records)\n| false-redaction kind | records (near-miss) | spans | characters destroyed |\n|---|---|---|---|")
    tot = [set(), set(), 0, 0]
    for k, (rs, ns, n, ch) in sorted(false.items(), key=lambda kv: (-len(kv[1][0]), kv[0])):
        print("| %s | %d (%d) | %d | %d |" % (k, len(rs), len(ns), n, ch))
        tot[0] |= rs; tot[1] |= ns; tot[2] += n; tot[3] += ch
    print("| **total** | %d (%d) | %d | %d |" % (len(tot[0]), len(tot[1]), tot[2], tot[3]))
    print("span overruns (a found value's span running past it): %d records, %d characters" % (len(overrun[0]), overrun[1]))
    print("type confusions (found, wrong type; typed F1 only): " + ", ".join(
        "%s→%s in %s %d" % (g, p, f, n) for (g, p, f), n in sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))))


main()
