#!/usr/bin/env python3
"""Writes records.jsonl and extra.jsonl of the unseen11 blind set, deterministically.
   python3 make.py                         the committed set (seed 111)
   SEED=11 python3 make.py OUT.jsonl X.jsonl   a fresh draw of the same families
Asserts the shared span rules on every record."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import G, rng_for, TYPES, EXTRA_TYPES
from fam_sec import SECRET_FAMILIES
from fam_pii import PII_FAMILIES
from fam_near import NEAR_FAMILIES
from fam_extra import EXTRA_FAMILIES

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = int(os.environ.get("SEED", "111"))
PER_FAMILY, PER_EXTRA = 10, 15


def check(text, ents, types, negative):
    assert all(ord(c) <= 0xFFFF for c in text), "outside the BMP"
    prev = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in types, e
        assert e["start"] < e["end"], e
        v = text[e["start"]:e["end"]]
        assert v == v.strip(), repr(v)
        assert e["start"] >= prev, "overlap"
        prev = e["end"]
    assert (not ents) if negative else ents, (negative, text)


def build(families, n, prefix, types, negative_of):
    out = []
    for fam in families:
        g = G(rng_for(SEED, fam.__name__))
        for i in range(n):
            text, ents = fam(g)
            check(text, ents, types, negative_of(fam))
            out.append({"id": f"{prefix}-{fam.__name__}-{i:02d}", "text": text, "entities": sorted(ents, key=lambda e: e["start"]),
                        "family": fam.__name__, "source": "synthetic/unseen11/" + fam.__name__})
    return out


def main():
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "extra.jsonl")
    near = set(NEAR_FAMILIES)
    recs = build(SECRET_FAMILIES + PII_FAMILIES + NEAR_FAMILIES, PER_FAMILY, "u11", TYPES, lambda f: f in near)
    extra = build(EXTRA_FAMILIES, PER_EXTRA, "u11x", TYPES | EXTRA_TYPES, lambda f: False)
    for p, rows in ((rec_p, recs), (ext_p, extra)):
        with open(p, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nneg = sum(1 for r in recs if not r["entities"])
    print(f"{len(recs)} records ({nneg} near-miss), {sum(len(r['entities']) for r in recs)} entities; extra {len(extra)} records,"
          f" {sum(len(r['entities']) for r in extra)} entities")


main()
