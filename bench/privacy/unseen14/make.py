#!/usr/bin/env python3
"""Writes unseen14's records.jsonl and extra.jsonl (deterministic; standard library only).

  python3 make.py                         rewrites both files of this folder (seed 141)
  SEED=11 python3 make.py REC.jsonl EXTRA.jsonl    the same families with fresh values
Asserts the shared span rules on every record: no empty span, none starting or ending with whitespace, no overlap, a known type,
BMP only; near-miss families hold no entity and the others at least one; no two records have the same text."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import build  # noqa: E402
import fam_extra  # noqa: E402
import fam_near  # noqa: E402
import fam_pii  # noqa: E402
import fam_sec  # noqa: E402

VOCAB = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "ADDRESS", "HEALTH_ID"}
SEED = int(os.environ.get("SEED", "141"))


def draw(fam, n, near, types, seen):
    r = random.Random("%d:%s" % (SEED, fam.__name__))
    variants = fam(r)
    order = list(range(len(variants)))
    r.shuffle(order)
    out = []
    for k in range(n):
        for j in range(len(variants) * 3):
            text, ents = build(variants[order[(k + j) % len(variants)]]())
            if text not in seen:
                break
        else:
            raise AssertionError("%s: no fresh text for record %d" % (fam.__name__, k))
        seen.add(text)
        assert all(ord(c) <= 0xFFFF for c in text), fam.__name__
        last = 0
        for e in sorted(ents, key=lambda e: e["start"]):
            v = text[e["start"]:e["end"]]
            assert v and v == v.strip(), (fam.__name__, v)
            assert e["start"] >= last, (fam.__name__, "overlap", v)
            assert e["type"] in types, (fam.__name__, e["type"])
            last = e["end"]
        assert (not ents) if near else ents, (fam.__name__, text)
        out.append((fam.__name__, text, ents))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    seen = set()
    rows = []
    for f in fam_sec.FAMILIES + fam_pii.FAMILIES:
        rows += draw(f, 10, False, VOCAB, seen)
    for f in fam_near.FAMILIES:
        rows += draw(f, 10, True, VOCAB, seen)
    extra = []
    for f in fam_extra.FAMILIES:
        extra += draw(f, 20, False, VOCAB | EXTRA_TYPES, seen)
    with open(rec_p, "w", encoding="utf-8") as o:
        for i, (fam, text, ents) in enumerate(rows, 1):
            o.write(json.dumps({"id": "u14-%04d" % i, "text": text, "entities": ents, "source": "synthetic/unseen14/" + fam[2:],
                                "family": fam}, ensure_ascii=False) + "\n")
    with open(ext_p, "w", encoding="utf-8") as o:
        for i, (fam, text, ents) in enumerate(extra, 1):
            o.write(json.dumps({"id": "u14x-%03d" % i, "text": text, "entities": ents, "source": "synthetic/unseen14/" + fam[2:],
                                "family": fam}, ensure_ascii=False) + "\n")
    near = sum(1 for _, _, e in rows if not e)
    print("%d records (%d near-miss, %d entities) from %d families; %d extra records (%d entities)" % (
        len(rows), near, sum(len(e) for _, _, e in rows), len(fam_sec.FAMILIES) + len(fam_pii.FAMILIES) + len(fam_near.FAMILIES),
        len(extra), sum(len(e) for _, _, e in extra)))


main()
