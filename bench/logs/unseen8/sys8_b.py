"""Systems of the eighth blind set, second half: Haraka, Windows DHCP server audit log, Apache Storm, Samba, Memcached,
Ansible, Puppet agent, pfSense. Each: log_format, header(r, ts, level, comp), statements (level, component, text[, count])."""
import datetime
import re

from values8 import SHAPES, hexs, uuid, WORDS, FIRST, MONTHS

SHAPES.update({
    "har_rdns": lambda r, ts: r.choice(["mail-ot1-f54.google.com", "NXDOMAIN", "static.123.45.67.89.clients.example.net",
                                        "mx2.example.org", "", "DNSERROR"]),
    "helo": lambda r, ts: r.choice(["mail.example.org", "[192.0.2.7]", "localhost", "WIN-8DK2L1", "smtp.acme.io"]),
    "sender": lambda r, ts: r.choice([f"<{r.choice(FIRST)}@{r.choice(['example.org', 'acme.io', 'gmail.com'])}>", "<>"]),
    "smtp_reply": lambda r, ts: r.choice(["550 5.1.1 User unknown", "451 4.7.1 Greylisted, please try again later",
                                          "554 5.7.1 Message rejected as spam", "421 4.3.2 Service shutting down"]),
    "msgid": lambda r, ts: f"<{hexs(r, 12)}.{r.randint(1000, 99999)}@{r.choice(['mail.example.org', 'acme.io'])}>",
    "dhcp_host": lambda r, ts: r.choice([f"DESKTOP-{hexs(r, 7, True)}.corp.example.net", f"LT-{r.randint(100, 999)}.corp.example.net",
                                         f"printer{r.randint(1, 9)}", "android-" + hexs(r, 16), "", f"iPhone"]),
    "dhcp_vendor": lambda r, ts: r.choice([("0x4D53465420352E30", "MSFT 5.0"), ("0x616E64726F69642D646863702D3133",
                                                                                 "android-dhcp-13"), ("", "")]),
    "storm_topo": lambda r, ts: f"{r.choice(WORDS)}-{r.choice(['topology', 'pipeline', 'enricher'])}-{r.randint(1, 40)}-"
                                f"{r.randint(1700000000, 1799999999)}",
    "storm_comp": lambda r, ts: r.choice(["kafka-spout", "parse-bolt", "enrich-bolt", "__acker", "hbase-writer",
                                          "__system", "count-bolt"]),
    "storm_exec": lambda r, ts: (lambda a: f"[{a}, {a}]")(r.randint(1, 64)),
    "storm_slot": lambda r, ts: f"{r.choice(['sup', 'storm-w'])}{r.randint(1, 9)}.example.com:{r.choice([6700, 6701, 6702, 6703])}",
    "smb_dom": lambda r, ts: r.choice(["CORP", "EXAMPLE", "LAB"]),
    "smb_share": lambda r, ts: r.choice(["public", "home", "Finance", "IPC$", "scans", "Team Docs", "profiles$"]),
    "sid": lambda r, ts: f"S-1-5-21-{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(10 ** 9, 4 * 10 ** 9)}-"
                         f"{r.randint(10 ** 9, 4 * 10 ** 9)}-{r.randint(500, 99999)}",
    "nt_status": lambda r, ts: r.choice(["NT_STATUS_WRONG_PASSWORD", "NT_STATUS_NO_SUCH_USER", "NT_STATUS_ACCOUNT_LOCKED_OUT",
                                         "NT_STATUS_LOGON_FAILURE", "NT_STATUS_PASSWORD_EXPIRED"]),
    "mc_fd": lambda r, ts: str(r.randint(20, 412)),
    "mc_flags": lambda r, ts: str(r.choice([0, 0, 1, 32, 16384])),
    "ans_host": lambda r, ts: r.choice(["web-01", "web-02", "db-01.prod.internal", "10.20.1.15", "lb1", "cache-3"]),
    "ans_item": lambda r, ts: r.choice([f"nginx", "{'name': 'deploy', 'uid': 1050}", "/etc/app/config.yml", "['a', 'b']",
                                        f"{r.choice(WORDS)}-{r.randint(1, 9)}", "libssl3"]),
    "ans_role": lambda r, ts: r.choice(["common", "nginx", "postgresql", "app", "monitoring", "users"]),
    "ans_msg": lambda r, ts: r.choice([
        "Failed to update apt cache: unknown reason", "Could not find the requested service foo: host",
        f"Destination directory {r.choice(['/srv/app/releases', '/etc/nginx/conf.d'])} does not exist",
        "Timeout when waiting for 127.0.0.1:8080", "non-zero return code",
        "Unable to start service nginx: Job for nginx.service failed because the control process exited with error "
        "code.\\nSee \\\"systemctl status nginx.service\\\" and \\\"journalctl -xeu nginx.service\\\" for details.\\n"]),
    "stars": lambda r, ts: "*" * r.randint(3, 60),
    "pp_res": lambda r, ts: r.choice(["File[/etc/nginx/nginx.conf]", "Service[nginx]", "Package[openssl]",
                                      "Exec[apt-update]", "User[deploy]", "File[/etc/ssh/sshd_config]", "Cron[logrotate]"]),
    "pp_class": lambda r, ts: r.choice(["Nginx::Service", "Profile::Base", "Ssh::Server::Config", "Role::Web", "Ntp::Config",
                                        "Main"]),
    "pp_env": lambda r, ts: r.choice(["production", "staging", "feature_nginx_tls"]),
    "pp_cfg": lambda r, ts: str(r.randint(1765000000, 1765999999)),
    "pp_md5": lambda r, ts: "{md5}" + hexs(r, 32),
    "fl_rule": lambda r, ts: str(r.choice([5, 9, 12, 55, 1000000103, 1000000104, 1770001466])),
    "fl_if": lambda r, ts: r.choice(["igb0", "igb1", "vtnet0", "em0", "lagg0.20", "ovpns1"]),
    "fl_flags": lambda r, ts: r.choice(["S", "SA", "A", "FA", "PA", "R", "RA"]),
    "fl_opts": lambda r, ts: r.choice(["mss;sackOK;TS;nop;wscale", "mss;nop;wscale;nop;nop;sackOK", "", "mss"]),
    "mac_if": lambda r, ts: r.choice(["igb1", "igb2", "lagg0.30"]),
    "gw": lambda r, ts: r.choice(["WAN_DHCP", "WAN2_PPPOE", "VPN_GW", "WAN_DHCP6"]),
    "us": lambda r, ts: f"{r.randint(1, 999999)}us",
    "cli_user": lambda r, ts: r.choice(["admin", "jdoe", "(system)", "ops2"]),
})


