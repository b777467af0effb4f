"""unseen6 systems, part A: Linux audit, Unbound, Solr, Istio pilot, Calico Felix, SSSD. See make-unseen6.py."""
import datetime

UTC = datetime.timezone.utc


def _ms(ts):
    return f"{ts.microsecond // 1000:03d}"


# ---- Linux audit (audit.log): type=T msg=audit(epoch.ms:serial): key=value ...
def _audit_header():
    state = {"serial": 51234}

    def header(r, ts, level, comp):
        state["serial"] += r.randint(1, 4)
        return f"type={level} msg=audit({int(ts.timestamp())}.{_ms(ts)}:{state['serial']}): "
    return header


SUBJ = "{pool:secctx}"
IDS = "auid={n:1000-1012} uid={~0|1000|1001|48} gid={~0|1000|1001|48} euid={~0|1000} suid={~0|1000} fsuid={~0|1000} egid={~0|1000} sgid={~0|1000} fsgid={~0|1000}"
PAM = "pid={n:300-65000} uid={n:0-0} auid={~4294967295|1000|1001} ses={~4294967295|1|2|7|13} subj=" + SUBJ + " msg='op=PAM:{=authentication|accounting|setcred|session_open|session_close} grantors={~pam_unix|pam_sss,pam_unix|pam_env,pam_unix|?} acct=\"{pool:user}\" exe=\"{~/usr/sbin/sshd|/usr/bin/sudo|/usr/bin/su|/usr/sbin/crond}\" hostname={~?|bastion.example.com|10.0.0.5} addr={~?|10.1.2.3|192.168.1.44} terminal={~ssh|/dev/pts/0|cron|pts/2} res={=success|failed}'"

