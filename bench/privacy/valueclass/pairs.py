"""Key/value pairs of a text, as the C# ValueClassifierRecognizer reads them (ValueClassifierRecognizer.Pairs.cs): one
structural reader over the shapes secrets sit in, yielding (key, value start, value end, structure kind), and the features
the classifier reads from a pair. Every pattern has bounded quantifiers, so each match is read in bounded time from its start.
"""
import math
import re

MAX_KEY, MAX_VALUE = 64, 512

# Structure kinds (one-hot features; the C# enum has the same order).
KINDS = ["assign", "flag", "sibling", "xml", "nextline", "wrapped", "call", "list"]

# A value quoted (up to its closing quote, on one line) or bare (up to a blank or a delimiter).
def _value(bare):
    return r"""(?:["'`](?P<qv>[^\r\n"'`]{1,512})|(?P<uv>""" + bare + r"""{1,512}))"""
PATTERNS = [
    # {"key": "password", "value": "…"} (Postman), {"name": "X-Api-Key", "value": "…"} (HAR), - name: X\n  value: Y (k8s env)
    ("sibling", re.compile(
        r"""["']?(?:key|name)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?P<key>[^"'\s,]{1,64})["']?[ \t]{0,3},?[ \t]{0,3}\r?\n?(?:[ \t]{0,16}-?[ \t]{0,3})?"""
        r"""(?:[ \t]{0,16}["']?(?:type|enabled|description)["']?[ \t]{0,3}:[ \t]{0,3}[^\r\n,]{0,64},?[ \t]{0,3}\r?\n?){0,2}[ \t]{0,16}"""
        r"""["']?(?:value|defaultValue)["']?[ \t]{0,3}[:=][ \t]{0,3}""" + _value(r"""[^\s"'`,;}]"""))),
    # <name>K</name> <value>V</value>, <key>K</key><string>V</string> (plist), <K>V</K>
    ("xml", re.compile(
        r"""<(?:name|key)>(?P<key>[^<\s]{1,64})</(?:name|key)>[ \t\r\n]{0,64}<(?:value|string|defaultValue)>(?P<value>[^<\s]{1,512})</""")),
    ("xml", re.compile(r"""<(?P<key>[A-Za-z_][\w.:-]{0,63})>(?P<value>[^<\s]{1,512})</(?P=key)>""")),
    # Redis CONFIG GET: 1) "requirepass"\n2) "value"; a YAML/pillar key alone on its line, its value alone on the next
    ("nextline", re.compile(
        r"""(?m)^[ \t]{0,16}(?:\d{1,4}\)[ \t]{1,3})?"(?P<key>[^"\s]{1,64})"[ \t]*\r?\n[ \t]{0,16}\d{1,4}\)[ \t]{1,3}"(?P<value>[^"\r\n]{1,512})"[ \t]*$""")),
    ("nextline", re.compile(
        r"""(?m)^[ \t]{0,32}(?P<key>[A-Za-z_][\w.-]{0,63}):[ \t]*\r?\n[ \t]{1,48}(?P<value>[^\s:#-][^\s]{0,511}(?<!:))[ \t]*$""")),
    # A call with a name and a value: Cookie("connect.sid", "…"), db.auth('app', '…'), setHeader("X-Token", "…"): the callee and
    # the first argument name the second.
    ("call", re.compile(
        r"""(?<![\w.])(?P<key>[A-Za-z_][\w.]{0,47}\(["'][^"'\s]{1,64})["'][ \t]{0,3},[ \t]{0,3}["'](?P<value>[^"'\r\n]{1,512})["']""")),
    # Rust {:#?}: name: Some(\n    "value",\n)
    ("wrapped", re.compile(r"""(?<!\w)(?P<key>[A-Za-z_]\w{0,63}):[ \t]{0,3}Some\([ \t\r\n]{0,32}"(?P<value>[^"\r\n]{1,512})\"""")),
    # key=value, key: value, "key": "value", key = 'value' (also ?a=b&c=d, a=b; c=d cookies, --set a=x,b=y, -H 'x-key: v')
    ("assign", re.compile(
        r"""(?<![\w.\[\]-])(?P<key>[A-Za-z_@$][\w.\[\]-]{0,63})["']?[ \t]{0,3}(?::(?!//)|=|=>|:=)[ \t]{0,3}""" + _value(r"""[^\s"'`,;&<>{}()\[\]|]"""))),
    # --flag value (the flag's own = form is an assignment above)
    ("flag", re.compile(r"""(?<![\w-])--(?P<key>[A-Za-z][\w-]{1,63})[ \t]{1,3}(?!-)""" + _value(r"""[^\s"'`]"""))),
]