def har_header(r, ts, level, comp):
    conn = "-" if comp.startswith("-") else f"{uuid(r, True)}.{r.randint(1, 3)}"
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z [{level}] [{conn}] [{comp.lstrip('-')}] "


HARAKA = {
    "about": "Haraka 3 SMTP server: ISO stamp, [LEVEL], [connection UUID.transaction] (or [-]), [plugin], then the "
             "message, often key=value",
    "log_format": "<Time> \\[<Level>\\] \\[<Uuid>\\] \\[<Plugin>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 5, 5, 5, 0),
    "gap_ms": 1300,
    "header": har_header,
    "statements": [
        ("NOTICE", "core", "connect ip={ip} port={eport} local_ip={ip} local_port={=25|587}"),
        ("NOTICE", "core", "disconnect ip={ip} rdns={har_rdns} helo={helo} relay={=N|Y} early=N esmtp={=Y|N} tls={=Y|N} "
                           "pipe={=N|Y} errors={small} txns={small} rcpts={small}/{small}/{small} msgs={small}/{small}/"
                           "{small} bytes={bytes} lr=\"{=|550 5.1.1 User unknown|451 4.7.1 Greylisted}\" time={secs}"),
        ("INFO", "core", "client {=DNS|rDNS} lookup for {ip} gave {har_ptr}"),
        ("INFO", "core", "hook=helo plugin=helo.checks function=hook_helo params={helo} retval=CONT msg=\"\""),
        ("INFO", "core", "hook=mail plugin=mail_from.is_resolvable function=hook_mail params={sender} retval={=CONT|DENYSOFT} "
                         "msg=\"{=|Temporary resolver error (ETIMEOUT)}\""),
        ("INFO", "core", "hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params={rcpt} retval={=OK|DENY|CONT} "
                         "msg=\"{=|relaying denied}\""),
        ("NOTICE", "core", "queue code={=OK|DENYSOFT} msg=\"{har_qmsg}\""),
        ("INFO", "dkim_verify", "identity=\"@{=example.org|acme.io|gmail.com}\" domain=\"{=example.org|acme.io|gmail.com}\" "
                                "selector=\"{=s1|google|selector2}\" result=\"{=pass|fail|neutral}\""),
        ("INFO", "spf", "identity=mfrom ip={ip} domain=\"{=example.org|acme.io|gmail.com}\" result={=Pass|Fail|SoftFail|None}"),
        ("INFO", "tls", "secured: cipher={=TLS_AES_256_GCM_SHA384|ECDHE-RSA-AES128-GCM-SHA256} version=TLSv{=1.3|1.2} "
                        "verified={=false|true} error=\"{=|unable to verify the first certificate}\""),
        ("ERROR", "core", "Error from plugin {=karma|dnsbl|spamassassin}: {err}"),
        ("INFO", "dnsbl", "{=zen.spamhaus.org|b.barracudacentral.org|bl.spamcop.net} returned {=127.0.0.2|127.0.0.4|"
                          "127.0.0.11} for {ip}"),
        ("INFO", "karma", "score: {int}, connect: {int}, history: {int}, rules: {=delivery_dns_fail|auth_ok|"
                          "early_talker}"),
        ("PROTOCOL", "core", "S: {smtp_reply}"),
        ("INFO", "outbound", "Delivered: {msgid} to={rcpt} mx={host} code={=250|250 2.0.0} msg=\"Ok: queued as "
                             "{HEX12}\" delay={secs}"),
        ("WARN", "outbound", "Temporary fail: {msgid} to={rcpt} code={=421|451|452} msg=\"{smtp_reply}\" next_try={iso}"),
        ("NOTICE", "-core", "Listening on {=[::0]}:{=25|587}", 2),
        ("NOTICE", "-core", "Loading plugin: {=tls|spf|dkim_verify|karma|dnsbl|queue/smtp_forward}", 6),
        ("NOTICE", "-core", "Starting up Haraka version {version}", 1),
        ("NOTICE", "-core", "worker {small} listening on {=[::0]}:{=25|587}", 2),
    ],
}