AUDIT = {
    "about": "Linux audit (auditd audit.log): the record type and an epoch.millis:serial stamp in the header, key=value fields",
    "log_format": r"type=<Type> msg=audit\(<Time>\): <Content>",
    "start": datetime.datetime(2026, 12, 6, 3, 0, 0, tzinfo=UTC),
    "gap_ms": 900,
    "header": _audit_header(),
    "statements": [
        ("SYSCALL", "", "arch={~c000003e} syscall={n:0-330} success={=yes|no} exit={~0|-13|-2|3|4|-11} a0={hex:6} a1={hex:12} a2={hex:4} a3={hex:1} items={n:0-4} ppid={n:1-65000} pid={n:300-65000} " + IDS + " tty={~pts0|pts1|(none)} ses={n:1-40} comm=\"{~bash|sshd|crond|python3|curl|sudo|vim}\" exe=\"{~/usr/bin/bash|/usr/sbin/sshd|/usr/bin/python3.11|/usr/bin/curl}\" subj=" + SUBJ + " key={~\"exec_log\"|(null)|\"passwd_changes\"|\"delete\"}"),
        ("EXECVE", "", "argc={argc} {argv}"),
        ("CWD", "", "cwd=\"{~/root|/home/alice|/|/var/www/html|/srv/app releases}\""),
        ("PATH", "", "item={n:0-1} name=\"{path}\" inode={n:100-9999999} dev={hex:2}:{hex:2} mode={~0100644|0100755|040755|0120777} ouid={~0|1000|48} ogid={~0|1000|48} rdev={n:0-0}:{n:0-0} obj={pool:tctx} nametype={=NORMAL|PARENT|CREATE|DELETE} cap_fp={n:0-0} cap_fi={n:0-0} cap_fe={n:0-0} cap_fver={n:0-0} cap_frootid={n:0-0}"),
        ("PATH", "", "item={n:0-1} name=(null) inode={n:100-9999999} dev={hex:2}:{hex:2} mode={~0100644|0140777} ouid={~0|1000} ogid={~0|1000} rdev={n:0-0}:{n:0-0} nametype={~UNKNOWN} cap_fp={n:0-0} cap_fi={n:0-0} cap_fe={n:0-0} cap_fver={n:0-0} cap_frootid={n:0-0}"),
        ("PROCTITLE", "", "proctitle={proctitle}"),
        # one libaudit call prints every PAM record: the record type (header) and op= come from one variable
        ("USER_AUTH|USER_ACCT|CRED_ACQ|USER_START|USER_END|CRED_DISP", "", PAM),
        ("USER_LOGIN", "", "pid={n:300-65000} uid={n:0-0} auid={~4294967295|1000|1001} ses={~4294967295|3|9} subj=" + SUBJ + " msg='op=login id={~4294967295|1000|1001} exe=\"{~/usr/sbin/sshd}\" hostname={~?|bastion.example.com} addr={ip} terminal={~sshd} res={=success|failed}'"),
        ("USER_LOGIN", "", "pid={n:300-65000} uid={n:0-0} auid={~4294967295|1000} ses={~4294967295|3} subj=" + SUBJ + " msg='op=login acct=\"{pool:user}\" exe=\"{~/usr/sbin/sshd}\" hostname={~?|bastion.example.com} addr={ip} terminal={~sshd} res={~failed}'"),
        ("LOGIN", "", "pid={n:300-65000} uid={n:0-0} subj=" + SUBJ + " old-auid={n:4294967295-4294967295} auid={n:1000-1010} tty={~(none)} old-ses={n:4294967295-4294967295} ses={n:1-60} res={n:1-1}"),
        ("USER_CMD", "", "pid={n:300-65000} uid={~1000|1001} auid={~1000|1001} ses={n:1-40} subj=" + SUBJ + " msg='cwd=\"{~/home/alice|/root|/srv/app}\" cmd={cmd} exe=\"{~/usr/bin/sudo}\" terminal={~pts/0|pts/1|pts/4} res={=success|failed}'"),
        # systemd prints SERVICE_START and SERVICE_STOP with one call: the type is a variable (header)
        ("SERVICE_START|SERVICE_STOP", "", "pid={n:1-1} uid={n:0-0} auid={n:4294967295-4294967295} ses={n:4294967295-4294967295} subj={~system_u:system_r:init_t:s0} msg='unit={~nginx|sshd|crond|systemd-tmpfiles-clean|dnf-makecache|user@1000|session-12.scope|user-runtime-dir@1000} comm=\"{~systemd}\" exe=\"{~/usr/lib/systemd/systemd}\" hostname={~?} addr={~?} terminal={~?} res={=success|failed}'"),
        ("AVC", "", "avc:  denied  {{ {=read|write|open|getattr|name_connect|read write} }} for  pid={n:300-65000} comm=\"{~httpd|nginx|php-fpm|postgres}\" name=\"{~index.html|.htaccess|5432|uploads}\" dev=\"{~dm-0|sda1|nvme0n1p2}\" ino={n:100-999999} scontext={pool:secctx} tcontext={pool:tctx} tclass={=file|dir|tcp_socket} permissive={n:0-1}"),
        ("ANOM_ABEND", "", "auid={n:1000-1010} uid={~0|1000} gid={~0|1000} ses={n:1-40} subj=" + SUBJ + " pid={n:300-65000} comm=\"{~python3|node|java|gnome-shell}\" exe=\"{~/usr/bin/python3.11|/usr/bin/node|/usr/lib/jvm/java-17/bin/java}\" sig={~11|6|7} res={n:1-1}", 6),
        ("NETFILTER_CFG", "", "table={=filter|nat|mangle} family={~2|10} entries={n:0-400} op={=xt_replace|xt_register} pid={n:300-65000} subj={~system_u:system_r:iptables_t:s0} comm=\"{~iptables|ip6tables|firewalld}\"", 9),
        ("BPF", "", "prog-id={n:1-900} op={=LOAD|UNLOAD}"),
        ("CONFIG_CHANGE", "", "auid={~4294967295|1000} ses={~4294967295|2} subj={~system_u:system_r:auditctl_t:s0} op=add_rule key=\"{~exec_log|passwd_changes|delete}\" list={n:2-4} res={n:1-1}", 3),
        ("DAEMON_START", "", "op=start ver={~3.1.2} format={~enriched} kernel={~5.14.0-427.13.1.el9_4.x86_64} auid={n:4294967295-4294967295} pid={n:300-2000} uid={n:0-0} ses={n:4294967295-4294967295} subj={~system_u:system_r:auditd_t:s0} res={~success}", 1),
    ],
}


# ---- Unbound: [epoch] unbound[pid:thread] level: message
def _unbound_header(r, ts, level, comp):
    return f"[{int(ts.timestamp())}] unbound[{r.choice(['2931', '2931', '2931', '17604'])}:{r.randint(0, 3)}] {level}: "


