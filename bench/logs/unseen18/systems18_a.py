"""Statements of the first eight unseen18 systems (see make-unseen18.py for the @{kind:arg} value syntax)."""
import datetime as dt

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pick(r, extra, key, default):
    v = extra.get(key, default)
    return r.choice(v.split("|")) if isinstance(v, str) else v


def hx(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- Aerospike 7.0 (server log, ticker and subsystems)
def aero_head(r, t, e):
    return {"Month": MON[t.month - 1], "Day": f"{t.day:02d}", "Year": t.year, "Time": t.strftime("%H:%M:%S"),
            "Level": pick(r, e, "L", "INFO"), "Module": e["m"], "Source": f"{e['s']}:{e.get('n', r.randint(100, 2400))}"}


AEROSPIKE = {
    "name": "Aerospike", "seed": 1801, "version": "Aerospike Database 7.0 (Community), /var/log/aerospike/aerospike.log",
    "log_format": r"<Month> <Day> <Year> <Time> GMT: <Level> \(<Module>\): \(<Source>\) <Content>",
    "line": "{Month} {Day} {Year} {Time} GMT: {Level} ({Module}): ({Source}) {Content}",
    "start": dt.datetime(2026, 11, 30, 4, 12, 7), "header": aero_head,
    "kinds": {
        "ns": lambda r, a: r.choice(["test", "bar", "users", "sessions", "cache"]),
        "node": lambda r, a: hx(r, 12).upper().lstrip("0"),
        "hist": lambda r, a: f"({r.randint(0, 16):02d}: {r.randint(1, 9999999):010d})",
        "tri": lambda r, a: f"({r.randint(0, 9999)},{r.randint(0, 9999)},{r.randint(0, 500)})",
    },
    "statements": [
        ({"m": "info", "s": "ticker.c", "n": 163}, "NODE-ID @{node} CLUSTER-SIZE @{i:1-9} CLUSTER-NAME @{c:prod-eu|prod-us|staging}"),
        ({"m": "info", "s": "ticker.c", "n": 247}, "cluster-clock: skew-ms @{i:0-40}"),
        ({"m": "info", "s": "ticker.c", "n": 273}, "system: total-cpu-pct @{i:1-400} user-cpu-pct @{i:1-300} kernel-cpu-pct @{i:0-90} free-mem-kbytes @{i:100000-64000000} free-mem-pct @{i:2-99} thp-mem-kbytes @{i:0-200000}"),
        ({"m": "info", "s": "ticker.c", "n": 297}, "process: cpu-pct @{i:0-300} threads @{tri} heap-kbytes (@{i},@{i},@{i}) heap-efficiency-pct @{f:20-99:1}"),
        ({"m": "info", "s": "ticker.c", "n": 345}, "{@{ns}} objects: all @{i} master @{i} prole @{i} non-replica @{i:0-99}"),
        ({"m": "info", "s": "ticker.c", "n": 513}, "{@{ns}} client: tsvc (@{i:0-9},@{i:0-9}) proxy (@{i:0-99},@{i:0-9},@{i:0-9}) read (@{i},@{i:0-99},@{i:0-9},@{i:0-999},@{i:0-9}) write (@{i},@{i:0-99},@{i:0-9},@{i:0-9}) delete (@{i:0-9999},@{i:0-9},@{i:0-9},@{i:0-99}) udf (@{i:0-99},@{i:0-9},@{i:0-9},@{i:0-9}) lang (@{i:0-99},@{i:0-9},@{i:0-9},@{i:0-9})"),
        ({"m": "info", "s": "hist.c", "n": 321}, "histogram dump: {@{ns}}-@{c:read|write|udf|query|batch-index} (@{i} total) msec"),
        ({"m": "info", "s": "hist.c", "n": 338}, "@{L:1-6:sp:hist}"),
        ({"m": "info", "s": "ticker.c", "n": 402}, "{@{ns}} memory-usage: total-bytes @{i:1000-900000000} index-bytes @{i} set-index-bytes @{i:0-9999} sindex-bytes @{i:0-99999} data-bytes @{i} used-pct @{f:0-90:2}"),
        ({"m": "info", "s": "ticker.c", "n": 432}, "{@{ns}} device-usage: used-bytes @{i:1000-900000000} avail-pct @{i:1-99} cache-read-pct @{f:0-100:2}"),
        ({"m": "info", "s": "drv_ssd.c", "n": 2070}, "{@{ns}} @{c:/dev/nvme0n1|/dev/nvme1n1|/dev/sdb|/opt/aerospike/data/bar.dat}: used-bytes @{i} free-wblocks @{i} write-q @{i:0-40} write (@{i},@{f:0-90:1}) defrag-q @{i:0-99} defrag-read (@{i},@{f:0-90:1}) defrag-write (@{i},@{f:0-50:1})"),
        ({"m": "info", "s": "ticker.c", "n": 204}, "fds: proto (@{i:10-2000},@{i},@{i}) heartbeat (@{i:0-9},@{i:0-99},@{i:0-99}) fabric (@{i:0-96},@{i:0-999},@{i:0-999})"),
        ({"m": "info", "s": "ticker.c", "n": 218}, "heartbeat-received: self @{i:0-9} foreign @{i}"),
        ({"m": "info", "s": "ticker.c", "n": 226}, "fabric-bytes-per-second: bulk (@{i:0-9999},@{i:0-9999}) ctrl (@{i:0-9999},@{i:0-9999}) meta (@{i:0-999},@{i:0-999}) rw (@{i},@{i})"),
        ({"m": "nsup", "s": "nsup.c", "n": 1190}, "{@{ns}} nsup-start: evict-ttl @{i:0-86400} evict-void-time (@{i:0-999999999},@{i:0-999999999})"),
        ({"m": "nsup", "s": "nsup.c", "n": 1211}, "{@{ns}} nsup-done: non-expirable @{i:0-9999} expired (@{i},@{i:0-999}) evicted (@{i:0-9999},@{i:0-99}) evict-ttl @{i:0-86400} total-ms @{i:0-9999}"),
        ({"m": "info", "s": "ticker.c", "n": 620}, "{@{ns}} migrations: remaining (@{i:0-4096},@{i:0-4096},@{i:0-99}) active (@{i:0-9},@{i:0-9},@{i:0-9}) complete-pct @{f:0-100:2}"),
        ({"m": "info", "s": "ticker.c", "n": 635}, "{@{ns}} migrations: complete"),
        ({"m": "hb", "s": "hb.c", "n": 4319}, "node arrived @{node}"),
        ({"m": "hb", "s": "hb.c", "n": 4338}, "node departed @{node}"),
        ({"m": "clustering", "s": "clustering.c", "n": 5811}, "applied new cluster key @{x:12}"),
        ({"m": "clustering", "s": "clustering.c", "n": 5820}, "applied new succession list @{L:1-6:sp:node}"),
        ({"m": "clustering", "s": "clustering.c", "n": 5823}, "applied cluster size @{i:1-9}"),
        ({"m": "exchange", "s": "exchange.c", "n": 3869}, "data exchange completed with cluster key @{x:12}"),
        ({"m": "partition", "s": "partition_balance.c", "n": 1000}, "{@{ns}} rebalanced: expected-migrations (@{i:0-8192},@{i:0-8192},@{i:0-8192}) fresh-partitions @{i:0-4096}"),
        ({"L": "WARNING", "m": "socket", "s": "socket.c", "n": 1012}, "Error while connecting: @{i:100-120} (@{reason})"),
        ({"L": "WARNING", "m": "hb", "s": "hb.c", "n": 5004}, "mesh seed node @{ip}:@{c:3002|3012} could not be resolved: @{c:Name or service not known|Temporary failure in name resolution}"),
        ({"L": "WARNING", "m": "fabric", "s": "fabric.c", "n": 2180}, "fabric_connection_process_readable() recv_sz @{n:1-1} msg_sz @{i:0-99} errno @{i:100-120} @{reason}"),
        ({"L": "WARNING", "m": "rw", "s": "rw_utils.c", "n": 211}, "{@{ns}} client @{ip}:@{port} write @{x:40}: @{c:record too big|key busy|bin name too long|forbidden by set-disable-eviction}"),
        ({"m": "info", "s": "thr_info.c", "n": 845}, "info request '@{c:namespace/test|statistics|latencies:|cluster-stable:|sets}' from @{ip}:@{port} took @{i:1-5000} us"),
        ({"m": "sindex", "s": "sindex_gc.c", "n": 141}, "{@{ns}} sindex-gc: processed @{i} found @{i:0-999} deleted @{i:0-999} total-ms @{i:0-999}"),
        ({"m": "as", "s": "as.c", "n": 402}, "Aerospike @{c:Community|Enterprise} Edition build @{c:7.0.0.5|7.0.0.7|7.1.0.2}"),
        ({"m": "as", "s": "as.c", "n": 470}, "service ready: soon there will be cake!"),
        ({"m": "drv_ssd", "s": "drv_ssd.c", "n": 3301}, "{@{ns}} loaded: objects @{i} device-pcts (@{L:1-4:c:i:0-99})"),
        ({"L": "WARNING", "m": "as", "s": "signal.c", "n": 220}, "SIGTERM received, starting normal shutdown"),
        ({"m": "as", "s": "as.c", "n": 503}, "finished clean shutdown - exiting"),
        ({"L": "WARNING", "m": "drv_ssd", "s": "drv_ssd.c", "n": 1488}, "{@{ns}} out of space"),
    ],
}


# ---------------------------------------------------------------- MariaDB 10.11 with Galera 4 (error log, WSREP)
def maria_head(r, t, e):
    th = e.get("th", "0")
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S"),
            "Thread": str(r.randint(8, 90000)) if th == "n" else th, "Level": pick(r, e, "L", "Note")}


