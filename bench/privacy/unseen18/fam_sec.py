"""Secret families of unseen18: what engineers paste whole in an incident (Kubernetes and Docker dumps, Terraform plans and state,
Helm, environment dumps, curl -v and HAR, CI job logs, crash reports, role dumps, tool config files, Slack exports). Every other record
(k even) of the dump families is long (10-100 KB) with the secrets spread through it."""
import json
from urllib.parse import quote
from gen import (ALNUM, HEX, URLSAFE, aws_key, aws_secret, b64, card, ghp, github_pat, hexs, ipv4, ipv4_private, ipv4_public, ipv6, jwt, mac,
                 password, pem_b64, pem_key, rand_secret, s, sha256, git_sha, size, slack_hook, slack_tok, spread, ts, uuid, vendor_key)
import people

NS = ["payments", "checkout", "ledger", "identity", "search", "billing", "notify", "orders", "catalog", "fraud"]
APPS = ["api", "worker", "gateway", "scheduler", "consumer", "web", "sync", "exporter"]
DBH = ["pg-primary.db.svc", "orders-db.internal", "mysql-0.mysql", "aurora-prod.cluster-c9x.eu-west-1.rds.amazonaws.com", "db01.corp.lan"]


def user(r):
    return r.choice(["app", "svc_orders", "ledger_rw", "admin", "deploy", "reporting", "etl", "billing_app"])


def pod(r):
    return "%s-%s-%s-%s" % (r.choice(NS), r.choice(APPS), hexs(r, 10)[:r.choice([9, 10])], s(r, "bcdfghjklmnpqrstvwxz2456789", 5))


# --- Kubernetes ---------------------------------------------------------------------------------------------------------------

def _secret_item(r, ind=""):
    name = "%s-%s" % (r.choice(NS), r.choice(["db", "creds", "api", "tls", "registry", "smtp"]))
    kind = name.rsplit("-", 1)[1]
    out = ["%sapiVersion: v1\n%sdata:\n" % (ind, ind)]
    if kind == "tls":
        out += ["%s  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t%s\n" % (ind, s(r, ALNUM, 120)), "%s  tls.key: " % ind, ("PRIVATE_KEY", pem_b64(r)), "\n"]
        typ = "kubernetes.io/tls"
    elif kind == "registry":
        auth = b64("%s:%s" % (user(r), password(r)))
        cfg = b64(json.dumps({"auths": {"registry.%s.example.com" % r.choice(NS): {"auth": auth}}}))
        out += ["%s  .dockerconfigjson: " % ind, ("GENERIC_SECRET", cfg), "\n"]
        typ = "kubernetes.io/dockerconfigjson"
    else:
        keys = r.sample(["password", "DB_PASSWORD", "api-key", "client-secret", "SMTP_PASS", "token"], 2)
        out += ["%s  %s: %s\n" % (ind, "username", b64(user(r)))]
        for kk in keys:
            out += ["%s  %s: " % (ind, kk), ("GENERIC_SECRET", b64(password(r) if "pass" in kk.lower() else rand_secret(r))), "\n"]
        typ = "Opaque"
    out += ["%skind: Secret\n%smetadata:\n%s  creationTimestamp: \"%sZ\"\n%s  name: %s\n%s  namespace: %s\n%s  resourceVersion: \"%d\"\n%s  uid: %s\n%stype: %s\n" % (
        ind, ind, ind, ts(r), ind, name, ind, r.choice(NS), ind, r.randint(10**6, 10**8), ind, uuid(r), ind, typ)]
    return out


def _cm_item(r, ind="- "):
    pad = " " * len(ind)
    return ["%sapiVersion: v1\n%sdata:\n%s  LOG_LEVEL: %s\n%s  FEATURE_FLAGS: \"%s\"\n%s  CACHE_TTL_SECONDS: \"%d\"\n%skind: ConfigMap\n%smetadata:\n%s  name: %s-config-%s\n%s  namespace: %s\n%s  uid: %s\n" % (
        ind, pad, pad, r.choice(["info", "debug", "warn"]), pad, ",".join(r.sample(["new-checkout", "fast-path", "v2-ledger", "dark-launch", "retry-jitter"], 2)),
        pad, r.randint(30, 3600), pad, pad, pad, r.choice(NS), hexs(r, 5), pad, r.choice(NS), pad, uuid(r))]


def f_kubectl_secrets_yaml(r, k):
    if k % 4 == 0:
        head = ["$ kubectl get secrets,configmaps -n %s -o yaml\napiVersion: v1\nitems:\n" % r.choice(NS)]
        blocks = [_secret_item(r, "  ") for _ in range(r.randint(2, 4))]
        blocks = [["- " + b[0][2:]] + b[1:] for b in blocks]
        return spread(r, head, blocks, lambda r: _cm_item(r), size(r), ["kind: List\nmetadata:\n  resourceVersion: \"\"\n"])
    return ["$ kubectl get secret %s -o yaml\n" % r.choice(["app-secrets", "db-credentials", "smtp"])] + _secret_item(r)


def _env_entry(r):
    kind = r.randrange(8)
    if kind == 0:
        return ["      DB_PASSWORD:             ", ("GENERIC_SECRET", password(r)), "\n"]
    if kind == 1:
        return ["      DATABASE_URL:            postgres://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@%s:5432/%s\n" % (r.choice(DBH), r.choice(NS))]
    if kind == 2:
        return ["      AWS_ACCESS_KEY_ID:       ", ("AWS_ACCESS_KEY", aws_key(r)), "\n      AWS_SECRET_ACCESS_KEY:   ", ("AWS_SECRET_KEY", aws_secret(r)), "\n"]
    if kind == 3:
        return ["      STRIPE_API_KEY:          ", ("API_KEY", vendor_key(r, 0)), "\n"]
    if kind == 4:
        return ["      SLACK_WEBHOOK_URL:       ", ("SLACK_TOKEN", slack_hook(r)), "\n"]
    if kind == 5:
        return ["      REDIS_URL:               redis://:", ("CONNECTION_STRING", password(r)), "@redis-master.%s.svc:6379/0\n" % r.choice(NS)]
    if kind == 6:
        return ["      OAUTH_CLIENT_SECRET:     ", ("GENERIC_SECRET", rand_secret(r, 40)), "\n"]
    return ["      GITHUB_TOKEN:            ", ("GITHUB_TOKEN", ghp(r)), "\n"]