DOM = "{pool:domain}"
UNBOUND = {
    "about": "Unbound resolver (unbound.log): epoch seconds in brackets, unbound[pid:thread], a level word",
    "log_format": r"\[<Time>\] unbound\[<Pid>:<Thread>\] <Level>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 0, 0, 0, tzinfo=UTC),
    "gap_ms": 800,
    "header": _unbound_header,
    "statements": [
        ("info", "", "{ip} " + DOM + ". {=A|AAAA|MX|TXT|PTR|SRV|HTTPS|NS} IN"),
        ("info", "", "{ip} " + DOM + ". {=A|AAAA|MX|HTTPS} IN {=NOERROR|NXDOMAIN|SERVFAIL|REFUSED} {f:0:1.5:6} {n:0-1} {n:30-900}"),
        ("info", "", "start of service (unbound {~1.19.3})."),
        ("info", "", "service stopped (unbound {~1.19.3}).", 2),
        ("notice", "", "init module {n:0-1}: {=validator|iterator}", 4),
        ("info", "", "server stats for thread {n:0-3}: {n:0-90000} queries, {n:0-80000} answers from cache, {n:0-9000} recursions, {n:0-900} prefetch, {n:0-40} rejected by ip ratelimiting"),
        ("info", "", "server stats for thread {n:0-3}: requestlist max {n:0-200} avg {f:0:40:4} exceeded {n:0-5} jostled {n:0-5}"),
        ("info", "", "average recursion processing time {f:0:2:6} sec"),
        ("info", "", "histogram of recursion processing times"),
        ("error", "", "{=SERVFAIL|REFUSED} <" + DOM + ". {=A|AAAA|DS|DNSKEY} IN>: {~all the configured stub or forward servers failed, at zone .|exceeded the maximum nameserver nxdomains|misc failure|all servers for this domain failed, at zone example.org.|upstream server timeout}"),
        ("info", "", "validation failure <" + DOM + ". {=A|AAAA|TXT|DNSKEY} IN>: {~signature expired from 198.51.100.1 for trust anchor example.com. while building chain of trust|no signatures from 2001:db8::53 for key example.org. while building chain of trust|key for validation example.net. is marked as invalid because of a previous validation failure|no DNSSEC records from 203.0.113.9 for DS acme.io. while building chain of trust}"),
        ("warning", "", "so-rcvbuf {n:4000000-8388608} was not granted. Got {n:200000-425984}. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux) or kern.ipc.maxsockbuf(bsd) values.", 1),
        ("error", "", "udp connect failed: {=Network is unreachable|Permission denied} for {ip6} port {n:53-53}"),
        ("notice", "", "sendto failed: {=Network is unreachable|Invalid argument|No buffer space available}"),
        ("notice", "", "remote address is {anyip} port {port}"),
        ("info", "", "generate keytag query _ta-{hex:4}. NULL IN", 3),
        ("info", "", "failed to prime trust anchor -- {~DNSKEY rrset is not secure|could not fetch DNSKEY rrset} . DNSKEY IN", 2),
        ("info", "", "response for " + DOM + ". {=A|AAAA|NS|DS} IN"),
        ("info", "", "reply from <" + DOM + ".> {anyip}#{n:53-53}"),
        ("info", "", "query response was {=ANSWER|REFERRAL|CNAME|NXDOMAIN|NODATA|THROWAWAY}"),
        ("debug", "", "cache memory msg={n:66000-9000000} rrset={n:66000-9000000} infra={n:7000-900000} val={n:66000-900000}"),
        ("error", "", "could not open autotrust file for writing, {~/var/lib/unbound/root.key.2931-0-55d0a8c0|/etc/unbound/root.key.17604-1-7f3e44a0}: Permission denied", 2),
        ("info", "", "ratelimit exceeded " + DOM + ". {n:100-5000} query " + DOM + ". IN {=A|AAAA|ANY}"),
        ("notice", "", "Restart of unbound {~1.19.3}.", 2),
    ],
}


# ---- Apache Solr 9 (solr.log): date time LEVEL (thread) [MDC] logger message
def _solr_header(r, ts, level, comp):
    coll = r.choice(["techproducts", "orders", "logs_2026", "catalog"])
    if comp.startswith("*"):
        comp = comp[1:]
        mdc = f"c:{coll} s:shard{r.randint(1, 3)} r:core_node{r.randint(1, 12)} x:{coll}_shard{r.randint(1, 3)}_replica_n{r.randint(1, 12)}"
    else:
        mdc = ""
    thread = r.choice([f"qtp{r.randint(100000000, 999999999)}-{r.randint(10, 400)}", f"qtp{r.randint(100000000, 999999999)}-{r.randint(10, 400)}",
                       f"searcherExecutor-{r.randint(10, 60)}-thread-1-processing-{coll}_shard1_replica_n{r.randint(1, 9)} {coll} shard1 core_node{r.randint(1, 9)}",
                       f"commitScheduler-{r.randint(10, 99)}-thread-1", "main", f"zkCallback-{r.randint(10, 20)}-thread-{r.randint(1, 9)}"])
    return f"{ts:%Y-%m-%d %H:%M:%S}.{_ms(ts)} {level:<5} ({thread}) [{mdc}] {comp} "