GCOMM = "(@{x:8}-@{x:4}, '@{c:tcp://0.0.0.0:4567}')"
MARIADB = {
    "name": "MariaDbGalera", "seed": 1802, "version": "MariaDB 10.11 with Galera 4 (26.4), mariadbd error log",
    "log_format": r"<Date> <Time> <Thread> \[<Level>\] <Content>",
    "line": "{Date} {Time} {Thread} [{Level}] {Content}",
    "start": dt.datetime(2026, 12, 6, 23, 40, 2), "header": maria_head,
    "kinds": {
        "db": lambda r, a: r.choice(["shop", "billing", "inventory", "wp_prod", "crm"]),
        "node": lambda r, a: r.choice(["db-node1", "db-node2", "db-node3", "galera-a", "galera-b"]),
        "st": lambda r, a: r.choice(["OPEN", "PRIMARY", "JOINER", "JOINED", "SYNCED", "DONOR/DESYNCED", "CONNECTED"]),
        "tcpu": lambda r, a: f"{'ssl' if a == 'ssl' else 'tcp'}://10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(1, 254)}:{4568 if a == 'ist' else 4567}",
        "p0x": lambda r, a: "0x" + hx(r, 12),
        "sstaddr": lambda r, a: f"10.{r.randint(0, 9)}.{r.randint(0, 255)}.{r.randint(1, 254)}:4444/xtrabackup_sst//1",
        "ptdur": lambda r, a: f"PT{r.randint(1, 9)}.{r.randint(0, 99999):05d}S",
        "sst": lambda r, a: r.choice(["mariabackup", "rsync", "mysqldump"]),
    },
    "statements": [
        ({"th": "n", "L": "Warning"}, "Aborted connection @{i} to db: '@{db}' user: '@{user}' host: '@{ip}' (@{c:Got timeout reading communication packets|Got an error reading communication packets|Got an error writing communication packets})"),
        ({}, "WSREP: " + GCOMM + " turning message relay requesting @{c:on|off}, nonlive peers: @{L:1-3:sp:c:tcp://10.0.0.11:4567|tcp://10.0.0.12:4567|tcp://10.0.0.13:4567}"),
        ({}, "WSREP: " + GCOMM + " connection established to @{x:8}-@{x:4} @{tcpu}"),
        ({"L": "Warning"}, "WSREP: " + GCOMM + " connection to peer @{x:8}-@{x:4} with addr @{tcpu} timed out, no messages seen in @{c:PT3S|PT5S}, socket stats: rtt: @{i:100-90000} rttvar: @{i:10-9000} rto: @{i:200000-900000} lost: @{i:0-9} last_data_recv: @{i:3000-9000} cwnd: @{i:1-20} last_queued_since: @{i} last_delivered_since: @{i} send_queue_length: @{i:0-40} send_queue_bytes: @{i:0-9999}"),
        ({}, "WSREP: declaring @{x:8}-@{x:4} at @{tcpu} stable"),
        ({}, "WSREP: Member @{i:0-4}.@{i:0-3} (@{node}) synced with group."),
        ({}, "WSREP: Shifting @{st} -> @{st} (TO: @{i})"),
        ({}, "WSREP: Server status change @{c:connected|joiner|initializing|initialized|joined|synced|donor} -> @{c:joiner|initializing|initialized|joined|synced|donor}"),
        ({"th": "n", "L": "Warning"}, "Access denied for user '@{user}'@'@{ip}' (using password: @{c:YES|NO})"),
        ({}, "WSREP: New COMPONENT: primary = @{c:yes|no}, bootstrap = @{c:no|yes}, my_idx = @{i:0-4}, memb_num = @{i:1-5}"),
        ({}, "WSREP: Quorum results: version    = @{i:4-6}, component  = @{c:PRIMARY|NON-PRIMARY}, conf_id    = @{i:1-999}, members    = @{i:1-5}/@{i:1-5} (joined/total), act_id     = @{i}, last_appl. = @{i}, protocols  = @{i:0-2}/@{i:9-11}/@{i:3-4} (gcs/repl/appl), vote policy= @{i:0-1}, group UUID = @{uuid}"),
        ({}, "WSREP: Flow-control interval: [@{i:16-400}, @{i:16-400}]"),
        ({}, "WSREP: Lowest cert index boundary for CC from group: @{i}"),
        ({}, "WSREP: Min available from gcache for CC from group: @{i}"),
        ({}, "WSREP: forgetting @{x:8}-@{x:4} (@{tcpu})"),
        ({}, "WSREP: cleaning up @{x:8}-@{x:4} (@{tcpu})"),
        ({}, "WSREP: Deferred close timer started for socket with remote endpoint: @{tcpu:ssl}"),
        ({}, "WSREP: Deferred close timer handle_wait Operation aborted. for @{p0x}"),
        ({}, "WSREP: Deferred close timer destruct"),
        ({}, "WSREP: Member @{i:0-4}.@{i:0-3} (@{node}) desyncs itself from group"),
        ({}, "WSREP: Member @{i:0-4}.@{i:0-3} (@{node}) resyncs itself to group."),
        ({}, "WSREP: Member @{i:0-4}.@{i:0-3} (@{node}) requested state transfer from '@{c:*any*|db-node1,|db-node2,}'. Selected @{i:0-4}.@{i:0-3} (@{node})(@{c:SYNCED|DONOR}) as donor."),
        ({}, "WSREP: @{i:0-4}.@{i:0-3} (@{node}): State transfer from @{i:0-4}.@{i:0-3} (@{node}) complete."),
        ({}, "WSREP: async IST sender starting to serve @{tcpu:ist} sending @{i}-@{i}, preload starts from @{i}"),
        ({}, "WSREP: SST received: @{uuid}:@{i}"),
        ({"th": "n"}, "WSREP: Running: 'wsrep_sst_@{sst} --role 'donor' --address '@{sstaddr}' --socket '/run/mysqld/mysqld.sock' --datadir '/var/lib/mysql/' --gtid '@{uuid}:@{i}' --gtid-domain-id '@{c:0}' --mysqld-args --wsrep_start_position=@{uuid}:@{i}'"),
        ({"L": "Warning"}, "WSREP: last inactive check more than @{c:PT1.5S} (3*evs.inactive_check_period) ago (@{ptdur}), skipping check"),
        ({}, "InnoDB: Buffer pool(s) load completed at @{c:261207|261206} @{i:0-23}:@{i:10-59}:@{i:10-59}"),
        ({}, "InnoDB: Loading buffer pool(s) from /var/lib/mysql/ib_buffer_pool"),
        ({"th": "n", "L": "ERROR"}, "Sort aborted: Query execution was interrupted"),
        ({"th": "n", "L": "Warning"}, "InnoDB: WSREP: BF lock wait long for trx:@{i} query: @{c:UPDATE stock SET qty = qty - 1 WHERE sku = ?|DELETE FROM sessions WHERE expires < NOW()|INSERT INTO orders VALUES (...)}"),
        ({}, "/usr/sbin/mariadbd: ready for connections."),
        ({}, "Version: '@{c:10.11.6|10.11.8}-MariaDB-log'  socket: '/run/mysqld/mysqld.sock'  port: @{c:3306}  MariaDB Server"),
        ({}, "WSREP: Provider resumed."),
        ({"L": "ERROR"}, "WSREP: gcs/src/gcs_group.cpp:gcs_group_handle_join_msg():@{i:1100-1300}: Will never receive state. Need to abort."),
        ({}, "InnoDB: Starting shutdown..."),
        ({"L": "Warning"}, "WSREP: Protocol violation. JOIN message sender @{i:0-4}.@{i:0-3} (@{node}) is not in state transfer (@{c:SYNCED|JOINED}). Message ignored."),
    ],
}


