"""Families: notebooks, tracebacks with locals, Go/Rust/Java struct dumps, mobile logs, IoT payloads, wrapped and split secrets."""
from gen import (DOMAINS, akid, pem, alnum, aws_secret, b64, b64text, bearer_or_jwt, ghp, hexs, ipv4, jwt_any, pick, pw, pw_url, stripe,
                 uuid, vendor_key)
from people import email, name


def jupyter_notebook(r):
    if r.random() < 0.4:
        return "jupyter/ipynb-output", [
            '   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n'
            '      "Collecting git+https://x-access-token:', ("GITHUB_TOKEN", ghp(r)), '@github.com/northwind/featurelib.git@v0.9.2\\n",\n'
            '      "  Cloning https://x-access-token:****@github.com/northwind/featurelib.git (to revision v0.9.2) to /tmp/pip-req-build-',
            alnum(r, 8).lower(), '\\n"\n     ]\n    }\n   ],\n   "source": [\n    "!pip install git+https://x-access-token:${GH_TOKEN}@github.com/northwind/featurelib.git@v0.9.2"\n   ]']
    return "jupyter/ipynb", [
        '  {\n   "cell_type": "code",\n   "execution_count": 7,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n'
        '    "import boto3\\n",\n    "s3 = boto3.client(\\"s3\\",\\n",\n    "    aws_access_key_id=\\"', ("AWS_ACCESS_KEY", akid(r)),
        '\\",\\n",\n    "    aws_secret_access_key=\\"', ("AWS_SECRET_KEY", aws_secret(r)), '\\")\\n",\n'
        '    "os.environ[\\"OPENAI_API_KEY\\"] = \\"', ("API_KEY", vendor_key(r)), '\\"\\n",\n'
        f'    "df = pd.read_parquet(\\"s3://analytics-{hexs(r, 6)}/events/2026-12-01.parquet\\")"\n   ]\n  }},']


def traceback_locals(r):
    user, p = pick(r, ["orders", "app", "etl"]), pw_url(r)
    host = ipv4(r)
    if r.random() < 0.5:
        return "python/rich-traceback-locals", [
            "│ ╭──────────────────────────────── locals ─────────────────────────────────╮ │\n│ │      dsn = 'postgresql://", ("CONNECTION_STRING", f"{user}:{p}"),
            "@", ("IPV4", host), f":5432/{user}' │ │\n│ │ password = '", ("GENERIC_SECRET", p), f"'{' ' * 8}│ │\n│ │  retries = 3{' ' * 20}│ │\n"
            f"│ │     user = '{user}'{' ' * 16}│ │\n│ ╰──────────────────────────────────────────────────────────────────────────╯ │\n"
            "psycopg2.OperationalError: connection to server failed: FATAL:  password authentication failed"]
    return "python/pytest-showlocals", [
        f"    def charge(self, amount):\n>       resp = self.session.post(self.url, json={{'amount': amount}}, headers=headers)\nE       requests.exceptions.ConnectionError: "
        f"HTTPSConnectionPool(host='api.{pick(r, DOMAINS)}', port=443): Max retries exceeded\n\namount     = 1999\napi_key    = '", ("API_KEY", stripe(r)),
        "'\nheaders    = {'Authorization': 'Bearer ", bearer_or_jwt(r), "', 'Idempotency-Key': '", uuid(r), "'}\nself       = <billing.client.Client object at 0x7f3a2c1b9e50>\n\nbilling/client.py:88: ConnectionError"]


def go_panic_struct(r):
    host = ipv4(r)
    return "go/panic-struct", [
        f"2026/12/06 10:14:22 loaded config: &config.Config{{Listen:\":8080\", DB:config.DB{{Host:\"", ("IPV4", host),
        f"\", Port:5432, User:\"orders\", Password:\"", ("GENERIC_SECRET", pw(r)), "\", SSLMode:\"require\"}, StripeKey:\"",
        ("API_KEY", stripe(r)), "\", Debug:false}\npanic: dial tcp ", ("IPV4", host),
        ":5432: connect: connection refused\n\ngoroutine 1 [running]:\nmain.mustConnect(0xc00012e000)\n\t/src/cmd/orders/main.go:57 +0x1a5\nexit status 2"]


def rust_panic_debug(r):
    p, host = pw_url(r), ipv4(r)
    return "rust/panic-debug", [
        "thread 'main' panicked at src/main.rs:42:10:\ncalled `Result::unwrap()` on an `Err` value: Config {\n"
        "    database_url: \"postgres://", ("CONNECTION_STRING", f"svc:{p}"), "@", ("IPV4", host), "/app\",\n    redis_url: \"redis://:",
        ("CONNECTION_STRING", pw_url(r)), "@redis-cache.prod:6379/0\",\n    smtp: SmtpConfig {\n        username: \"alerts\",\n"
        "        password: \"", ("GENERIC_SECRET", pw(r)), "\",\n    },\n    api_token: Some(\n        \"", ("GENERIC_SECRET", hexs(r, 40)),
        "\",\n    ),\n}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"]


