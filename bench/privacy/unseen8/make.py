"""Builds unseen8: records.jsonl (labelled snippets in the shared corpus' format, ~34 % near-misses) and extra.jsonl (personal data
with no type in the shared vocabulary). Deterministic: seed 8 unless SEED is set.
   python3 make.py [RECORDS] [EXTRA]      default: records.jsonl and extra.jsonl beside this file
Each family is a function returning text parts: a str, or a (TYPE, value) pair that becomes a labelled span."""
import json, os, random, sys

import fam_extra, fam_near, fam_pii, fam_platform, fam_win_db, fam_wire

VOCAB = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "DATE_OF_BIRTH", "ADDRESS", "PASSPORT"}
PER_FAMILY = 10
PER_EXTRA = 15


def families(mod, prefix):
    return [getattr(mod, n) for n in sorted(dir(mod)) if n.startswith(prefix) and callable(getattr(mod, n))]


def build(parts, allowed):
    text, ents = "", []
    while parts and isinstance(parts[-1], str) and not parts[-1].strip():
        parts = parts[:-1]
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        t, v = p
        assert t in allowed, t
        assert v and v == v.strip(), (t, v)
        ents.append({"type": t, "start": len(text), "end": len(text) + len(v)})
        text += v
    text = text.rstrip("\n")
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"]
    assert all(ord(c) <= 0xFFFF for c in text)
    for e in ents:
        assert e["end"] <= len(text)
    return text, ents


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    extra = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(out)), "extra.jsonl")
    seed = os.environ.get("SEED", "8")
    fams = [(f, VOCAB) for m in (fam_win_db, fam_platform, fam_wire, fam_pii) for f in families(m, "f_")]
    fams += [(f, VOCAB) for f in families(fam_near, "n_")]
    recs = []
    for f, allowed in fams:
        for i in range(PER_FAMILY):
            r = random.Random("%s:%s:%d" % (seed, f.__name__, i))
            text, ents = build(f(r), allowed)
            recs.append({"text": text, "entities": ents, "source": "unseen8/" + f.__name__, "family": f.__name__})
    random.Random("order:" + seed).shuffle(recs)
    with open(out, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(recs, 1):
            rec = {"id": "u8-%04d" % i, **rec}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ext = []
    for f in fam_extra.EXTRA:
        for i in range(PER_EXTRA):
            r = random.Random("%s:%s:%d" % (seed, f.__name__, i))
            text, ents = build(f(r), VOCAB | EXTRA_TYPES)
            ext.append({"text": text, "entities": ents, "source": "unseen8/" + f.__name__, "family": f.__name__})
    with open(extra, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(ext, 1):
            fh.write(json.dumps({"id": "u8x-%03d" % i, **rec}, ensure_ascii=False) + "\n")
    neg = sum(1 for x in recs if not x["entities"])
    ne = sum(len(x["entities"]) for x in recs)
    print("%d records (%d near-miss, %.0f %%), %d entities, %d families, %d k characters; extra %d records, %d entities"
          % (len(recs), neg, 100.0 * neg / len(recs), ne, len(fams), sum(len(x["text"]) for x in recs) // 1000, len(ext), sum(len(x["entities"]) for x in ext)))


main()