# ---------------------------------------------------------------- HiveMQ 4.24 (hivemq.log at DEBUG, client events mixed in)
def hive_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + f"{t.microsecond // 1000:03d}",
            "Level": pick(r, e, "L", "INFO")}


def hive_cid(r, a):
    k = r.random()
    if k < 0.5:
        return f"sensor-{r.randint(1, 9999):04d}"
    if k < 0.7:
        return f"gw_{hx(r, 6)}"
    if k < 0.85:
        return f"mqttjs_{hx(r, 8)}"
    return f"paho{r.randint(10**12, 10**13)}"


HIVEMQ = {
    "name": "HiveMQ", "seed": 1803, "version": "HiveMQ Enterprise 4.24, hivemq.log at DEBUG (logback %-5level - %msg)",
    "log_format": r"<Date> <Time> <Level> - <Content>",
    "line": "{Date} {Time} {Level:<5} - {Content}",
    "start": dt.datetime(2026, 12, 7, 6, 0, 11), "header": hive_head,
    "kinds": {
        "cid": hive_cid,
        "topic": lambda r, a: "/".join([r.choice(["plant", "site", "fleet", "home"]), f"{r.choice(['eu', 'us', 'b7'])}{r.randint(1, 9)}",
                                        r.choice(["temp", "status", "telemetry", "cmd/ack", "alarms/active"])]),
        "nid": lambda r, a: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)),
        "ext": lambda r, a: r.choice(["HiveMQ Enterprise Security Extension", "HiveMQ Enterprise Extension for Kafka",
                                      "File RBAC Extension", "Prometheus Monitoring Extension", "Bridge Extension"]),
    },
    "statements": [
        ({"L": "DEBUG"}, "Client ID: @{cid}, IP: @{ip}, Clean Start: @{c:true|false}, Session Expiry: @{c:0|3600|86400|4294967295} connected."),
        ({"L": "DEBUG"}, "Client ID: @{cid}, IP: @{ip} disconnected gracefully."),
        ({"L": "DEBUG"}, "Client ID: @{cid}, IP: @{ip} disconnected ungracefully."),
        ({"L": "DEBUG"}, "Client ID: @{cid}, IP: @{ip} was disconnected. reason: @{c:Another client connected with the same client id.|The client was idle for too long without sending an MQTT control packet.|Sent PUBLISH with an invalid topic|Not authorized}"),
        ({"L": "DEBUG"}, "Outgoing publish message was dropped. Receiving client: @{cid}, topic: @{topic}, qos: @{i:0-2}, reason: The client message queue is full."),
        ({"L": "DEBUG"}, "Incoming publish message was dropped. Receiving client: @{cid}, topic: @{topic}, qos: @{i:0-2}, reason: Message size is bigger than the allowed max packet size."),
        ({"L": "DEBUG"}, "Client with ID @{cid} and IP @{ip} sent a SUBSCRIBE for topic filter @{topic}/#, which is not authorized. Subscription rejected."),
        ({"L": "DEBUG"}, "Client with ID @{cid} and IP @{ip} sent a PUBLISH to topic @{topic}, which is not authorized. Disconnecting client."),
        ({"L": "DEBUG"}, "SSL Handshake for client with IP @{ip} failed: @{c:Received fatal alert: certificate_unknown|no cipher suites in common|Empty client certificate chain|PKIX path building failed}"),
        ({}, "Cluster size = @{i:1-6}, members : [@{L:1-6:cm:nid}]."),
        ({}, "Replication of @{i:1-40000} client sessions to node @{nid} finished in @{i:1-9000}ms."),
        ({"L": "WARN"}, "Cluster node @{nid} is unreachable. Last heartbeat @{i:1000-30000}ms ago."),
        ({"L": "DEBUG"}, "Expired @{i:0-5000} client sessions in @{i:1-900}ms."),
        ({"L": "DEBUG"}, "Cleaned up retained messages: @{i:0-999} removed, @{i} remaining."),
        ({"L": "WARN"}, "Client @{cid} sent a CONNECT packet with a keep alive of @{i:0-65535} seconds. The keep alive was set to the server maximum of @{c:65535|600} seconds."),
        ({"L": "WARN"}, "The client with ID @{cid} and IP @{ip} sent a second CONNECT message. This is not allowed. Disconnecting client."),
        ({"L": "ERROR"}, "Could not write to kafka topic '@{c:mqtt-telemetry|iot.events|plant-alarms}': @{c:Topic not present in metadata after 60000 ms.|Expiring 12 record(s) for mqtt-telemetry-3:120001 ms has passed since batch creation|The request included a message larger than the max message size the server will accept.}"),
        ({}, "Extension \"@{ext}\" version @{i:1-4}.@{i:0-24}.@{i:0-9} started successfully."),
        ({}, "Extension \"@{ext}\" version @{i:1-4}.@{i:0-24}.@{i:0-9} stopped successfully."),
        ({}, "Starting HiveMQ Enterprise Server"),
        ({}, "HiveMQ version: @{c:4.24.0|4.24.1}"),
        ({}, "HiveMQ home directory: @{c:/opt/hivemq|/opt/hivemq-4.24.1}"),
        ({}, "Log Configuration was overridden by @{c:/opt/hivemq/conf/logback.xml}"),
        ({}, "Starting @{c:TCP|TLS TCP|Websocket|TLS Websocket} listener on address @{c:0.0.0.0|10.4.0.12} and port @{c:1883|8883|8000|8443}"),
        ({}, "Started @{c:TCP|TLS TCP|Websocket|TLS Websocket} Listener on address @{c:0.0.0.0|10.4.0.12} and on port @{c:1883|8883|8000|8443}"),
        ({}, "Started HiveMQ in @{i:1500-20000}ms"),
        ({"L": "WARN"}, "Shutting down HiveMQ. Please wait, this could take a while..."),
        ({"L": "ERROR"}, "Unable to create persistence folder @{path}: @{c:Permission denied|No space left on device}"),
    ],
}


