#!/usr/bin/env python3
"""Linear time of the structured-document readers: `fm analyze --no-redact` on 1 MB and 4 MB of a JSON list of services, the same
as YAML, and `kubectl get deployments` output (the inputs the readers' unit test once timed in process; a timed ratio in a unit test
failed under load, so the timing lives here).

Each input is analysed three times at each size; the best time, minus the time of a one-line input in the same run (process start),
is reported (a 1 MB time under 50 ms counts as 50 ms in the ratio). Passes when every 4 MB / 1 MB ratio is <= 5 (linear is 4; a
quadratic reader would be 16).
Usage: bench/data/readers-linear.py [--cpu] [--only TEXT] [FM]   (default ./fm; FM may be a path to fm.dll, run with dotnet)
--only TEXT: only the rows whose name contains TEXT.
--cpu: measure the CPU seconds (user + system) of `fm analyze` instead of wall time (for a loaded machine)."""
import os, resource, subprocess, sys, tempfile, time

_argv = sys.argv[1:]
ONLY = _argv[_argv.index("--only") + 1] if "--only" in _argv[:-1] else None
if ONLY is not None:
    del _argv[_argv.index("--only"):_argv.index("--only") + 2]
ARGS = [a for a in _argv if a != "--cpu"]
CPU = "--cpu" in sys.argv[1:]
FM = ARGS[0] if ARGS else os.path.join(os.path.dirname(__file__), "..", "..", "fm")
FM_CMD = ["dotnet", FM] if FM.endswith(".dll") else [FM]


def json_services(size):
    items, total, i = [], 12, 0
    while total < size:
        item = f'{{"name":"svc-{i}","healthy":{"false" if i % 7 == 0 else "true"},"restarts":{i % 3}}}'
        items.append(item)
        total += len(item) + 1
        i += 1
    return '{"items":[' + ",".join(items) + "]}\n"


def yaml_services(size):
    out, total, i = ["items:\n"], 7, 0
    while total < size:
        item = f"  - name: svc-{i}\n    healthy: {'false' if i % 7 == 0 else 'true'}\n    ports:\n      - {i % 1000}\n"
        out.append(item)
        total += len(item)
        i += 1
    return "".join(out)


def kubectl_deployments(size):
    out, total, i = ["NAME      READY   UP-TO-DATE   AVAILABLE   AGE\n"], 48, 0
    while total < size:
        line = f"svc-{i:<6}  0/3     3            0           2d\n"
        out.append(line)
        total += len(line)
        i += 1
    return "".join(out)


CASES = {
    "json: list of services": (json_services, "services.json"),
    "yaml: list of services": (yaml_services, "services.yaml"),
    "kubectl get deployments": (kubectl_deployments, "deployments.txt"),
}


def now():
    if CPU:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    return time.perf_counter()


def run(path, times=3):
    best = float("inf")
    for _ in range(times):
        start = now()
        code = subprocess.run(FM_CMD + ["analyze", "--no-redact", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        best = min(best, now() - start)
        if code != 0:
            raise SystemExit(f"fm analyze exited with {code} on {path}")
    return best


def main():
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        base_path = os.path.join(tmp, "one.txt")
        with open(base_path, "w") as f:
            f.write("hello\n")
        base = run(base_path, 5)
        print(f"{'CPU seconds' if CPU else 'wall time'}; process start (one-line input): {base:.2f} s, subtracted below")
        print(f"{'input':<32}{'1 MB s':>9}{'4 MB s':>9}{'ratio':>8}")
        for name, (make, file_name) in CASES.items():
            if ONLY is not None and ONLY not in name:
                continue
            times = []
            for mb in (1, 4):
                path = os.path.join(tmp, f"{mb}-{file_name}")
                with open(path, "w") as f:
                    f.write(make(mb << 20))
                times.append(max(run(path) - base, 0.001))
            ratio = times[1] / max(times[0], 0.05)
            ok = ratio <= 5
            failed |= not ok
            print(f"{name:<32}{times[0]:>9.3f}{times[1]:>9.3f}{ratio:>8.1f}{'' if ok else '  FAIL'}")
    print("all linear" if not failed else "FAILED: see the rows marked FAIL")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
