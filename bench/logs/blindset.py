"""What the blind mining sets' generators share (unseen3/make-unseen3.py … unseen6/make-unseen6.py; the line drawing and the
command line of unseen4, unseen5 and unseen6):
statements written with {slot} placeholders, the Loghub recipe that turns a log_format into a line regex, Zipf-like statement
counts, and the files of one system in the loghub2k layout."""
import csv
import datetime
import io
import json
import os
import random
import re

SLOT = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def parse_statement(text):
    """Splits a statement into literal pieces and slot specs; returns (pieces, specs, truth template)."""
    pieces, specs, pos, cur = [], [], 0, []
    for m in SLOT.finditer(text):
        cur.append(text[pos:m.start()])
        if m.group(0) == "{{":
            cur.append("{")
        elif m.group(0) == "}}":
            cur.append("}")
        else:
            pieces.append("".join(cur))
            cur = []
            specs.append(m.group(1))
        pos = m.end()
    cur.append(text[pos:])
    pieces.append("".join(cur))
    return pieces, specs, "<*>".join(pieces)


def line_regex(log_format):
    """The Loghub recipe: fields become lazy named groups, runs of spaces \\s+, the rest stays regex; anchored."""
    out, fields = [], []
    for part in re.split(r"(<[^<>]+>)", log_format):
        if part.startswith("<") and part.endswith(">"):
            fields.append(part[1:-1])
            out.append(f"(?P<{part[1:-1]}>.*?)")
        else:
            out.append(re.sub(r" +", r"\\s+", part))
    return re.compile("^" + "".join(out) + "$"), fields


def template_regex(template):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in template.split("<*>")) + "$", re.S)


def counts_for(r, statements, lines, zipf_s, jitter):
    """Zipf-like counts (exponent zipf_s): fixed counts first, the rest shared by rank (list order, shuffled by ±jitter)."""
    fixed = {i: s[3] for i, s in enumerate(statements) if len(s) > 3}
    free = [i for i in range(len(statements)) if i not in fixed]
    ranked = sorted(free, key=lambda i: i + r.uniform(-jitter, jitter))
    weights = [1.0 / (k + 1) ** zipf_s for k in range(len(ranked))]
    rest = lines - sum(fixed.values()) - len(ranked)
    counts = dict(fixed)
    for i in ranked:
        counts[i] = 1
    for i in r.choices(ranked, weights, k=rest):
        counts[i] += 1
    return counts


def write_set(name, system, out_dir, built, lines):
    """Writes one system's log, structured and templates CSVs in the loghub2k layout; returns its formats.json entry."""
    fields, rows, raw, counts, truths = built
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{name}_2k.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(raw) + "\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["LineId"] + fields + ["EventId", "EventTemplate", "ParameterList"])
    w.writerows(rows)
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["EventId", "EventTemplate", "Occurrences"])
    for i, t in enumerate(truths):
        if counts.get(i):
            w.writerow([f"E{i + 1}", t, counts[i]])
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return {"files": [f"{name}_2k.log", f"{name}_2k.log_structured.csv", f"{name}_2k.log_templates.csv"],
            "log_file": f"{name}_2k.log", "ground_truth": f"{name}_2k.log_structured.csv",
            "templates_file": f"{name}_2k.log_templates.csv", "lines": lines,
            "gt_templates": sum(1 for c in counts.values() if c), "log_format": system["log_format"],
            "fields": fields, "about": system["about"]}


# `$` too: a Java anonymous class (`Factory$1`) is an identifier, not a number
FREE_NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-/#$])(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)*)(?![A-Za-z0-9_])")


def pick(r, spec):
    return r.choice(spec.split("|")) if spec and "|" in spec else spec