def _describe_pod(r, events=3):
    ip, node_ip = ipv4_private(r), ipv4_private(r)
    p = pod(r)
    out = ["Name:             %s\nNamespace:        %s\nPriority:         0\nService Account:  default\nNode:             ip-%s.eu-west-1.compute.internal/" % (
        p, r.choice(NS), node_ip.replace(".", "-")), ("IPV4", node_ip), "\nStart Time:       %s +0000\nLabels:           app=%s\n                  pod-template-hash=%s\nStatus:           Running\nIP:               " % (
        ts(r, fmt="%a, %d %b %Y %H:%M:%S"), r.choice(APPS), hexs(r, 10)), ("IPV4", ip), "\nIPs:\n  IP:           ", ("IPV4", ip), "\n"]
    if r.random() < 0.5:
        out += ["  IP:           ", ("IPV6", ipv6(r)), "\n"]
    out += ["Containers:\n  app:\n    Container ID:   containerd://%s\n    Image:          registry.example.com/%s/%s:v%d.%d.%d\n    Image ID:       registry.example.com/%s/%s@sha256:%s\n    Port:           8080/TCP\n    State:          Running\n    Ready:          True\n    Restart Count:  %d\n    Limits:\n      memory:  512Mi\n    Environment:\n      LOG_LEVEL:               info\n      JAVA_OPTS:               -Xmx384m -XX:+UseG1GC\n" % (
        sha256(r), r.choice(NS), r.choice(APPS), r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), r.choice(NS), r.choice(APPS), sha256(r), r.randint(0, 40))]
    for _ in range(r.randint(1, 3)):
        out += _env_entry(r)
    out += ["      PGUSER:                  <set to the key 'username' in secret 'db-credentials'>  Optional: false\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\nConditions:\n  Type              Status\n  Ready             True\nEvents:\n  Type     Reason     Age   From     Message\n  ----     ------     ----  ----     -------\n" % s(r, "bcdfghjklmnpqrstvwxz", 5)]
    for _ in range(events):
        out += ["  Warning  BackOff    %dm   kubelet  Back-off restarting failed container app in pod %s_%s(%s)\n" % (r.randint(1, 59), p, r.choice(NS), uuid(r))]
    return out


def f_kubectl_describe_pods(r, k):
    if k % 4 == 0:
        return spread(r, ["$ kubectl describe pods -n %s\n" % r.choice(NS)], [_describe_pod(r) + ["\n\n"] for _ in range(2)],
                      lambda r: ["Name:             %s\nNamespace:        %s\nNode:             <none>\nStatus:           Pending\nIP:\nIPs:              <none>\n" % (pod(r), r.choice(NS))] + ["Containers:\n  app:\n    Environment:\n      LOG_LEVEL:  info\nEvents:  <none>\n\n\n"], size(r))
    return ["$ kubectl describe pod %s\n" % pod(r)] + _describe_pod(r)


# --- Docker -------------------------------------------------------------------------------------------------------------------

def _inspect(r, secret=True):
    ip, gw = ipv4_private(r), ipv4_private(r)
    env = ['"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"', '"LANG=C.UTF-8"']
    out = ['    {\n        "Id": "%s",\n        "Created": "%s.%09dZ",\n        "Path": "docker-entrypoint.sh",\n        "State": {"Status": "running", "Running": true, "Pid": %d, "ExitCode": 0},\n        "Image": "sha256:%s",\n        "Name": "/%s-%s-1",\n        "Config": {\n            "Hostname": "%s",\n            "Env": [\n                ' % (
        sha256(r), ts(r), r.randint(0, 999999999), r.randint(1000, 99999), sha256(r), r.choice(NS), r.choice(APPS), hexs(r, 12)), ",\n                ".join(env)]
    if secret:
        kind = r.randrange(5)
        if kind == 0:
            out += [',\n                "POSTGRES_PASSWORD=', ("GENERIC_SECRET", password(r)), '"']
        elif kind == 1:
            out += [',\n                "MYSQL_ROOT_PASSWORD=', ("GENERIC_SECRET", password(r)), '"']
        elif kind == 2:
            out += [',\n                "AWS_ACCESS_KEY_ID=', ("AWS_ACCESS_KEY", aws_key(r)), '",\n                "AWS_SECRET_ACCESS_KEY=', ("AWS_SECRET_KEY", aws_secret(r)), '"']
        elif kind == 3:
            out += [',\n                "SPRING_DATASOURCE_URL=jdbc:postgresql://%s:5432/%s?user=%s&password=' % (r.choice(DBH), r.choice(NS), user(r)), ("CONNECTION_STRING", password(r)), '"']
        else:
            out += [',\n                "SENTRY_AUTH_TOKEN=', ("API_KEY", vendor_key(r, 16)), '"']
    out += ['\n            ],\n            "Image": "%s/%s:%d.%d",\n            "Labels": {"com.docker.compose.project": "%s", "com.docker.compose.config-hash": "%s"}\n        },\n        "NetworkSettings": {\n            "Networks": {\n                "%s_default": {\n                    "Gateway": "' % (
        r.choice(NS), r.choice(APPS), r.randint(1, 9), r.randint(0, 20), r.choice(NS), sha256(r), r.choice(NS)), ("IPV4", gw), '",\n                    "IPAddress": "', ("IPV4", ip), '",\n                    "IPPrefixLen": 16,\n                    "MacAddress": "', ("MAC", mac(r, 0)), '",\n                    "EndpointID": "%s"\n                }\n            }\n        }\n    }' % sha256(r)]
    return out


def f_docker_inspect(r, k):
    if k % 4 == 0:
        blocks = [_inspect(r) + [",\n"] for _ in range(r.randint(2, 3))]
        return spread(r, ["$ docker inspect $(docker ps -q)\n[\n"], blocks, lambda r: [p if not isinstance(p, tuple) else "" for p in _inspect(r, False)] + [",\n"], size(r), ["    {}\n]\n"])
    return ["$ docker inspect %s\n[\n" % hexs(r, 12)] + _inspect(r) + ["\n]\n"]


