"""Regenerate every hx-NNN incident and the list in ../README.md. Run: python3 make_all.py"""
import os
import gen_a, gen_b, gen_c, gen_d
from common import ROOT

FUNCS = [gen_a.hx001, gen_a.hx002, gen_a.hx003, gen_a.hx004, gen_b.hx005, gen_b.hx006, gen_b.hx007, gen_b.hx008,
         gen_c.hx009, gen_c.hx010, gen_c.hx011, gen_c.hx012, gen_d.hx013, gen_d.hx014, gen_d.hx015, gen_d.hx016]

HEAD = """# heldout2: 16 constructed incidents (hx-001 .. hx-016)

FOR THE TEAM ONLY. Do not give this file, `_gen/` or any `answer.json` to the assistant under test.

Same layout as `shared/data/incidents` (question.txt, files/, answer.json); score with
`shared/tools/incident_eval.py /work/heldout2 ANSWERS --max-words 150`. All data is synthetic,
written from scratch for FaultMaven held-out evaluation (CC0-1.0). Built without reading the engine
code or the other held-out set. Regenerate with `cd _gen && python3 make_all.py` (standard library
only, fixed seeds 1001..1016; output is deterministic).

Long logs (5k-30k lines, relevant lines buried in noise): hx-010, hx-011, hx-012.
Categories: configuration_error 3, code_defect 1, infrastructure 1, resource_exhaustion 6,
healthy 3, multiple 2.

Coverage of the requested variety (16 slots, so some cases carry two items):
env var/config key crash hx-001; config parse error after deploy hx-002; job failing on DNS + typo in a
referenced Service/namespace hx-003; CI shell syntax error hx-004; node pressure hx-005; OOM with too-small
limit hx-006; healthy x3: old terminated pod hx-007, transient blip hx-008, routine backup hx-009;
connection pool leak hx-010; latency creep only in numbers + slow query saturating the DB hx-011;
memory leak only as numbers hx-012; CPU throttling hx-013; replication lag hx-014; expired TLS cert +
disk filling up hx-015 (multiple); failing probes + dependency 429 hx-016 (multiple).

| name | failure mode | category | evidence kinds |
| --- | --- | --- | --- |
"""

if __name__ == "__main__":
    rows = [f() for f in FUNCS]
    with open(os.path.join(ROOT, "README.md"), "w") as fh:
        fh.write(HEAD)
        for name, mode, cat, ev in rows:
            fh.write(f"| {name} | {mode} | {cat} | {ev} |\n")
    print("wrote %d incidents" % len(rows))
