#!/usr/bin/env python3
"""Family records for the twentieth session's leaks (issue 18): a secret's value where a store, a shell, an XML dialect or a tool's
listing puts it — Redis writes under a colon key one part of which names a secret (SET, SETEX); a value that starts with a shell
expansion and goes on as typed text; gh secret set with --body or a heredoc, its name any name; printf's format before a piped
password; property-list <key>/<string> pairs and servlet <param-name>/<param-value> pairs; ZooKeeper ACLs holding a password where
its hash belongs; Kerberos keys after a cipher described in words and ktutil's slot column. And the frame around a value: a bracket
or comma that closes the frame is not the secret's, a bracket the value opened is. With near misses of each shape. Every value is
made up here, with spellings other than the tests'. Written before the readings were built.

Run:  python3 bench/privacy/families/leaks20/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/leaks20 FM_DLL)
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
    records.append({"id": f"f20-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/twenty"})


# Redis writes: one part of a colon key names a secret
rec("redis", "127.0.0.1:6379> SET api_key:prod Xk9vR2mLq8TzW4nB\nOK\n", (S, "Xk9vR2mLq8TzW4nB"))
rec("redis", "redis-cli -h cache1 SETEX auth_token:svc-billing 3600 Hq3Zp8LmV2xR7wKt\n", (S, "Hq3Zp8LmV2xR7wKt"))
rec("redis", "redis-cli SET secret:stripe:live Zq8Lm2Xt5Rw9Kv3N EX 600\n", (S, "Zq8Lm2Xt5Rw9Kv3N"))
rec("redis", "cache:6379> PSETEX db_password:replica 60000 Granite!Heron78\n", (S, "Granite!Heron78"))
rec("redis-neg", "127.0.0.1:6379> SET counter:42 17\nOK\n127.0.0.1:6379> SET api_key:ttl 3600\nOK\n127.0.0.1:6379> GET api_key:prod\n")
rec("redis-neg", "redis-cli SETEX session:count 60 42\nredis-cli SET token:lastused 1733565600\nredis-cli DEL api_key:prod\n")
# A value that starts with an expansion and goes on as typed text
rec("expansion", "export DB_PASSWORD=${PREFIX}Summer!2031\n", (S, "${PREFIX}Summer!2031"))
rec("expansion", "PGPASSWORD=\"${ENV}Harvest77\" psql -h db3 -U app\n", (S, "${ENV}Harvest77"))
rec("expansion", "spring.datasource.password=${STAGE}Copper#Wren9\n", (S, "${STAGE}Copper#Wren9"))
rec("expansion-neg", "DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=${VAULT_PREFIX}${VAULT_SUFFIX}\nsecret_key=${SECRET_KEY:-}\n")
rec("expansion-neg", "db_password=${HOME}/.secrets/db.pw\nredis_password=${REDIS_HOST}:6379\n")
# gh secret set: the command says the value is a secret
rec("gh-secret", "gh secret set DEPLOY_KEY --body \"Ln4Rt8Wq2Zx6Vb9Kc\"\n", (S, "Ln4Rt8Wq2Zx6Vb9Kc"))
rec("gh-secret", "gh secret set SENTRY_DSN --repo acme/web --body Pv7Kd2Mx9Qw4Lz8R\n", (S, "Pv7Kd2Mx9Qw4Lz8R"))
rec("gh-secret", "gh secret set DEPLOY_HOOK <<EOF\nMw3Xq8Lt2Rv7Kp9Zc4Hn\nEOF\n", (S, "Mw3Xq8Lt2Rv7Kp9Zc4Hn"))
rec("gh-secret", "gh secret set NPM_PUBLISH --org acme --visibility all <<'END'\nTz6Wq1Lm8Xr3Kv9Bn2Hc\nEND\n", (S, "Tz6Wq1Lm8Xr3Kv9Bn2Hc"))
rec("gh-secret-neg", "gh secret set DEPLOY_KEY --body \"$DEPLOY_KEY\"\ngh secret set SLACK_WEBHOOK < webhook.txt\ngh variable set REGION --body eu-west-1\n")
rec("gh-secret-neg", "gh secret list --repo acme/web\ngh secret set NOTES <<EOF\nrotate every ninety days\nEOF\n")
# printf's format before a piped password
rec("stdin-pipe", "printf '%s' 'Velvet#Crane2291' | docker login -u ci --password-stdin registry.example.com\n", (S, "Velvet#Crane2291"))
rec("stdin-pipe", "printf \"%s\\n\" Basalt!Ibis4472 | helm registry login ghcr.io -u ci --password-stdin\n", (S, "Basalt!Ibis4472"))
rec("stdin-pipe-neg", "printf '%s' \"$REG_PASS\" | docker login -u ci --password-stdin\nprintf 'logging in\\n' | tee login.log\n")
# Property lists and servlet parameters
rec("plist", "<dict>\n\t<key>Password</key>\n\t<string>Plum!Sparrow6621</string>\n\t<key>Username</key>\n\t<string>jdoe</string>\n</dict>\n", (S, "Plum!Sparrow6621"))
rec("plist", "<key>SharedSecret</key><data>UGx1bSFTcGFycm93NjYyMg==</data>\n", (S, "UGx1bSFTcGFycm93NjYyMg=="))
rec("plist", "<key>AuthToken</key><string>Rk8Wq3Lz7Xm2Tv9N</string><key>Server</key><string>vpn.example.com</string>\n", (S, "Rk8Wq3Lz7Xm2Tv9N"))
rec("plist-neg", "<key>PasswordLength</key><integer>12</integer>\n<key>RequirePassword</key><true/>\n<key>PayloadUUID</key><string>5A3C1E2B-8F4D-4C6A-9B7E-1D2F3A4B5C6D</string>\n")
rec("plist-neg", "<key>TokenType</key><string>bearer</string>\n<key>PasswordPolicy</key><string>strict</string>\n<key>Label</key><string>com.example.agent</string>\n")
rec("servlet", "<init-param><param-name>db.password</param-name><param-value>Onyx_Kestrel_5512</param-value></init-param>\n", (S, "Onyx_Kestrel_5512"))
rec("servlet", "<context-param>\n  <param-name>jdbc.password</param-name>\n  <param-value>Onyx_Kestrel_5513</param-value>\n</context-param>\n", (S, "Onyx_Kestrel_5513"))
rec("servlet", "<init-param>\n    <param-name>oauth.clientSecret</param-name>\n    <param-value>Yb4Nw8Qs2Lk6Zr0T</param-value>\n</init-param>\n", (S, "Yb4Nw8Qs2Lk6Zr0T"))
rec("servlet-neg", "<init-param><param-name>db.user</param-name><param-value>app</param-value></init-param>\n<init-param><param-name>password.minLength</param-name><param-value>12</param-value></init-param>\n")
rec("servlet-neg", "<context-param>\n  <param-name>token.header</param-name>\n  <param-value>X-Auth-Token</param-value>\n</context-param>\n")
# ZooKeeper ACLs holding a password where its hash belongs
rec("zk-acl", "[zk: localhost:2181(CONNECTED) 0] setAcl /app digest:admin:Tundra!Gull5567:cdrwa\n", (S, "Tundra!Gull5567"))
rec("zk-acl", "setAcl /app auth:admin:Tundra!Gull5568:cdrwa\n", (S, "Tundra!Gull5568"))
rec("zk-acl", "create /billing data digest:svc:Ferro-Lantern-77:rw,world:anyone:r\n", (S, "Ferro-Lantern-77"))
rec("zk-acl-neg", "setAcl /app digest:admin:x1Bq9sR3mZtL0aVn+QwE/oPcQ7y=:cdrwa\nsetAcl /app world:anyone:r\nsetAcl /app sasl:hdfs:cdrwa\n")
# Kerberos keys after a cipher described in words; ktutil's slot column
rec("keytab", "   2 12/07/26 09:00:00 host/web1.example.com@EXAMPLE.COM (Triple DES cbc mode with HMAC/sha1)  (0xa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718)\n", (S, "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718"))
rec("keytab", "   3 host/db1.example.com@EXAMPLE.COM (ArcFour with HMAC/md5)  (0x0f1e2d3c4b5a69788796a5b4c3d2e1f1)\n", (S, "0f1e2d3c4b5a69788796a5b4c3d2e1f1"))
rec("keytab", "ktutil:  list -k\nslot KVNO Principal\n---- ---- ---------------------------------------------------------------------\n   1    2 HTTP/web1.example.com@EXAMPLE.COM (0x3f9a1c2b7d4e8f6a0b5c9d2e1f3a4b6c)\n", (S, "3f9a1c2b7d4e8f6a0b5c9d2e1f3a4b6c"))
rec("keytab-neg", "Keytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- --------------------------------------------------------------------------\n   2 host/web1.example.com (Triple DES cbc mode with HMAC/sha1)\n")
rec("keytab-neg", "checked sha256 (0x3f9a1c2b7d4e8f6a0b5c9d2e1f3a4b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a) ok\n(includes 2 modes) (0x00000000deadbeef)\n")
# The frame around a value
rec("frame", "(password=Heather!Marten7726)\n", (S, "Heather!Marten7726"))
rec("frame", "cfg(password=Heather!Marten7730, user=app)\n", (S, "Heather!Marten7730"))
rec("frame", "args: [token=Zx8Kq2Lm9Rt4Wv7N]\n", (S, "Zx8Kq2Lm9Rt4Wv7N"))
rec("frame", "smtp_password=enc[Tidewater78!]\n", (S, "enc[Tidewater78!]"))
rec("frame", "{secret: Qm3Lx8Wr2Tz7Kv5P}\n", (S, "Qm3Lx8Wr2Tz7Kv5P"))
rec("frame-neg", "connect(host=db1, user=app, password=password)\n(token=null)\n")

with open(os.path.join(HERE, "records.jsonl"), "w") as f:
    for r in records:
        f.write(json.dumps(r) + "\n")
print(len(records), "records")