def java_tostring(r):
    host = ipv4(r)
    f, l_ = name(r)
    if r.random() < 0.5:
        return "java/tostring", [
            f"Caused by: java.lang.IllegalStateException: Failed to bind DataSourceProperties{{url='jdbc:mysql://", ("IPV4", host),
            "/shop?useSSL=true', username='shop', password='", ("GENERIC_SECRET", pw(r)), "', driverClassName='com.mysql.cj.jdbc.Driver'}\n"
            "\tat org.springframework.boot.autoconfigure.jdbc.DataSourceProperties.determineUrl(DataSourceProperties.java:252)"]
    return "java/lombok-tostring", [
        f"2026-12-06 10:14:22.481  WARN 1 --- [main] c.n.m.MailConfig : using SmtpSettings(host=smtp.{pick(r, DOMAINS)}, port=587, username=",
        ("EMAIL", email(r, f, l_)), ", password=", ("GENERIC_SECRET", pw(r)), ", from=", ("PERSON", f"{f} {l_}"), ", starttls=true)"]


def android_logcat(r):
    f, l_ = name(r)
    pid = r.randrange(2000, 30000)
    return "android/logcat", [
        f"12-06 10:14:22.123  {pid}  {pid} I ActivityTaskManager: START u0 {{act=android.intent.action.VIEW flg=0x10000000 cmp=com.brightcart.app/.auth.LoginActivity (has extras)}}\n"
        f"12-06 10:14:22.410  {pid}  {pid + 31} D LoginViewModel: submit Bundle[{{email=", ("EMAIL", email(r, f, l_)), ", password=",
        ("GENERIC_SECRET", pw(r)), ", remember=true}]\n"
        f"12-06 10:14:23.002  {pid}  {pid + 44} D OkHttp  : Authorization: Bearer ", bearer_or_jwt(r), "\n"
        f"12-06 10:14:23.515  {pid}  {pid + 44} D OkHttp  : <-- 200 https://api.{pick(r, DOMAINS)}/v1/profile (512ms)"]


def ios_device_log(r):
    f, l_ = name(r)
    return "ios/device-log", [
        f"Dec  6 10:14:22 iPhone-QA-07 BrightCart(CFNetwork)[812] <Notice>: Task <{uuid(r).upper()}>.<1> resuming, timeouts(60.0, 604800.0)\n"
        f"Dec  6 10:14:22 iPhone-QA-07 BrightCart[812] <Debug>: [API] POST /v2/login body={{\"username\":\"", ("EMAIL", email(r, f, l_)),
        "\",\"password\":\"", ("GENERIC_SECRET", pw(r)), "\"}\n"
        "Dec  6 10:14:23 iPhone-QA-07 BrightCart[812] <Debug>: [API] headers: [\"Authorization\": \"Token ", ("BEARER_TOKEN", hexs(r, 40)), "\"]"]


def mqtt_iot(r):
    k = r.randrange(3)
    if k == 0:
        return "mqtt/device-config", [
            f"mosquitto_sub -t 'devices/+/config' -v\ndevices/sensor-{r.randrange(1000, 9999)}/config {{\"wifi\":{{\"ssid\":\"Plant-Floor-2\",\"pass\":\"",
            ("GENERIC_SECRET", pw(r)), "\"},\"mqtt\":{\"host\":\"", ("IPV4", ipv4(r)), "\",\"port\":8883,\"user\":\"sensor\",\"password\":\"",
            ("GENERIC_SECRET", pw(r)), "\"},\"fw\":\"2.4.1\"}"]
    if k == 1:
        return "azure-iot/device-connstring", [
            f"[2026-12-06 10:14:22] INFO iothub client start, conn=HostName={pick(r, ['factory', 'fleet'])}-hub.azure-devices.net;DeviceId=gw-{r.randrange(100, 999)};SharedAccessKey=",
            ("CONNECTION_STRING", b64(r, 32)), "\n[2026-12-06 10:14:23] WARN MQTT connection lost, rc=5"]
    if r.random() < 0.5:
        return "aws-iot/create-keys", [
            f'$ aws iot create-keys-and-certificate --set-as-active\n{{\n    "certificateArn": "arn:aws:iot:eu-central-1:{r.randrange(10**11, 10**12)}:cert/{hexs(r, 64)}",\n'
            f'    "certificateId": "{hexs(r, 64)}",\n    "keyPair": {{\n        "PublicKey": "-----BEGIN PUBLIC KEY-----\\n{b64(r, 45)}\\n-----END PUBLIC KEY-----\\n",\n'
            '        "PrivateKey": "', ("PRIVATE_KEY", pem(r, "RSA PRIVATE KEY").replace("\n", "\\n")), '\\n"\n    }\n}']
    return "iot/aliyun-triple", [
        f"# device triple flashed on line 2\nProductKey: a1{alnum(r, 9)}\nDeviceName: gw-{r.randrange(100, 999)}\nDeviceSecret: ",
        ("GENERIC_SECRET", alnum(r, 32)), "\n"]


