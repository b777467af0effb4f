"""Failure kinds of a redactor run on unseen18, read from outputs only (the record's generator family, the gold or predicted type, the
text before the span and the value itself): leaks (gold characters no prediction covers), false redactions (predicted spans touching
no gold span), span overruns and type confusions; then leaks by record length (short pastes against long ones of 10 KB or more) and
by depth in the long ones (the first, middle and last third of the text).
   python3 kinds.py [PRED] [GOLD]     default: the last score.sh run on the committed set
A failure no rule describes is printed as `other (TYPE in family)`, so the same command tallies any build and any SEED draw."""
import collections, json, os, re, sys

SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}

# (family or None, gold type or None (with a family: its secret types), regex on the 60 characters before the span or None, regex on the value or None, kind); first match wins
LEAK = [
    (None, "GENERIC_SECRET", r"(data:\n(.|\n)*|  [\w.-]+: )$", r"^[A-Za-z0-9+/]{8,}={0,2}$", "a base64 value under a Kubernetes Secret's `data:` (password, token, `.dockerconfigjson`)"),
    ("f_kubectl_secrets_yaml", None, None, None, "a secret in `kubectl get secret -o yaml` output"),
    ("f_kubectl_describe_pods", None, None, None, "a secret in a pod spec's environment as `kubectl describe` prints it (`KEY:   value` in columns)"),
    ("f_docker_inspect", None, None, None, "a secret in `docker inspect` JSON (`\"Env\": [\"KEY=value\"]`)"),
    ("f_compose_config", None, None, None, "a secret in `docker compose config` YAML (`environment:` map)"),
    ("f_terraform_plan", None, None, None, "a secret Terraform did not mark sensitive in a plan (heredoc `user_data`, `app_settings`, Helm values, tags)"),
    ("f_terraform_state", None, None, None, "a secret in Terraform state JSON (`secret`, `password`, `result`, `private_key_pem`)"),
    ("f_helm_rendered", None, None, None, "a secret in Helm values or a rendered manifest (`stringData`, `data`, an embedded `application.yml`, `env` `value:`)"),
    ("f_env_dumps", None, r"\^@$", None, "a secret in `/proc/PID/environ` read with `cat -v` (`^@` separators)"),
    ("f_env_dumps", None, None, None, "a secret in an `env` / `printenv` / `environ` dump (`KEY=value` lines)"),
    ("f_curl_verbose", None, None, None, "a secret in `curl -v` output (`> Authorization`, `> Cookie`, `< set-cookie`, a token in the JSON body)"),
    ("f_har_export", None, None, None, "a secret in a HAR export (header `value`, cookie, URL-encoded `postData` text)"),
    ("f_ci_github_actions", None, None, None, "a secret a GitHub Actions log did not mask (derived: base64, a debug line, a remote URL, an error message)"),
    ("f_ci_gitlab_jenkins_buildkite", None, None, None, "a secret a GitLab / Jenkins / Buildkite log did not mask (`set -x` trace, agent env, backend config)"),
    ("f_crash_reports", None, None, None, "a secret in a crash report's locals or frame arguments (DSN, connection string, client field)"),
    ("f_pg_dumpall_roles", None, None, None, "a password in `pg_dumpall --roles-only` (`PASSWORD '…'`)"),
    ("f_tool_config_files", None, None, None, "a secret in a tool's own config file (`credentials.tfrc.json`, `.docker/config.json`, `.npmrc`, `.pypirc`, `.s3cfg`, `.databrickscfg`, rclone, wrangler, telegraf, `.netrc`)"),
    ("f_secrets_escaped", None, None, None, "a secret escaped inside another format (JSON in JSON, URL-encoded form, Maven XML, escaped slashes, HCL `jsonencode`)"),
    ("f_slack_export_tokens", None, None, None, "a secret pasted in a Slack export message (JSON-escaped text, code fences)"),
    ("f_ansible_inventory", None, None, None, "a secret in `ansible-inventory --list` hostvars JSON"),
    (None, "CREDIT_CARD", None, None, "a card number in a `mysqldump` tuple"),
    (None, "IBAN", None, None, "an IBAN in a dump row (SQL tuple, CSV)"),
    (None, "US_SSN", None, r"^\d{9}$", "a US SSN as 9 bare digits in a CSV export"),
    (None, "US_SSN", None, None, "a US SSN in a CSV export"),
    (None, "PERSON", None, r"[\u0B00-\u0B7F]", "a name in Odia script"),
    (None, "PERSON", None, r"[\u0980-\u09FF]", "a name in Bengali script"),
    (None, "PERSON", None, r"[\u0370-\u03FF]", "a name in Greek script"),
    (None, "PERSON", None, r"[\u0400-\u04FF]", "a name in Cyrillic (Ukrainian)"),
    (None, "PERSON", r"(givenName|sn|\d+,|,): ?$", None, "a given or family name alone in its own field (LDIF `givenName:`/`sn:`, a CSV column)"),
    (None, "PERSON", r"\"(real_name|summary|name)\": \"$", None, "a name in a JSON field of an export (`real_name`, `summary`, `name`)"),
    (None, "PERSON", r"<v $", None, "a speaker's name in a WebVTT transcript (`<v Name>`)"),
    (None, "PERSON", None, None, "a name in a dump or export row (Filipino, Portuguese, Greek, Ukrainian, Bangladeshi, English)"),
    (None, "PHONE", None, r"^\+", "a phone number in international form (PH, PT, GR, UA, BD, US, UK)"),
    (None, "PHONE", None, None, "a phone number in national form (PH, PT, GR, UA, BD, US, UK)"),
    (None, "EMAIL", r"user/$", None, "an e-mail address as an IAM user name in an ARN"),
    (None, "EMAIL", None, None, "an e-mail address in a dump, export or header"),
    (None, "IPV4", None, None, "an IPv4 address in a dump (describe, inspect, inventory, lease, neighbour table, audit log, headers)"),
    (None, "IPV6", None, None, "an IPv6 address in a dump"),
    (None, "MAC", None, r"^[0-9a-f]{4}\.", "a MAC address in Cisco dotted notation"),
    (None, "MAC", None, r"-", "a MAC address with dashes"),
    (None, "MAC", None, None, "a MAC address in a dump (inspect, leases, neighbour table, nmcli)"),
]