def f_compose_config(r, k):
    svc = r.choice(NS)
    out = ["$ docker compose config\nname: %s\nservices:\n  db:\n    environment:\n      POSTGRES_DB: %s\n      POSTGRES_PASSWORD: " % (svc, svc), ("GENERIC_SECRET", password(r)),
           "\n      POSTGRES_USER: %s\n    image: postgres:16.4\n    networks:\n      default: null\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data\n  %s:\n    build:\n      context: /home/%s/src/%s\n      dockerfile: Dockerfile\n    environment:\n" % (user(r), r.choice(APPS), r.choice(["deploy", "ci", "build"]), svc)]
    kind = k % 4
    if kind == 0:
        out += ["      DATABASE_URL: postgresql://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@db:5432/%s\n" % svc]
    elif kind == 1:
        out += ["      RABBITMQ_URL: amqp://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@rabbitmq:5672/%2F\n"]
    elif kind == 2:
        out += ["      MAILGUN_SMTP_URL: smtps://", ("URL_CREDENTIALS", "postmaster%%40mg.%s.example.com:%s" % (svc, rand_secret(r, 32))), "@smtp.eu.mailgun.org:465\n"]
    else:
        out += ["      OPENAI_API_KEY: ", ("API_KEY", vendor_key(r, 22)), "\n"]
    out += ["      SECRET_KEY_BASE: ", ("GENERIC_SECRET", hexs(r, 128)), "\n      RAILS_ENV: production\n    networks:\n      default:\n        ipv4_address: ", ("IPV4", ipv4_private(r)),
            "\n    ports:\n      - mode: ingress\n        target: 3000\n        published: \"3000\"\n        protocol: tcp\nnetworks:\n  default:\n    name: %s_default\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\nvolumes:\n  pgdata:\n    name: %s_pgdata\n" % (svc, svc)]
    return out


# --- Terraform ----------------------------------------------------------------------------------------------------------------

def _tf_filler(r):
    res = r.choice(["aws_security_group_rule", "aws_iam_role_policy_attachment", "aws_cloudwatch_log_group", "aws_s3_bucket_versioning", "aws_route53_record"])
    return ["  # %s.%s_%d will be created\n  + resource \"%s\" \"%s_%d\" {\n      + arn      = (known after apply)\n      + id       = (known after apply)\n      + name     = \"%s-%s-%d\"\n      + tags_all = {\n          + \"Team\"    = \"%s\"\n          + \"CostCtr\" = \"cc-%d\"\n        }\n    }\n\n" % (
        res, r.choice(NS), r.randint(1, 99), res, r.choice(NS), r.randint(1, 99), r.choice(NS), r.choice(APPS), r.randint(1, 999), r.choice(NS), r.randint(1000, 9999))]


def _tf_leak(r, i):
    kind = i % 4
    if kind == 0:
        return ["  # aws_instance.bastion will be created\n  + resource \"aws_instance\" \"bastion\" {\n      + ami           = \"ami-%s\"\n      + private_ip    = \"" % hexs(r, 17), ("IPV4", ipv4_private(r)),
                "\"\n      + user_data     = <<-EOT\n            #!/bin/bash\n            export DB_PASS='", ("GENERIC_SECRET", password(r)), "'\n            echo \"$DB_PASS\" | docker login -u deploy --password-stdin registry.example.com\n        EOT\n    }\n\n"]
    if kind == 1:
        return ["  # azurerm_app_service.web will be updated in-place\n  ~ resource \"azurerm_app_service\" \"web\" {\n      ~ app_settings = {\n          ~ \"ConnectionStrings__Main\" = \"Server=tcp:sql-%s.database.windows.net,1433;Database=%s;User ID=%s;Password=" % (r.choice(NS), r.choice(NS), user(r)),
                ("CONNECTION_STRING", password(r)), ";Encrypt=True;\" -> (known after apply)\n        }\n    }\n\n"]
    if kind == 2:
        return ["  # helm_release.grafana will be updated in-place\n  ~ resource \"helm_release\" \"grafana\" {\n      ~ values = [\n          - <<-EOT\n                adminUser: admin\n                adminPassword: ", ("GENERIC_SECRET", password(r)),
                "\n            EOT,\n        ]\n    }\n\n"]
    return ["  # aws_db_instance.main will be created\n  + resource \"aws_db_instance\" \"main\" {\n      + password = (sensitive value)\n      + tags     = {\n          + \"bootstrap_dsn\" = \"mysql://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@%s:3306/app\"\n        }\n    }\n\n" % r.choice(DBH)]


def f_terraform_plan(r, k):
    head = ["$ terraform plan -out tfplan\n\nTerraform used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:\n  + create\n  ~ update in-place\n\nTerraform will perform the following actions:\n\n"]
    tail = ["Plan: %d to add, %d to change, 0 to destroy.\n" % (r.randint(3, 90), r.randint(0, 9))]
    if k % 4 == 0:
        return spread(r, head, [_tf_leak(r, k + i) for i in range(3)], _tf_filler, size(r), tail)
    return head + _tf_filler(r) + _tf_leak(r, k) + tail


