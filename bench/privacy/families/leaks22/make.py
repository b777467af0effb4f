#!/usr/bin/env python3
"""Family records for the twenty-second session's leaks (issue 18): a secret value quoted with blanks inside after its key or flag
(PGPASSWORD="…", YAML, JSON, --password '…', .env, INI, Terraform); a value already masked by the tool that logged it ([FILTERED],
[REDACTED], sops' ENC[…], ******) or a template's placeholder ({password}, %(password)s, {{ .Values.pw }}) that must stay whole with
its closer; span errors (gh secret set's glued -bVALUE, ODBC's doubled braces inside a braced value); and a value's own trailing
closers after keys read by the sentence, flag and record readers. With near misses of each shape: quoted prose after a secret key
(validation messages, pointers to where the secret lives), descriptive keys, masks. Every value is made up here, with spellings
other than the tests'. Written before the readings were built.

Run:  python3 bench/privacy/families/leaks22/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/leaks22 FM_DLL)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
records = []
S = "GENERIC_SECRET"
C = "CONNECTION_STRING"


def rec(family, text, *values):
    """values: (TYPE, value) in text order; each value's first occurrence after the previous one is its span."""
    entities, at = [], 0
    for kind, value in values:
        start = text.index(value, at)
        entities.append({"type": kind, "start": start, "end": start + len(value)})
        at = start + len(value)
    records.append({"id": f"f22-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/twentytwo"})


