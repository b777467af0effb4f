"""Structures longer than one of `fm redact`'s 32 K blocks: user maps (YAML, JSON, Python, HCL) and SQL rows (INSERT with one row per
line, many rows per line, rows wrapped over lines; COPY's tab rows) of 10 … 5,000 entries, each after a run of log lines whose length
shifts where the block ends fall inside the rows. Counts the secrets still visible in the output, per shape and size.
Usage: python3 bench/privacy/structure/blocks.py DLL [--quick]"""
import os, random, subprocess, sys, tempfile, collections

dll = sys.argv[1]
quick = "--quick" in sys.argv
rng = random.Random(23)
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"


def secret():
    while True:
        v = "".join(rng.choice(ALNUM) for _ in range(14))
        if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
            return v


def rows(n, fmt):
    values = [secret() for _ in range(n)]
    return values, [fmt(i, v) for i, v in enumerate(values)]


def yaml(n):
    values, lines = rows(n, lambda i, v: f"  user{i:05d}: {v}\n")
    return values, "passwords:\n" + "".join(lines) + "\nlog: done\n"


def yaml_users(n):
    values, lines = rows(n, lambda i, v: f"    svc-{i:05d}: {v}\n")
    return values, "auth:\n  users:\n" + "".join(lines) + "\n"


def json_map(n):
    values, lines = rows(n, lambda i, v: f'    "user{i:05d}": "{v}"')
    return values, '{\n  "credentials": {\n' + ",\n".join(lines) + '\n  }\n}\n'


def python_dict(n):
    values, lines = rows(n, lambda i, v: f"    'user{i:05d}': '{v}',\n")
    return values, "PASSWORDS = {\n" + "".join(lines) + "}\n"


def hcl(n):
    values, lines = rows(n, lambda i, v: f'  user{i:05d} = "{v}"\n')
    return values, "users = {\n" + "".join(lines) + "}\n"


def insert_line(n):
    values, lines = rows(n, lambda i, v: f"({i}, 'user{i:05d}', '{v}', now())")
    return values, "INSERT INTO users (id, name, password, created) VALUES\n" + ",\n".join(lines) + ";\n"


def insert_many(n):
    values, cells = rows(n, lambda i, v: f"({i},'user{i:05d}','{v}')")
    body = ",\n".join(",".join(cells[k:k + 7]) for k in range(0, n, 7))
    return values, "INSERT INTO `accounts` (`id`,`login`,`passwd`) VALUES " + body + ";\n"


def insert_wrapped(n):
    values, cells = rows(n, lambda i, v: f"(\n  {i},\n  'user{i:05d}',\n  '{v}'\n)")
    return values, "INSERT INTO app_users (id, username, password)\nVALUES\n" + ",\n".join(cells) + ";\n"


def copy(n):
    values, lines = rows(n, lambda i, v: f"{i}\tuser{i:05d}\t{v}\t2026-12-07\n")
    return values, "COPY public.users (id, name, password, created) FROM stdin;\n" + "".join(lines) + "\\.\n"


SHAPES = [yaml, yaml_users, json_map, python_dict, hcl, insert_line, insert_many, insert_wrapped, copy]
SIZES = [10, 300, 3000] if quick else [10, 300, 3000, 5000]
SHIFTS = [0, 17] if quick else [0, 5, 11, 17, 23, 31, 41]

tmp = tempfile.mkdtemp()
total = collections.Counter()
visible = collections.Counter()
for shape in SHAPES:
    for size in SIZES:
        for shift in SHIFTS:
            values, body = shape(size)
            prefix = "".join(f"2026-12-07T10:00:{k % 60:02d}Z INFO worker started job {k}\n" for k in range(300)) + "x" * shift + "\n"
            path = os.path.join(tmp, "in.txt")
            with open(path, "w") as f:
                f.write(prefix + body)
            out = subprocess.run(["dotnet", dll, "redact", path, "-o", "-"], capture_output=True, text=True).stdout
            total[(shape.__name__, size)] += len(values)
            visible[(shape.__name__, size)] += sum(1 for v in values if v in out)
print(f"{'shape':16} " + " ".join(f"{s:>13}" for s in SIZES) + "   (secrets visible / written, over shifts " + ",".join(map(str, SHIFTS)) + ")")
for shape in SHAPES:
    print(f"{shape.__name__:16} " + " ".join(f"{visible[(shape.__name__, s)]:>6}/{total[(shape.__name__, s)]:<6}" for s in SIZES))
print(f"{'all':16} visible {sum(visible.values())} of {sum(total.values())}")