def dhcp_header(r, ts, level, comp):
    return f"{level},{ts:%m/%d/%y},{ts:%H:%M:%S},"


WINDHCP = {
    "about": "Windows Server DHCP audit log (DhcpSrvLog-Sat.log): comma-separated ID,Date,Time,Description,IP Address,Host "
             "Name,MAC Address,User Name,TransactionID,QResult,Probationtime,CorrelationID,Dhcid,VendorClass(Hex),"
             "VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError",
    "log_format": "<EventId>,<Date>,<Time>,<Content>",
    "start": datetime.datetime(2026, 12, 5, 23, 0, 0, 0),
    "gap_ms": 2500,
    "header": dhcp_header,
    "statements": [
        ("10", "", "Assign,{ip},{dhcp_host},{mac12},,{big},{small},,,,{dhcp_vh},{dhcp_va},,,,{=0}"),
        ("11", "", "Renew,{ip},{dhcp_host},{mac12},,{big},{small},,,,{dhcp_vh},{dhcp_va},,,,{=0}"),
        ("12", "", "Release,{ip},{dhcp_host},{mac12},,{big},{small},,,,,,,,,{small}"),
        ("13", "", "Conflict,{ip},BAD_ADDRESS,,,0,{small},,,,,,,,,0"),
        ("15", "", "NACK,{ip},,{mac12},,{big},{small},,,,,,,,,0"),
        ("16", "", "Deleted,{ip},{dhcp_host},{mac12},,0,{small},,,,,,,,,0"),
        ("17", "", "Expired,{ip},{dhcp_host},{mac12},,0,{small},,,,,,,,,0"),
        ("18", "", "Expired and Deleted count,{int},,,,0,{small},,,,,,,,,0"),
        ("24", "", "Database Cleanup Begin,,,,,0,{small},,,,,,,,,0", 2),
        ("25", "", "{int} leases expired and {int} leases deleted,,,,,0,{small},,,,,,,,,0", 2),
        ("30", "", "DNS Update Request,{ip},{dhcp_host},,,0,{small},,,,,,,,,0"),
        ("31", "", "DNS Update Failed,{ip},{dhcp_host},,,0,{small},,,,,,,,,{big}"),
        ("32", "", "DNS Update Successful,{ip},{dhcp_host},,,0,{small},,,,,,,,,0"),
        ("14", "", "Scope Full,{ip},,,,0,{small},,,,,,,,,0"),
        ("20", "", "BOOTP Assign,{ip},{dhcp_host},{mac12},,0,{small},,,,,,,,,0"),
        ("36", "", "Packet dropped because of Client ID hash mismatch or standby server.,{ip},,{mac12},,{big},{small},,,,"
                   ",,,,,0"),
        ("00", "", "Started,,,,,0,6,,,,,,,,,0", 1),
        ("01", "", "Stopped,,,,,0,6,,,,,,,,,0", 1),
        ("55", "", "Authorized(servicing),,{=corp.example.net|example.local},,,0,6,,,,,,,,,0", 2),
        ("63", "", "Restarting rogue detection,,,,,0,6,,,,,,,,,0", 1),
    ],
}
# a vendor class written as hex and as text: two fields drawn together would be nicer, but values are drawn one by one
SHAPES["dhcp_vh"] = lambda r, ts: r.choice(["0x4D53465420352E30", "0x616E64726F69642D646863702D3133", "0x756468637020312E33362E31"])
SHAPES["dhcp_va"] = lambda r, ts: r.choice(["MSFT 5.0", "android-dhcp-13", "udhcp 1.36.1", "dhcpcd-9.4.1:Linux-6.1.0:x86_64"])


