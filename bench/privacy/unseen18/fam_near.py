"""Near-miss families of unseen18 (no entity): the same dumps as the other families with only non-secret content — references,
masks, placeholders, ciphertext, hashes, digests, ids, versions, public keys, loopback addresses. Every other record (k even) of the
dump families is long (10-100 KB)."""
from gen import ALNUM, URLSAFE, b64, hexs, s, sha256, git_sha, size, spread, ts, uuid
from fam_sec import NS, APPS, _cm_item, _tf_filler, _helm_filler, _gha_filler, _other_ci_filler, _java_frames, _inspect, pod


def n_k8s_secret_refs(r, k):
    ref = ["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s-%s\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: %s-db\n                  key: password\n            - name: API_TOKEN_FILE\n              value: /var/run/secrets/api/token\n          envFrom:\n            - secretRef:\n                name: app-env\n" % (r.choice(NS), r.choice(APPS), r.choice(NS))]
    if k % 4 == 0:
        return spread(r, ["$ kubectl get deploy,cm -o yaml\nitems:\n"], [ref], _cm_item, size(r))
    return ["$ kubectl get deploy %s -o yaml\n" % r.choice(APPS)] + ref


def n_sealed_and_sops(r, k):
    if k % 4 == 0:
        return ["$ cat secrets.enc.yaml\ndb:\n    password: ENC[AES256_GCM,data:%s=,iv:%s=,tag:%s==,type:str]\n    user: ENC[AES256_GCM,data:%s,iv:%s=,tag:%s==,type:str]\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"%sZ\"\n    mac: ENC[AES256_GCM,data:%s=,iv:%s=,tag:%s==,type:str]\n    version: 3.9.1\n" % (
            s(r, ALNUM + "+/", 27), s(r, ALNUM + "+/", 43), s(r, ALNUM + "+/", 22), s(r, ALNUM + "+/", 8), s(r, ALNUM + "+/", 43), s(r, ALNUM + "+/", 22), s(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), ts(r), s(r, ALNUM + "+/", 87), s(r, ALNUM + "+/", 43), s(r, ALNUM + "+/", 22))]
    return ["apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-db\nspec:\n  encryptedData:\n    password: Ag%s\n    username: Ag%s\n" % (r.choice(NS), s(r, ALNUM + "+/", 600), s(r, ALNUM + "+/", 500))]


def n_docker_inspect_clean(r, k):
    def one(r):
        parts = _inspect(r, False)
        out = []
        for p in parts:
            out.append("" if isinstance(p, tuple) else p)
        return ["".join(out).replace('"Gateway": ""', '"Gateway": ""') + ",\n"]
    if k % 4 == 0:
        return spread(r, ["$ docker inspect $(docker ps -aq --filter status=exited)\n[\n"], [], one, size(r), ["    {}\n]\n"])
    return ["$ docker image inspect --format '{{json .RootFS.Layers}}' %s/%s:%d\n[%s]\n" % (r.choice(NS), r.choice(APPS), r.randint(1, 40), ",".join('"sha256:%s"' % sha256(r) for _ in range(r.randint(3, 9))))]


def n_terraform_masked(r, k):
    leak = ["  # aws_db_instance.main will be created\n  + resource \"aws_db_instance\" \"main\" {\n      + password = (sensitive value)\n      + username = \"app\"\n      + endpoint = (known after apply)\n    }\n\n  # random_password.db will be created\n  + resource \"random_password\" \"db\" {\n      + result = (sensitive value)\n      + length = 32\n    }\n\n"]
    head = ["$ terraform plan\n\nTerraform will perform the following actions:\n\n"]
    if k % 4 == 0:
        return spread(r, head, [leak], _tf_filler, size(r), ["Plan: %d to add, 0 to change, 0 to destroy.\n\nChanges to Outputs:\n  + db_password = (sensitive value)\n" % r.randint(3, 90)])
    return head + _tf_filler(r) + leak + ["Plan: %d to add, 0 to change, 0 to destroy.\n" % r.randint(3, 40)]


def n_helm_placeholders(r, k):
    vals = ["auth:\n  existingSecret: %s-pg\n  secretKeys:\n    adminPasswordKey: postgres-password\n  password: \"\"\napi:\n  token: \"{{ .Values.global.apiToken }}\"\n  tokenFrom: ${API_TOKEN}\nsmtp:\n  password: <set-in-vault>\n" % r.choice(NS)]
    if k % 4 == 0:
        return spread(r, ["$ helm template . --debug\n"], [["---\n# Source: values.yaml (debug)\n"] + vals], _helm_filler, size(r))
    return ["$ helm show values bitnami/postgresql | grep -A8 auth\n"] + vals


def n_ci_masked(r, k):
    t = ts(r) + ".%07dZ " % r.randint(0, 9999999)
    m = [t + "##[group]Run docker/login-action@v3\n" + t + "with:\n" + t + "  registry: ghcr.io\n" + t + "  username: ${{ github.actor }}\n" + t + "  password: ***\n" + t + "Logging into ghcr.io...\n" + t + "Login Succeeded!\n" + t + "env:\n" + t + "  AWS_SECRET_ACCESS_KEY: ***\n" + t + "  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n"]
    if k % 4 == 0:
        return spread(r, [], [m], _gha_filler, size(r))
    return m


