"""Systems of unseen19, first half: Ignite, Qdrant, VerneMQ, APISIX, Woodpecker, EcsAgent, ExtremeEXOS, KubeScheduler.

Each statement is a tuple: the header fields constant for it (as the system's header function reads them), then its text
with `@{kind:arg}` value slots (make-unseen19.py renders them and writes `<*>` for each in the template).
"""
import datetime as dt

START = dt.datetime(2026, 11, 30, 6, 0, 0)

# ---------------------------------------------------------------------------------------------------------------- Ignite
IGN_POOLS = {
    "cid": ["node-a-01", "node-a-02", "node-b-01", "0:0:0:0:0:0:0:1%lo,10.4.0.11,127.0.0.1:47500",
            "ignite-0", "ignite-1", "ignite-2"],
    "addr": ["10.4.0.11", "10.4.0.12", "10.4.0.13", "127.0.0.1", "0:0:0:0:0:0:0:1%lo", "172.17.0.1"],
    "seg": [str(i) for i in range(10, 99)],
    "cache": ["ORDERS", "SQL_PUBLIC_ACCOUNTS", "sessions", "ignite-sys-cache", "SQL_PUBLIC_TRADES", "quotes-near",
              "PriceCache", "datastructures_ATOMIC_PARTITIONED_1@default-ds-group"],
    "grp": ["default", "orders-grp", "trades", "sessions-grp"],
    "thr": ["exchange-worker", "sys-stripe-3", "sys-stripe-7", "grid-timeout-worker", "disco-event-worker",
            "checkpoint-runner-cpu", "client-connector", "query", "ttl-cleanup-worker", "grid-nio-worker-tcp-comm-2"],
    "cause": ["Failed to connect to address [addr=/10.4.0.13:47100, err=Connection refused]",
              "Connection reset by peer", "Read timed out",
              "Remote node does not observe current node in topology : node-b-01",
              "class org.apache.ignite.IgniteCheckedException: Failed to send message (connection was closed)"],
    "sql": ["SELECT * FROM ACCOUNTS WHERE ID = ?", "SELECT COUNT(*) FROM TRADES t JOIN ACCOUNTS a ON t.ACC = a.ID",
            "UPDATE ORDERS SET STATUS = ? WHERE ID = ?", "SELECT SYM, AVG(PX) FROM QUOTES GROUP BY SYM",
            "MERGE INTO SESSIONS(ID, USR, TS) VALUES(?, ?, ?)"],
    "uptime": ["@{i:0-23}:@{i:10-59}:@{i:10-59}.@{i:100-999}", "@{i:1-9} days, @{i:10-23}:@{i:10-59}:@{i:10-59}.@{i:100-999}"],
    "walsrc": ["/opt/ignite/work/db/wal/@{p:cid}/000000000000000@{i:0-9}.wal"],
    "walarc": ["/opt/ignite/work/db/wal/archive/@{p:cid}/00000000000000@{i:10000-99999}.wal"],
    "ver": ["2.16.0#20231215-sha1:7bde6a42"],
    "plc": ["sysMemPlc", "default", "TxLog", "metastoreMemPlc", "volatileDsMemPlc", "orders-region"],
}


def ign_header(c, f):
    level, comp, thread = f
    return {"Time": c.now.strftime("%Y-%m-%dT%H:%M:%S,") + f"{c.now.microsecond // 1000:03d}",
            "Level": level, "Thread": thread + f"-#{c.rng.randint(20, 180)}%grid%", "Component": comp}


