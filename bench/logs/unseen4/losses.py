#!/usr/bin/env python3
"""Where the lines of a check set are lost, per ground-truth template, from the miner's output only.

Usage: losses.py PRED_DIR [--gt-dir DIR] [--systems A,B] [--detail N] [--kinds kinds.tsv]
  PRED_DIR holds <S>.csv (LineId,EventId,EventTemplate) as score.sh writes them.
For every ground-truth template that is not grouped exactly it prints: 'split' (its lines fall in several predicted
groups), 'merged' (its predicted group also holds lines of other templates) or both, with the line count, the truth and
up to N predicted templates with their counts. Templates grouped right but written differently are 'string'. With
--kinds, a tab-separated file 'System<TAB>EventId<TAB>GA-kind<TAB>PA-kind' charges each loss to a kind and a table of
lines lost per kind is printed (GA loss = lines of templates not grouped exactly; PA loss = lines whose string is wrong).
"""
import argparse
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def analyse(gt_rows, pred_rows):
    pred = {int(r["LineId"]): r["EventTemplate"] for r in pred_rows}
    by_gt = collections.defaultdict(list)
    truth = {}
    for r in gt_rows:
        by_gt[r["EventId"]].append(int(r["LineId"]))
        truth[r["EventId"]] = r["EventTemplate"]
    gt_of = {int(r["LineId"]): r["EventId"] for r in gt_rows}
    group = collections.defaultdict(list)
    for line, t in pred.items():
        group[t].append(line)
    out = []
    for eid, lines in by_gt.items():
        preds = collections.Counter(pred.get(x, "<missing>") for x in lines)
        split = len(preds) > 1
        others = collections.Counter()
        for t in preds:
            for x in group.get(t, []):
                if gt_of[x] != eid:
                    others[gt_of[x]] += 1
        merged = bool(others)
        pa_wrong = sum(c for t, c in preds.items() if t != truth[eid])
        status = "ok"
        if split or merged:
            status = "+".join(s for s, on in (("split", split), ("merged", merged)) if on)
        elif pa_wrong:
            status = "string"
        out.append({"eid": eid, "n": len(lines), "truth": truth[eid], "preds": preds, "status": status,
                    "others": others, "pa_wrong": pa_wrong})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir")
    ap.add_argument("--gt-dir", default=HERE)
    ap.add_argument("--systems", default="")
    ap.add_argument("--detail", type=int, default=3)
    ap.add_argument("--kinds", default="")
    a = ap.parse_args()
    systems = sorted(d for d in os.listdir(a.gt_dir) if os.path.isfile(os.path.join(a.gt_dir, d, f"{d}_2k.log_structured.csv")))
    if a.systems:
        systems = [s for s in systems if s in a.systems.split(",")]
    kinds = {}
    if a.kinds:
        with open(a.kinds, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    parts = line.rstrip("\n").split("\t")
                    kinds[(parts[0], parts[1])] = (parts[2] if len(parts) > 2 else "", parts[3] if len(parts) > 3 else "")
    ga_loss = collections.Counter()
    pa_loss = collections.Counter()
    sys_of_kind = collections.defaultdict(set)
    unlabelled = []
    for s in systems:
        pred_path = os.path.join(a.pred_dir, f"{s}.csv")
        if not os.path.exists(pred_path):
            print(f"{s}: no prediction", file=sys.stderr)
            continue
        res = analyse(load(os.path.join(a.gt_dir, s, f"{s}_2k.log_structured.csv")), load(pred_path))
        bad = [r for r in res if r["status"] != "ok"]
        if not a.kinds:
            print(f"== {s}: {sum(r['n'] for r in res if r['status'] in ('split', 'merged', 'split+merged'))} GA lines lost, "
                  f"{sum(r['pa_wrong'] for r in res)} PA lines lost")
        for r in sorted(bad, key=lambda r: -r["n"]):
            if a.kinds:
                ga_kind, pa_kind = kinds.get((s, r["eid"]), ("?", "?"))
                if r["status"] != "string":
                    ga_loss[ga_kind] += r["n"]
                    sys_of_kind[ga_kind].add(s)
                    if ga_kind == "?":
                        unlabelled.append((s, r["eid"], r["status"]))
                if r["pa_wrong"]:
                    k = pa_kind or ga_kind
                    pa_loss[k] += r["pa_wrong"]
                    sys_of_kind[k].add(s)
                    if k == "?":
                        unlabelled.append((s, r["eid"], "string"))
                continue
            print(f"  {r['eid']:>4} {r['status']:<13} n={r['n']:<4} pa_wrong={r['pa_wrong']:<4} truth: {r['truth']}")
            for t, c in r["preds"].most_common(a.detail):
                print(f"         {c:>5} x {t}")
            if len(r["preds"]) > a.detail:
                print(f"         ... {len(r['preds']) - a.detail} more predicted templates")
            if r["others"]:
                print(f"         merged with: {dict(r['others'].most_common(4))}")
    if a.kinds:
        total = 2000 * len(systems)
        print("| Kind | GA lines lost | PA lines lost | Systems |")
        print("|---|---:|---:|---:|")
        for k in sorted(set(ga_loss) | set(pa_loss), key=lambda k: (-ga_loss[k], -pa_loss[k])):
            print(f"| {k} | {ga_loss[k]:,} ({100 * ga_loss[k] / total:.1f} %) | {pa_loss[k]:,} ({100 * pa_loss[k] / total:.1f} %) | {len(sys_of_kind[k])} |")
        print(f"| Total | {sum(ga_loss.values()):,} ({100 * sum(ga_loss.values()) / total:.1f} %) | "
              f"{sum(pa_loss.values()):,} ({100 * sum(pa_loss.values()) / total:.1f} %) | |")
        for u in unlabelled:
            print("unlabelled:", *u, file=sys.stderr)


if __name__ == "__main__":
    main()