# "key": ["a", "b"], KEY = (\n "a"\n "b"\n): each quoted item of a list or of implicitly joined strings takes the list's key.
LIST_OPEN = re.compile(r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]{0,3}(?::|=)[ \t]{0,3}[\[(][ \t\r\n]{0,32}(?=["'])""")
LIST_ITEM = re.compile(r"""["'](?P<value>[^"'\r\n]{1,512})["'][ \t]{0,3},?[ \t\r\n]{0,32}""")
MAX_ITEMS = 16

SPLIT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def key_tokens(key):
    """camelCase, snake, kebab, dotted and indexed paths split into lower-case tokens; an indexed path's last part names it."""
    return [t.lower() for t in SPLIT.findall(key)]


# The cheap anchor: only a key holding one of these words can be added, so the patterns read only windows of lines around them
# (two lines before, twenty after, at most 400 and 2,000 characters), merged where they meet. Each character is then read by each
# pattern a bounded number of times.
ANCHOR = re.compile(r"pass|pwd|secret|priv|token|bearer|jwt|key|auth|cred|login|sess|cookie|remember|signature|hmac|csrf|xsrf", re.I)
BACK_LINES, BACK_CHARS, AHEAD_LINES, AHEAD_CHARS = 2, 400, 20, 2000


def windows(text):
    """(start, end) of the merged windows around the anchors."""
    out = []
    for m in ANCHOR.finditer(text):
        p = m.start()
        if out and p < out[-1][1]:
            continue
        lo, a, n = max(0, p - BACK_CHARS), p, 0
        while True:
            nl = text.rfind("\n", lo, a)
            if nl < 0:
                a = lo
                break
            n += 1
            if n == BACK_LINES + 1:
                a = nl + 1
                break
            a = nl
        hi, b, n = min(len(text), p + AHEAD_CHARS), p, 0
        while True:
            nl = text.find("\n", b, hi)
            if nl < 0:
                b = hi
                break
            n += 1
            if n == AHEAD_LINES:
                b = nl
                break
            b = nl + 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def qualifier(text, key_start):
    """The word of 2–16 ASCII letters right before a key, one space between, itself after a blank, a quote or the text's start."""
    if key_start < 3 or text[key_start - 1] != " ":
        return None
    i = key_start - 1
    while i > 0 and key_start - 1 - i < 16 and text[i - 1].isascii() and text[i - 1].isalpha():
        i -= 1
    n = key_start - 1 - i
    if n < 2 or (i > 0 and (text[i - 1].isascii() and text[i - 1].isalpha() or text[i - 1] not in " \t\r\n\"'")):
        return None
    return text[i:key_start - 1]


def pairs(text):
    """Every (kind, key, value start, value end) of the text, one pair per value span (the first pattern wins)."""
    seen = set()
    out = []
    spans = windows(text)
    for kind, pattern in PATTERNS:
        for a, b in spans:
          for m in pattern.finditer(text, a, b):
            g = "value" if "value" in pattern.groupindex else ("qv" if m.group("qv") is not None else "uv")
            s, e = m.span(g)
            v = text[s:e].rstrip(" \t,;)]}")
            e = s + len(v)
            if e <= s or (s, e) in seen:
                continue
            seen.add((s, e))
            key = m.group("key")
            # "public key: …", "[Peer] PublicKey = …": a one-word qualifier before a bare key on its line belongs to the key.
            if kind == "assign":
                q = qualifier(text, m.start("key"))
                if q:
                    key = q + " " + key
            out.append((kind, key, s, e))
    for a, b in spans:
        for m in LIST_OPEN.finditer(text, a, b):
            at = m.end()
            for _ in range(MAX_ITEMS):
                item = LIST_ITEM.match(text, at)
                if not item:
                    break
                s, e = item.span("value")
                if (s, e) not in seen:
                    seen.add((s, e))
                    out.append(("list", m.group("key"), s, e))
                at = item.end()
    return out


PASS = {"pass", "password", "passwd", "pwd", "pw", "passphrase", "passcode", "pin"}
SECRET = {"secret", "secrets", "private", "priv"}
TOKEN = {"token", "tokens", "bearer", "jwt", "otp"}
KEY = {"key", "apikey", "keys"}
AUTH = {"auth", "authorization", "credential", "credentials", "creds", "cred", "login"}
SESSION = {"session", "sess", "sessionid", "cookie", "remember"}
SIG = {"sig", "signature", "hmac", "salt", "csrf", "xsrf"}
# The last token says what the key holds: a name, a length, a path, a type of the secret (as SecretValues.DescriptiveSuffixes).
DESCRIPTIVE = {
    "name", "names", "length", "len", "min", "max", "id", "ids", "file", "path", "dir", "ref", "arn", "version", "ttl", "count", "policy",
    "type", "kind", "enabled", "disabled", "required", "expiry", "expires", "expiration", "age", "rotation", "provider", "store", "header",
    "field", "prefix", "url", "uri", "endpoint", "location", "format", "mode", "scope", "scopes", "algorithm", "size", "timeout",
    "interval", "label", "fingerprint", "hint", "reset", "strength", "mask", "masked", "hash", "limit", "source", "env", "var",
    "variable", "encryption", "method", "scheme", "cipher", "stdin", "prompt", "command", "cmd", "helper", "accessor", "domain",
    "samesite", "httponly", "secure", "time", "date", "timestamp", "user", "username", "host", "port", "consent", "include",
    "public", "pub", "publishable", "status", "state", "level", "manager", "usage",
}
STEMS = ("pass", "pwd", "secret", "token", "key", "auth", "cred", "sess", "cookie", "hmac")
CREDENTIAL_QUALIFIERS = {"api", "access", "signing", "master", "client", "app", "service", "account", "license", "encryption", "shared", "root", "admin",
                         "consumer", "subscription", "private", "hmac", "webhook", "deploy", "ssh", "gpg", "pgp", "rsa", "aes", "kms", "sas", "storage"}
PUBLIC = {"public", "pub", "publishable", "agent"}


COMPOUND_HEADS = {"require", "master", "api", "access", "client", "db", "root", "admin", "app", "user", "login", "auth", "secret", "private",
                  "session", "refresh", "id", "bearer", "service", "account", "shared", "signing", "consumer", "oauth", "web", "cluster"}


def compound(token):
    return any(len(token) > len(s) and token.endswith(s) and token[:-len(s)] in COMPOUND_HEADS for s in STEMS)


def key_features(tokens):
    f = {}
    groups = [("k_pass", PASS), ("k_secret", SECRET), ("k_token", TOKEN), ("k_key", KEY), ("k_auth", AUTH), ("k_session", SESSION), ("k_sig", SIG)]
    for name, words in groups:
        f[name] = 1.0 if any(t in words for t in tokens) else 0.0
    # A compound of two words run together (requirepass, masterauth, apitoken) is weaker evidence than a token of its own; only a
    # known first word makes one (bypass, compass and passkey-less words such as "monkey" end in a stem too).
    f["k_stem"] = 1.0 if not any(f.values()) and any(compound(t) for t in tokens) else 0.0
    f["k_desc"] = 1.0 if tokens and tokens[-1] in DESCRIPTIVE else 0.0
    # The last token is what the key holds (api_token, AWS_SECRET_ACCESS_KEY); a secret word before it only qualifies it
    # (secret_parts, session.UserAgent, PASSWORD_HASHERS).
    last = tokens[-1] if tokens else ""
    f["k_head"] = 1.0 if any(last in words for _, words in groups) or compound(last) else 0.0
    f["k_public"] = 1.0 if any(t in PUBLIC for t in tokens) else 0.0
    f["k_none"] = 1.0 if not any(f[n] for n, _ in groups) and not f["k_stem"] else 0.0
    return f


MASK = re.compile(r"^(?:[*xX•·#]{3,}|\[(?:filtered|redacted|hidden|masked|secure)\]|<(?:redacted|hidden|masked)>|\(?(?:redacted|filtered|hidden|masked|sensitive)\)?)$", re.I)
PARTIAL_MASK = re.compile(r"(?:[*•·]{3,}|\.\.\.|…|[xX]{4,})")
REFERENCE = re.compile(r"^(?:\$\{[^}]*\}?|\$\(|\$[A-Za-z_]|\{\{|%[A-Za-z_]+%|<[^>]*>|(?:env|vault|op|secret|file|ref|arn|aws|gcp|azure|ssm|kms|sops)[:/]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$)")
VERSION = re.compile(r"^v?\d{1,4}(?:\.\d{1,6}){1,4}(?:[-+][\w.]{1,32})?$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
NUMBER = re.compile(r"^[+-]?\d{1,20}(?:\.\d{1,12})?[a-zA-Z%]{0,3}$")
URL = re.compile(r"^[a-zA-Z][\w+.-]{1,15}://")
PATH = re.compile(r"^(?:~?/|\.{1,2}/|[A-Za-z]:\\)")
WORDISH = re.compile(r"^[a-z]{2,}(?:[_.-][a-z]{2,}){0,4}$")
DOTTED = re.compile(r"^[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){2,}$")
HEX = re.compile(r"^[0-9a-fA-F]{16,}$")


def entropy(v):
    if not v:
        return 0.0
    counts = {}
    for c in v:
        counts[c] = counts.get(c, 0) + 1
    return -sum(n / len(v) * math.log2(n / len(v)) for n in counts.values())


def value_features(v):
    f = {}
    n = len(v)
    lower = sum(c.islower() for c in v)
    upper = sum(c.isupper() for c in v)
    digit = sum(c.isdigit() for c in v)
    other = n - lower - upper - digit
    # Continuous features are read in steps (a length of 1, 2–3, 4–7, … characters; entropy in half bits) so that equal pairs
    # share one row when fitting, and the C# port reads the same numbers.
    f["v_len_log"] = math.floor(math.log2(1 + min(n, 128))) / 7.0
    f["v_short"] = 1.0 if n < 6 else 0.0
    f["v_entropy"] = math.floor(min(entropy(v), 6.0) * 2) / 12.0
    f["v_classes"] = sum(x > 0 for x in (lower, upper, digit, other)) / 4.0
    f["v_mixed"] = 1.0 if (lower or upper) and digit else 0.0
    f["v_inner_upper"] = 1.0 if any(c.isupper() for c in v[1:]) and lower else 0.0
    f["v_mask"] = 1.0 if MASK.match(v) or PARTIAL_MASK.search(v) else 0.0
    f["v_ref"] = 1.0 if REFERENCE.match(v) else 0.0
    f["v_version"] = 1.0 if VERSION.match(v) else 0.0
    f["v_uuid"] = 1.0 if UUID.match(v) else 0.0
    f["v_date"] = 1.0 if DATE.match(v) else 0.0
    f["v_number"] = 1.0 if NUMBER.match(v) else 0.0
    f["v_url"] = 1.0 if URL.match(v) else 0.0
    f["v_path"] = 1.0 if PATH.match(v) else 0.0
    f["v_word"] = 1.0 if WORDISH.match(v) else 0.0
    f["v_hex"] = 1.0 if HEX.match(v) else 0.0
    f["v_bool"] = 1.0 if v.lower() in ("true", "false", "null", "none", "nil", "yes", "no", "on", "off", "undefined") else 0.0
    f["v_space"] = 1.0 if " " in v else 0.0
    # A value that is itself a key=value pair (a cookie header's first cookie) is read as its own pair.
    f["v_dotted"] = 1.0 if DOTTED.match(v) else 0.0
    f["v_assign"] = 1.0 if "=" in v.rstrip("=") else 0.0
    return f


def features(kind, key, v):
    f = {"bias": 1.0}
    f.update(key_features(key_tokens(key)))
    f.update(value_features(v))
    for k in KINDS:
        f["s_" + k] = 1.0 if kind == k else 0.0
    # "key" names a lookup as often as a credential (cache key, sort key, Sec-WebSocket-Key): as the key's head it needs another
    # token that makes it a credential (api_key, AWS_SECRET_ACCESS_KEY, signing key).
    tokens = key_tokens(key)
    f["k_key_alone"] = 1.0 if tokens and tokens[-1] in KEY and not any(t in CREDENTIAL_QUALIFIERS or any(t in g for g in (PASS, SECRET, TOKEN, AUTH, SESSION, SIG)) for t in tokens[:-1]) else 0.0
    return f