def n_ci_other_masked(r, k):
    m = ["Job #%d on %s-runner-%d\n" % (r.randint(10**6, 10**8), r.choice(NS), r.randint(1, 30)) + "$ echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin $CI_REGISTRY\nWARNING! Your credentials are stored unencrypted in '/root/.docker/config.json'.\nLogin Succeeded\n[Pipeline] withCredentials\nMasking supported pattern matches of $PASS or $TOKEN\n+ curl -u deploy:**** https://nexus.corp.lan/service/rest/v1/status\n$ echo $VAULT_TOKEN\n[MASKED]\n$ ./deploy.sh %s\n" % r.choice(NS)]
    if k % 4 == 0:
        return spread(r, ["Running with gitlab-runner 17.%d.0 (%s)\n" % (r.randint(0, 6), hexs(r, 8))], [m], _other_ci_filler, size(r))
    return m


def n_env_no_secrets(r, k):
    return ["$ kubectl exec %s -- env\nHOSTNAME=%s\nPATH=/usr/local/bin:/usr/bin:/bin\nDB_PASSWORD_FILE=/run/secrets/db_password\nAWS_ROLE_ARN=arn:aws:iam::%d:role/%s-irsa\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nSECRET_NAME=prod/%s/db\nGIT_COMMIT=%s\nOTEL_TRACES_SAMPLER_ARG=0.1\nKUBERNETES_SERVICE_PORT=443\nPASSWORD_MIN_LENGTH=12\nAPI_KEY_HEADER=X-Api-Key\nTOKEN_TTL_SECONDS=%d\n" % (
        pod(r), pod(r), r.randint(10**11, 10**12 - 1), r.choice(NS), r.choice(NS), git_sha(r), r.randint(60, 86400))]


def n_curl_no_creds(r, k):
    body = '{"items": [%s]}' % ", ".join('{"id": "%s", "etag": "W/\\"%s\\""}' % (uuid(r), hexs(r, 16)) for _ in range(r.randint(300, 1500) if k % 4 == 0 else 2))
    return ["$ curl -v http://localhost:8080/actuator/health\n*   Trying 127.0.0.1:8080...\n* Connected to localhost (127.0.0.1) port 8080\n> GET /actuator/health HTTP/1.1\n> Host: localhost:8080\n> User-Agent: curl/8.5.0\n> traceparent: 00-%s-%s-01\n>\n< HTTP/1.1 200\n< WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\n< ETag: \"%s\"\n< X-Request-Id: %s\n<\n%s\n* Connection #0 to host localhost left intact\n" % (hexs(r, 32), hexs(r, 16), sha256(r), uuid(r), body)]


def n_har_sanitized(r, k):
    def e(r):
        return ['      {"startedDateTime": "%s.%03dZ", "request": {"method": "GET", "url": "https://static.example.com/assets/app.%s.js", "headers": [{"name": "if-none-match", "value": "\\"%s\\""}], "cookies": []}, "response": {"status": 304, "headers": [{"name": "etag", "value": "\\"%s\\""}]}, "serverIPAddress": "", "_initiator": {"type": "parser"}},\n' % (
            ts(r), r.randint(0, 999), hexs(r, 8), hexs(r, 32), hexs(r, 32))]
    head = ['{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "133.0"}, "comment": "exported with sensitive data removed", "entries": [\n']
    if k % 4 == 0:
        return spread(r, head, [], e, size(r), ['      {}\n]}}\n'])
    return head + e(r) + ['      {}\n]}}\n']


def n_traces_no_secrets(r, k):
    head = ["panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\ngoroutine %d [running]:\n" % (hexs(r, 6), r.randint(1, 900))]
    if k % 4 == 0:
        return spread(r, ["Exception in thread \"pool-%d-thread-%d\" java.util.concurrent.TimeoutException\n" % (r.randint(1, 9), r.randint(1, 40))], [], lambda r: _java_frames(r, 1), size(r))
    return head + ["main.(*Store).Get(0x0, {0xc000%s, 0x24})\n\t/src/store.go:%d +0x%x\ncreated by main.main in goroutine 1\n" % (hexs(r, 6), r.randint(10, 400), r.randint(16, 900))]


def n_pg_schema_only(r, k):
    def tbl(r):
        t = "%s_%s" % (r.choice(NS), r.choice(["events", "items", "audit", "outbox"]))
        return ["CREATE TABLE public.%s (\n    id bigint NOT NULL,\n    payload jsonb,\n    password_changed_at timestamp with time zone,\n    token_hash bytea\n);\nALTER TABLE public.%s OWNER TO app;\nGRANT SELECT ON TABLE public.%s TO reporting;\n\n" % (t, t, t)]
    if k % 4 == 0:
        return spread(r, ["$ pg_dump --schema-only app\n"], [], tbl, size(r))
    return ["$ pg_dump --schema-only -t users app\n"] + tbl(r)