def storm_header(r, ts, level, comp):
    logger, thread = comp.split(";")
    # a thread name holds values too (a slot's port, a client number, a ZooKeeper server)
    thread = re.sub(r"\{(\w+)\}", lambda m: SHAPES[m.group(1)](r, ts), thread)
    if thread == "exec":
        thread = f"Thread-{r.randint(10, 99)}-{r.choice(['kafka-spout', 'parse-bolt', '__acker', 'count-bolt'])}-executor[{r.randint(1, 40)}, {r.randint(1, 40)}]"
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} {logger} {thread} [{level}] "


STORM = {
    "about": "Apache Storm 2.x worker/supervisor log (log4j2 default): date, time with millis, abbreviated logger, thread "
             "(executor threads hold '[a, b]' with a space), [LEVEL], message",
    "log_format": "<Date> <Time> <Logger> <Thread> \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 13, 13, 0, 0),
    "gap_ms": 800,
    "header": storm_header,
    "statements": [
        ("INFO", "o.a.s.d.e.Executor;exec", "Processing received TUPLE: source: {storm_comp}:{int}, stream: default, id: "
                                            "{storm_msgid}, {storm_tuple} PROC_START_TIME(sampled): null EXEC_START_TIME(sampled): null"),
        ("INFO", "o.a.s.k.s.KafkaSpout;exec", "Initialization complete"),
        ("WARN", "o.a.s.k.s.KafkaSpout;exec", "Failed to commit offsets {{{word}-{small}=OffsetAndMetadata{{offset={big}, "
                                              "leaderEpoch=null, metadata=''}}}} for consumer group {storm_group}"),
        ("INFO", "o.a.s.d.s.Slot;SLOT_{slotport}", "STATE {=WAITING_FOR_WORKER_START|RUNNING|KILL_AND_RELAUNCH|"
                                                               "EMPTY} msInState: {big} topo:{storm_topo} worker:{uuid} -> "
                                                               "{=RUNNING|KILL|WAITING_FOR_BLOB_LOCALIZATION} msInState: {int}"),
        ("INFO", "o.a.s.d.s.BasicContainer;SLOT_{slotport}", "Launching worker with command: 'java' '-cp' "
                                                               "'{storm_cp}' '-Xmx{=768m|1024m|2048m}' "
                                                               "'-Dstorm.id={storm_topo}' 'org.apache.storm.daemon.worker.Worker' "
                                                               "'{storm_topo}' '{uuid}' '{=6700|6701}' '{uuid}'."),
        ("INFO", "o.a.s.d.w.Worker;main", "Launching worker for {storm_topo} on {uuid}:{=6700|6701|6702} with id {uuid} "
                                          "and conf {storm_conf}"),
        ("ERROR", "o.a.s.u.Utils;exec", "Async loop died!"),
        ("ERROR", "o.a.s.m.n.Client;client-worker-{small}", "connection attempt {int} to Netty-Client-{host}:{slotport} failed: "
                                                            "{=java.net.ConnectException: Connection refused|"
                                                            "io.netty.channel.ConnectTimeoutException: connection timed out}"),
        ("INFO", "o.a.s.m.n.Client;client-worker-{small}", "creating Netty Client, connecting to {host}:{slotport}, bufferSize: "
                                                           "{big}, lowWatermark: {big}, highWatermark: {big}"),
        ("INFO", "o.a.s.d.n.Nimbus;timer", "Setting new assignment for topology id {storm_topo}: Assignment(master_code_dir:"
                                           "{path}, node_host:{{{uuid}={host}}}, executor_node_port:{{{storm_exec}="
                                           "NodeInfo(node:{uuid}, port:{storm_ports})}})"),
        ("WARN", "o.a.s.d.w.WorkerState;refresh-connections-timer", "Some of the remote workers are not reachable: "
                                                                    "{storm_slots}"),
        ("INFO", "o.a.s.s.o.a.z.ClientCnxn;main-SendThread({host}:2181)", "Session establishment complete on server "
                                                                         "{host}/{ip}:{=2181}, session id = {0x16}, "
                                                                         "negotiated timeout = {big}"),
        ("INFO", "o.a.s.m.n.Server;main", "Create Netty Server Netty-server-localhost-{=6700|6701}, buffer_size: {big}, "
                                          "maxWorkers: {small}"),
        ("INFO", "o.a.s.d.w.Worker;Thread-{int}", "Shutting down worker {storm_topo} {uuid} {=6700|6701}"),
        ("INFO", "o.a.s.d.w.Worker;Thread-{int}", "Shut down worker {storm_topo} {uuid} {=6700|6701}"),
        ("ERROR", "o.a.s.d.w.Worker;exec", "Error on initialization of server mk-worker"),
        ("INFO", "o.a.s.e.b.BoltExecutor;exec", "Preparing bolt {storm_comp}:{storm_exec}"),
        ("INFO", "o.a.s.e.b.BoltExecutor;exec", "Prepared bolt {storm_comp}:{storm_exec}"),
        ("INFO", "o.a.s.e.s.SpoutExecutor;exec", "Opening spout {storm_comp}:{storm_exec}"),
        ("INFO", "o.a.s.d.w.Worker;main", "Reading assignments", 2),
        ("INFO", "o.a.s.d.s.Supervisor;main", "Starting supervisor with id {uuid} at host {host}.", 1),
    ],
}