CORE = "{~techproducts_shard1_replica_n1|orders_shard2_replica_n4|logs_2026_shard1_replica_n2|catalog_shard3_replica_n11}"
COLL = "{~techproducts|orders|logs_2026|catalog}"
PARAMS = "{pool:solr_params}"
SOLR = {
    "about": "Apache Solr 9 (solr.log): ms stamp, padded level, (thread) with spaces in some names, [MDC] often empty, short logger",
    "log_format": r"<Date> <Time> <Level> \(<Thread>\) \[<MDC>\] <Logger> <Content>",
    "start": datetime.datetime(2026, 12, 6, 9, 0, 0, tzinfo=UTC),
    "gap_ms": 400,
    "header": _solr_header,
    "statements": [
        ("INFO", "*o.a.s.c.S.Request", "[" + CORE + "]  webapp={~/solr} path={=/select|/query|/browse} params=" + PARAMS + " hits={n:0-90000} status={n:0-0} QTime={n:0-400}"),
        ("INFO", "*o.a.s.c.S.Request", "[" + CORE + "]  webapp={~/solr} path={=/update|/get|/admin/ping} params=" + PARAMS + " status={~0|400|500} QTime={n:0-400}"),
        ("INFO", "*o.a.s.u.p.LogUpdateProcessorFactory", "[" + CORE + "]  webapp={~/solr} path={~/update} params=" + PARAMS + "{{{=add|delete}=[{~SP2514N (1818263740123447296)|9885A004 (1818263740124495872), 3007WFP (1818263740125544448)|doc-7 (1818263740126592000), doc-8 (1818263740126593024), doc-9 (1818263740126594048)|id:42 (-1818263740127641600)}]}} {n:0-0} {n:0-90}"),
        ("INFO", "*o.a.s.u.DirectUpdateHandler2", "start commit{{_version_={n:1800000000000000000-1899999999999999999},optimize=false,openSearcher={=true|false},waitSearcher=true,expungeDeletes=false,softCommit={=true|false},prepareCommit=false}}"),
        ("INFO", "*o.a.s.u.DirectUpdateHandler2", "end_commit_flush"),
        ("INFO", "*o.a.s.s.SolrIndexSearcher", "Opening [Searcher@{hex:7}[" + CORE + "] {=main|realtime}]"),
        ("INFO", "*o.a.s.c.QuerySenderListener", "QuerySenderListener sending requests to Searcher@{hex:7}[" + CORE + "] main{{ExitableDirectoryReader(UninvertingDirectoryReader({pool:solr_segs}))}}"),
        ("INFO", "*o.a.s.c.QuerySenderListener", "QuerySenderListener done."),
        ("INFO", "*o.a.s.c.SolrCore", "Registered new searcher autowarm time: {n:0-900} ms"),
        ("WARN", "*o.a.s.c.SolrCore", "[" + CORE + "] PERFORMANCE WARNING: Overlapping onDeckSearchers={n:2-4}"),
        ("ERROR", "*o.a.s.h.RequestHandlerBase", "org.apache.solr.common.SolrException: {~undefined field foo_s|Cannot parse 'title:(foo': Encountered \"<EOF>\" at line 1, column 11.|Document is missing mandatory uniqueKey field: id|Exception writing document id 42 to the index; possible analysis error.|Can not sort on multivalued field: tags}"),
        ("ERROR", "o.a.s.s.HttpSolrCall", "null:org.apache.solr.common.SolrException: SolrCore '" + CORE + "' is not available due to init failure: {~Error opening new searcher|Index dir '/var/solr/data/orders_shard2_replica_n4/data/index/' of core 'orders_shard2_replica_n4' is already locked.|java.nio.file.NoSuchFileException: /var/solr/data/catalog/conf/managed-schema.xml}"),
        ("INFO", "o.a.s.c.ZkController", "Register replica - core:" + CORE + " address:http://{ip}:{n:8983-8983}/solr collection:" + COLL + " shard:shard{n:1-3}"),
        ("INFO", "*o.a.s.c.ShardLeaderElectionContext", "I am the new leader: http://{ip}:{n:8983-8983}/solr/" + CORE + "/ shard{n:1-3}"),
        ("INFO", "*o.a.s.c.RecoveryStrategy", "Starting recovery process. recoveringAfterStartup={=true|false}"),
        ("INFO", "*o.a.s.c.RecoveryStrategy", "Finished recovery process, successful=[{=true|false}] msTimeTaken={n:10-90000}"),
        ("INFO", "*o.a.s.u.PeerSync", "PeerSync: core=" + CORE + " url=http://{ip}:{n:8983-8983}/solr START replicas=[{~http://10.0.0.12:8983/solr/orders_shard2_replica_n4/|http://10.0.0.13:8983/solr/catalog_shard3_replica_n11/, http://10.0.0.14:8983/solr/catalog_shard3_replica_n9/}] nUpdates={n:100-100}"),
        ("INFO", "o.a.s.c.c.ZkStateReader", "A cluster state change: [WatchedEvent state:SyncConnected type:NodeDataChanged path:/collections/" + COLL + "/state.json] for collection [" + COLL + "] has occurred - updating... (live nodes size: [{n:1-9}])"),
        ("INFO", "o.a.s.c.c.ZkStateReader", "Updated live nodes from ZooKeeper... ({n:1-9}) -> ({n:1-9})"),
        ("INFO", "o.a.s.s.HttpSolrCall", "[admin] webapp={~null} path={=/admin/cores|/admin/collections|/admin/info/system|/admin/metrics} params=" + PARAMS + " status={~0|400} QTime={n:0-400}"),
        ("WARN", "o.a.s.c.SolrConfig", "You should not use LATEST as luceneMatchVersion property: if you use this setting, and then Solr upgrades to a newer release of Lucene, sizable changes may happen. If precise back compatibility is important then you should instead explicitly specify an actual Lucene version.", 1),
        ("INFO", "o.a.s.c.CoreContainer", "Loading cores into CoreContainer [instanceDir={~/var/solr/data}]", 1),
        ("INFO", "*o.a.s.c.SolrCore", "[" + CORE + "]  CLOSING SolrCore org.apache.solr.core.SolrCore@{hex:8}", 3),
        ("INFO", "*o.a.s.u.CommitTracker", "{=Hard|Soft} AutoCommit: if uncommitted for {unit:ms:1000-60000};", 2),
    ],
}


