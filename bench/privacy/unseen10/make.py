"""Writes unseen10's records.jsonl and extra.jsonl (deterministic; seed 10 unless SEED is set).
   python3 make.py                          rewrites both committed files byte for byte
   SEED=11 python3 make.py R.jsonl X.jsonl  a fresh draw of the same families to the given paths
Asserts the shared span rules on every record (no empty span, none starting or ending with whitespace, no overlap, a known
type, BMP only) and that near-miss families hold no entity and the others at least one."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, fam_sec, fam_pii, fam_near, fam_extra  # noqa: E402

VOCAB = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA = VOCAB | {"NATIONAL_ID", "PASSPORT_NO", "DATE_OF_BIRTH", "LICENSE_PLATE", "BANK_ACCOUNT"}


def check(rec, vocab, negative):
    t, es = rec["text"], rec["entities"]
    assert all(ord(c) <= 0xFFFF for c in t), rec["id"]
    assert (not es) if negative else es, (rec["id"], "near-miss with entity" if negative else "positive without entity")
    last = 0
    for e in sorted(es, key=lambda e: e["start"]):
        v = t[e["start"]:e["end"]]
        assert e["type"] in vocab, (rec["id"], e)
        assert v and v == v.strip(), (rec["id"], repr(v))
        assert e["start"] >= last, (rec["id"], "overlap", e)
        last = e["end"]


def draw(families, n, prefix, vocab, negative_of):
    out = []
    for fam in families:
        for _ in range(n):
            text, ents = fam()
            rec = {"id": "%s%04d" % (prefix, len(out) + 1), "text": text, "entities": ents, "family": fam.__name__}
            check(rec, vocab, negative_of(fam))
            out.append(rec)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    gen.seed(int(os.environ.get("SEED", "10")))
    recs = draw(fam_sec.FAMILIES + fam_pii.FAMILIES + fam_near.FAMILIES, 10, "u10-", VOCAB, lambda f: f in fam_near.FAMILIES)
    extra = draw(fam_extra.FAMILIES, 15, "u10x-", EXTRA, lambda f: False)
    for path, rs in ((rec_p, recs), (ext_p, extra)):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in recs if not r["entities"])
    print("records: %d (%d near-miss, %d entities, %d characters); extra: %d (%d entities)" % (
        len(recs), neg, sum(len(r["entities"]) for r in recs), sum(len(r["text"]) for r in recs), len(extra), sum(len(r["entities"]) for r in extra)))


main()
