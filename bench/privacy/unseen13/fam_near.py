"""Near-miss families of unseen13: text that looks like secrets or personal data and holds neither (nothing may be redacted)."""
import uuid
from gen import T, s, hexs, b64, LOW, UP, DIG, ALNUM, luhn_complete
from people import sundanese, buginese, meetei, coptic


def ts(r):
    return "2026-12-%02d %02d:%02d:%02d" % (r.randrange(1, 8), r.randrange(24), r.randrange(60), r.randrange(60))


def hn(r):
    return r.choice(["cp-1", "ctrl-a", "node-07", "edge-2", "stor-03"]) + "." + r.choice(["int.example.net", "lab.example.org"])


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ------------------------------------------------------------------ the same tools' public halves, ids and empty values
def f_near_same_tools(r, k):
    v = k % 8
    if v == 0:
        return "synthetic/kubeadm-certs", T("[check-expiration] Reading configuration from the cluster...\nCERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED\nadmin.conf                 Dec 0", str(r.randrange(1, 8)),
                                            ", 2027 09:12 UTC   364d            ca                      no\napiserver                  Dec 0", str(r.randrange(1, 8)), ", 2027 09:12 UTC   364d            ca                      no\n")
    if v == 1:
        return "synthetic/zmq-public-cert", T("#   ZeroMQ CURVE Public Certificate\n#   Exchange securely, or use a secure mechanism to verify the contents\n\nmetadata\n    name = \"", hn(r).split(".")[0], "\"\ncurve\n    public-key = \"",
                                              s(r, 40, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"), "\"\n")
    if v == 2:
        return "synthetic/garage-key-list", T("$ garage key list\nID                          Created     Name\nGK", hexs(r, 24), "  2026-12-0", str(r.randrange(1, 8)), "  backup-key\nGK", hexs(r, 24), "  2026-11-2", str(r.randrange(10)), "  shipper\n")
    if v == 3:
        return "synthetic/jitsi-env-empty", T("# Security\n#\n# Set these to strong passwords to avoid intruders from impersonating a service account\n# The service(s) won't start unless these are specified\n# Running ./gen-passwords.sh will update .env with strong passwords\n# You may skip the Jigasi and Jibri passwords if you are not using those\n# DO NOT reuse passwords\n#\n\n# XMPP password for Jicofo client connections\nJICOFO_AUTH_PASSWORD=\n\n# XMPP password for JVB client connections\nJVB_AUTH_PASSWORD=\n")
    if v == 4:
        return "synthetic/racf-listuser", T("LISTUSER ", r.choice(["OPSJOB", "BATCH01"]), "\nUSER=", r.choice(["OPSJOB", "BATCH01"]), "  NAME=BATCH SCHEDULER  OWNER=SYS1  CREATED=26.", str(r.randrange(100, 340)),
                                            "\n DEFAULT-GROUP=BATCH  PASSDATE=26.", str(r.randrange(100, 340)), " PASS-INTERVAL= 90 PHRASEDATE=N/A\n ATTRIBUTES=PROTECTED\n")
    if v == 5:
        return "synthetic/spacelift-key-list", T("$ spacectl whoami\nAPI key ID:   ", s(r, 26, UP + DIG), "\nName:         ci-readonly\nSecret:       (shown once at creation)\n")
    if v == 6:
        return "synthetic/checkmk-automation-user", T("Automation user: automation\nAuthentication: automation secret (stored in var/check_mk/web/automation/automation.secret)\nRoles: admin\n")
    return "synthetic/xauth-info", T("$ xauth info\nAuthority file:       /home/ops/.Xauthority\nFile new:             no\nFile locked:          no\nNumber of entries:    ", str(r.randrange(1, 4)), "\nChanges honored:      yes\n")


# ------------------------------------------------------------------ secret words around values that are not secrets
def f_near_context_words(r, k):
    v = k % 8
    if r.random() < 0.4:
        alt = [("synthetic/kubectl-get-secret", "NAME                 TYPE                                  DATA   AGE\ndb-password          Opaque                                3      %dd\nregistry-token       kubernetes.io/dockerconfigjson        1      %dd\n" % (r.randrange(2, 90), r.randrange(2, 90))),
               ("synthetic/openapi-schema", "LoginRequest:\n  type: object\n  required: [username, password]\n  properties:\n    password:\n      type: string\n      format: password\n      minLength: %d\n" % r.choice([8, 12, 14])),
               ("synthetic/token-response-log", "token response: {\"token_type\": \"Bearer\", \"expires_in\": %d, \"scope\": \"openid profile\"} (access_token omitted)\n" % r.choice([300, 3600])),
               ("synthetic/helm-schema", "\"adminPassword\": {\"type\": \"string\", \"secret\": true, \"default\": \"\"},\n\"apiToken\": {\"type\": \"string\", \"secret\": true}\n"),
               ("synthetic/sshd-config", "PasswordAuthentication no\nPermitRootLogin prohibit-password\nAuthenticationMethods publickey\nMaxAuthTries %d\n" % r.randrange(3, 7))]
        a = alt[(k + r.randrange(5)) % 5]
        return a[0], T(a[1])
    if v == 0:
        return "synthetic/user-json", T("{\"id\": ", str(r.randrange(10 ** 5, 10 ** 6)), ", \"password_changed_at\": \"", ts(r).replace(" ", "T"), "Z\", \"password_hash_algo\": \"argon2id\", \"password_expires_in_days\": 90}\n")
    if v == 1:
        return "synthetic/ad-user", T("PasswordLastSet       : 12/", str(r.randrange(1, 8)), "/2026 9:1", str(r.randrange(10)), ":02 AM\nPasswordNeverExpires  : False\npwdLastSet            : 1343", str(r.randrange(10 ** 13, 10 ** 14)), "\n")
    if v == 2:
        return "synthetic/oidc-discovery", T("{\"issuer\":\"https://sso.example.com\",\"token_endpoint\":\"https://sso.example.com/oauth2/token\",\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"private_key_jwt\"]}\n")
    if v == 3:
        return "synthetic/vault-kv-metadata", T("======= Secret Path =======\nkv/data/billing/db\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       ", ts(r).replace(" ", "T"),
                                                ".118Z\ncustom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\nversion            ", str(r.randrange(2, 30)), "\n")
    if v == 4:
        return "synthetic/helm-values", T("auth:\n  enabled: true\n  passwordless: false\n  secretKeys:\n    adminPasswordKey: admin-password\n  existingSecret: ", r.choice(["pg-auth", "redis-auth", "app-creds"]), "\n")
    if v == 5:
        return "synthetic/session-config", T("session.cookie_secure = 1\nsession.cookie_httponly = 1\nsession.token_ttl = ", str(r.choice([900, 1800, 3600])), "\nsession.secret_rotation_days = 30\n")
    if v == 6:
        return "synthetic/key-policy", T("key_size: 4096\nkey_algorithm: RSA\nsecret_version: ", str(r.randrange(1, 20)), "\nrotate_token_after: 720h\n")
    return "synthetic/auth-log", T(ts(r), " sshd[", str(r.randrange(1000, 99999)), "]: Accepted password for deploy from host ", hn(r), " port ", str(r.randrange(30000, 65000)), " ssh2\n")


# ------------------------------------------------------------------ LLM usage, tokenizers and streamed tokens
def f_near_llm(r, k):
    v = k % 6
    if v == 0:
        p = r.randrange(100, 9000)
        c = r.randrange(10, 2000)
        return "synthetic/llm-usage-json", T("{\"id\":\"chatcmpl-", s(r, 29, ALNUM), "\",\"usage\":{\"prompt_tokens\":", str(p), ",\"completion_tokens\":", str(c), ",\"total_tokens\":", str(p + c), "}}\n")
    if v == 1:
        return "synthetic/tokenizer-json", T("    \"Ġpassword\": ", str(r.randrange(1000, 50000)), ",\n    \"Ġsecret\": ", str(r.randrange(1000, 50000)), ",\n    \"Ġtoken\": ", str(r.randrange(1000, 50000)), ",\n")
    if v == 2:
        return "synthetic/sse-stream", T("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" the password\"}}\n\nevent: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" policy requires\"}}\n")
    if v == 3:
        return "synthetic/vllm-log", T("INFO ", ts(r)[5:], " metrics.py:351] Avg prompt throughput: ", str(r.randrange(10, 900)), ".", str(r.randrange(10)), " tokens/s, Avg generation throughput: ", str(r.randrange(10, 90)), ".", str(r.randrange(10)),
                                       " tokens/s, Running: 3 reqs, GPU KV cache usage: ", str(r.randrange(1, 99)), ".0%\n")
    if v == 4:
        return "synthetic/logprobs", T("{\"token\":\"secret\",\"logprob\":-0.", str(r.randrange(10 ** 5, 10 ** 6)), ",\"bytes\":[115,101,99,114,101,116]},{\"token\":\"_key\",\"logprob\":-1.", str(r.randrange(10 ** 5, 10 ** 6)), "}\n")
    return "synthetic/token-ids", T(">>> tok.encode(\"reset my password\")\n[", ", ".join(str(r.randrange(100, 128000)) for _ in range(4)), "]\n>>> len(_)\n4\n")


# ------------------------------------------------------------------ software supply-chain metadata (public by design)
def f_near_supply_chain(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/rekor-entry", T("{\n  \"logID\": \"", hexs(r, 64), "\",\n  \"logIndex\": ", str(r.randrange(10 ** 8, 10 ** 9)), ",\n  \"integratedTime\": 17333", str(r.randrange(10 ** 5, 10 ** 6)),
                                          ",\n  \"verification\": {\"signedEntryTimestamp\": \"", b64(r, 70), "\"}\n}\n")
    if v == 1:
        return "synthetic/tuf-root", T("\"keys\": {\n  \"", hexs(r, 64), "\": {\n    \"keytype\": \"ed25519\",\n    \"scheme\": \"ed25519\",\n    \"keyval\": {\"public\": \"", hexs(r, 64), "\"}\n  }\n}\n")
    if v == 2:
        return "synthetic/in-toto-link", T("{\"_type\":\"link\",\"name\":\"build\",\"products\":{\"dist/app.tar.gz\":{\"sha256\":\"", hexs(r, 64), "\"}},\"byproducts\":{\"return-value\":0}}\n")
    if v == 3:
        return "synthetic/slsa-provenance", T("\"subject\": [{\"name\": \"ghcr.io/example/api\", \"digest\": {\"sha256\": \"", hexs(r, 64), "\"}}],\n\"builder\": {\"id\": \"https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_container_slsa3.yml@refs/tags/v2.0.0\"}\n")
    if v == 4:
        return "synthetic/cyclonedx", T("{\"type\":\"library\",\"name\":\"jackson-databind\",\"version\":\"2.18.2\",\"purl\":\"pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.18.2\",\"hashes\":[{\"alg\":\"SHA-512\",\"content\":\"", hexs(r, 128), "\"}]}\n")
    return "synthetic/notary-list", T("$ notary list registry.example.com/app\nNAME      DIGEST                                                              SIZE (BYTES)    ROLE\n----      ------                                                              ------------    ----\nv", str(r.randrange(1, 9)), ".", str(r.randrange(10)), "      ",
                                      hexs(r, 64), "    ", str(r.randrange(1000, 9999)), "            targets\n")


# ------------------------------------------------------------------ four-part and build versions of this set's products
def f_near_versions(r, k):
    items = ["Kubernetes v1.31.%d+k3s1" % r.randrange(1, 9), "IBM Db2 11.5.9.0", "DSM 7.2.2-72806 Update %d" % r.randrange(1, 4), "TrueNAS-SCALE-24.10.0.%d" % r.randrange(1, 4),
             "QEMU emulator version 9.1.2 (pve-qemu-kvm_9.1.2-3)", "OPC UA .NET Standard 1.5.374.%d" % r.randrange(10, 200), "Checkmk 2.3.0p%d" % r.randrange(10, 30),
             "Microsoft Windows [Version 10.0.26100.%d]" % r.randrange(1000, 3000), "signtool 10.0.22621.%d" % r.randrange(1, 4000), "z/OS 03.01.00", "Jitsi Meet stable-%d" % r.randrange(9000, 9999),
             "Garage v1.0.%d [features: k2v, lmdb, sqlite]" % r.randrange(0, 3), "Keepalived v2.3.%d (11/03,2024)" % r.randrange(0, 3), "IBM MQ 9.4.1.0", "Node-RED v4.0.%d" % r.randrange(1, 9)]
    r.shuffle(items)
    return "synthetic/version-inventory", T("host ", hn(r), " inventory:\n", "\n".join("  " + x for x in items[:3]), "\n")


# ------------------------------------------------------------------ payment and securities identifiers (not personal)
def _mod97_10(body):
    n = int("".join(str(int(c, 36)) for c in body + "00"))
    return "%02d" % (98 - n % 97)


def creditor_id(r):
    cc = r.choice(["DE", "AT", "NL", "FR", "IT"])
    nat = s(r, 11, DIG)
    return cc + _mod97_10(nat + cc) + "ZZZ" + nat


def lei(r):
    body = s(r, 4, DIG) + "00" + s(r, 12, UP + DIG)
    return body + _mod97_10(body)


def isin(r):
    cc = r.choice(["US", "CL", "PE", "KE", "PT"])
    body = cc + s(r, 9, UP + DIG)
    digits = "".join(str(int(c, 36)) for c in body)
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
        tot += d // 10 + d % 10
    return body + str((10 - tot % 10) % 10)


def f_near_finance_ids(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/sepa-dd", T("<CdtrSchmeId><Id><PrvtId><Othr><Id>", creditor_id(r), "</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>\n<MndtId>MNDT-", s(r, 10, UP + DIG), "</MndtId>\n")
    if v == 1:
        return "synthetic/mt103-header", T("{1:F01", r.choice(["DEUTDEFFAXXX", "BCEELULLXXX", "CITIUS33AXXX", "BNPAFRPPXXX"]), str(r.randrange(10 ** 9, 10 ** 10)), "}{2:O103", str(r.randrange(1000, 9999)), "261207",
                                           r.choice(["BSCHCLRMXXXX", "BCPLPEPLXXXX", "KCBLKENXXXXX"]), "}{3:{121:", uid(r), "}}\n:20:", s(r, 12, UP + DIG), "\n:32A:261207USD", str(r.randrange(1000, 99999)), ",00\n")
    if v == 2:
        return "synthetic/gleif-record", T("{\"lei\":\"", lei(r), "\",\"entity\":{\"legalName\":\"", r.choice(["Andes Logistics S.A.", "Meridian Grid Ltd", "Kivu Agro SARL"]), "\",\"status\":\"ACTIVE\"}}\n")
    if v == 3:
        return "synthetic/portfolio-csv", T("isin,qty,price\n", isin(r), ",", str(r.randrange(1, 900)), ",", str(r.randrange(10, 400)), ".", str(r.randrange(10, 99)), "\n", isin(r), ",", str(r.randrange(1, 900)), ",12.40\n")
    if v == 4:
        return "synthetic/ach-file", T("101 ", r.choice(["021000021", "011000015", "122105278"]), " ", s(r, 10, DIG), "2612070914A094101FEDERAL RESERVE BANK   ACME PAYROLL\n")
    return "synthetic/uetr-trace", T("gpi tracker: uetr=", uid(r), " status=ACCC charges=0.00 USD hops=", str(r.randrange(2, 5)), "\n")


# ------------------------------------------------------------------ logistics codes shaped like phones, cards or IBANs
def container_no(r):
    owner = r.choice(["MSCU", "MAEU", "CMAU", "HLXU", "ONEU"])
    ser = s(r, 6, DIG)
    vals = {c: v for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}
    tot = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + ser))
    return owner, ser, str(tot % 11 % 10)


def f_near_logistics(r, k):
    v = k % 6
    if v == 0:
        o, sr, c = container_no(r)
        return "synthetic/container-gate", T("GATE-IN ", ts(r), " container ", o, " ", sr, " ", c, " size 45G1 seal ", s(r, 7, DIG), "\n")
    if v == 1:
        return "synthetic/ais-nmea", T("MMSI ", r.choice(["725", "760", "636", "538"]), s(r, 6, DIG), "  SOG 11.2 kn  COG 184  dest ", r.choice(["CLSAI", "PECLL", "KEMBA", "MYPKG"]), "\n")
    if v == 2:
        ser = s(r, 7, DIG)
        return "synthetic/air-waybill", T("AWB ", r.choice(["176", "045", "057", "618"]), "-", ser, str(int(ser) % 7), " pcs 3 wt 41.5 kg ", r.choice(["SCL-MIA", "LIM-AMS", "NBO-DXB"]), "\n")
    if v == 3:
        return "synthetic/customs-line", T("HS ", r.choice(["8471.30.01.00", "8517.62.00.90", "8504.40.95.90"]), "  origin ", r.choice(["CN", "MY", "VN"]), "  EORI ", r.choice(["DE", "NL", "PT"]), s(r, 13, DIG), "\n")
    if v == 4:
        return "synthetic/booking-ref", T("Booking ", s(r, 9, DIG), " / BL ", r.choice(["MEDU", "MAEU"]), s(r, 8, DIG), " / voyage ", s(r, 3, DIG), "W\n")
    return "synthetic/sscc-label", T("(00) ", "3" + s(r, 16, DIG) + str(r.randrange(10)), "  (02) ", s(r, 14, DIG), "  (37) ", str(r.randrange(1, 99)), "\n")


# ------------------------------------------------------------------ documentation placeholders and references for this set's secrets
def f_near_placeholders(r, k):
    v = k % 8
    items = [
        ("synthetic/kubeadm-docs", "kubeadm join <control-plane-host>:<port> --token <token> --discovery-token-ca-cert-hash sha256:<hash>\n"),
        ("synthetic/symfony-yaml", "framework:\n    secret: '%env(APP_SECRET)%'\n"),
        ("synthetic/hive-site-template", "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>${hive.metastore.password}</value>\n</property>\n"),
        ("synthetic/terraform-var", "provider \"postgresql\" {\n  password = var.pg_admin_password\n}\n"),
        ("synthetic/nomad-vault-template", "{{ with secret \"kv/data/app\" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}\n"),
        ("synthetic/signtool-ci", "signtool sign /f %CERT_PATH% /p %CERT_PASSWORD% /fd SHA256 dist\\Setup.exe\n"),
        ("synthetic/gh-actions", "        env:\n          CSC_KEY_PASSWORD: ${{ secrets.CSC_KEY_PASSWORD }}\n          TAURI_SIGNING_PRIVATE_KEY: ${{ secrets.TAURI_KEY }}\n"),
        ("synthetic/jcl-symbolic", "//LOAD     JOB (ACCT),'NIGHTLY',USER=&SYSUID,PASSWORD=&PW\n"),
        ("synthetic/turnserver-sample", "# static-auth-secret=north\n# user=username1:password1\n"),
        ("synthetic/pgbouncer-docs", "\"username\" \"md5<md5 of password+username>\"\n"),
        ("synthetic/livekit-docs", "keys:\n  <api-key>: <api-secret>\n"),
        ("synthetic/atlantis-docs", "atlantis server --gh-user=<user> --gh-token=\"$TOKEN\" --gh-webhook-secret=\"$SECRET\"\n"),
    ]
    a = items[(k + r.randrange(len(items))) % len(items)] if k >= 8 else items[v]
    return a[0], T("# from the runbook, step ", str(r.randrange(2, 9)), "\n", a[1])


# ------------------------------------------------------------------ object dumps with empty, null or masked secrets
def f_near_object_dumps(r, k):
    v = k % 8
    if v == 0:
        return "synthetic/php-var-dump", T("array(3) {\n  [\"user\"]=>\n  string(3) \"app\"\n  [\"password\"]=>\n  NULL\n  [\"port\"]=>\n  int(5432)\n}\n")
    if v == 1:
        return "synthetic/java-char-array", T("DataSourceConfig{url=jdbc:postgresql://", hn(r), "/orders, user=app, password=[C@", hexs(r, 8), "}\n")
    if v == 2:
        return "synthetic/powershell-networkcredential", T("UserName       Password SecurePassword         Domain\n--------       -------- --------------         ------\nsvc_backup              System.Security.SecureString CORP\n")
    if v == 3:
        return "synthetic/go-struct", T("config: {Host:", hn(r), " Port:5432 User:app Password: SSLMode:verify-full}\n")
    if v == 4:
        return "synthetic/axios-redacted", T("  config: {\n    auth: { username: 'svc_sync', password: '[REDACTED]' },\n    url: 'https://", hn(r), "/api/v2/sync'\n  }\n")
    if v == 5:
        return "synthetic/kotlin-data-class", T("D/Auth: LoginRequest(username=ops, password=null, otp=null, rememberMe=false)\n")
    if v == 6:
        return "synthetic/erlang-proplist", T("arguments: [[{host,\"", hn(r), "\"},{username,\"app\"},{password,\"******\"},{database,\"orders\"}]]\n")
    return "synthetic/lua-inspect", T("{\n  host = \"", hn(r), "\",\n  password = nil,\n  port = 6379\n}\n")


# ------------------------------------------------------------------ things named like people that are not people
def f_near_not_people(r, k):
    lines = [
        "Assignee: Platform Team\nReporter: Service Desk\n",
        "Verantwortlich: Team Zahlungsverkehr\nVertretung: Bereitschaftsdienst\n",
        "Ответственный: Группа эксплуатации\nИсполнитель: Дежурная смена\n",
        "Responsable : Équipe Réseau\nContact : Centre de services\n",
        "Sorumlu: Altyapı Ekibi\nOnaylayan: Değişiklik Kurulu\n",
        "Owner: sre-oncall\nReviewer: dependabot[bot]\nApproved: Change Advisory Board\n",
        "Ügyintéző: Ügyfélszolgálat\nFelelős: Hálózati csoport\n",
        "Yhteyshenkilö: Palvelukeskus\nVastuuhenkilö: Päivystys\n",
        "Queueing note: by Little's law the backlog drains in 40 min; see also Amdahl's law for the fan-out.\n",
        "Matching uses Levenshtein distance and a Bloom filter; routing is Dijkstra over the site graph.\n",
        "Typhoon Kong-rey and Cyclone Chido are tracked on the weather board; flights via JKIA rebooked.\n",
        "Node pools: curie, hopper, lovelace, turing (names of the rack rows, not of people).\n",
    ]
    idx = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9][k % 10] if k < 10 else r.randrange(len(lines))
    if k % 10 >= 8:
        idx = 8 + (k + r.randrange(4)) % 4
    return "synthetic/labels-not-people", T("Ticket ", str(r.randrange(10 ** 4, 10 ** 5)), "\n", lines[idx])


