"""Families: browser devtools copies, API clients (Postman, Insomnia), OpenAPI examples, Sentry/Datadog events, OIDC."""
from gen import (DOMAINS, alnum, b64, b64text, bearer_or_jwt, hexs, ipv4, ipv6, jwt, opaque, pick, pw, slack, uuid, vendor_key)
from people import email, name, phone

UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36"


def devtools_fetch(r):
    d = pick(r, DOMAINS)
    tok = bearer_or_jwt(r)
    sess = pick(r, ["session", "sid", "connect.sid", "laravel_session", "_app_session"])
    return "devtools/copy-as-fetch", [
        f'fetch("https://app.{d}/api/v2/orders?page={r.randrange(2, 40)}&status=open", {{\n  "headers": {{\n'
        '    "accept": "application/json, text/plain, */*",\n    "accept-language": "de-DE,de;q=0.9,en;q=0.8",\n'
        '    "authorization": "Bearer ', tok, '",\n'
        f'    "cookie": "_ga=GA1.2.{r.randrange(10**9, 10**10)}.{r.randrange(1733000000, 1766000000)}; theme=dark; {sess}=', ("GENERIC_SECRET", alnum(r, r.randrange(32, 48))), '",\n'
        '    "sec-ch-ua": "\\"Chromium\\";v=\\"131\\", \\"Not_A Brand\\";v=\\"24\\"",\n    "sec-fetch-mode": "cors"\n  },\n'
        f'  "referrer": "https://app.{d}/orders",\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "include"\n}});']


def devtools_curl(r):
    d = pick(r, DOMAINS)
    f, l_ = name(r)
    return "devtools/copy-as-curl", [
        f"curl 'https://api.{d}/v1/session' \\\n  -H 'authority: api.{d}' \\\n  -H 'content-type: application/json' \\\n"
        "  -H 'x-api-key: ", ("GENERIC_SECRET", hexs(r, 32)), "' \\\n"
        f"  -H 'user-agent: {UA}' \\\n  --data-raw '{{\"email\":\"", ("EMAIL", email(r, f, l_)), '","password":"', ("GENERIC_SECRET", pw(r)),
        f"\",\"remember\":true}}' \\\n  --compressed"]


def devtools_powershell(r):
    d = pick(r, DOMAINS)
    user = pick(r, ["svc-report", "grafana", "ops"])
    return "devtools/copy-as-powershell", [
        "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"
        f"$session.UserAgent = \"{UA}\"\n$session.Cookies.Add((New-Object System.Net.Cookie(\"connect.sid\", \"",
        ("GENERIC_SECRET", "s%3A" + alnum(r, 32) + "." + b64(r, 32).rstrip("=").replace("+", "%2B").replace("/", "%2F")),
        f"\", \"/\", \"portal.{d}\")))\nInvoke-WebRequest -UseBasicParsing -Uri \"https://portal.{d}/api/reports/{r.randrange(100, 999)}\" `\n"
        "-WebSession $session `\n-Headers @{\n\"authorization\"=\"Basic ", ("BASIC_AUTH", b64text(f"{user}:{pw(r)}")), "\"\n"
        "  \"x-requested-with\"=\"XMLHttpRequest\"\n}"]


def devtools_console(r):
    f, l_ = name(r)
    tok = jwt(r, {"sub": uuid(r), "email_verified": True, "exp": r.randrange(1765000000, 1766000000)})
    line = r.randrange(200, 3000)
    return "devtools/console", [
        f"main.3f9a2c.js:{line} [auth] token refreshed {{accessToken: '", ("JWT", tok), f"', expiresIn: 3600, user: {{…}}}}\n"
        f"main.3f9a2c.js:{line + 7} [auth] user {{id: {r.randrange(1000, 99999)}, name: '", ("PERSON", f"{f} {l_}"), "', email: '",
        ("EMAIL", email(r, f, l_)), "', roles: Array(2)}\n"
        f"vendor.8b1e04.js:2 GET https://api.{pick(r, DOMAINS)}/v1/me 304 (Not Modified)"]


def postman_env(r):
    key = pick(r, [("apiKey", lambda: ("API_KEY", vendor_key(r))), ("api_secret", lambda: ("GENERIC_SECRET", hexs(r, 40))),
                   ("clientSecret", lambda: ("GENERIC_SECRET", alnum(r, 34))),
                   ("slackBotToken", lambda: ("SLACK_TOKEN", slack(r)))])
    return "postman/environment", [
        f'{{\n\t"id": "{uuid(r)}",\n\t"name": "{pick(r, ["prod", "staging-eu", "PROD (read-only)"])}",\n\t"values": [\n'
        f'\t\t{{\n\t\t\t"key": "baseUrl",\n\t\t\t"value": "https://api.{pick(r, DOMAINS)}",\n\t\t\t"type": "default",\n\t\t\t"enabled": true\n\t\t}},\n'
        f'\t\t{{\n\t\t\t"key": "{key[0]}",\n\t\t\t"value": "', key[1](), '",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t},\n'
        '\t\t{\n\t\t\t"key": "password",\n\t\t\t"value": "', ("GENERIC_SECRET", pw(r)), '",\n\t\t\t"type": "secret",\n\t\t\t"enabled": true\n\t\t}\n'
        f'\t],\n\t"_postman_variable_scope": "environment",\n\t"_postman_exported_at": "2026-12-0{r.randrange(1, 6)}T09:{r.randrange(10, 59)}:12.345Z"\n}}']


