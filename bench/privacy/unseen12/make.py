"""Writes unseen12's records.jsonl and extra.jsonl (deterministic: seed 121; SEED=N draws the same families with fresh values).
   python3 make.py [RECORDS] [EXTRA]     default: this folder's records.jsonl and extra.jsonl
Asserts the shared span rules on every record: no empty span, none starting or ending with whitespace, no overlap, a known type,
BMP only; near-miss families hold no entity and the others at least one."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import fam_sec, fam_pii, fam_near, fam_extra  # noqa: E402

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY",
         "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "ADDRESS", "GEO_LOCATION"}


def check(text, ents, near, types):
    assert all(ord(c) <= 0xFFFF for c in text), "non-BMP character"
    if near:
        assert not ents, "near-miss record with an entity"
    else:
        assert ents, "positive record without an entity"
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert e["type"] in types, e
        assert v and v == v.strip(), (e, v)
        assert e["start"] >= last, ("overlap", e)
        last = e["end"]


def draw(families, n, near, types, prefix, start):
    out, seen, i = [], set(), start
    for fam in families:
        got = 0
        for _ in range(200):
            text, ents = fam()
            if text in seen:
                continue
            seen.add(text)
            check(text, ents, near, types)
            i += 1
            out.append({"id": "%s-%04d" % (prefix, i), "text": text, "entities": sorted(ents, key=lambda e: e["start"]),
                        "source": "synthetic/unseen12/" + fam.__name__[2:], "family": fam.__name__})
            got += 1
            if got == n:
                break
        assert got == n, fam.__name__
    return out, i


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    gen.R.seed(int(os.environ.get("SEED", "121")))
    recs, i = draw(fam_sec.FAMILIES + fam_pii.FAMILIES, 10, False, TYPES, "u12", 0)
    near, i = draw(fam_near.FAMILIES, 10, True, TYPES, "u12", i)
    recs += near
    extra, _ = draw(fam_extra.FAMILIES, 20, False, TYPES | EXTRA_TYPES, "u12x", 0)
    for p, rs in ((rec_p, recs), (ext_p, extra)):
        with open(p, "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("%d records (%d near-miss), %d entities; extra %d records, %d entities" % (
        len(recs), len(near), sum(len(r["entities"]) for r in recs), len(extra), sum(len(r["entities"]) for r in extra)))


main()