def n_lockfile_sbom(r, k):
    def pkg(r):
        name = r.choice(["lodash", "axios", "semver", "debug", "ms", "chalk", "uuid", "yaml", "tslib", "minimatch"])
        v = "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))
        return ['    "node_modules/%s-%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s=="\n    },\n' % (name, hexs(r, 4), v, name, name, v, s(r, ALNUM + "+/", 86))]
    if k % 4 == 0:
        return spread(r, ['{\n  "name": "%s",\n  "lockfileVersion": 3,\n  "packages": {\n' % r.choice(NS)], [], pkg, size(r), ['    "": {}\n  }\n}\n'])
    return ['{\n  "packages": {\n'] + pkg(r) + ['  }\n}\n']


def n_metrics_dump(r, k):
    def m(r):
        return ['http_server_requests_seconds_bucket{method="%s",uri="/api/%s",status="%d",le="%s"} %d\n' % (r.choice(["GET", "POST"]), r.choice(NS), r.choice([200, 404, 500]), r.choice(["0.005", "0.05", "0.5", "+Inf"]), r.randint(0, 10**7))]
    head = ['# HELP build_info Build information\n# TYPE build_info gauge\nbuild_info{version="%d.%d.%d",revision="%s",goversion="go1.23.%d"} 1\n' % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), git_sha(r), r.randint(0, 5))]
    if k % 4 == 0:
        return spread(r, head, [], m, size(r))
    return head + m(r) + m(r)


def n_image_digests(r, k):
    return ["$ docker buildx imagetools inspect ghcr.io/%s/%s:%d.%d\nName:      ghcr.io/%s/%s:%d.%d\nMediaType: application/vnd.oci.image.index.v1+json\nDigest:    sha256:%s\n\nManifests:\n  Name:      ghcr.io/%s/%s@sha256:%s\n  Platform:  linux/amd64\n  Name:      ghcr.io/%s/%s@sha256:%s\n  Platform:  linux/arm64\n" % (
        (r.choice(NS), r.choice(APPS), r.randint(1, 9), r.randint(0, 30)) * 2 + (sha256(r), r.choice(NS), r.choice(APPS), sha256(r), r.choice(NS), r.choice(APPS), sha256(r)))]


def n_build_metadata(r, k):
    return ["BUILDKITE_BUILD_ID=%s\nBUILDKITE_COMMIT=%s\nCI_PIPELINE_ID=%d\nGITHUB_RUN_ID=%d\ntrace_id=%s span_id=%s\nrequest_id=%s\nx-amz-request-id: %s\nx-amz-id-2: %s\n" % (
        uuid(r), git_sha(r), r.randint(10**8, 10**9), r.randint(10**9, 10**10), hexs(r, 32), hexs(r, 16), uuid(r), s(r, "ABCDEF0123456789", 16), s(r, ALNUM + "+/", 76) + "=")]


def n_cert_and_pubkeys(r, k):
    return ["$ openssl x509 -in tls.crt -noout -serial -fingerprint -sha256\nserial=%s\nsha256 Fingerprint=%s\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:%s deploy (ED25519)\n$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy\n-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA%s=\n-----END PUBLIC KEY-----\n" % (
        hexs(r, 32).upper(), ":".join(hexs(r, 2).upper() for _ in range(32)), s(r, ALNUM + "+/", 43), s(r, ALNUM + "+/", 43), s(r, ALNUM + "+/", 43))]


def n_pagerduty_services(r, k):
    return ['{"service": {"id": "P%s", "name": "%s-%s", "escalation_policy": {"id": "P%s", "type": "escalation_policy_reference", "summary": "%s primary"}, "integrations": [{"id": "P%s", "type": "generic_events_api_inbound_integration_reference", "summary": "Alertmanager"}], "teams": [{"id": "P%s", "summary": "Team %s"}], "incident_urgency_rule": {"type": "constant", "urgency": "high"}, "created_at": "%sZ"}}\n' % (
        s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), r.choice(NS), r.choice(APPS), s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), r.choice(NS), s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), s(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6), r.choice(["Phoenix", "Atlas", "Kestrel", "Orion"]), ts(r))]


def n_config_placeholders(r, k):
    kind = k % 4
    svc = "%s-%s" % (r.choice(NS), r.choice(APPS))
    if kind == 0:
        return ["# %s.toml\n[database]\nhost = \"db.internal\"\nuser = \"app\"\npassword = \"\"  # set APP_DATABASE__PASSWORD\ntoken = \"<REPLACE_ME>\"\npool_size = %d\n" % (svc, r.randint(2, 64))]
    if kind == 1:
        return ["# modules/%s/main.tf\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_db_instance\" \"main\" {\n  password = var.db_password\n  username = local.db_user\n}\n" % svc]
    if kind == 2:
        return ["<!-- %s/Web.config -->\n<connectionStrings>\n  <add name=\"Main\" connectionString=\"Server=%%DB_HOST%%;Database=app;User Id=app;Password=%%DB_PASSWORD%%\" />\n</connectionStrings>\n" % svc]
    return ["# %s/.env.example\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\n" % svc + "AWS_SECRET_ACCESS_KEY=<your-secret-key>\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-your-token-here\n"]