def _state_res(r, secret):
    name = "%s_%d" % (r.choice(NS), r.randint(1, 999))
    if not secret:
        return ['    {\n      "mode": "managed",\n      "type": "aws_s3_bucket",\n      "name": "%s",\n      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",\n      "instances": [{"schema_version": 0, "attributes": {"arn": "arn:aws:s3:::%s-%s", "bucket": "%s-%s", "id": "%s-%s", "region": "eu-central-1"}, "sensitive_attributes": []}]\n    },\n' % (
            name, name, hexs(r, 6), name, hexs(r, 6), name, hexs(r, 6))]
    kind = r.randrange(4)
    if kind == 0:
        return ['    {\n      "mode": "managed",\n      "type": "aws_iam_access_key",\n      "name": "%s",\n      "instances": [{"attributes": {"id": "' % name, ("AWS_ACCESS_KEY", aws_key(r)), '", "secret": "', ("AWS_SECRET_KEY", aws_secret(r)),
                '", "status": "Active", "user": "ci-%s"}, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]\n    },\n' % r.choice(NS)]
    if kind == 1:
        return ['    {\n      "mode": "managed",\n      "type": "tls_private_key",\n      "name": "%s",\n      "instances": [{"attributes": {"algorithm": "RSA", "private_key_pem": "' % name, ("PRIVATE_KEY", pem_key(r, "RSA PRIVATE KEY", nl="\\n")),
                '\\n", "rsa_bits": 4096}}]\n    },\n']
    if kind == 2:
        return ['    {\n      "mode": "managed",\n      "type": "aws_db_instance",\n      "name": "%s",\n      "instances": [{"attributes": {"address": "%s", "password": "' % (name, r.choice(DBH)), ("GENERIC_SECRET", password(r)),
                '", "username": "%s", "port": 5432}}]\n    },\n' % user(r)]
    return ['    {\n      "mode": "managed",\n      "type": "random_password",\n      "name": "%s",\n      "instances": [{"attributes": {"id": "none", "length": 32, "result": "' % name, ("GENERIC_SECRET", rand_secret(r, 32)),
            '", "special": false}}]\n    },\n']


def f_terraform_state(r, k):
    head = ['$ terraform state pull\n{\n  "version": 4,\n  "terraform_version": "1.9.%d",\n  "serial": %d,\n  "lineage": "%s",\n  "outputs": {},\n  "resources": [\n' % (r.randint(0, 8), r.randint(10, 900), uuid(r))]
    tail = ['    {}\n  ],\n  "check_results": null\n}\n']
    if k % 4 == 0:
        return spread(r, head, [_state_res(r, True) for _ in range(3)], lambda r: _state_res(r, False), size(r), tail)
    return head + _state_res(r, False) + _state_res(r, True) + tail


# --- Helm ---------------------------------------------------------------------------------------------------------------------

def _helm_filler(r):
    return ["---\n# Source: %s/templates/%s.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: %s-%s\n  labels:\n    helm.sh/chart: %s-%d.%d.%d\n    app.kubernetes.io/managed-by: Helm\nspec:\n  type: ClusterIP\n  ports:\n    - port: %d\n      targetPort: http\n" % (
        r.choice(NS), r.choice(["service", "svc-headless", "metrics"]), r.choice(NS), r.choice(APPS), r.choice(NS), r.randint(0, 9), r.randint(0, 30), r.randint(0, 9), r.choice([80, 8080, 9090, 5432]))]


def _helm_secret(r, i):
    kind = i % 4
    if kind == 0:
        return ["---\n# Source: app/templates/secret.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\nstringData:\n  SMTP_PASSWORD: \"", ("GENERIC_SECRET", password(r)), "\"\n  SENDGRID_API_KEY: \"", ("API_KEY", vendor_key(r, 5)), "\"\n"]
    if kind == 1:
        return ["---\n# Source: postgresql/templates/secrets.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: release-postgresql\ntype: Opaque\ndata:\n  postgres-password: ", ("GENERIC_SECRET", b64(password(r))), "\n  password: ", ("GENERIC_SECRET", b64(password(r))), "\n"]
    if kind == 2:
        return ["---\n# Source: app/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  application.yml: |\n    spring:\n      datasource:\n        url: jdbc:mysql://%s:3306/%s\n        username: %s\n        password: " % (r.choice(DBH), r.choice(NS), user(r)),
                ("GENERIC_SECRET", password(r)), "\n"]
    return ["---\n# Source: app/templates/deployment.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: DD_API_KEY\n              value: \"", ("GENERIC_SECRET", hexs(r, 32)),
            "\"\n            - name: TAILSCALE_AUTHKEY\n              value: \"", ("API_KEY", vendor_key(r, 12)), "\"\n"]


def f_helm_rendered(r, k):
    if k % 4 == 0:
        return spread(r, ["$ helm template release ./chart -f values-prod.yaml\n"], [_helm_secret(r, k + i) for i in range(2)], _helm_filler, size(r))
    if k % 4 == 1:
        return ["$ helm get values %s -n %s\nUSER-SUPPLIED VALUES:\nauth:\n  existingSecret: \"\"\n  password: " % (r.choice(NS), r.choice(NS)), ("GENERIC_SECRET", password(r)),
                "\n  replicationPassword: ", ("GENERIC_SECRET", password(r)), "\nimage:\n  tag: 16.4.0-debian-12-r%d\nmetrics:\n  enabled: true\n" % r.randint(0, 20)]
    return ["$ helm get manifest %s\n" % r.choice(NS)] + _helm_filler(r) + _helm_secret(r, k)


# --- environment dumps --------------------------------------------------------------------------------------------------------

PLAIN_ENV = ["HOSTNAME=%s" , "HOME=/root", "LANG=C.UTF-8", "PATH=/usr/local/bin:/usr/bin:/bin", "SHLVL=1", "TERM=xterm", "JAVA_HOME=/opt/java/openjdk",
             "NODE_ENV=production", "OTEL_SERVICE_NAME=%s", "GOMAXPROCS=2", "TZ=UTC", "PYTHONUNBUFFERED=1", "PORT=8080", "LOG_FORMAT=json"]


