#!/usr/bin/env python3
"""Family records for the sixteenth session's readings (issue 18): secrets whose name is given as data — an attribute beside the value
or around it, a string index, a sigil's variable assigned a literal, a quoted argument pair, a Makefile or Go assignment, a file's
name above its password lines, a TSIG key on a command line — and key material as 16-byte or 0x byte arrays; with near misses of the
same shapes (settings, ids, lengths, paths, endpoints, pixel buffers, generator seeds, /etc/passwd). Every value is made up here,
with spellings other than the tests'.

Run:  python3 bench/privacy/families/sixteen-keys/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/sixteen-keys FM_DLL)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
records = []
S = "GENERIC_SECRET"


def rec(family, text, *values):
    """values: (TYPE, value) in text order; each value's first occurrence after the previous one is its span."""
    entities, at = [], 0
    for kind, value in values:
        start = text.index(value, at)
        entities.append({"type": kind, "start": start, "end": start + len(value)})
        at = start + len(value)
    records.append({"id": f"f16-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/sixteen"})


# an attribute names the value beside it or inside the element
rec("attr-name", '<configuration>\n  <appSettings>\n    <add key="StorageAccountKey" value="nT7qW2mZ9xLk4Rv8Pb1Hc6Yd" />\n  </appSettings>\n', (S, "nT7qW2mZ9xLk4Rv8Pb1Hc6Yd"))
rec("attr-name", '<variable name="apiToken" value="tk_91mXq2Lw8Rz7Nc4Vb" />\n', (S, "tk_91mXq2Lw8Rz7Nc4Vb"))
rec("attr-name", '<bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource">\n  <property name="password" value="Hq5-tLm9-Zx2w" />\n</bean>\n', (S, "Hq5-tLm9-Zx2w"))
rec("attr-name", '<properties>\n<entry key="mail.smtp.password">Fennel-Orbit-83</entry>\n<entry key="mail.smtp.host">smtp.corp.example</entry>\n</properties>\n', (S, "Fennel-Orbit-83"))
rec("attr-name", '<Parameter name="ClientSecret" type="string">Wq3~Tn8.Lp2_Zr5xV</Parameter>\n', (S, "Wq3~Tn8.Lp2_Zr5xV"))
rec("attr-name-neg", '<add key="MaxPasswordAttempts" value="5" />\n<add key="PasswordResetUrl" value="https://id.corp.example/reset" />\n<add key="SecretsProvider" value="AzureKeyVault" />\n')
rec("attr-name-neg", '<entry key="token.endpoint">https://login.corp.example/oauth2/token</entry>\n<entry key="token.ttl">900</entry>\n')
rec("attr-name-neg", '<property name="signingKeyAlgorithm" value="RS256" />\n<property name="keyStoreType" value="PKCS12" />\n')
rec("attr-name-neg", '<add name="CacheSize" value="512" />\n<param name="loglevel" value="debug" />\n')
# a string index or a sigil's variable names it
rec("index-name", "settings['AWS_SECRET_ACCESS_KEY'] = 'r8Jk2Lq9Wm4Xn7Vb1Hc6Zt3Pd5Fg0Sa'\n", (S, "r8Jk2Lq9Wm4Xn7Vb1Hc6Zt3Pd5Fg0Sa"))
rec("index-name", 'ENV["STRIPE_WEBHOOK_SECRET"] = "whsec_4Tq8Lm2Zx7Rn1Vb"\n', (S, "whsec_4Tq8Lm2Zx7Rn1Vb"))
rec("index-name", "$conf['smtp_password'] = 'Lantern-Drift-27';\n", (S, "Lantern-Drift-27"))
rec("index-name", 'my $db_pass = "Cobalt!Heron44";\n', (S, "Cobalt!Heron44"))
rec("index-name", '$AdminPassword = "Kx9!pQ2-wL7z"\nNew-LocalUser -Name ops -Password (ConvertTo-SecureString $AdminPassword -AsPlainText -Force)\n', (S, "Kx9!pQ2-wL7z"))
rec("index-name-neg", "$conf['file_temporary_path'] = '/tmp/drupal';\n$databases['default']['default']['host'] = 'db01';\n")
rec("index-name-neg", 'if [ "$DB_PASSWORD" = "" ]; then echo "DB_PASSWORD is not set" >&2; exit 1; fi\n')
rec("index-name-neg", "$compass = 'north-north-west';\n$bypass = 'cache-layer-2';\n")
# Makefile and Go assignments
rec("assign-name", "REGISTRY_PASSWORD ?= Tq7-Wz2-Lm9x\nIMAGE := registry.corp.example/app\n", (S, "Tq7-Wz2-Lm9x"))
rec("assign-name", 'func main() {\n\twebhookSecret := "Zr4Lq8Wm2Xn7Vb1H"\n\tport := 8080\n', (S, "Zr4Lq8Wm2Xn7Vb1H"))
rec("assign-name-neg", "TOKEN_TTL := 3600\nSECRET_DIR := /run/secrets\n")
rec("assign-name-neg", '\tapiKey := os.Getenv("API_KEY")\n\ttokenSource := oauth2.StaticTokenSource(tok)\n')
# a file's name above its password lines
rec("file-name", "==> /srv/ftp/users.passwd <==\nupload:Drizzle-Pine-54\nmirror:Qx8~Lw2.Zn4\n", (S, "Drizzle-Pine-54"), (S, "Qx8~Lw2.Zn4"))
rec("file-name", "# conf/jmxremote.password (read-only for the jvm user)\n".replace(" (read-only for the jvm user)", "") + "monitorRole  Basalt-Rain-19\n", (S, "Basalt-Rain-19"))
rec("file-name-neg", "$ cat /etc/passwd | tail -2\n".replace(" | tail -2", "") + "postgres:x:111:118::/var/lib/postgresql:/bin/bash\nredis:x:112:119::/var/lib/redis:/usr/sbin/nologin\n")
rec("file-name-neg", "$ ls -l /etc/rsyncd.secrets\n-rw------- 1 root root 64 Dec  1 10:00 /etc/rsyncd.secrets\n")
rec("file-name-neg", "WARN permissions too open on /etc/app/db.password\nINFO reloading configuration from /etc/app/app.yaml\n")
# TSIG on a command line
rec("tsig", "$ kdig @192.0.2.53 corp.example AXFR -y hmac-sha512:axfr-key:Lq8Wm2Xn7Vb1Hc6Zt3Pd5Fg0SaR9Jk2Tq4Wz7Ly=\n", (S, "Lq8Wm2Xn7Vb1Hc6Zt3Pd5Fg0SaR9Jk2Tq4Wz7Ly="))
rec("tsig-neg", "$ yum -y install bind-utils\n$ dig +short -t TXT _acme-challenge.corp.example\n")
# key material as byte arrays
rec("byte-array", "let key: [u8; 16] = [0x9c, 0x04, 0xe7, 0x3a, 0xb1, 0x58, 0xf2, 0x6d, 0x11, 0xc9, 0x80, 0x2e, 0xd4, 0x47, 0xfb, 0x35];\n", (S, "[0x9c, 0x04, 0xe7, 0x3a, 0xb1, 0x58, 0xf2, 0x6d, 0x11, 0xc9, 0x80, 0x2e, 0xd4, 0x47, 0xfb, 0x35]"))
rec("byte-array", "zigbee:\n  network_key: [201, 12, 88, 247, 3, 164, 119, 230, 45, 190, 7, 211, 92, 156, 60, 238]\n", (S, "[201, 12, 88, 247, 3, 164, 119, 230, 45, 190, 7, 211, 92, 156, 60, 238]"))
rec("byte-array-neg", "uint8_t palette[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff};\n")
rec("byte-array-neg", "rgba = [201, 12, 88, 247, 3, 164, 119, 230, 45, 190, 7, 211, 92, 156, 60, 238]\n")
rec("byte-array-neg", "mac_table = {0x9c, 0x04, 0xe7, 0x3a, 0xb1, 0x58, 0xf2, 0x6d, 0x11, 0xc9, 0x80, 0x2e, 0xd4, 0x47, 0xfb, 0x35}\n")
# generator seeds and a log line ending in a backslash
rec("seed-neg", "[sampling]\nshuffle_seed = 0x5f3759df8badf00d\nrng_seed: 7d2c9a41e0b3f6581a4c7e29d05b8f13\n")
rec("seed-neg", "torch:\n  seed: 1c8e4f2a9b7d3065e1f4a8c2b9d7e036\n")
rec("continuation-neg", "2026-12-02T10:00:01Z GET /download?file=C:\\reports\\\n2026-12-02T10:00:02Z user 4411 opened report 7781\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