# partly covered values: (gold type, regex before, regex on the value, kind)
PARTIAL = [
    ("PRIVATE_KEY", None, None, "a private key only partly covered (escaped `\\n` inside JSON, or base64)"),
    ("GENERIC_SECRET", None, None, "a secret only partly covered"),
    ("CONNECTION_STRING", None, None, "a connection-string credential only partly covered"),
    ("API_KEY", None, None, "a vendor key only partly covered"),
    ("PERSON", None, None, "a name only partly covered"),
    ("PHONE", None, None, "a phone number only partly covered"),
    ("ADDRESS", None, None, "an address only partly covered"),
]

# false redactions: (family or None, predicted type or None, regex before, regex on the value, kind)
FALSE = [
    (None, None, None, r"^\*+$|MASKED", "a mask read as a secret"),
    (None, None, None, r"^(\$\{|\{\{|<|%)", "a placeholder or reference (`${{ secrets.X }}`, `{{ .Values.x }}`, `<set-in-vault>`, `%DB_PASSWORD%`) read as a secret"),
    (None, None, r"ENC\[AES256_GCM,data:$|(password|username): Ag$", None, "ciphertext (SOPS `ENC[…]`, a SealedSecret) read as a secret"),
    (None, None, r"(sha256:|sha512-|integrity\": \"|Fingerprint=|SHA256:|ssh-ed25519 |PUBLIC KEY-----\n)$", None, "a digest, integrity hash, fingerprint or public key read as a secret"),
    (None, None, r"SCRAM-SHA-256\$|\{SSHA\}|\$2b\$", None, "a password hash (SCRAM verifier, `{SSHA}`, bcrypt) read as a secret"),
    (None, None, None, r"^\$2b\$|^SCRAM|^\{SSHA\}", "a password hash (SCRAM verifier, `{SSHA}`, bcrypt) read as a secret"),
    (None, None, None, r"^[0-9a-f]{16,}$", "a hex id, digest or trace id read as a secret"),
    (None, None, None, r"^[0-9a-f]{8}-[0-9a-f]{4}-", "a UUID read as a secret or number"),
    (None, "IPV4", None, None, "a version, OID or CIDR read as an IPv4 address"),
    (None, "IPV6", None, None, "a colon-separated value read as an IPv6 address"),
    (None, "MAC", None, None, "a colon-separated value (fingerprint) read as a MAC address"),
    (None, "PERSON", None, None, "a word, product, bot, team or tool read as a person"),
    (None, "PHONE", None, None, "a number (id, count, timestamp) read as a phone number"),
    (None, "CREDIT_CARD", None, None, "a number read as a card"),
    (None, "EMAIL", None, None, "a `x@host` string that is not a mailbox (Message-ID, image ref) read as an e-mail address"),
    (None, "US_SSN", None, None, "a number read as an SSN"),
    (None, "IBAN", None, None, "an identifier read as an IBAN"),
    (None, "GENERIC_SECRET", r"(_FILE|_NAME|_ARN|_HEADER|_LENGTH|_SECONDS|secretKeyRef:\n.*|name|key)[=:] ?$", None, "a variable that names a secret (a file path, a secret name, a key name) read as a secret"),
    (None, None, None, None, "a non-secret value in a dump read as a secret"),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.join(here, "..", "..", "..")
    pred_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "artifacts/bench/unseen18/pred.jsonl")
    gold_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "records.jsonl")
    gold = {r["id"]: r for r in map(json.loads, open(gold_p, encoding="utf-8"))}
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(pred_p, encoding="utf-8"))}
    leaks = collections.defaultdict(lambda: [set(), 0, 0, ""])
    false = collections.defaultdict(lambda: [set(), set(), 0, 0])
    overrun, confusion = [set(), 0], collections.Counter()
    by_len = collections.defaultdict(lambda: [0, 0, 0, 0])  # gold entities, gold characters, entities leaked whole or partly, leaked characters
    for rid, r in gold.items():
        t, ps, gs = r["text"], pred.get(rid, []), r["entities"]
        long_ = len(t) >= 10000
        for g in gs:
            cov = [any(p["start"] <= i < p["end"] for p in ps) for i in range(g["start"], g["end"])]
            for p in ps:
                if max(g["start"], p["start"]) < min(g["end"], p["end"]) and p["type"] != g["type"]:
                    confusion[(g["type"], p["type"], r["family"])] += 1
            lk = cov.count(False)
            cls = "secret" if g["type"] in SECRET else "PII"
            key = (cls, "long, %s third" % ("first", "middle", "last")[min(2, 3 * g["start"] // len(t))] if long_ else "short")
            b = by_len[key]
            b[0] += 1; b[1] += g["end"] - g["start"]; b[2] += lk > 0; b[3] += lk
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
                    if ((fam is None or fam == r["family"]) and (typ == g["type"] if typ else fam is None or g["type"] in SECRET) and (rx is None or re.search(rx, before))
                            and (vrx is None or re.search(vrx, value))):
                        kind = k
                        break
            a = leaks[kind]
            a[0].add(rid); a[1] += 1; a[2] += lk
            a[3] = cls
        for p in ps:
            if any(max(g["start"], p["start"]) < min(g["end"], p["end"]) for g in gs):
                out = sum(1 for i in range(p["start"], p["end"]) if not any(g["start"] <= i < g["end"] for g in gs))
                if out:
                    overrun[0].add(rid); overrun[1] += out
                continue
            before, value = t[max(0, p["start"] - 60):p["start"]], t[p["start"]:p["end"]]
            kind = "other (%s in %s)" % (p["type"], r["family"])
            for fam, typ, rx, vrx, k in FALSE:
                if (fam is None or fam == r["family"]) and (typ is None or typ == p["type"]) and (rx is None or re.search(rx, before)) and (vrx is None or re.search(vrx, value)):
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
    print("\nLeaks by paste length and depth\n| class | where | gold entities | leaked (whole or part) | gold characters | leaked characters |\n|---|---|---|---|---|---|")
    for (cls, where), (n, ch, ln, lch) in sorted(by_len.items()):
        print("| %s | %s | %d | %d | %d | %d |" % (cls, where, n, ln, ch, lch))
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
