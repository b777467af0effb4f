"""unseen5 systems, part B: NATS, ActiveMQ, sudo/su (syslog), Dovecot, vsftpd, MIT Kerberos KDC (written blind)."""
import datetime
import values5 as v

K = v.KINDS
K.update({
    "nkey": lambda r, ts: "N" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(55)),
    "hex7": lambda r, ts: v._hex(r, 7),
    "nbind": lambda r, ts: r.choice(["0.0.0.0", "127.0.0.1", "10.0.0.4"]),
    "nclient": lambda r, ts: r.choice(["orders-svc", "", "telegraf", "billing worker", "nats-box"]),
    "nlang": lambda r, ts: r.choice(["go", "nats.js", "nats.py", "java"]),
    "nacct": lambda r, ts: r.choice(["$G", "ACC", "SYS", "tenant-7"]),
    "stream": lambda r, ts: r.choice(["ORDERS", "EVENTS", "KV_config", "OBJ_assets", "audit-log", "METRICS_2"]),
    "consumer": lambda r, ts: r.choice(["worker", "dispatch", "durable-7", "ingest_eu", "C1"]),
    "raftid": lambda r, ts: "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)),
    "raftgroup": lambda r, ts: r.choice(["_meta_", "S-R3F-" + v._b62(r, 8), "C-R3F-" + v._b62(r, 8)]),
    "brokername": lambda r, ts: r.choice(["localhost", "broker-a", "amq01", "mq-prod-2"]),
    "jdate": lambda r, ts: ts.strftime("%a %b %d %H:%M:%S UTC %Y"),
    "ctty": lambda r, ts: r.choice(["pts/0", "pts/1", "pts/4", "pts/11", "tty1", "unknown"]),
    "sucmd": lambda r, ts: r.choice(["/usr/bin/systemctl restart nginx", "/bin/bash", "/usr/bin/apt-get update",
                                     "/usr/bin/journalctl -u kubelet -n 200", "/usr/sbin/reboot",
                                     "/usr/bin/docker ps -a", "/usr/bin/vim /etc/hosts", "/usr/bin/tail -f /var/log/syslog",
                                     "/bin/systemctl status postgresql@14-main.service"]),
    "dproto": lambda r, ts: r.choice(["imap", "pop3", "submission", "lmtp"]),
    "dmeth": lambda r, ts: r.choice(["PLAIN", "LOGIN", "XOAUTH2", "SCRAM-SHA-256"]),
    "dsess": lambda r, ts: v._b62(r, 16).replace("a", "+", 1),
    "mailbox": lambda r, ts: r.choice(["INBOX", "Sent", "Trash", "Archive/2026", "Junk", "INBOX.Projects.Q4 plans"]),
    "msgid": lambda r, ts: f"<{v._hex(r, 12)}.{r.randint(1000, 99999)}@{r.choice(v.HOSTS)}.{r.choice(v.DOMAINS[:3])}>",
    "ftpfile": lambda r, ts: r.choice(["/pub/releases/app-2.4.1.tar.gz", "/upload/report final.pdf", "/home/ftp/x.csv",
                                       "/incoming/IMG_2041.JPG", "/data/export_20261205.zip", "/readme.txt"]),
    "ftparg": lambda r, ts: r.choice([v.KINDS["dir"](r, ts), v.KINDS["ftpfile"](r, ts),
                                      v.KINDS["ftpfile"](r, ts) + " " + v.KINDS["ftpfile"](r, ts),
                                      v.KINDS["ftpfile"](r, ts) + " " + r.choice(["644", "755", "600"])]),
    "kbps": lambda r, ts: f"{r.uniform(0.1, 99999):.2f}Kbyte/sec",
    "etypes": lambda r, ts: r.choice(["18 17 20 19 16 23", "18 17", "aes256-cts(18) aes128-cts(17)", "23 -135 18",
                                      "18"]),
    "kdcerr": lambda r, ts: r.choice(["CLIENT_NOT_FOUND: unknown@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Client not "
                                      "found in Kerberos database", "NEEDED_PREAUTH", "PREAUTH_FAILED",
                                      "CLIENT KEY EXPIRED"]),
    "svc": lambda r, ts: r.choice(["host", "HTTP", "nfs", "ldap", "postgres"]),
})


def syslog_stamp(ts):
    return f"{ts.strftime('%b')} {ts.day:2d} {ts.strftime('%H:%M:%S')}"


def nats_header(r, ts, level, comp):
    return f"[{comp}] {ts.strftime('%Y/%m/%d %H:%M:%S')}.{ts.microsecond:06d} [{level}] "


