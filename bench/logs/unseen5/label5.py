#!/usr/bin/env python3
"""Proposes a failure kind for every loss of the miner on unseen5 (read from its outputs only), from shapes.

Usage: label5.py PRED_DIR [--overrides kinds-overrides.tsv] > kinds.tsv   (system, truth template, kind)
Kinds are named in README.md; the G/P names of unseen3/unseen4 keep their meaning, new ones are numbered on.
Grouping losses (a truth template not grouped exactly): merged -> G3; split -> read what the miner kept as words
where its groups' templates differ: a date or clock cut at ':' (G8), runs of different length or of several words (G2),
a value at the start of the message (G9), words from a small set on both sides (G1), else a value kept on a few lines (G4). String losses (grouped right, written differently): whitespace only (P1), escaped quote
absorbed (P15), a date or clock cut (P4), fewer values than the truth (P6), more values than the truth (P16), a
constant kept where the truth has a value (P10), a letter prefix absorbed (P8), else P12 (a constant next to a value).
"""
import collections
import difflib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from losses5 import analyse, load  # noqa: E402

CLOCK = re.compile(r"<\*>:<\*>:<\*>|<\*>-<\*>-<\*>")


def regex_of(template):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in template.split("<*>")) + "$", re.S)


def kept_words(truth, pred):
    """What the miner wrote where the truth has a value, when the truth (as a lazy pattern) matches its template."""
    m = regex_of(truth).match(pred)
    if not m:
        return None
    return [g for g in m.groups() if g != "<*>"]


def differing(a, b):
    """The token runs where two predicted templates of one truth template differ (whitespace tokens)."""
    ta, tb = a.split(), b.split()
    sm = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    return [(ta[i1:i2], tb[j1:j2]) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


def grouping_kind(truth, preds):
    """Why a truth template's lines fell into several predicted groups: read where those groups' templates differ."""
    top = [p for p, _ in preds.most_common(6)]
    segs = [d for p in top[1:] for d in differing(top[0], p)]
    flat = [" ".join(x) for pair in segs for x in pair]
    if any(CLOCK.search(t) for t in flat) and not CLOCK.search(truth):
        return "G8"
    if any(len(a) != len(b) or len(a) > 1 for a, b in segs):
        return "G2"
    first = {p.split()[0] for p in top if p.split()}
    if len(first) > 1 and truth.startswith("<*> "):
        return "G9"
    if segs and all("<*>" not in a[0] and "<*>" not in b[0] for a, b in segs):
        values = {w for a, b in segs for w in a + b}
        if len(values) <= 6 and all(re.fullmatch(r"[A-Za-z_/.-]+", w.strip(",.:;\"'()[]{}")) for w in values):
            return "G1"
    return "G4"


def string_kind(truth, pred):
    norm = lambda t: re.sub(r"\s+", " ", t)
    if norm(truth) == norm(pred):
        return "P1"
    if '\\"<*>"' in pred and '\\"<*>\\"' in truth:
        return "P15"
    if CLOCK.search(pred) and not CLOCK.search(truth):
        return "P4"
    nt, np_ = truth.count("<*>"), pred.count("<*>")
    if np_ < nt:
        return "P6"
    if np_ > nt:
        return "P16"
    words = kept_words(truth, pred)
    if words is not None and any("<*>" not in w for w in words):
        return "P10"
    if re.search(r"[A-Za-z_-]<\*>", truth) and not re.search(r"[A-Za-z_-]<\*>", pred):
        return "P8"
    return "P12"


def main():
    args = sys.argv[1:]
    pred_dir = args[0]
    overrides = {}
    if "--overrides" in args:
        with open(args[args.index("--overrides") + 1], encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    s, rest = line.rstrip("\n").split("\t", 1)
                    rest, _why = rest.rsplit("\t", 1)
                    t, k = rest.rsplit("\t", 1)  # a template may hold a tab
                    overrides[(s, t)] = k
    systems = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, f"{d}_2k.log")))
    for s in systems:
        if not os.path.exists(os.path.join(pred_dir, f"{s}.csv")):
            continue
        truth, pred = load(s, pred_dir)
        rows, _ = analyse(truth, pred)
        for t, n, way, preds, pa in rows:
            if way == "ok":
                continue
            if way == "merged":
                k = "G3"
            elif way == "split":
                k = grouping_kind(t, preds)
            else:
                k = string_kind(t, next(iter(preds)))
            print(f"{s}\t{t}\t{overrides.get((s, t), k)}")


if __name__ == "__main__":
    main()
