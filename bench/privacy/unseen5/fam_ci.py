"""Secrets in CI logs, container files, unit files and web-server configs."""
import gen as g
from gen import rec

GS, AK, ASK, API, CS, UC, BA, BT = ("GENERIC_SECRET", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "API_KEY", "CONNECTION_STRING",
                                   "URL_CREDENTIALS", "BASIC_AUTH", "BEARER_TOKEN")


def gha_unmasked(r):
    # A secret that reached the log through a value GitHub does not mask (derived, or echoed by a tool under set -x).
    k = r.randrange(4)
    ts = f"2026-12-0{r.randrange(1, 6)}T0{r.randrange(10)}:{r.randrange(10, 60)}:{r.randrange(10, 60)}.{r.randrange(1000000, 9999999)}Z"
    if k == 0:
        return rec(f"{ts} ##[group]Run npm publish\n{ts} npm publish --access public\n{ts} shell: /usr/bin/bash -e {{0}}\n"
                   f"{ts} env:\n{ts}   NODE_AUTH_TOKEN: ", (API, g.npm_tok(r)), f"\n{ts} ##[endgroup]\n{ts} npm notice Publishing to https://registry.npmjs.org/")
    if k == 1:
        p = g.pw(r)
        return rec(f"{ts} + echo 'deploying with DB_PASS='\"$DB_PASS\"\n{ts} deploying with DB_PASS=", (GS, p),
                   f"\n{ts} + ./migrate.sh --target prod")
    if k == 2:
        return rec(f"{ts} + aws configure set aws_access_key_id ", (AK, g.aws_akid(r)), f"\n{ts} + aws configure set aws_secret_access_key ",
                   (ASK, g.aws_secret(r)), f"\n{ts} + aws s3 sync ./dist s3://web-assets-prod --delete")
    tok = g.ghp(r, "ghs_")
    return rec(f"{ts} [command]/usr/bin/git -c http.extraheader=\"AUTHORIZATION: basic ", (BA, g.basic(r, "x-access-token", tok)),
               f"\" fetch --no-tags --prune origin\n{ts} remote: Enumerating objects: {r.randrange(10, 900)}, done.")


def gitlab_ci(r):
    k = r.randrange(3)
    if k == 0:
        return rec(f"Running with gitlab-runner 17.{r.randrange(1, 7)}.{r.randrange(3)} (e{g.hexs(r, 7)})\n  on docker-autoscale {g.s(r, g.ALNUM, 8)}, system ID: s_{g.hexs(r, 12)}\n"
                   f"$ docker login -u gitlab-ci-token -p ", (GS, g.pw(r)), f" registry.internal.example:5050\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded")
    if k == 1:
        return rec("$ curl --fail --header \"PRIVATE-TOKEN: ", ("API_KEY", g.glpat(r)),
                   f"\" \"https://gitlab.example.com/api/v4/projects/{r.randrange(100, 9999)}/pipeline\"\n{{\"id\":{r.randrange(10**5, 10**6)},\"status\":\"created\"}}")
    return rec("$ export VAULT_ADDR=https://vault.service.consul:8200\n$ export VAULT_TOKEN=",
               ("API_KEY", "hvs." + g.s(r, g.ALNUM + "_-", 24)), "\n$ vault kv get -field=dsn secret/ci/db\n",
               "postgresql://", (CS, f"ci_user:{g.pw(r, url_safe=True)}"), f"@pg-ci.internal:5432/ci")


def buildkite_circle(r):
    k = r.randrange(3)
    if k == 0:
        return rec(f"$ buildkite-agent start --token ", (GS, g.hexs(r, 50)), f" --tags queue=deploy,os=linux --name agent-%spawn\n"
                   f"2026-12-06 08:{r.randrange(10, 60)}:01 NOTICE Starting buildkite-agent v3.{r.randrange(60, 90)}.{r.randrange(9)} with PID: {r.randrange(900, 99999)}")
    if k == 1:
        return rec(f"#!/bin/bash -eo pipefail\necho \"//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}\" > ~/.npmrc\ncat ~/.npmrc\n"
                   f"//registry.npmjs.org/:_authToken=", (API, g.npm_tok(r)), "\nExited with code exit status 0\nCircleCI received exit code 0")
    return rec("steps:\n  - label: \":docker: build\"\n    env:\n      DOCKER_PASSWORD: \"", (GS, g.pw(r)),
               "\"\n      SENTRY_AUTH_TOKEN: \"", (API, "sntrys_" + g.s(r, g.ALNUM, 60)), "\"\n    plugins:\n      - docker-login#v3.0.0:\n          username: buildbot")


def compose(r):
    db = r.choice(["postgres:16", "mysql:8.4", "mariadb:11", "rabbitmq:3-management", "mongo:7"])
    key = {"postgres:16": "POSTGRES_PASSWORD", "mysql:8.4": "MYSQL_ROOT_PASSWORD", "mariadb:11": "MARIADB_ROOT_PASSWORD",
           "rabbitmq:3-management": "RABBITMQ_DEFAULT_PASS", "mongo:7": "MONGO_INITDB_ROOT_PASSWORD"}[db]
    p = g.pw(r)
    if r.random() < 0.5:
        env = ("      - ", f"{key}=", (GS, p), "\n")
    else:
        env = ("      ", f"{key}: ", (GS, p), "\n")
    app_pw = g.pw(r, url_safe=True)
    return rec(f"services:\n  db:\n    image: {db}\n    restart: unless-stopped\n    environment:\n", *env,
               f"    volumes:\n      - dbdata:/var/lib/data\n  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://",
               (CS, f"api:{app_pw}"), "@db:5432/api\n    ports:\n      - \"8080:8080\"")


