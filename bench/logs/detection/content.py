#!/usr/bin/env python3
# Detection check: per system, the share of lines whose detected message (no --log-format) equals the ground-truth Content
# column ("ws": equal after collapsing whitespace runs; "exact": equal as written), and the layout detected.
# Build the probe against a Core build: dotnet build bench/logs/detection/probe.csproj -c Release -p:CoreDll=PATH/FaultMaven.Core.dll -o OUT
# Usage: python3 bench/logs/detection/content.py OUT SET_DIR...   (SHOW=n prints n mismatches per system, ONLY=S one system)
import csv, os, subprocess, sys, re
probe = sys.argv[1]
show = int(os.environ.get("SHOW", "0"))
only = os.environ.get("ONLY")
tot = []
for setdir in sys.argv[2:]:
    for s in sorted(os.listdir(setdir)):
        log = os.path.join(setdir, s, f"{s}_2k.log")
        if not os.path.exists(log) or (only and s != only):
            continue
        truth = [r["Content"] for r in csv.DictReader(open(log + "_structured.csv", encoding="utf-8"))]
        p = subprocess.run(["dotnet", os.path.join(probe, "probe.dll"), log], capture_output=True, text=True)
        got = [l.replace("\\t", "\t") for l in p.stdout.split("\n")[:-1]]
        lay = p.stderr.strip()
        n = min(len(truth), len(got))
        ok = sum(1 for i in range(n) if truth[i] == got[i])
        okn = sum(1 for i in range(n) if " ".join(truth[i].split()) == " ".join(got[i].split()))
        tot.append(okn / max(1, len(truth)))
        print(f"{os.path.basename(setdir.rstrip('/')):9s} {s:14s} exact {ok/len(truth):.3f} ws {okn/len(truth):.3f}  {lay}")
        k = 0
        for i in range(n):
            if k >= show: break
            if " ".join(truth[i].split()) != " ".join(got[i].split()):
                print("   T:", truth[i][:150]); print("   G:", got[i][:150]); k += 1
print(f"mean ws-match {sum(tot)/len(tot):.3f} over {len(tot)}")
