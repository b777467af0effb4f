#!/usr/bin/env python3
"""Proposes a failure kind for each loss of unseen6 (formats given), from the shapes of the truth and the predicted
templates only; prints `system<TAB>truth<TAB>kind` lines for losses6.py --kinds. Kinds keep unseen5's names (README).
A hand override file (same three columns) wins over the proposal.

Usage: label6.py PRED_DIR [--gt-dir DIR] [--overrides FILE] > kinds.tsv
"""
import argparse
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from losses6 import losses, read  # noqa: E402

DATE = re.compile(r"<\*>[:\-/ ]<\*>[:\-/ ]<\*>|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Dec)\b")


def captures(truth, pred):
    """What each <*> of the truth matched in the predicted template, or None when the prediction does not fit it."""
    rx = re.compile("^" + "(.*?)".join(re.escape(p) for p in truth.split("<*>")) + "$", re.S)
    m = rx.match(pred)
    return m.groups() if m else None


def squash(t):
    return re.sub(r"\s+", " ", t)


def grouping_kind(truth, status, got, merged_with):
    if status == "merged":
        others = merged_with
        # one constant word against another: the truth templates differ in one token only
        if any(len(o.split()) == len(truth.split()) and sum(a != b for a, b in zip(o.split(), truth.split())) == 1 for o in others):
            return "G3"
        return "G10"
    kept = []
    for p in got:
        if p is None:
            continue
        caps = captures(squash(truth), squash(p))
        if caps is None:
            continue
        kept += [c for c in caps if "<*>" not in c and c]
    if any(" " in c for c in kept):
        return "G2"
    if kept:
        return "G1"
    if any(p and ("<*>:<*>" in p and "<*>:<*>" not in truth) for p in got):
        return "G7"
    return "G2"


def string_kind(truth, pred):
    if squash(truth) == squash(pred):
        return "P1"
    tn, pn = truth.count("<*>"), pred.count("<*>")
    kept = captures(squash(truth), squash(pred))
    if kept and all(c == "<*>" or "<*>" not in c for c in kept) and any(c != "<*>" for c in kept):
        # every value the truth has is either wildcarded alone or kept as written: a value seen in one form kept
        return "P10"
    if pn < tn:
        return "P6"
    if pn > tn:
        if DATE.search(pred) and not DATE.search(truth):
            return "P4"
        cut = [c for c in (captures(squash(truth), squash(pred)) or ())]
        if cut and all(c.count("<*>") >= 1 for c in cut):
            return "P16"
        return "P7"
    caps = captures(squash(truth), squash(pred))
    if caps and any("<*>" not in c for c in caps):
        return "P10"
    if re.search(r"<\*>[.,;]?$", pred) and not truth.endswith("<*>"):
        return "P12"
    return "P12"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir")
    ap.add_argument("--gt-dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--overrides")
    a = ap.parse_args()
    over = {}
    if a.overrides:
        with open(a.overrides, encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if len(row) >= 3 and not row[0].startswith("#"):
                    over[(row[0], row[1])] = row[2]
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for name in sorted(os.listdir(a.gt_dir)):
        gt_csv = os.path.join(a.gt_dir, name, f"{name}_2k.log_structured.csv")
        pred_csv = os.path.join(a.pred_dir, f"{name}.csv")
        if not os.path.exists(gt_csv) or not os.path.exists(pred_csv):
            continue
        gt, pred = read(gt_csv), read(pred_csv)
        truth_of_pred = {}
        for line, p in pred.items():
            truth_of_pred.setdefault(p, set()).add(gt.get(line))
        for truth, n, status, pa_lost, got in losses(gt, pred):
            if status == "ok":
                continue
            if status == "string":
                kind = string_kind(truth, next(iter(got)))
            else:
                merged_with = {t for p in got for t in truth_of_pred.get(p, ()) if t != truth}
                kind = grouping_kind(truth, "merged" if status == "merged" else "split", got, merged_with)
            out.writerow([name, truth, over.get((name, truth), kind)])


if __name__ == "__main__":
    main()
