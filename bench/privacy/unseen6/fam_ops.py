"""Families: Terraform outputs/state, Helm, Ansible, Salt, Puppet, Jenkins, Kubernetes describe, ACME, Redis, MongoDB."""
from gen import DOMAINS, pem, akid, alnum, aws_secret, b64, bcrypt, hexs, ipv4, pick, pw, pw_url, sha256
from people import email, name, phone


def tf_outputs(r):
    if r.random() < 0.5:
        return "terraform/output-json", [
            '$ terraform output -json\n{\n  "db_endpoint": {\n    "sensitive": false,\n    "type": "string",\n    "value": "orders.c9x2.eu-west-1.rds.amazonaws.com:5432"\n  },\n'
            '  "db_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "', ("GENERIC_SECRET", pw(r)), '"\n  }\n}']
    return "terraform/state-iam-key", [
        '      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [\n        {\n          "schema_version": 0,\n          "attributes": {\n'
        '            "id": "', ("AWS_ACCESS_KEY", akid(r)), '",\n            "secret": "', ("AWS_SECRET_KEY", aws_secret(r)),
        '",\n            "ses_smtp_password_v4": "', ("GENERIC_SECRET", "B" + b64(r, 32)[:43]), '",\n            "status": "Active",\n            "user": "ci-deployer"\n'
        '          },\n          "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]\n        }\n      ]']


def tf_random_password(r):
    p = pw(r)
    return "terraform/state-random-password", [
        '      "type": "random_password",\n      "name": "db",\n      "instances": [{\n          "attributes": {\n            "bcrypt_hash": "',
        ("GENERIC_SECRET", bcrypt(r)), '",\n            "id": "none",\n            "length": ', str(len(p)), ',\n            "override_special": "!*-_",\n'
        '            "result": "', ("GENERIC_SECRET", p), '",\n            "special": true\n          }\n      }]']


def helm_set_multi(r):
    return "helm/set-multi", [
        f"+ helm upgrade --install orders bitnami/postgresql -n data --version 15.5.{r.randrange(1, 30)} -f values-prod.yaml \\\n"
        "    --set global.postgresql.auth.postgresPassword=", ("GENERIC_SECRET", pw_url(r)), ",global.postgresql.auth.password=",
        ("GENERIC_SECRET", pw_url(r)), " \\\n    --set 'extraEnvVars[0].name=SMTP_PASS,extraEnvVars[0].value=", ("GENERIC_SECRET", pw_url(r)), "'"]


def ansible_vvv(r):
    host = ipv4(r)
    return "ansible/vvv", [
        "<", ("IPV4", host), "> ESTABLISH SSH CONNECTION FOR USER: deploy\n<", ("IPV4", host),
        "> SSH: EXEC sshpass -d12 ssh -C -o ControlMaster=auto -o ControlPersist=60s -o StrictHostKeyChecking=no ", ("IPV4", host),
        " '/bin/sh -c '\"'\"'echo ~deploy && sleep 0'\"'\"''\nok: [db01] => {\n    \"changed\": false,\n    \"invocation\": {\n        \"module_args\": {\n"
        "            \"login_host\": \"localhost\",\n            \"login_password\": \"", ("GENERIC_SECRET", pw(r)),
        "\",\n            \"login_user\": \"root\",\n            \"name\": \"orders\",\n            \"state\": \"present\"\n        }\n    }\n}"]


def ansible_vault_view(r):
    return "ansible/vault-view", [
        "$ ansible-vault view group_vars/prod/vault.yml --vault-password-file ~/.vault_pass\n---\nvault_db_password: ", ("GENERIC_SECRET", pw(r)),
        "\nvault_api_token: ", ("GENERIC_SECRET", hexs(r, 40)), "\nvault_smtp_relay_pass: '", ("GENERIC_SECRET", pw(r)), "'\nvault_backup_user: backup\n",
        *(["vault_deploy_key: |\n  ", ("PRIVATE_KEY", pem(r, "OPENSSH PRIVATE KEY").replace("\n", "\n  ")), "\n"] if r.random() < 0.5 else [])]


def salt_pillar(r):
    m = f"web{r.randrange(1, 20):02d}.prod.{pick(r, DOMAINS)}"
    return "salt/pillar-items", [
        f"$ salt '{m}' pillar.items\n{m}:\n    ----------\n    mysql:\n        ----------\n        root_password:\n            ",
        ("GENERIC_SECRET", pw(r)), "\n        users:\n            ----------\n            app:\n                ----------\n                host:\n"
        "                    %\n                password:\n                    ", ("GENERIC_SECRET", pw(r)), "\n    nginx:\n        ----------\n        workers:\n            4\n"]


def puppet_agent(r):
    return "puppet/agent-run", [
        "Notice: /Stage[main]/Profile::Mysql::Server/Mysql_user[app@%]/password_hash: changed '' to '", ("GENERIC_SECRET", "*" + hexs(r, 40).upper()),
        "'\nNotice: /Stage[main]/Profile::Backup/Exec[register-agent]/returns: executed successfully\n"
        "Debug: Exec[register-agent](provider=posix): Executing '/opt/backup/bin/agent register --server backup.internal --password ",
        ("GENERIC_SECRET", pw(r)), "'\nNotice: Applied catalog in 14.82 seconds"]


def jenkins_console(r):
    return "jenkins/console", [
        f"[Pipeline] sh\n+ curl -sf -u ", ("BASIC_AUTH", "ci-bot:11" + hexs(r, 32)), f" https://jenkins.{pick(r, DOMAINS)}/crumbIssuer/api/json\n"
        "[Pipeline] sh\n+ java -jar jenkins-cli.jar -s https://jenkins.internal/ -auth ", ("BASIC_AUTH", f"admin:{pw(r)}"),
        " build deploy-prod -p VERSION=4.2.0\n[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASS\n"
        "+ docker login -u deploy -p **** nexus.internal:8443\nLogin Succeeded"]


