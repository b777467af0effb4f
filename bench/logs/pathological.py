#!/usr/bin/env python3
"""Linear time on pathological input: `fm logs parse` on 1 MB and 4 MB of hostile lines, with a header format given and detected.

Each input is parsed three times at each size; the best time, minus the time of a one-line input in the same run (process start),
is reported (a 1 MB time under 50 ms counts as 50 ms in the ratio, below the noise of starting a process). Passes when every 1 MB
input takes < 0.5 s and every 4 MB / 1 MB ratio is <= 5 (linear is 4; quadratic would be 16).
Then line length: 1 MB of lines of N cells against 1 MB of lines of 4 N cells (LENGTH_CASES); passes when both take < 0.5 s and the
ratio is <= 2 (linear is 1; a cost quadratic in a line's cells would be 4), since scaling the line count never shows such a cost.
Then memory: peak RSS (/usr/bin/time -f %M) of one-off statements at 4, 16 and 64 MB; passes when the 64 MB peak is at most
1.5 x the 16 MB one (the miner's template cap keeps it flat; without it, 16 MB took 592 MB).
Usage: bench/logs/pathological.py [--cpu] [--memory-only] [--only TEXT] [FM]   (default ./fm; FM may be a path to fm.dll, run with dotnet)
--only TEXT: only the rows whose name contains TEXT, and no memory step.
--cpu: measure the CPU seconds (user + system) of `fm logs parse` instead of wall time (for a loaded machine)."""
import os, random, resource, subprocess, sys, tempfile, time

_argv = sys.argv[1:]
ONLY = _argv[_argv.index("--only") + 1] if "--only" in _argv[:-1] else None
if ONLY is not None:
    del _argv[_argv.index("--only"):_argv.index("--only") + 2]
ARGS = [a for a in _argv if a not in ("--cpu", "--memory-only")]
CPU = "--cpu" in sys.argv[1:]
MEMORY_ONLY = "--memory-only" in sys.argv[1:]
FM = ARGS[0] if ARGS else os.path.join(os.path.dirname(__file__), "..", "..", "fm")
FM_CMD = ["dotnet", FM] if FM.endswith(".dll") else [FM]
RUNS = " " * 16_000
DASH = "<A> - <Content>"
FIVE = "<A> <B> <C> <D> <Content>"
BRACKETS = r"\[<Date> <Time>\] <Process> - <Content> end"


def binary(n):
    rng = random.Random(7)
    return bytes(rng.randrange(256) for _ in range(n))


