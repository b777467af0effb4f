#!/usr/bin/env python3
"""Exact spans: how many gold secrets a prediction covers with the same start and end (overlap F1 forgives a span that takes a glued
flag or leaves a closer out; this does not).

Run:  python3 bench/privacy/families/leaks22/exact.py GOLD.jsonl PRED.jsonl
"""
import json
import sys

gold = {r["id"]: r for r in map(json.loads, open(sys.argv[1]))}
exact = total = 0
for p in map(json.loads, open(sys.argv[2])):
    for g in gold[p["id"]]["entities"]:
        total += 1
        exact += any(e["start"] == g["start"] and e["end"] == g["end"] for e in p["entities"])
print(f"exact spans {exact}/{total}")