def jenkins_job_config(r):
    return "jenkins/job-config-xml", [
        "<hudson.model.ParametersDefinitionProperty>\n  <parameterDefinitions>\n    <hudson.model.StringParameterDefinition>\n      <name>DB_USER</name>\n"
        "      <defaultValue>orders</defaultValue>\n    </hudson.model.StringParameterDefinition>\n    <hudson.model.StringParameterDefinition>\n"
        "      <name>DB_PASSWORD</name>\n      <defaultValue>", ("GENERIC_SECRET", pw(r)), "</defaultValue>\n"
        "      <trim>false</trim>\n    </hudson.model.StringParameterDefinition>\n  </parameterDefinitions>\n</hudson.model.ParametersDefinitionProperty>"]


def k8s_describe_args(r):
    return "k8s/describe-job", [
        f"Name:           migrate-28893{r.randrange(100, 999)}\nNamespace:      orders\nPod Template:\n  Containers:\n   migrate:\n"
        f"    Image:      ghcr.io/northwind/orders-migrate:2.14.{r.randrange(0, 9)}\n    Command:\n      /app/migrate\n    Args:\n"
        "      --database-url=postgres://", ("CONNECTION_STRING", "migrator:" + pw_url(r)), "@", ("IPV4", ipv4(r)), ":5432/orders?sslmode=require\n"
        "      --notify-token=", ("GENERIC_SECRET", alnum(r, 32)), "\n    Environment:  <none>\nEvents:\n  Type    Reason            Age   From            Message\n"
        "  ----    ------            ----  ----            -------\n  Normal  SuccessfulCreate  12s   job-controller  Created pod: migrate-x7k2p"]


def acme_eab(r):
    k = r.randrange(3)
    if k == 0:
        return "certbot/eab", [
            f"$ sudo certbot register --server https://acme.zerossl.com/v2/DV90 --eab-kid {alnum(r, 22)} --eab-hmac-key ",
            ("GENERIC_SECRET", b64(r, 64, url=True)), " -m ", ("EMAIL", email(r)), " --agree-tos\nAccount registered."]
    if k == 1:
        return "acme.sh/dns-cf", [
            f"export CF_Token=\"", ("GENERIC_SECRET", b64(r, 30, url=True)), f"\"\nexport CF_Account_ID=\"{hexs(r, 32)}\"\n"
            f"acme.sh --issue --dns dns_cf -d '*.{pick(r, DOMAINS)}' --server letsencrypt\n[Sun Dec  6 10:14:22 UTC 2026] Using CA: https://acme-v02.api.letsencrypt.org/directory"]
    return "cert-manager/solver-log", [
        "I1206 10:14:22.117431       1 dns.go:88] cert-manager/challenges/Present: presenting DNS01 challenge for domain ", pick(r, DOMAINS),
        "\nE1206 10:14:23.550102       1 route53.go:120] failed to change record set: using static credentials accessKeyID=", ("AWS_ACCESS_KEY", akid(r)),
        " secretAccessKey=", ("AWS_SECRET_KEY", aws_secret(r)), ": AccessDenied"]


def redis_config_get(r):
    if r.random() < 0.5:
        return "redis/config-get", [
            "127.0.0.1:6379> CONFIG GET *auth*\n1) \"masterauth\"\n2) \"", ("GENERIC_SECRET", pw(r)), "\"\n3) \"masteruser\"\n4) \"replica\"\n"
            "127.0.0.1:6379> CONFIG GET requirepass\n1) \"requirepass\"\n2) \"", ("GENERIC_SECRET", pw(r)), "\""]
    return "redis/acl-list", [
        "127.0.0.1:6379> ACL LIST\n1) \"user default on #", ("GENERIC_SECRET", sha256(r)), " ~* &* +@all\"\n"
        "2) \"user worker on >", ("GENERIC_SECRET", pw(r)), " ~jobs:* resetchannels -@all +@read +@write\"\n3) \"user metrics on nopass ~* +info\""]


def mongo_shell(r):
    f, l_ = name(r)
    if r.random() < 0.5:
        return "mongosh/find", [
            f"orders> db.customers.find({{ _id: ObjectId('{hexs(r, 24)}') }})\n[\n  {{\n    _id: ObjectId('{hexs(r, 24)}'),\n    name: '", ("PERSON", f"{f} {l_}"),
            "',\n    email: '", ("EMAIL", email(r, f, l_)), "',\n    phone: '", ("PHONE", phone(r)),
            "',\n    card: { brand: 'visa', last4: '4242' },\n    createdAt: ISODate('2026-11-02T08:14:00.000Z')\n  }\n]"]
    return "mongosh/auth", [
        "$ mongosh --host ", ("IPV4", ipv4(r)), " --username admin --password ", ("GENERIC_SECRET", pw(r)),
        " --authenticationDatabase admin\nCurrent Mongosh Log ID: ", hexs(r, 24), "\ntest> use orders\norders> db.auth('app', '", ("GENERIC_SECRET", pw(r)),
        "')\n{ ok: 1 }"]


FAMILIES = [tf_outputs, tf_random_password, helm_set_multi, ansible_vvv, ansible_vault_view, salt_pillar, puppet_agent, jenkins_console,
            jenkins_job_config, k8s_describe_args, acme_eab, redis_config_get, mongo_shell]