def samba_header(r, ts, level, comp):
    return f"[{ts:%Y/%m/%d %H:%M:%S}.{ts.microsecond:06d}, {int(level):2d}] "


SAMBA = {
    "about": "Samba 4.x smbd/winbindd log with 'debug prefix timestamp' (one line per message): [yyyy/mm/dd hh:mm:ss.us, "
             " N] with the debug level padded, then the message",
    "log_format": "\\[<Date> <Time>, <Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 7, 45, 0, 0),
    "gap_ms": 1400,
    "header": samba_header,
    "statements": [
        ("3", "", "Auth: [{=SMB2|SamLogon|LDAP},(null)] user [{smb_dom}]\\[{user}] at [{rfc1123}] with [{=NTLMv2|Kerberos}] "
                  "status [NT_STATUS_OK] workstation [{shost}] remote host [ipv4:{ip}:{eport}] became [{smb_dom}]\\[{user}] "
                  "[{sid}]. local host [ipv4:{ip}:445]"),
        ("1", "", "{shost} (ipv4:{ip}:{eport}) connect to service {smb_share} initially as user {smb_dom}\\{user} "
                  "(uid={big}, gid={big}) (pid {big})"),
        ("1", "", "{shost} (ipv4:{ip}:{eport}) closed connection to service {smb_share}"),
        ("2", "", "check_ntlm_password:  Authentication for user [{user}] -> [{user}] FAILED with error {nt_status}, "
                  "authoritative=1"),
        ("2", "", "Auth: [SMB2,(null)] user [{smb_dom}]\\[{user}] at [{rfc1123}] with [NTLMv2] status [{nt_status}] "
                  "workstation [{shost}] remote host [ipv4:{ip}:{eport}] mapped to [{smb_dom}]\\[{user}]. local host "
                  "[ipv4:{ip}:445]"),
        ("3", "", "smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[{small}] status[{=NT_STATUS_ACCESS_DENIED|"
                  "NT_STATUS_OBJECT_NAME_NOT_FOUND|NT_STATUS_SHARING_VIOLATION}] || at {smb_src}:{int}"),
        ("0", "", "winbindd: Exceeding {int} client connections, removing oldest client connection"),
        ("1", "", "Got {=NT_STATUS_IO_TIMEOUT|NT_STATUS_CONNECTION_RESET} from DC {host}"),
        ("2", "", "{smb_dom}\\{user} opened file {winpath} read={=Yes|No} write={=Yes|No} (numopen={small})"),
        ("2", "", "{smb_dom}\\{user} closed file {winpath} (numopen={small}) NT_STATUS_OK"),
        ("0", "", "add_trusted_domain: Added domain [{smb_dom}] [{host}] [{sid}]"),
        ("1", "", "rpc_server/srv_pipe.c:api_pipe_bind_req: {=Unknown|Unsupported} interface [{UUID}] version {small}"),
        ("0", "", "Unable to connect to CUPS server localhost:{=631} - {=Connection refused|Host is unreachable}"),
        ("1", "", "kerberos_kinit_password {user}$@{smb_realm} failed: Preauthentication failed"),
        ("1", "", "dos_mode_check_compressed: SMB_VFS_FGET_COMPRESSION failed: {=NT_STATUS_INVALID_DEVICE_REQUEST|"
                  "NT_STATUS_NOT_SUPPORTED}"),
        ("3", "", "Transaction {int} of length {int} (0 toread)"),
        ("2", "", "set_current_service: Changed root to {path}"),
        ("0", "", "STATUS=daemon '{=smbd|winbindd|nmbd}' finished starting up and ready to serve connections", 3),
        ("0", "", "smbd version {version}-Ubuntu started.", 1),
        ("0", "", "Copyright Andrew Tridgell and the Samba Team 1992-{=2024}", 1),
        ("1", "", "Machine account password for {smb_dom}\\{shost}$ will expire at {ctime}"),
    ],
}