def _env_secret(r, kind=None):
    kind = r.randrange(9) if kind is None else kind
    if kind == 0:
        return [("PGPASSWORD=", ("GENERIC_SECRET", password(r)))]
    if kind == 1:
        return [("AWS_ACCESS_KEY_ID=", ("AWS_ACCESS_KEY", aws_key(r))), ("AWS_SECRET_ACCESS_KEY=", ("AWS_SECRET_KEY", aws_secret(r)))]
    if kind == 2:
        return [("GITHUB_TOKEN=", ("GITHUB_TOKEN", github_pat(r) if r.random() < 0.5 else ghp(r)))]
    if kind == 3:
        return [("SLACK_BOT_TOKEN=", ("SLACK_TOKEN", slack_tok(r)))]
    if kind == 4:
        return [("MONGO_URL=mongodb+srv://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@cluster0.%s.mongodb.net/app" % s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5))]
    if kind == 5:
        return [("%s=" % r.choice(["NPM_TOKEN", "DOCKERHUB_TOKEN", "GRAFANA_SA_TOKEN", "LINEAR_API_KEY", "NEW_RELIC_API_KEY", "DATABRICKS_TOKEN"]), ("API_KEY", vendor_key(r, r.choice([4, 11, 10, 15, 17, 18]))))]
    if kind == 6:
        return [("JWT_SIGNING_SECRET=", ("GENERIC_SECRET", rand_secret(r, 48)))]
    if kind == 7:
        return [("HTTPS_PROXY=http://", ("URL_CREDENTIALS", "%s:%s" % (user(r), password(r))), "@proxy.corp.lan:3128")]
    return [("SERVICE_TOKEN=", ("JWT", jwt(r)))]


def _env_lines(r, sep):
    svc = r.choice(NS)
    lines = [[x % (pod(r) if x.startswith("HOSTNAME") else svc) if "%s" in x else x] for x in r.sample(PLAIN_ENV, r.randint(6, 12))]
    for kind in r.sample(range(9), r.randint(2, 4)):
        for item in _env_secret(r, kind):
            lines.insert(r.randint(0, len(lines)), list(item))
    out = []
    for ln in lines:
        out += ln + [sep]
    return out


def f_env_dumps(r, k):
    kind = k % 5
    if kind == 0:
        return ["$ kubectl exec -n %s %s -- env\n" % (r.choice(NS), pod(r))] + _env_lines(r, "\n")
    if kind == 1:
        return ["# cat -v /proc/%d/environ\n" % r.randint(1, 40000)] + _env_lines(r, "^@") + ["\n"]
    if kind == 2:
        return ["$ sudo xargs -0 -n1 < /proc/%d/environ\n" % r.randint(1, 40000)] + _env_lines(r, "\n")
    if kind == 3:
        return ["root@%s:/app# printenv | sort\n" % hexs(r, 12)] + _env_lines(r, "\n")
    out = ["$ docker exec %s env\n" % hexs(r, 12)] + _env_lines(r, "\n")
    return spread(r, out[:1], [out[1:]], lambda r: ["%s_%d=%s\n" % (r.choice(["FEATURE", "LIMIT", "TIMEOUT", "POOL"]), r.randint(1, 999), r.choice(["true", "false", str(r.randint(1, 9999)), "off"]))], size(r) // 4)


# --- HTTP --------------------------------------------------------------------------------------------------------------------

def _curl(r, big):
    host = "api.%s.example.com" % r.choice(NS)
    ip = ipv4(r)
    out = ["$ curl -v https://%s/v1/%s\n*   Trying " % (host, r.choice(NS)), ("IPV4", ip), ":443...\n* Connected to %s (" % host, ("IPV4", ip), ") port 443\n* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* Server certificate:\n*  subject: CN=*.example.com\n*  issuer: C=US; O=Let's Encrypt; CN=R11\n> GET /v1/%s HTTP/2\n> Host: %s\n> User-Agent: curl/8.5.0\n> Accept: */*\n" % (r.choice(NS), host)]
    kind = r.randrange(4)
    if kind == 0:
        out += ["> Authorization: Bearer ", ("JWT", jwt(r)), "\n"]
    elif kind == 1:
        out += ["> Authorization: Basic ", ("BASIC_AUTH", b64("%s:%s" % (user(r), password(r)))), "\n"]
    elif kind == 2:
        out += ["> Cookie: _session_id=", ("GENERIC_SECRET", hexs(r, 32)), "; theme=dark\n"]
    else:
        out += ["> Authorization: Bearer ", ("BEARER_TOKEN", s(r, URLSAFE, 43)), "\n"]
    out += [">\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: %s\n< set-cookie: refresh=" % uuid(r), ("GENERIC_SECRET", s(r, URLSAFE, 64)), "; Path=/; HttpOnly; Secure\n<\n"]
    body = '{"items": [%s]' % ", ".join('{"id": "%s", "status": "%s", "updated": "%sZ"}' % (uuid(r), r.choice(["ok", "pending", "failed"]), ts(r)) for _ in range(r.randint(100, 800) if big else 3))
    out += [body, ', "access_token": "', ("BEARER_TOKEN", s(r, URLSAFE, 40)), '", "expires_in": 3600}\n* Connection #0 to host %s left intact\n' % host]
    return out


def f_curl_verbose(r, k):
    return _curl(r, k % 4 == 0)


def _har_entry(r, secret):
    ip = ("IPV4", ipv4_public(r)) if secret or r.random() < 0.03 else ""
    host = "app.%s.example.com" % r.choice(NS)
    hdr = [{"name": "accept", "value": "application/json"}, {"name": "x-request-id", "value": uuid(r)}]
    out = ['      {\n        "startedDateTime": "%s.%03dZ",\n        "time": %.3f,\n        "request": {\n          "method": "POST",\n          "url": "https://%s/api/%s",\n          "httpVersion": "h2",\n          "headers": [\n' % (
        ts(r), r.randint(0, 999), r.random() * 900, host, r.choice(NS))]
    out += [",\n".join('            {"name": "%s", "value": "%s"}' % (h["name"], h["value"]) for h in hdr)]
    if secret:
        kind = r.randrange(3)
        if kind == 0:
            out += [',\n            {"name": "authorization", "value": "Bearer ', ("JWT", jwt(r)), '"}']
        elif kind == 1:
            out += [',\n            {"name": "cookie", "value": "connect.sid=', ("GENERIC_SECRET", "s%3A" + s(r, URLSAFE, 32) + "." + s(r, ALNUM, 43)), '"}']
        else:
            out += [',\n            {"name": "x-api-key", "value": "', ("GENERIC_SECRET", hexs(r, 40)), '"}']
    out += ['\n          ],\n          "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "']
    if secret and r.random() < 0.6:
        out += ["grant_type=password&username=%s&password=" % user(r), ("GENERIC_SECRET", quote(password(r), safe=""))]
    else:
        out += ["page=%d&size=50" % r.randint(1, 40)]
    out += ['"}\n        },\n        "response": {"status": 200, "statusText": "", "content": {"size": %d, "mimeType": "application/json"}},\n        "serverIPAddress": "' % r.randint(100, 99999), ip, '",\n        "connection": "%d"\n      }' % r.randint(1000, 99999)]
    return out


def f_har_export(r, k):
    head = ['{\n  "log": {\n    "version": "1.2",\n    "creator": {"name": "WebInspector", "version": "537.36"},\n    "entries": [\n']
    tail = ['\n    ]\n  }\n}\n']
    if k % 4 == 0:
        body = spread(r, [], [_har_entry(r, True) + [",\n"] for _ in range(3)], lambda r: _har_entry(r, False) + [",\n"], size(r))
        return head + body + _har_entry(r, False) + tail
    return head + _har_entry(r, True) + tail


# --- CI logs -----------------------------------------------------------------------------------------------------------------

def _gha_filler(r):
    t = ts(r, fmt="%Y-%m-%dT%H:%M:%S") + ".%07dZ " % r.randint(0, 9999999)
    return [t + r.choice(["npm warn deprecated inflight@1.0.6: This module is not supported", "Downloading https://registry.npmjs.org/%s/-/%s-%d.%d.%d.tgz" % (("lodash",) * 2 + (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))),
                          "PASS src/%s/%s.test.ts (%d.%d s)" % (r.choice(NS), r.choice(APPS), r.randint(1, 30), r.randint(0, 9)), "##[group]Run actions/cache@v4", "##[endgroup]",
                          "Cache restored from key: node-cache-Linux-x64-npm-%s" % sha256(r), "  env:\n%s   AWS_REGION: eu-west-1" % t, "[command]/usr/bin/git log -1 --format=%%H\n%s%s" % (t, git_sha(r))]) + "\n"]