def long_value_runs(n):
    """Long one-off lines: a run of 1–300 numbers of varying length after a key, then a braced list (value runs, long buckets)."""
    rng = random.Random(3)
    out, size = [], 0
    while size < n:
        prefix = " ".join(f"w{rng.randint(0, 50)}" for _ in range(rng.randint(1, 3)))
        values = " ".join(str(rng.randint(0, 10**6)) for _ in range(rng.randint(1, 300)))
        listed = " ".join(str(rng.randint(0, 99)) for _ in range(rng.randint(1, 40)))
        line = f"{prefix} COMMAND={values} {{{listed}}} done\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def labelled_words(n):
    """One-off lines of 5–30 random words, 40 % `kN=word` and 30 % `word:`: every word may open a labelled span."""
    rng = random.Random(5)
    out, size = [], 0
    while size < n:
        words = []
        for _ in range(rng.randint(5, 30)):
            r = rng.random()
            w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 8)))
            words.append(f"k{rng.randint(0, 40)}={w}" if r < 0.4 else (w + ":" if r < 0.7 else w))
        line = " ".join(words) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def named_values(n):
    """Lines sharing their words around one place that holds one to six random words (names of a few words beside one-word
    values, every start and length a candidate), and lines of growing word counts with no shared start."""
    rng = random.Random(11)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    out, size, k = [], 0, 1
    while size < n:
        if rng.random() < 0.5:
            name = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 6)))
            line = f"moved item {rng.randint(0, 10**6)} to box {name} (owner=u{rng.randint(0, 9)}) done\n"
        else:
            k = k % 400 + 1
            line = " ".join(rng.choice(vocabulary) for _ in range(k)) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def framed_pairs(n):
    """Lines of a few hundred statements, each with two quoted places of one to six random words (the framed pass merges one
    place in its first round and the other in its second), and one-off lines of quoted words that open spans everywhere."""
    rng = random.Random(13)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    words = lambda: " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 6)))
    out, size = [], 0
    while size < n:
        if rng.random() < 0.7:
            line = f"s{rng.randint(0, 300)} job \"{words()}\" ended as pid {rng.randint(0, 10**6)} [{words()}] done\n"
        else:
            line = " ".join(f"'{words()}'" for _ in range(rng.randint(1, 8))) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def leading_names(n):
    """Lines that open with values, then a name of one to eight random words ending in ':' and a statement of a few hundred
    (every line a leading span's candidate), and one-off lines of random words each ending in ':' after two values."""
    rng = random.Random(17)
    vocabulary = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    words = lambda k: " ".join(rng.choice(vocabulary) for _ in range(k))
    out, size = [], 0
    while size < n:
        if rng.random() < 0.7:
            line = f"{rng.randint(0, 10**6)} {words(rng.randint(1, 8))}: step s{rng.randint(0, 300)} failed after retries\n"
        else:
            line = f"{rng.randint(0, 10**6)} 0x{rng.randint(0, 10**6):x} " + " ".join(w + ":" for w in words(rng.randint(2, 14)).split()) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def context_fields(n):
    """Lines opening with a run of 1–40 KEY[value] fields (random keys and values, some empty) before a short statement, and
    lines of KEY[ words that never close (every word a field's candidate that fails at its end)."""
    rng = random.Random(19)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    word = lambda k: "".join(rng.choice(letters) for _ in range(k))
    out, size = [], 0
    while size < n:
        if rng.random() < 0.8:
            fields = " ".join(f"{word(rng.randint(1, 8))}[{word(rng.randint(0, 12))}]" for _ in range(rng.randint(1, 40)))
            line = f"{fields} step {rng.randint(0, 300)} done\n"
        else:
            line = " ".join(f"{word(rng.randint(1, 6))}[{word(rng.randint(0, 30))}" for _ in range(rng.randint(2, 60))) + "\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def id_lists(n):
    """Comma-joined id lists of 1–500 ids after one statement's words, each length its own masked shape."""
    rng = random.Random(13)
    out, size = [], 0
    while size < n:
        ids = ",".join(str(rng.randint(0, 10**6)) for _ in range(rng.randint(1, 500)))
        line = f"deleting items: {ids}.\n"
        out.append(line)
        size += len(line)
    return "".join(out).encode()[:n]


def cells(separator, kind, per_line):
    """Lines of `per_line` short cells joined by `separator` (numbers, words, empty cells, or a mix), to the size given."""
    def make(n):
        rng = random.Random(17)
        words = ["ok", "err", "abc", "x", "node", "up", "dn"]
        out, size = [], 0
        while size < n:
            row = []
            for _ in range(per_line):
                k = kind if kind != "mixed" else rng.choice(("numbers", "words", "empty"))
                row.append(str(rng.randint(0, 9999)) if k == "numbers" else rng.choice(words) if k == "words" else "")
            line = separator.join(row) + "\n"
            out.append(line)
            size += len(line)
        return "".join(out).encode()[:n]
    return make


def key_values(per_line):
    """Lines of `per_line` `key=value` pairs, keys from a small set and values random numbers and words."""
    def make(n):
        rng = random.Random(19)
        out, size = [], 0
        while size < n:
            line = " ".join(f"k{rng.randint(0, 30)}={rng.choice((str(rng.randint(0, 10**6)), 'on', 'off', 'x' * rng.randint(1, 5)))}"
                            for _ in range(per_line)) + "\n"
            out.append(line)
            size += len(line)
        return "".join(out).encode()[:n]
    return make


