#!/usr/bin/env python3
"""Writes bench/logs/unseen17: sixteen synthetic 2,000-line logs of systems in none of the earlier blind sets, each with
its Loghub-style ground truth (structured CSV, templates CSV) and formats.json.

Deterministic (one seed per system), standard library only. Each system is a header (a Loghub log_format and the Python
format that renders it) and a list of source statements; a statement's text names its variables as {slot}; the Content
fills every slot with a drawn value and the EventTemplate writes every slot as <*>, so the truth comes from the statement
definitions, never from the lines. Statements are listed most common first and drawn with a Zipf-like skew, so a few are
very common and the tail is seen a handful of times. Every line is checked on the way out: the log_format parses it back
into the header fields and the Content, and the template matches the Content.
Usage: python3 bench/logs/unseen17/make-unseen17.py [OUT_DIR]   (default: the folder of this script)
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

LINES = 2000
SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")


# ---------------------------------------------------------------- values shared by the systems
def ip(r):
    return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def pub_ip(r):
    return f"{r.choice([34, 52, 81, 91, 145, 185, 203])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def uuid(r):
    return f"{hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-{r.choice('89ab')}{hexs(r, 3)}-{hexs(r, 12)}"


def mac(r):
    return ":".join(hexs(r, 2) for _ in range(6))


USERS = ["jdoe", "asmith", "mkowalski", "li.wei", "svc-backup", "root", "admin", "n.okafor", "pgarcia", "deploy",
         "t.nguyen", "ops", "e.muller", "kfischer", "ci-bot"]
HOSTS = ["db01.prod.internal", "app-7.eu-west-1.compute.internal", "cache02", "edge-lon-3", "mq-a.corp.example.com",
         "worker-12", "ldap.corp.example.com", "node-b7", "pg-replica-2", "api.example.net"]
WORDS = ["orders", "billing", "payments", "inventory", "reports", "search", "users", "audit", "metrics", "sessions"]


def user(r):
    return r.choice(USERS)


def host(r):
    return r.choice(HOSTS)


COMMON = {
    "ip": ip, "pubip": pub_ip, "port": lambda r: str(r.randint(1024, 65535)), "user": user, "host": host,
    "uuid": uuid, "mac": mac, "n": lambda r: str(r.randint(0, 9999)), "big": lambda r: str(r.randint(10**5, 10**9)),
    "small": lambda r: str(r.randint(1, 64)), "ms": lambda r: str(r.randint(1, 30000)),
    "hex8": lambda r: hexs(r, 8), "hex16": lambda r: hexs(r, 16), "word": lambda r: r.choice(WORDS),
    "pid": lambda r: str(r.randint(300, 65000)), "f2": lambda r: f"{r.uniform(0, 1000):.2f}",
    "zero": lambda r: "0", "one": lambda r: "1",
}


# ---------------------------------------------------------------- the sixteen systems
def proxysql():
    comps = {}

    def src(file, line, func):
        return {"Component": f"{file}:{line}:{func}"}
    lvl = lambda l, c: dict(c, Level=l)  # noqa: E731
    hg = src("MySQL_HostGroups_Manager.cpp", 1843, "shun_and_killall()")
    st = [
        ("Shunning server {ip}:{port} with {small} errors/sec. Shunning for {small} seconds", lvl("ERROR", src("MySQL_HostGroups_Manager.cpp", 1087, "connect_error()"))),
        ("Detected a broken connection while running query on ({small},{ip},{port},{n}) , FD (Conn:{small} , MyDS:{small}) , user {user} , last_used {ms}ms ago : {n}, {errmsg}", lvl("ERROR", src("MySQL_Session.cpp", 3641, "handler_minus1_ClientLibraryError()"))),
        ("Changing status for server {hgid}:{ip}:{port} ({ip}:{port}) from {n} ({srvstate}) to {n} ({srvstate})", lvl("INFO", src("MySQL_HostGroups_Manager.cpp", 2289, "commit()"))),
        ("Error after {ms}ms on server {ip}:{port} : timeout check", lvl("WARNING", src("MySQL_Monitor.cpp", 1502, "monitor_ping()"))),
        ("Closing killed client connection {ip}:{port}", lvl("INFO", src("MySQL_Thread.cpp", 4125, "process_all_sessions()"))),
        ("Access denied for user '{user}'@'{ip}' (using password: {yesno})", lvl("ERROR", src("MySQL_Protocol.cpp", 1705, "process_pkt_handshake_response()"))),
        ("Cluster: detected a new checksum for {module} from peer {host}:{port}, version {small}, epoch {epoch}, checksum 0x{hex16u} . Not syncing yet ...", lvl("INFO", src("ProxySQL_Cluster.cpp", 830, "set_checksums()"))),
        ("Cluster: detected a peer {host}:{port} with {module} version {small}, epoch {epoch}, diff_check {small}. Own version: {small}, epoch: {epoch}. Proceeding with remote sync", lvl("INFO", src("ProxySQL_Cluster.cpp", 1004, "set_checksums()"))),
        ("Cluster: Fetching {modtitle} from peer {host}:{port} completed", lvl("INFO", src("ProxySQL_Cluster.cpp", 1512, "pull_mysql_query_rules_from_peer()"))),
        ("Cluster: Loading to runtime {modtitle} from peer {host}:{port}", lvl("INFO", src("ProxySQL_Cluster.cpp", 1530, "pull_mysql_query_rules_from_peer()"))),
        ("Server {ip}:{port} missed {small} heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online.", lvl("ERROR", src("MySQL_Monitor.cpp", 2310, "monitor_ping_process_ready_tasks()"))),
        ("Read_only_action RO={bit} phase {small} : Dumping mysql_servers for {ip}:{port}", lvl("INFO", hg)),
        ("Unable to parse query. If correct, report it as a bug: {sql}", lvl("WARNING", src("MySQL_Session.cpp", 5917, "handler___status_WAITING_CLIENT_DATA___STATE_SLEEP()"))),
        ("Received {admincmd} command", lvl("INFO", src("ProxySQL_Admin.cpp", 3974, "admin_handler_command_load_or_save()"))),
        ("Aborted connection {n} to db: '{db}' user: '{user}' host: '{ip}' ({errmsg})", lvl("WARNING", src("MySQL_Session.cpp", 7215, "MySQL_Session_Handler()"))),
        ("Automatic client connection timeout: closing client connection {ip}:{port} after {ms}ms of inactivity", lvl("WARNING", src("MySQL_Thread.cpp", 3803, "process_all_sessions()"))),
        ("Max connect timeout reached while reaching hostgroup {hgid} after {ms}ms", lvl("ERROR", src("MySQL_Session.cpp", 2831, "handler_again___status_CONNECTING_SERVER()"))),
        ("Generating new mysql_servers table with checksum 0x{hex16u}", lvl("INFO", hg)),
        ("ProxySQL version {ver}, codename Truls", lvl("INFO", src("main.cpp", 2257, "ProxySQL_Main_init()"))),
        ("Standard ProxySQL Cluster rev. {ver} -- {srcfile} -- {date}", lvl("INFO", src("ProxySQL_Cluster.cpp", 226, "ProxySQL_Cluster()"))),
        ("Killing connection {ip}:{port} because query timed out after {ms}ms", lvl("WARNING", src("MySQL_Thread.cpp", 3762, "process_all_sessions()"))),
    ]
    vals = {
        "errmsg": lambda r: r.choice(["Lost connection to MySQL server during query", "MySQL server has gone away",
                                      "Server shutdown in progress", "Query execution was interrupted"]),
        "hgid": lambda r: str(r.choice([0, 1, 10, 20, 30])), "srvstate": lambda r: r.choice(["ONLINE", "SHUNNED", "OFFLINE_SOFT", "OFFLINE_HARD"]),
        "yesno": lambda r: r.choice(["YES", "NO"]), "bit": lambda r: r.choice(["0", "1"]),
        "module": lambda r: r.choice(["mysql_query_rules", "mysql_servers", "mysql_users", "proxysql_servers", "mysql_variables"]),
        "modtitle": lambda r: r.choice(["MySQL Query Rules", "MySQL Servers", "MySQL Users", "ProxySQL Servers"]),
        "epoch": lambda r: str(r.randint(1796500000, 1796700000)), "hex16u": lambda r: hexs(r, 16).upper(),
        "sql": lambda r: r.choice(["SELECT * FROM `orders` WHERE id = ?", "SET NAMES utf8mb4 COLLATE utf8mb4_0900_ai_ci",
                                   "CALL refresh_stats(?, ?)", "SHOW FULL PROCESSLIST", "LOAD DATA LOCAL INFILE ? INTO TABLE t"]),
        "admincmd": lambda r: r.choice(["LOAD MYSQL USERS TO RUNTIME", "SAVE MYSQL SERVERS TO DISK", "LOAD MYSQL QUERY RULES TO RUNTIME",
                                        "SAVE MYSQL VARIABLES TO DISK", "LOAD ADMIN VARIABLES TO RUNTIME"]),
        "db": lambda r: r.choice(["shop", "analytics", "auth", "information_schema"]),
        "ver": lambda r: r.choice(["2.5.5-10-g195fd70", "2.5.4-58-gbd3a3a4"]),
        "srcfile": lambda r: "ProxySQL_Cluster.cpp", "date": lambda r: f"{r.choice(['Tue Nov 21', 'Wed Oct 18'])} 10:{r.randint(10, 59)}:{r.randint(10, 59)} 2023",
    }

    def hdr(r, t, ex):
        return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S"), "Component": ex["Component"], "Level": ex["Level"]}
    return dict(fmt="<Date> <Time> <Component>: \\[<Level>\\] <Content>", render="{Date} {Time} {Component}: [{Level}] {Content}",
                hdr=hdr, st=st, vals=vals, about="ProxySQL 2.5 (proxysql.log: date, time, source file:line:function, [LEVEL]; Cluster sync messages, server status changes)")


def kamailio():
    c = lambda lvl, comp: {"Level": lvl, "Component": comp}  # noqa: E731
    st = [
        ("REGISTER from sip:{user}@{domain} (IP:{ip}:{port}) Contact: <sip:{user}@{ip}:{port};transport={transport}>", c("INFO", "<script>")),
        ("INVITE sip:{num}@{domain} from sip:{user}@{domain} ({ip}:{port}) ci={callid}", c("INFO", "<script>")),
        ("acc_log_request(): ACC: transaction answered: timestamp={epoch};method={method};from_tag={tag};to_tag={tag};call_id={callid};code={code};reason={reason};src_user={user};src_domain={domain};src_ip={ip};dst_ouser={num};dst_user={num};dst_domain={domain}", c("NOTICE", "acc [acc.c:285]")),
        ("Auth failed for {user}@{domain} from {pubip}:{port} - {authres}", c("WARNING", "<script>")),
        ("t_send_branch(): sending request on branch {small} failed", c("ERROR", "tm [t_fwd.c:1564]")),
        ("tcpconn_main_timeout(): connect {ip}:{port} failed (timeout)", c("ERROR", "<core> [core/tcp_main.c:4790]")),
        ("ds_ping_reply_callback(): destination {sipuri} is now {dsstate}", c("WARNING", "dispatcher [dispatch.c:3254]")),
        ("Relaying {method} to {sipuri} for {callid}", c("INFO", "<script>")),
        ("sl_reply_error(): stateless error reply used: I'm terribly sorry, server error occurred ({small}/SL)", c("ERROR", "sl [sl_funcs.c:415]")),
        ("pike_check_req(): PIKE - BLOCKing ip {pubip}, node={hex7}", c("WARNING", "pike [pike_funcs.c:137]")),
        ("w_t_relay(): relaying failed: {reason} ({code})", c("ERROR", "tm [tm.c:1768]")),
        ("dlg_ontimeout(): timeout for dlg with CallID '{callid}' and tags '{tag}' '{tag}'", c("NOTICE", "dialog [dlg_handlers.c:1589]")),
        ("udp_send(): sendto(sock, buf: {ptr}, len: {n}, 0, dst: ({ip}:{port})): Network is unreachable({errno})", c("ERROR", "<core> [core/udp_server.c:587]")),
        ("receive_msg(): no via found in request", c("ERROR", "<core> [core/receive.c:254]")),
        ("check_ip_address(): check_via_address(): request does not come from {ip} ({pubip})", c("WARNING", "<core> [core/forward.c:516]")),
        ("save(): contact '{sipuri}' expired for AoR sip:{user}@{domain}", c("INFO", "usrloc [urecord.c:289]")),
        ("Blocked scanner {ua} from {pubip}", c("NOTICE", "<script>")),
        ("db_postgres_submit_query(): {pgerr}", c("ERROR", "db_postgres [km_dbase.c:281]")),
    ]
    vals = {
        "domain": lambda r: r.choice(["sip.example.com", "voip.example.net", "pbx.corp.example.com"]),
        "transport": lambda r: r.choice(["udp", "tcp", "tls", "ws"]), "num": lambda r: str(r.randint(10**8, 10**10)),
        "callid": lambda r: f"{hexs(r, 8)}-{hexs(r, 4)}@{ip(r)}", "tag": lambda r: hexs(r, 10),
        "epoch": lambda r: str(r.randint(1796500000, 1796700000)),
        "method": lambda r: r.choice(["INVITE", "BYE", "REGISTER", "OPTIONS", "ACK", "CANCEL"]),
        "code": lambda r: r.choice(["200", "180", "486", "404", "408", "503"]),
        "reason": lambda r: r.choice(["OK", "Ringing", "Busy Here", "Not Found", "Request Timeout", "Service Unavailable"]),
        "authres": lambda r: r.choice(["-2", "-3", "-4"]),
        "sipuri": lambda r: f"sip:{ip(r)}:{r.choice([5060, 5080, 5062])}", "dsstate": lambda r: r.choice(["INACTIVE", "ACTIVE", "PROBING"]),
        "errno": lambda r: "101", "hex7": lambda r: hexs(r, 7), "ptr": lambda r: "0x7f" + hexs(r, 10),
        "ua": lambda r: r.choice(["friendly-scanner", "sipvicious", "sipcli/v1.8", "VaxSIPUserAgent/3.1"]),
        "pgerr": lambda r: r.choice(["driver error: FATAL:  terminating connection due to administrator command",
                                     "driver error: server closed the connection unexpectedly"]),
    }

    def hdr(r, t, ex):
        return {"Month": t.strftime("%b"), "Day": str(t.day), "Time": t.strftime("%H:%M:%S"), "Host": "sbc-1",
                "Pid": str(r.choice([2211, 2214, 2217, 2230, 2231])), "Level": ex["Level"], "Component": ex["Component"]}
    return dict(fmt="<Month> <Day> <Time> <Host> /usr/sbin/kamailio\\[<Pid>\\]: <Level>: <Component>: <Content>",
                render="{Month} {Day:>2} {Time} {Host} /usr/sbin/kamailio[{Pid}]: {Level}: {Component}: {Content}",
                hdr=hdr, st=st, vals=vals,
                about="Kamailio 5.7 via syslog (LEVEL: module [file.c:line]: function(): message, or <script>: for xlog lines; acc records as key=value;... lists)")


def argo_workflows():
    st = [
        ('msg="Processing workflow" namespace={ns} workflow={wf}', {}),
        ('msg="Task-result reconciliation" namespace={ns} numObjs={small} workflow={wf}', {}),
        ('msg="node changed" namespace={ns} new.message={wfmsg} new.phase={phase} new.progress={small}/{small} nodeID={node} old.message= old.phase={phase} old.progress={small}/{small} workflow={wf}', {}),
        ('msg="Workflow update successful" namespace={ns} phase={phase} resourceVersion={big} workflow={wf}', {}),
        ('msg="Pod failed: Error (exit code {small})" displayName={step} namespace={ns} pod={node} templateName={step} workflow={wf}', {"Level": "info"}),
        ('msg="SG Outbound nodes of {node} are [{node}]" namespace={ns} workflow={wf}', {}),
        ('msg="Created pod: {wf}[{small}].{step} ({node})" namespace={ns} workflow={wf}', {}),
        ('msg="Updated phase {phase} -> {phase}" namespace={ns} workflow={wf}', {}),
        ('msg="Marking workflow completed" namespace={ns} workflow={wf}', {}),
        ('msg="cleaning up pod" action=deletePod key={ns}/{node}/deletePod', {}),
        ('msg="Alloc={n} TotalAlloc={big} Sys={big} NumGC={n} Goroutines={small}"', {}),
        ('msg="Checking daemoned children of {node}" namespace={ns} workflow={wf}', {}),
        ('msg="archiving workflow" namespace={ns} uid={uuid} workflow={wf}', {}),
        ('msg="Workflow to be dehydrated" Workflow Size={big}', {}),
        ('msg="Enforcing history limit for \'{cron}\'" namespace={ns} workflow={cron}', {}),
        ('msg="Failed to submit workflow" error="{err}" namespace={ns} workflow={cron}', {"Level": "error"}),
        ('msg="Error updating workflow: Operation cannot be fulfilled on workflows.argoproj.io \\"{wf}\\": the object has been modified; please apply your changes to the latest version and try again Conflict" namespace={ns} workflow={wf}', {"Level": "warning"}),
        ('msg="Deleting garbage collected workflow \'{ns}/{wf}\'"', {}),
        ('msg="Get leases {code}"', {}),
        ('msg="Update leases {code}"', {}),
    ]
    wfs = ["build-", "nightly-etl-", "release-", "ci-pr-", "dag-diamond-"]
    vals = {
        "ns": lambda r: r.choice(["argo", "ci", "data-pipelines", "ml-train"]),
        "wf": lambda r: r.choice(wfs) + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)),
        "node": lambda r: r.choice(wfs) + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)) + "-" + str(r.randint(10**8, 4 * 10**9)),
        "phase": lambda r: r.choice(["Pending", "Running", "Succeeded", "Failed", "Error"]),
        "wfmsg": lambda r: r.choice(["", "PodInitializing", '"Error (exit code 1)"', "ContainerCreating"]),
        "step": lambda r: r.choice(["checkout", "unit-test", "build-image", "push", "deploy-staging", "lint"]),
        "cron": lambda r: r.choice(["nightly-report", "hourly-sync", "cleanup-old-artifacts"]),
        "err": lambda r: r.choice(['workflows.argoproj.io \\"nightly-report\\" is forbidden: exceeded quota',
                                   "context deadline exceeded", "admission webhook denied the request"]),
        "code": lambda r: r.choice(["200", "200", "200", "409", "500"]),
    }

    def hdr(r, t, ex):
        return {"Time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z", "Level": ex.get("Level", "info")}
    return dict(fmt='time="<Time>" level=<Level> <Content>', render='time="{Time}" level={Level} {Content}', hdr=hdr, st=st, vals=vals,
                about="Argo Workflows 3.5 workflow-controller (logrus text: time=\"…\" level=… msg=\"…\" then sorted key=value fields)")


def ssm_agent():
    W = "[ssm-agent-worker]"
    st = [
        (W + " [HealthCheck] HealthCheck reporting agent health.", "INFO"),
        (W + " [MessageService] [MGSInteractor] Sending reply {uuid}", "INFO"),
        (W + " [MessageService] [MessageHandler] SendReply is successful for message {uuid}", "INFO"),
        (W + " [MessageService] [EngineProcessor] [OutOfProcExecuter] [{cmdid}] document: {cmdid} process exited with code: {small}", "INFO"),
        (W + " [MessageService] [EngineProcessor] [OutOfProcExecuter] [{cmdid}.{small}] plugin {plugin} status: {status}", "INFO"),
        (W + " [MessageService] [Association] Schedule manager refreshed with {small} associations, {small} new associations associated", "INFO"),
        (W + " [CredentialRefresher] Next credential rotation will be in {f1} minutes", "INFO"),
        (W + " [MessageService] [MGSInteractor] Processing AgentJobMessage with MessageId: {uuid}", "INFO"),
        (W + " [MessageService] [MessageGatewayService] Setting up websocket for controlchannel for instance: {iid}, requestId: {uuid}", "INFO"),
        ("[ssm-session-worker] [{user}-{hex17}] [DataBackend] [pluginName=Standard_Stream] Session {user}-{hex17} terminated after {n} seconds of inactivity", "INFO"),
        (W + " [MessageService] [MGSInteractor] Error while reading message from control channel: websocket: close {wscode} (abnormal closure): unexpected EOF", "WARN"),
        (W + " [MessageService] [EngineProcessor] [OutOfProcExecuter] [{cmdid}] messaging worker encountered error: {err}", "ERROR"),
        (W + " [MessageService] [Association] No associations on boot. Requerying for associations after {small} seconds.", "INFO"),
        (W + " [instanceID={iid}] Entering SSM Agent hibernate - AccessDeniedException: User: arn:aws:sts::{acct}:assumed-role/{role}/{iid} is not authorized to perform: ssm:UpdateInstanceInformation on resource: arn:aws:ec2:{region}:{acct}:instance/{iid} because no identity-based policy allows the ssm:UpdateInstanceInformation action", "ERROR"),
        ("[amazon-ssm-agent] [LongRunningWorkerContainer] [WorkerProvider] Worker ssm-agent-worker (pid:{pid}) started", "INFO"),
        ("[amazon-ssm-agent] [LongRunningWorkerContainer] [WorkerProvider] Worker ssm-agent-worker is not running, starting worker process", "INFO"),
        (W + " [MessageService] [MessageHandler] inventory: Sending {n} items of AWS:{invtype}", "INFO"),
        ("[amazon-ssm-agent] amazon-ssm-agent - v{ver}", "INFO"),
        ("[amazon-ssm-agent] Agent will take identity from EC2", "INFO"),
        (W + " [MessageService] [EngineProcessor] [OutOfProcExecuter] [{cmdid}] document {docname} is canceled", "WARN"),
        (W + " [LongRunningPluginsManager] [CloudWatch] Failed to start plugin: exec: \"{exe}\": executable file not found in $PATH", "ERROR"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    vals = {
        "wscode": lambda r: "1006", "cmdid": uuid, "plugin": lambda r: r.choice(["aws:runShellScript", "aws:runPowerShellScript", "aws:softwareInventory", "aws:configurePackage"]),
        "status": lambda r: r.choice(["Success", "Failed", "TimedOut", "Cancelled"]),
        "f1": lambda r: f"{r.uniform(1, 60):.1f}", "iid": lambda r: "i-0" + hexs(r, 16),
        "hex17": lambda r: "0" + hexs(r, 16), "acct": lambda r: str(r.randint(10**11, 10**12 - 1)),
        "role": lambda r: r.choice(["EC2-Default-Role", "app-node-role", "AmazonSSMRoleForInstancesQuickSetup"]),
        "region": lambda r: r.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]),
        "invtype": lambda r: r.choice(["Application", "AWSComponent", "Network", "WindowsUpdate", "InstanceDetailedInformation"]),
        "err": lambda r: r.choice(["document worker timed out", "failed to start document worker: fork/exec /usr/bin/ssm-document-worker: resource temporarily unavailable"]),
        "ver": lambda r: r.choice(["3.2.2016.0", "3.2.1798.0"]), "docname": lambda r: r.choice(["AWS-RunPatchBaseline", "AWS-RunShellScript", "AWS-GatherSoftwareInventory"]),
        "exe": lambda r: r.choice(["AmazonCloudWatchAgent", "amazon-cloudwatch-agent-ctl"]),
    }

    def hdr(r, t, ex):
        return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S"), "Level": ex["Level"]}
    return dict(fmt="<Date> <Time> <Level> <Content>", render="{Date} {Time} {Level} {Content}", hdr=hdr, st=st, vals=vals,
                about="AWS Systems Manager Agent 3.2 on Linux (amazon-ssm-agent.log: date, time, LEVEL, then a varying number of [component] brackets, command ids in brackets)")


def nxos():
    m = lambda f, s, n: {"Facility": f, "Severity": s, "Mnemonic": n}  # noqa: E731
    st = [
        ("Interface {intf} is down (Link failure)", m("ETHPORT", "5", "IF_DOWN_LINK_FAILURE")),
        ("Interface {intf} is up in mode {mode}", m("ETHPORT", "5", "IF_UP")),
        ("Interface {intf}, operational speed changed to {speed}", m("ETHPORT", "5", "SPEED")),
        ("Interface {intf}, operational duplex mode changed to Full", m("ETHPORT", "5", "IF_DUPLEX")),
        ("Interface {intf}, operational Receive Flow Control state changed to {onoff}", m("ETHPORT", "5", "IF_RX_FLOW_CONTROL")),
        ("Interface {intf}, operational Transmit Flow Control state changed to {onoff}", m("ETHPORT", "5", "IF_TX_FLOW_CONTROL")),
        ("Src IP: {ip}, Dst IP: {ip}, Src Port: {port}, Dst Port: {dport}, Src Intf: {intf}, Protocol: \"{proto}\"({protonum}), Hit-count = {n}", m("ACLLOG", "5", "ACLLOG_FLOW_INTERVAL")),
        ("pam_unix(dcos_sshd:session): session opened for user {user} by (uid={zero}) - dcos_sshd[{pid}]", m("AUTHPRIV", "6", "SYSTEM_MSG")),
        ("port-channel{small}: {intf} is up", m("ETH_PORT_CHANNEL", "5", "PORT_UP")),
        ("port-channel{small}: first operational port changed from none to {intf}", m("ETH_PORT_CHANNEL", "5", "FOP_CHANGED")),
        ("bgp-{asn} [{pid}] (default) neighbor {ip} Up", m("BGP", "5", "ADJCHANGE")),
        ("bgp-{asn} [{pid}] (default) neighbor {ip} Down - sent:  holdtimer expired error", m("BGP", "5", "ADJCHANGE")),
        ("Configured from vty by {user} on {ip}@pts/{small}", m("VSHD", "5", "VSHD_SYSLOG_CONFIG_I")),
        ("ospf-{small} [{pid}] Nbr {ip} on Vlan{vlan} went {ospfstate}", m("OSPF", "5", "ADJCHANGE")),
        ("Mac {macdot} in vlan {vlan} has moved between {intf} to {intf}", m("L2FM", "4", "L2FM_MAC_MOVE2")),
        ("error: maximum authentication attempts exceeded for invalid user {user} from {pubip} port {port} ssh2 [preauth] - dcos_sshd[{pid}]", m("DAEMON", "3", "SYSTEM_MSG")),
        ("Interface {intf} is down (Administratively down)", m("ETHPORT", "5", "IF_DOWN_ADMIN_DOWN")),
        ("In domain {small}, VPC peer keep-alive receive has failed", m("VPC", "2", "PEER_KEEP_ALIVE_RECV_FAIL")),
        ("Power supply {small} failed or shut down (Serial number {serial})", m("PLATFORM", "2", "PS_FAIL")),
        ("Interface {intf} is up in mode {mode} and port-channel{small}", m("ETHPORT", "5", "IF_UP")),
        ("Fan module {small} (Serial number {serial}) {fanstate}", m("PLATFORM", "5", "FAN_DETECT")),
    ]
    vals = {
        "intf": lambda r: f"Ethernet1/{r.randint(1, 54)}" if r.random() < 0.85 else f"Ethernet{r.randint(101, 112)}/1/{r.randint(1, 48)}",
        "mode": lambda r: r.choice(["access", "trunk", "routed", "fex-fabric"]),
        "speed": lambda r: r.choice(["10 Gbps", "25 Gbps", "40 Gbps", "100 Gbps", "1000 Mbps"]),
        "onoff": lambda r: r.choice(["on", "off"]), "dport": lambda r: r.choice(["443", "22", "53", "8443", "3306"]),
        "proto": lambda r: r.choice(["TCP", "UDP", "ICMP"]), "protonum": lambda r: r.choice(["6", "17", "1"]),
        "asn": lambda r: r.choice(["65001", "65010", "4200000101"]), "vlan": lambda r: str(r.randint(2, 3999)),
        "ospfstate": lambda r: r.choice(["FULL", "DOWN", "EXSTART", "INIT"]),
        "macdot": lambda r: f"{hexs(r, 4)}.{hexs(r, 4)}.{hexs(r, 4)}", "serial": lambda r: "DCB" + str(r.randint(1000, 9999)) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)),
        "fanstate": lambda r: r.choice(["detected", "removed"]),
    }

    def hdr(r, t, ex):
        return dict(ex, Year=str(t.year), Month=t.strftime("%b"), Day=str(t.day), Time=t.strftime("%H:%M:%S"), Host=r.choice(["leaf-101", "leaf-102", "spine-1"]))
    return dict(fmt="<Year> <Month> <Day> <Time> <Host> %<Facility>-<Severity>-<Mnemonic>: <Content>",
                render="{Year} {Month} {Day:>2} {Time} {Host} %{Facility}-{Severity}-{Mnemonic}: {Content}", hdr=hdr, st=st, vals=vals,
                about="Cisco NX-OS 10.3 syslog (year first, %FACILITY-SEV-MNEMONIC:, interface names, multi-word speeds, ' - dcos_sshd[pid]' trailers)")


def rundeck():
    st = [
        ("Execution {n} for job {job} [{uuid}] in project {project} started by {user}", "INFO", "rundeck.services.ExecutionService"),
        ("Execution {n} completed with status {status} in {ms}ms", "INFO", "rundeck.services.ExecutionService"),
        ("Sending notification {trigger} for job {uuid} to {email}", "INFO", "rundeck.services.NotificationService"),
        ("[{user}@{node}] Executing command: {cmd}", "DEBUG", "com.dtolabs.rundeck.core.execution.impl.jsch.JschNodeExecutor"),
        ("[{user}@{node}] SSH command failed: {reason}", "ERROR", "com.dtolabs.rundeck.core.execution.impl.jsch.JschNodeExecutor"),
        ("Execution failed: {n} in project {project}: [Workflow result: , step failures: {{{one}: Dispatch failed on {one} nodes: [{node}: NonZeroResultCode: Result code was {small} + {}] }, Node failures: {{{node}: [NonZeroResultCode: Result code was {small} + {}]}, status: failed]", "ERROR", "rundeck.services.ExecutionUtilService"),
        ("Authorization cache refreshed in {ms} ms", "DEBUG", "rundeck.services.AuthorizationService"),
        ("Log file storage for execution {n} completed: {path}", "INFO", "rundeck.services.LogFileStorageService"),
        ("scheduling temp job: TEMP:{user}:{n}", "INFO", "rundeck.services.ScheduledExecutionService"),
        ("Job {job} [{uuid}] skipped: already running (execution {n})", "WARN", "rundeck.quartzjobs.ExecutionJob"),
        ("{user} login succeeded from {ip}", "INFO", "org.rundeck.security.JettyCachingLdapLoginModule"),
        ("{user} login failed from {ip}: {loginerr}", "WARN", "org.rundeck.security.JettyCachingLdapLoginModule"),
        ("Loading project definition for {project}...", "INFO", "rundeck.services.ProjectManagerService"),
        ("Git export: committed {small} jobs to {branch} as {sha}", "INFO", "org.rundeck.plugin.scm.git.GitExportPlugin"),
        ("Git import: fetch from {url} failed: {giterr}", "ERROR", "org.rundeck.plugin.scm.git.GitImportPlugin"),
        ("Rundeck startup finished in {ms}ms", "INFO", "rundeckapp.BootStrap"),
        ("Rundeck is ACTIVE: executions can be run.", "INFO", "rundeckapp.init.RundeckInitializer"),
        ("Scheduler {sched} paused.", "INFO", "org.quartz.core.QuartzScheduler"),
        ("Cleaner: deleted {n} executions older than {small} days in project {project}", "INFO", "rundeck.services.ExecutionCleanerJob"),
    ]
    st = [(a, {"Level": b, "Component": c}) for a, b, c in st]
    vals = {
        "job": lambda r: r.choice(["Restart nginx", "DB backup nightly", "Rotate logs", "deploy-api", "Purge CDN cache"]),
        "project": lambda r: r.choice(["ops", "platform", "data-eng", "web"]),
        "status": lambda r: r.choice(["succeeded", "failed", "aborted", "timedout"]),
        "trigger": lambda r: r.choice(["onsuccess", "onfailure", "onstart", "onavgduration"]),
        "email": lambda r: r.choice(["ops@example.com", "oncall@example.com", "j.doe@example.com"]),
        "node": lambda r: r.choice(["web01", "web02", "db-primary", "batch-3", "lb1.dc2"]),
        "cmd": lambda r: r.choice(["sudo systemctl restart nginx", "df -h", "/opt/scripts/backup.sh --full", "uptime"]),
        "reason": lambda r: r.choice(["Auth fail", "Connection refused (Connection refused)", "timeout: socket is not established"]),
        "path": lambda r: f"/var/lib/rundeck/logs/rundeck/{r.choice(['ops', 'web'])}/job/{uuid(r)}/logs/{r.randint(1, 99999)}.rdlog",
        "loginerr": lambda r: r.choice(["Invalid credentials", "User not found in LDAP", "Account locked"]),
        "branch": lambda r: r.choice(["main", "master", "rundeck-jobs"]), "sha": lambda r: hexs(r, 7),
        "url": lambda r: r.choice(["https://git.example.com/ops/rundeck-jobs.git", "ssh://git@git.example.com/ops/jobs.git"]),
        "sched": lambda r: "RundeckScheduler_$_NON_CLUSTERED", "giterr": lambda r: r.choice(["Auth fail", "not authorized", "Connection timed out"]),
    }

    def hdr(r, t, ex):
        return {"Time": t.strftime("%Y-%m-%dT%H:%M:%S,") + f"{r.randint(0, 999):03d}", "Level": ex["Level"], "Component": ex["Component"]}
    return dict(fmt="\\[<Time>\\] <Level> <Component> - <Content>", render="[{Time}] {Level:<5} {Component} - {Content}", hdr=hdr, st=st, vals=vals,
                about="Rundeck 4.17 service log (log4j2: [ISO,ms] LEVEL padded to 5, logger - message; workflow results printed as nested maps)")


def dex():
    st = [
        ('msg="login successful" connector_id={conn} username={user} preferred_username={user} email={email} groups={groups}', "INFO"),
        ('msg="performing ldap search" base_dn={dn} scope=sub filter="(&(objectClass=person)(uid={user}))"', "INFO"),
        ('msg="username mapped to entry" username={user} entry=uid={user},ou=people,dc=example,dc=org', "INFO"),
        ('msg="garbage collection run, delete auth requests={small}, auth codes={small}, device requests={small}, device tokens={small}"', "INFO"),
        ('msg="keys expired, rotating"', "INFO"),
        ('msg="keys rotated" next_rotation={ts}', "INFO"),
        ('msg="failed to login user" connector_id={conn} err="{loginerr}"', "ERROR"),
        ('msg="invalid client_secret on token request for client" client_id={client}', "INFO"),
        ('msg="failed to parse authorization request" err="Unregistered redirect_uri (\\"{url}\\")."', "ERROR"),
        ('msg="refresh token claimed twice" token_id={tokid} client_id={client}', "ERROR"),
        ('msg="failed to refresh identity" connector_id={conn} err="{refresherr}"', "ERROR"),
        ('msg="config connector" connector_id={conn}', "INFO"),
        ('msg="listening on" server={srv} address={addr}', "INFO"),
        ('msg="config storage" storage_type={storage}', "INFO"),
        ('msg="config issuer" issuer={issuer}', "INFO"),
        ('msg="Dex Version" version={dexver} go_version={gover} os={os} arch={arch}', "INFO"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    vals = {
        "conn": lambda r: r.choice(["ldap", "github", "okta-saml", "local"]),
        "email": lambda r: user(r).replace(".", "") + "@example.org",
        "groups": lambda r: "[" + " ".join(r.sample(["admins", "devs", "sre", "finance", "readonly"], r.randint(0, 3))) + "]",
        "dn": lambda r: r.choice(["ou=people,dc=example,dc=org", "ou=staff,ou=people,dc=example,dc=org"]),
        "ts": lambda r: f"2026-12-{r.randint(7, 9):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999):06d}Z",
        "loginerr": lambda r: r.choice(["ldap: invalid password for user", "github: user not in required orgs or teams",
                                        "context deadline exceeded"]),
        "client": lambda r: r.choice(["grafana", "argo-cd", "kubectl-oidc", "vault"]),
        "url": lambda r: r.choice(["https://grafana.example.com/login/generic_oauth", "http://localhost:8000", "https://cd.example.com/auth/callback"]),
        "tokid": lambda r: "".join(r.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(25)),
        "refresherr": lambda r: r.choice(["ldap: user not found", "oauth2: token expired and refresh token is not set"]),
        "storage": lambda r: "postgres", "issuer": lambda r: "https://dex.example.com/dex", "dexver": lambda r: "v2.39.1", "gover": lambda r: "go1.22.2", "os": lambda r: "linux", "arch": lambda r: "amd64",
        "srv": lambda r: r.choice(["http", "grpc", "telemetry"]), "addr": lambda r: r.choice(["0.0.0.0:5556", "0.0.0.0:5557", "0.0.0.0:5558"]),
    }

    def hdr(r, t, ex):
        return {"Time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999):03d}Z", "Level": ex["Level"]}
    return dict(fmt="time=<Time> level=<Level> <Content>", render="time={Time} level={Level} {Content}", hdr=hdr, st=st, vals=vals,
                about="Dex 2.39 OIDC provider (Go slog text handler: time= level=INFO msg=\"…\" then key=value attributes; ldap filters, bracketed group lists)")


def garage():
    st = [
        ("garage_api::generic_server: {ip} (via {ip6}) {method} {s3path}", "INFO"),
        ("garage_block::resync: Resync block {hex64}: offloading and deleting", "INFO"),
        ("garage_block::resync: Resync block {hex64}: fetching absent but needed block (refcount > 0)", "INFO"),
        ("garage_api::generic_server: Response: error {code} {reason}, {s3err}", "INFO"),
        ("garage_net::netapp: Connected to {ip}:{port}, negotiating handshake...", "INFO"),
        ("garage_net::netapp: Connection established to {hex16}", "INFO"),
        ("garage_rpc::system: Doing a bootstrap/discovery step (not_configured: {bool}, no_peers: {bool}, bad_peers: {bool})", "INFO"),
        ("garage_table::sync: ({table}) Sending {small} items to {hex16}", "INFO"),
        ("garage_table::gc: ({table}) GC: {small} items successfully pushed, will try to delete.", "INFO"),
        ("garage_net::peering: Error establishing RPC connection to remote node: {hex16}@{ip}:{port}.\\nThis can happen if the remote node is not reachable on the network, but also if the two nodes are not configured with the same rpc_secret.\\nIO error: Connection refused (os error {oserr})", "WARN"),
        ("garage_block::resync: Error when resyncing {hex64}: {blockerr}", "ERROR"),
        ("garage_model::s3::lifecycle_worker: Lifecycle worker finished for {date}, objects expired: {n}, mpu aborted: {small}", "INFO"),
        ("garage_util::background::worker: Worker {small} ({worker}) exited (last error: {workerr})", "WARN"),
        ("garage_rpc::layout::manager: Layout history updated: version {small}", "INFO"),
        ("garage_net::netapp: Closing connection to {hex16} ({ip}:{port})", "INFO"),
        ("garage_api::generic_server: S3 API server listening on {listen}", "INFO"),
        ("garage::server: Launching Admin API server...", "INFO"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    vals = {
        "oserr": lambda r: "111", "listen": lambda r: "http://[::]:3900",
        "ip6": lambda r: f"[::ffff:10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}]:{r.randint(1024, 65535)}",
        "method": lambda r: r.choice(["GET", "PUT", "HEAD", "DELETE", "POST"]),
        "s3path": lambda r: "/" + r.choice(["backups", "media", "tf-state", "loki-chunks"]) + "/" + r.choice([
            f"{hexs(r, 8)}/{r.randint(1, 999)}.jpg", f"fake/{hexs(r, 16)}:{hexs(r, 8)}", f"?list-type=2&prefix={r.choice(['2026/', 'index/', ''])}", f"state/{r.choice(WORDS)}.tfstate", f"?uploads&key={hexs(r, 6)}"]),
        "hex64": lambda r: hexs(r, 64), "code": lambda r: r.choice(["404", "403", "409", "500"]),
        "reason": lambda r: r.choice(["Not Found", "Forbidden", "Conflict", "Internal Server Error"]),
        "s3err": lambda r: r.choice(["Key not found", "Bucket not found: loki-chunks", "Forbidden: No such key: GK" + hexs(r, 24), "Bucket not empty"]),
        "bool": lambda r: r.choice(["true", "false"]), "table": lambda r: r.choice(["object", "version", "block_ref", "bucket_v2", "key", "mpu"]),
        "blockerr": lambda r: r.choice(["Could not reconstruct block: Not enough nodes have the block", "Remote error: Block not found", "Block is corrupted"]),
        "date": lambda r: f"2026-12-{r.randint(1, 7):02d}", "worker": lambda r: r.choice(["Block resync worker #1", "Block resync worker #2", "object lifecycle worker", "block_ref GC", "Block scrub worker"]),
        "workerr": lambda r: r.choice(["Timeout", "Could not reach quorum of 2. 1 of 3 request succeeded, others returned errors: [\"Timeout\", \"Timeout\"]", "Netapp error: Not connected"]),
    }

    def hdr(r, t, ex):
        return {"Time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{r.randint(0, 999999):06d}Z", "Level": ex["Level"]}
    return dict(fmt="<Time> <Level> <Content>", render="{Time} {Level:>5} {Content}", hdr=hdr, st=st, vals=vals,
                about="Garage 0.9 S3-compatible object store (Rust tracing fmt: ISO microseconds, level right-aligned in 5, module::path: message; escaped \\n inside one line)")


def php():
    fl = " in {phpfile} on line {line}"
    st = [
        ('Undefined array key "{key}"' + fl, "Warning"),
        ("Undefined variable ${var}" + fl, "Warning"),
        ("Trying to access array offset on value of type {type}" + fl, "Warning"),
        ("{func}(): Passing null to parameter #{small} (${var}) of type {ptype} is deprecated" + fl, "Deprecated"),
        ("Undefined array key {line}" + fl, "Warning"),
        ("Creation of dynamic property {cls}::${var} is deprecated" + fl, "Deprecated"),
        ("Undefined property: {cls}::${var}" + fl, "Warning"),
        ("Allowed memory size of {big} bytes exhausted (tried to allocate {big} bytes)" + fl, "Fatal error"),
        ("foreach() argument must be of type array|object, {type} given" + fl, "Warning"),
        ("Cannot modify header information - headers already sent by (output started at {phpfile}:{line})" + fl, "Warning"),
        ("Maximum execution time of {small} seconds exceeded" + fl, "Fatal error"),
        ("mysqli::real_connect(): (HY000/{myno}): {myerr}" + fl, "Warning"),
        ("file_get_contents({url}): Failed to open stream: HTTP request failed! HTTP/1.1 {code} {reason}" + fl, "Warning"),
        ("session_start(): Session cannot be started after headers have already been sent" + fl, "Warning"),
        ('syntax error, unexpected token "{tok}", expecting "{tok}"' + fl, "Parse error"),
        ("require_once({incpath}): Failed to open stream: No such file or directory" + fl, "Warning"),
        ("preg_match(): Unknown modifier '{ch}'" + fl, "Warning"),
        ("Only variables should be passed by reference" + fl, "Notice"),
        ("Uncaught TypeError: {func}(): Argument #{small} (${var}) must be of type {ptype}, {type} given, called in {phpfile} on line {line} and defined in {phpfile}:{line}", "Fatal error"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    vals = {
        "key": lambda r: r.choice(["id", "page", "HTTP_X_FORWARDED_FOR", "user_id", "lang", "REMOTE_USER", "token"]),
        "phpfile": lambda r: "/var/www/" + r.choice(["html/wp-content/plugins/woo-extra/includes/class-cart.php", "shop/src/Controller/OrderController.php",
                                                     "html/index.php", "shop/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php", "legacy/lib/db.inc.php", "shop/src/Service/Mailer.php"]),
        "line": lambda r: str(r.randint(2, 2400)), "var": lambda r: r.choice(["user", "row", "options", "data", "i", "config", "result"]),
        "type": lambda r: r.choice(["null", "bool", "int", "string"]), "ptype": lambda r: r.choice(["string", "array", "int", "?Countable"]),
        "func": lambda r: r.choice(["strlen", "trim", "htmlspecialchars", "str_replace", "explode", "count", "App\\Service\\Mailer::send"]),
        "cls": lambda r: r.choice(["WC_Product_Simple", "App\\Entity\\Order", "Legacy_Db", "stdClass"]),
        "myno": lambda r: r.choice(["2002", "2002", "1040"]), "myerr": lambda r: r.choice(["Connection refused", "No such file or directory", "Too many connections"]),
        "url": lambda r: r.choice(["https://api.example.com/v1/rates", "http://10.2.3.4/health", "https://feeds.example.net/export.xml"]),
        "code": lambda r: r.choice(["404", "500", "503", "403"]), "reason": lambda r: r.choice(["Not Found", "Internal Server Error", "Service Unavailable", "Forbidden"]),
        "tok": lambda r: r.choice(["}", ")", ";", "=>", "function", "variable"]),
        "incpath": lambda r: r.choice(["config/local.php", "/var/www/legacy/lib/compat.php", "vendor/autoload.php"]),
        "ch": lambda r: r.choice(["d", "/", "w", "g"]),
    }

    def hdr(r, t, ex):
        return {"Date": t.strftime("%d-%b-%Y"), "Time": t.strftime("%H:%M:%S"), "Level": ex["Level"]}
    return dict(fmt="\\[<Date> <Time> UTC\\] PHP <Level>:  <Content>", render="[{Date} {Time} UTC] PHP {Level}:  {Content}", hdr=hdr, st=st, vals=vals,
                about="PHP 8.2 error_log (php-fpm pools: [dd-Mon-yyyy hh:mm:ss UTC] PHP Warning:  message in file on line N; levels of two words)")


def esp_idf():
    st = [
        ("sensor: temperature={temp} C humidity={temp} %", "I"),
        ("mqtt_example: sent publish successful, msg_id={n}", "I"),
        ("mqtt_example: MQTT_EVENT_PUBLISHED, msg_id={n}", "I"),
        ("wifi:bcn_timeout,ap_probe_send_start", "I"),
        ("wifi:state: {wstate} -> {wstate} ({hex2})", "I"),
        ("wifi:new:<{chan},{zero}>, old:<{chan},{zero}>, ap:<{b255},{b255}>, sta:<{chan},{zero}>, prof:{one}", "I"),
        ("wifi:connected with {ssid}, aid = {small}, channel {chan}, BW20, bssid = {mac}", "I"),
        ("wifi:security: WPA2-PSK, phy: bgn, rssi: {rssi}", "I"),
        ("wifi:pm start, type: {one}", "I"),
        ("esp_netif_handlers: sta ip: {ip}, mask: {mask}, gw: {ip}", "I"),
        ("wifi_station: got ip:{ip}", "I"),
        ("wifi_station: retry to connect to the AP", "I"),
        ("wifi:ap_probe_send over, resett wifi status to disassoc", "I"),
        ("mqtt_client: Writing didn't complete in specified timeout: errno={errno}", "E"),
        ("esp-tls: [sock={small}] select() timeout", "E"),
        ("wifi:<ba-add>idx:{small} (ifx:{zero}, {mac}), tid:{small}, ssn:{n}, winSize:{win}", "W"),
        ("mqtt_example: MQTT_EVENT_DISCONNECTED", "I"),
        ("mqtt_example: MQTT_EVENT_CONNECTED", "I"),
        ("esp_https_ota: Starting OTA...", "I"),
        ("esp_https_ota: Image bytes read: {big}", "I"),
        ("heap_init: At {addr} len {len8} ({small} KiB): {region}", "I"),
        ("cpu_start: Pro cpu up.", "I"),
        ("wifi_station: connect to the AP fail", "I"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    vals = {
        "temp": lambda r: f"{r.uniform(10, 70):.2f}", "b255": lambda r: "255", "win": lambda r: "64", "mask": lambda r: "255.255.255.0", "wstate": lambda r: r.choice(["init", "auth", "assoc", "run"]),
        "hex2": lambda r: r.choice(["b0", "10", "0", "200"]), "chan": lambda r: str(r.choice([1, 6, 11, 3])),
        "ssid": lambda r: r.choice(["IoT-Lab", "Warehouse 2 AP", "FactoryNet", "Guest WiFi 5G"]), "rssi": lambda r: str(-r.randint(35, 92)),
        "errno": lambda r: r.choice(["119", "113", "104"]), "addr": lambda r: "3F" + hexs(r, 6).upper(),
        "len8": lambda r: "000" + hexs(r, 5).upper(), "region": lambda r: r.choice(["DRAM", "D/IRAM", "IRAM"]),
    }
    boot = {"ms": 0}

    def hdr(r, t, ex):
        boot["ms"] += r.randint(1, 4000)
        return {"Level": ex["Level"], "Time": str(boot["ms"])}
    return dict(fmt="<Level> \\(<Time>\\) <Content>", render="{Level} ({Time}) {Content}", hdr=hdr, st=st, vals=vals,
                about="ESP-IDF 5.1 firmware on an ESP32 over UART (L (ms since boot) tag: message; the wifi library glues its tag to the message, wifi:<ba-add>idx:…)")


def openwrt():
    st = [
        ("hostapd: {iface}: STA {mac} IEEE 802.11: associated (aid {small})", "daemon.info"),
        ("hostapd: {iface}: AP-STA-CONNECTED {mac} auth_alg={authalg}", "daemon.notice"),
        ("hostapd: {iface}: STA {mac} WPA: pairwise key handshake completed (RSN)", "daemon.info"),
        ("hostapd: {iface}: EAPOL-4WAY-HS-COMPLETED {mac}", "daemon.notice"),
        ("dnsmasq-dhcp[{pid}]: DHCPREQUEST(br-lan) {ip} {mac}", "daemon.info"),
        ("dnsmasq-dhcp[{pid}]: DHCPACK(br-lan) {ip} {mac} {hostname}", "daemon.info"),
        ("hostapd: {iface}: AP-STA-DISCONNECTED {mac}", "daemon.notice"),
        ("hostapd: {iface}: STA {mac} IEEE 802.11: disassociated", "daemon.info"),
        ("kernel: [{uptime}] br-lan: port {small}({iface}) entered {brstate} state", "kern.info"),
        ("netifd: Interface '{ifname}' is now up", "daemon.notice"),
        ("netifd: Interface '{ifname}' is now down", "daemon.notice"),
        ("netifd: Network device '{dev}' link is up", "daemon.notice"),
        ("netifd: Network device '{dev}' link is down", "daemon.notice"),
        ("netifd: wan ({pid}): udhcpc: sending renew to server {pubip}", "daemon.notice"),
        ("netifd: wan ({pid}): udhcpc: lease of {pubip} obtained from {pubip}, lease time {n}", "daemon.notice"),
        ("dropbear[{pid}]: Password auth succeeded for '{user}' from {ip}:{port}", "authpriv.notice"),
        ("dropbear[{pid}]: Bad password attempt for '{user}' from {pubip}:{port}", "authpriv.warn"),
        ("dropbear[{pid}]: Exit ({user}) from <{ip}:{port}>: Disconnect received", "authpriv.info"),
        ("odhcpd[{pid}]: DHCPV6 SOLICIT IA_NA from {duid} on br-lan: ok {ip6}/128", "daemon.warn"),
        ("kernel: [{uptime}] mt7915e {pci}: Message {hex8} (seq {small}) timeout", "kern.warn"),
        ("hostapd: {iface}: STA {mac} IEEE 802.11: deauthenticated due to local deauth request", "daemon.info"),
        ("dnsmasq-dhcp[{pid}]: DHCPACK(br-lan) {ip} {mac}", "daemon.info"),
    ]
    st = [(a, {"Facility": b.split(".")[0], "Level": b.split(".")[1]}) for a, b in st]
    up = {"s": 1000.0}

    def uptime(r):
        up["s"] += r.uniform(0.1, 90)
        return f"{up['s']:.6f}"
    vals = {
        "pci": lambda r: "0000:01:00.0", "iface": lambda r: r.choice(["phy0-ap0", "phy1-ap0", "phy1-ap1"]), "authalg": lambda r: r.choice(["open", "sae", "ft"]),
        "hostname": lambda r: r.choice(["iPhone", "Galaxy-S23", "DESKTOP-4KQ1M2T", "living-room-tv", "esp32-c3-a1b2"]),
        "uptime": uptime, "brstate": lambda r: r.choice(["blocking", "forwarding", "disabled"]),
        "ifname": lambda r: r.choice(["wan", "wan6", "lan", "guest", "wg0"]), "dev": lambda r: r.choice(["eth0", "lan1", "lan2", "wan", "br-lan"]),
        "duid": lambda r: "000100012" + hexs(r, 19), "ip6": lambda r: f"fd12:{hexs(r, 4)}:{hexs(r, 4)}::{hexs(r, 3)}",
    }

    def hdr(r, t, ex):
        return {"Weekday": t.strftime("%a"), "Month": t.strftime("%b"), "Day": str(t.day), "Time": t.strftime("%H:%M:%S"),
                "Year": str(t.year), "Facility": ex["Facility"], "Level": ex["Level"]}
    return dict(fmt="<Weekday> <Month> <Day> <Time> <Year> <Facility>\\.<Level> <Content>",
                render="{Weekday} {Month} {Day:>2} {Time} {Year} {Facility}.{Level} {Content}", hdr=hdr, st=st, vals=vals,
                about="OpenWrt 23.05 logread (ctime-style date with the year after the time, facility.level, then process[pid]: or kernel: [uptime])")


def foundationdb():
    tail = ' Machine="{addr}" LogGroup="{loggroup}" Roles="{roles}" />'
    st = [
        ('Type="MachineMetrics" ID="{zeroid}" Elapsed="{el}" MbpsSent="{f2}" MbpsReceived="{f2}" OutSegs="{n}" RetransSegs="{small}" CPUSeconds="{f3}" TotalMemory="{big}" CommittedMemory="{big}" AvailableMemory="{big}"' + tail, "10"),
        ('Type="ProcessMetrics" ID="{zeroid}" Elapsed="{el}" CPUSeconds="{f3}" MainThreadCPUSeconds="{f3}" UptimeSeconds="{f2}" Memory="{big}" ResidentMemory="{big}" UnusedAllocatedMemory="{big}" MbpsSent="{f2}" MbpsReceived="{f2}" DiskFreeBytes="{big}" DiskTotalBytes="{big}"' + tail, "10"),
        ('Type="StorageMetrics" ID="{hex16}" Elapsed="{el}" QueryQueue="{f2} {f2} {big}" FinishedQueries="{f2} {f2} {big}" BytesInput="{f2} {f2} {big}" Version="{big}" StorageVersion="{big}" DurableVersion="{big}" DesiredOldestVersion="{big}"' + tail, "10"),
        ('Type="ConnectionFrom" ID="{hex16}" SuppressedEventCount="{small}" FromAddress="{addr}"' + tail, "10"),
        ('Type="RkUpdate" ID="{hex16}" TPSLimit="{f2}" Reason="{small}" ReasonServerID="{hex16}" ReleasedTPS="{f2}" ReleasedBatchTPS="{f2}" TPSBasis="{f2}" StorageServers="{small}" Proxies="{small}" TLogs="{small}" WorstFreeSpaceStorageServer="{big}" WorstStorageServerQueue="{n}" LimitingStorageServerQueue="{n}"' + tail, "10"),
        ('Type="SlowTask" ID="{zeroid}" TaskID="{n}" MClocks="{f2}" Duration="{f3}" SampleRate="{one}" NumYields="{zero}"' + tail, "10"),
        ('Type="ConnectionClosed" ID="{hex16}" Error="connection_failed" ErrorDescription="Network connection failed" ErrorCode="{ec1026}" SuppressedEventCount="{small}" PeerAddr="{addr}"' + tail, "20"),
        ('Type="ConnectingTo" ID="{hex16}" SuppressedEventCount="{small}" PeerAddr="{addr}"' + tail, "10"),
        ('Type="Role" ID="{hex16}" As="{role}" Transition="Begin" Origin="Recruited" OnWorker="{hex16}"' + tail, "10"),
        ('Type="Role" ID="{hex16}" As="{role}" Transition="End" Origin="{origin}" Error="{roleerr}" ErrorDescription="{roleerrdesc}" ErrorCode="{errcode}"' + tail, "10"),
        ('Type="MasterRecoveryState" ID="{hex16}" StatusCode="{small}" Status="{recstatus}" Missing="{small}" Present="{small}"' + tail, "10"),
        ('Type="N2_ReadError" ID="{zeroid}" SuppressedEventCount="{small}" ErrorCode="{small}" Message="{n2msg}"' + tail, "10"),
        ('Type="TLogMetrics" ID="{hex16}" Elapsed="{el}" BytesInput="{f2} {f2} {big}" BytesDurable="{f2} {f2} {big}" Version="{big}" QueueCommittedVersion="{big}" PersistentDataVersion="{big}"' + tail, "10"),
        ('Type="TooManyConnectionsClosed" ID="{zeroid}" SuppressedEventCount="{small}" PeerAddr="{addr}"' + tail, "30"),
        ('Type="StorageServerFailed" ID="{hex16}" Error="please_reboot" ErrorDescription="Reboot of server process requested" ErrorCode="{ec1207}" Reason="Error"' + tail, "40"),
        ('Type="TraceFileOpenComplete" ID="{zeroid}" File="/var/log/foundationdb/trace.{ipraw}.{port}.{epoch}.{hex8}.1.xml"' + tail, "10"),
    ]
    st = [(a, {"Level": b}) for a, b in st]
    addrs = [f"10.20.{r}.{c}:{p}" for r in range(1, 3) for c in (11, 12, 13) for p in (4500, 4501)]
    vals = {
        "addr": lambda r: r.choice(addrs), "ec1026": lambda r: "1026", "ec1207": lambda r: "1207", "loggroup": lambda r: "default", "zeroid": lambda r: "0000000000000000", "ipraw": ip, "roles": lambda r: r.choice(["SS", "TL", "CP,CC", "SS,TL", "GP,MS,RK", "CD"]),
        "el": lambda r: f"{r.uniform(4.99, 5.02):.5f}", "f3": lambda r: f"{r.uniform(0, 10):.6f}",
        "role": lambda r: r.choice(["StorageServer", "TLog", "CommitProxyServer", "GrvProxyServer", "Resolver", "Ratekeeper"]),
        "origin": lambda r: r.choice(["Recruited", "Restored"]),
        "roleerr": lambda r: r.choice(["worker_removed", "tlog_stopped", "recruitment_failed"]),
        "roleerrdesc": lambda r: r.choice(["Normal worker shut down", "TLog stopped", "Recruitment of a server failed"]),
        "errcode": lambda r: r.choice(["1202", "1011", "1208"]),
        "recstatus": lambda r: r.choice(["reading_coordinated_state", "locking_coordinated_state", "recruiting_transaction_servers",
                                         "initializing_transaction_servers", "accepting_commits", "all_logs_recruited", "fully_recovered"]),
        "n2msg": lambda r: r.choice(["End of file", "Connection reset by peer", "stream truncated"]),
        "epoch": lambda r: str(r.randint(1796500000, 1796700000)),
    }

    def hdr(r, t, ex):
        ep = t.replace(tzinfo=dt.timezone.utc).timestamp() + r.random()
        return {"Level": ex["Level"], "Epoch": f"{ep:.6f}", "Time": t.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return dict(fmt='<Event Severity="<Level>" Time="<Epoch>" DateTime="<Time>" <Content>',
                render='<Event Severity="{Level}" Time="{Epoch}" DateTime="{Time}" {Content}', hdr=hdr, st=st, vals=vals,
                about="FoundationDB 7.1 trace files (one XML <Event …/> element per line: Type= names the event, its attributes follow; metrics as 'rate roughness total' triples)")


def artemis():
    S = "org.apache.activemq.artemis.core.server"
    st = [
        ("AMQ601715: User {user}(amq)@{ip}:{port} successfully authenticated", "INFO", "org.apache.activemq.audit.base"),
        ("AMQ601267: User {user}(amq)@{ip}:{port} is creating a core session on target resource ActiveMQServerImpl::name={broker} with parameters: [{sess}, {user}, ****, {n}, RemotingConnectionImpl [ID={hex8}, clientID=null, nodeID={uuid}, transportConnection=NettyServerConnection[ID={hex8}, local= /{ip}:{aport}, remote=/{ip}:{port}]], true, false, false, false, null, null]", "INFO", "org.apache.activemq.audit.base"),
        ("AMQ222061: Client connection failed, clearing up resources for session {uuid}", "WARN", S),
        ("AMQ222107: Cleared up resources for session {uuid}", "WARN", S),
        ("AMQ221003: Deploying {rtype} queue {queue} on address {addr}", "INFO", S),
        ("AMQ221080: Deploying address {addr} supporting [{rtype}]", "INFO", S),
        ("AMQ222038: Starting paging on address '{addr}'; size={big} bytes ({n} messages); maxSize={big} bytes ({minus1} messages); globalSize={big} bytes ({n} messages); globalMaxSize={big} bytes ({minus1} messages);", "INFO", S),
        ("AMQ221048: Consumer {uuid}:{uuid} attached to queue '{queue}' from {ip}:{port} identified as '{clientid}'", "INFO", S),
        ("AMQ212037: Connection failure to /{ip}:{port} has been detected: AMQ219014: Timed out after waiting {ms} ms for response when sending packet {small} [code=CONNECTION_TIMEDOUT]", "WARN", "org.apache.activemq.artemis.core.client"),
        ("AMQ222210: Free storage space is at {size} of {size} total. Usage rate is {pct}% which is beneath the configured <max-disk-usage>. System will start blocking producers.", "WARN", S),
        ("AMQ222212: Disk Full! Blocking message production on address '{addr}'. Clients will report blocked.", "WARN", S),
        ("AMQ222149: Message Reference[{n}]:RELIABLE:CoreMessage[messageID={big},durable=true,userID={uuid},priority={small}, timestamp={jdate},expiration=0, durable=true, address={addr},size={n},properties=TypedProperties[{props}]]@{n} has reached maximum delivery attempts, sending it to Dead Letter Address DLQ from {queue}", "WARN", S),
        ("AMQ222146: Message has expired. No bindings for Expiry Address ExpiryQueue so dropping it", "WARN", S),
        ("AMQ224091: Bridge ClusterConnectionBridge@{hex7} [name=$.artemis.internal.sf.my-cluster.{uuid}, queue=QueueImpl[name=$.artemis.internal.sf.my-cluster.{uuid}, postOffice=PostOfficeImpl [server=ActiveMQServerImpl::name={broker}], temp=false]@{hex7} targetConnector=ServerLocatorImpl (identity=(Cluster-connection-bridge::ClusterConnectionBridge@{hex7})) [initialConnectors=[TransportConfiguration(name=artemis, factory=org-apache-activemq-artemis-core-remoting-impl-netty-NettyConnectorFactory) ?port={aport}&host={hostdash}], discoveryGroupConfiguration=null]] is unable to connect to destination. Retrying", "WARN", S),
        ("AMQ221024: Backup server ActiveMQServerImpl::name={broker} is synchronized with live server, nodeID={uuid}.", "INFO", S),
        ("AMQ222092: Connection to the backup node failed, removing replication now", "WARN", S),
        ("AMQ221020: Started EPOLL Acceptor at {anyaddr}:{aport} for protocols [{protos}]", "INFO", S),
        ("AMQ221007: Server is now live", "INFO", S),
        ("AMQ221002: Apache ActiveMQ Artemis Message Broker version {amqver} [{uuid}] stopped, uptime {uptime}", "INFO", S),
        ("AMQ224016: Caught exception", "ERROR", S),
    ]
    st = [(a, {"Level": b, "Component": c}) for a, b, c in st]
    vals = {
        "minus1": lambda r: "-1", "anyaddr": lambda r: "0.0.0.0", "amqver": lambda r: "2.31.2", "broker": lambda r: r.choice(["broker-0", "broker-1", "amq-primary"]), "sess": uuid,
        "rtype": lambda r: r.choice(["ANYCAST", "MULTICAST"]),
        "queue": lambda r: r.choice(["orders.created", "billing.events", "DLQ", "ExpiryQueue", "notifications", "jms.queue.audit"]),
        "addr": lambda r: r.choice(["orders.created", "billing.events", "notifications", "telemetry.raw", "jms.queue.audit"]),
        "clientid": lambda r: r.choice(["order-service-7c9f", "billing-worker", "ID:" + hexs(r, 12)]),
        "size": lambda r: f"{r.uniform(0.5, 900):.1f}{r.choice(['MB', 'GB'])}", "pct": lambda r: f"{r.uniform(80, 99.9):.1f}",
        "jdate": lambda r: f"{r.choice(['Mon', 'Sun'])} Dec 0{r.randint(6, 7)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} UTC 2026",
        "props": lambda r: r.choice(["_AMQ_ROUTING_TYPE=1", "__AMQ_CID=" + uuid(r) + ", _AMQ_ROUTING_TYPE=1", "JMSCorrelationID=" + hexs(r, 8) + ", _AMQ_ROUTING_TYPE=1, traceparent=00-" + hexs(r, 32) + "-" + hexs(r, 16) + "-01"]),
        "hex7": lambda r: hexs(r, 7), "hostdash": lambda r: r.choice(["broker-1-amq-svc", "10-20-1-12"]),
        "aport": lambda r: r.choice(["61616", "5672", "1883", "61613"]), "protos": lambda r: r.choice(["CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE", "AMQP", "MQTT", "STOMP"]),
        "uptime": lambda r: r.choice([f"{r.randint(2, 59)} minutes", f"{r.randint(1, 23)} hours {r.randint(1, 59)} minutes", f"{r.randint(2, 40)} days"]),
    }

    def hdr(r, t, ex):
        return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + f"{r.randint(0, 999):03d}", "Level": ex["Level"], "Component": ex["Component"]}
    return dict(fmt="<Date> <Time> <Level> \\[<Component>\\] <Content>", render="{Date} {Time} {Level:<5} [{Component}] {Content}", hdr=hdr, st=st, vals=vals,
                about="Apache ActiveMQ Artemis 2.31 broker (JBoss-style: LEVEL padded to 5, [logger], AMQnnnnnn: codes; audit lines with Java toString() dumps)")


def kea():
    H = "[hwtype={one} {mac}], cid=[{cid}], tid=0x{tid}"
    st = [
        ("DHCP4_PACKET_RECEIVED " + H + ": {ptype} (type {small}) received from {ip} to {ip} on interface {iface}", "INFO", "packets"),
        ("DHCP4_LEASE_ALLOC " + H + ": lease {ip} has been allocated for {lease} seconds", "INFO", "leases"),
        ("DHCP4_PACKET_SEND " + H + ": trying to send packet {ptype} (type {small}) from {ip}:{sport} to {ip}:{cport} on interface {iface}", "INFO", "packets"),
        ("DHCP4_LEASE_ADVERT " + H + ": lease {ip} will be advertised", "INFO", "leases"),
        ("DHCP4_LEASE_REUSE " + H + ": lease {ip} has been reused for {lease} seconds", "INFO", "leases"),
        ("DHCP4_INIT_REBOOT " + H + ": client is in INIT-REBOOT state and requests address {ip}", "INFO", "dhcp4"),
        ("DHCP4_RELEASE " + H + ": address {ip} was released properly.", "INFO", "leases"),
        ("DHCP4_SUBNET_SELECTION_FAILED " + H + ": failed to select subnet for the client", "WARN", "dhcpsrv"),
        ("ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET [hwtype={one} {mac}], tid=0x{tid}: failed to allocate an IPv4 address in the subnet {cidr}, subnet-id {small}, shared network {net}", "WARN", "alloc-engine"),
        ("ALLOC_ENGINE_V4_ALLOC_FAIL " + H + ": failed to allocate an IPv4 address after {small} attempt(s)", "WARN", "alloc-engine"),
        ("DHCP4_DECLINE_LEASE Received DHCPDECLINE for addr {ip} from client " + H + ". The lease will be unavailable for {lease} seconds.", "INFO", "leases"),
        ("COMMAND_RECEIVED Received command '{cmd}'", "INFO", "commands"),
        ("DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup", "INFO", "dhcpsrv"),
        ("DHCPSRV_MEMFILE_LFC_EXECUTE executing Lease File Cleanup using: {lfccmd}", "INFO", "dhcpsrv"),
        ("DHCP4_HOOK_LEASE4_RENEW_SKIP " + H + ": DHCPREQUEST processing skipped, because of the callout {callout}", "WARN", "hooks"),
        ("HA_HEARTBEAT_COMMUNICATIONS_FAILED {hapeer}: failed to send heartbeat to {haurl}: {haerr}", "WARN", "ha-hooks"),
        ("DHCPSRV_MEMFILE_LFC_SETUP setting up the Lease File Cleanup interval to {lfc} sec", "INFO", "dhcpsrv"),
        ("DHCP4_STARTED Kea DHCPv4 server version {keaver} started", "INFO", "dhcp4"),
    ]
    st = [(a, {"Level": b, "Component": "kea-dhcp4." + c}) for a, b, c in st]
    vals = {
        "sport": lambda r: "67", "cport": lambda r: "68", "keaver": lambda r: "2.4.1",
        "lfccmd": lambda r: "/usr/sbin/kea-lfc -4 -x /var/lib/kea/kea-leases4.csv.2 -i /var/lib/kea/kea-leases4.csv.1 -o /var/lib/kea/kea-leases4.csv.output -f /var/lib/kea/kea-leases4.csv.completed -p /run/kea/kea-leases4.csv.pid -c ignored-path",
        "cid": lambda r: "no info" if r.random() < 0.3 else "01:" + mac(r), "tid": lambda r: hexs(r, 8),
        "ptype": lambda r: r.choice(["DHCPDISCOVER", "DHCPREQUEST", "DHCPOFFER", "DHCPACK", "DHCPNAK", "DHCPINFORM"]),
        "iface": lambda r: r.choice(["eth1", "ens192", "vlan20"]), "lease": lambda r: r.choice(["3600", "7200", "86400", "4000"]),
        "cidr": lambda r: f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.0/24", "net": lambda r: r.choice(["campus-a", "voice", "guest-net"]),
        "cmd": lambda r: r.choice(["lease4-get-all", "statistic-get-all", "config-reload", "lease4-del", "ha-heartbeat", "status-get"]),
        "callout": lambda r: r.choice(["lease4_renew", "lease_cmds"]), "hapeer": lambda r: r.choice(["kea-a", "kea-b"]),
        "haurl": lambda r: f"http://10.0.{r.randint(0, 9)}.{r.randint(2, 9)}:8000/", "haerr": lambda r: r.choice(["Connection refused", "Timeout", "No route to host"]),
        "lfc": lambda r: r.choice(["3600", "1800"]),
    }

    def hdr(r, t, ex):
        return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S.") + f"{r.randint(0, 999):03d}", "Level": ex["Level"],
                "Component": ex["Component"], "Pid": "1532", "Tid": r.choice(["139927345104256", "139927236212288", "139927227819584"])}
    return dict(fmt="<Date> <Time> <Level> \\[<Component>/<Pid>\\.<Tid>\\] <Content>", render="{Date} {Time} {Level:<5} [{Component}/{Pid}.{Tid}] {Content}",
                hdr=hdr, st=st, vals=vals,
                about="ISC Kea 2.4 DHCPv4 (LEVEL padded to 5, [logger/pid.tid], MESSAGE_ID then text; client identifiers [hwtype=1 mac], cid=[… or 'no info'], tid=0x…)")


def guacamole():
    st = [
        ('User "{user}" successfully authenticated from {ip}.', "INFO", "o.a.g.r.auth.AuthenticationService"),
        ('User "{user}" connected to connection "{small}".', "INFO", "o.a.g.tunnel.TunnelRequestService"),
        ('User "{user}" disconnected from connection "{small}". Duration: {ms} milliseconds', "INFO", "o.a.g.tunnel.TunnelRequestService"),
        ('Connection "{small}" ("{conn}") from "{ip}" using protocol "{proto}" established.', "DEBUG", "o.a.g.tunnel.TunnelRequestService"),
        ('Authentication attempt from {ip} for user "{user}" failed.', "WARN", "o.a.g.r.auth.AuthenticationService"),
        ('Authentication attempt from [{ip}, {ip}] for user "{user}" failed.', "WARN", "o.a.g.r.auth.AuthenticationService"),
        ("Connection to guacd terminated abnormally: {guacerr}", "INFO", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint"),
        ("Creation of WebSocket tunnel to guacd failed: {conerr}", "ERROR", "o.a.g.w.GuacamoleWebSocketTunnelEndpoint"),
        ("HTTP tunnel request failed: {guacerr}", "ERROR", "o.a.g.s.GuacamoleHTTPTunnelServlet"),
        ('Unable to bind using "uid={user},ou=people,dc=example,dc=org": Invalid credentials', "ERROR", "o.a.g.auth.ldap.bind.BindRequestFactory"),
        ('Extension "{ext}" ({extns}) loaded.', "INFO", "o.a.g.extension.ExtensionModule"),
        ("Failed to connect to guacd at {host}:{gport}: Connection refused", "ERROR", "o.a.g.tunnel.TunnelRequestService"),
        ("Token {tok} has expired and will be removed.", "DEBUG", "o.a.g.r.auth.HashTokenSessionMap"),
        ("Session {tok} for user \"{user}\" has been invalidated.", "DEBUG", "o.a.g.r.session.SessionResource"),
        ("Guacamole is being run within {srv}, which is known to be vulnerable to a WebSocket denial of service. Please upgrade.", "WARN", "o.a.g.w.WebApplicationWebSocketTunnelEndpoint"),
    ]
    st = [(a, {"Level": b, "Component": c}) for a, b, c in st]
    vals = {
        "gport": lambda r: "4822", "conn": lambda r: r.choice(["Build server", "jump-host-1", "Windows 2019 - finance", "db-admin (SSH)", "kiosk"]),
        "proto": lambda r: r.choice(["rdp", "ssh", "vnc", "kubernetes"]),
        "guacerr": lambda r: r.choice(["Connection to guacd timed out.", "Server refused connection.", "Upstream server closed connection.", "Connection closed."]),
        "conerr": lambda r: r.choice(["Connection refused (Connection refused)", "Read timed out", "No route to host (Host unreachable)"]),
        "ext": lambda r: r.choice(["MySQL Authentication", "LDAP Authentication", "TOTP TFA Authentication", "Header Authentication"]),
        "extns": lambda r: r.choice(["mysql", "ldap", "totp", "header"]), "tok": lambda r: hexs(r, 64).upper(),
        "srv": lambda r: r.choice(["Tomcat 9.0.27", "Jetty 9.4.12"]),
    }

    def hdr(r, t, ex):
        return {"Time": t.strftime("%H:%M:%S.") + f"{r.randint(0, 999):03d}",
                "Thread": r.choice([f"http-nio-8080-exec-{r.randint(1, 40)}", f"Thread-{r.randint(10, 900)}", "localhost-startStop-1"]),
                "Level": ex["Level"], "Component": ex["Component"]}
    return dict(fmt="<Time> \\[<Thread>\\] <Level> <Component> - <Content>", render="{Time} [{Thread}] {Level:<5} {Component} - {Content}", hdr=hdr, st=st, vals=vals,
                about="Apache Guacamole 1.5 web application under Tomcat (logback: time only, [thread], LEVEL padded to 5, abbreviated logger - message; quoted names with spaces)")


def phoenix():
    R = ("request_id={rid} ",)
    st = [
        ("{method} {path}", R),
        ("Sent {code} in {dur}", R),
        ('{{"args":{{"user_id":{n}}},"attempt":{small},"duration":{big},"event":"job:stop","id":{n},"max_attempts":{maxatt},"meta":{{}},"queue":"{queue}","queue_time":{big},"source":"oban","state":"{jobstate}","tags":[],"worker":"{worker}"}}', ("",)),
        ("Converted error Ecto.NoResultsError to 404 response", R),
        ('[libcluster:k8s] connected to :"myapp@{ip}"', ("",)),
        ('[libcluster:k8s] disconnected from :"myapp@{ip}"', ("",)),
        ("Postgrex.Protocol (#PID<{zero}.{n}.{zero}>) disconnected: ** (DBConnection.ConnectionError) client #PID<{zero}.{n}.{zero}> exited", ("",)),
        ("Converted error Phoenix.Router.NoRouteError to 404 response", R),
        ('{{"args":{{"user_id":{n}}},"attempt":{small},"duration":{big},"error":"** (RuntimeError) {rterr}","event":"job:exception","id":{n},"max_attempts":{maxatt},"meta":{{}},"queue":"{queue}","queue_time":{big},"source":"oban","state":"failure","tags":[],"worker":"{worker}"}}', ("",)),
        ("Postgrex.Protocol (#PID<{zero}.{n}.{zero}>) failed to connect: ** (DBConnection.ConnectionError) tcp connect ({host}:{pgport}): connection refused - :econnrefused", ("",)),
        ("Finch was unable to provide a connection within the timeout due to excess queuing for connections. Consider adjusting the pool size, count, timeout or reducing the rate of requests if it is possible that the downstream service is unable to keep up with the current rate.", ("",)),
        ("Running MyAppWeb.Endpoint with Bandit {bandit} at {bind} (http)", ("",)),
        ("Access MyAppWeb.Endpoint at https://{fqdn}", ("",)),
        ("Tzdata has updated the release from \"{tzold}\" to \"{tznew}\"", ("",)),
    ]
    lv = {0: "info", 1: "info", 2: "info", 3: "debug", 4: "info", 5: "warning", 6: "error", 7: "debug", 8: "error", 9: "error", 10: "error"}
    st = [(a, {"Meta": b[0], "Level": lv.get(i, "info")}) for i, (a, b) in enumerate(st)]
    vals = {
        "rid": lambda r: "F" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(19)),
        "method": lambda r: r.choice(["GET", "GET", "POST", "PUT", "DELETE"]),
        "path": lambda r: r.choice([f"/api/orders/{r.randint(1, 99999)}", "/api/sessions", f"/users/{r.randint(1, 9999)}/settings", "/live/websocket", "/health", f"/api/products?page={r.randint(1, 40)}"]),
        "code": lambda r: r.choice(["200", "200", "201", "204", "302", "404", "422", "500"]),
        "dur": lambda r: r.choice([f"{r.randint(1, 900)}ms", f"{r.uniform(1, 9):.1f}ms", f"{r.randint(100, 999)}µs"]),
        "queue": lambda r: r.choice(["default", "mailers", "events"]), "jobstate": lambda r: r.choice(["success", "success", "cancelled", "discard"]),
        "worker": lambda r: r.choice(["MyApp.Workers.Mailer", "MyApp.Workers.InvoicePdf", "MyApp.Workers.WebhookDelivery"]),
        "rterr": lambda r: r.choice(["SMTP timeout", "webhook endpoint returned 502", "render failed"]),
        "maxatt": lambda r: "20", "pgport": lambda r: "5432", "bandit": lambda r: "1.2.0", "bind": lambda r: ":::4000", "tzold": lambda r: "2024a", "tznew": lambda r: "2024b", "fqdn": lambda r: r.choice(["app.example.com", "staging.example.com"]),
    }

    def hdr(r, t, ex):
        meta = ex["Meta"]
        if meta:
            meta = "request_id=" + vals["rid"](r) + " "
        return {"Time": t.strftime("%H:%M:%S.") + f"{r.randint(0, 999):03d}", "Meta": meta, "MetaSp": meta, "Level": ex["Level"]}
    return dict(fmt="<Time> <Meta>\\[<Level>\\] <Content>", render="{Time} {MetaSp}[{Level}] {Content}", hdr=hdr, st=st, vals=vals,
                about="A Phoenix 1.7 service on Elixir 1.16 (Logger console: time only, metadata request_id=… present or absent, [level]; Oban job telemetry as JSON)")


SYSTEMS = {
    "ProxySQL": (proxysql, 171), "Kamailio": (kamailio, 172), "ArgoWorkflows": (argo_workflows, 173), "SsmAgent": (ssm_agent, 174),
    "NxOs": (nxos, 175), "Rundeck": (rundeck, 176), "Dex": (dex, 177), "Garage": (garage, 178), "PhpErrorLog": (php, 179),
    "EspIdf": (esp_idf, 180), "OpenWrt": (openwrt, 181), "FoundationDB": (foundationdb, 182), "Artemis": (artemis, 183),
    "Kea": (kea, 184), "Guacamole": (guacamole, 185), "Phoenix": (phoenix, 186),
}


# ---------------------------------------------------------------- generation and checks
def loghub_regex(fmt):
    # as logparser's generate_logformat_regex: fields are lazy groups, spaces match \s+, the rest is regex
    headers, regex = [], ""
    for k, part in enumerate(re.split(r"(<[^<>]+>)", fmt)):
        if k % 2 == 0:
            regex += re.sub(" +", "\\\\s+", part)
        else:
            h = part.strip("<>")
            regex += f"(?P<{h}>.*?)"
            headers.append(h)
    return headers, re.compile("^" + regex + "$")


def template_regex(tpl):
    return re.compile("^" + ".*?".join(re.escape(p) for p in tpl.split("<*>")) + "$")


def fill(text, vals, r):
    # {{ and }} stand for literal braces (JSON bodies); {slot} is a variable
    out, tpl, pos = [], [], 0
    for m in re.finditer(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)\}", text):
        out.append(text[pos:m.start()])
        tpl.append(text[pos:m.start()])
        tok = m.group(0)
        if tok in ("{{", "}}"):
            out.append(tok[0])
            tpl.append(tok[0])
        else:
            name = m.group(1)
            gen = vals.get(name) or COMMON.get(name)
            if gen is None:
                # a brace group that is no slot of this system is literal text (Rundeck's printed maps)
                out.append(tok)
                tpl.append(tok)
            else:
                out.append(gen(r))
                tpl.append("<*>")
        pos = m.end()
    out.append(text[pos:])
    tpl.append(text[pos:])
    return "".join(out), "".join(tpl)


def build(name, spec, seed, out_dir):
    r = random.Random(seed)
    sysd = spec()
    st, vals = sysd["st"], sysd["vals"]
    # a Zipf-like head, then a tail of rare statements (the last fifth of the list: start-up, shutdown, rare faults)
    # drawn with a weight that gives them one to a few lines each
    expo = 1.35 + r.random() * 0.3
    tail = max(3, len(st) // 5)
    weights = [1.0 / (k + 1) ** expo for k in range(len(st) - tail)]
    head = sum(weights)
    weights += [head * r.uniform(0.0006, 0.0022) for _ in range(tail)]
    headers, rx = loghub_regex(sysd["fmt"])
    t = dt.datetime(2026, 12, 7, r.randint(0, 9), r.randint(0, 59), r.randint(0, 59))
    rows, lines, events = [], [], {}
    for line_id in range(1, LINES + 1):
        k = r.choices(range(len(st)), weights)[0]
        text, ex = st[k]
        content, tpl = fill(text, vals, r)
        t += dt.timedelta(seconds=r.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 40]))
        h = sysd["hdr"](r, t, ex)
        line = sysd["render"].format(Content=content, **h)
        m = rx.match(line.strip())
        assert m, (name, line)
        assert m.group("Content") == content, (name, line, m.group("Content"), content)
        for f in headers:
            if f != "Content":
                assert m.group(f) == h[f], (name, f, m.group(f), h[f], line)
        assert template_regex(tpl).match(content), (name, tpl, content)
        eid = events.setdefault(tpl, f"E{len(events) + 1}")
        lines.append(line)
        rows.append([str(line_id)] + [m.group(f) for f in headers if f != "Content"] + [content, eid, tpl])
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{name}_2k.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["LineId"] + [f for f in headers if f != "Content"] + ["Content", "EventId", "EventTemplate"])
        w.writerows(rows)
    counts = {}
    for row in rows:
        counts[row[-2]] = counts.get(row[-2], 0) + 1
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for tpl, eid in events.items():
            w.writerow([eid, tpl, counts[eid]])
    return {"files": [f"{name}_2k.log", f"{name}_2k.log_structured.csv", f"{name}_2k.log_templates.csv"],
            "log_file": f"{name}_2k.log", "ground_truth": f"{name}_2k.log_structured.csv", "templates_file": f"{name}_2k.log_templates.csv",
            "lines": LINES, "gt_templates": len(events), "log_format": sysd["fmt"], "fields": headers, "about": sysd["about"]}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    formats = {"_about": {"what": "unseen17: a seventeenth blind check set for template mining (issue 18); synthetic logs written by make-unseen17.py, layout as shared/data/loghub2k/formats.json",
                          "log_format": "as in loghub2k: <Field> is a lazy group, runs of spaces match \\s+, the rest is regex, anchored, applied to the stripped line"},
               "datasets": {}}
    for name, (spec, seed) in sorted(SYSTEMS.items()):
        formats["datasets"][name] = build(name, spec, seed, out_dir)
        print(f"{name}: {formats['datasets'][name]['gt_templates']} templates")
    with open(os.path.join(out_dir, "formats.json"), "w", encoding="utf-8") as fh:
        json.dump(formats, fh, indent=1, ensure_ascii=False)
        fh.write("\n")


if __name__ == "__main__":
    main()