# ---- Istio pilot (istiod): RFC 3339 µs stamp, tab, level, tab, scope, tab, message
def _istio_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z\t{level}\t{comp}\t"


POD = "{~reviews-v1-5b4d6f7c8-x2kqz|productpage-v1-7d9f8c6b5-abcde|ratings-v1-85c7b6d9f4-q9w8e|istio-ingressgateway-6c9f8d7b5-lmnop|checkout-7f6d5c-z1y2x}"
NS = "{pool:ns}"
SIZE = "{~1.2kB|23.4kB|117.9kB|2.1MB|512B|88.0kB}"
ISTIO = {
    "about": "Istio pilot (istiod): RFC 3339 microsecond stamp, then level, scope and message separated by tabs",
    "log_format": r"<Time>\t<Level>\t<Scope>\t<Content>",
    "start": datetime.datetime(2026, 12, 6, 11, 0, 0, tzinfo=UTC),
    "gap_ms": 600,
    "header": _istio_header,
    "statements": [
        ("info", "ads", "ADS: new connection for node:" + POD + "." + NS + "-{n:1-400}"),
        ("info", "ads", "ADS: \"{ip}:{port}\" " + POD + "." + NS + "-{n:1-400} terminated"),
        ("info", "ads", "ADS: \"{ip}:{port}\" " + POD + "." + NS + "-{n:1-400} terminated with stream closed"),
        ("info", "ads", "Push debounce stable[{n:1-900}] {n:1-40} for config {~ServiceEntry/default/reviews.default.svc.cluster.local|VirtualService/shop-prod/checkout and 2 more configs|DestinationRule/payments/ledger and 14 more configs|Secret/istio-system/cacerts}: {dur} since last change, {dur} since last push, full={=true|false}"),
        ("info", "ads", "CDS: PUSH request for node:" + POD + "." + NS + " resources:{n:1-300} size:" + SIZE + " cached:{n:0-300}/{n:0-300}"),
        ("info", "ads", "EDS: PUSH request for node:" + POD + "." + NS + " resources:{n:1-300} size:" + SIZE + " empty:{n:0-9} cached:{n:0-300}/{n:0-300}"),
        ("info", "ads", "LDS: PUSH for node:" + POD + "." + NS + " resources:{n:1-90} size:" + SIZE),
        ("info", "ads", "RDS: PUSH request for node:" + POD + "." + NS + " resources:{n:1-90} size:" + SIZE + " cached:{n:0-90}/{n:0-90}"),
        ("info", "ads", "XDS: Pushing Services:{n:1-400} ConnectedEndpoints:{n:1-900} Version:{iso}/{n:1-90}"),
        ("info", "ads", "Full push, new service " + NS + "/{svcfqdn}"),
        ("info", "ads", "Incremental push, service {svcfqdn} at shard Kubernetes/{~Kubernetes|cluster-east|primary} has no endpoints"),
        ("debug", "kube", "Handle EDS: {n:0-40} endpoints for {pool:svc} in namespace " + NS),
        ("error", "klog", "k8s.io/client-go@v0.31.0/tools/cache/reflector.go:{n:100-600}: Failed to watch {=*v1.Pod|*v1.Service|*v1beta1.Gateway|*v1.EndpointSlice}: failed to list {=*v1.Pod|*v1.Service|*v1beta1.Gateway}: {~Get \"https://10.96.0.1:443/api/v1/pods?limit=500&resourceVersion=0\": dial tcp 10.96.0.1:443: connect: connection refused|the server could not find the requested resource|Unauthorized}"),
        ("info", "default", "FLAG: --{=domain|keepaliveMaxServerConnectionAge|monitoringAddr|grpcAddr|log_output_level}=\"{~cluster.local|30m0s|:15014|:15010|default:info}\"", 10),
        ("warn", "validation", "validation failed for {=VirtualService|DestinationRule|Gateway} " + NS + "/{~reviews-route|ledger-dr|public-gw}: {~host must be fully qualified|port name must be unique|weight sum must be 100|subset not found in destination rule}"),
        ("info", "ca", "generated new workload certificate latency={dur} ttl={~23h59m59.214312003s|23h59m58.98s|23h59m59.5201s}"),
        ("info", "leader", "Leader election cycle {n:0-9} lost. Trying again"),
        ("info", "leader", "leader election lock obtained: {=istio-leader|istio-namespace-controller-election|istio-gateway-deployment-default|istio-validation-controller-election}"),
        ("info", "leader", "leader election lock lost: {=istio-leader|istio-namespace-controller-election}", 3),
        ("info", "default", "Starting Istiod Server with primary cluster {~Kubernetes}", 1),
        ("warn", "model", "Duplicate cluster {svcfqdn} found while pushing CDS"),
        ("error", "ads", "ADS:{=CDS|EDS|LDS|RDS}: ACK ERROR " + POD + "." + NS + "-{n:1-400} Internal:{~Error adding/updating listener(s) 0.0.0.0_8080: duplicate listener 0.0.0.0_8080 found|Proto constraint validation failed (ClusterValidationError.LbPolicy: value must be one of the defined enum values)}"),
    ],
}


