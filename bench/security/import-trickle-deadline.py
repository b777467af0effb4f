#!/usr/bin/env python3
"""Four teams trickle five knowledge imports at ~300 B/s for 60 s (red 2, blue, green, yellow 1 each, started 0.5 s apart: every
place of the import queue taken), then a fifth team sends a small import 4 s in and sends it again after each refusal's Retry-After
(as `fm kb import` does, without its five-try limit) until it is taken or 90 s pass: when it was taken, and each slow import's answer.
Starts `fm serve` from DLL on PORT over a new data directory (FM_AUTH=required, one engineer key per team, FM_KB_WRITERS=engineer,admin,
FM_EMBEDDINGS=off, FM_IMPORT_BODY_TIMEOUT=DEADLINE, 00:00:15 by default; a build without the setting ignores it).
Usage: import-trickle-deadline.py DLL PORT [DEADLINE]"""
import json, os, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error
dll, port = sys.argv[1], int(sys.argv[2])
deadline = sys.argv[3] if len(sys.argv) > 3 else "00:00:15"
boot = "fm_bootstrap0123456789abcdef0123456789abcdef0123456789abcdef"
data = tempfile.mkdtemp(prefix="trickle-deadline-")
env = dict(os.environ, FM_EMBEDDINGS="off", FM_DATA_WARMUP="false", FM_AUTH="required", FM_BOOTSTRAP_ADMIN_KEY=boot,
           FM_KB_WRITERS="engineer,admin", FM_RATE_LIMIT_PER_MINUTE="0", FM_RATE_LIMIT_CREATE_PER_MINUTE="0", FM_IMPORT_BODY_TIMEOUT=deadline)
server = subprocess.Popen(["dotnet", dll, "serve", "--port", str(port), "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"
TRICKLE = 60

def call(path, body, key):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read() or b"null"), None
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null"), e.headers.get("Retry-After")

try:
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/health/live", timeout=2); break
        except Exception:
            time.sleep(0.5)
    keys = {}
    for team in ["red", "blue", "green", "yellow", "purple"]:
        status, made, _ = call("/api/v1/admin/api-keys", {"name": team, "role": "engineer", "team": team}, boot)
        keys[team] = made["key"]
    results = {}
    def slow(name, team):
        s = socket.create_connection(("127.0.0.1", port))
        t0 = time.time()
        try:
            s.sendall(f"POST /api/v1/knowledge/documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {keys[team]}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
            def chunk(b): s.sendall(f"{len(b):x}\r\n".encode() + b + b"\r\n")
            chunk(('{"id":"rb-%s","text":"# Slow\\n\\n' % name).encode())
            end = time.time() + TRICKLE
            while time.time() < end:
                chunk(b"restart " * 3 + b"pod ")  # 28 bytes every ~0.093 s: 300 B/s
                time.sleep(0.093)
            chunk(b'done"}'); s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # answered (and closed) before the body was in
        try:
            head = s.recv(4096).split(b"\r\n", 1)[0].decode()
        except OSError as e:
            head = f"connection {e.__class__.__name__}"
        results[name] = (head, time.time() - t0)
        s.close()
    threads = []
    t_start = time.time()
    for name, team in [("red-1", "red"), ("red-2", "red"), ("blue-1", "blue"), ("green-1", "green"), ("yellow-1", "yellow")]:
        t = threading.Thread(target=slow, args=(name, team)); t.start(); threads.append(t)
        time.sleep(0.5)
    time.sleep(4 - (time.time() - t_start))
    start = time.time()
    answers = []
    while True:
        status, body, retry = call("/api/v1/knowledge/documents", {"id": "rb-purple", "text": "# Disk full\n\nRotate the logs."}, keys["purple"])
        answers.append(status)
        if status < 300 or retry is None or time.time() - start > 90:
            break
        time.sleep(int(retry))
    print(f"fifth team: answers {answers}; {'taken' if answers[-1] < 300 else 'not taken'} {time.time()-start:.1f} s after it was first sent "
          f"(the slow bodies trickle for {TRICKLE} s; FM_IMPORT_BODY_TIMEOUT={deadline})")
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"  slow {name}: {results[name][0]} after {results[name][1]:.1f} s")
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
