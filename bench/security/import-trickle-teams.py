#!/usr/bin/env python3
"""Five knowledge imports trickled at ~300 B/s for 20 s from three teams (red 2, blue 2, green 1, started 0.5 s apart), then a
fourth team's small import sent 4 s in: its status and wait, and each slow import's status. Starts `fm serve` from DLL on PORT over
a new data directory (FM_AUTH=required with a bootstrap admin key that creates one engineer key per team, FM_KB_WRITERS=engineer,admin,
FM_EMBEDDINGS=off). Usage: import-trickle-teams.py DLL PORT"""
import json, os, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error
dll, port = sys.argv[1], int(sys.argv[2])
boot = "fm_bootstrap0123456789abcdef0123456789abcdef0123456789abcdef"
data = tempfile.mkdtemp(prefix="fix18-trickle-")
env = dict(os.environ, FM_EMBEDDINGS="off", FM_DATA_WARMUP="false", FM_AUTH="required", FM_BOOTSTRAP_ADMIN_KEY=boot,
           FM_KB_WRITERS="engineer,admin", FM_RATE_LIMIT_PER_MINUTE="0", FM_RATE_LIMIT_CREATE_PER_MINUTE="0")
server = subprocess.Popen(["dotnet", dll, "serve", "--port", str(port), "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"

def call(path, body, key):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

try:
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/health/live", timeout=2); break
        except Exception:
            time.sleep(0.5)
    keys = {}
    for team in ["red", "blue", "green", "other"]:
        status, made = call("/api/v1/admin/api-keys", {"name": team, "role": "engineer", "team": team}, boot)
        keys[team] = made["key"]
    results = {}
    def slow(name, team):
        s = socket.create_connection(("127.0.0.1", port))
        t0 = time.time()
        try:
            s.sendall(f"POST /api/v1/knowledge/documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {keys[team]}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
            def chunk(b): s.sendall(f"{len(b):x}\r\n".encode() + b + b"\r\n")
            chunk(('{"id":"rb-%s","text":"# Slow\\n\\n' % name).encode())
            end = time.time() + 20
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
    for name, team in [("red-1", "red"), ("red-2", "red"), ("blue-1", "blue"), ("blue-2", "blue"), ("green-1", "green")]:
        t = threading.Thread(target=slow, args=(name, team)); t.start(); threads.append(t)
        time.sleep(0.5)
    time.sleep(1.5)
    start = time.time()
    status, body = call("/api/v1/knowledge/documents", {"id": "rb-other", "text": "# Disk full\n\nRotate the logs."}, keys["other"])
    print(f"other team answered {status} after {time.time()-start:.2f} s (the slow bodies take 20 s)" + ("" if status < 300 else f": {body.get('detail')}"))
    for t in threads:
        t.join()
    for name in sorted(results):
        print(f"  slow {name}: {results[name][0]} after {results[name][1]:.1f} s")
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