# Quoted values holding blanks after a secret key or flag
rec("spaced", "PGPASSWORD=\"Wv3k Lq8zR2nT\" psql -h pg-main -U billing -c 'select 1'\n", (S, "Wv3k Lq8zR2nT"))
rec("spaced", "database:\n  user: orders\n  password: \"r@in c0at 55\"\n  host: db2\n", (S, "r@in c0at 55"))
rec("spaced", "$ mysqladmin -u root --password 'Fjord 4 Kestrel!' status\n", (S, "Fjord 4 Kestrel!"))
rec("spaced", "{\"client_id\":\"web\",\"client_secret\":\"maple river lantern\",\"grant_type\":\"client_credentials\"}\n", (S, "maple river lantern"))
rec("spaced", "SMTP_PASSWORD='Tx9 bq4 Ww2 kp7'\nSMTP_HOST=mail.example.org\n", (S, "Tx9 bq4 Ww2 kp7"))
rec("spaced", "[smtp]\npassword = \"Cobalt Heron 81\"\nport = 587\n", (S, "Cobalt Heron 81"))
rec("spaced", "resource \"aws_db_instance\" \"main\" {\n  username = \"admin\"\n  password = \"Gr3y wolf#Tide\"\n}\n", (S, "Gr3y wolf#Tide"))
rec("spaced", "2026-12-07T10:01:02Z DEBUG config loaded {\"db_pass\": \"violet 7 anchor\", \"pool\": 10}\n", (S, "violet 7 anchor"))
rec("spaced", "docker run -e \"REDIS_PASSWORD=Qm2x Hv8p Zt4w\" redis:7\n", (S, "Qm2x Hv8p Zt4w"))
rec("spaced-neg", "{\"errors\":{\"password\":\"must be at least 12 characters\",\"email\":\"is invalid\"}}\n")
rec("spaced-neg", "password_policy: \"min length 12\"\npassword_hint: \"first pet and year\"\n")
rec("spaced-neg", "db:\n  password: \"see vault\"\n  token: \"set in CI\"\n")
rec("spaced-neg", "400 Bad Request {\"password\": \"This field may not be blank.\"}\n")
rec("spaced-neg", "api_key: \"your api key here\"\nsecret: \"change me\"\n")
rec("spaced-neg", "WARN login failed: password=\"not provided\" user=ops\n")
rec("spaced-neg", "{\"token\": \"Invalid credentials\", \"status\": 401}\n")
# Values already masked by the tool that logged them, and placeholders of templates: shown whole, closer kept
rec("mask-neg", "Started POST \"/users/sign_in\" Parameters: {\"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}}\npassword=[FILTERED] remember_me=1\n")
rec("mask-neg", "db connect host=pg1 user=app password=[REDACTED] sslmode=require\napi_token=[MASKED] retries=3\n")
rec("mask-neg", "db_password: ENC[AES256_GCM,data:Zm9vYmFyYmF6cXV4,iv:cXVpY2ticm93bmZveGp1bXBz,tag:bGF6eWRvZ3M=,type:str]\n")
rec("mask-neg", "url = \"postgres://app@db/x\"\npassword={password}\ntoken={api_token}\n")
rec("mask-neg", "conn = f\"host={host} password={password}\"\nlogger.info('password=%(password)s', args)\n")
rec("mask-neg", "password={{ .Values.db.password }}\nsecret=${SECRET}\npassword=<secret>\n")
rec("mask-neg", "PGPASSWORD=******** psql -h db\nclient_secret=*****\n")
rec("mask", "password=[Hq7!vRt2]\n", (S, "[Hq7!vRt2]"))
rec("mask", "password={Kv8rT2!q}x9\n", (S, "{Kv8rT2!q}x9"))
# Span errors
rec("gh-glued", "gh secret set DEPLOY_TOKEN -bQx8Lm3Vt9Rw2Kp5\n", (S, "Qx8Lm3Vt9Rw2Kp5"))
rec("gh-glued", "gh secret set NPM_TOKEN --repo acme/api -bZk4Wq9Lp2Xt7Rv3\n", (S, "Zk4Wq9Lp2Xt7Rv3"))
rec("gh-glued", "gh secret set SLACK_HOOK -b\"Hv5Nq2Lz8Wm4Xt7K\" --env prod\n", (S, "Hv5Nq2Lz8Wm4Xt7K"))
rec("gh-glued-neg", "gh secret set REGION -b\"$REGION\"\ngh secret set -b- DEPLOY_KEY < key.txt\n")
rec("odbc", "Driver={ODBC Driver 18 for SQL Server};Server=sql1;Uid=app;PWD={Rt6}}}}Wq2Lx9Kv};Encrypt=yes;\n", (C, "Rt6}}}}Wq2Lx9Kv"))
rec("odbc", "DSN=orders;UID=svc;PWD={Lp}}3Xq8Zr}}7m};\n", (C, "Lp}}3Xq8Zr}}7m"))
rec("odbc", "Server=db;Database=x;Password={Nv4;Kt}}8Qw};TrustServerCertificate=true\n", (C, "Nv4;Kt}}8Qw"))
rec("odbc-neg", "Driver={PostgreSQL Unicode};Server=db;Port=5432;PWD={{ .Values.pw }};\n")
# A value's own trailing closers, read by the sentence, flag and record readers
rec("closer", "the staging db password is Wq7Lx2Kv9R}}\n", (S, "Wq7Lx2Kv9R}}"))
rec("closer", "mysql -u root -pZr8Qm2Lx)) -h db1\n", (S, "Zr8Qm2Lx))"))
rec("closer", "sshpass -p 'Tq4Wn8Zx]' ssh ops@host1\n", (S, "Tq4Wn8Zx]"))
rec("closer", "<password>Kb7Xq2Lm}</password>\n", (S, "Kb7Xq2Lm}"))
rec("closer", "define('DB_PASSWORD', 'Vr3Wq8Lz)');\n", (S, "Vr3Wq8Lz)"))
rec("closer-neg", "(password=Rq4Wz8Lx2) retry=3\n{token: Hx9Vm2Lq7Kt}\n[secret=Pz5Wr8Lq2]\n", (S, "Rq4Wz8Lx2"), (S, "Hx9Vm2Lq7Kt"), (S, "Pz5Wr8Lq2"))

with open(os.path.join(HERE, "records.jsonl"), "w") as out:
    for r in records:
        out.write(json.dumps(r) + "\n")
print(len(records), "records")
