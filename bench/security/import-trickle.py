#!/usr/bin/env python3
"""Team A's knowledge import trickled at 300 B/s for 20 s; team B's small import sent 2 s in: how long B waits. Starts `fm serve` from DLL on PORT over a new data directory (FM_EMBEDDINGS=off). Usage: import-trickle.py DLL PORT"""
import json, os, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request
dll, port = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp(prefix="fix17-trickle-")
env = dict(os.environ, FM_EMBEDDINGS="off", FM_DATA_WARMUP="false")
server = subprocess.Popen(["dotnet", dll, "serve", "--port", str(port), "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health/live", timeout=2); break
        except Exception:
            time.sleep(0.5)
    def slow():
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(f"POST /api/v1/knowledge/documents HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        def chunk(b): s.sendall(f"{len(b):x}\r\n".encode() + b + b"\r\n")
        chunk(b'{"id":"rb-a","text":"# Slow\\n\\n')
        end = time.time() + 20
        while time.time() < end:
            chunk(b"restart "*3 + b"pod ")  # 28 bytes every ~0.093 s: 300 B/s
            time.sleep(0.093)
        chunk(b'done"}'); s.sendall(b"0\r\n\r\n")
        s.recv(4096); s.close()
    a = threading.Thread(target=slow); t0 = time.time(); a.start()
    time.sleep(2)
    start = time.time()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/knowledge/documents", data=json.dumps({"id": "rb-b", "text": "# Disk full\n\nRotate the logs."}).encode(), headers={"Content-Type": "application/json"})
    status = urllib.request.urlopen(req, timeout=120).status
    print(f"B answered {status} after {time.time()-start:.2f} s (A's body takes 20 s)")
    a.join()
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
