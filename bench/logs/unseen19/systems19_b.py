"""Systems of unseen19, second half: ApereoCas, MooseFS, Akka, Tasmota, Monit, IscDhcpd, ClamAV, FreeSWITCH.

Each statement is a tuple: the header fields constant for it (as the system's header function reads them), then its text
with `@{kind:arg}` value slots (make-unseen19.py renders them and writes `<*>` for each in the template).
"""
import datetime as dt

START = dt.datetime(2026, 12, 1, 0, 5, 0)

# ------------------------------------------------------------------------------------------------------------ ApereoCas
CAS_POOLS = {
    "user": ["jdoe", "asmith", "m.mueller", "svc-jenkins", "kwong", "j.garcia@example.org", "admin"],
    "svc": ["https://wiki.example.org/login", "https://jira.example.org/plugins/servlet/samlconsumer",
            "https://mail.example.org/?_task=login&_action=cas", "https://grafana.example.org/login/generic_oauth",
            "https://hr.example.org/portal/index.jsp?lang=de", "https://evil.example.net/steal"],
    "handler": ["LdapAuthenticationHandler", "RestAuthenticationHandler", "AcceptUsersAuthenticationHandler",
                "DuoSecurityAuthenticationHandler"],
    "ua": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
           "python-requests/2.31.0", "curl/8.4.0"],
    "host": ["cas01", "cas02", "cas03"],
    "mail": ["@{p:user}@example.org"],
    "ldapurl": ["ldaps://ldap1.example.org:636", "ldaps://ldap2.example.org:636", "ldap://ldap3.example.org:389"],
    "srvip": ["10.60.0.10", "10.60.0.11", "10.60.0.12"],
    "ldaperr": ["Unable to connect to the ldap url.", "javax.naming.CommunicationException: ldap.example.org:636",
                "ResultCode=INVALID_CREDENTIALS", "connection closed", "Response timeout occurred"],
}


def cas_header(c, f):
    level, comp = f
    return {"Date": c.now.strftime("%Y-%m-%d"), "Time": c.now.strftime("%H:%M:%S,") + f"{c.now.microsecond // 1000:03d}",
            "Level": level, "Component": comp}