def activemq_header(r, ts, level, comp):
    return f"{ts.strftime('%Y-%m-%d %H:%M:%S')},{ts.microsecond // 1000:03d} | {level:<5} | "


def sudo_header(r, ts, level, comp):
    host = r.choice(["bastion1", "web-3", "db01"])
    if comp == "su":
        comp = f"su[{r.randint(1000, 99999)}]"
    return f"{syslog_stamp(ts)} {host} {comp}: "


def dovecot_header(r, ts, level, comp):
    return f"{ts.strftime('%b %d %H:%M:%S')} {v.expand(r, comp, ts)}: {level}: "


def vsftpd_header(r, ts, level, comp):
    return f"{ts.strftime('%a %b')} {ts.day:2d} {ts.strftime('%H:%M:%S %Y')} [pid {r.randint(1000, 65000)}] "


def kdc_header(r, ts, level, comp):
    return f"{ts.strftime('%b %d %H:%M:%S')} kdc1.example.com krb5kdc[{r.choice([1187, 1187, 20442])}]({level}): "


def activemq_trailer(r, ts, level, comp):
    thread = r.choice(["main", "ActiveMQ Broker[localhost] Scheduler", "ActiveMQ Transport: tcp:///10.1.4.7:51833@61616",
                       "ActiveMQ NIO Worker 12", "ActiveMQ Journal Checkpoint Worker", "JMX connector",
                       "ActiveMQ Transport Server Thread Handler: tcp://0.0.0.0:61616"])
    return f" | {comp or 'org.apache.activemq.broker.BrokerService'} | {thread}"


NATS = {
    "about": "NATS server 2.10 ([pid] yyyy/mm/dd stamp with micros, [INF]-style three-letter level)",
    "log_format": r"\[<Pid>\] <Date> <Time> \[<Level>\] <Content>",
    "header": nats_header, "start": datetime.datetime(2026, 12, 6, 6, 0, 0), "gap_ms": 1100,
    "statements": [
        ("INF", "7", "Starting nats-server", 1),
        ("INF", "7", "Version:  {ver}", 1),
        ("INF", "7", "Git:      [{hex7}]", 1),
        ("INF", "7", "Name:     {nkey}", 1),
        ("INF", "7", "ID:       {nkey}", 1),
        ("INF", "7", "Listening for client connections on {nbind}:{port}", 2),
        ("INF", "7", "Listening for route connections on {nbind}:{port}", 2),
        ("INF", "7", "Server is ready", 2),
        ("INF", "7", "{ip}:{eport} - rid:{int} - Route connection created"),
        ("INF", "7", "{ip}:{eport} - rid:{int} - Router connection closed: {=Client Closed|Read Error|Duplicate "
                     "Route}"),
        ("DBG", "7", "{ip}:{eport} - cid:{num} - Client connection created"),
        ("DBG", "7", '{ip}:{eport} - cid:{num} - "v{ver}:{nlang}:{nclient}" - Client connection closed: '
                     '{=Client Closed|Read Error|Stale Connection|Slow Consumer Pending Bytes|Authentication Timeout}'),
        ("ERR", "7", '{ip}:{eport} - cid:{num} - authentication error - User "{user}"'),
        ("WRN", "7", '{ip}:{eport} - cid:{num} - "v{ver}:{nlang}:{nclient}" - Slow Consumer Detected: WriteDeadline of '
                     '{dur} exceeded with {int} chunks of {num} total bytes.'),
        ("ERR", "7", '{ip}:{eport} - cid:{num} - "v{ver}:{nlang}:{nclient}" - maximum payload exceeded: {num} vs '
                     "{num}"),
        ("INF", "7", "Starting JetStream", 1),
        ("INF", "7", "JetStream cluster new stream leader for '{nacct} > {stream}'"),
        ("INF", "7", "JetStream cluster new consumer leader for '{nacct} > {stream} > {consumer}'"),
        ("INF", "7", "RAFT [{raftid} - {raftgroup}] Switching to candidate"),
        ("INF", "7", "RAFT [{raftid} - {raftgroup}] Switching to leader"),
        ("INF", "7", "Self is new JetStream cluster metadata leader"),
        ("WRN", "7", "JetStream cluster stream '{nacct} > {stream}' has NO quorum, stalled"),
        ("ERR", "7", "Error trying to connect to route (attempt {int}): dial tcp {ip}:{port}: {err}"),
        ("INF", "7", "Reloaded: authorization users", 2),
        ("INF", "7", "Reloaded server configuration", 2),
        ("WRN", "7", "Plaintext passwords detected, use nkeys or bcrypt", 2),
        ("INF", "7", "Initiating Shutdown...", 1),
        ("INF", "7", "Server Exiting..", 1),
    ],
}