# ---- Calico Felix: date time.ms [LEVEL][pid] file.go line: message
def _felix_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S}.{_ms(ts)} [{level}][{r.choice(['58', '58', '58', '61'])}] felix/{comp} {r.randint(60, 1900)}: "


WEP = "proto.WorkloadEndpointID{{OrchestratorId:\"k8s\", WorkloadId:\"" + NS + "/" + POD + "\", EndpointId:\"eth0\"}}"
CALI = "cali{hex:11}"
FELIX = {
    "about": "Calico Felix (calico-node): ms stamp, [LEVEL][pid], felix/file.go and a line number, logrus fields after the text",
    "log_format": r"<Date> <Time> \[<Level>\]\[<Pid>\] <File> <Line>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 12, 30, 0, tzinfo=UTC),
    "gap_ms": 700,
    "header": _felix_header,
    "statements": [
        ("INFO", "int_dataplane.go", "Applying dataplane updates"),
        ("INFO", "int_dataplane.go", "Finished applying updates to dataplane. msecToApply={f:0.1:300:6}"),
        ("INFO", "calc_graph.go", "Received *proto.WorkloadEndpointUpdate update from calculation graph msg=id:<orchestrator_id:\"k8s\" workload_id:\"" + NS + "/" + POD + "\" endpoint_id:\"eth0\" > endpoint:<state:\"{=active|inactive}\" name:\"" + CALI + "\" profile_ids:\"kns." + NS + "\" profile_ids:\"ksa." + NS + ".default\" ipv4_nets:\"{ipnet}\" >"),
        ("INFO", "int_dataplane.go", "Received {=*proto.HostMetadataUpdate|*proto.IPSetDeltaUpdate|*proto.RouteUpdate|*proto.ActiveProfileUpdate} update from calculation graph msg={pool:felix_msg}"),
        ("INFO", "table.go", "Invalidating dataplane cache ipVersion={~0x4} reason=\"{=refresh timer|post-write check}\" table=\"{=filter|nat|mangle|raw}\""),
        ("INFO", "table.go", "Loading current iptables state and checking it is correct. ipVersion={~0x4} table=\"{=filter|nat|mangle|raw}\""),
        ("INFO", "ipsets.go", "Resyncing ipsets with dataplane. family=\"{=inet|inet6}\""),
        ("INFO", "ipsets.go", "Finished resync family=\"{=inet|inet6}\" numInconsistenciesFound={n:0-9} resyncDuration={dur}"),
        ("INFO", "route_table.go", "Queueing a resync of routing table. ifaceRegex=\"^cali.*\" ipVersion={~0x4} tableIndex={n:0-0}"),
        ("INFO", "summary.go", "Summarising {n:1-40} dataplane reconciliation loops over {dur}: avg={ms} longest={ms} ({~resync-filter-v4,resync-nat-v4|update-workload-iface|resync-routes-v4,resync-ipsets-v4,resync-raw-v4|})"),
        ("INFO", "health.go", "Health of component changed name=\"{=InternalDataplaneMainLoop|CalculationGraph|async_calc_graph|FelixStartup}\" newReport=\"{=live,ready|live,non-ready|non-live,non-ready}\" oldReport=\"{=live,ready|live,non-ready|non-live,non-ready}\""),
        ("INFO", "endpoint_mgr.go", "Updating per-endpoint chains. id=" + WEP),
        ("INFO", "endpoint_mgr.go", "Workload endpoint removed, removing its routes if possible. id=" + WEP),
        ("INFO", "endpoint_mgr.go", "Re-evaluated workload endpoint status adminUp={=true|false} failed=false known={=true|false} operUp={=true|false} status=\"{=up|down}\" workloadEndpointID=" + WEP),
        ("INFO", "daemon.go", "Felix starting up GOMAXPROCS={n:1-16} builddate=\"{~2024-11-20T17:04:51+0000}\" gitcommit=\"{hex:40}\" version=\"{~v3.29.1}\"", 1),
        ("INFO", "sync_client.go", "Connected to Typha. address=\"{ip}:{n:5473-5473}\" connID={n:0-9} type=\"\""),
        ("INFO", "sync_client.go", "Status update from Typha. newStatus={=wait-for-ready|resync|in-sync}"),
        ("INFO", "conntrack.go", "Removing conntrack flows ip={ip}"),
        ("INFO", "int_dataplane.go", "Linux interface state changed. ifIndex={n:2-400} ifaceName=\"" + CALI + "\" state=\"{=up|down}\""),
        ("INFO", "int_dataplane.go", "Linux interface addrs changed. addrs=set.mapSet{{}} ifaceName=\"" + CALI + "\""),
        ("WARNING", "int_dataplane.go", "Failed to add route to interface ifaceName=\"" + CALI + "\" error=\"{~no such device|link not found|file exists}\" ipVersion={~0x4} tableIndex={n:0-0}"),
        ("ERROR", "route_table.go", "Failed to access interface because it doesn't exist. error=Link not found ifaceName=\"" + CALI + "\" ifaceRegex=\"^cali.*\" ipVersion={~0x4} tableIndex={n:0-0}"),
        ("INFO", "watchercache.go", "Full resync is required ListRoot=\"/calico/resources/v3/projectcalico.org/{=networkpolicies|nodes|profiles|workloadendpoints}\""),
        ("WARNING", "health.go", "Reporter is not ready. name=\"{=int_dataplane|async_calc_graph|felix-startup}\"", 4),
    ],
}


