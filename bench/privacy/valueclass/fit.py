"""Fits the value classifier on the key/value pairs of every readable labelled set and scores it leave-one-set-out.

  python3 bench/privacy/valueclass/fit.py BASE_DIR [--emit FILE.cs]

BASE_DIR holds the start build's predictions, one file per set (shared.jsonl fdev.jsonl fheld.jsonl u2.jsonl … u7.jsonl, written by
`dotnet fm.dll redact --jsonl SET -o BASE_DIR/NAME.jsonl`). Each pair found by pairs.py is labelled by overlap with the gold secret
spans. Two decisions are learned (logistic regression, stdlib only):
  add:  a pair no prediction touches is a secret (the pair's value becomes GENERIC_SECRET);
  veto: a secret-type prediction on a pair's value is dropped when the value is not a literal (masked, a reference, a version, …).
For each set held out, both are fitted on the other sets, then the whole redactor (the start build's predictions plus adds minus
vetoes) is scored on the held-out set: F1 typed / type-blind (overlap, as pii_eval.py), leaked secret characters (as score-set.sh),
near-miss records (no gold entity) with any prediction. --emit writes the model fitted on all sets as C#.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../..")
# The shared benchmark data sits beside the repository (../shared), as for the other scripts under bench/.
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "tools"))
import pairs as P  # noqa: E402
import pii_eval  # noqa: E402

SETS = {
    "shared": os.path.join(ROOT, "..", "shared", "data", "pii", "dev.jsonl"),
    "fdev": "bench/privacy/families/dev.jsonl",
    "fheld": "bench/privacy/families/heldout.jsonl",
    "u2": "bench/privacy/unseen2/records.jsonl",
    "u3": "bench/privacy/unseen3/records.jsonl",
    "u4": "bench/privacy/unseen4/records.jsonl",
    "u5": "bench/privacy/unseen5/records.jsonl",
    "u6": "bench/privacy/unseen6/records.jsonl",
    "u7": "bench/privacy/unseen7/records.jsonl",
}
SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}


def overlaps(a, b, c, d):
    return max(a, c) < min(b, d)


def load(name, base):
    path = SETS[name] if os.path.isabs(SETS[name]) else os.path.join(ROOT, SETS[name])
    gold = [json.loads(line) for line in open(path)]
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(os.path.join(base, name + ".jsonl")))}
    rows = []  # (record index, start, end, features, label, kind of row)
    for i, r in enumerate(gold):
        text, ge, pe = r["text"], r["entities"], pred.get(r["id"], [])
        for kind, key, s, e in P.pairs(text):
            v = text[s:e]
            g_secret = any(g["type"] in SECRET and overlaps(s, e, g["start"], g["end"]) for g in ge)
            g_other = any(g["type"] not in SECRET and overlaps(s, e, g["start"], g["end"]) for g in ge)
            p_any = any(overlaps(s, e, p["start"], p["end"]) for p in pe)
            p_secret = any(p["type"] in SECRET and overlaps(s, e, p["start"], p["end"]) for p in pe)
            f = P.features(kind, key, v)
            # Every pair teaches what a secret in a key/value structure looks like, whether or not the start build finds it; a value
            # that holds other private data (an e-mail address) teaches nothing. The mode says what a decision may do to the pair.
            mode = "veto" if p_secret else "other" if p_any else "add"
            rows.append((i, s, e, f, 1 if g_secret else 0, mode, not g_other))
    return gold, pred, rows


def fit(rows, names, l2=0.01, epochs=400, lr=1.0):
    """Logistic regression by batch gradient descent (equal feature vectors merged into one weighted row), classes weighted to
    balance, L2 on all but the bias."""
    if not rows:
        return {n: 0.0 for n in names}
    pos = sum(r[4] for r in rows) or 1
    neg = (len(rows) - pos) or 1
    cw = {1: len(rows) / (2 * pos), 0: len(rows) / (2 * neg)}
    merged = {}
    for r in rows:
        k = (tuple(r[3][n] for n in names), r[4])
        merged[k] = merged.get(k, 0) + cw[r[4]]
    data = [(x, y, c) for (x, y), c in merged.items()]
    total = sum(c for _, _, c in data)
    w = [0.0] * len(names)
    for _ in range(epochs):
        grad = [0.0] * len(names)
        for x, y, c in data:
            z = sum(a * b for a, b in zip(w, x))
            g = c * (1 / (1 + math.exp(-max(-30, min(30, z)))) - y)
            for j, xj in enumerate(x):
                if xj:
                    grad[j] += g * xj
        for j, n in enumerate(names):
            w[j] -= lr * (grad[j] / total + (0 if n == "bias" else l2 * w[j]))
    return dict(zip(names, w))


def prob(w, f):
    z = sum(w[n] * f[n] for n in w)
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def hand_add(f):
    """The hand-set alternative: a secret-named key and a literal that is not a word, number, path or reference."""
    named = f["k_pass"] or f["k_secret"] or f["k_token"] or f["k_key"] or f["k_auth"] or f["k_session"] or f["k_sig"] or f["k_stem"]
    non_literal = f["v_mask"] or f["v_ref"] or f["v_version"] or f["v_uuid"] or f["v_date"] or f["v_number"] or f["v_url"] or f["v_path"] or f["v_bool"] or f["v_space"]
    return bool(named and not f["k_desc"] and not non_literal and not f["v_word"] and not f["v_short"] and f["v_entropy"] * 6 >= 2.5)


def non_literal(f):
    """A value that is not itself a secret whatever its key: masked, a reference or placeholder, a version."""
    return bool(f["v_mask"] or f["v_ref"] or f["v_version"])


def never_added(f):
    """Shapes an added pair may not have whatever the model says: the model has no interactions, and a secret-named key over a path,
    a URL, a number, a date, a UUID, a version, a reference or a masked value is about the secret, not the secret."""
    return bool(non_literal(f) or f["v_path"] or f["v_url"] or f["v_number"] or f["v_date"] or f["v_uuid"] or f["v_bool"] or f["v_space"] or f["v_assign"] or f["v_dotted"]
                or f["k_public"] or f["k_desc"] or f["k_none"] or f["k_key_alone"])


def hand_veto(f):
    return non_literal(f)


def apply(gold, pred, rows, add, veto):
    out = {}
    adds = {}
    vetoes = {}
    for (i, s, e, f, _, kind, _) in rows:
        if kind == "add" and add(f):
            adds.setdefault(i, []).append((s, e))
        elif kind == "veto" and veto(f):
            vetoes.setdefault(i, []).append((s, e))
    for i, r in enumerate(gold):
        ps = [p for p in pred.get(r["id"], []) if not (p["type"] in SECRET and any(overlaps(s, e, p["start"], p["end"]) for s, e in vetoes.get(i, [])))]
        ps += [{"type": "GENERIC_SECRET", "start": s, "end": e} for s, e in adds.get(i, [])]
        out[r["id"]] = ps
    return out


def metrics(gold, pred):
    g = {r["id"]: (r["text"], [(x["type"], x["start"], x["end"]) for x in r["entities"]]) for r in gold}
    p = {rid: sorted({(x["type"], x["start"], x["end"]) for x in ps}, key=lambda t: (t[1], t[2], t[0])) for rid, ps in pred.items()}
    typed = pii_eval.score(g, p, "overlap", False)["micro"][2]
    blind = pii_eval.score(g, p, "overlap", True)["micro"][2]
    leak = 0
    near = 0
    for r in gold:
        ps = pred.get(r["id"], [])
        if not r["entities"] and ps:
            near += 1
        for x in r["entities"]:
            if x["type"] in SECRET:
                leak += sum(1 for c in range(x["start"], x["end"]) if not any(q["start"] <= c < q["end"] for q in ps))
    return typed, blind, leak, near


def pair_scores(rows, decide):
    tp = sum(1 for r in rows if r[5] == "add" and decide(r[3]) and r[4])
    fp = sum(1 for r in rows if r[5] == "add" and decide(r[3]) and not r[4])
    fn = sum(1 for r in rows if r[5] == "add" and not decide(r[3]) and r[4])
    return tp, fp, fn


def main():
    base = sys.argv[1]
    data = {n: load(n, base) for n in SETS}
    names = list(next(r for d in data.values() for r in d[2])[3].keys())
    t_add = float(os.environ.get("T_ADD", "0.9"))
    t_veto = float(os.environ.get("T_VETO", "0.1"))
    print(f"pairs: " + ", ".join(f"{n} {len(d[2])} (secret {sum(r[4] for r in d[2])}; unclaimed {sum(r[5] == 'add' for r in d[2])}, secret {sum(r[4] for r in d[2] if r[5] == 'add')})" for n, d in data.items()))
    print(f"thresholds: add p >= {t_add}, veto p < {t_veto}")
    hdr = f"{'held out':8s} {'start typed/blind':18s} {'leak':>5s} {'near':>4s} | {'LOSO learned':18s} {'leak':>5s} {'near':>4s} {'pairs tp/fp/fn':>14s} | {'hand-set':18s} {'leak':>5s} {'near':>4s} | {'all-sets fit (plain)':20s} {'leak':>5s} {'near':>4s}"
    print(hdr)
    all_rows = [r for d in data.values() for r in d[2]]
    w_add_all = w_veto_all = fit([r for r in all_rows if r[6]], names)
    tot = {k: [0, 0, 0, 0] for k in ("start", "loso", "hand", "plain")}
    fits = {held: fit([r for n, d in data.items() if n != held for r in d[2] if r[6]], names) for held in data}
    if os.environ.get("GRID"):
        for t_a in (0.7, 0.8, 0.85, 0.9, 0.95):
            for vname, vrule in (("none", lambda w, f: False), ("nonlit", lambda w, f: non_literal(f)),
                                 ("nonlit&p<.5", lambda w, f: non_literal(f) and prob(w, f) < 0.5)):
                t = [0, 0, 0, 0]
                per = []
                for held, (gold, pred, rows) in data.items():
                    w = fits[held]
                    m = metrics(gold, apply(gold, pred, rows, lambda f: prob(w, f) >= t_a and not never_added(f), lambda f: vrule(w, f)))
                    t = [a + b for a, b in zip(t, m)]
                    per.append(f"{held} {m[0]:.3f}/{m[2]}/{m[3]}")
                print(f"add>={t_a} veto={vname:12s} mean typed {t[0] / len(data):.4f} blind {t[1] / len(data):.4f} leak {t[2]} near {t[3]} | " + " ".join(per))
        return
    for held, (gold, pred, rows) in data.items():
        train = [r for n, d in data.items() if n != held for r in d[2]]
        w_add = w_veto = fits[held]
        m0 = metrics(gold, pred)
        ml = metrics(gold, apply(gold, pred, rows, lambda f: prob(w_add, f) >= t_add and not never_added(f), lambda f: non_literal(f) and prob(w_veto, f) < t_veto))
        mh = metrics(gold, apply(gold, pred, rows, hand_add, hand_veto))
        mp = metrics(gold, apply(gold, pred, rows, lambda f: prob(w_add_all, f) >= t_add and not never_added(f), lambda f: non_literal(f) and prob(w_veto_all, f) < t_veto))
        ps = pair_scores(rows, lambda f: prob(w_add, f) >= t_add and not never_added(f))
        for k, m in (("start", m0), ("loso", ml), ("hand", mh), ("plain", mp)):
            tot[k] = [a + b for a, b in zip(tot[k], m)]
        print(f"{held:8s} {m0[0]:.3f} / {m0[1]:.3f}     {m0[2]:5d} {m0[3]:4d} | {ml[0]:.3f} / {ml[1]:.3f}     {ml[2]:5d} {ml[3]:4d} {'/'.join(map(str, ps)):>14s} | "
              f"{mh[0]:.3f} / {mh[1]:.3f}     {mh[2]:5d} {mh[3]:4d} | {mp[0]:.3f} / {mp[1]:.3f}       {mp[2]:5d} {mp[3]:4d}")
    n = len(data)
    print("mean/sum " + " | ".join(f"{k} {t[0] / n:.3f} / {t[1] / n:.3f} leak {t[2]} near {t[3]}" for k, t in tot.items()))
    print("add weights (all sets):", {k: round(v, 2) for k, v in sorted(w_add_all.items(), key=lambda kv: -abs(kv[1]))})
    print("veto weights (all sets):", {k: round(v, 2) for k, v in sorted(w_veto_all.items(), key=lambda kv: -abs(kv[1]))})
    if "--emit" in sys.argv:
        emit(sys.argv[sys.argv.index("--emit") + 1], names, w_add_all, w_veto_all, t_add, t_veto)


def emit(path, names, w_add, w_veto, t_add, t_veto):
    def logit(p):
        return math.log(p / (1 - p))
    lines = [
        "namespace FaultMaven.Core.Privacy.Recognizers;",
        "",
        "// GENERATED by bench/privacy/valueclass/fit.py (python3 bench/privacy/valueclass/fit.py BASE_DIR --emit THIS_FILE): do not edit by",
        "// hand. Logistic-regression weights fitted on the key/value pairs of every readable labelled set; the order of the features is",
        "// ValueFeatures (Count and the indexes there follow Names).",
        "",
        "/// <summary>The learned weights of the value classifier (issue 18): whether a pair no other recognizer claimed holds a secret.</summary>",
        "internal static class ValueClassifierWeights",
        "{",
        f"    /// <summary>Features in the order of the weights below.</summary>",
        "    public static readonly string[] Names = [" + ", ".join(f'"{n}"' for n in names) + "];",
        "",
        "    /// <summary>Weights of the decision that an unclaimed pair's value is a secret.</summary>",
        "    public static readonly double[] Add = [" + ", ".join(f"{w_add[n]:.6f}" for n in names) + "];",
        "",
        f"    /// <summary>The logit an unclaimed pair needs to be added (probability {t_add}).</summary>",
        f"    public const double AddLogit = {logit(t_add):.6f};",
        "}",
        "",
    ]
    open(path, "w").write("\n".join(lines))


if __name__ == "__main__":
    main()