AMQ_MESSAGE_DATABASE = "org.apache.activemq.store.kahadb.MessageDatabase"
AMQ_PLIST_STORE = "org.apache.activemq.store.kahadb.plist.PListStoreImpl"
AMQ_TRANSPORT_CONNECTOR = "org.apache.activemq.broker.TransportConnector"
AMQ_WEB_CONSOLE_STARTER = "org.apache.activemq.web.WebConsoleStarter"
AMQ_TRANSPORT = "org.apache.activemq.broker.TransportConnection.Transport"
AMQ_TRANSPORT_CONNECTION = "org.apache.activemq.broker.TransportConnection"
AMQ_QUEUE = "org.apache.activemq.broker.region.Queue"
AMQ_XBEAN_FACTORY = "org.apache.activemq.xbean.XBeanBrokerFactory$1"
AMQ_DEMAND_FORWARDING_BRIDGE_SUPPORT = "org.apache.activemq.network.DemandForwardingBridgeSupport"
AMQ_DISCOVERY_NETWORK_CONNECTOR = "org.apache.activemq.network.DiscoveryNetworkConnector"
AMQ_SERVICE = "org.apache.activemq.broker.TransportConnection.Service"
ACTIVEMQ = {
    "about": "Apache ActiveMQ Classic 5.18 (pipe-separated: stamp | LEVEL padded | message | logger | thread)",
    "log_format": r"<Date> <Time> \| <Level> \| <Content> \| <Logger> \| <Thread>",
    "header": activemq_header, "trailer": activemq_trailer, "start": datetime.datetime(2026, 12, 6, 5, 5, 5), "gap_ms": 2600,
    "statements": [
        ("INFO", AMQ_MESSAGE_DATABASE, "Using Persistence Adapter: KahaDBPersistenceAdapter[{dir}/kahadb]", 2),
        ("INFO", AMQ_MESSAGE_DATABASE, "KahaDB is version {int}", 2),
        ("INFO", AMQ_PLIST_STORE, "PListStore:[{dir}/{brokername}/tmp_storage] started", 2),
        ("INFO", "", "Apache ActiveMQ {ver} ({brokername}, ID:{short}-{eport}-{epochms}-{int}:{int}) is starting", 2),
        ("INFO", AMQ_TRANSPORT_CONNECTOR, "Listening for connections at: "
                                          "{=tcp|amqp|stomp|mqtt|ws}://{short}:{port}?maximumConnections={num}&wireFormat.maxFrameSize={big}", 5),
        ("INFO", AMQ_TRANSPORT_CONNECTOR, "Connector {=openwire|amqp|stomp|mqtt|ws} started", 5),
        ("INFO", "", "Apache ActiveMQ {ver} ({brokername}, ID:{short}-{eport}-{epochms}-{int}:{int}) started", 2),
        ("INFO", "", "For help or more information please see: http://activemq.apache.org", 2),
        ("INFO", AMQ_WEB_CONSOLE_STARTER, "ActiveMQ WebConsole available at http://{nbind}:{port}/admin/", 2),
        ("WARN", AMQ_TRANSPORT, "Transport Connection to: tcp://{ip}:{eport} failed: "
                                "{=java.io.EOFException|java.net.SocketException: Connection "
                                "reset|java.io.IOException: Unexpected error occurred: "
                                "java.net.SocketTimeoutException: Read timed out}"),
        ("WARN", AMQ_TRANSPORT_CONNECTION, "Stopping tcp://{ip}:{eport} because Failed with SecurityException: User "
                                           "name [{user}] or password is invalid."),
        ("WARN", AMQ_TRANSPORT_CONNECTION, "Security Error occurred on connection to: tcp://{ip}:{eport}, User name "
                                           "[{user}] or password is invalid."),
        ("INFO", AMQ_QUEUE, "Usage(default:store:queue://{queue}:store) percentUsage={int}%, usage={big}, limit={big}, "
                     "percentUsageMinDelta={int}%: Persistent store is Full, {int}% of {big}. Stopping producer "
                     "(ID:{short}-{eport}-{epochms}-{int}:{int}:{int}:{int}) to prevent flooding queue://{queue}. See "
                     "http://activemq.apache.org/producer-flow-control.html for more info (blocking for: {nums})"),
        ("INFO", AMQ_QUEUE, "queue://{queue} purged of {num} messages"),
        ("INFO", AMQ_XBEAN_FACTORY, "Refreshing org.apache.activemq.xbean.XBeanBrokerFactory$1@{hex8}: startup date "
                                    "[{jdate}]; root of context hierarchy", 2),
        ("INFO", AMQ_MESSAGE_DATABASE, "Recovering from the journal @{int}:{num}", 2),
        ("INFO", AMQ_MESSAGE_DATABASE, "Recovery replayed {num} operations from the journal in {secs} seconds.", 2),
        ("DEBUG", AMQ_MESSAGE_DATABASE, "Checkpoint started."),
        ("DEBUG", AMQ_MESSAGE_DATABASE, "Checkpoint done."),
        ("INFO", AMQ_DEMAND_FORWARDING_BRIDGE_SUPPORT, "Network connection between vm://{brokername}#{int} and "
                                                       "tcp:///{ip}:{port}@{eport} ({brokername}) has been "
                                                       "established."),
        ("INFO", AMQ_DISCOVERY_NETWORK_CONNECTOR, "Establishing network connection from "
                                                  "vm://{brokername}?async=false&create=false to tcp://{ip}:{port}"),
        ("WARN", AMQ_SERVICE, "Async error occurred: java.lang.SecurityException: User {user} is not authorized to "
                              "read from: {=queue|topic}://{queue}"),
        ("WARN", AMQ_SERVICE, "Async error occurred: java.lang.SecurityException: User {user} is not authorized to "
                              "write to: {=queue|topic}://{queue}"),
        ("WARN", AMQ_SERVICE, "Async error occurred: java.lang.SecurityException: User {user} is not authorized to "
                              "create: {=queue|topic}://{queue}"),
        ("INFO", "", "Apache ActiveMQ {ver} ({brokername}, ID:{short}-{eport}-{epochms}-{int}:{int}) is shutting down", 1),
        ("INFO", "", "Apache ActiveMQ {ver} ({brokername}, ID:{short}-{eport}-{epochms}-{int}:{int}) uptime {float} "
                     "{=seconds|minutes|hours} is shutdown", 1),
    ],
}

