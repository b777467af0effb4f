#!/usr/bin/env python3
"""Writes the 16 held-out incidents hz-001 .. hz-016 into the parent directory of this script's folder.

The runner (bench/agent/heldout.sh heldout3) copies gen/ to artifacts/heldout3/_gen and runs
`cd _gen && python3 make_all.py`; the incidents land in artifacts/heldout3/<name>/. Standard library
only; every generator uses its own fixed seed, so the output is byte-for-byte reproducible.
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import inc_a  # noqa: E402
import inc_b  # noqa: E402
import inc_c  # noqa: E402
import inc_d  # noqa: E402

GENERATORS = [
    inc_a.hz001, inc_a.hz002, inc_a.hz003, inc_a.hz004,
    inc_b.hz005, inc_b.hz006, inc_b.hz007, inc_b.hz008,
    inc_c.hz009, inc_c.hz010, inc_c.hz011, inc_c.hz012,
    inc_d.hz013, inc_d.hz014, inc_d.hz015, inc_d.hz016,
]


def main():
    for gen in GENERATORS:
        gen()
        print(gen.__name__.replace("hz", "hz-"))


if __name__ == "__main__":
    main()