_WHEN = "WHEN: @{now:%a %b %d %H:%M:%S UTC %Y} | CLIENT IP ADDRESS: @{ip:10.50} | SERVER IP ADDRESS: @{p:srvip} | USER AGENT: @{p:ua}"
_CRED = "UsernamePasswordCredential(username=@{p:user}, source=null, customFields={})"
_TGT = "TGT-@{i:1-99999}-@{A:40}-@{p:host}"
_ST = "ST-@{i:1-99999}-@{A:20}-@{p:host}"
APEREOCAS = {
    "name": "ApereoCas", "seed": 1909, "version": "Apereo CAS 6.6 server (log4j2 `%d %p [%c] - <%m>`, audit trail single-line)",
    "log_format": r"<Date> <Time> <Level> \[<Component>\] - <<Content>>",
    "start": START, "step_ms": 9000, "exponent": 0.85, "pools": CAS_POOLS, "header": cas_header,
    "statements": [
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: " + _ST + " for @{p:svc} | ACTION: SERVICE_TICKET_CREATED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: " + _ST + " | ACTION: SERVICE_TICKET_VALIDATED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: Supplied credentials: [" + _CRED + "] | ACTION: AUTHENTICATION_SUCCESS | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: Supplied credentials: [" + _CRED + "] | ACTION: AUTHENTICATION_FAILED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: " + _TGT + " | ACTION: TICKET_GRANTING_TICKET_CREATED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: @{p:user} | WHAT: " + _TGT + " | ACTION: TICKET_GRANTING_TICKET_DESTROYED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.inspektr.audit.support.Slf4jLoggingAuditTrailManager", "Audit trail record BEGIN | WHO: audit:unknown | WHAT: " + _ST + " | ACTION: SERVICE_TICKET_VALIDATE_FAILED | APPLICATION: CAS | " + _WHEN + " | Audit trail record END"),
        ("INFO", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager", "Authenticated principal [@{p:user}] with attributes [{cn=[@{c:John Doe|Anna Smith|Markus Müller|Kai Wong}], mail=[@{t:mail}], memberOf=[@{c:cn=staff,ou=groups,dc=example,dc=org|cn=admins,ou=groups,dc=example,dc=org|cn=contractors,ou=groups,dc=example,dc=org}]}] via credentials [[" + _CRED + "]]."),
        ("INFO", "org.apereo.cas.authentication.DefaultAuthenticationEventExecutionPlan", "Authentication handler [@{p:handler}] successfully authenticated [@{p:user}]"),
        ("WARN", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager", "[@{p:handler}] exception details: [@{c:Invalid credentials|Account locked|Password expired|Unable to connect to the ldap url.|ResultCode=INVALID_CREDENTIALS}]."),
        ("ERROR", "org.apereo.cas.authentication.PolicyBasedAuthenticationManager", "Authentication has failed. Credentials may be incorrect or CAS cannot find authentication handler that supports [" + _CRED + "] of type [UsernamePasswordCredential]. Examine the configuration to ensure a method of authentication is defined and analyze CAS logs at DEBUG level to trace the authentication event."),
        ("INFO", "org.apereo.cas.DefaultCentralAuthenticationService", "Granted service ticket [" + _ST + "] for service [@{p:svc}] and principal [@{p:user}]"),
        ("INFO", "org.apereo.cas.DefaultCentralAuthenticationService", "Granted ticket-granting ticket [" + _TGT + "] for principal [@{p:user}]"),
        ("WARN", "org.apereo.cas.DefaultCentralAuthenticationService", "Service ticket [" + _ST + "] with service [@{p:svc}] does not match supplied service [@{p:svc}]"),
        ("WARN", "org.apereo.cas.ticket.registry.DefaultTicketRegistrySupport", "Ticket [" + _ST + "] by [@{p:svc}] cannot be found in the ticket registry."),
        ("WARN", "org.apereo.cas.services.RegisteredServiceAccessStrategyUtils", "Unauthorized Service Access. Service [@{p:svc}] is not found in service registry."),
        ("INFO", "org.apereo.cas.ticket.registry.DefaultTicketRegistryCleaner", "[@{i:0-900}] expired tickets removed."),
        ("INFO", "org.apereo.cas.services.AbstractServicesManager", "Loaded [@{i:8-40}] service(s) from [@{c:JsonServiceRegistry|ChainingServicesManager|InMemoryServiceRegistry}]."),
        ("WARN", "org.apereo.cas.web.support.AbstractThrottledSubmissionHandlerInterceptorAdapter", "Throttling authentication attempt for [@{p:user}] from [@{ip:203.0}] after [@{i:3-20}] failures within [@{i:1-10}] minute(s)"),
        ("ERROR", "org.ldaptive.pool.BlockingConnectionPool", "unable to connect to the ldap url @{p:ldapurl} after [@{i:1-5}] attempts: @{p:ldaperr}"),
        ("WARN", "org.apereo.cas.authentication.LdapAuthenticationHandler", "Account [@{p:user}] password will expire in [@{i:1-14}] day(s) on [@{dt:%Y-%m-%dT%H:%M:%SZ}]"),
        ("INFO", "org.apereo.cas.authentication.MultifactorAuthenticationUtils", "Located multifactor authentication provider [@{c:mfa-duo|mfa-gauth|mfa-webauthn}] for service [@{p:svc}]"),
        ("INFO", "org.apereo.cas.web.flow.login.TicketGrantingTicketCheckAction", "Ticket-granting ticket [" + _TGT + "] is expired or cannot be found"),
        ("INFO", "org.apereo.cas.logout.DefaultLogoutManager", "Performing logout operations for [" + _TGT + "]"),
        ("WARN", "org.apereo.cas.logout.slo.DefaultSingleLogoutServiceMessageHandler", "Logout message could not be sent to [@{p:svc}]: @{c:Read timed out|Connect to wiki.example.org:443 failed: Connection refused|HTTP 500}"),
        ("INFO", "org.apereo.cas.web.CasWebApplication", "Starting CasWebApplication v@{c:6.6.14} using Java @{c:11.0.21} on @{p:host} with PID @{i:100-99999} (@{c:/etc/cas/cas.war} started by @{c:tomcat} in @{c:/})"),
        ("INFO", "org.apereo.cas.web.CasWebApplication", "Started CasWebApplication in @{f:20-90:3} seconds (process running for @{f:20-90:3})"),
        ("INFO", "org.apereo.cas.config.CasWebApplicationReadyListener", "Ready to process requests @ [@{now:%Y-%m-%dT%H:%M:%S.%fZ}]"),
        ("WARN", "org.apereo.cas.configuration.CasConfigurationPropertiesValidator", "Found [@{i:1-5}] deprecated CAS setting(s): [@{c:cas.authn.ldap[0].bind-credential|cas.tgc.crypto.enabled, cas.webflow.crypto.enabled|cas.server.scope}]"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- MooseFS
MFS_POOLS = {
    "cs": [f"10.1.0.{i}" for i in (21, 22, 23, 24, 25)],
    "disk": ["/mnt/hdd1/", "/mnt/hdd2/", "/mnt/hdd3/", "/srv/mfs/ssd0/"],
    "err": ["EIO (Input/output error)", "ECONNRESET (Connection reset by peer)", "ETIMEDOUT (Operation timed out)",
            "ENOSPC (No space left on device)"],
    "chunkfile": ["@{p:disk}@{X:2}/chunk_@{X:16}_@{X:8}.mfs"],
    "size": ["1.15 GiB", "732.41 GiB", "2.03 TiB", "9.31 TiB", "14.55 TiB", "512.00 MiB"],
}


def mfs_header(c, f):
    proc, host = f
    return {"Month": c.now.strftime("%b"), "Day": str(c.now.day), "Time": c.now.strftime("%H:%M:%S"),
            "Host": host, "Process": proc, "Pid": str({"mfsmaster": 2214, "mfschunkserver": 1780, "mfsmetalogger": 911}
                                                        .get(proc, c.rng.randint(3000, 60000)))}


_CHUNK = "@{X:16}_@{X:8}"
_CS = "cs0@{i:1-5}"
MOOSEFS = {
    "name": "MooseFS", "seed": 1910, "version": "MooseFS 3.0.117 master, chunkservers, metalogger and mfsmount (syslog, one collector)",
    "log_format": r"<Month> <Day> <Time> <Host> <Process>\[<Pid>\]: <Content>",
    "start": START, "step_ms": 15000, "exponent": 0.8, "pools": MFS_POOLS, "header": mfs_header, "pad": {"Day": 2},
    "statements": [
        ("mfsmaster", "mfsmaster01", "chunk " + _CHUNK + ": there are no copies"),
        ("mfsmaster", "mfsmaster01", "chunk " + _CHUNK + " has only invalid copies (@{i:1-3}) - please repair it manually"),
        ("mfsmaster", "mfsmaster01", "(@{p:cs}:@{c:9422}) chunk: @{X:16} replication status: @{c:0|0|0|21|22|28}"),
        ("mfsmaster", "mfsmaster01", "(@{p:cs}:@{c:9422}) chunk: @{X:16} creation status: @{c:0|0|21|22}"),
        ("mfsmaster", "mfsmaster01", "(@{p:cs}:@{c:9422}) chunk: @{X:16} deletion status: @{c:0|0|13}"),
        ("mfsmaster", "mfsmaster01", "chunkserver register begin (packet version: @{c:6}) - ip: @{p:cs} / port: @{c:9422}, usedspace: @{i:1000000-99999999999} (@{p:size}), totalspace: @{i:1000000-99999999999} (@{p:size})"),
        ("mfsmaster", "mfsmaster01", "chunkserver register end (packet version: @{c:6}) - ip: @{p:cs} / port: @{c:9422}"),
        ("mfsmaster", "mfsmaster01", "connection with CS(@{p:cs}:@{c:9422}) has been closed by peer"),
        ("mfsmaster", "mfsmaster01", "server ip: @{p:cs} / port: @{c:9422} has been fully removed from data structures"),
        ("mfsmaster", "mfsmaster01", "total: usedspace: @{i:1000000-99999999999} (@{p:size}), totalspace: @{i:1000000-99999999999} (@{p:size}), usage: @{f:0-99:2}%"),
        ("mfsmaster", "mfsmaster01", "structure check loop - all chunks: @{i:100000-9999999}, chunks with goal: @{i:100000-9999999}, undergoal: @{i:0-900}, overgoal: @{i:0-90}, missing: @{i:0-9}"),
        ("mfsmaster", "mfsmaster01", "store process has finished - store time: @{f:0.1-30:3}"),
        ("mfsmaster", "mfsmaster01", "connection with ML(@{ip:10.1.0}) has been closed by peer"),
        ("mfsmaster", "mfsmaster01", "connection with client(ip:@{ip:10.2}) has been closed by peer"),
        ("mfsmaster", "mfsmaster01", "session @{i:1-900} (@{ip:10.2}:@{c:/projects|/scratch|/home|/backups|/}) has been closed by client"),
        ("mfschunkserver", _CS, "testing chunk: @{t:chunkfile}"),
        ("mfschunkserver", _CS, "chunk_readcrc: file:@{t:chunkfile} - wrong id/version in header (" + _CHUNK + ")"),
        ("mfschunkserver", _CS, "hdd_io_begin: file:@{t:chunkfile} - open error: @{p:err}"),
        ("mfschunkserver", _CS, "replicator,read chunks: got status: @{c:IO error|Wrong chunk version|No such chunk} from (@{p:cs}:@{c:9422})"),
        ("mfschunkserver", _CS, "(write) write error: @{p:err}"),
        ("mfschunkserver", _CS, "(read) read error: @{p:err}"),
        ("mfschunkserver", _CS, "hdd space manager: folder @{p:disk} will be checked"),
        ("mfschunkserver", _CS, "hdd space manager: scanning folder @{p:disk} ..."),
        ("mfschunkserver", _CS, "hdd space manager: scanning folder @{p:disk} complete (@{i:1-9000}s)"),
        ("mfschunkserver", _CS, "@{p:disk}: damaged (@{i:1-9} errors in last @{i:1-60} min) - marking as damaged"),
        ("mfschunkserver", _CS, "connecting to Master"),
        ("mfschunkserver", _CS, "connected to Master"),
        ("mfsmetalogger", "mfsmeta01", "metadata downloaded @{i:1000000-999999999}B/@{f:0.1-30:6}s (@{f:1-999:3} MB/s)"),
        ("mfsmetalogger", "mfsmeta01", "changelog_0 downloaded @{i:100-999999}B/@{f:0.001-1:6}s (@{f:1-999:3} MB/s)"),
        ("mfsmount", "@{c:hpc-login01|render07|gpu-node12}", "file: @{i:1-9999999}, index: @{i:0-90}, chunk: @{i:1-9999999}, version: @{i:1-9} - writeworker: connection with (@{p:cs}:@{c:9422}) was timed out (unfinished writes: @{i:1-9}; try counter: @{i:1-30})"),
        ("mfsmount", "@{c:hpc-login01|render07|gpu-node12}", "file: @{i:1-9999999}, index: @{i:0-90}, chunk: @{i:1-9999999}, version: @{i:1-9}, cs: @{p:cs}:@{c:9422} - readworker: connection with (@{p:cs}:@{c:9422}) was reset by peer (try counter: @{i:1-30})"),
        ("mfsmount", "@{c:hpc-login01|render07|gpu-node12}", "master: connection lost (@{c:timeout|reset by peer}), reconnecting"),
        ("mfsmaster", "mfsmaster01", "set gid to @{i:0-999}"),
        ("mfsmaster", "mfsmaster01", "open files limit has been set to: @{i:1024-100000}"),
        ("mfsmaster", "mfsmaster01", "metadata file has been loaded"),
        ("mfsmaster", "mfsmaster01", "matocsserv: listen on @{c:*}:@{c:9420}"),
        ("mfsmaster", "mfsmaster01", "main master server module: listen on @{c:*}:@{c:9421}"),
    ],
}

# ------------------------------------------------------------------------------------------------------------------ Akka
AK_POOLS = {
    "cust": ["c-@{i:1000-99999}"],
    "peer": ["10.7.0.11", "10.7.0.12", "10.7.0.13", "10.7.0.14"],
    "msg": ["com.shop.orders.OrderActor$PlaceOrder", "com.shop.payments.PaymentActor$Charge",
            "akka.cluster.sharding.ShardRegion$StartEntity", "com.shop.inventory.StockActor$Reserve",
            "akka.cluster.ddata.Replicator$Internal$Status"],
    "actor": ["user/order-router/$a", "user/order-router/$b", "system/sharding/Order/12/order-4411",
              "user/payment-gateway", "system/sharding/Stock/3/sku-99812", "user/api-bridge"],
    "roles": ["backend, dc-default", "frontend, dc-default", "dc-default", "backend, sharding, dc-default"],
    "status": ["Joining", "WeaklyUp", "Up", "Leaving", "Exiting", "Down", "Removed"],
    "cause": ["java.net.ConnectException: Connection refused", "akka.remote.transport.Transport$InvalidAssociationException: The remote system terminated the association because it is shutting down.",
              "akka.stream.StreamTcpException: Tcp command [Connect(10.7.0.13:25520,None,List(),Some(5000 milliseconds),true)] failed because of java.net.ConnectException: Connection refused",
              "java.util.concurrent.TimeoutException: Handshake timed out after [20000 ms]"],
    "node": ["akka://ShopSystem@@{p:peer}:25520"],
    "aref": ["Actor[akka://ShopSystem/@{p:actor}#@{i:100000000-2000000000}]", "Actor[akka://ShopSystem/user/api-bridge#-@{i:100000000-2000000000}]",
             "Actor[akka://ShopSystem/deadLetters]"],
    "uri": ["/api/orders/@{i:1-99999}", "/api/carts/@{i:1-99999}/items", "/api/stock?sku=sku-@{i:1000-99999}"],
    "pid": ["order-4411", "order-9d2c-77", "cart-user-1280", "stock-sku-99812", "invoice-2026-12-0042"],
}


def ak_header(c, f):
    level, thread, source = f
    return {"Level": level, "Date": c.now.strftime("%m/%d/%Y"),
            "Time": c.now.strftime("%H:%M:%S.") + f"{c.now.microsecond // 1000:03d}", "Thread": thread, "Source": source}


_DISP = "ShopSystem-akka.actor.default-dispatcher-@{i:3-40}"
_CL = "akka.cluster.Cluster(akka://ShopSystem)"
_ME = "Cluster Node [@{t:node}] - "
_NODE = "@{t:node}"
AKKA = {
    "name": "Akka", "seed": 1911, "version": "Akka 2.6 cluster application on Scala 2.13 (classic StdOutLogger, artery remoting)",
    "log_format": r"\[<Level>\] \[<Date> <Time>\] \[<Thread>\] \[<Source>\] <Content>",
    "start": START, "step_ms": 7000, "exponent": 0.85, "pools": AK_POOLS, "header": ak_header,
    "statements": [
        ("INFO", _DISP, "akka://ShopSystem/@{p:actor}", "Message [@{p:msg}] from @{t:aref} to @{t:aref} was not delivered. [@{i:1-9}] dead letters encountered. If this is not an expected behavior then @{t:aref} may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'."),
        ("INFO", _DISP, "akka://ShopSystem/@{p:actor}", "Message [@{p:msg}] to @{t:aref} was not delivered. [@{i:10-99}] dead letters encountered, no more dead letters will be logged in next [@{c:5.000 min}]. If this is not an expected behavior then @{t:aref} may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'."),
        ("INFO", _DISP, "akka://ShopSystem/user/order-router/$@{c:a|b|c|d}", "Order [@{p:pid}] accepted for customer [@{t:cust}], total [@{f:1-999:2} @{c:EUR|USD|GBP}]"),
        ("INFO", _DISP, "akka://ShopSystem/user/payment-gateway", "Charge [@{u}] @{c:authorized|captured|declined|refunded} by [@{c:stripe|adyen}] in [@{i:40-9000} ms]"),
        ("WARN", _DISP, "akka://ShopSystem/user/payment-gateway", "Charge [@{u}] failed, will retry in [@{i:1-30} s]: @{c:HTTP 502 Bad Gateway|Read timed out|card_declined: Your card has insufficient funds.|rate_limited}"),
        ("ERROR", _DISP, "akka://ShopSystem/@{p:actor}", "Ask timed out on [@{t:aref}] after [@{c:3000|5000|10000} ms]. Message of type [@{p:msg}]. A typical reason for `AskTimeoutException` is that the recipient actor didn't send a reply."),
        ("INFO", _DISP, _CL, _ME + "Node [" + _NODE + "] is JOINING, roles [@{p:roles}], version [@{c:1.4.2|1.4.3}]"),
        ("INFO", _DISP, _CL, _ME + "Leader is moving node [" + _NODE + "] to [@{p:status}]"),
        ("WARN", _DISP, _CL, _ME + "Marking node as UNREACHABLE [Member(" + _NODE + ", @{p:status})]."),
        ("INFO", _DISP, _CL, _ME + "Marking node as REACHABLE [Member(" + _NODE + ", @{p:status})]."),
        ("INFO", _DISP, _CL, _ME + "is the new leader among reachable nodes (more leaders may exist)"),
        ("INFO", _DISP, _CL, _ME + "Leader can currently not perform its duties, reachability status: [" + _NODE + " -> " + _NODE + ": Unreachable [Unreachable] (@{i:1-9})], member status: [" + _NODE + " @{p:status} seen=@{c:true|false}, " + _NODE + " @{p:status} seen=@{c:true|false}]"),
        ("INFO", _DISP, _CL, _ME + "Leader is removing unreachable node [" + _NODE + "]"),
        ("INFO", _DISP, _CL, _ME + "Welcome from [" + _NODE + "]"),
        ("WARN", "ShopSystem-akka.remote.default-remote-dispatcher-@{i:5-20}", _CL, _ME + "Scheduled sending of heartbeat was delayed. Previous heartbeat was sent [@{i:1100-9000}] ms ago, expected interval is [@{c:1000}] ms. This may cause failure detection to mark members as unreachable. The reason can be thread starvation, CPU overload, or GC."),
        ("WARN", "ShopSystem-akka.actor.internal-dispatcher-@{i:2-12}", "akka.cluster.sbr.SplitBrainResolver", "SBR took decision DownUnreachable and is downing [" + _NODE + "], including myself [@{c:true|false}], [@{i:1-3}] unreachable of [@{i:3-9}] members, all members in DC [Member(" + _NODE + ", Up), Member(" + _NODE + ", Up), Member(" + _NODE + ", Up)], full reachability status: [" + _NODE + " -> " + _NODE + ": Unreachable [Unreachable] (@{i:1-9})]"),
        ("WARN", "ShopSystem-akka.actor.internal-dispatcher-@{i:2-12}", "akka.cluster.sbr.SplitBrainResolver", "SBR found unreachable members, waiting for stable-after = @{c:20000|7000} ms before taking downing decision. Now @{i:1-3} unreachable members found. Downing decision will be taken at: @{dt:%Y-%m-%dT%H:%M:%S.%fZ}"),
        ("WARN", "ShopSystem-akka.remote.default-remote-dispatcher-@{i:5-20}", "akka.remote.artery.Association(akka://ShopSystem)", "Outbound control stream to [" + _NODE + "] failed. Restarting it. @{p:cause}"),
        ("WARN", "ShopSystem-akka.remote.default-remote-dispatcher-@{i:5-20}", "akka.remote.artery.Association(akka://ShopSystem)", "Association to [" + _NODE + "] with UID [@{i:-9000000000000000000-9000000000000000000}] is irrecoverably failed. UID is now quarantined and all messages to this UID will be delivered to dead letters. Remote ActorSystem must be restarted to recover from this situation. Reason: @{c:Cluster member removed, previous status [Down]|ActorSystem terminated|System message delivery buffer overflow, size [20000]}"),
        ("ERROR", _DISP, "akka://ShopSystem/system/sharding/Order/@{i:0-99}/@{p:pid}", "Persistence failure when replaying events for persistenceId [@{p:pid}]. Last known sequence number [@{i:0-9000}]"),
        ("ERROR", _DISP, "akka://ShopSystem/system/sharding/Order/@{i:0-99}/@{p:pid}", "Failed to persist event type [com.shop.orders.OrderEvents$@{c:Created|ItemAdded|Paid|Shipped}] with sequence number [@{i:1-9000}] for persistenceId [@{p:pid}]."),
        ("INFO", _DISP, "akka://ShopSystem/system/sharding/Order", "Starting shard [@{i:0-99}] in region"),
        ("WARN", _DISP, "akka://ShopSystem/system/sharding/Order", "Order: Trying to register to coordinator at [ActorSelection[Anchor(@{t:node}/), Path(/system/sharding/OrderCoordinator/singleton/coordinator)]], but no acknowledgement. Total [@{i:1-40}] buffered messages. [Coordinator [Member(" + _NODE + ", Up)] is reachable.]"),
        ("INFO", "ShopSystem-akka.actor.default-dispatcher-@{i:3-40}", "akka.actor.ActorSystemImpl(ShopSystem)", "Request timeout encountered for request [@{c:GET|POST} @{t:uri} Empty]"),
        ("WARN", "ShopSystem-akka.actor.default-dispatcher-@{i:3-40}", "akka.actor.ActorSystemImpl(ShopSystem)", "Illegal request, responding with status '@{c:400} Bad Request': @{c:Unsupported HTTP method: PRI|Request Content-Type [text/plain] is not supported|Illegal request-target: Invalid input '\\\\', expected pchar or 'EOI'}"),
        ("INFO", "ShopSystem-akka.actor.default-dispatcher-@{i:3-40}", "akka.event.slf4j.Slf4jLogger", "Slf4jLogger started"),
        ("INFO", "main", "akka.remote.artery.tcp.ArteryTcpTransport", "Remoting started with transport [Artery tcp]; listening on address [" + _NODE + "] with UID [@{i:-9000000000000000000-9000000000000000000}]"),
        ("INFO", _DISP, _CL, _ME + "Started up successfully"),
        ("INFO", _DISP, _CL, _ME + "Exiting completed"),
        ("INFO", _DISP, "akka://ShopSystem/user/api-bridge", "Server online at @{c:http://0.0.0.0:8080/|http://0.0.0.0:8558/}"),
        ("ERROR", _DISP, "akka://ShopSystem/@{p:actor}", "@{c:null|Stock level for sku-99812 is negative: -3|requirement failed: quantity must be positive}"),
    ],
}

# --------------------------------------------------------------------------------------------------------------- Tasmota
TAS_POOLS = {
    "dev": ["tasmota_3A4F21", "kitchen_plug", "tasmota_9C1E07", "garage_door", "living_room_th", "tasmota_D2B811"],
    "ssid": ["iot-2g", "HomeNet IoT", "FRITZ!Box 7590 XY"],
    "bssid": ["AA:BB:CC:10:20:30", "F0:9F:C2:11:22:33", "3C:A6:2F:44:55:66"],
    "cmd": ["POWER", "POWER1", "Status", "Upgrade", "TelePeriod", "Timezone", "Rule1", "Backlog", "Dimmer", "Color"],
    "pld": ["ON", "OFF", "TOGGLE", "0", "60", "99", "", "1 ON; Delay 20; Power1 OFF"],
    "src": ["MQTT", "Button", "Rule", "Timer", "Serial", "Switch", "Http"],
    "upt": ["@{i:0-40}T@{i:10-23}:@{i:10-59}:@{i:10-59}"],
    "downt": ["0T00:@{i:10-59}:@{i:10-59}"],
    "tver": ["13.2.0(tasmota)", "13.2.0(tasmota32)", "13.2.0(sensors)", "13.1.0(tasmota)"],
    "rule": ["TELE-AM2301#TEMPERATURE>25", "SWITCH1#STATE=1", "TIME#MINUTE|5", "POWER1#STATE=0", "SYSTEM#BOOT"],
    "action": ["Power1 ON", "Publish stat/garage_door/alert open", "Backlog Power1 OFF; Delay 300; Power1 ON",
               "Var1 %value%"],
}


def tas_header(c, f):
    (module,) = f
    return {"Month": c.now.strftime("%b"), "Day": str(c.now.day), "Time": c.now.strftime("%H:%M:%S"),
            "Host": c.rng.choice(["tasmota-3A4F21-7969", "kitchen-plug", "tasmota-9C1E07-7943", "garage-door",
                                  "living-room-th", "tasmota-D2B811-6161"]), "Module": module}


_T = "\"Time\":\"@{now:%Y-%m-%dT%H:%M:%S}\""
_WIFI = "\"Wifi\":{\"AP\":@{i:1-2},\"SSId\":\"@{p:ssid}\",\"BSSId\":\"@{p:bssid}\",\"Channel\":@{i:1-13},\"Mode\":\"11n\",\"RSSI\":@{i:20-100},\"Signal\":-@{i:40-90},\"LinkCount\":@{i:1-40},\"Downtime\":\"@{t:downt}\"}"
TASMOTA = {
    "name": "Tasmota", "seed": 1912, "version": "Tasmota 13.2 on ESP8266/ESP32 plugs and sensors (SysLog to an rsyslog collector)",
    "log_format": r"<Month> <Day> <Time> <Host> ESP-<Module>: <Content>",
    "start": START, "step_ms": 6000, "exponent": 0.8, "pools": TAS_POOLS, "header": tas_header, "pad": {"Day": 2},
    "statements": [
        ("MQT", "tele/@{p:dev}/STATE = {" + _T + ",\"Uptime\":\"@{t:upt}\",\"UptimeSec\":@{i:100-3500000},\"Heap\":@{i:18-150},\"SleepMode\":\"Dynamic\",\"Sleep\":@{c:50|10},\"LoadAvg\":@{i:9-99},\"MqttCount\":@{i:1-30},\"POWER\":\"@{c:ON|OFF}\"," + _WIFI + "}"),
        ("MQT", "tele/@{p:dev}/SENSOR = {" + _T + ",\"ENERGY\":{\"TotalStartTime\":\"@{dt:%Y-%m-%dT%H:%M:%S}\",\"Total\":@{f:0-999:3},\"Yesterday\":@{f:0-9:3},\"Today\":@{f:0-9:3},\"Period\":@{i:0-30},\"Power\":@{i:0-2300},\"ApparentPower\":@{i:0-2400},\"ReactivePower\":@{i:0-400},\"Factor\":@{f:0-1:2},\"Voltage\":@{i:225-240},\"Current\":@{f:0-10:3}}}"),
        ("MQT", "tele/@{p:dev}/SENSOR = {" + _T + ",\"AM2301\":{\"Temperature\":@{f:10-30:1},\"Humidity\":@{f:20-80:1},\"DewPoint\":@{f:0-20:1}},\"TempUnit\":\"C\"}"),
        ("MQT", "stat/@{p:dev}/RESULT = {\"POWER\":\"@{c:ON|OFF}\"}"),
        ("MQT", "stat/@{p:dev}/POWER = @{c:ON|OFF}"),
        ("MQT", "stat/@{p:dev}/RESULT = {\"@{p:cmd}\":\"@{c:Done|Error|ON|OFF}\"}"),
        ("MQT", "tele/@{p:dev}/LWT = Online (retained)"),
        ("MQT", "tele/@{p:dev}/INFO1 = {\"Info1\":{\"Module\":\"@{c:Sonoff Basic|Gosund SP1|Generic|ESP32-DevKit}\",\"Version\":\"@{p:tver}\",\"FallbackTopic\":\"cmnd/DVES_@{X:6}_fb/\",\"GroupTopic\":\"cmnd/tasmotas/\"}}"),
        ("MQT", "Attempting connection..."),
        ("MQT", "Connected"),
        ("MQT", "Connect failed to @{ip:192.168.10}:@{c:1883}, rc @{c:-2|-4|5}. Retry in @{i:10-120} sec"),
        ("CMD", "Grp @{c:0|0|0|1}, Cmd '@{p:cmd}', Idx @{i:1-4}, Len @{i:0-30}, Pld @{i:-99-999}, Data '@{p:pld}'"),
        ("SRC", "@{p:src}"),
        ("SRC", "WebGui from @{ip:192.168.10}"),
        ("RUL", "@{p:rule} performs \"@{p:action}\""),
        ("WIF", "Connecting to AP@{i:1-2} @{p:ssid} Channel @{i:1-13} BSSId @{p:bssid} in mode 11n as @{c:tasmota-3A4F21-7969|kitchen-plug|garage-door}..."),
        ("UPP", "Multicast (re)joined"),
        ("WIF", "Connect failed with AP @{c:timeout|incorrect password|not found}"),
        ("WIF", "Checking connection..."),
        ("HTP", "Web server active on @{c:tasmota-3A4F21-7969|kitchen-plug|garage-door} with IP address @{ip:192.168.10}"),
        ("HTP", "Main Menu"),
        ("HTP", "Console"),
        ("HTP", "Configuration"),
        ("DHT", "Timeout waiting for start signal @{c:low|high} pulse"),
        ("NTP", "UTC @{now:%a %b %d %H:%M:%S %Y}, DST @{dt:%a %b %d %H:%M:%S %Y}, STD @{dt:%a %b %d %H:%M:%S %Y}"),
        ("CFG", "Saved to flash at @{X:2}, Count @{i:10-9000}, Bytes @{c:4096|3584}"),
        ("APP", "Boot Count @{i:1-900}"),
        ("APP", "Restarting"),
        ("UPG", "Upgrade @{c:started|failed: Not enough space|done} from @{c:http://ota.tasmota.com/tasmota/release/tasmota.bin.gz|http://ota.tasmota.com/tasmota32/release/tasmota32.bin}"),
        ("BRY", "Berry initialized, RAM used=@{i:2000-9000} bytes"),
        ("APP", "Serial logging disabled"),
    ],
}

# ----------------------------------------------------------------------------------------------------------------- Monit
MON_POOLS = {
    "proc": ["nginx", "postgresql", "redis-server", "php-fpm8.2", "sshd", "node-exporter"],
    "fs": ["rootfs", "data-volume", "var-log"],
    "host": ["web01", "db02.prod.example.com"],
    "check": ["api-health", "smtp-relay", "mmonit-port", "backup-job"],
    "startprog": ["/usr/bin/systemctl start @{p:proc}"],
    "port": ["[localhost]:8080/health [TCP/IP]", "[localhost]:8443/health [TCP/IP TLS]", "[10.9.0.4]:8080/status [TCP/IP]"],
    "inet": ["INET[localhost:8080/health] via TCP", "INET[smtp.example.com:25] via TCP", "INET[10.9.0.4:8443/status] via TCP SSL"],
    "out": ["rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1338) [sender=3.2.7]",
            "ERROR: database dump failed", "timeout", "Disk quota exceeded",
            "WARNING: 3 snapshots older than 14 days could not be pruned because the repository is locked by another process"],
}


def mon_header(c, f):
    (level,) = f
    return {"Zone": "UTC", "Month": c.now.strftime("%b"), "Day": str(c.now.day), "Time": c.now.strftime("%H:%M:%S"),
            "Level": level}


MONIT = {
    "name": "Monit", "seed": 1913, "version": "Monit 5.33 daemon log (/var/log/monit.log)",
    "log_format": r"\[<Zone> <Month> <Day> <Time>\] <Level> : <Content>",
    "start": START, "step_ms": 30000, "exponent": 0.8, "pools": MON_POOLS, "header": mon_header,
    "pad": {"Day": 2, "Level": -8},
    "statements": [
        ("error", "'@{p:proc}' process is not running"),
        ("info", "'@{p:proc}' trying to restart"),
        ("info", "'@{p:proc}' start: '@{t:startprog}'"),
        ("info", "'@{p:proc}' process is running with pid @{i:300-99999}"),
        ("error", "'@{p:proc}' failed to start (exit status @{i:1-3}) -- '@{t:startprog}': @{c:Job for nginx.service failed because the control process exited with error code.|Program timed out|no output}"),
        ("info", "'@{p:proc}' process PID changed from @{i:300-99999} to @{i:300-99999}"),
        ("error", "'@{p:proc}' service restarted @{i:2-5} times within @{i:2-5} cycles(s) - unmonitor"),
        ("error", "'@{p:fs}' space usage @{f:80-99:1}% matches resource limit [space usage > @{c:80.0|90.0}%]"),
        ("info", "'@{p:fs}' space usage check succeeded [current space usage = @{f:10-79:1}%]"),
        ("error", "'@{p:fs}' inode usage @{f:80-99:1}% matches resource limit [inode usage > @{c:90.0}%]"),
        ("error", "'@{p:host}' cpu usage of @{f:80-100:1}% matches resource limit [cpu usage > @{c:80.0|90.0}%]"),
        ("info", "'@{p:host}' cpu usage check succeeded [current cpu usage = @{f:0-79:1}%]"),
        ("error", "'@{p:host}' mem usage of @{f:80-100:1}% matches resource limit [mem usage > @{c:90.0|95.0}%]"),
        ("error", "'@{p:host}' loadavg (5min) of @{f:4-30:1} matches resource limit [loadavg (5min) > @{c:4.0}]"),
        ("info", "'@{p:host}' loadavg (5min) check succeeded [current loadavg (5min) = @{f:0-3.9:1}]"),
        ("error", "'@{p:check}' failed protocol test [HTTP] at @{p:port} -- HTTP error: Server returned status @{c:500|502|503|404}"),
        ("error", "'@{p:check}' failed, cannot open a connection to @{p:inet} -- @{c:Connection refused|Connection timed out|No route to host}"),
        ("info", "'@{p:check}' connection succeeded to @{p:port}"),
        ("error", "'@{p:check}' status failed (@{i:1-127}) -- @{p:out}"),
        ("info", "'@{p:check}' status succeeded (@{c:0}) -- @{c:ok|backup finished in 412s|no output}"),
        ("error", "'sshd_config' checksum was changed for /etc/ssh/sshd_config"),
        ("error", "Cannot open a connection to the mailserver @{c:smtp.example.com|localhost}:@{c:25|587} -- @{c:Operation timed out|Connection refused}"),
        ("error", "Mail: Delivery failed -- no mail server is available"),
        ("error", "Alert handler failed, retry scheduled for next cycle"),
        ("error", "M/Monit: cannot open a connection to @{c:http://mmonit.example.com:8080/collector} -- @{c:Connection refused|Operation timed out}"),
        ("info", "'@{p:proc}' monitor on user request"),
        ("info", "Awakened by User defined signal 1"),
        ("info", "Starting Monit @{c:5.33.0} daemon with http interface at [@{c:localhost}]:@{c:2812}"),
        ("info", "Monit daemon with pid [@{i:300-99999}] stopped"),
        ("info", "'@{p:host}' Monit @{c:5.33.0} started"),
        ("info", "Reinitializing monit daemon"),
    ],
}

# -------------------------------------------------------------------------------------------------------------- IscDhcpd
DH_POOLS = {
    "name": ["android-3f2a1b9c8d7e6f50", "DESKTOP-4KQ1L2P", "iPhone", "Galaxy-S23", "printer-3F-east", "raspberrypi",
             "MacBook-Pro", "ESP_A1B2C3"],
    "relay": ["10.10.0.1", "10.10.4.1", "10.20.8.1", "10.30.0.1"],
    "iface": ["eth0", "eth1", "ens192"],
    "subnet": ["10.10.0.0/22", "10.10.4.0/22", "10.20.8.0/23", "10.30.0.0/24"],
    "pool": ["559b2a10", "55c01e88", "55a7f3d0"],
    "st": ["normal", "communications-interrupted", "partner-down", "recover", "recover-done", "startup", "potential-conflict"],
    "rev": ["@{i:1-254}.@{i:0-7}.10.10.in-addr.arpa."],
    "fqdn": ["ws-1042.corp.example.com", "printer-3f-east.corp.example.com", "lab-pi-07.corp.example.com"],
}


def dh_header(c, f):
    return {"Time": c.now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.now.microsecond:06d}+00:00",
            "Host": c.rng.choice(["dhcp01", "dhcp02"]), "Process": "dhcpd", "Pid": c.rng.choice(["1204", "1187"])}


_MAC = "@{mac}"
ISCDHCPD = {
    "name": "IscDhcpd", "seed": 1914, "version": "ISC DHCP server 4.4.3 in a failover pair (rsyslog RFC 3339 stamps)",
    "log_format": r"<Time> <Host> <Process>\[<Pid>\]: <Content>",
    "start": START, "step_ms": 2500, "exponent": 0.9, "pools": DH_POOLS, "header": dh_header,
    "statements": [
        ("DHCPDISCOVER from " + _MAC + " (@{p:name}) via @{p:relay}"),
        ("DHCPOFFER on @{ip:10.10} to " + _MAC + " (@{p:name}) via @{p:relay}"),
        ("DHCPREQUEST for @{ip:10.10} (@{c:10.0.0.5|10.0.0.6}) from " + _MAC + " (@{p:name}) via @{p:relay}"),
        ("DHCPACK on @{ip:10.10} to " + _MAC + " (@{p:name}) via @{p:relay}"),
        ("DHCPDISCOVER from " + _MAC + " via @{p:relay}"),
        ("DHCPOFFER on @{ip:10.10} to " + _MAC + " via @{p:relay}"),
        ("DHCPREQUEST for @{ip:10.10} from " + _MAC + " via @{p:relay}"),
        ("DHCPACK on @{ip:10.10} to " + _MAC + " via @{p:relay}"),
        ("DHCPREQUEST for @{ip:10.10} from " + _MAC + " (@{p:name}) via @{p:relay}: lease owned by peer"),
        ("DHCPREQUEST for @{ip:10.10} from " + _MAC + " via @{p:iface}: wrong network."),
        ("DHCPNAK on @{ip:10.10} to " + _MAC + " via @{p:relay}"),
        ("DHCPRELEASE of @{ip:10.10} from " + _MAC + " (@{p:name}) via @{p:iface} (found)"),
        ("DHCPRELEASE of @{ip:10.10} from " + _MAC + " via @{p:iface} (not found)"),
        ("DHCPINFORM from @{ip:10.10} via @{p:relay}"),
        ("DHCPDISCOVER from " + _MAC + " via @{p:relay}: network @{p:subnet}: no free leases"),
        ("DHCPDECLINE of @{ip:10.10} from " + _MAC + " (@{p:name}) via @{p:relay}: abandoned"),
        ("Abandoning IP address @{ip:10.10}: declined."),
        ("reuse_lease: lease age @{i:1-9000} (secs) under @{c:25}% threshold, reply with unaltered, existing lease for @{ip:10.10}"),
        ("balancing pool @{p:pool} @{p:subnet}  total @{i:200-1000}  free @{i:0-500}  backup @{i:0-500}  lts @{i:-50-50}  max-own (+/-)@{i:10-50}"),
        ("balanced pool @{p:pool} @{p:subnet}  total @{i:200-1000}  free @{i:0-500}  backup @{i:0-500}  lts @{i:-50-50}  max-misbal @{i:10-80}"),
        ("failover peer dhcp-failover: I move from @{p:st} to @{p:st}"),
        ("failover peer dhcp-failover: peer moves from @{p:st} to @{p:st}"),
        ("peer dhcp-failover: disconnected"),
        ("failover peer dhcp-failover: Both servers normal"),
        ("Sent update done message to dhcp-failover"),
        ("Added new forward map from @{p:fqdn} to @{ip:10.10}"),
        ("Added reverse map from @{t:rev} to @{p:fqdn}"),
        ("Unable to add forward map from @{p:fqdn} to @{ip:10.10}: @{c:timed out|not authorized|YXDOMAIN}"),
        ("uid lease @{ip:10.10} for client " + _MAC + " is duplicate on @{p:subnet}"),
        ("ICMP Echo reply while lease @{ip:10.10} valid."),
        ("DHCPREQUEST for @{ip:10.10} from " + _MAC + " via @{p:iface}: unknown lease @{ip:10.10}."),
        ("BOOTREQUEST from " + _MAC + " via @{p:iface}: BOOTP from dynamic client and no dynamic leases"),
        ("Wrote @{i:100-9000} leases to leases file."),
        ("Internet Systems Consortium DHCP Server @{c:4.4.3-P1}"),
        ("Listening on LPF/@{p:iface}/" + _MAC + "/@{p:subnet}"),
        ("Sending on   LPF/@{p:iface}/" + _MAC + "/@{p:subnet}"),
        ("Server starting service."),
    ],
}
for _i, _s in enumerate(ISCDHCPD["statements"]):
    ISCDHCPD["statements"][_i] = (_s,)

# ---------------------------------------------------------------------------------------------------------------- ClamAV
CL_POOLS = {
    "path": ["/var/spool/amavisd/tmp/amavis-20261201T100512-12345-AbCdEf12/parts/p003",
             "/srv/uploads/2026/12/invoice_0042.pdf", "/home/jdoe/Downloads/setup (2).exe",
             "/var/www/html/wp-content/uploads/2026/11/shell.php", "/mnt/share/Finance/Q4 report.xlsm",
             "/tmp/clamav-3f2a1b9c8d7e6f5041a2b3c4d5e6f708.tmp"],
    "sig": ["Win.Test.EICAR_HDB-1", "Doc.Downloader.Emotet-9876543-0", "Php.Webshell.Generic-6880713-0",
            "Heuristics.Phishing.Email.SpoofedDomain", "Xls.Dropper.Agent-7391122-0", "PUA.Win.Packer.Upx-2"],
    "client": ["127.0.0.1", "10.5.0.12", "10.5.0.13"],
}


def cl_header(c, f):
    return {"Weekday": c.now.strftime("%a"), "Month": c.now.strftime("%b"), "Day": str(c.now.day),
            "Time": c.now.strftime("%H:%M:%S"), "Year": c.now.strftime("%Y")}


CLAMAV = {
    "name": "ClamAV", "seed": 1915, "version": "ClamAV 1.2 clamd (LogFile, LogTime, LogClean off, LogVerbose on)",
    "log_format": r"<Weekday> <Month> <Day> <Time> <Year> -> <Content>",
    "start": START, "step_ms": 20000, "exponent": 0.8, "pools": CL_POOLS, "header": cl_header, "pad": {"Day": 2},
    "statements": [
        ("instream(@{p:client}@@{port}): @{p:sig} FOUND",),
        ("@{p:path}: @{p:sig} FOUND",),
        ("SelfCheck: Database status OK.",),
        ("@{p:path}: Heuristics.Limits.Exceeded.@{c:MaxFileSize|MaxScanSize|MaxRecursion|MaxFiles} FOUND",),
        ("LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning @{i:1000000-99999999} bytes",),
        ("LibClamAV Warning: PNG: Unexpected early end-of-file.",),
        ("LibClamAV Warning: cli_realpath: Invalid arguments.",),
        ("LibClamAV Error: cli_scanzip: @{c:bad zip|Failed to decompress|ZIP central directory header not found}",),
        ("INSTREAM: Size limit reached, (requested: @{i:1000000-99999999}, max: @{c:26214400|104857600})",),
        ("@{p:path}: Can't open file or directory ERROR",),
        ("@{p:path}: Access denied. ERROR",),
        ("@{p:path}: Excluded",),
        ("@{p:path}: Empty file",),
        ("Client disconnected (FD @{i:5-200})",),
        ("Command read timed out",),
        ("SelfCheck: Database modification detected. Forcing reload.",),
        ("Reading databases from /var/lib/clamav",),
        ("Database correctly reloaded (@{i:8000000-9000000} signatures)",),
        ("Activating the newly loaded database...",),
        ("Limits: Global time limit set to @{c:120000|300000} milliseconds.",),
        ("Limits: Global size limit set to @{c:419430400|104857600} bytes.",),
        ("Limits: File size limit set to @{c:104857600|26214400} bytes.",),
        ("Limits: Recursion level limit set to @{c:17|16}.",),
        ("Limits: Files limit set to @{c:10000|50000}.",),
        ("Limits: MaxEmbeddedPE limit set to @{c:41943040|10485760} bytes.",),
        ("clamd daemon @{c:1.2.1} (OS: @{c:Linux}, ARCH: @{c:x86_64}, CPU: @{c:x86_64})",),
        ("Log file size limited to @{c:1048576|4294967295} bytes.",),
        ("Not loading PUA signatures.",),
        ("Bytecode: Security mode set to \"TrustSigned\".",),
        ("TCP: Bound to [@{c:127.0.0.1|0.0.0.0}]:@{c:3310}",),
        ("LOCAL: Unix socket file /run/clamav/clamd.ctl",),
        ("Self checking every @{c:3600|600} seconds.",),
        ("Listening daemon: PID: @{i:300-99999}",),
        ("MaxQueue set to: @{c:100|200}",),
        ("ERROR: Can't open /var/log/clamav/clamav.log in append mode (check permissions!).",),
    ],
}

# ------------------------------------------------------------------------------------------------------------ FreeSWITCH
FS_POOLS = {
    "ext": [str(i) for i in range(1001, 1040)],
    "dest": ["5551234", "9001", "18005550199", "+4930123456", "conference-7"],
    "who": ["Alice Meyer", "1001", "Reception", "Support Hotline DE", "Bob"],
    "app": ["bridge", "answer", "playback", "set", "export", "voicemail", "transfer", "hangup", "sleep"],
    "arg": ["user/1002@pbx.example.com", "", "/usr/share/freeswitch/sounds/en/us/callie/ivr/8000/ivr-welcome.wav",
            "hangup_after_bridge=true", "nolocal:absolute_codec_string=PCMU,PCMA", "default pbx.example.com 1001",
            "9001 XML default", "NORMAL_CLEARING", "1000"],
    "cause": ["NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "ORIGINATOR_CANCEL", "CALL_REJECTED", "NO_USER_RESPONSE",
              "RECOVERY_ON_TIMER_EXPIRE", "INCOMPATIBLE_DESTINATION"],
    "cs": ["CS_EXECUTE", "CS_EXCHANGE_MEDIA", "CS_ROUTING", "CS_CONSUME_MEDIA", "CS_SOFT_EXECUTE"],
    "sst": ["calling", "received", "early", "completed", "ready", "terminated", "proceeding"],
    "code": ["0", "100", "180", "183", "200", "486", "487", "408"],
    "codec": ["PCMU:0:8000:20:64000:1", "PCMA:8:8000:20:64000:1", "opus:116:48000:20:0:1", "G722:9:8000:20:64000:1",
              "telephone-event:101:8000:0:0:1"],
    "chan": ["sofia/internal/@{p:ext}@pbx.example.com", "sofia/internal/@{p:ext}@10.40.0.5",
             "sofia/external/@{p:dest}@sip.carrier.example.net", "loopback/@{p:dest}-a", "sofia/internal/@{p:ext}@10.40.@{i:1-9}.@{i:2-250}:5060"],
    "contact": ["sip:@{p:ext}@@{ip:10.40}:@{port};transport=@{c:udp|tcp|tls}", "sip:@{p:ext}@@{ip:10.40}:@{port}"],
    "ua": ["sip:mod_sofia@10.40.0.5:5060", "sip:mod_sofia@10.40.0.5:5080", "sip:mod_sofia@203.0.113.10:5080"],
    "scanner": ["45.134.26.3", "185.243.5.117", "80.94.95.20"],
}


def fs_header(c, f):
    level, src = f
    return {"Date": c.now.strftime("%Y-%m-%d"), "Time": c.now.strftime("%H:%M:%S.") + f"{c.now.microsecond:06d}",
            "Idle": f"{c.rng.uniform(80, 99.9):.2f}%", "Level": level, "Source": src}


_CH = "@{t:chan}"
FREESWITCH = {
    "name": "FreeSWITCH", "seed": 1916, "version": "FreeSWITCH 1.10.10 console/freeswitch.log (idle CPU column, no UUID prefix)",
    "log_format": r"<Date> <Time> <Idle> \[<Level>\] <Source> <Content>",
    "start": START, "step_ms": 3000, "exponent": 0.85, "pools": FS_POOLS, "header": fs_header,
    "statements": [
        ("DEBUG", "sofia.c:7442", "Channel " + _CH + " entering state [@{p:sst}][@{p:code}]"),
        ("INFO", "switch_core_session.c:2995", "EXECUTE [depth=@{i:0-2}] " + _CH + " @{p:app}(@{p:arg})"),
        ("NOTICE", "switch_channel.c:1142", "New Channel " + _CH + " [@{u}]"),
        ("NOTICE", "switch_channel.c:3959", "Hangup " + _CH + " [@{p:cs}] [@{p:cause}]"),
        ("NOTICE", "switch_channel.c:3582", "Channel [" + _CH + "] has been answered"),
        ("NOTICE", "switch_channel.c:3411", "Ring-Ready " + _CH + "!"),
        ("NOTICE", "switch_channel.c:3480", "Pre-Answer " + _CH + "!"),
        ("INFO", "mod_dialplan_xml.c:639", "Processing @{p:who} <@{p:ext}>->@{p:dest} in context @{c:default|public|features}"),
        ("DEBUG", "switch_core_state_machine.c:585", "(" + _CH + ") Running State Change @{p:cs}"),
        ("DEBUG", "switch_core_state_machine.c:40", _CH + " Standard @{c:EXECUTE|HANGUP|ROUTING|DESTROY|REPORTING}"),
        ("DEBUG", "switch_core_media.c:5477", "Audio Codec Compare [@{p:codec}]/[@{p:codec}]"),
        ("DEBUG", "switch_rtp.c:2415", "Starting timer [soft] @{c:160|320|960} bytes per @{c:20|30}ms"),
        ("DEBUG", "switch_core_media.c:8787", "AUDIO RTP [" + _CH + "] @{ip:10.40} port @{i:16384-32768} -> @{ip:10.40} port @{i:1024-65535} codec: @{c:0|8|116|9} ms: @{c:20|30}"),
        ("WARNING", "sofia_reg.c:1843", "SIP auth failure (REGISTER) on sofia profile 'internal' for [@{p:ext}@pbx.example.com] from ip @{ip:203.0}"),
        ("WARNING", "sofia_reg.c:3045", "Can't find user [@{c:100|admin|1|test|6001}@@{c:10.40.0.5|pbx.example.com}] from @{p:scanner}\nYou must define a domain called '@{c:10.40.0.5|pbx.example.com}' in your directory and add a user with the id=\"@{c:100|admin|1|test|6001}\" attribute\nand you must configure your device to use the proper domain in it's authentication credentials.".replace("\n", " ")),
        ("DEBUG", "sofia_reg.c:1863", "SIP auth challenge (REGISTER) on sofia profile 'internal' for [@{p:ext}@pbx.example.com] from ip @{ip:10.40}"),
        ("INFO", "sofia_reg.c:2033", "Registered user @{p:ext}@pbx.example.com from @{ip:10.40}:@{port} with expires @{c:300|600|3600}"),
        ("INFO", "sofia_reg.c:1046", "Unregistered @{t:contact} Expired"),
        ("ERROR", "mod_dptools.c:3627", "Originate Failed.  Cause: @{p:cause}"),
        ("INFO", "mod_dptools.c:3622", "Originate Resulted in Success: [" + _CH + "] Peer UUID: @{u}"),
        ("DEBUG", "switch_core_session.c:1719", "Session @{i:1-999999} (" + _CH + ") Locked, Waiting on external entities"),
        ("NOTICE", "switch_core_session.c:1737", "Session @{i:1-999999} (" + _CH + ") Ended"),
        ("NOTICE", "switch_core_session.c:1741", "Close Channel " + _CH + " [CS_DESTROY]"),
        ("INFO", "switch_ivr_play_say.c:1721", "done playing file /usr/share/freeswitch/sounds/en/us/callie/@{c:ivr/8000/ivr-welcome.wav|voicemail/8000/vm-hello.wav|misc/8000/transfer1.wav}"),
        ("ERROR", "mod_sofia.c:2378", "CODEC NEGOTIATION ERROR.  SDP:"),
        ("WARNING", "switch_core_session.c:1917", "Max session rate (@{c:30|50}) reached"),
        ("ERROR", "sofia.c:3278", "Error Creating SIP UA for profile: @{c:external|internal} (@{p:ua}) ATTEMPT @{i:1-9} (RETRY IN @{c:5} SEC)"),
        ("NOTICE", "sofia.c:3330", "Started Profile @{c:internal|external} [sofia_reg_@{c:internal|external}]"),
        ("INFO", "switch_time.c:1434", "Timezone @{c:reloaded|Europe/Berlin set} @{i:500-600} definitions"),
        ("CONSOLE", "switch_core.c:2547", "FreeSWITCH Version @{c:1.10.10-release-25-e8b7ec5e2b~64bit} (@{c:-release-25-e8b7ec5e2b 64bit})"),
        ("NOTICE", "switch_channel.c:4003", "Hangup " + _CH + " [CS_CONSUME_MEDIA] [@{p:cause}] (@{c:from bridge|hangup after bridge})"),
    ],
}

SYSTEMS = [APEREOCAS, MOOSEFS, AKKA, TASMOTA, MONIT, ISCDHCPD, CLAMAV, FREESWITCH]
