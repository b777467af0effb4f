#!/usr/bin/env python3
"""Writes the fifth blind check set for template mining (issue 18): bench/logs/unseen5/<S>/<S>_2k.log, the ground
truth <S>_2k.log_structured.csv, <S>_2k.log_templates.csv and formats.json, in the layout of shared/data/loghub2k.

Deterministic: every system is generated from its own seeded random.Random, so a rerun rewrites the same bytes.
Every line is checked against its system's log_format (built as the Loghub recipe builds it: lazy fields, runs of
spaces as \\s+, anchored, on the stripped line; the Content must come back exactly) and against its ground-truth
template (the template, `<*>` read as a lazy wildcard, must match the Content).

Statements live in sys5_a.py / sys5_b.py / sys5_c.py: a system is a dict with its log_format, a header writer and a
list of statements (level, component, text[, count]). In a statement's text `{kind}` is a variable (a `<*>` in the
truth, drawn with values5.draw), `{{` and `}}` are literal braces; the optional fourth item fixes the count. A level
or component written `a|b|c` is drawn per line (it is header, not Content); a header writer may fill `{kind}` slots in
its component with values5.expand. A system's `trailer` (text after the Content) may be a writer like the header.
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
from blindset import counts_for, line_regex, parse_statement, template_regex, write_set  # noqa: E402
import values5  # noqa: E402
from sys5_a import SYSTEMS as A  # noqa: E402
from sys5_b import SYSTEMS as B  # noqa: E402
from sys5_c import SYSTEMS as C  # noqa: E402

LINES = 2000
ZIPF_S = 1.15
# `$` too: a Java anonymous class (`Factory$1`) is an identifier, not a number
FREE_NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-/#$])(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)*)(?![A-Za-z0-9_])")


def pick(r, spec):
    return r.choice(spec.split("|")) if spec and "|" in spec else spec


def build(name, system):
    r = random.Random(f"unseen5/{name}")
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
    counts = counts_for(r, statements, LINES, ZIPF_S, 2.0)
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
            v = values5.draw(r, spec, ts)
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


def write(name, system, out_dir):
    return write_set(name, system, out_dir, build(name, system), LINES)


def main():
    systems = {**A, **B, **C}
    formats = {"_about": {"what": "unseen5: a fifth blind check set for template mining (issue 18); synthetic logs "
                                  "written by make-unseen5.py, layout as shared/data/loghub2k/formats.json",
                          "log_format": "as in loghub2k: <Field> is a lazy group, runs of spaces match \\s+, the "
                                        "rest is regex, anchored, applied to the stripped line"},
               "datasets": {}}
    only = set(sys.argv[1:])
    for name in sorted(systems):
        if only and name not in only:
            continue
        formats["datasets"][name] = write(name, systems[name], HERE)
        print(f"{name}: {formats['datasets'][name]['gt_templates']} templates")
    if not only:
        with open(os.path.join(HERE, "formats.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(formats, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main()
