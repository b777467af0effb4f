"""Failure kinds of a redactor run on unseen15, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_redis_cmds", None, r"MONITOR|\"SETEX\"", None, "a secret in a Redis MONITOR line (`\"SETEX\" \"reset_token:…\" \"900\" \"…\"`)"),
    ("f_redis_cmds", None, None, None, "a secret as a Redis command argument (`SET api_key:prod …`, `SETEX session:…`, `HSET … password …`, `MSET cfg:smtp_pass …`, `SET …:token … EX`)"),
    ("f_kerberos_keys", None, r"\(0x$|\(hex\): $", None, "a Kerberos key printed in hex (`klist -kteK`, `ktutil list -k`, `addent -key`)"),
    ("f_kerberos_keys", None, None, None, "a Kerberos password on a command line (`echo … | kinit`, `msktutil --old-account-password`)"),
    ("f_servlet_xml", None, r"\n\s+$", None, "a servlet `<param-value>` on its own line"),
    ("f_servlet_xml", None, None, None, "a secret in Java web.xml or Ivy settings (`<init-param>`/`<context-param>` `<param-value>`, `<env-entry-value>`, Ivy `passwd=`)"),
    ("f_spark_pairs", None, None, None, "a secret in spark-defaults or flink-conf (whitespace pairs `spark.ssl.keyStorePassword   …`, `spark.authenticate.secret`, an Azure account key, `--conf …=`)"),
    ("f_gh_secret_heredoc", None, None, None, "a secret set with `gh secret set` or `glab variable set` (heredoc, `--body`, `-f -` env heredoc, piped `printf`, `--value`)"),
    ("f_proxy_daemons", None, None, None, "a proxy daemon password (3proxy `users u:CL:pw`, tinyproxy `BasicAuth u pw`, gost `http://u:pw@`, microsocks `-P`, redsocks `password =`)"),
    ("f_ha_cluster", None, None, None, "an HA cluster secret (DRBD `shared-secret`, `pcs host auth -p`, `fence_ipmilan password=`, crm `passwd=`, `ha_cluster_hacluster_password`)"),
    ("f_data_tools", None, None, None, "a data-tool secret (dbt `profiles.yml`, Superset `SECRET_KEY`, iRODS `iadmin moduser … password`, ArcGIS `generateToken`, a conda `/t/<token>/` channel, `cabal upload --password`, Posit `CONNECT_API_KEY`)"),
    ("f_new_vendor_keys", None, None, None, "a vendor-prefixed key not used before (Neon `napi_`, Atlassian `ATATT3`, CircleCI `CCIPAT_`, Docker `dckr_pat_`, Square `sq0atp-`, Typeform `tfp_`, Frame.io `fio-u-`, Prefect `pnu_`, Fireworks `fw_`, OpenRouter `sk-or-v1-`)"),
    ("f_rare_db_clis", None, None, None, "a password of a database CLI not read (SurrealDB `--pass`/`-p`, Firebird `isql-fb`/`gsec -password`, SQL Anywhere `PWD=`, MonetDB `.monetdb`)"),
    ("f_lisp_fortran_dumps", None, None, None, "a password in another language's value display (Common Lisp `#S(… :PASSWORD …)`, Fortran namelist, MATLAB struct, Gleam record, Racket hash, Prolog term)"),
    ("f_netconf_gnmi", None, None, None, "a network-automation password (`gnmic -p`, ncclient `manager.connect(password=)`, `netconf-console2 --password=`, `yangcli password=`, `--update-value`)"),
    ("f_mesh_transfer", None, None, None, "a mesh or transfer secret (cjdns `privateKey`/`authorizedPasswords`, Syncthing `<apikey>`/`X-API-Key`, a croc code, a magic-wormhole code)"),
    ("f_escape_layers", None, None, None, "a password written with escapes of its layer (systemd `\\x40`, bash `$'…\\x21…'`, XML CDATA, `\\\\u0026` in JSON in JSON, Python bytes `\\xc3`, YAML block of JSON `\\u003c`)"),
    ("f_prose_tickets_lang", None, None, None, "a password given in prose in another language (Tagalog, Slovak, Marathi, Nepali, Tok Pisin, Bislama, Assamese)"),
    ("f_secret_stores", None, None, None, "a password printed by a password tool (`psonoci secret get`, `prs show`, `lesspass`, `passage show`)"),
    ("f_mobile_tv_logs", None, None, None, "a secret in a mobile, watch or TV app log (Sailfish OAuth, webOS `luna-send` `passKey`, Connect IQ `Basic`, tvOS `apiKey=`, a KaiOS-style logcat `pass=`)"),
    ("f_key_material_new", None, None, None, "key material of other libraries (PASETO `k4.local.`, a Tink keyset `value`, `jasypt.encryptor.password`, a Fernet key, a JWK `oct` `\"k\"`)"),
    ("f_mail_auth_tools", None, None, None, "a mail-server auth test password (`doveadm auth test`, `testsaslauthd -p`, `imapsync --password1/2`, `saslpasswd2` here-string, `doveadm pw`)"),
    ("f_vendor_config_files", None, None, None, "a password in another product's config (ProFTPD `SQLConnectInfo`, pure-ftpd `MYSQLPassword`, a `Password=` XML attribute, Play `play.mailer`, Telegraf `Password=`)"),
    ("f_voip_provisioning", None, None, None, "a SIP account password in a phone provisioning file (Yealink `account.1.auth_password`, Polycom `reg.1.auth.password`, Grandstream `P34`, auto-provision server password, Cisco SPA `<Password_1_>`)"),
    ("f_hosting_panels", None, None, None, "a hosting-panel password (Plesk `-passwd`, Webmin `changepass.pl`, cPanel `uapi … password=`, Virtualmin `--pass`, ISPConfig remote API)"),
    (None, "CREDIT_CARD", None, r"^\d( \d){12,}$", "a card number read out digit by digit (call transcript)"),
    (None, "CREDIT_CARD", None, r"\.", "a card number grouped with dots"),
    (None, "CREDIT_CARD", r"%5D=$", None, "a card number in a form-encoded `card[number]=`"),
    (None, "CREDIT_CARD", None, None, "a card number in SQL, a Java `toString`, XML `<PAN>` or grouped with dashes"),
    (None, "IBAN", None, r"\n", "an IBAN broken across two lines"),
    (None, "IBAN", None, r"[a-z]", "an IBAN in lower case"),
    (None, "IBAN", None, r"\.", "an IBAN grouped with dots"),
    (None, "IBAN", r":59:/$", None, "an IBAN in a SWIFT MT103 `:59:` field"),
    (None, "IBAN", None, None, "an IBAN of a country not used before (UA, JO, QA, KW, AE, SA, CR, DO, SV, BY, IQ, XK, MR, TL, LB, GT, PS, AZ, GI, VG), grouped or compact"),
    (None, "PERSON", None, r"=[0-9A-F]{2}|%[0-9A-F]{2}|\\u00|\+|_", "a name encoded by its wrapper (MIME Q `=C3=B4`, URL `%C3%A8`/`+`, JSON `\\u00e8`)"),
    (None, "PERSON", None, r"\\,", "a name in an LDAP DN with an escaped comma (`cn=Family\\, Given`)"),
    (None, "PERSON", None, r"[\u1200-\u137F]", "a name in Ge'ez script (Tigrinya)"),
    (None, "PERSON", None, r"[\u0590-\u05FF]", "a name in Hebrew script (Yiddish)"),
    (None, "PERSON", None, r"[\u0600-\u06FF]", "a name in Arabic script (Sindhi, Dari)"),
    (None, "PERSON", None, r"[\u4E00-\u9FFF]", "a name in Han characters under an English JSON key"),
    (None, "PERSON", None, r"[\uAC00-\uD7AF]", "a name in Hangul under an English JSON key"),
    (None, "PERSON", None, r"^[А-ЯЁІЇЄ]\.[А-ЯЁІЇЄ]\.\s?[А-ЯЁІЇЄ]|[а-яёіїє][А-ЯЁІЇЄ]\.[А-ЯЁІЇЄ]\.$", "a Cyrillic name with initials without a space (`И.И.Петров`, `ПетровИ.И.`)"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a Cyrillic name with initials (`Петров И.И.`, `К.Н. Морозов`)"),
    (None, "PERSON", r"(handover to|relieved by|[Ss]wapped .* with|paged|escalated to|covering for|primary:|secondary:|; ) ?$", None, "a name after a shift word (`handover to`, `relieved by`, `swapped with`, `paged`, `escalated to`, `covering for`)"),
    (None, "PERSON", r"(Excmo\. Sr\. D\.|Eng\.º|Ato|W/ro|Mzee|Dr\.ª|Rt Hon\.) $", None, "a name after a title of another culture (`Excmo. Sr. D.`, `Ex.mo Sr. Eng.º`, `Ato`, `W/ro`, `Mzee`, `Ilma. Sra. Dr.ª`, `Rt Hon.`)"),
    (None, "PERSON", None, r"^[A-ZÀ-Þ'-]{2,}( [A-ZÀ-Þ'-]+)*,? [A-Z][a-zà-ÿ]", "a Latin-script name written surname first in upper case (`TREGENZA Lowen`, `FAYE, Sira`)"),
    (None, "PERSON", None, r"^[A-ZÀ-Þ' ,-]+$", "a Latin-script name all in upper case"),
    (None, "PERSON", None, r",", "a name written `Family, Given` (CSV with quoted commas, a DN, a badge)"),
    (None, "PERSON", None, r"^[\w'ôèé.-]+$", "a single name part labelled alone (split CSV fields, a first name)"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Friulian, Cornish, Manx, Tuvaluan, Newar, Circassian, Karelian, Evenki, Chukchi, Okinawan, Comorian, Afar, Ndebele, Serer, Mandinka, Nuer, Ladin, Walloon, Dzongkha, Nauruan, Yiddish, Sindhi, Dari)"),
    (None, "PHONE", None, r"^(\+|00)", "a phone number in international form (MY, UY, EC, CR, DO, ZW, AO, CI, CM, LB, IQ, DZ, ME)"),
    (None, "PHONE", None, None, "a phone number in national form (MY, UY, EC, CR, DO, ZW, AO, CI, CM, LB, IQ, DZ, ME)"),
    (None, "EMAIL", None, None, "an e-mail address in another place"),
    (None, "IPV4", None, None, "an IPv4 address in another tool's output"),
    (None, "IPV6", None, None, "an IPv6 address in another tool's output"),
    (None, "MAC", None, None, "a MAC address in another tool's output"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"\\x|\\u|CDATA|&<|\]", "a secret cut at its escape (`\\x40`, `\\u0026`, `&<`, `]`)"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("API_KEY", None, None, "a vendor key only partly covered"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("EMAIL", None, r"@[A-Z.]+$", "judgement call: a Kerberos principal (`user@REALM`) read as an e-mail address"),
    ("GENERIC_SECRET", None, r"^(\$\{|ref\+|\{\{|%|\$[A-Z_]|<|masterkey$)", "a placeholder or reference (`${sm://…}`, `ref+vault://`, `{{resolve:…}}`, `%DB_PASSWORD%`, `$SURREAL_PASS`, `<password>`, a documented default) read as a secret"),
    ("GENERIC_SECRET", None, r"^(NIL|None|none|\[\]|''|\*+)", "a null, empty or masked value in a dump read as a secret"),
    ("GENERIC_SECRET", None, r"^\$2[aby]\$", "a bcrypt hash read as a secret"),
    ("GENERIC_SECRET", None, r"^[A-Z0-9_]{4,}$", "a metavariable in help text read as a secret"),
    ("GENERIC_SECRET", None, r"^(sha\d+-|h1:)?[0-9a-f]{10,}$|^(sha\d+-|h1:)", "a hex id, checksum or integrity digest read as a secret"),
    ("GENERIC_SECRET", None, None, "a word after a secret-named word (a setting, a Redis key, a file path, a public key) read as a secret"),
    ("API_KEY", None, None, "a placeholder or truncated prefix read as a vendor key"),
    ("PERSON", r"(Requester|Demandeur|Solicitante|Passenger|Signed|Attn|handover to|relieved by|escalated to|Ответственный|Исп\.)\s*:?\s*$", None, "a team, service or place after a person label or shift word read as a person"),
    ("PERSON", r"(Excmo\.|Ex\.mo Sr\.|Ato|Rt Hon\.|Ilma\.|Mzee) ?$", None, "an organisation or place after a title read as a person"),
    ("PERSON", None, r"[\u1200-\u137F\u0590-\u05FF\u4E00-\u9FFF\uAC00-\uD7AF\u0400-\u04FF]", "non-Latin words (a status, a queue, `未分配`, `자동 승인`) read as a person"),
    ("PERSON", None, None, "a word, product or place read as a person"),
    ("PHONE", None, None, "a number (id, LEI, GTIN, container or IMO number, counter) read as a phone number"),
    ("CREDIT_CARD", None, None, "a number (tracking id, voucher, GTIN) read as a card"),
    ("IBAN", None, None, "an identifier (LEI, ISIN, masked IBAN) read as an IBAN"),
    ("EMAIL", None, None, "an `@` string read as an e-mail address"),
    ("IPV4", r"-g $", None, "judgement call: a network address given with its prefix (`fping -g 10.1.2.0/24`) read as an IPv4 address"),
    ("IPV4", None, None, "a version or build number read as an IPv4 address"),
    ("IPV6", None, None, "a colon-separated value (time, Redis key) read as an IPv6 address"),
    ("MAC", None, None, "a colon-separated value read as a MAC address"),
    ("URL_CREDENTIALS", None, None, "a URL or URI read as URL credentials"),
    ("BASIC_AUTH", None, None, "a value read as basic-auth credentials"),
    ("BEARER_TOKEN", None, None, "a value read as a bearer token"),
    ("JWT", None, None, "a value read as a JWT"),
    ("CONNECTION_STRING", None, None, "a value read as a connection-string credential"),
    ("PRIVATE_KEY", None, None, "a value read as a private key"),
]

# found after the first run: these secret families put host IPv4 addresses in their text without labelling them (README, "Label slips")
IP_SLIP_FAMILIES = {"f_proxy_daemons", "f_voip_provisioning", "f_ha_cluster", "f_redis_cmds", "f_rare_db_clis"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen15/pred.jsonl")
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
            if p["type"] == "IPV4" and r["family"] in IP_SLIP_FAMILIES and not value.startswith("127."):
                # found after the first run: the generator left these host addresses of positive records unlabelled (README)
                kind = "label slip: a host IPv4 address the set left unlabelled in a positive record, read correctly"
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
