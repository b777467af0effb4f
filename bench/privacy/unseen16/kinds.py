"""Failure kinds of a redactor run on unseen16, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions.
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    ("f_nix_bazel_deno", None, None, None, "a build-tool token (nix.conf `access-tokens = host=…`, `.bazelrc` `--remote_header=…-api-key=`, `DENO_AUTH_TOKENS=tok@host`, bunfig.toml `token =`)"),
    ("f_airflow_conns", None, None, None, "a data-platform credential (Airflow `SQL_ALCHEMY_CONN`/`AIRFLOW_CONN_*` URI, `--conn-password`, Redash, Meltano `config … set password`, Metabase `MB_DB_PASS`)"),
    ("f_sql_role_stmts", None, None, None, "a password in a SQL role statement (`ALTER ROLE … PASSWORD '…'`, `CREATE LOGIN … PASSWORD = N'…'`, Oracle `IDENTIFIED BY \"…\"`, ClickHouse `BY '…'`, CQL, Snowflake)"),
    ("f_win_service_creds", None, None, None, "a Windows service or account password (`sc.exe config … password= \"…\"`, `schtasks /RP`, `net user … /add`, `ConvertTo-SecureString`, `az login -p`)"),
    ("f_escaped_json_logs", None, None, None, "a secret in JSON escaped inside JSON (CloudWatch `message`, Lambda `body`, Step Functions `input`, Fluent Bit `log`, a headers string)"),
    ("f_oauth_form_bodies", None, None, None, "a secret in a form-encoded body (`grant_type=password&…&password=…%24…`, `client_secret=`, `refresh_token=` in a query, HAR `pass=`)"),
    ("f_k8s_b64_manifests", None, None, None, "a secret in a Kubernetes manifest or Helm call (base64 `data:` value, `.dockerconfigjson` `auth`, kustomize `literals`, `--set auth.postgresPassword=`, `stringData`)"),
    ("f_packer_vagrant_tf", None, None, None, "a password in Packer, Vagrant or Terraform (`password = \"…\"` in HCL, `config.ssh.password`, `terraform output -json` sensitive value, `winrm_password`, tfvars)"),
    ("f_trace_dsn_errors", None, None, None, "a credential in a stack trace or error (Go DSN `user:pw@tcp(…)`, Node Mongo URI, Ruby libpq `password=`, JDBC SQL Server `password=`, SQLAlchemy URL)"),
    ("f_cloud_shapes_new", None, None, None, "a cloud credential of another shape (IBM Cloud API key, Yandex `YCAJE…` key id and `YCN…` secret, `AQVN…` API key, Bitbucket `ATBB…` app password, Azure DevOps PAT)"),
    ("f_tokens_in_git_bots", None, None, None, "a token in git or chat-bot config (`url.…insteadOf` with `x-access-token:ghs_`, hub `oauth_token`, Hubot `xoxb-`, `xapp-`, a signing secret, an Alertmanager webhook)"),
    ("f_aws_sts_output", None, None, None, "an AWS credential in CLI output (`assume-role` JSON, `export-credentials --format env`, `credential_process` JSON, a profile)"),
    ("f_jwt_places", None, None, None, "a JWT in another place (websocket `access_token=`, gRPC metadata, kubeconfig `token:`, `#id_token=` fragment, Pulsar `token:`)"),
    ("f_pem_in_configs", None, None, None, "a private key in a config (Terraform heredoc indented, service-account JSON with `\\n`, YAML block, OpenVPN `<key>`, base64 `tls.key`)"),
    ("f_chat_creds", None, None, None, "a password given in chat prose (`temp login is user / …`, `use password …`, `the SFTP pass … is …`, `psk=`)"),
    ("f_basic_auth_proxies", None, None, None, "basic-auth credentials in a proxy or scraper config (HAProxy/nginx `Authorization \"Basic …\"`, `curl --user`, Prometheus `basic_auth`, `wget --password=`)"),
    ("f_bearer_opaque", None, None, None, "an opaque bearer token (Envoy log, OAuth token response, `grpcurl -H`, OpenShift `sha256~`, `ACCESS_TOKEN=`)"),
    ("f_monitoring_cfgs", None, None, None, "a monitoring-agent password (collectd `Password \"…\"`, Nagios `$USER3$=`, Vector `auth.password`, `sensuctl --password`, snmpd `createUser`)"),
    ("f_game_media_servers", None, None, None, "a game or media server secret (Minecraft `rcon.password=`, Icecast `<source-password>`, Murmur `serverpassword=`, `X-Plex-Token=`, SRCDS `+rcon_password`)"),
    ("f_idp_proxies", None, None, None, "an identity-proxy secret (oauth2-proxy `--client-secret`/`--cookie-secret`, Dex `secret:`, `ZITADEL_MASTERKEY`, `hydra … --secret`, authentik)"),
    ("f_barman_backup", None, None, None, "a backup-tool credential (Barman `conninfo … password=`, WAL-G AWS keys, an Azure `AccountKey=`, devcontainer `PGPASSWORD`)"),
    ("f_ide_http_files", None, None, None, "a secret in an editor file (REST Client `@token =`, SQLTools `password`, launch.json `env`, a `.http` JSON body)"),
    ("f_broker_admin", None, None, None, "a message-broker password (`mosquitto_sub -P`, `artemis create --password`, `rabbitmqadmin -p`, ActiveMQ `users.properties`)"),
    (None, "CREDIT_CARD", None, r"-", "a card number of a regional brand grouped with dashes (Mir, RuPay, Troy, Elo, Verve)"),
    (None, "CREDIT_CARD", None, r" ", "a card number of a regional brand grouped with spaces (Mir, RuPay, Troy, Elo, Verve)"),
    (None, "CREDIT_CARD", None, r"^\d{19}$", "a 19-digit card number (Verve)"),
    (None, "CREDIT_CARD", None, None, "a compact card number of a regional brand (Mir, RuPay, Troy, Elo) in a log field, SQL or XML"),
    (None, "IBAN", None, r" ", "an IBAN of a country not used before, grouped (FO, GL, LI, AD, MC, SM, MK, LV, LT, CY, MT, BH, MU, SC, LY, SD, BI, DJ, EG)"),
    (None, "IBAN", None, None, "an IBAN of a country not used before, compact (FO, GL, LI, AD, MC, SM, MK, LV, LT, CY, MT, BH, MU, SC, LY, SD, BI, DJ, EG)"),
    (None, "PERSON", None, r"[\uA500-\uA63F]", "a name in Vai script"),
    (None, "PERSON", None, r"[\uA6A0-\uA6FF]", "a name in Bamum script"),
    (None, "PERSON", None, r"[\u1B00-\u1B7F]", "a name in Balinese script"),
    (None, "PERSON", None, r"^[A-ZÀ-Þ'-]{2,}( [A-ZÀ-Þ'-]+)* [A-Z][a-zà-ÿ]", "a Latin-script name written surname first in upper case (`SHIKONGO Ndapewa`)"),
    (None, "PERSON", None, r",", "a name written `Family, Given` in a quoted CSV field"),
    (None, "PERSON", None, r"^[\w'éèëáóúíç.-]+$", "a single given name labelled alone (a greeting, a quoted chat author, a W-2 first name)"),
    (None, "PERSON", None, None, "a Latin-script name of a culture not read (Oshiwambo, Fang, Kabuverdianu, Seychellois/Mauritian, Sango, Kikongo, Tumbuka, Tokelauan, Niuean, Solomon Islands)"),
    (None, "PHONE", None, r"^\+", "a phone number in international form (CV, YE, BT, MV, BN, PG, BW, NA, MW, GY, SR, BZ, FO, LI)"),
    (None, "PHONE", None, None, "a phone number in national form (CV, YE, BT, MV, BN, PG, BW, NA, MW, GY, SR, BZ, FO, LI)"),
    (None, "US_SSN", None, r"^\d{9}$", "a US SSN as 9 bare digits in an `ssn` field"),
    (None, "US_SSN", None, r" ", "a US SSN grouped with spaces"),
    (None, "US_SSN", None, None, "a US SSN in a payroll export or form"),
    (None, "EMAIL", None, r"%40", "a URL-encoded e-mail address (`%40`) in a form body"),
    (None, "EMAIL", None, None, "an e-mail address in another place (mail-server log, git, a CLI flag, service-account JSON)"),
    (None, "IPV4", None, None, "an IPv4 address in another tool's output"),
    (None, "IPV6", r"host $", None, "an IPv6 link-local address with a zone index (`fe80::…%eth1`)"),
    (None, "IPV6", None, None, "an IPv6 address in another tool's output (BIND query log, `ip -6 neigh`, ping, Dovecot `rip=`)"),
    (None, "MAC", None, r"^[0-9a-f]{4}\.", "a MAC address in Cisco dotted notation"),
    (None, "MAC", None, r"^[0-9a-f]{6}-[0-9a-f]{6}$", "a MAC address in HP/Aruba notation (`aabbcc-ddeeff`)"),
    (None, "MAC", None, r"^[0-9A-F]{12}$", "a MAC address as 12 bare hex digits"),
    (None, "MAC", None, r"(^|:)[0-9a-f](:|$)", "a MAC address without leading zeros (BSD `arp -an`)"),
    (None, "MAC", None, None, "a MAC address in another tool's output"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("GENERIC_SECRET", None, r"%[0-9A-F]{2}", "a URL-encoded secret cut at its escape"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("CONNECTION_STRING", None, None, "a connection-string credential only partly covered"),
    ("API_KEY", None, None, "a vendor key only partly covered"),
    ("PRIVATE_KEY", None, None, "a private key only partly covered (indented or escaped lines)"),
    ("IBAN", None, None, "an IBAN only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("CREDIT_CARD", None, None, "a card number only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
]

# false redactions: (predicted type, regex before, regex on the value, kind)
FALSE = [
    ("GENERIC_SECRET", None, r"^(\$\{|\{\{|<|op://|vault:|\[REDACTED|\*+)", "a placeholder, reference or mask (`${DB_PASSWORD}`, `op://…`, `vault:…#password`, `{{ lookup(…) }}`, `<your-token-here>`, `[REDACTED]`) read as a secret"),
    ("GENERIC_SECRET", None, r"^(ENC\[|AgB|\{AQAAAB|\$ANSIBLE_VAULT)", "a ciphertext (sops `ENC[…]`, SealedSecret `AgB…`, Jenkins `{AQAAAB…}`, Ansible Vault) read as a secret"),
    ("GENERIC_SECRET", None, r"^(sha\d+-)?[0-9a-f]{16,}$|^sha\d+-", "a hex id, checksum or integrity digest read as a secret"),
    ("GENERIC_SECRET", r"(ca\.crt|settings\.json|namespace|meta-config): $", None, "a base64 value that is not secret (a CA certificate, a config document, a namespace) read as a secret"),
    ("GENERIC_SECRET", None, None, "a word after a secret-named word (a setting, a file path, a public key, a metric) read as a secret"),
    ("API_KEY", None, None, "a placeholder, masked or public value read as a vendor key"),
    ("PERSON", None, r"(Lake|Rapids|Numbat|Jellyfish|Fossa|Rollouts|Fleet|Mimir|Pulsar|Freeze|Tuesday)", "a CPU, release or product code name read as a person"),
    ("PERSON", r"Team $", None, "a team name after `Team` read as a person"),
    ("PERSON", None, None, "a word, product or place read as a person"),
    ("PHONE", None, None, "a number (id, epoch, counter, IMO, ISBN) read as a phone number"),
    ("CREDIT_CARD", None, None, "a number (order id, trace id, epoch, Snowflake id) read as a card"),
    ("IBAN", None, None, "an identifier read as an IBAN"),
    ("US_SSN", None, None, "a number (unissued SSN, id) read as an SSN"),
    ("EMAIL", None, None, "an `@` string (git remote, package spec, prompt, token@host) read as an e-mail address"),
    ("IPV4", None, None, "a version, OID or build number read as an IPv4 address"),
    ("IPV6", None, None, "a colon-separated value (time, Rust/C++ path, Redis key) read as an IPv6 address"),
    ("MAC", None, None, "a colon-separated or hex value read as a MAC address"),
    ("URL_CREDENTIALS", None, None, "a URL or URI read as URL credentials"),
    ("BASIC_AUTH", None, None, "a value read as basic-auth credentials"),
    ("BEARER_TOKEN", None, None, "a value read as a bearer token"),
    ("JWT", None, None, "a value read as a JWT"),
    ("CONNECTION_STRING", None, None, "a value read as a connection-string credential"),
    ("PRIVATE_KEY", None, None, "a value read as a private key"),
    ("AWS_ACCESS_KEY", None, None, "an IAM unique id or masked key read as an AWS access key"),
    ("AWS_SECRET_KEY", None, None, "a value read as an AWS secret key"),
    ("GITHUB_TOKEN", None, None, "a masked value read as a GitHub token"),
    ("SLACK_TOKEN", None, None, "a value read as a Slack token"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen16/pred.jsonl")
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