def deep_json(depth):
    """JSON lines nested `depth` objects deep, a random number at each level."""
    def make(n):
        rng = random.Random(23)
        out, size = [], 0
        while size < n:
            line = "".join(f'{{"k{i % 7}":{rng.randint(0, 999)},"c":' for i in range(depth)) + "1" + "}" * depth + "\n"
            out.append(line)
            size += len(line)
        return "".join(out).encode()[:n]
    return make


# Rows scaling the length of a line at a fixed total size: (name, function of cells per line giving a unit as in CASES, cells per
# line at the short end). The long lines hold 4 x the cells of the short ones, in the same 1 MB: a cost linear in the input keeps
# the time (ratio near 1); a cost quadratic in a line's cells or words multiplies it by 4. Passes when both times are < 0.5 s and
# the ratio is <= 2.
LENGTH_CASES = [
    (f"line length: '{name}' cells, {kind}", lambda c, s=sep, k=kind: cells(s, k, c), 100)
    for name, sep in ((";", ";"), (",", ","), ("|", "|"), ("tab", "\t"), ("space", " "))
    for kind in ("mixed", "numbers", "words")
] + [
    ("line length: key=value pairs", key_values, 250),
    ("line length: JSON depth", deep_json, 50),
]

# name: (line unit, repeated to the size; or a function of the size giving bytes), format (None: detected)
CASES = {
    "whitespace runs, '<A> - <Content>'": (f"x{RUNS}y\n", DASH),
    "whitespace runs, dash at the end": (f"x{RUNS}-{RUNS}y -\n", DASH),
    "whitespace runs, five fields": (f"a{RUNS}b{RUNS}c\n", FIVE),
    "whitespace runs, literal at the end": (f"[a b] p - {RUNS}end{RUNS}x\n", BRACKETS),
    "whitespace runs, detected": (f"x{RUNS}y\n", None),
    "tabs and spaces, detected": ("a \t" * 5000 + "\n", None),
    "one line, no newline": ("a - " * 300_000, DASH),
    "one character": ("a", None),
    "dashes and spaces": ("- " * 8000 + "\n", DASH),
    "brackets": ("[" * 8000 + "\n", BRACKETS),
    "binary": (binary, None),
    "one-off statements": (lambda n: "".join(f"w{i} v{i * 7} q{i % 97}x{i}\n" for i in range(n // 24)).encode()[:n], None),
    "digits and dots": ("1.2.3.4:5 " * 4000 + "\n", None),
    "long value runs": (long_value_runs, None),
    "labelled words": (labelled_words, None),
    "labelled words, '<Content>'": (labelled_words, "<Content>"),
    "named values: names of growing word counts": (named_values, None),
    "named values: id lists of growing length": (id_lists, None),
    "framed values in two places": (framed_pairs, None),
    "leading names: values, words ending in ':'": (leading_names, None),
    "named values: one line of words": ("word " * 200_000 + "\n", None),
    "context fields: KEY[value] runs": (context_fields, None),
    "context fields: one line of KEY[x] fields": ("KEY[x] " * 150_000 + "\n", None),
    "extents: hex groups and colons (IPv6)": ("1:a:" * 50_000 + "\n", None),
    "extents: paths and colons (path lists)": ("/a:/b:x:" * 25_000 + "\n", None),
    "extents: marks of other scripts": ("\u2039\u00e9\u00bb," * 25_000 + "\n", None),
    "extents: weekday dates with commas": ("[Sun, 06 Dec, 2026, " * 10_000 + "\n", None),
    "long lines: 400 ';' cells, mixed": (cells(";", "mixed", 400), None),
    "long lines: 400 ',' cells, mixed": (cells(",", "mixed", 400), None),
    "long lines: 400 '|' cells, words": (cells("|", "words", 400), None),
    "long lines: 10k words": (cells(" ", "words", 10_000), None),
    "long lines: 1,000 key=value pairs": (key_values(1000), None),
    "long lines: JSON 200 deep": (deep_json(200), None),
}


def now():
    if CPU:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return time.perf_counter()


def run(path, fmt, times=3):
    """Best time of `times` runs, and whether fm refused the input (exit 1 with a message, as for a binary file)."""
    best, refused = float("inf"), False
    args = FM_CMD + ["logs", "parse", "--input", path, "--output", os.devnull] + (["--log-format", fmt] if fmt else [])
    for _ in range(times):
        start = now()
        code = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        best = min(best, now() - start)
        if code not in (0, 1):
            raise SystemExit(f"fm exited with {code} on {path}")
        refused = code == 1
    return best, refused


def write(path, unit, size):
    data = unit(size) if callable(unit) else (unit * (size // len(unit) + 1)).encode()[:size]
    with open(path, "wb") as f:
        f.write(data)


def memory():
    """Peak RSS and wall time per MB of `fm logs parse` on one-off statements at 4, 16 and 64 MB; False when memory grows."""
    unit = CASES["one-off statements"][0]
    peaks = {}
    print(f"{'one-off statements':<40}{'peak RSS MB':>12}{'s per MB':>10}  warning")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (4, 16, 64):
            path = os.path.join(tmp, f"mem-{mb}.log")
            write(path, unit, mb << 20)
            start = time.perf_counter()
            done = subprocess.run(["/usr/bin/time", "-f", "%M"] + FM_CMD + ["logs", "parse", "--input", path, "--output", os.devnull],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            seconds = time.perf_counter() - start
            if done.returncode != 0:
                raise SystemExit(f"fm exited with {done.returncode} on {mb} MB of one-off statements:\n{done.stderr}")
            lines = done.stderr.strip().splitlines()
            peaks[mb] = int(lines[-1]) / 1024
            warning = next((l for l in lines if "template limit" in l), "")
            print(f"{f'{mb} MB':<40}{peaks[mb]:>12.0f}{seconds / mb:>10.3f}  {warning[:100]}")
    flat = peaks[64] <= 1.5 * peaks[16]
    print(f"64 MB / 16 MB peak RSS: {peaks[64] / peaks[16]:.2f} ({'flat' if flat else 'FAIL: grows with the input'})")
    return flat


def main():
    if MEMORY_ONLY:
        sys.exit(0 if memory() else 1)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "base.txt")
        with open(base_path, "w") as f:
            f.write("hello\n")
        base = run(base_path, None, 9)[0]
        print(f"{'CPU seconds' if CPU else 'wall time'}; process start (one-line input): {base:.2f} s, subtracted below")
        print(f"{'input':<40}{'1 MB s':>9}{'4 MB s':>9}{'ratio':>8}")
        for name, (unit, fmt) in CASES.items():
            if ONLY is not None and ONLY not in name:
                continue
            times, refused = [], False
            for mb in (1, 4):
                path = os.path.join(tmp, f"in-{mb}.log")
                write(path, unit, mb << 20)
                seconds, refused = run(path, fmt)
                times.append(max(seconds - base, 0.001))
            ratio = times[1] / max(times[0], 0.05)
            ok = times[0] < 0.5 and ratio <= 5
            failed |= not ok
            note = ("" if ok else "  FAIL") + ("  (refused: not a text log)" if refused else "")
            print(f"{name:<40}{times[0]:>9.3f}{times[1]:>9.3f}{ratio:>8.1f}{note}")
        print(f"{'cells per line at 1 MB':<40}{'short s':>9}{'long s':>9}{'ratio':>8}")
        for name, unit_of, per_line in LENGTH_CASES:
            if ONLY is not None and ONLY not in name:
                continue
            times = []
            for count in (per_line, 4 * per_line):
                path = os.path.join(tmp, f"len-{count}.log")
                write(path, unit_of(count), 1 << 20)
                times.append(max(run(path, None)[0] - base, 0.001))
            ratio = times[1] / max(times[0], 0.05)
            ok = max(times) < 0.5 and ratio <= 2
            failed |= not ok
            print(f"{f'{name} ({per_line} -> {4 * per_line})':<40}{times[0]:>9.3f}{times[1]:>9.3f}{ratio:>8.1f}{'' if ok else '  FAIL'}")
    if ONLY is None:
        failed |= not memory()
    print("all linear and under 0.5 s per MB, memory flat" if not failed else "FAILED: see the rows marked FAIL")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