def build_set(name, system, seed, draw, lines, zipf_s):
    """Draws one system's 2k lines from its statements (Zipf-like counts, values by `draw(r, spec, ts)`), checking each line
    against its log_format and its truth template; returns (fields, rows, raw lines, counts, truth templates)."""
    r = random.Random(seed)
    regex, fields = line_regex(system["log_format"])
    statements = system["statements"]
    parsed = [parse_statement(s[2]) for s in statements]
    truths = [p[2] for p in parsed]
    dup = {t for t in truths if truths.count(t) > 1}
    assert not dup, f"{name}: two statements share a template: {dup}"
    for t in truths:
        # the convention: a free-standing number (decimal or 0x) is a value even when it shows one value
        loose = FREE_NUMBER.findall(t)
        assert not loose, f"{name}: free-standing number kept constant in {t!r}: {loose}"
    counts = counts_for(r, statements, lines, zipf_s, 2.0)
    order = [i for i, c in counts.items() for _ in range(c)]
    r.shuffle(order)
    ts = system["start"]
    seen = {}  # (statement, slot) -> values seen, so a word slot of a repeated statement shows two values
    done = {}
    rows, raw = [], []
    for line_id, i in enumerate(order, 1):
        ts += datetime.timedelta(milliseconds=r.expovariate(1 / system.get("gap_ms", 1500)))
        level, comp = pick(r, statements[i][0]), pick(r, statements[i][1])
        pieces, specs, truth = parsed[i]
        values = []
        done[i] = done.get(i, 0) + 1
        last = done[i] == counts[i]
        for k, spec in enumerate(specs):
            v = draw(r, spec, ts)
            got = seen.setdefault((i, k), set())
            if spec.startswith("=") and "|" in spec and last and counts[i] >= 2 and got == {v}:
                # a word that varies must be seen varying at least once, or no reader could know it is a value
                v = next(o for o in spec[1:].split("|") if o not in got)
            got.add(v)
            values.append(v)
        content = pieces[0] + "".join(v + p for v, p in zip(values, pieces[1:]))
        trailer = system.get("trailer", "")
        if callable(trailer):
            # fields after the message (a pipe-separated logger and thread): drawn per line, header not Content
            trailer = trailer(r, ts, level, comp)
        line = system["header"](r, ts, level, comp) + content + trailer
        assert line.rstrip() == line and "\n" not in line, f"{name}: line {line_id} ends in whitespace: {line!r}"
        m = regex.match(line.strip())
        assert m, f"{name}: line {line_id} does not match its log_format: {line!r}"
        assert m.group("Content") == content, f"{name}: line {line_id} Content is {m.group('Content')!r}"
        assert template_regex(truth).match(content), f"{name}: line {line_id} does not match {truth!r}"
        rows.append([line_id] + [m.group(f) for f in fields] + [f"E{i + 1}", truth, repr(values)])
        raw.append(line)
    return fields, rows, raw, counts, truths


def make_set(set_name, ordinal, systems, draw, out_dir, argv, lines=2000, zipf_s=1.15):
    """The generator's command line: writes every system of `systems` (or only those named in `argv`) into `out_dir`, each drawn
    with its seed `<set_name>/<system>`, then formats.json when all were written."""
    formats = {"_about": {"what": f"{set_name}: a {ordinal} blind check set for template mining (issue 18); synthetic logs "
                                  f"written by make-{set_name}.py, layout as shared/data/loghub2k/formats.json",
                          "log_format": "as in loghub2k: <Field> is a lazy group, runs of spaces match \\s+, the "
                                        "rest is regex, anchored, applied to the stripped line"},
               "datasets": {}}
    only = set(argv)
    for name in sorted(systems):
        if only and name not in only:
            continue
        built = build_set(name, systems[name], f"{set_name}/{name}", draw, lines, zipf_s)
        formats["datasets"][name] = write_set(name, systems[name], out_dir, built, lines)
        print(f"{name}: {formats['datasets'][name]['gt_templates']} templates")
    if not only:
        with open(os.path.join(out_dir, "formats.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(formats, f, indent=1, ensure_ascii=False)
            f.write("\n")
