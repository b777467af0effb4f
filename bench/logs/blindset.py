"""What the blind mining sets' generators share (unseen3/make-unseen3.py, unseen4/make-unseen4.py, unseen5/make-unseen5.py):
statements written with {slot} placeholders, the Loghub recipe that turns a log_format into a line regex, Zipf-like statement
counts, and the files of one system in the loghub2k layout."""
import csv
import io
import os
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