def docker_inspect(r):
    p = g.pw(r)
    ip = g.ipv4(r, private=True)
    env_key = r.choice(["DB_PASSWORD", "SPRING_DATASOURCE_PASSWORD", "REDIS_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD", "MINIO_ROOT_PASSWORD"])
    return rec(f"$ docker inspect {g.hexs(r, 12)} --format '{{{{json .Config.Env}}}}' | jq .\n[\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
               f"  \"{env_key}=", (GS, p), f"\",\n  \"JAVA_VERSION=jdk-21.0.{r.randrange(2, 6)}+{r.randrange(5, 13)}\",\n  \"LANG=C.UTF-8\"\n]\n"
               f"$ docker inspect -f '{{{{range .NetworkSettings.Networks}}}}{{{{.IPAddress}}}}{{{{end}}}}' api-1\n", ("IPV4", ip))


def systemd_env(r):
    k = r.randrange(3)
    svc = r.choice(["orders-worker", "grafana-agent", "billing-api", "ledger-sync", "edge-proxy"])
    if k == 0:
        return rec(f"# /etc/systemd/system/{svc}.service\n[Unit]\nDescription={svc}\nAfter=network-online.target\n\n[Service]\nUser={svc.split('-')[0]}\n"
                   "Environment=\"DB_PASS=", (GS, g.pw(r)), "\"\nEnvironment=LOG_LEVEL=info\nExecStart=/opt/", f"{svc}/bin/{svc} --config /etc/{svc}/config.toml\nRestart=on-failure")
    if k == 1:
        return rec(f"$ systemctl show {svc} -p Environment\nEnvironment=GOMAXPROCS=2 API_TOKEN=", (GS, g.hexs(r, 40)),
                   f" HTTP_PORT=8080 TZ=UTC")
    return rec(f"$ sudo systemctl cat {svc}\n# /etc/systemd/system/{svc}.service.d/override.conf\n[Service]\nEnvironment=\"AWS_ACCESS_KEY_ID=",
               (AK, g.aws_akid(r)), "\" \"AWS_SECRET_ACCESS_KEY=", (ASK, g.aws_secret(r)), "\"")


def webserver(r):
    k = r.randrange(5)
    if k == 0:
        return rec("location /internal/ {\n    proxy_pass http://", ("IPV4", g.ipv4(r, True)), ":9000;\n    proxy_set_header Authorization \"Basic ",
                   (BA, g.basic(r)), "\";\n    proxy_set_header Host $host;\n}")
    if k == 1:
        return rec("<VirtualHost *:443>\n  ServerName api.example.net\n  RequestHeader set Authorization \"Bearer ", (BT, g.s(r, g.ALNUM, 40)),
                   "\"\n  ProxyPass / http://backend:8080/\n</VirtualHost>")
    if k == 2:
        return rec("userlist ops\n    user admin insecure-password ", (GS, g.pw(r)), "\n    user viewer password ",
                   (GS, "$6$" + g.s(r, g.ALNUM, 16) + "$" + g.s(r, g.ALNUM + "./", 86)), "\n\nlisten stats\n    bind :8404\n    stats enable\n    stats auth admin:",
                   (GS, g.pw(r)))
    if k == 3:
        return rec("ops.example.org {\n\tbasicauth /admin/* {\n\t\talice ", (GS, "$2a$14$" + g.s(r, g.ALNUM + "./", 53)),
                   "\n\t}\n\treverse_proxy localhost:3000\n}")
    return rec("server {\n    listen 443 ssl;\n    location /metrics {\n        proxy_set_header X-Api-Key ", (GS, g.hexs(r, 32)),
               ";\n        proxy_pass http://", ("IPV4", g.ipv4(r, True)), ":9090;\n    }\n}")


def tls_key_inline(r):
    k = r.randrange(2)
    if k == 0:
        return rec("frontend https-in\n    bind *:443 ssl crt /etc/haproxy/certs/site.pem\n# --- /etc/haproxy/certs/site.pem (tail) ---\n",
                   ("PRIVATE_KEY", g.pem(r, r.choice(["RSA PRIVATE KEY", "PRIVATE KEY"]))))
    return rec("tls:\n  certificate: /etc/caddy/site.crt\n  key: |\n    ", ("PRIVATE_KEY", g.pem(r, "EC PRIVATE KEY").replace("\n", "\n    ")),
               "\n  min_version: tls1.2")


FAMILIES = [(gha_unmasked, 12), (gitlab_ci, 9), (buildkite_circle, 9), (compose, 9), (docker_inspect, 7), (systemd_env, 9),
            (webserver, 14), (tls_key_inline, 5)]
