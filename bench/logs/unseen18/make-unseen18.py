#!/usr/bin/env python3
"""Writes the eighteenth blind template-mining set (bench/logs/unseen18): sixteen synthetic 2,000-line logs with Loghub-style
ground truth. Deterministic (one seeded random.Random per system), standard library only.

Usage: python3 make-unseen18.py [OUT_DIR]   (default: this script's folder)

Each system lists its statements as (header extras, text). In the text, @{kind:arg} is a value: the template shows it as <*>,
the line shows a value drawn per line (kinds in VALUES below). Everything else is constant. The ground truth is written from
these definitions, and every line is checked against its template and its log_format before anything is written; every listed
statement is drawn at least once (asserted).
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the data
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import systems18_a  # noqa: E402
import systems18_b  # noqa: E402

LINES = 2000
PH = re.compile(r"@\{([^{}]*)\}")

WORDS = ["alpha", "bravo", "delta", "orion", "vega", "atlas", "cobalt", "ember", "falcon", "granite", "harbor", "ion",
         "juniper", "krypton", "lumen", "maple", "nova", "onyx", "pike", "quartz", "raven", "sierra", "tango", "umber"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy",
         "trent", "victor", "walter", "svc-backup", "etl", "deploy", "admin", "root", "jenkins", "monitor"]
REASONS = ["Connection refused", "Connection reset by peer", "timed out", "No route to host", "Broken pipe",
           "Network is unreachable", "Name or service not known", "Temporary failure in name resolution",
           "Operation timed out after 30 seconds", "certificate verify failed: unable to get local issuer certificate",
           "Resource temporarily unavailable", "Permission denied", "No such file or directory",
           "Too many open files", "Software caused connection abort", "i/o timeout", "EOF", "context deadline exceeded"]


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ip(r):
    k = r.random()
    if k < 0.55:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.75:
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if k < 0.85:
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return f"{r.choice([198, 203, 185, 91, 52, 34, 81])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def host(r):
    return r.choice(["web", "db", "app", "api", "cache", "worker", "edge", "mq", "node", "build"]) + \
        f"-{r.randint(1, 40):02d}" + r.choice(["", "", ".prod.example.net", ".corp.example.com", ".eu-west.internal"])


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def dur(r):
    k = r.random()
    if k < 0.4:
        return f"{r.randint(1, 999)}ms"
    if k < 0.6:
        return f"{r.randint(1, 999)}.{r.randint(0, 999):03d}µs".replace(".000", "")
    if k < 0.9:
        return f"{r.randint(1, 59)}.{r.randint(0, 999999):06d}".rstrip("0").rstrip(".") + "s"
    return f"{r.randint(1, 9)}m{r.randint(0, 59)}.{r.randint(0, 999)}s"


def path(r):
    return "/" + "/".join(r.choice(["var", "lib", "data", "opt", "srv", "etc", "tmp", "home", "mnt"] + WORDS)
                          for _ in range(r.randint(2, 5))) + r.choice(["", ".log", ".json", ".conf", ".dat", ".tmp"])


def url(r):
    return r.choice(["https://", "http://"]) + host(r).split(".")[0] + r.choice([".example.com", ".example.org", ":8443",
                                                                                 ".internal:9000"]) + \
        "/" + "/".join(r.choice(WORDS + ["api", "v1", "v2", "status", "items"]) for _ in range(r.randint(1, 4))) + \
        r.choice(["", "", f"?id={r.randint(1, 99999)}", f"?page={r.randint(1, 40)}&limit={r.choice([10, 50, 100])}"])


def rng(a):
    # "lo-hi", either end may be negative: "-140--44"
    m = re.fullmatch(r"(-?[0-9.]+)-(-?[0-9.]+)", a)
    return m.group(1), m.group(2)


def kind_list(r, arg, sysk):
    # L:min-max:sep:kind...   sep: sp, cm (", "), c (","), pipe, semi
    lo_hi, sep, inner = arg.split(":", 2)
    lo, hi = (int(x) for x in lo_hi.split("-"))
    sep = {"sp": " ", "cm": ", ", "c": ",", "pipe": "|", "semi": ";"}[sep]
    return sep.join(value(r, inner, sysk) for _ in range(r.randint(lo, hi)))


VALUES = {
    "i": lambda r, a, k: str(r.randint(*(int(x) for x in rng(a or "0-99999")))),
    "n": lambda r, a, k: str(-r.randint(*(int(x) for x in (a or "1-120").split("-")))),
    "f": lambda r, a, k: f"{r.uniform(*(float(x) for x in rng(a.split(':')[0]))):.{int(a.split(':')[1])}f}",
    "x": lambda r, a, k: hexs(r, int(a or 8)),
    "X": lambda r, a, k: hexs(r, int(a or 8)).upper(),
    "c": lambda r, a, k: r.choice(a.split("|")),
    "ip": lambda r, a, k: ip(r),
    "port": lambda r, a, k: str(r.randint(1024, 65535)),
    "mac": lambda r, a, k: ":".join(hexs(r, 2) for _ in range(6)),
    "MAC": lambda r, a, k: ":".join(hexs(r, 2).upper() for _ in range(6)),
    "uuid": lambda r, a, k: uuid(r),
    "host": lambda r, a, k: host(r),
    "user": lambda r, a, k: r.choice(USERS),
    "word": lambda r, a, k: r.choice(WORDS),
    "dur": lambda r, a, k: dur(r),
    "path": lambda r, a, k: path(r),
    "url": lambda r, a, k: url(r),
    "reason": lambda r, a, k: r.choice(REASONS),
    "L": kind_list,
}


def value(r, spec, sysk):
    name, _, arg = spec.partition(":")
    if name in sysk:
        return sysk[name](r, arg)
    return VALUES[name](r, arg, sysk)


def render(r, text, sysk):
    vals = []

    def sub(m):
        spec = m.group(1)
        if spec.startswith("="):
            # the same value again (a program printing one variable twice): "=2"; JSON-escaped: "=2j"; inside a
            # longer value the program builds from it: "=2:/usr/lib/cc_{}.py" (one value in the template)
            ref, _, fmt = spec[1:].partition(":")
            v = vals[int(ref.rstrip("j")) - 1]
            if ref.endswith("j"):
                v = json.dumps(v, ensure_ascii=False)[1:-1]
            if fmt:
                v = fmt.replace("()", v)
        else:
            v = value(r, spec, sysk)
        vals.append(v)
        return v
    return PH.sub(sub, text)


def template_of(text):
    return PH.sub("<*>", text)


def template_regex(tpl):
    parts = tpl.split("<*>")
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in parts) + "$", re.S)


def format_regex(fmt):
    # Loghub's recipe: literal pieces get their runs of spaces as \s+, fields become lazy groups, anchored
    pieces = re.split(r"(<[^<>]+>)", fmt)
    out, fields = "", []
    for p in pieces:
        m = re.fullmatch(r"<([^<>]+)>", p)
        if m:
            fields.append(m.group(1))
            out += f"(?P<{m.group(1)}>.*?)"
        else:
            out += re.sub(" +", r"\\s+", p)
    return re.compile("^" + out + "$"), fields


def counts_for(r, n):
    # Zipf-like head over the listed order, a tail (last fifth) seen 1-5 times; the top statement kept under 24 %
    tail = max(5, n // 5)
    head = n - tail
    tail_counts = [r.randint(1, 5) for _ in range(tail)]
    left = LINES - sum(tail_counts)
    s = r.uniform(0.75, 1.0)
    w = [1 / (k + 1) ** s for k in range(head)]
    tot = sum(w)
    c = [max(6, int(left * x / tot)) for x in w]
    cap = int(LINES * r.uniform(0.16, 0.24))
    for k in range(head):
        if c[k] > cap:
            c[k] = cap
    k = 0
    while sum(c) < left:
        c[k % head] += 1 if c[k % head] < cap else 0
        k += 1
    while sum(c) > left:
        j = max(range(head), key=lambda q: c[q])
        c[j] -= 1
    return c + tail_counts


def build(sysdef, out_dir):
    name = sysdef["name"]
    r = random.Random(sysdef["seed"])
    stmts = sysdef["statements"]
    sysk = {k: (lambda f: (lambda rr, a: f(rr, a)))(f) for k, f in sysdef.get("kinds", {}).items()}
    tpls = [template_of(t) for _, t in stmts]
    assert len(set(tpls)) == len(tpls), f"{name}: two statements share a template"
    assert 25 <= len(stmts) <= 60, f"{name}: {len(stmts)} statements"
    counts = counts_for(r, len(stmts))
    assert all(c >= 1 for c in counts) and sum(counts) == LINES
    order = [i for i, c in enumerate(counts) for _ in range(c)]
    r.shuffle(order)
    fre, fields = format_regex(sysdef["log_format"])
    hdr_fields = [f for f in fields if f != "Content"]
    t = sysdef["start"]
    rows, lines = [], []
    for ln, si in enumerate(order, 1):
        t = t + dt.timedelta(seconds=r.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 34]), microseconds=r.randint(0, 999999))
        extra, text = stmts[si]
        content = render(r, text, sysk)
        hdr = sysdef["header"](r, t, dict(extra))
        line = sysdef["line"].format(Content=content, **hdr)
        assert line == line.strip() and "\n" not in line, f"{name}: line {ln} has outer spaces or a newline: {line!r}"
        m = fre.match(line)
        assert m, f"{name}: line {ln} does not match its log_format: {line!r}"
        got = m.groupdict()
        assert got["Content"] == content, f"{name}: line {ln} Content splits as {got['Content']!r}, not {content!r}"
        for f in hdr_fields:
            assert got[f] == str(hdr[f]), f"{name}: line {ln} field {f} splits as {got[f]!r}, not {hdr[f]!r}"
        assert template_regex(tpls[si]).match(content), f"{name}: line {ln} does not match {tpls[si]!r}"
        lines.append(line)
        rows.append([str(ln)] + [got[f] for f in hdr_fields] + [content, si])
    drawn = sorted(set(order))
    assert drawn == list(range(len(stmts))), f"{name}: statements never drawn: {set(range(len(stmts))) - set(drawn)}"
    ids = {si: f"E{k + 1}" for k, si in enumerate(drawn)}
    occ = {si: counts[si] for si in drawn}
    top = max(occ.values()) / LINES
    assert top < 0.25, f"{name}: the most common statement holds {top:.0%}"
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{name}_2k.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["LineId"] + hdr_fields + ["Content", "EventId", "EventTemplate"])
        for row in rows:
            si = row[-1]
            w.writerow(row[:-1] + [ids[si], tpls[si]])
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for si in drawn:
            w.writerow([ids[si], tpls[si], occ[si]])
    return {"log_format": sysdef["log_format"], "fields": hdr_fields + ["Content"], "version": sysdef["version"],
            "templates": len(drawn), "statements": len(stmts), "top_share": round(top, 3)}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    systems = systems18_a.SYSTEMS + systems18_b.SYSTEMS
    assert len(systems) == 16 and len({s["name"] for s in systems}) == 16
    meta = {}
    for s in sorted(systems, key=lambda s: s["name"]):
        meta[s["name"]] = build(s, out_dir)
        m = meta[s["name"]]
        print(f"{s['name']}: {m['templates']} templates, top statement {m['top_share']:.1%}")
    with open(os.path.join(out_dir, "formats.json"), "w", encoding="utf-8") as fh:
        json.dump({"datasets": meta}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
