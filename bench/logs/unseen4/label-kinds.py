#!/usr/bin/env python3
"""Proposes a failure kind for every loss that losses.py reports, from the miner's output and the truth only.

Usage: label-kinds.py PRED_DIR [--gt-dir DIR] [--overrides kinds-overrides.tsv] > kinds.tsv
Writes 'System<TAB>EventId<TAB>GA-kind<TAB>PA-kind<TAB>why' for each ground-truth template that is not grouped
exactly (GA kind) or not written exactly (PA kind). The rules are shapes, read in this order:
  grouping: merged with another template -> G3; otherwise the text the miner kept in a truth slot on the lines that
  left the main group: several words -> G2, a token with a digit -> G4, a word -> G1;
  string: the dominant predicted template against the truth, first rule that holds -> P1 ... P14 (README).
An overrides file (same columns) replaces a proposal where the shape rules cannot tell; each override says why.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from losses import analyse, load  # noqa: E402


def slot_regex(truth):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in truth.split("<*>")) + "$", re.S)


def kept_kind(text):
    if "<*>" in text:
        return None
    if " " in text.strip():
        return "G2"
    if re.search(r"\d", text):
        return "G4"
    return "G1"


COMPOSITE = re.compile(r"<\*>(?:[._:/@-]+<\*>)+")


def relax(t):
    """Composite values (a.b, x:y, p/q) read as one slot, so a value cut at its delimiters still lines up."""
    return COMPOSITE.sub("<*>", t)


def grouping_kind(r):
    if r["others"]:
        return "G3", "merged with " + ",".join(sorted(r["others"]))
    main, main_n = r["preds"].most_common(1)[0]
    off = [c for t, c in r["preds"].items() if t != main]
    if off and max(off) <= 2 and sum(off) * 5 < r["n"]:
        # a few lines stand alone, their own values kept: the lines did not join the group at all
        return "G4", f"{sum(off)} lines alone in {len(off)} groups"
    rx = slot_regex(relax(r["truth"]))
    votes = collections.Counter()
    shapes = set()
    for t, c in r["preds"].items():
        m = rx.match(relax(t))
        if not m:
            # a value whose token count varies (a list, a message) cannot line up with the truth
            votes["G2"] += c
            continue
        kinds = {k for k in (kept_kind(g) for g in m.groups()) if k}
        # a slot holding several wildcards with spaces or commas between them: a list or a message whose
        # token count varies
        kinds |= {"G2" for g in m.groups() if "<*>" in g and g != "<*>" and re.search(r"[ ,]", g.replace("<*>", ""))}
        for k in sorted(kinds):
            votes[k] += c
        if not kinds:
            shapes.add(t)
    if votes:
        # a multi-word value alone splits a statement: it decides when it covers half the lines or more
        # ties go to the wider kind, in a fixed order (a set's order changes from run to run)
        rank = {"G2": 3, "G4": 2, "G1": 1}
        k = "G2" if votes["G2"] * 2 >= r["n"] else max(sorted(votes), key=lambda k: (votes[k], rank.get(k, 0)))
        return k, f"kept in a slot: {dict(votes)}"
    if len(shapes) > 1:
        return "G7", "the same values cut at a delimiter on some lines only"
    return "G2", "split, no slot kept"


def string_kind(r):
    truth = r["truth"]
    pred = max((t for t in r["preds"] if t != truth), key=lambda t: r["preds"][t])
    if re.sub(r" {2,}", " ", truth) == pred:
        return "P1", "spaces collapsed"
    if re.search(r"%[A-Z_]+-\d-[A-Z0-9_]+:", truth) and "%<*>:" in pred:
        return "P7", "mnemonic wildcarded"
    rx = slot_regex(truth)
    m = rx.match(pred)
    if m:
        for g in m.groups():
            if g == "<*>":
                continue
            if re.search(r"<\*>:<\*>:<\*>|<\*>/<\*>/<\*>:", g) and "<*>" in g:
                return "P4", "time split: " + g
            if g.startswith("<") and g.endswith(">") and g != "<*>":
                return "P9", "own brackets: " + g
            if "<*>" in g and re.search(r"[/:.]", g.replace("<*>", "")):
                return "P14", "one value split at a delimiter: " + g
            if "<*>" in g:
                return "P13", "part of a multi-word value kept: " + g
            return "P10", "value kept constant: " + g
    # the pred wildcarded or dropped constant text: find which
    pieces = [p.strip() for p in truth.split("<*>") if p.strip()]
    missing = [p for p in pieces if p not in pred]
    if re.search(r"<\*>:<\*>:<\*>", pred) and not re.search(r"<\*>:<\*>:<\*>", truth):
        return "P4", "time split"
    if "`<*>" in truth and "`<*>" not in pred:
        return "P11", "opening backtick absorbed"
    if "://<*>" in pred and any("/" in p or ":" in p for p in missing):
        return "P5", "URL wildcarded past its host: " + " ".join(missing)[:60]
    if any("/" in p for p in missing):
        return "P5", "path wildcarded whole or a constant path wildcarded: " + " ".join(missing)[:60]
    tp, pp = truth.count("<*>"), pred.count("<*>")
    if pp < tp and re.search(r"<\*>[_.:/@-]+<\*>", truth) and not re.search(r"[A-Za-z#*\\]<\*>", truth.replace(pred, "")):
        return "P6", "two values written as one"
    if any(re.search(r"[A-Za-z#*\\-]$", p) for p in truth.split("<*>")[:-1] if p and p not in pred):
        return "P8", "prefix + number wildcarded together"
    if pp < tp and re.search(r"<\*>[_.:/@-]+<\*>", truth):
        return "P6", "two values written as one"
    if pp > tp:
        return "P7", "constant token with digits wildcarded: " + " ".join(missing)[:60]
    return "P12", "constant next to a value absorbed: " + " ".join(missing)[:60]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir")
    ap.add_argument("--gt-dir", default=HERE)
    ap.add_argument("--overrides", default=os.path.join(HERE, "kinds-overrides.tsv"))
    a = ap.parse_args()
    over = {}
    if os.path.exists(a.overrides):
        with open(a.overrides, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    p = line.rstrip("\n").split("\t")
                    over[(p[0], p[1])] = p
    systems = sorted(d for d in os.listdir(a.gt_dir) if os.path.isfile(os.path.join(a.gt_dir, d, f"{d}_2k.log_structured.csv")))
    print("# System\tEventId\tGA-kind\tPA-kind\twhy (proposed by label-kinds.py; overrides from kinds-overrides.tsv)")
    for s in systems:
        pred = os.path.join(a.pred_dir, f"{s}.csv")
        if not os.path.exists(pred):
            continue
        for r in analyse(load(os.path.join(a.gt_dir, s, f"{s}_2k.log_structured.csv")), load(pred)):
            if r["status"] == "ok":
                continue
            if (s, r["eid"]) in over:
                print("\t".join(over[(s, r["eid"])]))
                continue
            if r["status"] == "string":
                k, why = string_kind(r)
                print(f"{s}\t{r['eid']}\t\t{k}\t{why}")
            else:
                k, why = grouping_kind(r)
                print(f"{s}\t{r['eid']}\t{k}\t{k}\t{why}")


if __name__ == "__main__":
    main()
