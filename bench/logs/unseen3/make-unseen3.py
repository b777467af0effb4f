#!/usr/bin/env python3
"""Writes the third blind check set for template mining (issue 18): bench/logs/unseen3/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random, so a rerun rewrites the same bytes.
Every line is checked against its system's log_format (built as the Loghub recipe builds it, the Content must come
back exactly) and its ground-truth template (the template, `<*>` read as a lazy wildcard, must match the Content).

Statements live in systems_a.py / systems_b.py / systems_c.py: a system is a dict with its log_format, a header
writer and a list of statements (level, component, text). In a statement's text `{kind}` is a variable (a `<*>` in
the truth, drawn with vals.draw), `{{` and `}}` are literal braces; an optional fourth item fixes the count. A system's
optional "trailer" closes each line after the Content (the brace that ends a JSON line).
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import counts_for, line_regex, parse_statement, template_regex, write_set  # noqa: E402
import vals  # noqa: E402
from systems_a import SYSTEMS as A  # noqa: E402
from systems_b import SYSTEMS as B  # noqa: E402
from systems_c import SYSTEMS as C  # noqa: E402

LINES = 2000
ZIPF_S = 1.2


def build(name, system):
    r = random.Random(f"unseen3/{name}")
    regex, fields = line_regex(system["log_format"])
    statements = system["statements"]
    parsed = [parse_statement(s[2]) for s in statements]
    truths = [p[2] for p in parsed]
    dup = {t for t in truths if truths.count(t) > 1}
    assert not dup, f"{name}: two statements share a template: {dup}"
    counts = counts_for(r, statements, LINES, ZIPF_S, 1.5)
    order = [i for i, c in counts.items() for _ in range(c)]
    r.shuffle(order)
    ts = system["start"]
    seen = {}  # (statement, slot) -> values seen, to make '=' slots show two values when a statement repeats
    done = {}  # statement -> lines written so far
    rows, raw = [], []
    for line_id, i in enumerate(order, 1):
        ts += datetime.timedelta(milliseconds=r.expovariate(1 / system.get("gap_ms", 1800)))
        level, comp = statements[i][0], statements[i][1]
        if comp and "|" in comp:
            comp = vals.draw(r, "=" + comp)
        pieces, specs, truth = parsed[i]
        values = []
        done[i] = done.get(i, 0) + 1
        last = done[i] == counts[i]
        for k, spec in enumerate(specs):
            v = vals.draw(r, spec)
            got = seen.setdefault((i, k), set())
            if spec.startswith("=") and "|" in spec and last and counts[i] >= 2 and got == {v}:
                # a word that varies must be seen varying at least once, or no reader could know it is a value
                v = next(o for o in spec[1:].split("|") if o not in got)
            got.add(v)
            values.append(v)
        content = pieces[0] + "".join(v + p for v, p in zip(values, pieces[1:]))
        line = system["header"](r, ts, level, comp) + content + system.get("trailer", "")
        # a header may start with padding (Zabbix pads its pid) but the Content must survive the recipe's strip()
        assert line.rstrip() == line and "\n" not in line, f"{name}: line {line_id} ends in whitespace"
        m = regex.match(line.strip())
        assert m, f"{name}: line {line_id} does not match its log_format: {line!r}"
        assert m.group("Content") == content, f"{name}: line {line_id} Content is {m.group('Content')!r}"
        assert template_regex(truth).match(content), f"{name}: line {line_id} does not match {truth!r}"
        rows.append([line_id] + [m.group(f) for f in fields] + [f"E{i + 1}", truth, repr(values)])
        raw.append(line)
    return fields, rows, raw, counts, truths


def write(name, system, out_dir):
    return write_set(name, system, out_dir, build(name, system), LINES)


def main():
    systems = {**A, **B, **C}
    formats = {"_about": {"what": "unseen3: a third blind check set for template mining (issue 18); synthetic logs "
                                  "written by make-unseen3.py, layout as shared/data/loghub2k/formats.json",
                          "log_format": "as in loghub2k: <Field> is a lazy group, runs of spaces match \\s+, the "
                                        "rest is regex, anchored, applied to the stripped line"},
               "datasets": {}}
    for name in sorted(systems):
        formats["datasets"][name] = write(name, systems[name], HERE)
        print(f"{name}: {formats['datasets'][name]['gt_templates']} templates")
    with open(os.path.join(HERE, "formats.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(formats, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
