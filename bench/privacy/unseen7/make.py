"""unseen7: a seventh blind check set for the redactor. Writes records.jsonl and extra.jsonl (seed 7, byte for byte).
   python3 make.py                          the committed set (records.jsonl, extra.jsonl beside this file)
   SEED=11 python3 make.py OUT [EXTRA_OUT]  a fresh draw of the same families (EXTRA_OUT defaults to extra.jsonl beside OUT)
Every record is checked against the shared span rules: no empty span, none starting or ending with whitespace, no overlap,
a known type, BMP text only."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen
import fam_files, fam_wire, fam_pii, fam_near, fam_extra

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN",
         "BASIC_AUTH"}
EXTRA_TYPES = TYPES | {"NATIONAL_ID", "DATE_OF_BIRTH", "ADDRESS", "BANK_ACCOUNT"}
MANY = {"f_tool_creds", "f_jdbc_many", "f_broker_urls", "f_registry_cli", "f_chat_export", "f_support_lang", "f_telephony", "f_mailrc",
        "f_follow_stream", "f_laravel_wp", "f_net_tables", "f_grafana_metabase", "f_odbc", "f_aws_unusual", "f_kubeconfig", "f_cloudinit",
        "f_ci_yaml"}


def build(parts, types):
    text, ents = "", []
    for p in parts:
        if isinstance(p, tuple):
            t, v = p
            assert t in types, t
            assert v and v == v.strip(), (t, v)
            ents.append({"type": t, "start": len(text), "end": len(text) + len(v)})
            text += v
        else:
            text += p
    assert all(ord(c) < 0x10000 for c in text)
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"]
    return text, ents


def families(mod, prefix):
    return [(n, getattr(mod, n)) for n in sorted(dir(mod)) if n.startswith(prefix) and callable(getattr(mod, n))]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seed = int(os.environ.get("SEED", "7"))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    extra_out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(out)), "extra.jsonl")
    gen.seed(seed)
    plan = []
    for mod in (fam_files, fam_wire, fam_pii):
        for n, f in families(mod, "f_"):
            plan += [(n, f)] * (10 if n in MANY else 6)
    for n, f in families(fam_near, "n_"):
        plan += [(n, f)] * 14
    gen.R.shuffle(plan)
    recs = []
    for i, (n, f) in enumerate(plan, 1):
        text, ents = build(f(), TYPES)
        recs.append({"id": "u7-%04d" % i, "text": text, "entities": ents, "source": "unseen7/" + n, "family": n})
    with open(out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    xs = []
    for i in range(60):
        f = fam_extra.f_kyc if i % 2 == 0 else fam_extra.f_hr_form
        text, ents = build(f(), EXTRA_TYPES)
        xs.append({"id": "u7x-%03d" % (i + 1), "text": text, "entities": ents, "source": "unseen7/" + f.__name__, "family": f.__name__})
    with open(extra_out, "w", encoding="utf-8") as fh:
        for r in xs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    neg = sum(1 for r in recs if not r["entities"])
    print("%s: %d records (%d near-miss, %.0f %%), %d entities, %d characters; %s: %d records, %d entities" % (
        out, len(recs), neg, 100.0 * neg / len(recs), sum(len(r["entities"]) for r in recs), sum(len(r["text"]) for r in recs),
        extra_out, len(xs), sum(len(r["entities"]) for r in xs)), file=sys.stderr)


main()