# ---------------------------------------------------------------- Privoxy 3.0.34 (logfile, debug 1+2+8+512+1024+4096+8192)
def privoxy_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S.") + f"{t.microsecond // 1000:03d}",
            "Thread": e.get("th") or r.choice(["7f3a9cdfe700", "7f3a9c5fd700", "7f3a9bdfc700", "7f3a9b5fb700", "7f3a9adfa700",
                                              "7f3a9a5f9700", "7f3aa17fa700"]),
            "Level": e["L"]}


def hostpath(r, a):
    h = r.choice(["www.example.com", "cdn.example.net", "ads.tracker.example", "api.github.com", "fonts.gstatic.com",
                  "news.example.org", "static.shop.example", "login.microsoftonline.com", "pixel.example.io"])
    p = "/" + "/".join(r.choice(["js", "img", "v2", "assets", "banner", "index.html", "b.gif", "app.js", "collect"])
                       for _ in range(r.randint(0, 3)))
    return h + p


PRIVOXY = {
    "name": "Privoxy", "seed": 1804, "version": "Privoxy 3.0.34, logfile with debug 1, 2, 8, 512, 1024, 4096, 8192",
    "log_format": r"<Date> <Time> <Thread> <Level>: <Content>",
    "line": "{Date} {Time} {Thread} {Level}: {Content}",
    "start": dt.datetime(2026, 12, 7, 8, 30, 0), "header": privoxy_head,
    "kinds": {"hp": hostpath,
              "site": lambda r, a: hostpath(r, a).split("/")[0],
              "flt": lambda r, a: r.choice(["html-annoyances", "js-annoyances", "content-cookies", "webbugs", "img-reorder", "banners-by-size"])},
    "statements": [
        ({"L": "Request"}, "@{hp}"),
        ({"L": "Connect"}, "Accepted connection from @{ip} on socket @{i:4-300}"),
        ({"L": "Connect"}, "Created new connection to @{site}:@{c:443|80} on socket @{i:4-300}."),
        ({"L": "Connect"}, "Reusing server socket @{i:4-300} connected to @{site}. Total requests: @{i:1-90}."),
        ({"L": "Connect"}, "Closing server socket @{i:4-300} connected to @{site}. Keep-alive: @{i:0-1}. Tainted: @{i:0-1}. Socket alive: @{i:0-1}. Timeout: @{i:0-300}."),
        ({"L": "Connect"}, "Waiting for the next client request on socket @{i:4-300}. Keeping the server socket @{i:4-300} to @{site} open."),
        ({"L": "Connect"}, "Client request @{i:1-90} has been answered on socket @{i:4-300}."),
        ({"L": "Connect"}, "Complete client request followed by @{i:1-4000} bytes of pipelined data received."),
        ({"L": "Connect"}, "The client closed socket @{i:4-300} while the server socket @{i:4-300} is still open."),
        ({"L": "Crunch"}, "Blocked: @{url}"),
        ({"L": "Crunch"}, "Redirected: @{url}"),
        ({"L": "Crunch"}, "DNS failure: @{url}"),
        ({"L": "Crunch"}, "Connection failure: @{url}"),
        ({"L": "Header"}, "scan: Host: @{site}"),
        ({"L": "Header"}, "scan: User-Agent: @{c:Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0|curl/8.4.0|Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36}"),
        ({"L": "Header"}, "Crunching client header: Cookie: @{c:_ga=GA1.2.1234.5678|sid=9f8e7d6c; theme=dark|__utmz=12.34.1.1} (crunched by session-cookies-only)"),
        ({"L": "Header"}, "Crunching server header: Set-Cookie: @{c:id=abc123; Path=/; HttpOnly|tracker=1; Max-Age=31536000; Domain=.example.com} (crunch!)"),
        ({"L": "Re-Filter"}, "filtering @{hp} (size @{i:100-400000}) with '@{flt}' produced @{i:1-80} hits (new size @{i:100-400000})."),
        ({"L": "Redirect"}, "Decoded destination URL: @{url}"),
        ({"L": "Error"}, "Could not resolve @{site}: @{c:Name or service not known|Temporary failure in name resolution|No address associated with hostname}"),
        ({"L": "Error"}, "Could not connect to @{site} (@{ip}:@{c:443|80}): @{c:Connection refused|No route to host|Connection timed out}"),
        ({"L": "Error"}, "Socket @{i:4-300} timed out while waiting for the client headers."),
        ({"L": "Error"}, "Failed to receive data from the server @{site}: @{c:Connection reset by peer|Connection timed out}"),
        ({"L": "Connect"}, "Rejecting connection from @{ip}. Maximum number of connections reached."),
        ({"L": "Info"}, "Privoxy version @{c:3.0.34}"),
        ({"L": "Info"}, "Program name: @{c:/usr/sbin/privoxy}"),
        ({"L": "Info"}, "Loading actions file: @{c:/etc/privoxy/match-all.action|/etc/privoxy/default.action|/etc/privoxy/user.action}"),
        ({"L": "Info"}, "Loading filter file: @{c:/etc/privoxy/default.filter|/etc/privoxy/user.filter}"),
        ({"L": "Info"}, "Listening on port @{c:8118} on IP address @{c:127.0.0.1|10.0.0.1}"),
        ({"L": "Fatal error", "th": "7f3aa2f7e740"}, "can't bind to @{c:127.0.0.1|10.0.0.1}:@{c:8118}: There may be another Privoxy or some other proxy running on port @{=2}"),
    ],
}


# ---------------------------------------------------------------- GoCD 23.5 server (go-server.log, logback)
def gocd_head(r, t, e):
    th = e.get("th") or r.choice(["qtp1853405125-{}", "ThreadPoolTaskScheduler-{}", "MessageListener for WorkFinder",
                                  "MessageListener for ScheduleCheckListener", "pool-{}-thread-{}", "Thread-{}",
                                  "MessageListener for MaterialUpdateListener"])
    th = th.replace("{}", str(r.randint(1, 90)), 1).replace("{}", str(r.randint(1, 40)))
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + f"{t.microsecond // 1000:03d}",
            "Level": pick(r, e, "L", "INFO"), "Thread": th, "Component": e["c"], "Line": str(e["n"])}


def gocd_job(r, a):
    p = r.choice(["checkout-service", "billing-api", "web-frontend", "infra-terraform", "nightly-e2e", "mobile-android"])
    return f"{p}/{r.randint(1, 4200)}/{r.choice(['build', 'test', 'deploy-staging', 'deploy-prod', 'package'])}/" \
           f"{r.randint(1, 4)}/{r.choice(['compile', 'unit', 'integration', 'publish', 'helm-upgrade', 'lint'])}"