SUDO = {
    "about": "sudo, su and pam_unix via syslog (Mon dd padded day, host, program[pid]:)",
    "log_format": "<Month> <Day> <Time> <Host> <Component>: <Content>",
    "header": sudo_header, "start": datetime.datetime(2026, 12, 5, 8, 0, 0), "gap_ms": 40000,
    "statements": [
        ("", "sudo", "{user} : TTY={ctty} ; PWD={dir} ; USER={=root|postgres|www-data} ; COMMAND={sucmd}"),
        ("", "sudo", "{user} : {int} incorrect password attempts ; TTY={ctty} ; PWD={dir} ; USER=root ; "
                     "COMMAND={sucmd}"),
        ("", "sudo", "{user} : user NOT in sudoers ; TTY={ctty} ; PWD={dir} ; USER=root ; COMMAND={sucmd}"),
        ("", "sudo", "{user} : command not allowed ; TTY={ctty} ; PWD={dir} ; USER=root ; COMMAND={sucmd}"),
        ("", "sudo", "pam_unix(sudo:session): session opened for user {=root|postgres} by {user}(uid={int})"),
        ("", "sudo", "pam_unix(sudo:session): session closed for user {=root|postgres}"),
        ("", "sudo", "pam_unix(sudo:auth): authentication failure; logname={user} uid={num} euid={int} tty=/dev/{ctty} "
                     "ruser={user} rhost=  user={user}"),
        ("", "sudo", "pam_unix(sudo:auth): conversation failed"),
        ("", "sudo", "pam_unix(sudo:auth): auth could not identify password for [{user}]"),
        ("", "su", "(to {=root|postgres|oracle}) {user} on {ctty}"),
        ("", "su", "pam_unix(su:session): session opened for user {=root|postgres|oracle} by {user}(uid={num})"),
        ("", "su", "pam_unix(su:session): session closed for user {=root|postgres|oracle}"),
        ("", "su", "pam_unix(su:auth): authentication failure; logname={user} uid={num} euid={int} tty={ctty} "
                   "ruser={user} rhost=  user={=root|postgres}"),
        ("", "su", "FAILED SU (to {=root|postgres}) {user} on {ctty}"),
        ("", "sudo", "{user} : a password is required ; TTY={ctty} ; PWD={dir} ; USER=root ; COMMAND={sucmd}"),
        ("", "sudo", "{user} : TTY={ctty} ; PWD={dir} ; USER=root ; ENV={=DEBIAN_FRONTEND=noninteractive|HOME=/root} ; "
                     "COMMAND={sucmd}"),
        ("", "sudo", "{user} : problem with defaults entries ; TTY={ctty} ; PWD={dir} ;", 2),
        ("", "sudo", "{user} : unable to resolve host {short}: {=Name or service not known|Temporary failure in name "
                     "resolution}"),
    ],
}

