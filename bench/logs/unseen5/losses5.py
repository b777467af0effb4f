#!/usr/bin/env python3
"""Where the miner loses lines on unseen5, from its outputs only (no knowledge of its rules).

Usage: losses5.py PRED_DIR [--show SYSTEM] [--kinds KINDS_TSV]
  PRED_DIR  a folder of <S>.csv predictions (LineId,EventId,EventTemplate), as score.sh writes them
  --show S  prints, for system S, every truth template not grouped exactly (with the predicted templates its lines
            got, and the other truth templates merged into them) and every string-only mismatch
  --kinds F a TSV of system<TAB>truth template<TAB>kind (hand labels); prints lines lost per kind in GA and PA

A truth template is grouped right when its lines form exactly one predicted group (GA); otherwise it is charged whole
as 'split' (its lines fall into several predicted groups) or 'merged' (one group, shared with other truth templates).
A line is right in PA when its predicted template equals the truth template; lines of templates grouped right but
written differently are 'string' losses.
"""
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(system, pred_dir):
    truth = {}
    with open(os.path.join(HERE, system, f"{system}_2k.log_structured.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            truth[row["LineId"]] = row["EventTemplate"]
    pred = {}
    with open(os.path.join(pred_dir, f"{system}.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            pred[row["LineId"]] = row["EventTemplate"]
    return truth, pred


def analyse(truth, pred):
    by_truth = collections.defaultdict(list)
    by_pred = collections.defaultdict(list)
    for lid, t in truth.items():
        by_truth[t].append(lid)
        by_pred[pred.get(lid, "<missing>")].append(lid)
    out = []  # (truth template, lines, way, predicted templates, pa_lost)
    for t, lids in by_truth.items():
        preds = collections.Counter(pred.get(lid, "<missing>") for lid in lids)
        pa_lost = sum(c for p, c in preds.items() if p != t)
        if len(preds) > 1:
            way = "split"
        elif len(by_pred[next(iter(preds))]) != len(lids):
            way = "merged"
        else:
            way = "string" if pa_lost else "ok"
        out.append((t, len(lids), way, preds, pa_lost))
    return out, by_pred


def main():
    args = sys.argv[1:]
    pred_dir = args[0]
    show = args[args.index("--show") + 1] if "--show" in args else None
    kinds = {}
    if "--kinds" in args:
        with open(args[args.index("--kinds") + 1], encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    s, rest = line.rstrip("\n").split("\t", 1)
                    t, k = rest.rsplit("\t", 1)  # a template may hold a tab
                    kinds[(s, t)] = k
    systems = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, f"{d}_2k.log")))
    print("| System | GA lost: split | GA lost: merged | PA lost: string only | PA lost (all) |")
    print("|---|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0]
    per_kind = collections.defaultdict(lambda: [0, 0, set()])
    for s in systems:
        if not os.path.exists(os.path.join(pred_dir, f"{s}.csv")):
            continue
        truth, pred = load(s, pred_dir)
        rows, by_pred = analyse(truth, pred)
        split = sum(n for _, n, w, _, _ in rows if w == "split")
        merged = sum(n for _, n, w, _, _ in rows if w == "merged")
        string = sum(pa for _, _, w, _, pa in rows if w == "string")
        pa_all = sum(pa for *_, pa in rows)
        for i, x in enumerate((split, merged, string, pa_all)):
            tot[i] += x
        print(f"| {s} | {split} | {merged} | {string} | {pa_all} |")
        for t, n, w, preds, pa in rows:
            if w == "ok":
                continue
            k = kinds.get((s, t), "unlabelled")
            per_kind[k][0] += n if w in ("split", "merged") else 0
            per_kind[k][1] += pa
            per_kind[k][2].add(s)
        if show == s:
            for t, n, w, preds, pa in sorted(rows, key=lambda x: -x[1]):
                if w == "ok":
                    continue
                print(f"\n[{w}] {n} lines, PA lost {pa}\n  truth: {t}")
                for p, c in preds.most_common(6):
                    others = collections.Counter(truth[lid] for lid in by_pred[p] if truth[lid] != t)
                    extra = f"  (+{sum(others.values())} lines of {len(others)} other truths)" if others else ""
                    print(f"  {c:5d} -> {p}{extra}")
                if len(preds) > 6:
                    print(f"  ... {len(preds) - 6} more predicted templates")
    print(f"| **Total** | **{tot[0]}** | **{tot[1]}** | **{tot[2]}** | **{tot[3]}** |")
    if kinds:
        print("\n| Kind | GA lines lost | PA lines lost | Systems |\n|---|---:|---:|---:|")
        for k, (ga, pa, ss) in sorted(per_kind.items(), key=lambda x: (-x[1][0], -x[1][1])):
            print(f"| {k} | {ga} | {pa} | {len(ss)} |")


if __name__ == "__main__":
    main()