GIT = "GitMaterial{url=@{c:https://github.com/acme/checkout.git|git@gitlab.example.com:web/frontend.git|https://bitbucket.example.org/scm/inf/terraform.git}, branch='@{c:main|master|release/2.4|develop}', shallowClone=@{c:true|false}, submoduleFolder='null'}"
GOCD = {
    "name": "GoCD", "seed": 1805, "version": "GoCD 23.5 server, go-server.log (logback %-5level [%thread] %logger{0}:%line - %msg)",
    "log_format": r"<Date> <Time> <Level> \[<Thread>\] <Component>:<Line> - <Content>",
    "line": "{Date} {Time} {Level:<5} [{Thread}] {Component}:{Line} - {Content}",
    "start": dt.datetime(2026, 12, 7, 1, 2, 3), "header": gocd_head,
    "kinds": {"job": gocd_job,
              "gdate": lambda r, a: f"{r.choice(['Mon Dec 07', 'Sun Dec 06'])} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} UTC 2026",
              "pipe": lambda r, a: r.choice(["checkout-service", "billing-api", "web-frontend", "infra-terraform", "nightly-e2e", "mobile-android"]),
              "agent": lambda r, a: r.choice(["go-agent-", "build-linux-", "mac-mini-", "win-agent-"]) + f"{r.randint(1, 60):02d}",
              "plug": lambda r, a: r.choice(["cd.go.contrib.elastic-agent.docker", "cd.go.contrib.elasticagent.kubernetes",
                                             "github.oauth.login", "cd.go.authorization.ldap", "slack.notifier"])},
    "statements": [
        ({"c": "MaterialDatabaseUpdater", "n": 93}, "[Material Update] Modification check started for material: " + GIT),
        ({"c": "MaterialDatabaseUpdater", "n": 117}, "[Material Update] Modification check finished for material: " + GIT),
        ({"c": "JobStatusListener", "n": 62}, "[Job Status] Job @{job} state changed to @{c:Scheduled|Assigned|Preparing|Building|Completing|Completed}"),
        ({"c": "BuildAssignmentService", "n": 208}, "[Agent Interface] Assigned job [@{job}] to agent [@{agent}, @{ip}, @{uuid}]"),
        ({"c": "AgentService", "n": 172}, "[Agent Interface] Agent [@{agent}, @{ip}, @{uuid}] is idle"),
        ({"c": "AgentService", "n": 176}, "[Agent Interface] Agent [@{agent}, @{ip}, @{uuid}] is building"),
        ({"c": "AgentService", "n": 184}, "[Agent Interface] Agent [@{agent}, @{ip}, @{uuid}] is lost contact"),
        ({"c": "ScheduleService", "n": 301}, "[Pipeline Schedule] Scheduling stage @{c:build|test|deploy-staging|deploy-prod|package} for pipeline @{pipe}"),
        ({"c": "PipelineScheduler", "n": 88}, "[Pipeline Schedule] Requesting scheduling of @{pipe}"),
        ({"c": "BuildCauseProducerService", "n": 236}, "[Pipeline Schedule] Skipping scheduling of @{pipe}: no new modifications"),
        ({"c": "StageService", "n": 512}, "Stage @{pipe}/@{i:1-4200}/@{c:build|test|deploy-staging|deploy-prod}/@{i:1-4} is @{c:Passed|Failed|Cancelled}"),
        ({"c": "ConsoleActivityMonitor", "n": 104}, "Found hung job @{job} (no console activity for @{i:300-9000} seconds), cancelling"),
        ({"L": "WARN", "c": "GitCommand", "n": 415, "th": "MessageListener for MaterialUpdateListener"}, "Git command failed: git fetch origin --prune --recurse-submodules=no: @{c:fatal: could not read Username for 'https://github.com': No such device or address|fatal: unable to access 'https://bitbucket.example.org/scm/inf/terraform.git/': Could not resolve host: bitbucket.example.org|error: RPC failed; curl 56 GnuTLS recv error (-9): A TLS packet with unexpected length was received.}"),
        ({"L": "WARN", "c": "MaterialUpdateService", "n": 199}, "[Material Update] Skipping update of material " + GIT + " which has been in-progress since @{gdate}"),
        ({"c": "ArtifactsService", "n": 139}, "Saved artifact to [@{c:/var/lib/go-server/artifacts/pipelines}/@{job}/@{c:cruise-output/console.log|target/app.jar|reports/junit.xml}] in @{i:1-9000} ms"),
        ({"c": "ElasticAgentPluginService", "n": 157}, "[Elastic Agent] Creating agent for job @{job} with plugin @{plug}"),
        ({"L": "ERROR", "c": "ElasticAgentPluginService", "n": 171}, "[Elastic Agent] Failed to create agent for job @{job}: @{c:Pod creation timed out after 10 minutes|Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?|exceeded quota: compute-resources}"),
        ({"c": "ServerHealthService", "n": 73}, "[Server Health] Removing health state for scope @{pipe}"),
        ({"L": "WARN", "c": "ServerHealthService", "n": 81}, "[Server Health] Adding health state for scope @{pipe}: Modification check failed for material: " + GIT),
        ({"c": "PluginLoader", "n": 98, "th": "main"}, "Loaded plugin: id=@{plug}, version=@{i:1-9}.@{i:0-9}.@{i:0-300}"),
        ({"c": "DefaultPluginJarChangeListener", "n": 61, "th": "main"}, "Plugin load starting: @{c:/godata/plugins/external|/godata/plugins/bundled}/@{plug}-@{i:1-9}.@{i:0-9}.@{i:0-300}.jar"),
        ({"c": "BackupService", "n": 238}, "Backup @{c:started|completed} by @{user} in @{i:1-900000} ms"),
        ({"L": "WARN", "c": "ApiAuthenticationFilter", "n": 77, "th": "qtp1853405125-12"}, "Access token @{x:40} for user @{user} is revoked"),
        ({"c": "GoServer", "n": 54, "th": "main"}, "Go Server has started on port @{c:8153} inside this container [@{x:12}]"),
        ({"c": "DatabaseMigrator", "n": 81, "th": "main"}, "Database migrations completed in @{i:100-90000}ms."),
        ({"L": "ERROR", "c": "ScheduleService", "n": 577}, "Error while scheduling stage @{c:deploy-prod|package} of pipeline @{pipe}: Cannot schedule @{=1} as the previous stage @{c:build|test} has @{c:Failed|Cancelled}"),
        ({"c": "Jetty9Server", "n": 59, "th": "main"}, "Configuring Jetty using @{c:/etc/go/jetty.xml}"),
        ({"L": "WARN", "c": "AgentRegistrationController", "n": 211, "th": "qtp1853405125-31"}, "Rejecting request for registration. Error: @{c:Not a valid auto-register key.|Agent with UUID already registered.}"),
    ],
}


# ---------------------------------------------------------------- cloud-init 23.4 (/var/log/cloud-init.log)
def ci_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + f"{t.microsecond // 1000:03d}",
            "Component": e["c"], "Level": pick(r, e, "L", "DEBUG")}


CIMOD = "@{c:growpart|resizefs|set_hostname|update_etc_hosts|users_groups|ssh|write_files|runcmd|package_update_upgrade_install|ntp|timezone|scripts_user|ssh_authkey_fingerprints|keys_to_console|final_message}"


def pylist(r, a):
    cmds = [["growpart", "/dev/nvme0n1", "1"], ["resize2fs", "/dev/nvme0n1p1"], ["hostnamectl", "set-hostname", "ip-10-0-3-7"],
            ["systemctl", "restart", "sshd"], ["ssh-keygen", "-t", "ed25519", "-N", "", "-f", "/etc/ssh/ssh_host_ed25519_key"],
            ["udevadm", "settle"], ["ip", "-4", "addr", "show"], ["lsblk", "--pairs", "--output", "NAME,TYPE,MOUNTPOINT"],
            ["apt-get", "--option=Dpkg::Options::=--force-confold", "--assume-yes", "update"], ["blkid", "-tTYPE=iso9660", "-odevice"]]
    return "[" + ", ".join(f"'{x}'" for x in r.choice(cmds)) + "]"