DOVECOT = {
    "about": "Dovecot 2.3 log file (Mon dd stamp, service: Level: )",
    "log_format": "<Month> <Day> <Time> <Component>: <Level>: <Content>",
    "header": dovecot_header, "start": datetime.datetime(2026, 12, 6, 0, 10, 0), "gap_ms": 9000,
    "statements": [
        ("Info", "imap-login|pop3-login", "Login: user=<{email}>, method={dmeth}, rip={ip}, lip={ip}, mpid={pid}, TLS, "
                                          "session=<{dsess}>"),
        ("Info", "imap-login|pop3-login", "Disconnected (auth failed, {int} attempts in {int} secs): user=<{email}>, "
                                          "method={dmeth}, rip={ip}, lip={ip}, TLS, session=<{dsess}>"),
        ("Info", "imap-login|pop3-login", "Disconnected (no auth attempts in {int} secs): user=<>, rip={ip}, lip={ip}, "
                                          "TLS handshaking: {=Disconnected|SSL_accept() failed: error:0A000102:SSL "
                                          "routines::unsupported protocol}, session=<{dsess}>"),
        ("Info", "imap-login", "Aborted login (no auth attempts in {int} secs): user=<>, rip={ip}, lip={ip}, "
                               "session=<{dsess}>"),
        ("Info", "imap({email})<{pid}><{dsess}>", "Logged out in={num} out={num} deleted={int} expunged={int} "
                                                  "trashed={int} hdr_count={int} hdr_bytes={num} body_count={int} "
                                                  "body_bytes={num}"),
        ("Info", "imap({email})<{pid}><{dsess}>", "Connection closed (IDLE running for {secs} + waiting input for "
                                                  "{secs} secs, {int} B in + {num}+{int} B out, state=wait-input) "
                                                  "in={num} out={num}"),
        ("Info", "pop3({email})<{pid}><{dsess}>", "Disconnected: Logged out top={int}/{int}, retr={int}/{num}, "
                                                  "del={int}/{int}, size={num}"),
        ("Info", "lmtp({pid})", "Connect from local"),
        ("Info", "lmtp({pid})", "Disconnect from local: Client has quit the connection (state=READY)"),
        ("Info", "lmtp({email})<{pid}><{dsess}>", "{b62}: msgid={msgid}: saved mail to {mailbox}"),
        ("Info", "lmtp({email})<{pid}><{dsess}>", "{b62}: msgid={msgid}: sieve: stored mail into mailbox '{mailbox}'"),
        ("Info", "lmtp({email})<{pid}><{dsess}>", "{b62}: msgid={msgid}: sieve: discarded duplicate message"),
        ("Error", "imap({email})<{pid}><{dsess}>", "Mailbox {mailbox}: UID={num}: read(zlib({path})) failed: "
                                                   "{=Broken pipe|Cached message size smaller than expected}"),
        ("Warning", "auth", "Event {0x} leaked (parent={0x}): auth-client-connection.c:{int}"),
        ("Info", "auth", "passwd-file({email},{ip},<{dsess}>): unknown user"),
        ("Info", "auth", "passwd-file({email},{ip},<{dsess}>): Password mismatch"),
        ("Error", "auth", "ldap({email},{ip},<{dsess}>): ldap_search() failed: {=Timeout|Can't contact LDAP server}"),
        ("Info", "master", "Dovecot v{ver} ({hex10}) starting up for imap, pop3, lmtp (core dumps disabled)", 1),
        ("Warning", "master", "Killed with signal {int} (by pid={pid} uid={int} code=kill)", 1),
        ("Fatal", "imap({email})<{pid}><{dsess}>", "master: service(imap): child {pid} killed with signal {int} (core "
                                                   "dumps disabled - https://dovecot.org/bugreport.html#coredumps)"),
    ],
}