def _gha_leak(r, i):
    t = ts(r) + ".%07dZ " % r.randint(0, 9999999)
    kind = i % 5
    if kind == 0:
        return [t + "##[group]Run aws configure set aws_secret_access_key ***\n" + t + "+ aws sts get-caller-identity --debug\n" + t + "2026-12-01 10:00:00,123 - MainThread - botocore.credentials - DEBUG - Found credentials in environment variables: access_key=", ("AWS_ACCESS_KEY", aws_key(r)), "\n"]
    if kind == 1:
        return [t + "+ echo \"$REGISTRY_PASSWORD\" | base64\n" + t, ("GENERIC_SECRET", b64(password(r))), "\n"]
    if kind == 2:
        return [t + "[command]/usr/bin/git remote -v\n" + t + "origin\thttps://x-access-token:", ("GITHUB_TOKEN", "ghs_" + s(r, ALNUM, 36)), "@github.com/%s/%s.git (fetch)\n" % (r.choice(NS), r.choice(APPS))]
    if kind == 3:
        return [t + "Run curl -sf -X POST \"$WEBHOOK\" -d @payload.json\n" + t + "curl: (22) The requested URL returned error: 404 for ", ("SLACK_TOKEN", slack_hook(r)), "\n"]
    return [t + "Run npm publish\n" + t + "npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access\n" + t + "npm error 403 Forbidden - PUT https://registry.npmjs.org/@%s%%2f%s - token " % (r.choice(NS), r.choice(APPS)), ("API_KEY", vendor_key(r, 4)), " lacks publish rights\n"]


def f_ci_github_actions(r, k):
    head = ["%s.0000000Z ##[group]Runner Image\n" % ts(r)]
    if k % 4 == 0:
        return spread(r, head, [_gha_leak(r, k + i) for i in range(2)], _gha_filler, size(r))
    return head + _gha_filler(r) + _gha_leak(r, k) + _gha_filler(r)


def _other_ci_filler(r):
    return [r.choice(["[%s] Step 4/11 : RUN pip install -r requirements.txt\n" % ts(r, fmt="%H:%M:%S"), "$ bundle exec rspec --format progress\n", ".....F........*.......\n",
                      "Collecting %s==%d.%d.%d\n" % (r.choice(["urllib3", "boto3", "pydantic", "psycopg"]), r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)),
                      "section_end:%d:step_script\r\x1b[0K\n" % r.randint(1700000000, 1799999999), "Uploading artifacts for successful job\n",
                      "[Pipeline] sh\n", "+ ./gradlew test --no-daemon\n", "BUILD SUCCESSFUL in %dm %ds\n" % (r.randint(0, 9), r.randint(0, 59))])]


def _other_ci_leak(r, i):
    kind = i % 5
    if kind == 0:
        return ["$ echo \"deploying with $DEPLOY_TOKEN\"\ndeploying with [MASKED]\n$ curl -u deploy:$DEPLOY_PASS https://nexus.corp.lan/repository/\n+ curl -u ", ("BASIC_AUTH", "deploy:" + password(r)), " https://nexus.corp.lan/repository/releases/\n"]
    if kind == 1:
        return ["[Pipeline] withCredentials\nMasking supported pattern matches of $DB_PASS\n[Pipeline] sh\n+ psql \"postgresql://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@%s/%s\" -c \"select 1\"\n" % (r.choice(DBH), r.choice(NS))]
    if kind == 2:
        return ["~~~ :docker: Logging in to registry\n$ echo \"****\" | docker login --username ci --password-stdin\n~~~ Running agent hooks\nBUILDKITE_AGENT_ACCESS_TOKEN=", ("GENERIC_SECRET", s(r, ALNUM, 52)), "\n"]
    if kind == 3:
        return ["$ terraform init -backend-config=\"token=", ("API_KEY", vendor_key(r, 28)), "\"\nInitializing the backend...\n"]
    return ["$ export VAULT_TOKEN=$(vault write -field=token auth/jwt/login role=ci jwt=$CI_JOB_JWT)\n+ export VAULT_TOKEN=", ("API_KEY", vendor_key(r, 6)), "\n"]


