#!/usr/bin/env python3
"""Leave-one-style-out choice of a fusion setting: for each query style, the setting with the best mean nDCG@10 on the *other*
styles is scored on the held-out one. Reports every setting per style and overall, then the held-out figures.
usage: fusion_select.py QUERIES.jsonl OUT_DIR RUN [RUN ...]   (OUT_DIR/RUN.per-query.jsonl from retrieval_eval.py --per-query)"""
import json
import sys
from statistics import mean

queries, out, runs = sys.argv[1], sys.argv[2], sys.argv[3:]
style = {q["id"]: q["style"] for q in map(json.loads, open(queries))}
styles = sorted(set(style.values()))
scores = {}
for run in runs:
    per = {}
    for line in open(f"{out}/{run}.per-query.jsonl"):
        row = json.loads(line)
        qid = row.get("qid") or row.get("id")
        per[qid] = row
    scores[run] = per

def metric(run, ids, name):
    return mean(float(scores[run][q].get(name, 0.0)) for q in ids)

names = [k for k in next(iter(next(iter(scores.values())).values())).keys() if k.lower().startswith(("ndcg", "r@", "mrr"))]
ndcg = next(n for n in names if n.lower().startswith("ndcg"))
r20 = next((n for n in names if n.lower() == "r@20"), None)
by_style = {s: [q for q in style if style[q] == s] for s in styles}
print(f"{'setting':<14}" + "".join(f"{s:>12}" for s in styles) + f"{'ALL nDCG':>12}{'ALL R@20':>12}")
for run in runs:
    print(f"{run:<14}" + "".join(f"{metric(run, by_style[s], ndcg):>12.4f}" for s in styles)
          + f"{metric(run, list(style), ndcg):>12.4f}" + (f"{metric(run, list(style), r20):>12.4f}" if r20 else ""))
print("\nleave one style out (chosen on the other styles by nDCG@10, scored on the held-out one):")
held = {}
for s in styles:
    others = [q for q in style if style[q] != s]
    best = max(runs, key=lambda r: metric(r, others, ndcg))
    held[s] = (best, metric(best, by_style[s], ndcg), metric(best, by_style[s], r20) if r20 else None)
    print(f"  {s:<12} chose {best:<14} held-out nDCG@10 {held[s][1]:.4f}" + (f"  R@20 {held[s][2]:.4f}" if r20 else ""))
total = sum(len(by_style[s]) for s in styles)
print(f"  held-out, weighted by queries: nDCG@10 {sum(held[s][1] * len(by_style[s]) for s in styles) / total:.4f}"
      + (f"  R@20 {sum(held[s][2] * len(by_style[s]) for s in styles) / total:.4f}" if r20 else ""))