CLOUDINIT = {
    "name": "CloudInit", "seed": 1806, "version": "cloud-init 23.4 on Ubuntu 22.04 (EC2), /var/log/cloud-init.log",
    "log_format": r"<Date> <Time> - <Component>\[<Level>\]: <Content>",
    "line": "{Date} {Time} - {Component}[{Level}]: {Content}",
    "start": dt.datetime(2026, 12, 7, 9, 41, 3), "header": ci_head,
    "kinds": {"cmd": pylist,
              "iid": lambda r, a: "i-0" + hx(r, 16),
              "cidate": lambda r, a: f"{r.choice(['Mon, 07', 'Sun, 06'])} Dec 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000",
              "stage": lambda r, a: r.choice(["init-local", "init", "modules:config", "modules:final"])},
    "statements": [
        ({"c": "util.py"}, "Reading from @{c:/proc/uptime|/etc/cloud/cloud.cfg|/var/lib/cloud/data/instance-id|/sys/class/dmi/id/sys_vendor|/proc/cmdline|/run/cloud-init/.instance-id} (quiet=@{c:False|True})"),
        ({"c": "util.py"}, "Read @{i:0-9000} bytes from @{c:/proc/uptime|/etc/cloud/cloud.cfg|/var/lib/cloud/data/instance-id|/sys/class/dmi/id/sys_vendor|/proc/cmdline}"),
        ({"c": "util.py"}, "Writing to @{c:/var/lib/cloud/instances/i-0a1b2c3d4e5f60718/sem/config_ssh|/var/lib/cloud/data/status.json|/run/cloud-init/result.json|/etc/hostname|/var/lib/cloud/instance/user-data.txt|/etc/ssh/sshd_config} - wb: [@{c:644|600|420}] @{i:0-9000} bytes"),
        ({"c": "subp.py"}, "Running command @{cmd} with allowed return codes [@{c:0}] (shell=False, capture=@{c:True|False})"),
        ({"c": "handlers.py"}, "start: @{c:init-network|modules-config|modules-final}/config-" + CIMOD + ": running config-@{=2} with frequency @{c:once-per-instance|always|once}"),
        ({"c": "handlers.py"}, "finish: @{c:init-network|modules-config|modules-final}/config-" + CIMOD + ": SUCCESS: config-@{=2} ran successfully"),
        ({"c": "handlers.py"}, "finish: @{c:init-network|modules-config|modules-final}/config-" + CIMOD + ": SUCCESS: config-@{=2} previously ran"),
        ({"c": "helpers.py"}, "Running config-" + CIMOD + " using lock (<FileLock using file '/var/lib/cloud/instances/@{iid}/sem/config_@{=1}'>)"),
        ({"c": "helpers.py"}, "config-" + CIMOD + " already ran (freq=once-per-instance)"),
        ({"c": "stages.py"}, "Running module " + CIMOD + " (<module 'cloudinit.config.cc_@{=1}' from '@{=1:/usr/lib/python3/dist-packages/cloudinit/config/cc_().py}'>) with frequency @{c:once-per-instance|always|once}"),
        ({"c": "util.py"}, "Attempting to load yaml from string of length @{i:10-9000} with allowed root types (<class 'dict'>,)"),
        ({"c": "util.py"}, "Attempting to remove @{c:/var/lib/cloud/instance/boot-finished|/var/lib/cloud/data/tmp|/run/cloud-init/enabled}"),
        ({"c": "url_helper.py"}, "[@{i:0-5}/@{i:1-6}] open '@{c:http://169.254.169.254/latest/api/token|http://169.254.169.254/2021-03-23/meta-data/instance-id|http://169.254.169.254/2021-03-23/user-data|http://169.254.169.254/2021-03-23/dynamic/instance-identity}' with {'url': '@{=3}', 'allow_redirects': True, 'method': '@{c:GET|PUT}', 'timeout': @{c:1.0|5.0|50.0}, 'headers': {'User-Agent': 'Cloud-Init/@{c:23.4.1-0ubuntu1~22.04.1}'}} configuration"),
        ({"c": "url_helper.py"}, "Read from @{c:http://169.254.169.254/latest/api/token|http://169.254.169.254/2021-03-23/meta-data/instance-id|http://169.254.169.254/2021-03-23/user-data} (@{c:200|404}, @{i:0-9000}b) after @{i:1-3} attempts"),
        ({"c": "url_helper.py", "L": "WARNING"}, "Calling '@{c:http://169.254.169.254/latest/api/token|http://169.254.169.254/2021-03-23/meta-data/instance-id}' failed [@{i:0-120}/@{i:120-240}s]: request error [@{c:HTTPConnectionPool(host='169.254.169.254', port=80): Max retries exceeded with url: /latest/api/token (Caused by ConnectTimeoutError(timed out))|('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))|403 Client Error: Forbidden for url: http://169.254.169.254/latest/api/token}]"),
        ({"c": "util.py"}, "Cloud-init v. @{c:23.4.1-0ubuntu1~22.04.1} running '@{stage}' at @{cidate}. Up @{f:3-300:2} seconds."),
        ({"c": "util.py"}, "Cloud-init v. @{c:23.4.1-0ubuntu1~22.04.1} finished at @{cidate}. Datasource @{c:DataSourceEc2Local|DataSourceEc2}.  Up @{f:3-300:2} seconds"),
        ({"c": "__init__.py"}, "Looking for data source in: [@{L:1-3:cm:c:'Ec2'|'None'|'NoCloud'|'ConfigDrive'}], via packages ['', 'cloudinit.sources'] that matches dependencies [@{c:'FILESYSTEM'|'FILESYSTEM', 'NETWORK'}]"),
        ({"c": "cc_growpart.py", "L": "INFO"}, "'/' resized: changed (@{c:/dev/nvme0n1|/dev/xvda}, @{c:1}) from @{i:8000000000-9000000000} to @{i:20000000000-90000000000}"),
        ({"c": "cc_set_hostname.py"}, "Setting the hostname to @{c:ip-10-0-3-7.eu-west-1.compute.internal|web-07.prod.example.net} (@{c:ip-10-0-3-7|web-07})"),
        ({"c": "cc_package_update_upgrade_install.py", "L": "WARNING"}, "Failed to install packages: [@{L:1-4:cm:c:'nginx'|'jq'|'awscli'|'amazon-ssm-agent'|'nfs-common'}]"),
        ({"c": "util.py"}, "Resizing took @{f:0-9:3} seconds"),
        ({"c": "main.py"}, "No kernel command line url found."),
        ({"c": "main.py"}, "Closing stdin."),
        ({"c": "networking.py"}, "net: all expected physical devices present"),
        ({"c": "stages.py"}, "Using distro class <class 'cloudinit.distros.@{c:ubuntu|debian}.Distro'>"),
        ({"c": "util.py", "L": "WARNING"}, "Failed running /var/lib/cloud/instance/scripts/@{c:part-001|runcmd} [@{i:1-127}]"),
        ({"c": "cc_scripts_user.py", "L": "WARNING"}, "Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)"),
    ],
}


# ---------------------------------------------------------------- Azure WALinuxAgent 2.9 (/var/log/waagent.log)
def wa_head(r, t, e):
    return {"Time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}Z", "Level": pick(r, e, "L", "INFO"),
            "Thread": pick(r, e, "t", "ExtHandler"), "Prefix": pick(r, e, "p", "ExtHandler")}