# ---- SSSD 2.x (sssd_DOMAIN.log, sssd_nss.log, sssd_pam.log): (date time:µs): [component] [function] (0xLEVEL): message
def _sssd_header(r, ts, level, comp):
    component, _, func = comp.partition("#")
    if component == "be":
        component = f"be[{r.choice(['example.com', 'CORP.EXAMPLE.ORG'])}]"
    return f"({ts:%Y-%m-%d %H:%M:%S}:{ts.microsecond:06d}): [{component}] [{func}] ({level}): "


TASK = "{=Refresh Records|Check if online (periodic)|SUDO Smart Refresh|SUDO Full Refresh|Cleanup of example.com}"
CR = "[CID#{n:1-900}] CR #{n:1-9000}:"
SSSD = {
    "about": "SSSD 2.x debug logs (back end, nss, pam): (date time:µs), [component] with a nested [domain], [function], (0xLEVEL)",
    "log_format": r"\(<Time>\): \[<Component>\] \[<Function>\] \(<Level>\): <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 15, 0, tzinfo=UTC),
    "gap_ms": 500,
    "header": _sssd_header,
    "statements": [
        ("0x0400", "be#sdap_get_generic_ext_step", "[RID#{n:1-900}] calling ldap_search_ext with [{pool:ldap_filter}][{~dc=example,dc=com|ou=People,dc=example,dc=com|cn=sudoers,dc=corp,dc=example,dc=org}]."),
        ("0x0400", "be#sdap_get_generic_op_finished", "[RID#{n:1-900}] Search result: {=Success|No such object|Size limit exceeded}({n:0-32}), no errmsg set"),
        ("0x2000", "be#sdap_process_result", "[RID#{n:1-900}] Trace: sh[{0x:12}], connected[{n:1-1}], ops[{0x:12}], ldap[{0x:12}]"),
        ("0x0400", "be#be_ptask_execute", "Task [" + TASK + "]: executing task, timeout {n:6-900} seconds"),
        ("0x0400", "be#be_ptask_done", "Task [" + TASK + "]: finished successfully"),
        ("0x0400", "be#be_ptask_schedule", "Task [" + TASK + "]: scheduling task {n:6-21600} seconds from now [{epoch}]"),
        ("0x0400", "be#dp_req_reply_std", "[RID#{n:1-900}] DP Request [{=Account|PAM Authenticate|Initgroups|SUDO} #{n:1-900}]: Returning [{=Success|Internal Error|Authentication failure}]: {n:0-3},{n:0-17},{~Success|Internal Error|Authentication token is no longer valid; new one required}"),
        ("0x0100", "pam#pam_print_data", "command: {=SSS_PAM_AUTHENTICATE|SSS_PAM_ACCT_MGMT|SSS_PAM_OPEN_SESSION|SSS_PAM_SETCRED|SSS_PAM_CLOSE_SESSION}"),
        ("0x0100", "pam#pam_print_data", "domain: {~example.com|CORP.EXAMPLE.ORG|not set}"),
        ("0x0100", "pam#pam_print_data", "user: {pool:user}"),
        ("0x0100", "pam#pam_print_data", "service: {=sshd|sudo|login|gdm-password|su-l}"),
        ("0x0100", "pam#pam_print_data", "tty: {~/dev/pts/0|pts/3|ssh|not set}"),
        ("0x0100", "pam#pam_print_data", "rhost: {~not set|10.0.0.5|bastion.example.com}"),
        ("0x0100", "pam#pam_print_data", "authtok type: {n:0-1} ({=No authentication token available|Password})"),
        ("0x0100", "pam#pam_print_data", "cli_pid: {n:300-65000}"),
        ("0x0100", "be#fo_resolve_service_send", "Trying to resolve service '{=LDAP|KERBEROS|AD_GC|AD}'"),
        ("0x0020", "be#resolv_gethostbyname_done", "querying hosts database failed [{n:2-5}]: {~Resource temporarily unavailable|Domain name not found|No such file or directory}"),
        ("0x0020", "be#sssd_async_socket_init_done", "sssd_async_socket_init request failed: [{n:100-115}]: {~Connection timed out|Connection refused|No route to host}."),
        ("0x0100", "be#be_resolve_server_process", "Found address for server {pool:host}: [{ip}] TTL {n:60-7200}"),
        ("0x0400", "nss#cache_req_send", CR + " New request '{=User by name|Group by ID|Initgroups by name|Netgroup by name|User by ID}'"),
        ("0x0400", "nss#cache_req_search_cache", CR + " Looking up [{email}] in cache"),
        ("0x0400", "nss#cache_req_search_done", CR + " Returning [{email}] from cache"),
        ("0x0400", "nss#cache_req_search_done", CR + " Object found, but needs to be refreshed."),
        ("0x0400", "nss#cache_req_done", CR + " Finished: {=Success|Not found|Error}"),
        ("0x0040", "be#be_mark_offline", "Going offline!", 4),
        ("0x0080", "be#be_run_online_cb", "Going online. Running callbacks.", 3),
        ("0x0400", "be#sdap_save_user", "[RID#{n:1-900}] Processing user {email}"),
        ("0x0020", "be#krb5_child_done", "[RID#{n:1-900}] krb5_child exited with status [{n:1-1}]: {~Cannot contact any KDC for requested realm|Preauthentication failed|Clock skew too great}"),
    ],
}

SYSTEMS = {"Auditd": AUDIT, "Unbound": UNBOUND, "Solr": SOLR, "IstioPilot": ISTIO, "CalicoFelix": FELIX, "Sssd": SSSD}
