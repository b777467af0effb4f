#!/usr/bin/env python3
"""Generate escapes.jsonl: private values hidden behind character escapes, as encoders write them.

Each record wraps a plain line holding one labelled value in one of the escapings real pipelines apply: Go's encoding/json
(<, >, & as \\u003c, \\u003e, \\u0026), an encoder that escapes every non-alphanumeric character as \\uXXXX, JSON inside a JSON
string (once and twice), nginx's escape=default (\\x22 for quotes) and Python byte-string reprs (\\x40). The gold span covers the
value's escaped form. Written against the type vocabulary of ../shared/data/pii/README.md, not against the redactor.
Usage: escapes.py [SEED] > escapes.jsonl
"""
import json, random, string, sys

rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

def word(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))

def email():
    return f"{rng.choice(['lena','omar','yuki','pavel','ines','tariq'])}.{word(4, string.ascii_lowercase)}@{rng.choice(['example.org','corp.example','mail.example.net'])}"

def password():
    return word(5) + rng.choice("#!%-_.") + word(5)

def card():
    digits = [4] + [rng.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))

def ghp():
    return "ghp_" + word(36)

# (plain line with {v}, type, value maker)
LINES = [
    ("login failed for {v} from the web console", "EMAIL", email),
    ("notify <{v}> & page on-call", "EMAIL", email),
    ('{{"password":"{v}","user":"svc-report"}}', "GENERIC_SECRET", password),
    ('{{"db_password": "{v}"}}', "GENERIC_SECRET", password),
    ("Authorization: token {v}", "GITHUB_TOKEN", ghp),
    ('git push <https://x-access-token:{v}@github.com/acme/app.git>', "GITHUB_TOKEN", ghp),
    ("payment card={v} declined", "CREDIT_CARD", card),
]

def go_json(s):            # Go escapes <, >, & in strings
    return s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace('"', '\\"')

def escape_all(s):          # some encoders escape every character outside [A-Za-z0-9 ]
    return "".join(c if c.isalnum() or c == " " else f"\\u{ord(c):04x}" for c in s)

def nginx(s):               # nginx escape=default: " and \ and non-printables as \xHH
    return "".join(f"\\x{ord(c):02X}" if c in '"\\' else c for c in s)

def pyrepr(s):              # bytes repr with @ and quotes hex-escaped
    return "".join(f"\\x{ord(c):02x}" if c in "@\"'" else c for c in s)

def nested(s, depth):       # the line as a JSON string inside a JSON string, depth times
    for _ in range(depth):
        s = json.dumps(s)[1:-1]
    return s

WRAPS = [
    ("go", lambda s: '{"level":"warn","msg":"' + go_json(s) + '"}'),
    ("all", lambda s: '{"message":"' + escape_all(s) + '"}'),
    ("nested2", lambda s: '{"log":"' + nested(escape_all(s), 1) + '"}'),
    ("nginx", lambda s: '203.0.113.9 - - [05/Dec/2026:10:00:01 +0000] "POST /api/v1/login HTTP/1.1" 401 body="' + nginx(s) + '"'),
    ("pyrepr", lambda s: "DEBUG payload=b'" + pyrepr(s) + "'"),
]

MARK = "\x00"
n = 0
for wrap_name, wrap in WRAPS:
    for line, kind, make in LINES:
        value = make()
        wrapped = wrap(line.replace("{v}", MARK + value + MARK))
        # The escaped form of a marker is found whatever the escaping did to it; what lies between is the value's escaped form.
        for marker in ("\\\\u0000", "\\u0000", "\\x00", MARK):
            if marker in wrapped:
                start = wrapped.index(marker)
                end = wrapped.index(marker, start + len(marker))
                text = wrapped[:start] + wrapped[start + len(marker):end] + wrapped[end + len(marker):]
                span = (start, end - len(marker))
                break
        n += 1
        entities = [{"type": kind, "start": span[0], "end": span[1]}]
        if text.startswith("203.0.113.9 "):  # the nginx line's client address is private data too
            entities.insert(0, {"type": "IPV4", "start": 0, "end": len("203.0.113.9")})
        print(json.dumps({"id": f"fe-{n:04d}-{wrap_name}", "text": text, "entities": entities, "source": "synthetic/escapes"}))
