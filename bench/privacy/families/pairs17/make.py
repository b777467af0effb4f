#!/usr/bin/env python3
"""Family records for the seventeenth session's pairing reading (issue 18): within one record (an XML element, a JSON or YAML object
or list item, a Terraform block, a command line) a field that holds a secret's name and a sibling field that holds its value, in
either order, any quoting, other fields between; block bodies (CDATA, YAML block scalars, indented heredocs) as values; with near
misses of the same shapes (settings, ids, ARNs, paths, lengths, algorithms, references, descriptions, a Secret object's own name).
Every value is made up here, with spellings other than the tests'. Written before the reading was built.

Run:  python3 bench/privacy/families/pairs17/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/pairs17 FM_DLL)
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
    records.append({"id": f"f17-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/seventeen"})


# XML attributes: single quotes, value first, other attributes between
rec("xml-pair", "<appSettings>\n  <add key='QueueSharedSecret' value='Mv3!tR8-qLz2' />\n</appSettings>\n", (S, "Mv3!tR8-qLz2"))
rec("xml-pair", '<add value="Yq2Wd7Ln4Ct9Rb5Kx1" key="Smtp.Password"/>\n', (S, "Yq2Wd7Ln4Ct9Rb5Kx1"))
rec("xml-pair", "<param name='ldapBindPassword' type='string' value='Orchid_Pulse_71'/>\n", (S, "Orchid_Pulse_71"))
rec("xml-pair-neg", "<add key='Theme' value='dark' />\n<add value='30' key='SessionTimeoutMinutes' />\n<add value='RS512' key='TokenSigningAlgorithm' />\n")
rec("xml-pair-neg", "<param name='passwordMinLength' value='14'/>\n<param value='/etc/app/keys/signing.pem' name='signingKeyFile'/>\n")
# JSON objects: value before name, fields between (ECS, GitHub/GitLab variables, CloudFormation, Consul/Vault KV)
rec("json-pair", '"environment": [\n  {"value": "Hz5Kq8Wt2Lm7Vr4N", "name": "BROKER_AUTH_TOKEN"},\n  {"value": "25", "name": "POOL_SIZE"}\n]\n', (S, "Hz5Kq8Wt2Lm7Vr4N"))
rec("json-pair", '{"variable_type":"env_var","key":"REGISTRY_PASSWORD","protected":true,"value":"Tundra-Kite-638","masked":true,"environment_scope":"*"}\n', (S, "Tundra-Kite-638"))
rec("json-pair", '{"created_at":"2026-11-30T08:12:44Z","value":"Pr7Qx2Ln9Wc4Zt8B","updated_at":"2026-11-30T08:12:44Z","name":"SENTRY_AUTH_TOKEN"}\n', (S, "Pr7Qx2Ln9Wc4Zt8B"))
rec("json-pair", '[\n  {\n    "ParameterKey": "MasterUserPassword",\n    "ParameterValue": "Gl4ss-Harbor-90"\n  },\n  {\n    "ParameterKey": "DBInstanceClass",\n    "ParameterValue": "db.r6g.large"\n  }\n]\n', (S, "Gl4ss-Harbor-90"))
rec("json-pair", '[{"LockIndex":0,"Key":"apps/ledger/db_password","Flags":0,"Value":"UjBzZW1hcnktUXVhcnR6LTQ0","CreateIndex":88,"ModifyIndex":91}]\n', (S, "UjBzZW1hcnktUXVhcnR6LTQ0"))
rec("json-pair", "{'Value': 'Wn6Lr2Qz8Kt4Vx9M', 'Key': 'webhook_signing_secret'}\n", (S, "Wn6Lr2Qz8Kt4Vx9M"))
rec("json-pair-neg", '[{"name":"PAGE_SIZE","value":"50"},{"value":"info","name":"LOG_LEVEL"},{"name":"FEATURE_FLAGS","value":"beta,dark-mode"}]\n')
rec("json-pair-neg", '{"value":"arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/ledger-Xy12Zq","name":"DB_SECRET_ARN"}\n{"value":"mrk-5c1f0e9a7b3d4e2f","name":"KMS_KEY_ID"}\n')
rec("json-pair-neg", '[{"ParameterKey":"KeyName","ParameterValue":"ops-bastion-2026"},{"ParameterKey":"PasswordLength","ParameterValue":"32"}]\n')
rec("json-pair-neg", '{"key":"DEPLOY_TOKEN","value":"$CI_JOB_TOKEN","protected":false}\n{"Key":"apps/ledger/db_host","Value":"ZGIwMS5jb3JwLmV4YW1wbGU="}\n')
# YAML list items: value before name (k8s env, Helm, Ansible), CloudFormation parameters
rec("yaml-pair", "env:\n  - value: \"Kc8#Vw3qLz5\"\n    name: POSTGRES_PASSWORD\n  - name: POSTGRES_DB\n    value: ledger\n", (S, "Kc8#Vw3qLz5"))
rec("yaml-pair", "extraEnv:\n- value: Rb6Tm1Qx9Lw4Zk7P\n  name: OIDC_CLIENT_SECRET\n- value: https://id.corp.example\n  name: OIDC_ISSUER\n", (S, "Rb6Tm1Qx9Lw4Zk7P"))
rec("yaml-pair", "Parameters:\n  - ParameterKey: SlackSigningSecret\n    UsePreviousValue: false\n    ParameterValue: Fx3Nq7Wl2Rt9Vc5K\n", (S, "Fx3Nq7Wl2Rt9Vc5K"))
rec("yaml-pair-neg", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ledger-db\n        key: password\n  - name: API_TOKEN\n    value: ${API_TOKEN}\n")
rec("yaml-pair-neg", "- name: api-key-rotation\n  value: \"0 4 * * 1\"\n- value: RS256\n  name: JWT_SIGNING_ALGORITHM\n- value: /run/secrets/api_key\n  name: API_KEY_PATH\n")
rec("yaml-pair-neg", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-password\n  namespace: ledger\ntype: Opaque\n")
rec("yaml-pair-neg", "- name: LOG_LEVEL\n  value: debug\n- name: TOKEN_TTL_SECONDS\n  value: \"3600\"\n")
# Terraform variable blocks: the name is the block's label, the value its default
rec("tf-default", 'variable "grafana_admin_password" {\n  type      = string\n  default   = "Saffron-Quill-55"\n  sensitive = true\n}\n', (S, "Saffron-Quill-55"))
rec("tf-default-neg", 'variable "db_password" {\n  type        = string\n  description = "Master password for the ledger database"\n  sensitive   = true\n}\nvariable "password_length" {\n  default = 24\n}\n')
# block bodies as values: CDATA, YAML block scalars, indented heredocs
rec("block-body", "<connection>\n  <password><![CDATA[Qz7&Wm2<Lx9]]></password>\n</connection>\n", (S, "Qz7&Wm2<Lx9"))
rec("block-body", "signing_key: !!binary |\n  S3E4d1o0TG0yVng3UnQ5\n  UGMzSGs2Tm4xQmY1Ums=\n", (S, "S3E4d1o0TG0yVng3UnQ5"), (S, "UGMzSGs2Tm4xQmY1Ums="))
rec("block-body", "smtp:\n  password: |\n    Tinsel#Marsh#42\n  host: mail.corp.example\n", (S, "Tinsel#Marsh#42"))
rec("block-body", 'resource "vault_generic_secret" "ci" {\n  path = "secret/ci"\n\tclient_secret = <<-EOT\n\t\tVd4Kq9Lz2Wx7Rm3T\n\tEOT\n}\n', (S, "Vd4Kq9Lz2Wx7Rm3T"))
rec("block-body", "API_TOKEN = <<~TOKEN\n  Nw8Zr3Kq6Lt1Vx5P\nTOKEN\n", (S, "Nw8Zr3Kq6Lt1Vx5P"))
rec("block-body-neg", "<description><![CDATA[Rotate the password every 90 days & keep <3 copies>]]></description>\n<password><![CDATA[${LEDGER_DB_PASS}]]></password>\n")
rec("block-body-neg", "password_policy: |\n  min_length: 14\n  require_symbols: true\nsecret_rotation: >\n  Secrets rotate every ninety days.\n")
rec("block-body-neg", "cat <<-EOF > /etc/motd\n\tWelcome to bastion-02\n\tEOF\n")
# command lines glued, keytab listing without its enctype column
rec("cli-glued", "$ dig -yhmac-sha256:xfr-ledger:Lk2Wq8Zm4Tx7Vr1NpB5cJ9dF3gH6sA0e= @ns1.corp.example corp.example AXFR\n", (S, "Lk2Wq8Zm4Tx7Vr1NpB5cJ9dF3gH6sA0e="))
rec("cli-glued-neg", "$ dig -4 -t TXT corp.example +short\n$ nsupdate -v -l\n")
rec("keytab", "$ klist -kK /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- --------------------------------------------------------------------------\n   4 host/ledger01.corp.example@CORP.EXAMPLE (0x8e1c5a92d04f7b36e9a1c4d8702fb5e6)\n",
    (S, "8e1c5a92d04f7b36e9a1c4d8702fb5e6"))
rec("keytab-neg", "$ klist -k /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- --------------------------------------------------------------------------\n   4 host/ledger01.corp.example@CORP.EXAMPLE\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records")