def f_ci_gitlab_jenkins_buildkite(r, k):
    head = [r.choice(["Running with gitlab-runner 17.%d.0 (%s)\n  on shared-runner-%d %s, system ID: s_%s\n" % (r.randint(0, 6), hexs(r, 8), r.randint(1, 9), s(r, ALNUM, 8), hexs(r, 12)),
                      "Started by user deploy-bot\nRunning as SYSTEM\n[Pipeline] Start of Pipeline\n", "~~~ Preparing working directory\n$ cd /var/lib/buildkite-agent/builds/agent-%d/%s\n" % (r.randint(1, 9), r.choice(NS))])]
    if k % 4 == 0:
        return spread(r, head, [_other_ci_leak(r, k + i) for i in range(2)], _other_ci_filler, size(r))
    return head + _other_ci_filler(r) + _other_ci_leak(r, k)


# --- crash reports -----------------------------------------------------------------------------------------------------------

def _java_frames(r, n):
    return ["\tat com.%s.%s.%s.%s(%s.java:%d)\n" % (r.choice(NS), r.choice(APPS), r.choice(["repo", "service", "web", "core"]), r.choice(["save", "load", "handle", "apply", "call"]),
                                                   r.choice(["OrderRepository", "LedgerService", "Handler", "Worker"]), r.randint(20, 900)) for _ in range(n)]


def _crash_leak(r, i):
    kind = i % 4
    if kind == 0:
        return ["org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"%s\"\n\tdataSource.url = jdbc:postgresql://%s:5432/%s?user=%s&password=" % (user(r), r.choice(DBH), r.choice(NS), user(r)), ("CONNECTION_STRING", password(r)), "\n"]
    if kind == 1:
        return ["  File \"/app/%s/db.py\", line %d, in connect\n    conn = psycopg2.connect(dsn)\n      dsn = 'host=%s dbname=%s user=%s password=" % (r.choice(NS), r.randint(10, 300), r.choice(DBH), r.choice(NS), user(r)), ("CONNECTION_STRING", password(r)), "'\n      retries = 3\n"]
    if kind == 2:
        return ["   at Microsoft.Data.SqlClient.SqlConnection.Open()\n   Locals:\n     connectionString = \"Server=sql01.corp.lan;Database=%s;User Id=%s;Password=" % (r.choice(NS), user(r)), ("CONNECTION_STRING", password(r)), ";TrustServerCertificate=True\"\n"]
    return ["goroutine %d [running]:\nmain.(*Client).Do(0xc000%s, {0x%s, 0x%x})\n\t/src/client.go:%d\n  client.apiKey = \"" % (r.randint(1, 900), hexs(r, 6), hexs(r, 6), r.randint(10, 99), r.randint(20, 400)), ("API_KEY", vendor_key(r, 3)), "\"\n"]