# ------------------------------------------------------------------ words and places in the new scripts
def f_near_script_words(r, k):
    v = k % 8
    if v == 0:
        return "synthetic/locale-list", T("su-Sund-ID  ", sundanese("Basa Sunda"), "\nbug-Bugi-ID  ", buginese("Basa Ugi"), "\nmni-Mtei-IN  ", meetei("Manipuri"), "\n")
    if v == 1:
        return "synthetic/place-sundanese", T("kota: ", sundanese(r.choice(["Bandung", "Sumedang", "Garut", "Tasikmalaya", "Cianjur"])), " — gudang 3\n")
    if v == 2:
        return "synthetic/place-buginese", T("wilayah: ", buginese(r.choice(["Bone", "Wajo", "Soppeng", "Sidenreng"])), " (kabupaten)\n")
    if v == 3:
        return "synthetic/place-meetei", T("district: ", meetei(r.choice(["Imphal", "Thoubal", "Bishnupur", "Kakching"])), "\n")
    if v == 4:
        return "synthetic/coptic-liturgy", T("hymn: ", coptic(r.choice(["kurie eleEson", "alElouia", "amEn", "doxa patri"])), " (response)\n")
    if v == 5:
        return "synthetic/cities-ru", T("Склады: ", ", ".join(r.sample(["Кызыл", "Элиста", "Улан-Удэ", "Сухум", "Ижевск", "Сыктывкар", "Махачкала"], 3)), "\n")
    if v == 6:
        return "synthetic/font-list", T("fc-list | grep -i noto\n/usr/share/fonts/noto/NotoSansSundanese-Regular.ttf: Noto Sans Sundanese:style=Regular\n/usr/share/fonts/noto/NotoSansMeeteiMayek-Regular.ttf: Noto Sans Meetei Mayek:style=Regular\n/usr/share/fonts/noto/NotoSansCoptic-Regular.ttf: Noto Sans Coptic:style=Regular\n")
    return "synthetic/ui-strings-tyv", T("menu.logout = Үнер\nmenu.help = Дуза\nmenu.settings = Тургузуглар\n")