def mc_header(r, ts, level, comp):
    return f"{ts.timestamp():.6f} {comp} memcached[{r.choice([812, 812, 813])}]: "


MC = "cache-1|cache-2"
MEMCACHED = {
    "about": "memcached 1.6 -vv through journald (journalctl -o short-unix): epoch.us stamp, host, memcached[pid]:, then "
             "the verbose protocol trace ('<fd' command in, '>fd' reply out)",
    "log_format": "<Time> <Host> <Component>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 6, 10, 0, 0, 0),
    "gap_ms": 120,
    "header": mc_header,
    "statements": [
        ("", MC, "<{mc_fd} get {key}"),
        ("", MC, ">{mc_fd} END"),
        ("", MC, ">{mc_fd} sending key {key}"),
        ("", MC, "<{mc_fd} set {key} {mc_flags} {int} {bytes}"),
        ("", MC, ">{mc_fd} STORED"),
        ("", MC, "<{mc_fd} new auto-negotiating client connection"),
        ("", MC, "{mc_fd}: Client using the {=ascii|binary} protocol"),
        ("", MC, "<{mc_fd} connection closed."),
        ("", MC, "<{mc_fd} delete {key}"),
        ("", MC, ">{mc_fd} DELETED"),
        ("", MC, ">{mc_fd} NOT_FOUND"),
        ("", MC, "<{mc_fd} incr {key} {small}"),
        ("", MC, "<{mc_fd} touch {key} {int}"),
        ("", MC, ">{mc_fd} TOUCHED"),
        ("", MC, "<{mc_fd} add {key} {mc_flags} {int} {bytes}"),
        ("", MC, ">{mc_fd} NOT_STORED"),
        ("", MC, ">{mc_fd} SERVER_ERROR out of memory storing object"),
        ("", MC, "<{mc_fd} stats {=slabs|items|settings|conns}"),
        ("", MC, "<{mc_fd} version"),
        ("", MC, ">{mc_fd} VERSION {version}"),
        ("", MC, "slab class {int}: chunk size {big} perslab {big}", 8),
        ("", MC, "<{mc_fd} server listening (auto-negotiate)", 2),
        ("", MC, "<{mc_fd} send buffer was {big}, now {big}", 2),
        ("", MC, "Failed to write, and not due to blocking: Connection reset by peer"),
    ],
}


def ansible_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} p={r.choice([40211, 40211, 51377])} u={comp} n=ansible | "


ANS = "deploy|ci|root"
ANSIBLE = {
    "about": "Ansible 2.16 log_path file: yyyy-mm-dd hh:mm:ss,mmm p=pid u=user n=ansible | then the display text (play "
             "and task banners padded with asterisks, host results, recap)",
    "log_format": "<Date> <Time> p=<Pid> u=<User> n=<Logger> \\| <Content>",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0, 0),
    "gap_ms": 900,
    "header": ansible_header,
    "statements": [
        ("", ANS, "ok: [{ans_host}]"),
        ("", ANS, "changed: [{ans_host}]"),
        ("", ANS, "TASK [{ans_role} : {title}] {stars}"),
        ("", ANS, "ok: [{ans_host}] => (item={ans_item})"),
        ("", ANS, "changed: [{ans_host}] => (item={ans_item})"),
        ("", ANS, "skipping: [{ans_host}]"),
        ("", ANS, "skipping: [{ans_host}] => (item={ans_item})"),
        ("", ANS, "fatal: [{ans_host}]: FAILED! => {{\"changed\": false, \"msg\": \"{ans_msg}\"}}"),
        ("", ANS, "fatal: [{ans_host}]: UNREACHABLE! => {{\"changed\": false, \"msg\": \"Failed to connect to the host via "
                  "ssh: ssh: connect to host {ans_host} port {=22}: {=Connection timed out|No route to host|Connection "
                  "refused}\", \"unreachable\": true}}"),
        ("", ANS, "{ans_host} : ok={int} changed={int} unreachable={small} failed={small} skipped={int} rescued={small} "
                  "ignored={small}"),
        ("", ANS, "PLAY [{=webservers|databases|all|Deploy application}] {stars}"),
        ("", ANS, "PLAY RECAP {stars}"),
        ("", ANS, "RUNNING HANDLER [{ans_role} : {=restart nginx|reload systemd|restart app}] {stars}"),
        ("", ANS, "...ignoring"),
        ("", ANS, "[WARNING]: Platform linux on host {ans_host} is using the discovered Python interpreter at "
                  "{=/usr/bin/python3.10|/usr/bin/python3.11|/usr/bin/python3.12|/usr/bin/python3}, but future installation of another Python interpreter could change "
                  "the meaning of that path."),
        ("", ANS, "[DEPRECATION WARNING]: {=community.general.yaml|ANSIBLE_COLLECTIONS_PATHS} has been deprecated. This "
                  "feature will be removed from ansible-core in version {version}. Deprecation warnings can be disabled by "
                  "setting deprecation_warnings=False in ansible.cfg."),
        ("", ANS, "failed: [{ans_host}] (item={ans_item}) => {{\"ansible_loop_var\": \"item\", \"changed\": false, "
                  "\"item\": \"{ans_item}\", \"msg\": \"{ans_msg}\"}}"),
        ("", ANS, "FAILED - RETRYING: [{ans_host}]: {title} ({int} retries left)."),
        ("", ANS, "Using {=/etc/ansible/ansible.cfg|/srv/deploy/ansible.cfg} as config file", 2),
        ("", ANS, "ERROR! the role '{ans_role}' was not found in {path}:{path}", 1),
        ("", ANS, "NOTIFIED HANDLER {ans_role} : {=restart nginx|reload systemd} for {ans_host}"),
    ],
}


