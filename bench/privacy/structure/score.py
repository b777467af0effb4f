"""Scores a build on the constructed records of secrets that a structure names (SQL column lists, maps keyed by user name, call
arguments, expect/heredoc scripts) and their near misses: secrets covered and near-miss values hidden, per kind.
Usage: python3 bench/privacy/structure/score.py DLL [-v]"""
import json, os, subprocess, sys, tempfile, importlib.util, collections
spec = importlib.util.spec_from_file_location("rec", os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.py")); rec = importlib.util.module_from_spec(spec); spec.loader.exec_module(rec)
dll = sys.argv[1]; verbose = len(sys.argv) > 2
path = os.path.join(tempfile.mkdtemp(), "in.jsonl")
with open(path, "w") as f:
    for i, (k, t, s, keep) in enumerate(rec.R):
        f.write(json.dumps({"id": str(i), "text": t}) + "\n")
out = subprocess.run(["dotnet", dll, "redact", "--jsonl", path], capture_output=True, text=True).stdout
res = {}
for line in out.splitlines():
    o = json.loads(line); res[o["id"]] = o["entities"]
stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # secrets, caught, keep, keep hidden, records
for i, (k, t, s, keep) in enumerate(rec.R):
    ents = res.get(str(i), [])
    cov = set()
    for e in ents: cov.update(range(e["start"], e["end"]))
    st = stats[k]; st[4] += 1
    miss = []; hid = []
    for v in s:
        p = t.find(v); st[0] += 1
        if all(c in cov for c in range(p, p + len(v))): st[1] += 1
        else: miss.append(v)
    for v in keep:
        p = t.find(v); st[2] += 1
        if any(c in cov for c in range(p, p + len(v))): st[3] += 1; hid.append(v)
    if verbose and (miss or hid):
        print(f"[{i} {k}] miss={miss} hidden={hid} ents={[(e['type'], t[e['start']:e['end']]) for e in ents]}")
for k, st in stats.items():
    print(f"{k:10} records={st[4]:3} secrets caught {st[1]}/{st[0]}  kept-visible hidden {st[3]}/{st[2]}")