WAEXT = "[@{c:Microsoft.Azure.Monitor.AzureMonitorLinuxAgent-1.28.11|Microsoft.CPlat.Core.RunCommandLinux-1.0.5|Microsoft.Azure.Extensions.CustomScript-2.1.10|Microsoft.OSTCExtensions.VMAccessForLinux-1.5.18|Microsoft.Azure.Security.Monitoring.AzureSecurityLinuxAgent-2.20.3}]"
WALINUX = {
    "name": "WALinuxAgent", "seed": 1807, "version": "Azure Linux guest agent (WALinuxAgent) 2.9, /var/log/waagent.log",
    "log_format": r"<Time> <Level> <Thread> <Prefix> <Content>",
    "line": "{Time} {Level} {Thread} {Prefix} {Content}",
    "start": dt.datetime(2026, 12, 7, 0, 5, 44), "header": wa_head,
    "kinds": {"inc": lambda r, a: str(r.randint(1, 99)), "ver": lambda r, a: r.choice(["2.9.1.1", "2.10.0.8", "2.11.1.4"])},
    "statements": [
        ({}, "[HEARTBEAT] Agent WALinuxAgent-@{ver} is running as the goal state agent [DEBUG HeartbeatCounter: @{i:0-9999};HeartbeatId: @{uuid};DroppedPackets: @{i:0-9};UpdateGSErrors: @{i:0-9};AutoUpdate: @{c:0|1};UpdateMode: @{c:SelfUpdate|HotFix}]"),
        ({}, "ProcessExtensionsGoalState started [incarnation_@{inc} @{i:0-99} ms]"),
        ({}, "ProcessExtensionsGoalState completed [incarnation_@{inc} @{i:0-90000} ms]"),
        ({}, "Fetched a new incarnation for the WireServer goal state [incarnation @{inc}]"),
        ({}, "Fetching full goal state from the WireServer [incarnation @{inc}]"),
        ({}, "Fetched new vmSettings [HostGAPlugin correlation ID: @{uuid} eTag: @{i:1000000000000000000-9999999999999999999} source: @{c:Fabric|FastTrack}]"),
        ({}, "Goal state [incarnation @{inc}] completed [@{i:0-9000} ms]"),
        ({}, WAEXT + " Target handler state: @{c:enabled|disabled|uninstall} [incarnation_@{inc}]"),
        ({}, WAEXT + " [@{c:Enable|Disable|Install|Update}] current handler state is: @{c:notinstalled|installed|enabled}"),
        ({}, WAEXT + " Executing command: /var/lib/waagent/@{c:Microsoft.CPlat.Core.RunCommandLinux-1.0.5/bin/run-command-extension|Microsoft.Azure.Extensions.CustomScript-2.1.10/bin/custom-script-shim} @{c:enable|install|disable} with environment variables: {\"AZURE_GUEST_AGENT_UNINSTALL_CMD_EXIT_CODE\": \"@{c:NOT_RUN|0}\", \"AZURE_GUEST_AGENT_EXTENSION_PATH\": \"/var/lib/waagent/@{c:Microsoft.CPlat.Core.RunCommandLinux-1.0.5|Microsoft.Azure.Extensions.CustomScript-2.1.10}\", \"AZURE_GUEST_AGENT_EXTENSION_VERSION\": \"@{c:1.0.5|2.1.10}\", \"AZURE_GUEST_AGENT_WIRE_PROTOCOL_ADDRESS\": \"@{c:168.63.129.16}\", \"ConfigSequenceNumber\": \"@{i:0-40}\"}"),
        ({}, WAEXT + " Command: bin/@{c:run-command-extension|custom-script-shim} @{c:enable|install}\n[stdout]\n@{c:Extension enabled|Succeeded|Execution in progress}\n[stderr]\n".replace("\n", " ")[:-1]),
        ({}, "Extension status: [('@{c:Microsoft.Azure.Monitor.AzureMonitorLinuxAgent|Microsoft.CPlat.Core.RunCommandLinux|Microsoft.Azure.Extensions.CustomScript}', '@{c:success|transitioning|error}')]"),
        ({}, "Checking for agent updates (family: @{c:Prod|Test})"),
        ({}, "No requested version specified, checking for all versions for agent update (family: @{c:Prod|Test})"),
        ({}, "Downloading agent manifest"),
        ({"L": "WARNING"}, "Fetch failed: [HttpError] [HTTP Failed] GET @{c:http://168.63.129.16/machine/?comp=goalstate|http://168.63.129.16/machine/?comp=certificates} -- IOError @{c:timed out|[Errno 104] Connection reset by peer|[Errno 113] No route to host} -- @{i:1-6} attempts made"),
        ({"L": "WARNING"}, "Fetch failed from [@{c:http://168.63.129.16:32526/extensionArtifact}]: [HTTP Failed] [@{c:400|404|410|500}: @{c:Bad Request|Not Found|Gone|Internal Server Error}] b'@{c:|ResourceNotFound|Blob not found}'"),
        ({"t": "MonitorHandler"}, "Stopped tracking cgroup @{c:Microsoft.Azure.Monitor.AzureMonitorLinuxAgent-1.28.11|Microsoft.CPlat.Core.RunCommandLinux-1.0.5} [/sys/fs/cgroup/cpu,cpuacct/azure.slice/azure-vmextensions.slice/azure-vmextensions-@{c:Microsoft.Azure.Monitor.AzureMonitorLinuxAgent_1.28.11|Microsoft.CPlat.Core.RunCommandLinux_1.0.5}.slice]"),
        ({"t": "MonitorHandler", "L": "WARNING"}, "[CGW] Disabling resource usage monitoring. Reason: Check on cgroups failed: [CGroupsException] The agent's cgroup includes unexpected processes: [@{L:1-3:sp:c:'[PID: 2361] UNKNOWN'|'[PID: 4410] /usr/bin/python3 -u bin/WALinuxAgent-2.9.1.1-py3.8.egg -run-exthandlers'|'[PID: 8812] dpkg --configure -a'}]"),
        ({"t": "EnvHandler"}, "Firewall rules: [@{c:ACCEPT tcp -- anywhere 168.63.129.16 tcp dpt:domain|ACCEPT tcp -- anywhere 168.63.129.16 owner UID match root|DROP tcp -- anywhere 168.63.129.16 ctstate INVALID,NEW}]"),
        ({"t": "EnvHandler"}, "Configure routes"),
        ({"t": "EnvHandler"}, "Set block dev timeout: @{c:sda|sdb|sdc} with timeout: @{c:300}"),
        ({"t": "SendTelemetryHandler"}, "Successfully started the SendTelemetryHandler thread"),
        ({"t": "CollectLogsHandler"}, "Starting log collection..."),
        ({"t": "CollectLogsHandler"}, "Successfully collected logs. Archive size: @{i:100000-9000000} b, elapsed time: @{f:1-60:3} secs"),
        ({"t": "Daemon", "p": "Daemon"}, "Azure Linux Agent Version: @{ver}"),
        ({"t": "Daemon", "p": "Daemon"}, "OS: @{c:ubuntu 22.04|rhel 9.3|debian 12}"),
        ({"t": "Daemon", "p": "Daemon"}, "Python: @{c:3.10.12|3.9.18|3.11.2}"),
        ({"t": "Daemon", "p": "Daemon"}, "Provisioning complete"),
        ({"L": "ERROR"}, "Event: name=@{c:Microsoft.CPlat.Core.RunCommandLinux|Microsoft.Azure.Extensions.CustomScript}, op=@{c:Enable|Install|Download}, message=@{c:Non-zero exit code: 1|Timeout:Download timed out|Failed to download artifacts}, duration=@{i:0-900000}"),
        ({}, "Agent WALinuxAgent-@{ver} discovered update WALinuxAgent-@{ver} -- exiting"),
    ],
}


# ---------------------------------------------------------------- H3C Comware V7 (logbuffer as `display logbuffer` / info-center)
def h3c_head(r, t, e):
    return {"Month": MON[t.month - 1], "Day": str(t.day), "Time": t.strftime("%H:%M:%S:") + f"{t.microsecond // 1000:03d}",
            "Year": t.year, "Host": r.choice(["H3C-Core-01", "H3C-Core-02", "Access-B2-F3", "Agg-DC1-S5560"]),
            "Module": e["m"], "Severity": str(e["s"]), "Mnemonic": e["k"]}