# ------------------------------------------------------------------ masked and hashed personal data
def f_near_masked(r, k):
    v = k % 6
    num = luhn_complete("4", 16, r)
    if v == 0:
        return "synthetic/masked-card", T("charge.succeeded card=", num[:6], "******", num[-4:], " brand=visa 3ds=frictionless\n")
    if v == 1:
        return "synthetic/masked-phone", T("OTP sent to +56 9 **** **", str(r.randrange(10, 99)), " (channel sms)\n")
    if v == 2:
        return "synthetic/hashed-email", T("{\"event\":\"signup\",\"email_sha256\":\"", hexs(r, 64), "\",\"country\":\"CL\"}\n")
    if v == 3:
        return "synthetic/masked-iban", T("Payout to PT50 **** **** **** **** *", str(r.randrange(1000, 9999)), " 5 scheduled\n")
    if v == 4:
        return "synthetic/card-bin", T("bin_lookup bin=", num[:6], " scheme=VISA type=DEBIT issuer_country=PE last4=", num[-4:], "\n")
    return "synthetic/masked-name", T("Customer: J*** T***, account ending ", str(r.randrange(1000, 9999)), "\n")


# ------------------------------------------------------------------ address-shaped values that are not host addresses
def f_near_addr_like(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/snmpwalk", T("SNMPv2-SMI::enterprises.2636.3.1.13.1.", str(r.randrange(5, 9)), ".9.1.0.0 = STRING: \"FPC: MPC7E\"\n")
    if v == 1:
        return "synthetic/multicast-macs", T("bridge mdb show\ndev br0 port vxlan0 grp 01:00:5e:", "%02x" % r.randrange(128), ":", "%02x" % r.randrange(256), ":", "%02x" % r.randrange(256), " temp\ndev br0 port eth1 grp 33:33:00:00:00:fb permanent\n")
    if v == 2:
        return "synthetic/ifconfig-masks", T("inet 127.0.0.1  netmask 255.0.0.0\ninet6 ::1  prefixlen 128  scopeid 0x10<host>\nbroadcast 0.0.0.0\n")
    if v == 3:
        return "synthetic/smpte-timecode", T("ltc: ", "%02d:%02d:%02d:%02d" % (r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(25)), " drop=0 fps=25\n")
    if v == 4:
        return "synthetic/oid-list", T("1.3.6.1.4.1.", str(r.randrange(1000, 60000)), ".1.2.", str(r.randrange(1, 9)), "  sysUpTime\n1.3.6.1.2.1.2.2.1.10.", str(r.randrange(1, 48)), "  ifInOctets\n")
    return "synthetic/lacp", T("System ID: 32768,00-00-00-00-00-00 (not negotiated)\nPartner key: ", str(r.randrange(1, 100)), "\n")