def postman_collection(r):
    kind = r.randrange(3)
    if kind == 0:
        auth = ['"auth": {\n        "type": "bearer",\n        "bearer": [\n          {\n            "key": "token",\n            "value": "',
                ("BEARER_TOKEN", opaque(r)), '",\n            "type": "string"\n          }\n        ]\n      },']
    elif kind == 1:
        auth = ['"auth": {\n        "type": "basic",\n        "basic": [\n          {"key": "password", "value": "', ("GENERIC_SECRET", pw(r)),
                '", "type": "string"},\n          {"key": "username", "value": "svc-export", "type": "string"}\n        ]\n      },']
    else:
        auth = ['"auth": {\n        "type": "apikey",\n        "apikey": [\n          {"key": "value", "value": "', ("GENERIC_SECRET", alnum(r, 32)),
                '", "type": "string"},\n          {"key": "key", "value": "X-API-Key", "type": "string"}\n        ]\n      },']
    return "postman/collection", [
        f'{{\n  "info": {{"_postman_id": "{uuid(r)}", "name": "Orders API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}},\n'
        '  "item": [\n    {\n      "name": "List orders",\n      "request": {\n      ', *auth,
        '\n        "method": "GET",\n        "url": {"raw": "{{baseUrl}}/v1/orders?limit=50", "host": ["{{baseUrl}}"], "path": ["v1", "orders"]}\n      }\n    }\n  ]\n}']


def insomnia_export(r):
    return "insomnia/export-yaml", [
        f"_type: export\n__export_format: 4\n__export_source: insomnia.desktop.app:v2023.5.8\nresources:\n"
        f"  - _id: env_{hexs(r, 32)}\n    parentId: wrk_{hexs(r, 32)}\n    name: Production\n    _type: environment\n    data:\n"
        f"      base_url: https://api.{pick(r, DOMAINS)}\n      client_id: orders-cli\n      client_secret: ", ("GENERIC_SECRET", alnum(r, 40)),
        "\n      token: ", ("BEARER_TOKEN", opaque(r)), "\n"]


def openapi_example(r):
    f, l_ = name(r)
    return "openapi/example", [
        "paths:\n  /customers/{id}:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n"
        "              example:\n                id: 48213\n                name: ", ("PERSON", f"{f} {l_}"),
        "\n                email: ", ("EMAIL", email(r, f, l_)), "\n                phone: '", ("PHONE", phone(r)),
        "'\n                created: '2026-11-02T08:14:00Z'\ncomponents:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n"]


def sentry_event(r):
    f, l_ = name(r)
    tok = bearer_or_jwt(r)
    ip = pick(r, [ipv4, ipv6])(r)
    t = "IPV4" if "." in ip else "IPV6"
    return "sentry/event-json", [
        f'{{"event_id":"{hexs(r, 32)}","level":"error","platform":"python","release":"web@2.{r.randrange(10, 40)}.0",\n'
        f' "request":{{"url":"https://shop.{pick(r, DOMAINS)}/checkout","method":"POST",\n'
        '  "headers":[["Authorization","Bearer ', tok, '"],["Cookie","sessionid=', ("GENERIC_SECRET", alnum(r, 32)), '"]],\n'
        '  "data":{"email":"', ("EMAIL", email(r, f, l_)), '","password":"[Filtered]"}},\n'
        ' "user":{"id":"', str(r.randrange(10000, 99999)), '","email":"', ("EMAIL", email(r, f, l_)), '","ip_address":"', (t, ip),
        '","username":"', ("PERSON", f"{f} {l_}"), '"},\n "exception":{"values":[{"type":"IntegrityError","value":"duplicate key"}]}}']


def datadog_event(r):
    f, l_ = name(r)
    return "datadog/log-event", [
        '{"id":"AQAAAY', alnum(r, 30), '","content":{"service":"checkout","attributes":{\n'
        '  "http":{"method":"GET","status_code":502,"url":"https://api.', pick(r, DOMAINS), f'/v1/rates?base=EUR&api_key=', ("GENERIC_SECRET", hexs(r, 32)),
        '"},\n  "network":{"client":{"ip":"', ("IPV4", ipv4(r)), '"}},\n  "usr":{"email":"', ("EMAIL", email(r, f, l_)), '","name":"',
        ("PERSON", f"{f} {l_}"), f'"}},\n  "dd":{{"trace_id":"{r.randrange(10**18, 10**19)}","span_id":"{r.randrange(10**18, 10**19)}"}}}}}}}}']


def oidc_introspection(r):
    tok = opaque(r)
    return "oidc/introspection", [
        f"POST /realms/prod/protocol/openid-connect/token/introspect HTTP/1.1\nHost: sso.{pick(r, DOMAINS)}\n"
        "Content-Type: application/x-www-form-urlencoded\n\ntoken=", ("BEARER_TOKEN", tok),
        "&token_type_hint=access_token&client_id=orders-api&client_secret=", ("GENERIC_SECRET", alnum(r, 32)),
        f"\n\nHTTP/1.1 200 OK\n{{\"active\":true,\"client_id\":\"web\",\"username\":\"", ("EMAIL", email(r)),
        f"\",\"sub\":\"{uuid(r)}\",\"scope\":\"openid email\",\"exp\":{r.randrange(1765000000, 1766000000)}}}"]


FAMILIES = [devtools_fetch, devtools_curl, devtools_powershell, devtools_console, postman_env, postman_collection, insomnia_export,
            openapi_example, sentry_event, datadog_event, oidc_introspection]