def h3c_if(r, a):
    return r.choice(["GigabitEthernet", "Ten-GigabitEthernet", "FortyGigE"]) + f"{r.randint(1, 2)}/0/{r.randint(1, 52)}"


def h3c_mac(r, a):
    return "-".join(hx(r, 4) for _ in range(3))


D1X = "-IfName=@{if}-MACAddr=@{hmac}-VLANID=@{i:1-4094}-Username=@{user}; "
LAGG = "Member port @{if} of aggregation group @{agg} changed to the "
H3C = {
    "name": "H3cComware", "seed": 1808, "version": "H3C Comware V7 (S5560/S6800 switches, Release 7.1.070), info-center log buffer",
    "log_format": r"%<Month> <Day> <Time> <Year> <Host> <Module>/<Severity>/<Mnemonic>: <Content>",
    "line": "%{Month} {Day:>2} {Time} {Year} {Host} {Module}/{Severity}/{Mnemonic}: {Content}",
    "start": dt.datetime(2026, 12, 3, 22, 14, 9), "header": h3c_head,
    "kinds": {"if": h3c_if, "hmac": h3c_mac,
              "vlanif": lambda r, a: f"Vlan-interface{r.randint(1, 4094)}",
              "agg": lambda r, a: r.choice(["BAGG", "RAGG"]) + str(r.randint(1, 64))},
    "statements": [
        ({"m": "IFNET", "s": 3, "k": "PHY_UPDOWN"}, "Physical state on the interface @{if} changed to @{c:up|down}."),
        ({"m": "IFNET", "s": 5, "k": "LINK_UPDOWN"}, "Line protocol state on the interface @{if} changed to @{c:up|down}."),
        ({"m": "SHELL", "s": 6, "k": "SHELL_CMD"}, "-Line=@{c:vty0|vty1|vty2|con0}-IPAddr=@{c:**|10.20.0.5|10.20.0.9}-User=@{user}; Command is @{c:display interface brief|display logbuffer|save force|undo shutdown|shutdown|display current-configuration interface GigabitEthernet1/0/3|reset counters interface}"),
        ({"m": "SHELL", "s": 5, "k": "SHELL_LOGIN"}, "@{user} logged in from @{ip}."),
        ({"m": "SHELL", "s": 5, "k": "SHELL_LOGOUT"}, "@{user} logged out from @{ip}."),
        ({"m": "DOT1X", "s": 6, "k": "DOT1X_LOGIN_SUCC"}, D1X + "User passed 802.1X authentication and came online."),
        ({"m": "DOT1X", "s": 6, "k": "DOT1X_LOGOFF"}, D1X + "Session of the 802.1X user was terminated."),
        ({"m": "DOT1X", "s": 5, "k": "DOT1X_LOGIN_FAILURE"}, D1X + "User failed 802.1X authentication. Reason: @{c:The RADIUS server rejected the user.|No response from the RADIUS server.|The user entered an incorrect password.}"),
        ({"m": "STP", "s": 6, "k": "STP_DETECTED_TC"}, "Instance @{i:0-15}'s port @{if} detected a topology change."),
        ({"m": "STP", "s": 6, "k": "STP_FORWARDING"}, "Instance @{i:0-15}'s port @{if} has been set to forwarding state."),
        ({"m": "STP", "s": 5, "k": "STP_DISCARDING"}, "Instance @{i:0-15}'s port @{if} has been set to discarding state."),
        ({"m": "LLDP", "s": 6, "k": "LLDP_CREATE_NEIGHBOR"}, "Nearest bridge agent neighbor created on port @{if} (IfIndex @{i:1-600}), neighbor's chassis ID is @{hmac}, port ID is @{if}."),
        ({"m": "LLDP", "s": 5, "k": "LLDP_DELETE_NEIGHBOR"}, "Nearest bridge agent neighbor deleted on port @{if} (IfIndex @{i:1-600}), neighbor's chassis ID is @{hmac}, port ID is @{if}."),
        ({"m": "OSPF", "s": 5, "k": "OSPF_NBR_CHG"}, "OSPF @{i:1-4} Neighbor @{ip}(@{vlanif}) changed from @{c:FULL|LOADING|EXCHANGE|INIT} to @{c:DOWN|FULL|INIT}."),
        ({"m": "OSPF", "s": 5, "k": "OSPF_LAST_NBR_DOWN"}, "OSPF @{i:1-4} Last neighbor down event: Router ID: @{ip} Local address: @{ip} Remote address: @{ip} Reason: @{c:Dead Interval timer expired|Interface parameter changed|BFD session down}"),
        ({"m": "LAGG", "s": 6, "k": "LAGG_ACTIVE"}, LAGG + "active state."),
        ({"m": "LAGG", "s": 6, "k": "LAGG_INACTIVE_PHYSTATE"}, LAGG + "inactive state, because the physical state of the port is down."),
        ({"m": "LAGG", "s": 6, "k": "LAGG_INACTIVE_PARTNER"}, LAGG + "inactive state, because the aggregation configuration of its peer port is incorrect."),
        ({"m": "ARP", "s": 5, "k": "ARP_DUPLICATE_IPADDR_DETECT"}, "Detected an IP address conflict. The device with MAC address @{hmac} connected to @{vlanif} in VSI @{c:vpn1|default} and the device with MAC address @{hmac} connected to @{vlanif} in VSI @{c:vpn1|default} are using the same IP address @{ip}."),
        ({"m": "SSHS", "s": 6, "k": "SSHS_LOG"}, "Authentication failed for user @{user} from @{ip} port @{port} because of invalid username or wrong password."),
        ({"m": "SSHS", "s": 6, "k": "SSHS_CONNECT"}, "SSH user @{user} (IP: @{ip}) connected to the server successfully."),
        ({"m": "LOGIN", "s": 5, "k": "LOGIN_FAILED"}, "@{user} failed to log in from @{ip}."),
        ({"m": "CFGMAN", "s": 5, "k": "CFGMAN_CFGCHANGED"}, "-EventIndex=@{i:1-300}-CommandSource=@{c:CLI|SNMP|NETCONF}-ConfigSource=@{c:Running|Startup}-ConfigDestination=@{c:Running|Startup}; Running config changed."),
        ({"m": "NTP", "s": 5, "k": "NTP_SOURCE_CHANGE"}, "NTP server's IP address changed from @{ip} to @{ip}."),
        ({"m": "DEV", "s": 4, "k": "TEMPERATURE_WARNING"}, "Temperature is greater than the high-temperature warning threshold on sensor @{c:hotspot|inflow|outflow} @{i:1-4}. Current temperature is @{i:60-90} degrees centigrade."),
        ({"m": "DEV", "s": 2, "k": "POWER_FAILED"}, "Power @{i:1-2} failed."),
        ({"m": "DEV", "s": 5, "k": "POWER_RECOVERED"}, "Power @{i:1-2} recovered."),
        ({"m": "DEV", "s": 3, "k": "FAN_ABSENT"}, "Fan @{i:1-4} is absent."),
        ({"m": "MAC", "s": 4, "k": "MAC_TABLE_FULL_GLOBAL"}, "The number of MAC address entries exceeded the maximum number @{c:32768|131072}."),
        ({"m": "SYSLOG", "s": 6, "k": "SYSLOG_RESTART"}, "System restarted -- H3C Comware Software."),
    ],
}

SYSTEMS = [AEROSPIKE, MARIADB, HIVEMQ, PRIVOXY, GOCD, CLOUDINIT, WALINUX, H3C]