# ------------------------------------------------------------------ password words in other languages, no value
def f_near_lang_prose(r, k):
    lines = ["Şifreniz başarıyla değiştirildi.", "Λάθος κωδικός πρόσβασης. Δοκιμάστε ξανά.", "Parola a expirat, vă rugăm s-o schimbați.", "Fel lösenord för användaren.",
             "Невірний пароль. Спробуйте ще раз.", "비밀번호가 만료되었습니다.", "รหัสผ่านไม่ถูกต้อง", "הסיסמה שגויה", "رمز عبور اشتباه است", "Pogrešna lozinka, pokušajte ponovno.",
             "Lozinka je u trezoru, ne šaljite je e-poštom.", "Şifre kasada, sohbete yazmayın lütfen.", "Slaptažodis saugomas slaptažodžių tvarkyklėje."]
    idx = (k + r.randrange(len(lines))) % len(lines)
    return "synthetic/ui-message", T("[", ts(r), "] ", lines[idx], "\n")


# ------------------------------------------------------------------ ciphertexts
def f_near_encrypted(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/zuul-secret", T("- secret:\n    name: site-creds\n    data:\n      password: !encrypted/pkcs1-oaep\n        - ", b64(r, 120), "\n")
    if v == 1:
        return "synthetic/cirrus-yml", T("env:\n  DOCKER_PASSWORD: ENCRYPTED[", hexs(r, 96), "]\n")
    if v == 2:
        return "synthetic/travis-yml", T("env:\n  global:\n    - secure: \"", b64(r, 256), "\"\n")
    if v == 3:
        return "synthetic/age-armor", T("-----BEGIN AGE ENCRYPTED FILE-----\n", b64(r, 48), "\n", b64(r, 36), "\n-----END AGE ENCRYPTED FILE-----\n")
    if v == 4:
        return "synthetic/etcdctl-get", T("/registry/secrets/default/db-creds\nk8s:enc:aescbc:v1:key1:", b64(r, 60), "\n")
    if v == 5:
        return "synthetic/laravel-encrypted", T("APP_KEY is set; payload: eyJpdiI6I", b64(r, 90, pad=False), "\n")
    return "synthetic/rails-credentials-enc", T("$ cat config/credentials.yml.enc\n", b64(r, 72), "--", b64(r, 9), "--", b64(r, 12), "\n")


# ------------------------------------------------------------------ public keys and ids named like secrets
def f_near_public_ids(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/turnstile-html", T("<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA", s(r, 14, ALNUM), "\" data-theme=\"light\"></div>\n")
    if v == 1:
        return "synthetic/recaptcha-html", T("<div class=\"g-recaptcha\" data-sitekey=\"6L", s(r, 38, ALNUM + "-_"), "\"></div>\n")
    if v == 2:
        return "synthetic/pkce-authorize", T("GET /oauth2/authorize?response_type=code&client_id=", s(r, 20, LOW + DIG), "&code_challenge=", b64(r, 32, urlsafe=True, pad=False), "&code_challenge_method=S256&state=", s(r, 8, LOW + DIG), "\n")
    if v == 3:
        return "synthetic/vapid-public", T("const applicationServerKey = urlBase64ToUint8Array('B", b64(r, 64, urlsafe=True, pad=False), "');\n")
    if v == 4:
        return "synthetic/jwks-kid", T("{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"", s(r, 22, ALNUM), "\",\"x\":\"", b64(r, 32, urlsafe=True, pad=False), "\",\"y\":\"", b64(r, 32, urlsafe=True, pad=False), "\"}]}\n")
    return "synthetic/apple-app-site", T("{\"applinks\":{\"details\":[{\"appIDs\":[\"", s(r, 10, UP + DIG), ".com.example.app\"],\"components\":[{\"/\":\"/reset-password/*\"}]}]}}\n")


# ------------------------------------------------------------------ errors that name a credential but print none
def f_near_errors(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/psycopg-error", T("psycopg.OperationalError: connection failed: connection to server at \"", hn(r), "\", port 5432 failed: FATAL:  password authentication failed for user \"app\"\n")
    if v == 1:
        return "synthetic/db2-error", T("SQL30082N  Security processing failed with reason \"24\" (\"USERNAME AND/OR PASSWORD INVALID\").  SQLSTATE=08001\n")
    if v == 2:
        return "synthetic/racf-error", T("ICH408I USER(", r.choice(["OPSJOB", "BATCH01"]), ") GROUP(BATCH   ) NAME(BATCH SCHEDULER     )\n  LOGON/JOB INITIATION - INVALID PASSWORD\nIRR013I VERIFICATION FAILED. INVALID PASSWORD GIVEN.\n")
    if v == 3:
        return "synthetic/opcua-error", T("[", ts(r), "] BadUserAccessDenied (0x801F0000): User does not have permission to perform the requested operation. identity=UserName policy=username_basic256\n")
    if v == 4:
        return "synthetic/signtool-error", T("SignTool Error: The specified PFX password is not correct.\nNumber of files successfully Signed: 0\nNumber of errors: 1\n")
    return "synthetic/sentinel-log", T(str(r.randrange(1000, 9999)), ":X 07 Dec 2026 09:1", str(r.randrange(10)), ":02.118 # -sdown master mymaster ", hn(r), " 6379\n",
                                       str(r.randrange(1000, 9999)), ":X 07 Dec 2026 09:1", str(r.randrange(10)), ":03.001 # +auth-pass-changed master mymaster\n")


# ------------------------------------------------------------------ CI and deploy logs with masked values
def f_near_ci_masked(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/dagger-masked", T("+ REG_PASS=*** dagger call deploy --kubeconfig=file:./kubeconfig\n✔ connect 0.3s\n")
    if v == 1:
        return "synthetic/env0-masked", T("[env0] Setting environment variables: ENV0_API_KEY=******** ENV0_API_SECRET=******** TF_VAR_region=eu-west-1\n")
    if v == 2:
        return "synthetic/forgejo-actions", T("::add-mask::***\nRun docker login -u ci -p *** registry.example.com\nLogin Succeeded\n")
    if v == 3:
        return "synthetic/codefresh-log", T("Executing command: codefresh auth create-context prod --api-key ****\nContext: prod created!\n")
    if v == 4:
        return "synthetic/atlantis-log", T("{\"level\":\"info\",\"ts\":\"", ts(r).replace(" ", "T"), "Z\",\"msg\":\"server started\",\"gh-token\":\"[redacted]\",\"gh-webhook-secret\":\"[redacted]\"}\n")
    return "synthetic/spacelift-log", T("[", ts(r), "] Setting environment variable SPACELIFT_API_KEY_SECRET=<secret>\n")


FAMILIES = [f_near_same_tools, f_near_context_words, f_near_llm, f_near_supply_chain, f_near_versions, f_near_finance_ids, f_near_logistics,
            f_near_placeholders, f_near_object_dumps, f_near_not_people, f_near_script_words, f_near_masked, f_near_addr_like,
            f_near_lang_prose, f_near_encrypted, f_near_public_ids, f_near_errors, f_near_ci_masked]
