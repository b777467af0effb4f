#!/usr/bin/env python3
"""Family records for the eighteenth session's widening of the pairing reading (issue 18): a secret's name and its value in two
places a tool connects — XML child elements (Hadoop/Hive <property><name>/<value>, <entry><key>/<value>, <setting name=><value>,
<Parameter><Name>/<Value>, with a description or comment between), CLI flag pairs on one invocation (--name X --value Y, in either
order, = or a space, continued by a backslash), escaped quotes inside JSON values, other field spellings; and ciphertext that is safe
to show (hiera-eyaml, Jasypt, SOPS, Ansible Vault), heredoc script bodies under a secret-ish name. With near misses of the same shapes.
Every value is made up here, with spellings other than the tests'. Written before the readings were built.

Run:  python3 bench/privacy/families/pairs18/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/pairs18 FM_DLL)
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
    records.append({"id": f"f18-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/eighteen"})


# XML child elements
rec("xml-child", "<configuration>\n  <property>\n    <name>javax.jdo.option.ConnectionPassword</name>\n    <value>Heron!Slate!83</value>\n  </property>\n</configuration>\n", (S, "Heron!Slate!83"))
rec("xml-child", "<property>\n  <name>fs.s3a.secret.key</name>\n  <description>S3A secret for the landing bucket</description>\n  <value>wQ7pZ2rL9xK4vN1mT8cB3hJ6fD5gS0aE</value>\n</property>\n", (S, "wQ7pZ2rL9xK4vN1mT8cB3hJ6fD5gS0aE"))
rec("xml-child", "<entry><key>ldap.bind.password</key><value>Cobalt-Wren-27</value></entry>\n", (S, "Cobalt-Wren-27"))
rec("xml-child", "<setting name=\"SmtpPassword\" serializeAs=\"String\">\n    <value>Mq4!Tz8#Lw2</value>\n</setting>\n", (S, "Mq4!Tz8#Lw2"))
rec("xml-child", "<Parameter>\n  <Name>AdminApiToken</Name>\n  <!-- rotated by the platform team -->\n  <Value>Rk9Vx2Lq7Wn4Zc8T</Value>\n</Parameter>\n", (S, "Rk9Vx2Lq7Wn4Zc8T"))
rec("xml-child-neg", "<property>\n  <name>dfs.replication</name>\n  <value>3</value>\n</property>\n<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs/user/hive/hive.jceks</value>\n</property>\n")
rec("xml-child-neg", "<property>\n  <name>javax.jdo.option.ConnectionUserName</name>\n  <value>hiveuser</value>\n</property>\n<property>\n  <name>hive.metastore.password.min.length</name>\n  <value>12</value>\n</property>\n")
rec("xml-child-neg", "<entry><key>token.ttl</key><value>PT30M</value></entry>\n<entry><key>secret.provider</key><value>vault</value></entry>\n<entry><key>db.password</key><value>${env:DB_PASSWORD}</value></entry>\n")
# CLI flag pairs on one invocation
rec("cli-pair", "$ aws ssm put-parameter --name /prod/ledger/db/password --value 'Fj7#Qw2Lp9Zx' --type SecureString --overwrite\n", (S, "Fj7#Qw2Lp9Zx"))
rec("cli-pair", "$ az keyvault secret set --vault-name kv-ledger --value \"Tn3Vb8Kq1Rw6Ym4P\" --name StorageAccountKey\n", (S, "Tn3Vb8Kq1Rw6Ym4P"))
rec("cli-pair", "aws ssm put-parameter \\\n    --name=/staging/payments/api-token \\\n    --value=Lz5Rc1Wq8Nt3Vk7X \\\n    --type SecureString\n", (S, "Lz5Rc1Wq8Nt3Vk7X"))
rec("cli-pair", "+ gh secret set DEPLOY_KEY_PASSPHRASE --body 'Amber_Tide_604' --repo corp/ledger\n", (S, "Amber_Tide_604"))
rec("cli-pair-neg", "$ aws ssm put-parameter --name /prod/ledger/db/password-rotation-days --value 30 --type String\n$ aws ssm put-parameter --name /prod/ledger/db/host --value db1.corp.example\n")
rec("cli-pair-neg", "$ aws ecs register-task-definition --secrets name=DB_PASSWORD,valueFrom=arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password\n$ az keyvault secret set --name DbPassword --file ./secret.txt --vault-name kv-ledger\n")
rec("cli-pair-neg", "$ aws ssm get-parameter --name /prod/ledger/db/password --with-decryption --query Parameter.Value\n")
# escaped quotes inside values, other spellings
rec("json-escaped", '{"name":"SMTP_PASSWORD","value":"Pv4\\"Kq9!Lm2"}\n', (S, 'Pv4\\"Kq9!Lm2'))
rec("json-escaped", '{"log":"{\\"key\\":\\"BROKER_SECRET\\",\\"value\\":\\"Wd8\\\\\\"Xn3Rq5\\"}\\n","stream":"stdout"}\n', (S, 'Wd8\\\\\\"Xn3Rq5'))
rec("json-spelling", '{"settingName":"ReportingDbPassword","settingValue":"Opal#Ridge#19"}\n', (S, "Opal#Ridge#19"))
rec("json-spelling", '{"propertyName":"mail.smtp.password","propertyValue":"Jt6Wz1Kx8Rv3"}\n', (S, "Jt6Wz1Kx8Rv3"))
rec("json-spelling-neg", '{"settingName":"ReportingDbPasswordExpiryDays","settingValue":"90"}\n{"propertyName":"mail.smtp.host","propertyValue":"smtp.corp.example"}\n')
# ciphertext safe to show: the key is elsewhere
rec("ciphertext-neg", "db::password: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq7Zr]\n")
rec("ciphertext-neg", "spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n")
rec("ciphertext-neg", "password: ENC[AES256_GCM,data:Tr3Kx9==,iv:q8Lm2Wz5Vn1Rc7Xt4Pk6Jb0Hd3Fg9Sa2=,tag:Zy7Qw3Xe5Rt9Uy1Io4Pa6S==,type:str]\n")
rec("ciphertext-neg", "vault_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361\n  6233393739333362363937653462353135363131303961330a333938663139303438383932656365\n")
# heredoc script bodies are not a value
rec("heredoc-neg", "ROTATE_SECRET=$(cat <<-'SCRIPT'\n\tset -eu\n\tvault kv get -field=password secret/ledger\n\tSCRIPT\n)\n")
rec("heredoc-neg", "api_token_script = <<~SH\n  #!/bin/sh\n  curl -s https://id.corp.example/token\nSH\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