def _wrap(s, start_col, width):
    """Cuts s the way a terminal does: the first piece fills the line from start_col, then full-width lines."""
    out, first = [], width - start_col
    out.append(s[:first])
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return "\n".join(out)


def wrapped_terminal(r):
    width = pick(r, [80, 120, 132])
    k = r.randrange(3)
    if k == 0:
        pre, typ, tok = f"{r.randrange(10, 23)}:{r.randrange(10, 59)}:07 INFO [gw] upstream auth=Bearer ", "JWT", jwt_any(r)
    elif k == 1:
        pre, typ, tok = f"10:14:{r.randrange(10, 59)} DEBUG send: Authorization: Bearer ", "API_KEY", stripe(r) + alnum(r, 40)
    else:
        # a short token only wraps when it starts near the right margin: a field before it pushes it there
        tok = ghp(r)
        start = width - r.randrange(6, len(tok) - 4)
        head = f"{r.randrange(10, 23)}:11:02 sync-worker "
        head += f"req={uuid(r)} repo=/"
        while len(head) < start:
            head += pick(r, ["platform", "billing", "infra", "mirror", "charts", "docs", "vendor", "tools"]) + "/"
        pre, typ = head[:start - len(" token=")] + " token=", "GITHUB_TOKEN"
    wrapped = _wrap(tok, len(pre), width)
    return f"terminal/wrapped-{width}", [pre, (typ, wrapped), f" (len={len(tok)})"]


def split_concat(r):
    k = r.randrange(4)
    if k == 0:
        key = stripe(r)
        cut = r.randrange(12, len(key) - 6)
        return "js/string-concat", ["// TODO move to env before release\nconst STRIPE_KEY = \"", ("API_KEY", key[:cut]), "\" +\n  \"",
                                    ("API_KEY", key[cut:]), "\";\nexport const stripe = new Stripe(STRIPE_KEY, { apiVersion: '2024-06-20' });"]
    if k == 1:
        s = aws_secret(r)
        return "python/implicit-concat", ["AWS_ACCESS_KEY_ID = \"", ("AWS_ACCESS_KEY", akid(r)), "\"\nAWS_SECRET_ACCESS_KEY = (\n    \"",
                                          ("AWS_SECRET_KEY", s[:20]), "\"\n    \"", ("AWS_SECRET_KEY", s[20:]), "\"\n)"]
    if k == 2:
        t = hexs(r, 48)
        return "json/array-parts", ["{\"webhook\": {\"url\": \"https://hooks.", pick(r, DOMAINS), "/in\", \"secret_parts\": [\"", ("GENERIC_SECRET", t[:16]),
                                    "\", \"", ("GENERIC_SECRET", t[16:32]), "\", \"", ("GENERIC_SECRET", t[32:]), "\"]}}"]
    p = pw(r)
    cut = len(p) // 2
    return "java/string-concat", ["    private static final String DB_PASS = \"", ("GENERIC_SECRET", p[:cut]), "\" + \"", ("GENERIC_SECRET", p[cut:]),
                                  "\"; // split so the scanner misses it"]


def nested_encodings(r):
    k = r.randrange(4)
    if k == 0:
        reg = f"registry.{pick(r, DOMAINS)}"
        cfg = '{"auths":{"%s":{"username":"ci","password":"%s","auth":"%s"}}}' % (reg, pw(r), b64text("ci:" + pw(r)))
        return "k8s/dockerconfigjson", ["apiVersion: v1\nkind: Secret\ntype: kubernetes.io/dockerconfigjson\nmetadata:\n  name: regcred\ndata:\n"
                                        "  .dockerconfigjson: ", ("GENERIC_SECRET", b64text(cfg)), "\n"]
    if k == 1:
        auth = '{"username":"deploy","password":"%s","serveraddress":"registry.%s"}' % (pw(r), pick(r, DOMAINS))
        return "docker/api-registry-auth", ["POST /v1.45/images/create?fromImage=registry.internal%2Fapp&tag=1.4 HTTP/1.1\nHost: docker\n"
                                            "X-Registry-Auth: ", ("GENERIC_SECRET", b64text(auth, url=True)), "\nContent-Length: 0"]
    if k == 2:
        key = hexs(r, 32)
        return "http/urlencoded-json-state", [f"GET /oauth/callback?code_challenge_method=S256&state=%7B%22return%22%3A%22%2Fdash%22%2C%22api_key%22%3A%22",
                                              ("GENERIC_SECRET", key), "%22%7D HTTP/2\nhost: app.", pick(r, DOMAINS)]
    user, p = "admin", pw_url(r)
    return "http/urlencoded-redirect", [("IPV4", ipv4(r)), " - - [06/Dec/2026:10:14:22 +0000] \"GET /login?next=https%3A%2F%2F",
                                        ("URL_CREDENTIALS", f"{user}%3A{p}"), "%40grafana.internal%2Fd%2Fabc HTTP/1.1\" 302 0"]


FAMILIES = [jupyter_notebook, traceback_locals, go_panic_struct, rust_panic_debug, java_tostring, android_logcat, ios_device_log,
            mqtt_iot, wrapped_terminal, split_concat, nested_encodings]