def puppet_header(r, ts, level, comp):
    return f"{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {comp} puppet-agent[{r.choice([2231, 2231, 18444])}]: "


PP = "web-3|web-4|db-1"
PUPPET = {
    "about": "Puppet agent 8 via syslog: Mmm dd hh:mm:ss (day padded), host, puppet-agent[pid]:, message (resource "
             "paths in parentheses, changes quoted)",
    "log_format": "<Month> <Day> <Time> <Host> <Component>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 1, 22, 0, 0, 0),
    "gap_ms": 40000,
    "header": puppet_header,
    "statements": [
        ("", PP, "Applied catalog in {secs} seconds"),
        ("", PP, "Requesting catalog from {host}:{=8140}"),
        ("", PP, "Catalog compiled by {host}"),
        ("", PP, "Caching catalog for {host}"),
        ("", PP, "Applying configuration version '{pp_cfg}'"),
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}/ensure) ensure changed '{=stopped|absent|purged}' to '{=running|present|"
                 "file}'"),
        # the source appends this phrase on a corrective change: a separate template by the convention
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}/ensure) ensure changed '{=stopped|absent|purged}' to '{=running|present|"
                 "file}' (corrective)"),
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}/content) content changed '{pp_md5}' to '{pp_md5}'"),
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}/mode) mode changed '{=0644|0600|0755}' to '{=0640|0644|0750}'"),
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}) Scheduling refresh of {pp_res}"),
        ("", PP, "(/Stage[main]/{pp_class}/{pp_res}) Triggered 'refresh' from {small} {=event|events}"),
        ("", PP, "(/Stage[main]/{pp_class}/Exec[{=apt-update|reload-sysctl|restorecon}]/returns) executed successfully"),
        ("", PP, "Could not retrieve catalog from remote server: Error {=500|503} on SERVER: Server Error: Evaluation Error: "
                 "{=Error while evaluating a Function Call, Could not find class ::profile::tls|Unknown variable: "
                 "'::role'} (file: {pp_site}, line: {int}, column: "
                 "{small}) on node {host}"),
        ("", PP, "Using cached catalog from environment '{pp_env}'"),
        ("", PP, "Not using cache on failed catalog"),
        ("", PP, "Retrieving pluginfacts"),
        ("", PP, "Retrieving plugin"),
        ("", PP, "Retrieving locales"),
        ("", PP, "Loading facts"),
        ("", PP, "Run of Puppet configuration client already in progress; skipping  ({pp_lock} exists)"),
        ("", PP, "Connection to https://{host}:{=8140}/puppet/v3 failed, trying next route: Request to https://{host}:"
                 "{=8140}/puppet/v3 timed out connect operation after {secs} seconds"),
        ("", PP, "Starting Puppet client version {version}", 1),
        ("", PP, "Caught TERM; exiting", 1),
    ],
}


def pf_header(r, ts, level, comp):
    prog, pid = comp.split(";")
    pid = str(r.randint(1000, 99999)) if pid == "n" else pid
    return f"<{level}>1 {ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}+00:00 fw01.example.lan {prog} {pid} - - "


