#!/usr/bin/env python3
"""Family records for the nineteenth session's leaks (issue 18): a secret's name and value written in forms the readers cut —
XML pairs with a dotted name holding "key" mid-name, attributes on the value element, a blank inside a tag, namespaced tags;
escaped quotes inside JSON values (once and twice escaped); heredoc bodies fed to secret stores (one value-like line); values that
look like references or envelopes but hold plain text after them; old klist key lines; ZooKeeper digest credentials. False
redactions: a store write whose key names a password-reset record, references to where a secret is (file://, --value-from, @file).
With near misses of each shape. Every value is made up here, with spellings other than the tests'. Written before the readings were
built.

Run:  python3 bench/privacy/families/leaks19/make.py      (writes records.jsonl next to this file; score with
      bench/privacy/score-set.sh families/leaks19 FM_DLL)
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
    records.append({"id": f"f19-{len(records) + 1:04d}-{family}", "text": text, "entities": entities, "family": family, "source": "synthetic/nineteen"})


# XML: dotted names with a secret word mid-name
rec("xml-dotted", "<property>\n  <name>fs.azure.account.key.lakehouse7.dfs.core.windows.net</name>\n  <value>Zq3mVb8xTn2LpR6wKc9dHf4sGj1aYe5uNo7iWt0rBv2=</value>\n</property>\n", (S, "Zq3mVb8xTn2LpR6wKc9dHf4sGj1aYe5uNo7iWt0rBv2="))
rec("xml-dotted", "<property><name>fs.azure.sas.ingest.archive9.blob.core.windows.net</name><value>sv=2021-08-06&amp;sig=Pq7rXw2LmZk9Tn4VbC8dYs1H</value></property>\n", (S, "sv=2021-08-06&amp;sig=Pq7rXw2LmZk9Tn4VbC8dYs1H"))
rec("xml-dotted", "<property>\n  <name>dfs.adls.oauth2.credential.clientsecret</name>\n  <value>Tm~8Qw2.Zr5Lk9-Xv3Bn7Hc4Yd6Js1Fp0</value>\n</property>\n", (S, "Tm~8Qw2.Zr5Lk9-Xv3Bn7Hc4Yd6Js1Fp0"))
rec("xml-dotted-neg", "<property>\n  <name>fs.azure.account.keyprovider.lakehouse7.dfs.core.windows.net</name>\n  <value>org.apache.hadoop.fs.azure.ShellDecryptionKeyProvider</value>\n</property>\n")
rec("xml-dotted-neg", "<property>\n  <name>fs.azure.account.auth.type.lakehouse7.dfs.core.windows.net</name>\n  <value>OAuth</value>\n</property>\n<property>\n  <name>hadoop.security.key.provider.path</name>\n  <value>kms://http@kms-host:9600/kms</value>\n</property>\n")
rec("xml-dotted-neg", "<property>\n  <name>dfs.encrypt.data.transfer.cipher.key.bitlength</name>\n  <value>256</value>\n</property>\n")
# XML: attributes on the value element, blanks in tags, namespaces
rec("xml-attr", "<property>\n  <name>ldap.manager.password</name>\n  <value type=\"string\">Granite!Pelican44</value>\n</property>\n", (S, "Granite!Pelican44"))
rec("xml-attr", "<entry>\n  <key>smtp.auth.password</key>\n  <value xml:space=\"preserve\">Ochre-Falcon-902</value>\n</entry>\n", (S, "Ochre-Falcon-902"))
rec("xml-attr", "<property>\n  <name >broker.ssl.keystore.password</name >\n  <value >Marsh#Tern#61</value >\n</property>\n", (S, "Marsh#Tern#61"))
rec("xml-attr", "<cfg:property>\n  <cfg:name>datasource.password</cfg:name>\n  <cfg:value>Basalt_Owl_2719</cfg:value>\n</cfg:property>\n", (S, "Basalt_Owl_2719"))
rec("xml-attr", "<ns2:entry><ns2:key>api.secret</ns2:key><ns2:value type=\"xs:string\">Kv8Rt3Wq9Lz2Mx7P</ns2:value></ns2:entry>\n", (S, "Kv8Rt3Wq9Lz2Mx7P"))
rec("xml-attr-neg", "<property>\n  <name>ldap.manager.password.min.length</name>\n  <value type=\"int\">14</value>\n</property>\n<property>\n  <name>smtp.auth.password.required</name>\n  <value type=\"boolean\">true</value>\n</property>\n")
rec("xml-attr-neg", "<cfg:property>\n  <cfg:name>datasource.username</cfg:name>\n  <cfg:value>ledger_app</cfg:value>\n</cfg:property>\n<ns2:entry><ns2:key>token.lifetime</ns2:key><ns2:value type=\"xs:duration\">PT15M</ns2:value></ns2:entry>\n")
# Escaped quotes inside JSON values
rec("json-escaped", "{\"user\":\"ops\",\"password\":\"Winter\\\"2031Gate\"}\n", (S, "Winter\\\"2031Gate"))
rec("json-escaped", "{\"log\":\"{\\\"db_password\\\":\\\"Fjord\\\\\\\"Lantern88\\\"}\\n\",\"stream\":\"stdout\"}\n", (S, "Fjord\\\\\\\"Lantern88"))
rec("json-escaped", "payload={\"client_secret\": \"q\\\"Z8v-Lm3\\\"Tx\", \"scope\": \"read\"}\n", (S, "q\\\"Z8v-Lm3\\\"Tx"))
rec("json-escaped-neg", "{\"message\":\"user said \\\"hello\\\" twice\",\"level\":\"info\"}\n{\"log\":\"{\\\"status\\\":\\\"ok \\\\\\\"green\\\\\\\"\\\"}\\n\"}\n")
rec("json-escaped-neg", "{\"title\":\"The \\\"password\\\" page\",\"views\":12}\n")
# Heredocs fed to secret stores
rec("heredoc-store", "$ gh secret set NPM_PUBLISH_TOKEN <<EOF\nQm7Xv2Rt9Lp4Wz8Kc3Hn6Bd\nEOF\n", (S, "Qm7Xv2Rt9Lp4Wz8Kc3Hn6Bd"))
rec("heredoc-store", "consul kv put service/billing/db/password - <<'END'\nSlate&Heron&2288\nEND\n", (S, "Slate&Heron&2288"))
rec("heredoc-store", "vault kv put -mount=kv apps/ledger db_password=-<<EOF\nCopper.Moth.7731\nEOF\n", (S, "Copper.Moth.7731"))
rec("heredoc-store-neg", "gh secret set DEPLOY_NOTES <<EOF\nrotate every 90 days\nEOF\nconsul kv put service/billing/config - <<EOF\nmax_conns=40\nEOF\n")
rec("heredoc-store-neg", "cat > rotate-password.sh <<EOF\n#!/bin/sh\nset -e\nvault write auth/userpass/users/ops password=\"$NEW\"\necho done\nEOF\n")
# Values that look like references or envelopes but are not wholly one
rec("fake-envelope", "db_password=$ANSIBLE_VAULT;Harbor2029!\n", (S, "$ANSIBLE_VAULT;Harbor2029!"))
rec("fake-envelope", "smtp_password=enc[Tidewater77!]\n", (S, "enc[Tidewater77!]"))
rec("fake-envelope", "api_token: ENC[AES256_GCM,data:Q2x4bWZ3dGhpcyBpcyBub3QgcmVhbA==,iv:b3JhbmdlcGVhcnNhbmRwbHVtcw==,tag:cGx1bXM=,type:str]Lark2030Plain\n", (S, "ENC[AES256_GCM,data:Q2x4bWZ3dGhpcyBpcyBub3QgcmVhbA==,iv:b3JhbmdlcGVhcnNhbmRwbHVtcw==,tag:cGx1bXM=,type:str]Lark2030Plain"))
rec("fake-envelope-neg", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361\n  6165343235366432303634353737326638343931613132370a353165643861396263636166613435\n")
rec("fake-envelope-neg", "api_token: ENC[AES256_GCM,data:Q2x4bWZ3dGhpcyBpcyBub3QgcmVhbA==,iv:b3JhbmdlcGVhcnNhbmRwbHVtcw==,tag:cGx1bXM=,type:str]\ndb_password=$DB_PASSWORD\n")
# Kerberos and ZooKeeper digests
rec("klist-zk", "Keytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- ----------\n   3 host/gw1.corp.example@CORP.EXAMPLE\n     Key: (DES cbc mode with CRC-32), 0x4a7c19e2b05d83f6\n", (S, "0x4a7c19e2b05d83f6"))
rec("klist-zk", "<property>\n  <name>yarn.resourcemanager.zk-auth</name>\n  <value>digest:rmadmin:Quartz-Gull-55</value>\n</property>\n", (S, "rmadmin:Quartz-Gull-55"))
rec("klist-zk", "[zk: localhost:2181(CONNECTED) 0] addauth digest kafka:Pebble!Swan!12\n", (S, "kafka:Pebble!Swan!12"))
rec("klist-zk", "zkCli.sh -server zk1:2181 -auth digest:super:Ember_Stoat_90 ls /\n", (S, "super:Ember_Stoat_90"))
rec("klist-zk-neg", "setAcl /app digest:rmadmin:3f9CzyKgBDzD5Ox2WNuiJoBp6kA=:cdrwa\nauthProvider.1=org.apache.zookeeper.server.auth.DigestAuthenticationProvider\nhadoop.zk.auth scheme digest is configured\n")
# False redactions to remove: store keys naming a reset record, references to where a secret is
rec("store-ref-neg", "redis-cli SET password_reset:user42 pending\nredis-cli SET token_refresh:batch7 done\n")
rec("store-ref-neg", "aws ssm put-parameter --name /prod/db/password --value file://secrets/pw.txt --type SecureString\n")
rec("store-ref-neg", "aws ssm put-parameter --name /prod/api/token --type SecureString --value @token.txt\nkubectl set env deploy/api --from=secret/api-token --value-from=secretKeyRef:api-token:token\n")

with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as out:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{len(records)} records")