IGNITE = {
    "name": "Ignite", "seed": 1901, "version": "Apache Ignite 2.16 server node (log4j2, Ignite's default layout)",
    "log_format": r"\[<Time>\]\[<Level>\]\[<Thread>\]\[<Component>\] <Content>",
    "start": START, "step_ms": 12000, "exponent": 0.8, "pools": IGN_POOLS, "header": ign_header,
    "statements": [
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Heap [used=@{i:200-24000}MB, free=@{f:1-99:2}%, comm=@{i:2048-24576}MB]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Off-heap memory [used=@{i:10-90000}MB, free=@{f:1-99:2}%, allocated=@{i:400-90000}MB]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- @{p:plc} region [type=@{c:default|internal|user}, persistence=@{c:true|false}, lazyAlloc=@{c:true|false},"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- CPU [CPUs=@{i:4-96}, curLoad=@{f:0-99:2}%, avgLoad=@{f:0-99:2}%, GC=@{f:0-9:2}%]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Node [id=@{x:8}, uptime=@{t:uptime}]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Striped thread pool [active=@{i:0-8}, idle=@{i:0-16}, qSize=@{i:0-40}]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Public thread pool [active=@{i:0-8}, idle=@{i:0-16}, qSize=@{i:0-40}]"),
        ("INFO ", "IgniteKernal", "grid-timeout-worker", "^-- Outbound messages queue [size=@{i:0-300}]"),
        ("INFO ", "Checkpointer", "db-checkpoint-thread", "Checkpoint started [checkpointId=@{u}, startPtr=WALPointer [idx=@{i:100-9999}, fileOff=@{i:0-67108864}, len=@{i:29-4096}], checkpointBeforeLockTime=@{i:1-99}ms, checkpointLockWait=@{i:0-9}ms, checkpointListenersExecuteTime=@{i:0-50}ms, checkpointLockHoldTime=@{i:0-50}ms, walCpRecordFsyncDuration=@{i:0-30}ms, writeCheckpointEntryDuration=@{i:0-20}ms, splitAndSortCpPagesDuration=@{i:0-90}ms, pages=@{i:0-90000}, reason='@{c:timeout|too many dirty pages|node started|caches stop|snapshot}']"),
        ("INFO ", "Checkpointer", "db-checkpoint-thread", "Checkpoint finished [cpId=@{u}, pages=@{i:0-90000}, markPos=WALPointer [idx=@{i:100-9999}, fileOff=@{i:0-67108864}, len=@{i:29-4096}], walSegmentsCovered=[@{l:seg,0,4,, }], markDuration=@{i:1-99}ms, pagesWrite=@{i:0-900}ms, fsync=@{i:0-900}ms, total=@{i:2-2000}ms]"),
        ("INFO ", "GridCachePartitionExchangeManager", "exchange-worker", "Skipping rebalancing (nothing scheduled) [top=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], force=false, evt=@{c:NODE_JOINED|NODE_LEFT|NODE_FAILED|DISCOVERY_CUSTOM_EVT}, node=@{u}]"),
        ("INFO ", "GridDiscoveryManager", "disco-event-worker", "Topology snapshot [ver=@{i:1-400}, locNode=@{x:8}, servers=@{i:2-12}, clients=@{i:0-20}, state=@{c:ACTIVE|INACTIVE|ACTIVE_READ_ONLY}, CPUs=@{i:16-384}, offheap=@{f:1-512:1}GB, heap=@{f:1-64:1}GB]"),
        ("INFO ", "GridDhtPartitionsExchangeFuture", "exchange-worker", "Completed partition exchange [localNode=@{u}, exchange=GridDhtPartitionsExchangeFuture [topVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], evt=@{c:NODE_JOINED|NODE_LEFT|DISCOVERY_CUSTOM_EVT}, evtNode=TcpDiscoveryNode [id=@{u}, consistentId=@{p:cid}, addrs=ArrayList [@{l:addr,1,3,, }], order=@{i:1-400}, ver=@{p:ver}, isClient=@{c:true|false}], rebalanced=@{c:true|false}, done=true, newCrdFut=null], topVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}]]"),
        ("INFO ", "GridDhtPartitionsExchangeFuture", "exchange-worker", "Started exchange init [topVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], crd=@{c:true|false}, evt=@{c:NODE_JOINED|NODE_LEFT|DISCOVERY_CUSTOM_EVT}, evtNode=@{u}, customEvt=@{c:null|ChangeGlobalStateMessage|DynamicCacheChangeBatch}, allowMerge=@{c:true|false}, exchangeFreeSwitch=false]"),
        ("INFO ", "GridDhtPartitionsExchangeFuture", "exchange-worker", "Finish exchange future [startVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], resVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], err=null, rebalanced=@{c:true|false}, wasRebalanced=@{c:true|false}]"),
        ("INFO ", "GridQueryProcessor", "client-connector", "Query execution is too long [duration=@{i:3000-90000}ms, type=@{c:MAP|REDUCE|LOCAL}, distributedJoin=@{c:true|false}, enforceJoinOrder=false, lazy=@{c:true|false}, schema=PUBLIC, sql='@{p:sql}', plan=SELECT __Z0.ID FROM PUBLIC.@{c:ACCOUNTS|TRADES|ORDERS} __Z0, node=TcpDiscoveryNode [id=@{u}, consistentId=@{p:cid}]]"),
        ("WARN ", "TcpCommunicationSpi", "grid-nio-worker-tcp-comm-2", "Failed to send message to remote node [node=@{u}, msg=GridIoMessage [plc=@{i:2-5}, topic=TOPIC_CACHE, topicOrd=@{c:8}, ordered=false, timeout=@{c:0}, skipOnTimeout=false, msg=@{c:GridNearGetRequest|GridDhtAtomicUpdateRequest|GridNearLockRequest}], err=@{p:cause}]"),
        ("WARN ", "TcpDiscoverySpi", "tcp-disco-msg-worker-[crd]", "Timed out waiting for message delivery receipt (most probably, the reason is in long GC pauses on remote node; consider tuning GC and increasing 'ackTimeout' configuration property). Will retry to send message with increased timeout [currentTimeout=@{i:5000-60000}, rmtAddr=/@{p:addr}:@{c:47500}, rmtPort=@{c:47500}]"),
        ("WARN ", "GridCachePartitionExchangeManager", "exchange-worker", "Failed to wait for partition map exchange [topVer=AffinityTopologyVersion [topVer=@{i:1-400}, minorTopVer=@{i:0-9}], node=@{u}]. Dumping pending objects that might be the cause:"),
        ("WARN ", "G", "grid-timeout-worker", "Possible too long JVM pause: @{i:500-9000} milliseconds."),
        ("INFO ", "GridCacheProcessor", "exchange-worker", "Started cache [name=@{p:cache}, id=@{c:-|}@{i:10000000-2000000000}, dataRegionName=@{p:plc}, mode=@{c:PARTITIONED|REPLICATED}, atomicity=@{c:ATOMIC|TRANSACTIONAL}, backups=@{i:0-3}, mvcc=false]"),
        ("INFO ", "GridCacheProcessor", "exchange-worker", "Started cache in recovery mode [name=@{p:cache}, id=@{c:-|}@{i:10000000-2000000000}, dataRegionName=@{p:plc}, mode=@{c:PARTITIONED|REPLICATED}, atomicity=@{c:ATOMIC|TRANSACTIONAL}, backups=@{i:0-3}, mvcc=false]"),
        ("INFO ", "GridCacheProcessor", "exchange-worker", "Stopped cache [cacheName=@{p:cache}, group=@{p:grp}]"),
        ("INFO ", "TcpDiscoverySpi", "tcp-disco-srvr", "TCP discovery accepted incoming connection [rmtAddr=/@{p:addr}, rmtPort=@{port}]"),
        ("INFO ", "TcpDiscoverySpi", "tcp-disco-sock-reader", "Finished serving remote node connection [rmtAddr=/@{p:addr}:@{port}, rmtPort=@{port}]"),
        ("INFO ", "GridClusterStateProcessor", "disco-notifier-worker", "Received state change finish message: @{c:ACTIVE|INACTIVE|ACTIVE_READ_ONLY}"),
        ("INFO ", "FileWriteAheadLogManager", "wal-file-archiver", "Copied file [src=@{t:walsrc}, dst=@{t:walarc}]"),
        ("INFO ", "FileWriteAheadLogManager", "wal-file-archiver", "Starting to copy WAL segment [absIdx=@{i:100-99999}, segIdx=@{i:0-9}, origFile=@{t:walsrc}, dstFile=@{t:walarc}]"),
        ("ERROR", "IgniteKernal", "tcp-disco-msg-worker-[crd]", "Blocked system-critical thread has been detected. This can lead to cluster-wide undefined behaviour [workerName=@{c:sys-stripe-3|db-checkpoint-thread|exchange-worker}, threadName=@{c:sys-stripe-3-#4%grid%|db-checkpoint-thread-#78%grid%}, blockedFor=@{i:10-120}s]"),
        ("ERROR", "FailureProcessor", "tcp-disco-msg-worker-[crd]", "Critical system error detected. Will be handled accordingly to configured handler [hnd=StopNodeOrHaltFailureHandler [tryStop=false, timeout=@{c:0}, super=AbstractFailureHandler [ignoredFailureTypes=UnmodifiableSet [SYSTEM_WORKER_BLOCKED, SYSTEM_CRITICAL_OPERATION_TIMEOUT]]], failureCtx=FailureContext [type=@{c:SYSTEM_WORKER_BLOCKED|CRITICAL_ERROR}, err=@{p:cause}]]"),
        ("INFO ", "ClientListenerNioListener", "client-connector", "Client disconnected [id=@{i:100-99999}, rmtAddr=/@{p:addr}:@{port}, reason=@{c:Client connection closed|Idle timeout|Handshake timeout}]"),
        ("WARN ", "ClientListenerNioListener", "client-connector", "Unable to perform handshake, connection will be closed [rmtAddr=/@{p:addr}:@{port}, err=@{c:Unsupported version|Authentication failed|SSL handshake failed: no cipher suites in common}]"),
        ("INFO ", "GridUpdateNotifier", "ignite-update-notifier-timer", "Your version is up to date."),
        ("INFO ", "IgniteKernal", "main", "Ignite node started OK (id=@{x:8}, instance name=grid)"),
        ("INFO ", "GridDiscoveryManager", "disco-event-worker", "Node left topology: TcpDiscoveryNode [id=@{u}, consistentId=@{p:cid}, addrs=ArrayList [@{l:addr,1,3,, }], order=@{i:1-400}, loc=false, client=@{c:true|false}]"),
        ("WARN ", "GridDiscoveryManager", "disco-event-worker", "Node FAILED: TcpDiscoveryNode [id=@{u}, consistentId=@{p:cid}, addrs=ArrayList [@{l:addr,1,3,, }], order=@{i:1-400}, loc=false, client=@{c:true|false}]"),
        ("INFO ", "PartitionsEvictManager", "sys-stripe-7", "Eviction in progress [groups=@{i:1-9}, remainingPartsToEvict=@{i:0-1024}]"),
        ("INFO ", "IgniteKernal", "shutdown-hook", "Stopped [id=@{x:8}, uptime=@{t:uptime}]"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Qdrant
QD_POOLS = {
    "coll": ["products", "docs_v3", "faq-embeddings", "images_clip", "support_tickets", "news-2026"],
    "ua": ["python-httpx/0.25.2", "qdrant-client/1.7.0 python/3.11.6", "Go-http-client/1.1", "curl/8.4.0",
           "qdrant-js/1.7.0", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"],
    "req": ["POST /collections/@{p:coll}/points/search HTTP/1.1", "PUT /collections/@{p:coll}/points?wait=@{c:true|false} HTTP/1.1",
            "POST /collections/@{p:coll}/points/scroll HTTP/1.1", "GET /collections/@{p:coll} HTTP/1.1", "GET /healthz HTTP/1.1",
            "POST /collections/@{p:coll}/points/delete?wait=true HTTP/1.1", "GET /telemetry HTTP/1.1",
            "POST /collections/@{p:coll}/points/recommend HTTP/1.1", "POST /collections/@{p:coll}/points/search/batch HTTP/1.1",
            "POST /collections/@{p:coll}/points/search HTTP/1.1", "POST /collections/@{p:coll}/points/search HTTP/1.1"],
    "snap": ["@{p:coll}-@{i:1000000000000000-9999999999999999}-@{dt:%Y-%m-%d-%H-%M-%S}.snapshot"],
    "state": ["Active", "Dead", "Partial", "Initializing", "Listener"],
    "err": ["Service internal error: No space left on device (os error 28)",
            "Wrong input: Vector dimension error: expected dim: 768, got 384",
            "Not found: No point with id 12 found",
            "Timeout error: Operation 'search' timed out after 30 seconds",
            "Bad request: Index required but not found for \"city\" of one of the following types: [keyword]. Help: Create an index for this key or use a different filter."],
    "opt": ["indexing", "merge", "vacuum", "config mismatch"],
    "path": ["./storage/collections", "/qdrant/storage/collections", "/var/lib/qdrant/collections"],
    "seg": ["3a9e4c1b-22d1-4d6e-9f0b-6c3a1e2b7d10", "0f6b8d2e-4c1a-4e3b-8a5d-2b7c9e1f3a40",
            "9c2d4e6f-1a3b-4c5d-8e7f-0a1b2c3d4e5f", "5e7f9a1b-3c5d-4e7f-9a1b-3c5d7e9f1a2b"],
}


def qd_header(c, f):
    level, comp = f
    return {"Time": c.now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.now.microsecond:06d}Z", "Level": level, "Component": comp}


QDRANT = {
    "name": "Qdrant", "seed": 1902, "version": "Qdrant 1.7 (Rust, env_logger through tracing, REST access log at INFO)",
    "log_format": "<Time> <Level> <Component>: <Content>",
    "start": START, "step_ms": 4000, "exponent": 0.9, "pools": QD_POOLS, "pad": {"Level": 5}, "header": qd_header,
    "statements": [
        ("INFO", "actix_web::middleware::logger", "@{ip:10.20} \"@{t:req}\" @{c:200|200|200|200|200|400|404|500} @{i:20-99999} \"-\" \"@{p:ua}\" @{f:0.0001-2.5:6}"),
        ("DEBUG", "collection::collection_manager::optimizers::segment_optimizer", "Optimizing segments: [@{l:seg,1,4,, }]"),
        ("INFO", "collection::update_handler", "Optimizer '@{p:opt}' failed: @{p:err}"),
        ("DEBUG", "segment::index::hnsw_index::hnsw", "building HNSW for @{i:100-900000} vectors with @{i:1-16} CPUs"),
        ("DEBUG", "segment::index::hnsw_index::hnsw", "finish main graph in time @{f:0.01-90:6}s"),
        ("DEBUG", "segment::index::hnsw_index::hnsw", "finish additional payload field indexing"),
        ("INFO", "collection::shards::replica_set", "Changing local shard @{p:coll}:@{i:0-7} state from @{p:state} to @{p:state}"),
        ("WARN", "collection::shards::replica_set", "Failed to update shard @{p:coll}:@{i:0-7} on peer @{i:1000000000000000-9999999999999999}, error: @{p:err}"),
        ("INFO", "collection::shards::transfer::shard_transfer", "Starting shard transfer of @{p:coll}:@{i:0-7} to peer @{i:1000000000000000-9999999999999999} (method: @{c:stream_records|snapshot})"),
        ("INFO", "collection::shards::transfer::shard_transfer", "Shard transfer of @{p:coll}:@{i:0-7} to peer @{i:1000000000000000-9999999999999999} finished"),
        ("INFO", "storage::content_manager::toc", "Loading collection: @{p:coll}"),
        ("INFO", "storage::content_manager::toc", "Recovered collection @{p:coll}: @{i:1-9}/@{i:1-9} (@{i:1-100}%)"),
        ("INFO", "storage::content_manager::snapshots", "Creating snapshot of collection @{p:coll}"),
        ("INFO", "storage::content_manager::snapshots", "Snapshot @{t:snap} created in @{f:0.1-99:3}s"),
        ("INFO", "collection::collection", "Deleting collection @{p:coll} from @{p:path}/@{p:coll}"),
        ("INFO", "collection::collection", "Creating collection @{p:coll} with @{i:1-8} shards and replication factor @{i:1-3}"),
        ("WARN", "collection::wal", "WAL of collection @{p:coll} is @{i:1-999} MiB, truncating up to op @{i:10000-999999}"),
        ("DEBUG", "raft::raft", "@{i:1000000000000000-9999999999999999} became follower at term @{i:1-90}, raft_id: @{i:1000000000000000-9999999999999999}"),
        ("DEBUG", "storage::content_manager::consensus_manager", "Proposing snapshot @{c:ConsensusOperations::CollectionMeta|ConsensusOperations::AddPeer|ConsensusOperations::RemovePeer} to peer @{i:1000000000000000-9999999999999999}"),
        ("WARN", "qdrant::tonic", "gRPC request to /qdrant.Points/@{c:Search|Upsert|Scroll|Recommend} failed: status: @{c:DeadlineExceeded|Unavailable|InvalidArgument}, message: \"@{p:err}\""),
        ("ERROR", "qdrant::startup", "Panic occurred in file @{c:lib/segment/src/segment.rs|lib/collection/src/shards/local_shard/mod.rs} at line @{i:40-2200}: @{p:err}"),
        ("INFO", "qdrant", "Distributed mode @{c:enabled|disabled}"),
        ("INFO", "qdrant", "Telemetry reporting @{c:enabled|disabled}, id: @{u}"),
        ("INFO", "qdrant::actix", "Qdrant HTTP listening on @{c:6333}"),
        ("INFO", "qdrant::tonic", "Qdrant gRPC listening on @{c:6334}"),
        ("INFO", "qdrant::actix", "TLS disabled for REST API"),
        ("INFO", "qdrant", "Loading raft state from ./storage/raft_state.json"),
    ],
}

# --------------------------------------------------------------------------------------------------------------- VerneMQ
VMQ_POOLS = {
    "cid": ["sensor-0a11", "sensor-0b42", "gw-berlin-03", "truck-7731", "mqttx_4f1c2a", "paho1201992", "meter-00913",
            "hub.plant-2", "app-ios-5512"],
    "mp": ['""', '"tenant-a"', '"tenant-b"'],
    "reason": ["normal", "keepalive_expired", "tcp_closed", "{shutdown,session_taken_over}", "not_authorized",
               "{error,{badarg,[{erlang,binary_to_atom,2,[]}]}}", "invalid_credentials",
               "{error,closed}", "mqtt_max_packet_size_exceeded"],
    "node": ["VerneMQ@10.8.0.11", "VerneMQ@10.8.0.12", "VerneMQ@10.8.0.13", "VerneMQ@vernemq-2.vernemq-headless.mqtt.svc.cluster.local"],
    "topic": ["tele/+/state", "plant/2/line/#", "devices/sensor-0a11/cmd", "$share/workers/jobs/#", "vehicles/+/gps"],
    "cerr": ["econnrefused", "timeout", "nxdomain", "{tls_alert,\"handshake failure\"}"],
    "swcerr": ["timeout", "noproc", "{badrpc,nodedown}"],
    "hookerr": ["timeout", "econnrefused", "{closed,\"The connection was lost.\"}"],
    "brerr": ["econnrefused", "timeout", "{tls_alert,\"unknown ca\"}"],
    "lref": ["#Ref<0.1234.5678.9>", "undefined"],
    "listener": ["{{0,0,0,0},1883}", "{{0,0,0,0},8883}", "{{0,0,0,0},8080}"],
    "ver": ["1.13.0"],
    "hookurl": ["http://@{ip:10.40}:@{port}/hooks", "http://auth-svc.mqtt.svc:8080/vmq/@{c:register|publish|offline}"],
    "plugin": ["vmq_diversity", "vmq_acl", "vmq_passwd", "vmq_webhooks", "vmq_bridge"],
}


def vmq_header(c, f):
    level, origin = f
    return {"Date": c.now.strftime("%Y-%m-%d"), "Time": c.now.strftime("%H:%M:%S.") + f"{c.now.microsecond // 1000:03d}",
            "Level": level, "Origin": f"<0.{c.rng.randint(200, 99999)}.0>" + origin}


VERNEMQ = {
    "name": "VerneMQ", "seed": 1903, "version": "VerneMQ 1.13 MQTT broker (Erlang, lager console.log)",
    "log_format": r"<Date> <Time> \[<Level>\] <Origin> <Content>",
    "start": START, "step_ms": 9000, "exponent": 0.85, "pools": VMQ_POOLS, "header": vmq_header,
    "statements": [
        ("warning", "@vmq_mqtt_fsm:check_user:569", "can't authenticate client {@{p:mp},<<\"@{p:cid}\">>} from @{ip:10.30}:@{port} due to @{c:invalid_credentials|not_authorized|error}"),
        ("warning", "@vmq_mqtt_fsm:check_keepalive:371", "client {@{p:mp},<<\"@{p:cid}\">>} with username <<\"@{c:device|svc-ingest|mqtt-user-4}\">> stopped due to keepalive expired"),
        ("warning", "@vmq_mqtt5_fsm:terminate:1071", "session for client {@{p:mp},<<\"@{p:cid}\">>} stopped abnormally due to '@{p:reason}'"),
        ("info", "@vmq_queue:handle_info:651", "max_online_messages reached, drop message for subscriber {@{p:mp},<<\"@{p:cid}\">>}"),
        ("info", "@vmq_queue:offline:393", "queue for subscriber {@{p:mp},<<\"@{p:cid}\">>} is offline, @{i:0-5000} messages stored"),
        ("debug", "@vmq_ranch:handle_info:165", "connection from @{ip:10.30}:@{port} closed: @{p:reason}"),
        ("debug", "@vmq_mqtt_fsm:connected:243", "client {@{p:mp},<<\"@{p:cid}\">>} subscribed to [{<<\"@{p:topic}\">>,@{i:0-2}}]"),
        ("debug", "@vmq_mqtt_fsm:connected:271", "client {@{p:mp},<<\"@{p:cid}\">>} unsubscribed from [<<\"@{p:topic}\">>]"),
        ("error", "@vmq_mqtt_fsm:connected:301", "can't auth publish [<<\"@{c:devices|tele|plant}\">>,<<\"@{p:cid}\">>,<<\"@{c:cmd|state|telemetry}\">>] due to @{c:not_allowed|no_matching_hook_found|error}"),
        ("error", "@vmq_mqtt_fsm:connected:336", "can't auth subscribe [{[<<\"@{c:devices|tele|plant}\">>,<<\"+\">>,<<\"@{c:cmd|state|telemetry}\">>],@{i:0-2}}] due to @{c:not_allowed|no_matching_hook_found}"),
        ("info", "@vmq_cluster_node:connect:202", "successfully connected to cluster node '@{p:node}'"),
        ("warning", "@vmq_cluster_node:connect:214", "can't connect to cluster node '@{p:node}' due to @{p:cerr}"),
        ("warning", "@vmq_cluster_node:handle_info:167", "cluster node '@{p:node}' is not reachable, @{i:1-5000} messages buffered"),
        ("info", "@vmq_cluster:recheck:101", "cluster is @{c:consistent|not consistent}, @{i:0-3} nodes unreachable"),
        ("info", "@vmq_swc_store:handle_info:401", "sync with '@{p:node}' for group @{c:meta1|meta2|meta3|meta4} completed in @{i:1-9999} ms"),
        ("warning", "@vmq_swc_store:handle_info:412", "sync with '@{p:node}' for group @{c:meta1|meta2|meta3|meta4} failed due to @{p:swcerr}"),
        ("info", "@vmq_plugin_mgr:start_plugin:512", "started plugin @{p:plugin} with hooks [@{l:plugin,1,4,,}]"),
        ("error", "@vmq_diversity_script:handle_call:97", "can't call into Lua script \"./share/lua/auth/postgres.lua\" function auth_on_register due to {error,{lua_error,{illegal_index,nil,<<\"@{c:password|client_id|mountpoint}\">>},@{p:lref}}}"),
        ("warning", "@vmq_webhooks_plugin:call_endpoint:540", "calling endpoint failed due to received payload {error,@{p:hookerr}} for hook @{c:auth_on_register|auth_on_publish|on_client_offline} to endpoint <<\"@{t:hookurl}\">>"),
        ("info", "@vmq_bridge:handle_info:289", "bridge @{c:br0|cloud-uplink} connected to @{ip:52}:@{c:8883}"),
        ("warning", "@vmq_bridge:handle_info:301", "bridge @{c:br0|cloud-uplink} connection to @{ip:52}:@{c:8883} failed with @{p:brerr}, retry in @{i:1-60}s"),
        ("info", "@vmq_reg:migrate_offline_queue:412", "migrating offline queue for {@{p:mp},<<\"@{p:cid}\">>} from '@{p:node}' to '@{p:node}' (@{i:0-900} msgs)"),
        ("error", "", "CRASH REPORT Process @{E} with @{c:0|0|1} neighbours crashed with reason: no match of right hand value {error,@{c:closed|timeout|einval}} in vmq_mqtt_fsm:@{c:connected|check_publish}/@{i:2-3} line @{i:200-900}"),
        ("error", "", "Ranch listener @{p:listener} had connection process started with vmq_ranch:start_link/4 at @{E} exit with reason: @{p:reason}"),
        ("info", "@vmq_server_app:start:51", "Starting VerneMQ @{p:ver} on '@{p:node}'"),
        ("info", "@vmq_ranch_config:start_listener:208", "started @{c:mqtt|mqtts|mqttws|http} listener on @{c:0.0.0.0|127.0.0.1}:@{c:1883|8883|8080|8888}"),
        ("info", "@vmq_cluster_mon:handle_info:110", "node '@{p:node}' @{c:joined|left} the cluster"),
        ("warning", "@vmq_sysmon:handle_info:92", "long_gc on @{E} (@{c:vmq_queue|vmq_swc_store|vmq_reg}): @{i:50-4000} ms"),
        ("notice", "@lager_file_backend:handle_info:214", "Rotating log file \"./log/console.log\", size @{i:10000000-99999999}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- APISIX
AP_POOLS = {
    "uri": ["/api/v1/orders", "/api/v1/orders/12/items", "/graphql", "/v2/catalog/search?q=red%20shoes", "/healthz",
            "/auth/token", "/static/app.9f3c1.js", "/api/v2/users/me"],
    "host": ["api.example.com", "shop.example.com", "gw.internal.example.net", "10.0.5.20:9080"],
    "reqline": ["@{c:GET|POST|PUT|DELETE} @{p:uri} HTTP/1.1", "GET @{p:uri} HTTP/2.0", "POST @{p:uri} HTTP/1.1"],
    "upurl": ["http://@{ip:10.2}:@{port}@{p:uri}"],
    "ckey": ["/apisix/routes/@{i:1-999}", "/apisix/upstreams/@{i:1-99}", "/apisix/services/@{i:1-40}"],
    "jwterr": ["invalid jwt string", "invalid header: eyJhbGciOiJIUzI1NiJ9", "'exp' claim expired at @{dt:%a, %d %b %Y %H:%M:%S GMT}"],
    "bodytmp": ["/usr/local/apisix/client_body_temp/00000@{i:10000-99999}"],
    "proxytmp": ["/usr/local/apisix/proxy_temp/@{i:1-9}/@{i:10-99}/00000@{i:10000-99999}"],
    "rkey": ["/apisix/@{p:res}"],
    "res": ["routes", "upstreams", "services", "ssls", "plugin_configs", "consumers"],
    "ua": ["okhttp/4.12.0", "curl/8.4.0", "Mozilla/5.0"],
    "etcderr": ["timeout", "closed", "connection refused", "has no healthy etcd endpoint available",
                "failed to read etcd dir", "compacted"],
}


def ap_header(c, f):
    (level,) = f
    pid = c.rng.choice([48, 49, 50, 51, 52])
    return {"Date": c.now.strftime("%Y/%m/%d"), "Time": c.now.strftime("%H:%M:%S"), "Level": level,
            "Pid": str(pid), "Tid": str(pid)}


_REQ = ", client: @{ip:10.0}, server: _, request: \"@{t:reqline}\""
_UP = ", upstream: \"@{t:upurl}\", host: \"@{p:host}\""

APISIX = {
    "name": "APISIX", "seed": 1904, "version": "Apache APISIX 3.7 (OpenResty 1.21 error.log)",
    "log_format": r"<Date> <Time> \[<Level>\] <Pid>#<Tid>: <Content>",
    "start": START, "step_ms": 7000, "exponent": 0.8, "pools": AP_POOLS, "header": ap_header,
    "statements": [
        ("error", "*@{i:1000-9999999} upstream timed out (@{c:110}: Connection timed out) while reading response header from upstream" + _REQ + _UP),
        ("error", "*@{i:1000-9999999} connect() failed (@{c:111}: Connection refused) while connecting to upstream" + _REQ + _UP),
        ("error", "*@{i:1000-9999999} recv() failed (@{c:104}: Connection reset by peer) while reading response header from upstream" + _REQ + _UP),
        ("error", "*@{i:1000-9999999} [lua] balancer.lua:362: run(): failed to pick server: @{c:no valid upstream node|failed to find valid upstream server, all upstream servers tried}: nil" + _REQ + ", host: \"@{p:host}\""),
        ("warn", "*@{i:1000-9999999} [lua] healthcheck.lua:1150: log(): [healthcheck] (upstream#@{t:ckey}) @{c:unhealthy|healthy} @{c:TCP|HTTP} increment (@{i:1-3}/@{i:1-3}) for '(@{ip:10.2}:@{port})', context: ngx.timer"),
        ("warn", "[lua] config_etcd.lua:1043: no healthy etcd endpoint available, next retry after @{i:1-32}s, context: ngx.timer"),
        ("error", "[lua] config_etcd.lua:620: failed to fetch data from etcd: @{p:etcderr},  etcd key: @{t:rkey}, context: ngx.timer"),
        ("warn", "[lua] config_etcd.lua:287: waitdir(): watchdir err: @{p:etcderr}, context: ngx.timer"),
        ("warn", "*@{i:1000-9999999} [lua] plugin.lua:1161: run_plugin(): @{c:limit-req|limit-count|limit-conn|key-auth|jwt-auth|basic-auth|limit-req} exits with http status code @{c:429|503|401|403}" + _REQ + ", host: \"@{p:host}\""),
        ("error", "*@{i:1000-9999999} [lua] jwt-auth.lua:402: phase_func(): JWT token invalid: @{t:jwterr}" + _REQ + ", host: \"@{p:host}\""),
        ("error", "*@{i:1000-9999999} SSL_do_handshake() failed (SSL: error:0A00010B:SSL routines::wrong version number) while SSL handshaking to upstream" + _REQ + _UP),
        ("info", "*@{i:1000-9999999} client @{ip:10.0} closed keepalive connection"),
        ("info", "*@{i:1000-9999999} client prematurely closed connection while @{c:reading response header from upstream|sending to client|reading upstream}" + _REQ + _UP),
        ("error", "*@{i:1000-9999999} client intended to send too large body: @{i:1048577-99999999} bytes" + _REQ + ", host: \"@{p:host}\""),
        ("warn", "*@{i:1000-9999999} a client request body is buffered to a temporary file @{t:bodytmp}" + _REQ + ", host: \"@{p:host}\""),
        ("warn", "*@{i:1000-9999999} an upstream response is buffered to a temporary file @{t:proxytmp} while reading upstream" + _REQ + _UP),
        ("error", "*@{i:1000-9999999} [lua] init.lua:573: http_access_phase(): failed to set upstream: @{c:missing upstream configuration in Route or Service|no valid upstream node: nil|failed to fetch upstream info by upstream id: 12}" + _REQ + ", host: \"@{p:host}\""),
        ("error", "*@{i:1000-9999999} [lua] radixtree_sni.lua:188: match_and_set(): failed to find any SSL certificate by SNI: @{p:host}, context: ssl_certificate_by_lua*, client: @{ip:10.0}, server: @{c:0.0.0.0}:@{c:9443}"),
        ("warn", "[lua] plugin.lua:255: load_plugin(): failed to load plugin [@{c:skywalking|opa|ext-plugin-pre-req}] err: @{c:module not found|failed to check the configuration of plugin: property \"endpoint_addr\" is required}, context: init_worker_by_lua*"),
        ("notice", "signal @{c:1 (SIGHUP)|17 (SIGCHLD)|15 (SIGTERM)} received from @{i:1-99999}"),
        ("notice", "worker process @{i:40-999} exited with code @{c:0|0|0|1|2}"),
        ("alert", "worker process @{i:40-999} exited on signal @{c:9|9|11}"),
        ("notice", "start worker process @{i:40-999}"),
        ("notice", "gracefully shutting down"),
        ("notice", "using the \"epoll\" event method"),
        ("notice", "openresty/@{c:1.21.4.2}"),
        ("emerg", "bind() to @{c:0.0.0.0}:@{c:9080|9443|9180} failed (@{c:98}: Address already in use)"),
        ("warn", "[lua] timers.lua:107: run timer[plugin#server-info] cost @{f:1-9:3} sec, context: ngx.timer"),
    ],
}

# ------------------------------------------------------------------------------------------------------------ Woodpecker
WP_POOLS = {
    "repo": ["platform/api", "platform/web", "infra/terraform-live", "data/etl-jobs", "mobile/ios-app", "tools/lint-rules"],
    "agent": ["wp-agent-1", "wp-agent-2", "build-arm64-01", "docker-runner-7f9c"],
    "err": ["context deadline exceeded", "rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.3.0.5:9000: connect: connection refused\\\"",
            "record not found", "unexpected EOF", "failed to generate config: yaml: line 12: did not find expected key",
            "Post \\\"https://git.example.com/api/v1/repos/platform/api/statuses/9f3c1a2\\\": dial tcp: lookup git.example.com: no such host",
            "token is expired"],
    "step": ["clone", "build", "test", "lint", "publish-image", "deploy-staging"],
    "apipath": ["/api/repos/@{i:1-300}/pipelines", "/api/repos/@{i:1-300}/pipelines/@{i:1-4000}", "/api/user/repos",
                "/api/repos/@{i:1-300}/logs/@{i:1-4000}/@{i:1-99999}"],
    "event": ["push", "pull_request", "tag", "cron", "manual", "deployment"],
    "branch": ["main", "develop", "feature/login-rework", "renovate/golang-1.x", "release/2.4"],
    "caller": ["/woodpecker/src/github.com/woodpecker-ci/woodpecker/server/queue/fifo.go", "/woodpecker/src/github.com/woodpecker-ci/woodpecker/server/grpc/rpc.go",
               "/woodpecker/src/github.com/woodpecker-ci/woodpecker/server/pipeline/create.go",
               "/woodpecker/src/github.com/woodpecker-ci/woodpecker/server/forge/gitea/gitea.go"],
}


def wp_header(c, f):
    (level,) = f
    return {"Level": level, "Time": c.now.strftime("%Y-%m-%dT%H:%M:%SZ")}


WOODPECKER = {
    "name": "Woodpecker", "seed": 1905, "version": "Woodpecker CI 2.1 server and agent (zerolog JSON lines, time written after level)",
    "log_format": '{"level":"<Level>","time":"<Time>",<Content>}',
    "start": START, "step_ms": 8000, "exponent": 0.85, "pools": WP_POOLS, "header": wp_header,
    "statements": [
        ("debug", "\"message\":\"queue: task @{i:1-99999} accepted by agent @{i:1-40}\""),
        ("debug", "\"repo\":\"@{p:repo}\",\"pipeline\":\"@{i:1-4000}\",\"id\":\"@{i:1-99999}\",\"message\":\"update step status\""),
        ("debug", "\"repo\":\"@{p:repo}\",\"pipeline\":\"@{i:1-4000}\",\"id\":\"@{i:1-99999}\",\"message\":\"done step\""),
        ("debug", "\"repo\":\"@{p:repo}\",\"pipeline\":\"@{i:1-4000}\",\"id\":\"@{i:1-99999}\",\"message\":\"wait step\""),
        ("debug", "\"agent\":\"@{p:agent}\",\"message\":\"request next execution\""),
        ("debug", "\"agent\":\"@{p:agent}\",\"message\":\"received execution\""),
        ("debug", "\"step\":\"@{p:step}\",\"image\":\"@{c:golang:1.21|node:20-alpine|woodpeckerci/plugin-git:2.4.0|plugins/docker:20|alpine:3.19}\",\"message\":\"pulling image\""),
        ("info", "\"repo\":\"@{p:repo}\",\"event\":\"@{p:event}\",\"branch\":\"@{p:branch}\",\"message\":\"new pipeline created\""),
        ("info", "\"repo\":\"@{p:repo}\",\"pipeline\":@{i:1-4000},\"status\":\"@{c:success|failure|killed|error}\",\"message\":\"pipeline finished\""),
        ("error", "\"error\":\"@{p:err}\",\"repo\":\"@{p:repo}\",\"message\":\"failed to update commit status\""),
        ("error", "\"error\":\"@{p:err}\",\"message\":\"grpc error: wait(): code: @{c:Unknown|Unavailable|DeadlineExceeded}\""),
        ("error", "\"error\":\"@{p:err}\",\"message\":\"grpc error: next(): code: @{c:Unknown|Unavailable|DeadlineExceeded}\""),
        ("error", "\"error\":\"@{p:err}\",\"message\":\"grpc error: done(): code: @{c:Unknown|Unavailable|DeadlineExceeded}\""),
        ("warn", "\"repo\":\"@{p:repo}\",\"message\":\"ignoring hook: branch does not match restrictions\""),
        ("warn", "\"repo\":\"@{p:repo}\",\"message\":\"ignoring hook: skip-ci found in commit message\""),
        ("info", "\"message\":\"agent @{p:agent} connected with @{i:1-16} workers, platform @{c:linux/amd64|linux/arm64}, backend @{c:docker|kubernetes|local}\""),
        ("info", "\"message\":\"agent @{p:agent} disconnected\""),
        ("error", "\"error\":\"@{p:err}\",\"caller\":\"@{p:caller}:@{i:40-600}\",\"message\":\"could not parse config\""),
        ("debug", "\"repo\":\"@{p:repo}\",\"message\":\"config: fetched @{i:1-9} files from forge in @{d:go}\""),
        ("info", "\"repo\":\"@{p:repo}\",\"pipeline\":@{i:1-4000},\"message\":\"cancel pipeline\""),
        ("debug", "\"ip\":\"@{ip:10.3}\",\"latency\":\"@{d:go}\",\"method\":\"@{c:GET|POST|DELETE}\",\"path\":\"@{t:apipath}\",\"status\":@{c:200|200|204|401|404},\"user-agent\":\"@{c:Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)|woodpecker-cli/2.1.0|Go-http-client/1.1}\",\"message\":\"\""),
        ("debug", "\"ip\":\"@{ip:10.3}\",\"latency\":\"@{d:go}\",\"method\":\"POST\",\"path\":\"/api/hook\",\"status\":@{c:200|204|400},\"user-agent\":\"@{c:Gitea|GitHub-Hookshot/5a1c2e3|GitLab/16.6.1}\",\"message\":\"\""),
        ("info", "\"message\":\"cron: running @{i:0-12} jobs\""),
        ("error", "\"error\":\"@{p:err}\",\"message\":\"cron: failed to create pipeline for repo @{p:repo}\""),
        ("info", "\"message\":\"starting Woodpecker server with version '@{c:2.1.1}'\""),
        ("info", "\"message\":\"starting Woodpecker agent with version '@{c:2.1.1}' and backend '@{c:docker|kubernetes}' using platform '@{c:linux/amd64|linux/arm64}' running up to @{i:1-8} pipelines in parallel\""),
        ("warn", "\"message\":\"no sqlite3 file found, will create one at '/var/lib/woodpecker/woodpecker.sqlite'\""),
        ("info", "\"message\":\"Starting autoscaler: min @{i:0-2} max @{i:3-20} agents\""),
        ("error", "\"error\":\"@{p:err}\",\"repo\":\"@{p:repo}\",\"message\":\"failure to fetch secrets for repo\""),
        ("warn", "\"message\":\"log stream for step @{i:1-99999} not found\""),
    ],
}

# -------------------------------------------------------------------------------------------------------------- EcsAgent
ECS_POOLS = {
    "task": [f"arn:aws:ecs:us-east-1:123456789012:task/prod-cluster/{h}" for h in
             ("3f9a1c2b4d5e6f708192a3b4c5d6e7f8", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "9e8d7c6b5a49382716051f2e3d4c5b6a",
              "5b6a7c8d9e0f1a2b3c4d5e6f70819203", "7f6e5d4c3b2a19081726354a5b6c7d8e")],
    "cont": ["app", "nginx", "envoy", "datadog-agent", "log_router", "migrate"],
    "image": ["123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:2026.12.3", "public.ecr.aws/nginx/nginx:1.25",
              "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.27.2.0-prod", "datadog/agent:7", "amazon/aws-for-fluent-bit:stable"],
    "status": ["NONE", "MANIFEST_PULLED", "PULLED", "CREATED", "RUNNING", "RESOURCES_PROVISIONED", "STOPPED"],
    "err": ["CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:2026.12.3: not found",
            "context deadline exceeded", "Error response from daemon: No such container: 4f1c2a9b",
            "toomanyrequests: You have reached your pull rate limit.", "read tcp 10.0.1.5:41234->52.94.1.2:443: read: connection reset by peer"],
    "v4uri": ["/v4/@{x:32}-@{i:1000000000-9999999999}/task", "/v4/@{x:32}-@{i:1000000000-9999999999}/stats",
              "/v4/@{x:32}-@{i:1000000000-9999999999}/taskWithTags", "/v4/@{x:32}-@{i:1000000000-9999999999}"],
    "wsurl": ["https://ecs-@{c:a|t}-@{i:1-9}.us-east-1.amazonaws.com/ws?agentHash=@{x:8}&agentVersion=1.79.2&clusterArn=prod-cluster&containerInstanceArn=arn%3Aaws%3Aecs%3Aus-east-1%3A123456789012%3Acontainer-instance%2Fprod-cluster%2F@{x:32}&dockerVersion=DockerVersion%3A+20.10.25&sendCredentials=@{c:true|false}&seqNum=@{i:1-9}"],
    "res": ["cgroup", "taskENI", "firelens", "credentialsspec", "ssmsecret", "asmsecret"],
}


def ecs_header(c, f):
    (level,) = f
    return {"Level": level, "Time": c.now.strftime("%Y-%m-%dT%H:%M:%SZ")}


_TASK = " task=\"@{p:task}\""
ECSAGENT = {
    "name": "EcsAgent", "seed": 1906, "version": "Amazon ECS container agent 1.79 (seelog logfmt, ecs-agent.log)",
    "log_format": "level=<Level> time=<Time> <Content>",
    "start": START, "step_ms": 6000, "exponent": 0.9, "pools": ECS_POOLS, "header": ecs_header,
    "statements": [
        ("info", "msg=\"Handling http request\" method=\"GET\" from=\"@{ip:169.254.172}:@{port}\" uri=\"@{t:v4uri}\"" ),
        ("info", "msg=\"Managed task got container change event\"" + _TASK + " container=\"@{p:cont}\" runtimeID=\"@{x:64}\" changeEventStatus=\"@{p:status}\""),
        ("info", "msg=\"Container change also resulted in task change\"" + _TASK + " container=\"@{p:cont}\" runtimeID=\"@{x:64}\" desiredStatus=\"@{c:RUNNING|STOPPED}\""),
        ("info", "msg=\"Sending container change event to tcs\"" + _TASK + " container=\"@{p:cont}\" status=\"@{p:status}\""),
        ("info", "msg=\"Sending state change to ECS\" eventType=\"@{c:TaskStateChange|ContainerStateChange}\" eventData=\"@{c:TaskChange|ContainerChange} [taskArn=@{p:task}, status=@{p:status}, reason=@{c:Essential container in task exited|Task stopped by user|Scaling activity initiated by (deployment ecs-svc/8461702379)|none}]\""),
        ("info", "msg=\"Pulling image for container\"" + _TASK + " container=\"@{p:cont}\" image=\"@{p:image}\""),
        ("info", "msg=\"Finished pulling image for container\"" + _TASK + " container=\"@{p:cont}\" image=\"@{p:image}\" elapsed=\"@{d:go}\""),
        ("info", "msg=\"Transitioned container\"" + _TASK + " container=\"@{p:cont}\" runtimeID=\"@{x:64}\" nextState=\"@{p:status}\" elapsed=\"@{d:go}\""),
        ("info", "msg=\"Task status updated\"" + _TASK + " knownStatus=\"@{p:status}\" desiredStatus=\"@{c:RUNNING|STOPPED}\""),
        ("info", "msg=\"Managed task got resource\"" + _TASK + " resource=\"@{p:res}\" status=\"@{c:CREATED|REMOVED}\""),
        ("info", "msg=\"Resource state changed\" resource=\"@{p:res}\"" + _TASK + " knownStatus=\"@{c:CREATED|REMOVED}\""),
        ("error", "msg=\"Error transitioning container\"" + _TASK + " container=\"@{p:cont}\" runtimeID=\"@{x:64}\" nextState=\"@{p:status}\" error=\"@{p:err}\""),
        ("warn", "msg=\"Error getting cpu stats\" error=\"@{p:err}\" container=\"@{x:64}\""),
        ("info", "msg=\"Received task payload from ACS\" taskARN=\"@{p:task}\" taskVersion=\"@{i:1-90}\" desiredStatus=\"@{c:RUNNING|STOPPED}\""),
        ("info", "msg=\"Task engine: sending heartbeat ack to ACS\" messageID=\"@{u}\""),
        ("info", "msg=\"Establishing a Websocket connection\" url=\"@{t:wsurl}\""),
        ("info", "msg=\"Connected to @{c:ACS|TCS} endpoint\""),
        ("warn", "msg=\"@{c:ACS|TCS} Websocket connection closed for a valid reason\""),
        ("error", "msg=\"Error from tcs; backing off\" error=\"@{p:err}\""),
        ("info", "msg=\"Image removed from agent state\" image=\"@{p:image}\" imageID=\"sha256:@{x:64}\""),
        ("info", "msg=\"Begin building map of eligible unused images for deletion\""),
        ("info", "msg=\"Removing Image\" image=\"@{p:image}\" elapsed=\"@{d:go}\""),
        ("info", "msg=\"Cleaning up task's containers and data\"" + _TASK),
        ("warn", "msg=\"Unable to get cgroup stats for task\"" + _TASK + " error=\"@{p:err}\""),
        ("info", "msg=\"Saving state!\" module=\"state_manager.go\""),
        ("info", "msg=\"Amazon ECS agent Version: @{c:1.79.2}, Commit: @{x:8}\""),
        ("info", "msg=\"Registered container instance with cluster!\""),
        ("info", "msg=\"Loading configuration\""),
        ("critical", "msg=\"Unable to initialize new task engine\" error=\"@{p:err}\""),
        ("warn", "msg=\"Image pull rate limited, retrying\"" + _TASK + " image=\"@{p:image}\" attempt=@{i:1-5} backoff=\"@{d:go}\""),
    ],
}

# ----------------------------------------------------------------------------------------------------------- ExtremeEXOS
EX_POOLS = {
    "port": [f"1:{i}" for i in range(1, 49)] + [f"2:{i}" for i in range(1, 49)],
    "user": ["admin", "netops", "jsmith", "monitor", "svc-backup"],
    "cmd": ["show ports no-refresh", "show vlan", "configure vlan Default delete ports 1:12",
            "save configuration primary", "show log", "enable port 1:7", "disable port 2:44",
            "configure ports 1:12 auto off speed 1000 duplex full", "show fdb ports 1:5"],
    "vlan": ["Default", "Mgmt", "VOICE", "users-120", "servers", "guest"],
    "speed": ["10 Gbps", "1 Gbps", "100 Mbps", "25 Gbps"],
    "via": ["ssh", "telnet", "serial", "http"],
    "reason": ["aged out", "user configured", "port down", "Hold timer expired", "Peer closed the session"],
    "bgpst": ["Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established"],
    "ospf": ["Init", "2-Way", "ExStart", "Exchange", "Loading", "Full", "Down"],
}


def ex_header(c, f):
    sev, comp = f
    return {"Date": c.now.strftime("%m/%d/%Y"), "Time": c.now.strftime("%H:%M:%S.") + f"{c.now.microsecond // 10000:02d}",
            "Severity": sev, "Component": comp}


EXTREME = {
    "name": "ExtremeEXOS", "seed": 1907, "version": "Extreme Networks ExtremeXOS 31.7 switch stack (show log / syslog body)",
    "log_format": "<Date> <Time> <<Severity>:<Component>> <Content>",
    "start": START, "step_ms": 25000, "exponent": 0.8, "pools": EX_POOLS, "header": ex_header,
    "statements": [
        ("Info", "vlan.msgs.portLinkStateUp", "Slot-@{i:1-2}: Port @{p:port} link UP at speed @{p:speed} and full-duplex"),
        ("Info", "vlan.msgs.portLinkStateDown", "Slot-@{i:1-2}: Port @{p:port} link down"),
        ("Info", "FDB.MACTracking.MACMove", "Slot-@{i:1-2}: The MAC address @{mac} on VLAN \"@{p:vlan}\" has moved from port @{p:port} to port @{p:port}"),
        ("Info", "AAA.authPass", "Login passed for user @{p:user} through @{p:via} (@{ip:10.10})"),
        ("Warn", "AAA.authFail", "Login failed for user @{p:user} through @{p:via} (@{ip:10.10})"),
        ("Info", "AAA.logout", "Administrative account (@{p:user}) logout from @{p:via} (@{ip:10.10})"),
        ("Info", "cli.logRemoteCmd", "@{ip:10.10} @{p:user}: @{p:cmd}"),
        ("Noti", "cli.logRemoteCmd", "@{ip:10.10} @{p:user}: @{p:cmd} ; cli exit status: @{c:Command failed|Error: Port 1:12 is not a member of VLAN Default.|Invalid input detected at '^' marker.}"),
        ("Info", "netLogin.authPass", "Slot-@{i:1-2}: Network Login @{c:802.1x|MAC-based} user @{c:host/ws-1042.corp.example.com|001122aabbcc|jdoe@corp.example.com} logged in MAC @{mac} port @{p:port} VLAN(s) \"@{p:vlan}\", authentication @{c:Radius|Local}"),
        ("Warn", "netLogin.authFail", "Slot-@{i:1-2}: Network Login @{c:802.1x|MAC-based} authentication failed for MAC @{mac} on port @{p:port}"),
        ("Info", "netLogin.logout", "Slot-@{i:1-2}: Network Login user @{c:host/ws-1042.corp.example.com|001122aabbcc|jdoe@corp.example.com} logged out from MAC @{mac} port @{p:port} VLAN(s) \"@{p:vlan}\", reason: @{p:reason}"),
        ("Noti", "BGP.Neighbor.StateChange", "BGP neighbor @{ip:10.255} (VR-Default) changed state from @{p:bgpst} to @{p:bgpst}"),
        ("Noti", "ospf.neighbor.StateChange", "Neighbor @{ip:10.255} (interface @{p:vlan}) state changed from @{p:ospf} to @{p:ospf}, event @{c:HelloReceived|AdjOK|ExchangeDone|LoadingDone|InactivityTimer}"),
        ("Info", "STP.State.PortState", "Port=@{p:port}: Port state changed from @{c:Listening|Learning|Forwarding|Blocking|Disabled} to @{c:Listening|Learning|Forwarding|Blocking|Disabled}"),
        ("Info", "STP.State.Topology", "Port=@{p:port}: Topology changed"),
        ("Warn", "ELRP.Report.Message", "[CLI:@{p:vlan}:@{i:1-9}] LOOP DETECTED : @{i:1-999} packets transmitted, @{i:1-99} received, ingress slot:port (@{p:port}) egress slot:port (@{p:port})"),
        ("Info", "LACP.AddPortToAggr", "Add port @{p:port} to aggregator @{p:port}"),
        ("Info", "LACP.RemPortFromAggr", "Remove port @{p:port} from aggregator @{p:port}"),
        ("Info", "POE.port.delivering", "Slot-@{i:1-2}: Port @{p:port} is delivering power (@{i:1200-29900} mW)"),
        ("Noti", "POE.port.detection", "Slot-@{i:1-2}: Port @{p:port} has detected @{c:a valid PD|an invalid PD|a legacy PD}"),
        ("Warn", "HAL.FDB.Warning", "Slot-@{i:1-2}: FDB entry not added for @{mac} on VLAN @{i:1-4094} port @{p:port}: Table full"),
        ("Erro", "DM.Error", "Slot-@{i:1-2}: Power supply @{i:1-2} failed"),
        ("Noti", "DM.Notice", "Slot-@{i:1-2}: Power supply @{i:1-2} is now @{c:powered on|removed|inserted}"),
        ("Crit", "HAL.Sys.Critical", "Slot-@{i:1-2}: Temperature of the switch (@{i:60-95} C) exceeds the high threshold"),
        ("Info", "NTP.Sys.SyncNew", "Clock synchronized to new NTP server @{ip:10.0.0}, stratum @{i:1-4}"),
        ("Warn", "ACL.Policy.bindFail", "Policy @{c:block_guest|voice_qos|mgmt_only} failed to bind to port @{p:port}: @{c:Insufficient ACL resources|No space available in slice 3}"),
        ("Info", "cm.sys.actionDone", "Configuration saved to primary.cfg successfully."),
        ("Noti", "EPM.Upgrade.Done", "Image @{c:summitX-31.7.1.4.xos|summitX-31.7.2.28-patch1-3.xmod} installed successfully on Slot-@{i:1-2}"),
        ("Info", "DM.Info", "Slot-@{i:1-2} changed state from @{c:Operational|Booting|Init|Failed} to @{c:Operational|Booting|Init|Failed}"),
        ("Erro", "HAL.Card.Error", "Slot-@{i:1-2}: Stacking port @{i:1-2} link down, stack redundancy lost"),
    ],
}

# --------------------------------------------------------------------------------------------------------- KubeScheduler
KS_POOLS = {
    "ns": ["default", "payments", "kube-system", "monitoring", "batch-jobs", "ingress-nginx"],
    "app": ["web", "checkout-api", "prometheus-node-exporter", "etl-nightly", "coredns", "redis-cache", "fluent-bit"],
    "node": [f"ip-10-1-{a}-{b}.ec2.internal" for a, b in ((12, 34), (40, 7), (33, 201), (9, 88), (21, 150), (5, 12))],
}
_FIT = ["Insufficient cpu", "Insufficient memory", "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }",
            "node(s) didn't match Pod's node affinity/selector", "node(s) didn't have free ports for the requested pod ports",
            "node(s) had volume node affinity conflict", "node(s) were unschedulable",
            "node(s) didn't match pod anti-affinity rules"]
KS_POOLS.update({
    "pod": ["@{p:ns}/@{p:app}-@{x:10}-@{a:5}", "@{p:ns}/@{p:app}-@{i:0-9}", "@{p:ns}/@{p:app}-@{i:28000000-29999999}-@{a:5}"],
    "podname": ["@{p:app}-@{x:10}-@{a:5}", "@{p:app}-@{i:0-9}"],
    "listurl": ["https://10.1.0.1:443/api/v1/pods?limit=500&resourceVersion=0", "https://10.1.0.1:443/api/v1/nodes?limit=500&resourceVersion=0",
                "https://10.1.0.1:443/api/v1/persistentvolumeclaims?limit=500&resourceVersion=0",
                "https://10.1.0.1:443/apis/storage.k8s.io/v1/csinodes?limit=500&resourceVersion=0"],
    "refl": ["k8s.io/client-go/informers/factory.go:150", "k8s.io/client-go/informers/factory.go:150", "pkg/scheduler/scheduler.go:371"],
    "evt": ["NodeAdd", "AssignedPodDelete", "NodeTaintChange", "AssignedPodUpdate", "NodeAllocatableChange", "PvcAdd"],
    "fit": [f"{n} {why}" for n in (1, 2, 3, 5, 8, 12) for why in _FIT],
    "kind": ["*v1.Pod", "*v1.Node", "*v1.PersistentVolumeClaim", "*v1.CSINode", "*v1.StorageClass", "*v1.Namespace"],
})


def ks_header(c, f):
    level, src = f
    return {"LogTag": level + c.now.strftime("%m%d"), "Time": c.now.strftime("%H:%M:%S.") + f"{c.now.microsecond:06d}",
            "Pid": "1", "Source": src}


_POD = "pod=\"@{t:pod}\""
KUBESCHEDULER = {
    "name": "KubeScheduler", "seed": 1908, "version": "kube-scheduler v1.28 (klog text format, structured key=value messages, -v=2)",
    "log_format": r"<LogTag> <Time> <Pid> <Source>\] <Content>",
    "start": START, "step_ms": 5000, "exponent": 0.85, "pools": KS_POOLS, "pad": {"Pid": 7}, "header": ks_header,
    "statements": [
        ("I", "schedule_one.go:286", "\"Successfully bound pod to node\" " + _POD + " node=\"@{p:node}\" evaluatedNodes=@{i:3-60} feasibleNodes=@{i:1-60}"),
        ("I", "schedule_one.go:867", "\"Unable to schedule pod; no fit; waiting\" " + _POD + " err=\"0/@{i:3-60} nodes are available: @{i:1-60} @{l:fit,1,3,, }. preemption: 0/@{i:3-60} nodes are available: @{i:1-60} No preemption victims found for incoming pod, @{i:1-60} Preemption is not helpful for scheduling.\""),
        ("I", "schedule_one.go:93", "\"Attempting to schedule pod\" " + _POD),
        ("I", "eventhandlers.go:118", "\"Add event for unscheduled pod\" " + _POD),
        ("I", "eventhandlers.go:186", "\"Delete event for scheduled pod\" " + _POD),
        ("I", "eventhandlers.go:148", "\"Delete event for unscheduled pod\" " + _POD),
        ("I", "eventhandlers.go:66", "\"Update event for node\" node=\"@{p:node}\""),
        ("I", "scheduling_queue.go:1154", "\"Pod moved to an internal scheduling queue\" " + _POD + " event=\"@{p:evt}\" queue=\"@{c:Active|Backoff}\" hint=@{i:0-1}"),
        ("E", "schedule_one.go:969", "\"Error scheduling pod; retrying\" err=\"@{c:running PreBind plugin \\\"VolumeBinding\\\": binding volumes: timed out waiting for the condition|Operation cannot be fulfilled on pods/binding \\\"web-7d9f\\\": pod web-7d9f is already assigned to node \\\"ip-10-1-12-34.ec2.internal\\\"|etcdserver: request timed out}\" " + _POD),
        ("I", "schedule_one.go:1009", "\"Unable to schedule pod, possibly due to node not found; waiting\" " + _POD),
        ("I", "default_preemption.go:121", "\"Preemption is not helpful for scheduling\" " + _POD),
        ("I", "preemption.go:358", "\"Preempting pod\" preemptor=\"@{t:pod}\" victim=\"@{t:pod}\" node=\"@{p:node}\""),
        ("I", "cache.go:389", "\"Finished binding for pod, can be expired\" podKey=\"@{u}\" " + _POD),
        ("E", "cache.go:226", "\"Pod was added to a different node than it was assumed\" podKey=\"@{u}\" " + _POD + " assumedNode=\"@{p:node}\" currentNode=\"@{p:node}\""),
        ("I", "reflector.go:325", "\"Watch close\" reflector=\"@{p:refl}\" type=\"@{p:kind}\" totalItems=@{i:0-900}"),
        ("W", "reflector.go:458", "@{p:refl}: watch of @{p:kind} ended with: an error on the server (\"unable to decode an event from the watch stream: @{c:http2: client connection lost|context canceled|stream error: stream ID 1057; INTERNAL_ERROR; received from peer}\") has prevented the request from succeeding"),
        ("E", "reflector.go:147", "@{p:refl}: Failed to watch @{p:kind}: failed to list @{p:kind}: Get \"@{p:listurl}\": dial tcp @{c:10.1.0.1}:@{c:443}: connect: connection refused"),
        ("I", "leaderelection.go:250", "attempting to acquire leader lease kube-system/kube-scheduler..."),
        ("I", "leaderelection.go:260", "successfully acquired lease kube-system/kube-scheduler"),
        ("E", "leaderelection.go:369", "Failed to update lock: @{c:Put \"https://10.1.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s\": context deadline exceeded|etcdserver: request timed out}"),
        ("I", "leaderelection.go:285", "failed to renew lease kube-system/kube-scheduler: timed out waiting for the condition"),
        ("I", "binder.go:792", "\"All bound volumes for pod match with node\" " + _POD + " node=\"@{p:node}\""),
        ("I", "binder.go:380", "\"Failed to bind volumes for pod\" " + _POD + " err=\"@{c:timed out waiting for the condition|pv \\\"pvc-3f9a1c2b\\\" node affinity doesn't match node}\""),
        ("I", "server.go:154", "\"Starting Kubernetes Scheduler\" version=\"@{c:v1.28.4}\""),
        ("I", "server.go:156", "\"Golang settings\" GOGC=\"\" GOMAXPROCS=\"\" GOTRACEBACK=\"\""),
        ("I", "secure_serving.go:213", "Serving securely on @{c:127.0.0.1}:@{c:10259}"),
        ("I", "shared_informer.go:318", "Caches are synced for @{c:client-ca::kube-system::extension-apiserver-authentication::client-ca-file|RequestHeaderAuthRequestController|client-ca::kube-system::extension-apiserver-authentication::requestheader-client-ca-file}"),
        ("I", "tlsconfig.go:240", "\"Starting DynamicServingCertificateController\""),
        ("W", "authentication.go:339", "No authentication-kubeconfig provided in order to lookup requestheader-client-ca-file in configmap/extension-apiserver-authentication in kube-system, so request-header client certificate authentication won't work."),
        ("I", "trace.go:236", "Trace[@{i:100000000-999999999}]: \"Scheduling\" namespace:@{p:ns},name:@{t:podname} (@{dt:%d-%b-%Y %H:%M:%S.000}) (total time: @{i:100-9000}ms):"),
    ],
}

SYSTEMS = [IGNITE, QDRANT, VERNEMQ, APISIX, WOODPECKER, ECSAGENT, EXTREME, KUBESCHEDULER]