def f_crash_reports(r, k):
    head = ["Exception in thread \"main\" java.lang.IllegalStateException: pool %s could not be initialised\n" % r.choice(NS)]
    if k % 4 == 0:
        return spread(r, head, [_crash_leak(r, k + i) for i in range(2)], lambda r: _java_frames(r, 1), size(r) // 2)
    return head + _java_frames(r, r.randint(3, 8)) + ["Caused by: "] + _crash_leak(r, k) + _java_frames(r, 3)


# --- database roles, tool configs, escaped structures, chat -----------------------------------------------------------------

def f_pg_dumpall_roles(r, k):
    out = ["$ pg_dumpall --roles-only\n--\n-- PostgreSQL database cluster dump\n--\n\nSET default_transaction_read_only = off;\nSET client_encoding = 'UTF8';\n\n--\n-- Roles\n--\n\n"]
    for i in range(r.randint(2, 5)):
        u = user(r) + str(i)
        out += ["CREATE ROLE %s;\nALTER ROLE %s WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '" % (u, u)]
        if r.random() < 0.5:
            out += [("GENERIC_SECRET", password(r)), "';\n"]
        else:
            out += ["SCRAM-SHA-256$4096:%s$%s:%s';\n" % (s(r, ALNUM + "+/", 24), s(r, ALNUM + "+/", 43) + "=", s(r, ALNUM + "+/", 43) + "=")]
    out += ["-- manual fix applied during the incident:\nALTER USER replicator WITH PASSWORD '", ("GENERIC_SECRET", password(r)), "';\n"]
    return out


def f_tool_config_files(r, k):
    kind = k % 10
    if kind == 0:
        return ["$ cat ~/.terraform.d/credentials.tfrc.json\n{\n  \"credentials\": {\n    \"app.terraform.io\": {\n      \"token\": \"", ("API_KEY", vendor_key(r, 28)), "\"\n    }\n  }\n}\n"]
    if kind == 1:
        return ["$ cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"ghcr.io\": {\n\t\t\t\"auth\": \"", ("GENERIC_SECRET", b64("%s:%s" % (r.choice(NS), ghp(r)))), "\"\n\t\t}\n\t},\n\t\"credsStore\": \"\"\n}\n"]
    if kind == 2:
        return ["$ cat .npmrc\n@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=" % r.choice(NS), ("GITHUB_TOKEN", ghp(r)), "\n//registry.npmjs.org/:_authToken=", ("API_KEY", vendor_key(r, 4)), "\nalways-auth=true\n"]
    if kind == 3:
        return ["$ cat ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ", ("API_KEY", "pypi-AgEIcHlwaS5vcmcCJ" + s(r, URLSAFE, 120)), "\n"]
    if kind == 4:
        return ["$ cat ~/.s3cfg\n[default]\naccess_key = ", ("AWS_ACCESS_KEY", aws_key(r)), "\nbucket_location = EU\nhost_base = s3.amazonaws.com\nsecret_key = ", ("AWS_SECRET_KEY", aws_secret(r)), "\nsignature_v2 = False\n"]
    if kind == 5:
        return ["$ cat ~/.databrickscfg\n[DEFAULT]\nhost  = https://adb-%d.%d.azuredatabricks.net\ntoken = " % (r.randint(10**15, 10**16), r.randint(1, 19)), ("API_KEY", vendor_key(r, 18)), "\n"]
    if kind == 6:
        return ["$ cat ~/.config/rclone/rclone.conf\n[b2]\ntype = b2\naccount = %s\nkey = " % ("00" + hexs(r, 10) + "0000000001"), ("GENERIC_SECRET", "K00" + s(r, ALNUM + "/+", 28)), "\n\n[sftp-backup]\ntype = sftp\nhost = backup.corp.lan\nuser = rclone\n"]
    if kind == 7:
        return ["$ cat wrangler.toml\nname = \"%s-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2026-09-01\"\n\n[vars]\nUPSTREAM = \"https://api.%s.example.com\"\nUPSTREAM_TOKEN = \"" % (r.choice(NS), r.choice(NS)), ("GENERIC_SECRET", rand_secret(r, 40)), "\"\n"]
    if kind == 8:
        return ["$ cat /etc/telegraf/telegraf.d/outputs.conf\n[[outputs.influxdb_v2]]\n  urls = [\"http://", ("IPV4", ipv4_private(r)), ":8086\"]\n  token = \"", ("GENERIC_SECRET", s(r, URLSAFE, 86) + "=="), "\"\n  organization = \"%s\"\n  bucket = \"telegraf\"\n" % r.choice(NS)]
    return ["$ cat ~/.netrc\nmachine api.heroku.com\n  login ", ("EMAIL", people.email(r)), "\n  password ", ("API_KEY", "HRKU-AA" + s(r, URLSAFE, 58)), "\n"]


def f_secrets_escaped(r, k):
    kind = k % 5
    if kind == 0:
        inner = '{\\"db\\":{\\"host\\":\\"%s\\",\\"password\\":\\"' % r.choice(DBH)
        return ['{"ts":"%sZ","level":"error","msg":"config reload failed","config":"%s' % (ts(r), inner), ("GENERIC_SECRET", password(r)), '\\"}}","svc":"%s"}\n' % r.choice(NS)]
    if kind == 1:
        return ["POST /oauth/token HTTP/1.1\nHost: login.%s.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=%s&client_secret=" % (r.choice(NS), uuid(r)), ("GENERIC_SECRET", s(r, URLSAFE, 34) + "%7E" + s(r, ALNUM, 6)), "\n"]
    if kind == 2:
        return ["<?xml version=\"1.0\"?>\n<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deploy</username>\n      <password>", ("GENERIC_SECRET", password(r)), "</password>\n    </server>\n  </servers>\n</settings>\n"]
    if kind == 3:
        return ["[2026-12-07 09:14:%02d] production.ERROR: SQLSTATE[HY000] [1045] Access denied {\"exception\":\"[object] (PDOException(code: 1045): at /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)\",\"config\":{\"driver\":\"mysql\",\"password\":\"" % r.randint(0, 59),
                ("GENERIC_SECRET", password(r).replace("/", "\\/")), "\"}}\n"]
    return ["vault_kv_secret_v2.app: Refreshing state... [id=secret/data/%s]\nresource \"vault_kv_secret_v2\" \"app\" {\n  data_json = jsonencode({\n    \"api_token\" = \"" % r.choice(NS), ("API_KEY", vendor_key(r, 14)), "\"\n  })\n}\n"]


def f_slack_export_tokens(r, k):
    a, b = people.person(r, "us"), people.person(r)
    msgs = [(a, "prod deploy failing, here is what the job sees:"), (b, None), (a, "rotating now, thanks")]
    out = ['[\n']
    for i, (p, text) in enumerate(msgs):
        out += ['    {\n        "type": "message",\n        "user": "U0%s",\n        "ts": "%d.%06d",\n        "user_profile": {"real_name": "' % (s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9), r.randint(1790000000, 1799999999), r.randint(0, 999999)), ("PERSON", p[0]), '"},\n        "text": "']
        if text:
            out += [text]
        else:
            kind = k % 4
            if kind == 0:
                out += ["```export AWS_ACCESS_KEY_ID=", ("AWS_ACCESS_KEY", aws_key(r)), "\\nexport AWS_SECRET_ACCESS_KEY=", ("AWS_SECRET_KEY", aws_secret(r)), "```"]
            elif kind == 1:
                out += ["bot token is ", ("SLACK_TOKEN", slack_tok(r)), " (the old one)"]
            elif kind == 2:
                out += ["use `", ("API_KEY", vendor_key(r, 19)), "` for the Postman collection"]
            else:
                out += ["```\\nError: connect to postgres://", ("CONNECTION_STRING", "%s:%s" % (user(r), password(r))), "@%s:5432 refused\\n```" % r.choice(DBH)]
        out += ['"\n    }%s\n' % ("," if i < 2 else "")]
    return out + [']\n']


def _inv_host(r, secret):
    host = ("IPV4", ipv4_private(r)) if secret or r.random() < 0.02 else "%s-%02d.prod.corp.lan" % (r.choice(NS), r.randint(1, 99))
    out = ['            "%s-%02d": {\n                "ansible_host": "' % (r.choice(NS), r.randint(1, 99)), host, '",\n                "ansible_user": "%s"' % r.choice(["ubuntu", "ec2-user", "deploy"])]
    if secret:
        kind = r.randrange(3)
        if kind == 0:
            out += [',\n                "ansible_password": "', ("GENERIC_SECRET", password(r)), '"']
        elif kind == 1:
            out += [',\n                "ansible_become_pass": "', ("GENERIC_SECRET", password(r)), '"']
        else:
            out += [',\n                "mysql_root_password": "', ("GENERIC_SECRET", password(r)), '"']
    return out + ['\n            },\n']


def f_ansible_inventory(r, k):
    head = ['$ ansible-inventory -i inventories/prod --list\n{\n    "_meta": {\n        "hostvars": {\n']
    tail = ['            "localhost": {"ansible_connection": "local"}\n        }\n    },\n    "all": {"children": ["ungrouped", "%s"]}\n}\n' % r.choice(NS)]
    if k % 4 == 0:
        return spread(r, head, [_inv_host(r, True) for _ in range(2)], lambda r: _inv_host(r, False), size(r), tail)
    return head + _inv_host(r, False) + _inv_host(r, True) + tail