VSFTPD = {
    "about": "vsftpd 3.0 log (ctime stamp with a padded day, [pid N], optional [user])",
    "log_format": r"<Dow> <Month> <Day> <Time> <Year> \[pid <Pid>\] <Content>",
    "header": vsftpd_header, "start": datetime.datetime(2026, 12, 1, 3, 0, 0), "gap_ms": 200000,
    "statements": [
        ("", "", 'CONNECT: Client "{ip}"'),
        ("", "", '[{user}] {=OK|FAIL} LOGIN: Client "{ip}"'),
        ("", "", '[{=ftp|anonymous}] OK LOGIN: Client "{ip}", anon password "{anonpw?}"'),
        ("", "", '[{user}] {=OK|FAIL} {=UPLOAD|DOWNLOAD}: Client "{ip}", "{ftpfile}", {num} bytes, {kbps}'),
        ("", "", '[{user}] {=OK|FAIL} {=MKDIR|DELETE|RMDIR|RENAME|CHMOD}: Client "{ip}", "{ftparg}"'),
    ],
}

KDC = {
    "about": "MIT krb5kdc via syslog (Mon dd stamp, host, krb5kdc[pid](level): )",
    "log_format": r"<Month> <Day> <Time> <Host> krb5kdc\[<Pid>\]\(<Level>\): <Content>",
    "header": kdc_header, "start": datetime.datetime(2026, 12, 6, 6, 6, 6), "gap_ms": 3000,
    "statements": [
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: ISSUE: authtime {epoch}, etypes {{rep={int} tkt={int} "
                     "ses={int}}}, {princ} for krbtgt/{realm}@{realm}"),
        ("info", "", "TGS_REQ ({int} etypes {{{etypes}}}) {ip}: ISSUE: authtime {epoch}, etypes {{rep={int} tkt={int} "
                     "ses={int}}}, {princ} for {svc}/{fqdn}@{realm}"),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: NEEDED_PREAUTH: {princ} for krbtgt/{realm}@{realm}, "
                     "Additional pre-authentication required"),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: PREAUTH_FAILED: {princ} for krbtgt/{realm}@{realm}, "
                     "Preauthentication failed"),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: CLIENT_NOT_FOUND: {princ} for krbtgt/{realm}@{realm}, "
                     "Client not found in Kerberos database"),
        ("info", "", "TGS_REQ ({int} etypes {{{etypes}}}) {ip}: UNKNOWN_SERVER: authtime {int},  {princ} for "
                     "{svc}/{fqdn}@{realm}, Server not found in Kerberos database"),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: CLIENT KEY EXPIRED: {princ} for "
                     "kadmin/changepw@{realm}, Password has expired"),
        ("info", "", "TGS_REQ ({int} etypes {{{etypes}}}) {ip}: ISSUE: authtime {epoch}, etypes {{rep={int} tkt={int} "
                     "ses={int}}}, {princ} for krbtgt/{realm}@{realm}"),
        ("info", "", "closing down fd {int}"),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: LOCKED_OUT: {princ} for krbtgt/{realm}@{realm}, "
                     "Client's credentials have been revoked"),
        ("info", "", "TGS_REQ ({int} etypes {{{etypes}}}) {ip}: TICKET NOT RENEWABLE: authtime {int},  {princ} for "
                     "krbtgt/{realm}@{realm}, KDC policy rejects request"),
        ("info", "", "preauth (encrypted_timestamp) verify failure: Preauthentication failed"),
        ("info", "", "setting up network...", 1),
        ("info", "", "listening on fd {int}: {=udp|tcp} {nbind}.{port}", 4),
        ("info", "", "set up {int} sockets", 1),
        ("info", "", "commencing operation", 1),
        ("warning", "", "Couldn't open log file {path}: {=Permission denied|No such file or directory}", 2),
        ("info", "", "AS_REQ ({int} etypes {{{etypes}}}) {ip}: ISSUE: authtime {epoch}, etypes {{rep={int} tkt={int} "
                     "ses={int}}}, {princ} for kadmin/changepw@{realm}"),
        ("info", "", "TGS_REQ ({int} etypes {{{etypes}}}) {ip}: ISSUE: authtime {epoch}, etypes {{rep={int} tkt={int} "
                     "ses={int}}}, {princ} for {svc}/{fqdn}@{realm}, {princ} for {svc}/{fqdn}@{realm}"),
    ],
}

SYSTEMS = {"NATS": NATS, "ActiveMQ": ACTIVEMQ, "Sudo": SUDO, "Dovecot": DOVECOT, "Vsftpd": VSFTPD, "KerberosKdc": KDC}