PFSENSE = {
    "about": "pfSense 2.7 remote syslog in RFC 5424: <PRI>1, stamp, host, program, pid, '- -', then the message "
             "(filterlog's comma-separated packet records)",
    "log_format": "<<Pri>>1 <Time> <Host> <Component> <Pid> - - <Content>",
    "start": datetime.datetime(2026, 12, 6, 2, 0, 0, 0),
    "gap_ms": 500,
    "header": pf_header,
    "statements": [
        ("134", "filterlog;51744", "{fl_rule},,,{fl_rule},{fl_if},match,{=block|pass},{=in|out},4,{=0x0|0x10|0x20},,{int},{big},0,"
                                   "{=none|DF},6,tcp,{int},{ip},{ip},{eport},{port},{int},{fl_flags},{big},{=|1},{big},,"
                                   "{fl_opts}"),
        ("134", "filterlog;51744", "{fl_rule},,,{fl_rule},{fl_if},match,{=block|pass},{=in|out},4,{=0x0|0x10},,{int},{big},0,"
                                   "{=none|DF},17,udp,{int},{ip},{ip},{eport},{port},{int}"),
        ("134", "filterlog;51744", "{fl_rule},,,{fl_rule},{fl_if},match,{=block|pass},in,4,{=0x0},,{int},{big},0,none,1,icmp,"
                                   "{int},{ip},{ip},{=request|reply},{big},{big}"),
        ("134", "filterlog;51744", "{fl_rule},,,{fl_rule},{fl_if},match,{=block|pass},in,6,{=0x00},{0x6},{int},tcp,6,{int},"
                                   "{ip6},{ip6},{eport},{port},{int},{fl_flags},{big},,{big},,{fl_opts}"),
        ("134", "filterlog;51744", "{fl_rule},,,{fl_rule},{fl_if},match,block,in,6,{=0x00},{0x6},{int},UDP,17,{int},{ip6},"
                                   "{ip6},{eport},{port},{int}"),
        ("190", "dhcpd;n", "DHCPREQUEST for {ip} from {mac} ({shost}) via {mac_if}"),
        ("190", "dhcpd;n", "DHCPACK on {ip} to {mac} ({shost}) via {mac_if}"),
        ("190", "dhcpd;n", "DHCPDISCOVER from {mac} via {mac_if}"),
        ("190", "dhcpd;n", "DHCPOFFER on {ip} to {mac} ({shost}) via {mac_if}"),
        ("190", "dhcpd;n", "DHCPINFORM from {ip} via {mac_if}"),
        ("187", "dhcpd;n", "DHCPDISCOVER from {mac} via {mac_if}: network {cidr}: no free leases"),
        ("29", "php-fpm;n", "/index.php: Successful login for user '{cli_user}' from: {ip} (Local Database)"),
        ("27", "php-fpm;n", "/index.php: webConfigurator authentication error for user '{cli_user}' from: {ip}"),
        ("29", "php-fpm;n", "/rc.filter_configure_sync: Creating rrd update script"),
        ("28", "dpinger;n", "{gw} {ip}: Alarm latency {us} stddev {us} loss {pctv}"),
        ("28", "dpinger;n", "{gw} {ip}: Clear latency {us} stddev {us} loss {pctv}"),
        # separate calls in check_reload_status: separate templates
        ("29", "check_reload_status;n", "Reloading filter"),
        ("29", "check_reload_status;n", "Syncing firewall"),
        ("29", "check_reload_status;n", "Restarting ipsec tunnels"),
        ("29", "check_reload_status;n", "Linkup starting {fl_if}"),
        ("6", "kernel;-", "arp: {ip} moved from {mac} to {mac} on {mac_if}"),
        ("13", "sshguard;n", "Attack from \"{ip}\" on service {=SSH|Sendmail|WebConfigurator} with danger {=10|2}."),
        ("13", "sshguard;n", "Blocking \"{cidr32}\" for {int} secs ({small} attacks in {int} secs, after {small} abuses over "
                             "{int} secs.)"),
        ("29", "php-fpm;n", "/rc.newwanip: rc.newwanip: on (IP address: {ip}) (interface: {=WAN|OPT1}[{=wan|opt1}]) "
                            "(real interface: {fl_if})."),
        ("6", "kernel;-", "{fl_if}: link state changed to {=DOWN|UP}"),
    ],
}

SYSTEMS = {"Haraka": HARAKA, "WindowsDHCP": WINDHCP, "Storm": STORM, "Samba": SAMBA, "Memcached": MEMCACHED,
           "Ansible": ANSIBLE, "PuppetAgent": PUPPET, "Pfsense": PFSENSE}
SHAPES["0x6"] = lambda r, ts: "0x" + hexs(r, 5)
SHAPES["slotport"] = lambda r, ts: str(r.choice([6700, 6701, 6702, 6703]))
SHAPES["har_qmsg"] = lambda r, ts: r.choice([f"Message Queued ({SHAPES['msgid'](r, ts)})", "Queue failed",
                                             f"Message Queued ({SHAPES['msgid'](r, ts)}) to backend"])
SHAPES["har_ptr"] = lambda r, ts: r.choice(["mail-ot1-f54.google.com", "NXDOMAIN", "ENODATA",
                                            "static.123.45.67.89.clients.example.net", "mx2.example.org"])
