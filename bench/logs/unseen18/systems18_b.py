"""Statements of the last eight unseen18 systems (see make-unseen18.py for the @{kind:arg} value syntax)."""
import datetime as dt
import json

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pick(r, extra, key, default):
    v = extra.get(key, default)
    return r.choice(v.split("|")) if isinstance(v, str) else v


def hx(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ms3(t):
    return f"{t.microsecond // 1000:03d}"


# ---------------------------------------------------------------- FRRouting 9.1 (frr.log, timestamp precision 3, xref ids)
def frr_head(r, t, e):
    return {"Date": t.strftime("%Y/%m/%d"), "Time": t.strftime("%H:%M:%S.") + ms3(t), "Daemon": e["d"], "MsgId": e["id"]}


PEER = "@{ip}(@{c:Unknown|spine1|spine2|leaf7|isp-transit-a})"
FRR = {
    "name": "FRRouting", "seed": 1809, "version": "FRRouting 9.1 (bgpd, ospfd, zebra, bfdd, watchfrr), frr.log with `log timestamp precision 3`",
    "log_format": r"<Date> <Time> <Daemon>: \[<MsgId>\] <Content>",
    "line": "{Date} {Time} {Daemon}: [{MsgId}] {Content}",
    "start": dt.datetime(2026, 12, 7, 2, 14, 0), "header": frr_head,
    "kinds": {"vrf": lambda r, a: r.choice(["default", "default", "red", "mgmt", "cust-a"]),
              "pfx": lambda r, a: f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.0/{r.choice([16, 20, 22, 24])}",
              "ifn": lambda r, a: r.choice(["eth", "swp", "ens", "bond"]) + str(r.randint(0, 48)) + r.choice(["", "", ".100", ".2001"])},
    "statements": [
        ({"d": "BGP", "id": "RZMGQ-A03CG"}, "%ADJCHANGE: neighbor " + PEER + " in vrf @{vrf} Up"),
        ({"d": "BGP", "id": "RZMGQ-A03CG"}, "%ADJCHANGE: neighbor " + PEER + " in vrf @{vrf} Down @{c:Peer closed the session|BGP Notification send|BGP Notification received|Interface down|Waiting for NHT|User reset|Hold Timer Expired}"),
        ({"d": "BGP", "id": "H4B4J-DCW2R"}, "%NOTIFICATION: sent to neighbor @{ip} @{i:1-6}/@{i:0-11} (@{c:Hold Timer Expired|Cease/Administrative Reset|Cease/Administrative Shutdown|OPEN Message Error/Bad Peer AS|UPDATE Message Error/Malformed Attribute List}) @{i:0-64} bytes"),
        ({"d": "BGP", "id": "JTVND-TF1SC"}, "%NOTIFICATION: received from neighbor @{ip} @{i:1-6}/@{i:0-11} (@{c:Hold Timer Expired|Cease/Administrative Reset|Cease/Peer De-configured|Cease/Connection collision resolution}) @{i:0-64} bytes"),
        ({"d": "BGP", "id": "ZWCSR-M7FG9"}, "@{ip} [FSM] Timer (@{c:connect timer expire|holdtime timer expire|routeadv timer expire})"),
        ({"d": "BGP", "id": "ZWCSR-M7FG9"}, "@{ip} [FSM] State @{c:Idle|Connect|Active|OpenSent|OpenConfirm|Established} -> @{c:Idle|Connect|Active|OpenSent|OpenConfirm|Established}"),
        ({"d": "BGP", "id": "YV6N4-HBMW6"}, "@{ip} [Event] Connect start to @{ip} fd @{i:20-400}"),
        ({"d": "BGP", "id": "W8Z5M-HQ5KY"}, "@{ip} [Event] BGP connection closed fd @{i:20-400}"),
        ({"d": "BGP", "id": "NZ8NW-ETVBB"}, "bgp_update_receive: rcvd End-of-RIB for @{c:IPv4 Unicast|IPv6 Unicast|L2VPN EVPN} from @{ip} in vrf @{vrf}"),
        ({"d": "BGP", "id": "XWC8P-K7GHF"}, "@{ip} rcvd UPDATE about @{pfx} IPv4 unicast -- DENIED due to: @{c:route-map;|as-path contains our own AS;|reject-as-sets feature enabled;|filter;}"),
        ({"d": "BGP", "id": "PM2E5-6EPTS"}, "%MAXPFX: No. of IPv4 Unicast prefix received from @{ip} reaches @{i:100-900000}, max @{i:1000-1000000}"),
        ({"d": "BGP", "id": "JAEGM-9PZ8Y"}, "%MAXPFXEXCEED: No. of IPv4 Unicast prefix received from @{ip} reaches @{i:100-900000}, max @{i:1000-1000000}"),
        ({"d": "OSPF", "id": "Q6AQX-FB6RB"}, "AdjChg: Nbr @{ip}(@{vrf}) on @{ifn}:@{ip}: @{c:Full|Loading|ExStart|Exchange|Init|2-Way} -> @{c:Deleted|Down|Full|Init|ExStart} (@{c:KillNbr|InactivityTimer|LoadingDone|1-WayReceived|SeqNumberMismatch|NegotiationDone})"),
        ({"d": "OSPF", "id": "Q6AQX-FB6RB"}, "Packet[DD]: Neighbor @{ip} Negotiation done (@{c:Master|Slave})."),
        ({"d": "OSPF", "id": "J5VS2-E4F9B"}, "OSPF: interface @{ifn} [@{i:2-90}] join AllSPFRouters Multicast group."),
        ({"d": "OSPF", "id": "J5VS2-E4F9B"}, "OSPF: interface @{ifn} [@{i:2-90}] leave AllSPFRouters Multicast group."),
        ({"d": "ZEBRA", "id": "HSYZM-HV7HF"}, "[EC @{c:4043309093|4043309090}] netlink-dp (NS @{c:0}) error: @{c:File exists|No such process|Network is unreachable|Invalid argument}, type=@{c:RTM_NEWROUTE|RTM_DELROUTE|RTM_NEWNEXTHOP}(@{c:24|25|104}), seq=@{i:100-99999}, pid=@{i:1000-4000000000}"),
        ({"d": "ZEBRA", "id": "WVJCK-PPMGD"}, "@{ifn}: @{c:if_zebra_speed_update|zebra_if_speed_update}: old speed: @{i:0-100000} new speed: @{i:1000-100000}"),
        ({"d": "ZEBRA", "id": "WJNGM-T9WK2"}, "interface @{ifn} vrf @{vrf}(@{i:0-40}) index @{i:2-300} is now @{c:up|down}"),
        ({"d": "BFD", "id": "MQSJ9-HEG9D"}, "Session-Change: [mhop:@{c:no|yes} peer:@{ip} local:@{ip} vrf:@{vrf} ifname:@{ifn}] @{c:up|down|init} -> @{c:down|up|init} reason:@{c:control-expired|neighbor-down|admin-down|path-down}"),
        ({"d": "WATCHFRR", "id": "QDG3Y-BY5TN"}, "@{c:bgpd|ospfd|zebra|bfdd|staticd} state -> @{c:up|down|unresponsive} : @{c:connect succeeded|read returned EOF|no response yet to ping sent 90 seconds ago|connect failed: Connection refused}"),
        ({"d": "WATCHFRR", "id": "ZJW5C-1EHNT"}, "restart all process @{i:100-99999} exited with non-zero status @{i:1-255}"),
        ({"d": "WATCHFRR", "id": "YFT0P-5Q5YX"}, "Forked background command [pid @{i:100-99999}]: /usr/lib/frr/watchfrr.sh restart @{c:bgpd|ospfd|all}"),
        ({"d": "WATCHFRR", "id": "K8MBY-V5RF1"}, "all daemons up, doing startup-complete notify"),
        ({"d": "BGP", "id": "SEPDT-PSJ3P"}, "Configuration Read in Took: @{c:00:00:00|00:00:01|00:00:03}"),
        ({"d": "BGP", "id": "GK1WE-ZCQZ7"}, "Terminating on signal"),
        ({"d": "ZEBRA", "id": "S929C-NTAF4"}, "client @{i:10-90} says hello and bids fair to announce only @{c:bgp|ospf|static|connected} routes vrf=@{i:0-40}"),
        ({"d": "ZEBRA", "id": "N6PA0-0ZR2Z"}, "client @{i:10-90} disconnected @{i:0-99999} @{c:bgp|ospf|static} routes removed from the rib"),
    ],
}


# ---------------------------------------------------------------- Apache Oozie 5.2 (oozie.log, XLog context prefix)
def oozie_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + ms3(t), "Level": pick(r, e, "L", "INFO"),
            "Component": e["c"], "Line": str(e["n"]), "Server": "oozie01.hadoop.example.com"}


def wfid(r, a):
    return f"{r.randint(0, 99999):07d}-2612{r.randint(10, 31):02d}{r.randint(0, 235959):06d}{r.randint(0, 999):03d}-oozie-oozi-{a or 'W'}"


CTX = "USER[@{c:etl|analytics|hive|svc-ingest}] GROUP[-] TOKEN[] APP[@{c:daily-ingest|hourly-clickstream|dim-refresh|gdpr-purge|ml-features}] JOB[@{wf}] ACTION[@{=3}@@{an}] "
CTXJ = "USER[@{c:etl|analytics|hive|svc-ingest}] GROUP[-] TOKEN[] APP[@{c:daily-ingest|hourly-clickstream|dim-refresh|gdpr-purge|ml-features}] JOB[@{wf}] ACTION[] "
CTXC = "USER[@{c:etl|analytics|hive|svc-ingest}] GROUP[-] TOKEN[] APP[@{c:daily-ingest-coord|hourly-clickstream-coord|dim-refresh-coord}] JOB[@{wf:C}] ACTION[@{=3}@@{i:1-9000}] "
NOCTX = "USER[-] GROUP[-] TOKEN[-] APP[-] JOB[-] ACTION[-] "
OOZIE = {
    "name": "Oozie", "seed": 1810, "version": "Apache Oozie 5.2.1 server, oozie.log (log4j %d{ISO8601} %5p %c{1}:%L - SERVER[…] %m)",
    "log_format": r"<Date> <Time> <Level> <Component>:<Line> - SERVER\[<Server>\] <Content>",
    "line": "{Date} {Time} {Level:>5} {Component}:{Line} - SERVER[{Server}] {Content}",
    "start": dt.datetime(2026, 12, 7, 3, 0, 1), "header": oozie_head,
    "kinds": {"wf": wfid,
              "an": lambda r, a: r.choice([":start:", "extract", "hive-load", "spark-features", "shell-notify", "sqoop-import", "end", "fork-1", "join-1", "fail"]),
              "hjob": lambda r, a: f"job_1765{r.randint(100000000, 999999999)}_{r.randint(1, 9999):04d}"},
    "statements": [
        ({"c": "ActionStartXCommand", "n": 520}, CTX + "Start action [@{=3}@@{=5}] with user-retry state : userRetryCount [@{i:0-3}], userRetryMax [@{i:0-3}], userRetryInterval [@{c:10|5|1}]"),
        ({"c": "ActionStartXCommand", "n": 520}, CTX + "[***@{=3}@@{=5}***]Action status=@{c:RUNNING|DONE|START_MANUAL}"),
        ({"c": "ActionStartXCommand", "n": 520}, CTX + "[***@{=3}@@{=5}***]Action updated in DB!"),
        ({"c": "WorkflowNotificationXCommand", "n": 88}, CTX + "No Notification URL is defined. Therefore nothing to notify for job @{=3} action ID @{=3}@@{=5}"),
        ({"c": "WorkflowNotificationXCommand", "n": 88}, CTXJ + "No Notification URL is defined. Therefore nothing to notify for job @{=3}"),
        ({"c": "CallbackServlet", "n": 539}, CTX + "callback for action [@{=3}@@{=5}]"),
        ({"c": "JavaActionExecutor", "n": 1624}, CTX + "checking action, hadoop job ID [@{hjob}] status [@{c:RUNNING|SUCCEEDED|FAILED|KILLED}]"),
        ({"c": "JavaActionExecutor", "n": 1147}, CTX + "Trying to get job [@{hjob}], attempt [@{i:1-3}]"),
        ({"c": "JavaActionExecutor", "n": 1660}, CTX + "Action completed, external ID [@{hjob}]"),
        ({"c": "JavaActionExecutor", "n": 1782, "L": "WARN"}, CTX + "Launcher ERROR, reason: Main class [org.apache.oozie.action.hadoop.@{c:ShellMain|HiveMain|SparkMain|SqoopMain}], exit code [@{i:1-255}]"),
        ({"c": "ActionEndXCommand", "n": 174, "L": "WARN"}, CTX + "ERROR is considered as FAILED for SLA"),
        ({"c": "SignalXCommand", "n": 291}, CTXJ + "[***@{=3}***]Job status=@{c:RUNNING|SUCCEEDED|KILLED|FAILED}"),
        ({"c": "ActionStartXCommand", "n": 648, "L": "WARN"}, CTX + "Error starting action [@{=5}]. ErrorType [@{c:TRANSIENT|NON_TRANSIENT|ERROR}], ErrorCode [@{c:JA009|JA017|E0902|JA006}], Message [@{c:JA009: Cannot initialize Cluster. Please check your configuration for mapreduce.framework.name and the correspond server addresses.|JA017: Could not lookup launched hadoop Job ID|E0902: Exception occurred: [Connection refused]|JA006: Call From oozie01/10.1.0.4 to rm01:8032 failed on connection exception}]"),
        ({"c": "CoordActionInputCheckXCommand", "n": 274}, CTXC + "[@{=3}@@{=5}]::CoordActionInputCheck:: Missing deps: @{L:1-3:c:c:hdfs://nameservice1/data/raw/clicks/2026/12/07/03|hdfs://nameservice1/data/raw/orders/2026/12/07|hdfs://nameservice1/warehouse/dim/customers/_SUCCESS}"),
        ({"c": "CoordActionInputCheckXCommand", "n": 199}, CTXC + "[@{=3}@@{=5}]::ActionInputCheck:: File:@{c:hdfs://nameservice1/data/raw/clicks/2026/12/07/03/_SUCCESS|hdfs://nameservice1/warehouse/dim/customers/_SUCCESS}, Exists? :@{c:true|false}"),
        ({"c": "CoordActionReadyXCommand", "n": 117}, CTXC + "Not starting any additional actions because max concurrency [@{i:1-8}] for coordinator [@{=3}] has been reached."),
        ({"c": "CoordActionStartXCommand", "n": 391}, CTXC + "Updated Coordinator action @{=3}@@{=5} with status @{c:RUNNING|SUBMITTED}"),
        ({"c": "CoordMaterializeTransitionXCommand", "n": 342}, CTXC + "[@{=3}]: Update status from @{c:PREP|RUNNING} to @{c:RUNNING|SUCCEEDED}"),
        ({"c": "StatusTransitService$StatusTransitRunnable", "n": 191}, NOCTX + "Acquired lock for [@{c:org.apache.oozie.service.StatusTransitService|org.apache.oozie.service.PauseTransitService}]"),
        ({"c": "StatusTransitService$StatusTransitRunnable", "n": 194}, NOCTX + "Released lock for [@{c:org.apache.oozie.service.StatusTransitService|org.apache.oozie.service.PauseTransitService}]"),
        ({"c": "StatusTransitService$StatusTransitRunnable", "n": 339}, NOCTX + "Running coordinator status service from last instance time =  @{c:2026-12-07|2026-12-06}T@{i:10-23}:@{i:10-59}Z"),
        ({"c": "PurgeXCommand", "n": 225}, NOCTX + "STARTED Purge to purge Workflow Jobs older than [@{c:30|14}] days, Coordinator Jobs older than [@{c:7|14}] days, and Bundlejobs older than [@{c:7|14}] days."),
        ({"c": "PurgeXCommand", "n": 301}, NOCTX + "ENDED Purge deleted [@{i:0-900}] workflows, [@{i:0-9000}] workflowActions, [@{i:0-90}] coordinatorJobs, [@{i:0-900}] coordinatorActions, [@{i:0-9}] bundleJobs, [@{i:0-9}] bundleActions"),
        ({"c": "KillXCommand", "n": 175}, CTXJ + "STARTED WorkflowKillXCommand for jobId=@{=3}"),
        ({"c": "AuthenticationFilter", "n": 612, "L": "WARN"}, NOCTX + "Authentication exception: GSSException: @{c:Defective token detected (Mechanism level: GSSHeader did not find the right tag)|Failure unspecified at GSS-API level (Mechanism level: Clock skew too great (37))}"),
        ({"c": "Services", "n": 247}, NOCTX + "Initialized runtime directory [@{c:/tmp/oozie-oozie1234567890.dir}]"),
        ({"c": "Services", "n": 214}, NOCTX + "Shutdown"),
        ({"c": "XLogService", "n": 230}, NOCTX + "Oozie @{c:5.2.1} build [@{c:3f0a1b2c}]"),
    ],
}


# ---------------------------------------------------------------- privacyIDEA 3.9 (privacyidea.log, Python logging, function traces)
def pi_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S,") + ms3(t), "Pid": str(r.choice([2231, 2232, 2240, 3301])),
            "Thread": str(r.choice([140398123456256, 140398115063552, 140398106670848, 140398098278144])),
            "Level": pick(r, e, "L", "DEBUG"), "Component": f"{e['c']}:{e['n']}"}


UREP = "<User(login='@{user}', realm='@{c:corp|ext|admins}', resolver='@{c:ldapres|sqlres|ad-corp}')>"
PRIVACYIDEA = {
    "name": "PrivacyIdea", "seed": 1811, "version": "privacyIDEA 3.9 under Apache mod_wsgi, privacyidea.log (%(asctime)s][%(process)d][%(thread)d][%(levelname)s][%(name)s:%(lineno)d])",
    "log_format": r"\[<Date> <Time>\]\[<Pid>\]\[<Thread>\]\[<Level>\]\[<Component>\] <Content>",
    "line": "[{Date} {Time}][{Pid}][{Thread}][{Level}][{Component}] {Content}",
    "start": dt.datetime(2026, 12, 7, 7, 30, 0), "header": pi_head,
    "kinds": {"serial": lambda r, a: r.choice(["TOTP", "HOTP", "PIPU", "WAN", "SMS", "YUBI"]) + f"{r.randint(0, 0xFFFFFFFF):08X}",
              "pidict": lambda r, a: "{'message': '" + r.choice(["matching 1 tokens", "wrong otp pin", "wrong otp value", "The user has no tokens assigned"]) + "'" + r.choice(["", f", 'serial': 'TOTP{r.randint(0, 0xFFFFFFFF):08X}', 'type': 'totp'"]) + "}",
              "pidur": lambda r, a: f"0:00:0{r.randint(0, 3)}.{r.randint(0, 999999):06d}",
              "ttype": lambda r, a: r.choice(["totp", "hotp", "push", "webauthn", "sms", "email"])},
    "statements": [
        ({"c": "privacyidea.lib.log", "n": 155}, "Entering get_tokens with arguments () and keywords {'user': " + UREP + ", 'serial': @{c:None|'TOTP0001A2B3'}, 'active': @{c:True|None}}"),
        ({"c": "privacyidea.lib.log", "n": 162}, "Exiting get_tokens with result [@{L:0-3:cm:c:<TotpTokenClass object>|<HotpTokenClass object>|<PushTokenClass object>}]"),
        ({"c": "privacyidea.lib.log", "n": 155}, "Entering check_user_pass with arguments (" + UREP + ", 'HIDDEN') and keywords {'options': {'g': <flask.g of 'privacyidea.app'>, 'clientip': '@{ip}'}}"),
        ({"c": "privacyidea.lib.log", "n": 162}, "Exiting check_user_pass with result (@{c:True|False}, @{pidict})"),
        ({"c": "privacyidea.lib.policy", "n": 1077}, "Searching policies for scope=@{c:authentication|authorization|webui|enrollment}, action=@{c:otppin|passthru|tokentype|lastauth|challenge_response|login_mode}, user=@{user}, realm=@{c:corp|ext|admins}, client=@{ip}"),
        ({"c": "privacyidea.lib.policy", "n": 1132}, "Found @{i:0-5} policies @{L:0-3:cm:c:'otp-pin-userstore'|'passthru-ldap'|'webui-privacyidea'|'mfa-admins'} for action @{c:otppin|passthru|tokentype|login_mode}"),
        ({"c": "privacyidea.lib.tokens.totptoken", "n": 271}, "Checking OTP value for token @{serial} with window @{c:10|30|60} and offset @{n:0-2}"),
        ({"c": "privacyidea.lib.tokenclass", "n": 1402}, "The OTP value of token @{serial} was used before: counter @{i} is smaller than last accepted counter @{i}"),
        ({"c": "privacyidea.lib.token", "n": 2301, "L": "INFO"}, "user " + UREP + " failed to authenticate."),
        ({"c": "privacyidea.lib.token", "n": 2288, "L": "INFO"}, "user " + UREP + " successfully authenticated with token @{serial}."),
        ({"c": "privacyidea.lib.token", "n": 2260, "L": "WARNING"}, "The token @{serial} of user " + UREP + " is disabled."),
        ({"c": "privacyidea.lib.token", "n": 2270, "L": "WARNING"}, "The token @{serial} of user " + UREP + " reached its maximum fail counter (@{i:5-20})."),
        ({"c": "privacyidea.lib.resolvers.LDAPIdResolver", "n": 402}, "Found @{i:0-3} entries for filter (&(@{c:sAMAccountName|uid|mail}=@{user})(objectClass=@{c:person|inetOrgPerson}))"),
        ({"c": "privacyidea.lib.resolvers.LDAPIdResolver", "n": 1190, "L": "WARNING"}, "Unable to bind to LDAP server @{c:ldaps://dc01.corp.example.com:636|ldap://10.2.0.15:389}: @{c:socket connection error while opening: timed out|invalid server address|automatic start_tls befored bind not successful}"),
        ({"c": "privacyidea.lib.smsprovider.HttpSMSProvider", "n": 146, "L": "INFO"}, "Submitted SMS to @{c:+4917612345678|+441632960123|+15550100123} with status code @{c:200|400|502}"),
        ({"c": "privacyidea.lib.tokens.pushtoken", "n": 640}, "Sending push notification to Firebase for token @{serial}: @{c:success|Requested entity was not found.|The registration token is not a valid FCM registration token}"),
        ({"c": "privacyidea.api.before_after", "n": 180, "L": "INFO"}, "POST @{c:/validate/check|/auth|/token/init|/validate/triggerchallenge} from @{ip} by @{c:admin|helpdesk|None}"),
        ({"c": "privacyidea.lib.audit", "n": 130}, "Audit entry written: action=@{c:POST /validate/check|POST /auth|GET /token/}, success=@{c:1|0}, serial=@{c:|TOTP0001A2B3|PIPU00A1B2C3}, user=@{user}, duration=@{pidur}"),
        ({"c": "privacyidea.lib.tokenclass", "n": 890}, "Resetting fail counter of token @{serial} from @{i:1-9} to @{c:0}"),
        ({"c": "privacyidea.lib.challenge", "n": 77}, "Challenge @{i:10000000000000000000-99999999999999999999} for token @{serial} created, valid until @{c:2026-12-07|2026-12-08} @{i:10-23}:@{i:10-59}:@{i:10-59}.@{i:100000-999999}"),
        ({"c": "privacyidea.lib.challenge", "n": 101}, "Deleted @{i:0-900} expired challenges"),
        ({"c": "privacyidea.lib.machine", "n": 188}, "Token @{serial} attached to machine @{c:srv-web01|jump01|None} for application @{c:ssh|offline|luks}"),
        ({"c": "privacyidea.lib.utils", "n": 1240, "L": "WARNING"}, "Could not determine client IP from X-Forwarded-For: @{c:unknown|'10.0.0.1, 203.0.113.7'|-}"),
        ({"c": "privacyidea.lib.crypto", "n": 541, "L": "ERROR"}, "Could not decrypt value with the encryption key in @{c:/etc/privacyidea/enckey}: @{c:Invalid padding bytes.|Incorrect IV length (it must be 16 bytes long)}"),
        ({"c": "privacyidea.webui.login", "n": 111, "L": "INFO"}, "Login page requested from @{ip} with realm '@{c:corp|ext|}'"),
        ({"c": "privacyidea.lib.tokenclass", "n": 512, "L": "INFO"}, "Token @{serial} of type @{ttype} enrolled for user " + UREP),
        ({"c": "privacyidea.lib.config", "n": 98}, "Reloading shared config object because the timestamp changed from @{i:1765000000-1765999999} to @{i:1765000000-1765999999}"),
        ({"c": "privacyidea.app", "n": 250, "L": "INFO"}, "Starting privacyIDEA @{c:3.9.2} with config file @{c:/etc/privacyidea/pi.cfg}"),
    ],
}


# ---------------------------------------------------------------- BeeGFS 7.4 (beegfs-storage.log and beegfs-mgmtd.log style)
def bee_head(r, t, e):
    th = e.get("t") or r.choice(["Worker1", "Worker2", "Worker3", "Worker4", "DirectWorker1", "Worker7", "Worker11"])
    return {"Level": str(e.get("L", 3)), "Date": MON[t.month - 1] + f"{t.day:02d}", "Time": t.strftime("%H:%M:%S"),
            "Thread": th, "Component": e["c"]}


def bnode(r, a):
    kind = a or r.choice(["client", "meta", "storage"])
    if kind == "client":
        return f"beegfs-client {hx(r, 4).upper()}-{hx(r, 8).upper()}-{r.choice(['cn', 'gpu', 'login'])}{r.randint(1, 300):03d} [ID: {r.randint(1, 900)}]"
    return f"beegfs-{kind} {r.choice(['stor', 'meta'])}{r.randint(1, 12):02d} [ID: {r.randint(1, 12) * (100 if kind == 'storage' else 1)}]"


BEEGFS = {
    "name": "BeeGFS", "seed": 1812, "version": "BeeGFS 7.4 storage, metadata and management daemons (logType=logfile, logLevel=3)",
    "log_format": r"\(<Level>\) <Date> <Time> <Thread> \[<Component>\] >> <Content>",
    "line": "({Level}) {Date} {Time} {Thread} [{Component}] >> {Content}",
    "start": dt.datetime(2026, 12, 7, 11, 1, 2), "header": bee_head,
    "kinds": {"node": bnode,
              "chunk": lambda r, a: f"{hx(r, 2).upper()}-{hx(r, 8).upper()}-{r.randint(1, 9)}",
              "tgt": lambda r, a: str(r.choice([101, 102, 201, 202, 301, 302, 401])),
              "proto": lambda r, a: r.choice(["TCP", "RDMA"])},
    "statements": [
        ({"c": "Messaging (RPC)", "L": 2}, "Retrying communication with node: @{node}"),
        ({"c": "Messaging (RPC)", "L": 2}, "Communication with node failed: @{node}"),
        ({"c": "Messaging (RPC)", "L": 2}, "Communication with node failed: @{node}. Message type: @{c:GetChunkFileAttribs|WriteLocalFile|Heartbeat|SetLocalAttr} (@{i:1000-9000}). Error: @{c:Communication error|Connection refused|Timed out}"),
        ({"c": "Connection Pool", "t": "XNodeSync"}, "Connected: @{c:beegfs-meta|beegfs-storage|beegfs-mgmtd}@@{ip}:@{c:8005|8003|8008} (protocol: @{proto})"),
        ({"c": "Connection Pool", "L": 2}, "Establishing new @{proto} connection to: @{c:beegfs-meta|beegfs-storage|beegfs-mgmtd}@@{ip}:@{c:8005|8003|8008}"),
        ({"c": "Connection Pool", "L": 2}, "Disconnected: @{c:beegfs-meta|beegfs-storage|beegfs-client}@@{ip}:@{c:8005|8003|8004}. Reason: @{c:Peer disconnected|Connection reset by peer|Timeout}"),
        ({"c": "ConnAccept", "t": "ConnAccept"}, "Accepted new connection from @{ip}:@{port} [SockFD: @{i:10-900}]"),
        ({"c": "Work"}, "Unable to open file: @{c:/data/beegfs/storage/chunks|/data2/beegfs/storage/chunks}/u@{i:0-9999}/@{X:4}/@{i:0-9}/@{chunk}/@{chunk}. SysErr: @{c:No such file or directory|Permission denied|Input/output error}"),
        ({"c": "Delete Chunk File"}, "Unable to delete chunk file: @{chunk}. SysErr: @{c:No such file or directory|Input/output error}"),
        ({"c": "Close Chunk File"}, "Closing chunk file failed. Target ID: @{tgt}; Chunk: @{chunk}; SysErr: @{c:Input/output error|Disk quota exceeded}"),
        ({"c": "Node registration", "t": "XNodeSync"}, "Node registered: @{node:client}"),
        ({"c": "Node registration", "t": "XNodeSync"}, "New node: @{node:client}; @{c:RDMA|TCP}; Source: @{ip}:@{c:8004|8005}"),
        ({"c": "Nodes sync", "t": "XNodeSync"}, "Nodes removed (sync results): @{i:1-20} (Type: @{c:beegfs-client|beegfs-meta|beegfs-storage})"),
        ({"c": "Nodes sync", "t": "XNodeSync"}, "Nodes added (sync results): @{i:1-20} (Type: @{c:beegfs-client|beegfs-meta|beegfs-storage})"),
        ({"c": "TargetStateStore", "t": "InternodeSyncer"}, "Changing target consistency state. Target ID: @{tgt}; New state: @{c:GOOD|NEEDS-RESYNC|BAD}"),
        ({"c": "TargetStateStore", "t": "InternodeSyncer"}, "Changing target reachability state. Target ID: @{tgt}; New state: @{c:ONLINE|PROBABLY-OFFLINE|OFFLINE}"),
        ({"c": "Buddy Resync Job", "t": "BuddyResyncJob"}, "Resync started. BuddyGroupID: @{i:1-8}"),
        ({"c": "Buddy Resync Job", "t": "BuddyResyncJob"}, "Resync finished. BuddyGroupID: @{i:1-8}; Result: @{c:SUCCESS|ERRORS|INTERRUPTED}; discovered dirs: @{i:0-900000}; discovered files: @{i}; synced dirs: @{i}; synced files: @{i}; errors: @{i:0-99}"),
        ({"c": "Quota", "t": "QuotaMgr"}, "Exceeded quota for @{c:UID|GID}: @{i:1000-60000}; @{c:Size|Inodes}: @{i}; Limit: @{i}"),
        ({"c": "Session Cleanup", "t": "TimerWork/0"}, "Removing @{i:1-40} client sessions. Node: @{node:client}. Reason: @{c:inactive|unreachable}"),
        ({"c": "HeartbeatManager", "t": "XNodeSync", "L": 2}, "Node is not responding. Node: @{node}; Last heartbeat: @{i:30-900} seconds ago"),
        ({"c": "App", "t": "Main"}, "Storage target ready. Target ID: @{tgt}; Path: @{c:/data/beegfs/storage|/data2/beegfs/storage}"),
        ({"c": "App", "t": "Main"}, "Version: @{c:7.4.2|7.4.3}"),
        ({"c": "App", "t": "Main"}, "LocalNode: @{node:storage}"),
        ({"c": "App", "t": "Main"}, "Usable NUMA nodes: @{i:1-4}"),
        ({"c": "App", "t": "Main"}, "Shutting down..."),
        ({"c": "App", "t": "Main", "L": 1}, "Unable to start: Target directory is not empty and not initialized: @{c:/data/beegfs/storage|/data2/beegfs/storage}"),
        ({"c": "DGramLis", "t": "DGramLis", "L": 2}, "Received a message with a network protocol version that is not supported: @{i:1-9} (from: @{ip}:@{port})"),
    ],
}



# ---------------------------------------------------------------- A Laravel 10 application (storage/logs/laravel.log, Monolog)
def lara_head(r, t, e):
    return {"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S"), "Env": "production", "Level": pick(r, e, "L", "ERROR")}


def sql(r, a):
    return r.choice(["select * from `users` where `id` = ? limit 1", "select * from `orders` where `status` = ? and `created_at` > ?",
                     "insert into `jobs` (`queue`, `payload`, `attempts`) values (?, ?, ?)", "update `carts` set `updated_at` = ? where `id` = ?",
                     "select count(*) as aggregate from `invoices` where `customer_id` = ?"])


def jstr(text):
    # the text as it sits inside a JSON string (Monolog: unescaped slashes), placeholders untouched but for their backslashes
    return json.dumps(text, ensure_ascii=False)[1:-1]


def exc(cls, text):
    return '{"exception":"' + jstr(f"[object] ({cls}: {text})") + '"}'


def uexc(cls, text):
    return '{"userId":@{i:1-90000},"exception":"' + jstr(f"[object] ({cls}: {text})") + '"}'


SQLMSG = "SQLSTATE[@{c:HY000|08006|40001}] [@{c:2002|1045|1213}] @{c:Connection refused|Access denied for user 'forge'@'10.0.2.15' (using password: YES)|Deadlock found when trying to get lock; try restarting transaction} (Connection: mysql, SQL: @{sql})"
LARAVEL = {
    "name": "Laravel", "seed": 1813, "version": "Laravel 10 on PHP 8.2, storage/logs/laravel.log (Monolog LineFormatter, one line per record)",
    "log_format": r"\[<Date> <Time>\] <Env>\.<Level>: <Content>",
    "line": "[{Date} {Time}] {Env}.{Level}: {Content}",
    "start": dt.datetime(2026, 12, 7, 5, 0, 0), "header": lara_head,
    "kinds": {"sql": sql,
              "job": lambda r, a: r.choice(["App\\Jobs\\SendInvoiceEmail", "App\\Jobs\\SyncInventory", "App\\Jobs\\GenerateReport",
                                            "App\\Listeners\\NotifyWarehouse", "App\\Jobs\\ProcessPodcast"]),
              "email": lambda r, a: r.choice(["anna", "ben.k", "c.ortiz", "dmitri", "eve_92", "f.nguyen"]) + "@" + r.choice(["example.com", "example.org", "mail.example.net"]),
              "vpath": lambda r, a: "/var/www/html/" + r.choice(["app/Http/Controllers/OrderController.php", "app/Services/PaymentService.php",
                                                                   "app/Models/Cart.php", "resources/views/orders/show.blade.php",
                                                                   "vendor/laravel/framework/src/Illuminate/Database/Connection.php"]),
              "pi": lambda r, a: "pi_3" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(21)),
              "bind": lambda r, a: r.choice([str(r.randint(1, 99999)), '"pending"', '"2026-12-07 04:12:00"', "null", "true"])},
    "statements": [
        ({"L": "INFO"}, "Order @{i:10000-999999} placed by user @{i:1-90000} {\"total\":@{f:1-900:2},\"currency\":\"@{c:EUR|USD|GBP}\",\"items\":@{i:1-30}}"),
        ({"L": "INFO"}, "User @{i:1-90000} logged in from @{ip}"),
        ({"L": "WARNING"}, "Login failed for @{email} {\"ip\":\"@{ip}\",\"attempts\":@{i:1-9}}"),
        ({"L": "INFO"}, "Payment @{pi} succeeded for order @{i:10000-999999}"),
        ({"L": "WARNING"}, "Payment @{pi} failed for order @{i:10000-999999}: @{c:Your card was declined.|Your card has insufficient funds.|Your card's security code is incorrect.|An error occurred while processing your card. Try again in a little bit.}"),
        ({"L": "DEBUG"}, "Cache miss for key @{c:cart|product|price-list|user-prefs}:@{i:1-99999}"),
        ({"L": "WARNING"}, "Slow query detected {\"sql\":\"@{sql}\",\"bindings\":[@{L:0-4:c:bind}],\"time\":@{f:500-9000:2}}"),
        ({"L": "INFO"}, "Webhook received {\"type\":\"@{c:invoice.paid|customer.subscription.updated|charge.refunded|payment_intent.payment_failed}\",\"id\":\"@{c:evt_1OaBc2DeFgHiJkLm|evt_3PqRsTuVwXyZ0123|evt_1NxYz987WvUtSrQp}\"}"),
        ({}, SQLMSG + " " + exc("@{c:Illuminate\\Database\\QueryException|PDOException}(code: @{=2})", "SQLSTATE[@{=1}] [@{=2}] @{=3} (Connection: mysql, SQL: @{=4}) at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:@{i:790-830}")),
        ({}, "Call to a member function @{c:format|getKey|toArray|load|first}() on null " + uexc("Error(code: @{c:0})", "Call to a member function @{=1}() on null at @{vpath}:@{i:10-900}")),
        ({}, "cURL error @{c:28}: Operation timed out after @{i:5000-30000} milliseconds with @{i:0-9000} bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for @{url}"),
        ({}, "Route [@{c:orders.show|invoices.download|admin.dashboard|password.reset}] not defined. " + exc("Symfony\\Component\\Routing\\Exception\\RouteNotFoundException(code: @{c:0})", "Route [@{=1}] not defined. at /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/UrlGenerator.php:@{i:400-520}")),
        ({}, "@{job} has been attempted too many times or run too long. The job may have previously timed out. " + exc("Illuminate\\Queue\\MaxAttemptsExceededException(code: @{c:0})", "@{=1j} has been attempted too many times or run too long. The job may have previously timed out. at /var/www/html/vendor/laravel/framework/src/Illuminate/Queue/Worker.php:@{i:780-800}")),
        ({}, 'Undefined array key "@{c:sku|price|customer_id|shipping}" ' + uexc("ErrorException(code: @{c:0})", 'Undefined array key "@{=1}" at @{vpath}:@{i:10-900}')),
        ({}, "Undefined variable $@{c:order|user|total|items} (View: @{c:/var/www/html/resources/views/orders/show.blade.php|/var/www/html/resources/views/emails/invoice.blade.php})"),
        ({}, 'Failed to authenticate on SMTP server with username "@{email}" using @{i:1-3} possible authenticators. Authenticator "@{c:LOGIN|PLAIN|CRAM-MD5}" returned "Expected response code "@{c:235}" but got code "@{c:535}", with message "@{=5} @{c:5.7.8} @{c:Authentication credentials invalid|Username and Password not accepted.}".".'),
        ({"L": "INFO"}, "Mail sent to @{email} (@{c:App\\Mail\\InvoicePaid|App\\Mail\\OrderShipped|App\\Mail\\PasswordReset})"),
        ({"L": "NOTICE"}, "Rate limit hit for @{c:api|login|checkout} by @{ip} ({\"limit\":@{c:60|5|30},\"decay\":@{c:60|300}})"),
        ({"L": "CRITICAL"}, "Stripe API request failed: @{c:No such payment_intent: 'pi_3Abc'|Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.|Could not connect to Stripe (https://api.stripe.com/v1/payment_intents). Please check your internet connection and try again.}"),
        ({"L": "INFO"}, "Inventory sync finished: @{i:0-9000} updated, @{i:0-900} skipped, @{i:0-90} failed in @{f:0-300:2}s"),
        ({"L": "WARNING"}, "Redis connection [@{c:default|cache|queue}] failed: @{c:Connection refused|read error on connection to 10.0.3.7:6379|Connection timed out} [@{c:tcp://10.0.3.7:6379|tcp://10.0.3.8:6379|tcp://redis.internal:6379}]"),
        ({"L": "EMERGENCY"}, "Unable to create configured logger. Using emergency logger. " + exc("InvalidArgumentException(code: @{c:0})", "Log [@{c:slack|papertrail}] is not defined. at /var/www/html/vendor/laravel/framework/src/Illuminate/Log/LogManager.php:@{i:200-220}")),
        ({}, 'The stream or file "/var/www/html/storage/logs/laravel.log" could not be opened in append mode: Failed to open stream: Permission denied'),
        ({"L": "ALERT"}, "Disk usage on @{c:/|/var/www/html/storage} above @{c:90|95}%: @{f:90-99:1}% used"),
        ({"L": "INFO"}, "Scheduled command [@{c:'artisan' reports:daily|'artisan' queue:prune-batches|'artisan' telescope:prune --hours=48}] finished in @{f:0-900:2}s"),
        ({}, 'Class "@{c:App\\Services\\LegacyExporter|Redis|Aws\\S3\\S3Client}" not found ' + uexc("Error(code: @{c:0})", 'Class "@{=1j}" not found at @{vpath}:@{i:10-900}')),
    ],
}


# ---------------------------------------------------------------- Zephyr RTOS 3.5 / nRF Connect SDK 2.5 on an nRF9160 (UART log)
def zep_head(r, t, e):
    up = (t - dt.datetime(2026, 12, 7, 0, 0, 0)).total_seconds()
    h, rem = divmod(up, 3600)
    m, s = divmod(rem, 60)
    us = int(round((s - int(s)) * 1e6)) % 1000000
    return {"Time": f"{int(h):02d}:{int(m):02d}:{int(s):02d}.{us // 1000:03d},{us % 1000:03d}",
            "Level": pick(r, e, "L", "inf"), "Module": e["m"]}


ZEPHYR = {
    "name": "Zephyr", "seed": 1814, "version": "Zephyr RTOS 3.5 / nRF Connect SDK 2.5 on an nRF9160 tracker (LOG_BACKEND_UART, uptime stamps)",
    "log_format": r"\[<Time>\] <<Level>> <Module>: <Content>",
    "line": "[{Time}] <{Level}> {Module}: {Content}",
    "start": dt.datetime(2026, 12, 7, 0, 0, 3), "header": zep_head,
    "kinds": {"ptr": lambda r, a: "0x200" + hx(r, 5),
              "h0x": lambda r, a: "0x" + hx(r, int(a)).upper() if a == "2" else "0x" + hx(r, int(a)),
              "ble": lambda r, a: ":".join(hx(r, 2).upper() for _ in range(6)) + " (" + r.choice(["random", "public"]) + ")",
              "topic": lambda r, a: f"trackers/{r.choice(['nrf-3520', 'nrf-3521', 'fleet-b7'])}{r.randint(100, 999)}/{r.choice(['data', 'gnss', 'status'])}"},
    "statements": [
        ({"m": "app"}, "Publishing: {\"temp\":@{f:-10-40:2},\"hum\":@{f:10-99:1},\"bat\":@{i:3300-4200}} to topic: @{topic} len: @{i:30-60}"),
        ({"m": "app"}, "GNSS fix: lat @{f:40-60:6}, lon @{f:-10-30:6}, alt @{f:0-900:1} m, acc @{f:1-90:1} m, sats @{i:3-14}"),
        ({"m": "app"}, "GNSS search timed out after @{i:30-300} s"),
        ({"m": "lte_lc"}, "Network registration status: @{c:Connected - home network|Connected - roaming|Searching|Not registered|Registration denied}"),
        ({"m": "lte_lc"}, "RRC mode: @{c:Connected|Idle}"),
        ({"m": "lte_lc"}, "PSM parameter update: TAU: @{i:-1-86400}, Active time: @{i:-1-600}"),
        ({"m": "lte_lc"}, "eDRX parameter update: eDRX: @{f:0-200:2}, PTW: @{f:0-20:2}"),
        ({"m": "lte_lc"}, "LTE cell changed: Cell ID: @{i:1000-99999999}, Tracking area: @{i:1-65535}"),
        ({"m": "mqtt_helper"}, "MQTT connection established, session present: @{c:0|1}"),
        ({"m": "mqtt_helper", "L": "wrn"}, "MQTT connection lost, result: @{n:1-120}"),
        ({"m": "mqtt_helper", "L": "err"}, "mqtt_connect, error: @{n:1-120}"),
        ({"m": "app"}, "Battery: @{i:3300-4200} mV (@{i:0-100}%)"),
        ({"m": "app", "L": "dbg"}, "Watchdog fed, next in @{i:1000-30000} ms"),
        ({"m": "app", "L": "err"}, "Sensor @{c:bme680@76|sht4x@44|lis2dh@18} sample fetch failed: @{n:1-120}"),
        ({"m": "i2c_nrfx_twim", "L": "err"}, "Error @{c:0x0BAE0001|0x0BAE0002|0x0BAE0003} occurred for message @{i:0-3}"),
        ({"m": "net_config"}, "IPv4 address: @{ip}"),
        ({"m": "net_config"}, "Interface @{i:1-3} (@{ptr}) coming up"),
        ({"m": "download_client"}, "Downloading: @{c:https://fw.example.com/tracker/app_update.bin|https://fota.example.net/v2.1.4/app_update.bin} [@{i:0-900000}]"),
        ({"m": "fota_download"}, "Downloaded @{i:0-900000}/@{i:200000-900000} bytes (@{i:0-100}%)"),
        ({"m": "fota_download", "L": "err"}, "Download client error: @{n:1-120}"),
        ({"m": "mcuboot_util"}, "Image index: @{i:0-1}, Swap type: @{c:none|test|perm|revert}"),
        ({"m": "bt_hci_core"}, "Identity: @{ble}"),
        ({"m": "app"}, "Connected @{ble}"),
        ({"m": "app"}, "Disconnected @{ble} (reason @{c:0x08|0x13|0x16|0x3e})"),
        ({"m": "bt_conn", "L": "wrn"}, "Found valid connection in disconnected state"),
        ({"m": "modem_info"}, "RSRP: @{i:-140--44} dBm, RSRQ: @{f:-20-0:1} dB, band @{c:3|8|20|28}"),
        ({"m": "nrf_modem_lib", "L": "err"}, "Modem has crashed, reason @{h0x:2}, PC: @{h0x:8}"),
        ({"m": "os", "L": "err"}, "***** @{c:BUS FAULT|USAGE FAULT|HARD FAULT|MPU FAULT} *****"),
        ({"m": "os", "L": "err"}, "Faulting instruction address (r15/pc): @{h0x:8}"),
        ({"m": "os", "L": "err"}, ">>> ZEPHYR FATAL ERROR @{i:0-4}: @{c:CPU exception|Unhandled interrupt|Stack overflow|Kernel oops} on CPU @{c:0}"),
        ({"m": "os", "L": "err"}, "Current thread: @{ptr} (@{c:sysworkq|main|mqtt_thread|gnss_work})"),
    ],
}


# ---------------------------------------------------------------- Telegraf 1.29 (stderr / logfile, logtarget=file)
def tg_head(r, t, e):
    return {"Time": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "Level": pick(r, e, "L", "E")}


TELEGRAF = {
    "name": "Telegraf", "seed": 1815, "version": "Telegraf 1.29, logfile (stamp, level letter with !, [plugin] prefix)",
    "log_format": r"<Time> <Level>! <Content>",
    "line": "{Time} {Level}! {Content}",
    "start": dt.datetime(2026, 12, 7, 13, 0, 0), "header": tg_head,
    "kinds": {"out": lambda r, a: r.choice(["outputs.influxdb_v2", "outputs.influxdb", "outputs.prometheus_client::metrics", "outputs.kafka"]),
              "inp": lambda r, a: r.choice(["inputs.snmp", "inputs.http", "inputs.prometheus", "inputs.exec", "inputs.disk", "inputs.snmp::core-switches"])},
    "statements": [
        ({"L": "D"}, "[@{out}] Wrote batch of @{i:1-5000} metrics in @{dur}"),
        ({"L": "D"}, "[@{out}] Buffer fullness: @{i:0-10000} / @{c:10000|50000} metrics"),
        ({}, "[inputs.snmp] Error in plugin: agent @{ip}: gathering table @{c:ifTable|ifXTable|hrStorageTable}: performing bulk walk for field @{c:ifInOctets|ifOutOctets|ifHCInOctets|hrStorageUsed}: request timeout (after @{i:1-3} retries)"),
        ({}, "[inputs.http] Error in plugin: [url=@{url}]: Get \"@{=1}\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
        ({}, "[inputs.prometheus] Error in plugin: error making HTTP request to \"@{url}\": Get \"@{=1}\": dial tcp @{ip}:@{port}: @{c:i/o timeout|connect: connection refused|connect: no route to host}"),
        ({}, "[outputs.influxdb_v2] When writing to [@{c:https://influx.example.com:8086|http://10.0.7.20:8086}]: Post \"@{=1:()/api/v2/write?bucket=telegraf&org=ops}\": dial tcp @{ip}:@{c:8086}: @{c:connect: connection refused|i/o timeout}"),
        ({}, "[outputs.influxdb_v2] Failed to write metric to @{c:telegraf|infra} (will be dropped: @{c:422} Unprocessable Entity): unprocessable entity: failure writing points to database: partial write: field type conflict: input field \"@{c:value|used|usage_idle}\" on measurement \"@{c:cpu|disk|snmp|http_response}\" is type @{c:integer|float|string}, already exists as type @{c:float|integer} dropped=@{i:1-500}"),
        ({}, "[agent] Error writing to @{out}: failed to send metrics to any configured server(s)"),
        ({"L": "W"}, "[@{inp}] Collection took longer than expected; not complete after interval of @{c:10s|30s|1m0s}"),
        ({"L": "W"}, "[inputs.@{c:cpu|mem|net|snmp}] Previous collection has not completed; scheduled collection skipped"),
        ({"L": "W"}, "[@{out}] Metric buffer overflow; @{i:1-90000} metrics have been dropped"),
        ({}, "[inputs.exec] Error in plugin: exec: exit status @{i:1-127} for command \"@{c:/usr/local/bin/check_raid.sh|/opt/scripts/queue_depth.py --json|sudo /usr/sbin/smartctl -A /dev/sda}\": @{c:sudo: a terminal is required to read the password|Traceback (most recent call last):|mdadm: cannot open /dev/md0: Permission denied}"),
        ({}, "[inputs.docker] Error in plugin: Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"@{c:http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info}\": dial unix /var/run/docker.sock: connect: permission denied"),
        ({}, "[inputs.ping] Error in plugin: host @{host}: lookup @{=1} on @{c:127.0.0.53|10.0.0.2}:@{c:53}: no such host"),
        ({"L": "I"}, "[inputs.mqtt_consumer] Connected [@{c:tcp://10.0.5.9:1883|ssl://mqtt.example.com:8883}]"),
        ({"L": "E"}, "[inputs.mqtt_consumer] Error in plugin: connection lost: @{c:EOF|pingresp not received, disconnecting|read tcp 10.0.5.20:51312->10.0.5.9:1883: read: connection reset by peer}"),
        ({"L": "D"}, "[inputs.mqtt_consumer] Disconnected [@{c:tcp://10.0.5.9:1883|ssl://mqtt.example.com:8883}]"),
        ({}, "[inputs.kafka_consumer] Error in plugin: kafka: client has run out of available brokers to talk to: dial tcp @{ip}:@{c:9092}: connect: connection refused"),
        ({"L": "I"}, "Loading config: @{c:/etc/telegraf/telegraf.conf|/etc/telegraf/telegraf.d/snmp.conf|/etc/telegraf/telegraf.d/http.conf}"),
        ({"L": "I"}, "Starting Telegraf @{c:1.29.4|1.29.5} brought to you by InfluxData the makers of InfluxDB"),
        ({"L": "I"}, "Available plugins: @{i:230-250} inputs, @{i:8-10} aggregators, @{i:28-32} processors, @{i:20-25} parsers, @{i:55-62} outputs, @{i:4-6} secret-stores"),
        ({"L": "I"}, "Loaded inputs: @{L:2-9:sp:c:cpu|disk|diskio|mem|net|snmp|system|http|ping|exec|prometheus|docker|mqtt_consumer}"),
        ({"L": "I"}, "Loaded outputs: @{L:1-3:sp:c:influxdb_v2|prometheus_client|kafka|file}"),
        ({"L": "I"}, "Tags enabled: host=@{host} @{c:region=eu-west|region=us-east dc=iad2|role=edge}"),
        ({"L": "I"}, "[agent] Config: Interval:@{c:10s|30s|1m0s}, Quiet:false, Hostname:\"@{host}\", Flush Interval:@{c:10s|30s}"),
        ({"L": "I"}, "[agent] Hang on, flushing any cached metrics before shutdown"),
        ({"L": "I"}, "[agent] Stopping running outputs"),
        ({"L": "I"}, "[outputs.prometheus_client] Listening on @{c:http://[::]:9273/metrics|http://0.0.0.0:9273/metrics}"),
        ({"L": "W"}, "[inputs.snmp] Unable to load MIB @{c:IF-MIB|HOST-RESOURCES-MIB|CISCO-PROCESS-MIB}: @{c:mib not found|open /usr/share/snmp/mibs: no such file or directory}"),
    ],
}


# ---------------------------------------------------------------- strongSwan 5.9 charon via syslog
def sw_head(r, t, e):
    return {"Month": MON[t.month - 1], "Day": str(t.day), "Time": t.strftime("%H:%M:%S"), "Host": r.choice(["vpn-gw01", "vpn-gw02"]),
            "Thread": f"{r.randint(1, 16):02d}", "Subsys": e["s"]}


def swid(r, a):
    k = r.random()
    if k < 0.4:
        return f"C=DE, O=Example Corp, CN={r.choice(['moon', 'sun', 'carol', 'dave', 'site-b-gw', 'branch-17'])}.vpn.example.com"
    if k < 0.7:
        return ip(r)
    return r.choice(["carol@example.com", "dave@example.com", "branch-17.vpn.example.com", "site-b-gw"])


def ip(r):
    return f"{r.choice([10, 192, 203, 198])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def payloads(r, a):
    pool = ["SA", "KE", "No", "N(NATD_S_IP)", "N(NATD_D_IP)", "N(FRAG_SUP)", "N(HASH_ALG)", "N(REDIR_SUP)", "IDi", "IDr",
            "AUTH", "CERT", "CERTREQ", "N(INIT_CONTACT)", "CPRQ(ADDR DNS)", "SA", "TSi", "TSr", "N(MOBIKE_SUP)", "N(ADD_4_ADDR)",
            "N(EAP_ONLY)", "N(MSG_ID_SYN_SUP)", "D", "N(AUTH_LFT)", "EF(1/2)", "EF(2/2)"]
    n = r.randint(0, 9)
    return " ".join(r.choice(pool) for _ in range(n))


CONN = "<@{conn}|@{i:1-900}> "
STRONGSWAN = {
    "name": "StrongSwan", "seed": 1816, "version": "strongSwan 5.9 charon (ipsec.conf/swanctl) via rsyslog, charon log level 1",
    "log_format": r"<Month> <Day> <Time> <Host> charon: <Thread>\[<Subsys>\] <Content>",
    "line": "{Month} {Day:>2} {Time} {Host} charon: {Thread}[{Subsys}] {Content}",
    "start": dt.datetime(2026, 12, 7, 4, 4, 4), "header": sw_head,
    "kinds": {"conn": lambda r, a: r.choice(["site-b", "branch-17", "roadwarrior", "aws-vpc-1", "azure-hub", "partner-x"]),
              "id": swid, "pl": payloads,
              "ts": lambda r, a: " ".join(f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.0/{r.choice([16, 24])}" for _ in range(r.randint(1, 3))),
              "spi": lambda r, a: hx(r, 8)},
    "statements": [
        ({"s": "NET"}, CONN + "sending packet: from @{ip}[@{c:500|4500}] to @{ip}[@{c:500|4500}] (@{i:60-1500} bytes)"),
        ({"s": "NET"}, CONN + "received packet: from @{ip}[@{c:500|4500}] to @{ip}[@{c:500|4500}] (@{i:60-1500} bytes)"),
        ({"s": "ENC"}, CONN + "generating @{c:IKE_SA_INIT|IKE_AUTH|INFORMATIONAL|CREATE_CHILD_SA} @{c:request|response} @{i:0-90} [ @{pl} ]"),
        ({"s": "ENC"}, CONN + "parsed @{c:IKE_SA_INIT|IKE_AUTH|INFORMATIONAL|CREATE_CHILD_SA} @{c:request|response} @{i:0-90} [ @{pl} ]"),
        ({"s": "IKE"}, CONN + "sending DPD request"),
        ({"s": "IKE"}, CONN + "sending keep alive to @{ip}[@{c:4500}]"),
        ({"s": "IKE"}, CONN + "initiating IKE_SA @{=1}[@{=2}] to @{ip}"),
        ({"s": "IKE"}, CONN + "IKE_SA @{=1}[@{=2}] established between @{ip}[@{id}]...@{ip}[@{id}]"),
        ({"s": "IKE"}, CONN + "CHILD_SA @{=1}{@{i:1-900}} established with SPIs @{spi}_i @{spi}_o and TS @{ts} === @{ts}"),
        ({"s": "IKE"}, CONN + "authentication of '@{id}' (myself) with @{c:RSA signature|pre-shared key|ECDSA-256 signature|RSA_EMSA_PSS_SHA2_256 signature} successful"),
        ({"s": "IKE"}, CONN + "authentication of '@{id}' with @{c:RSA signature|pre-shared key|ECDSA-256 signature|EAP_MSCHAPV2} successful"),
        ({"s": "CFG"}, CONN + "selected proposal: @{c:IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048|IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/ECP_384|ESP:AES_GCM_16_128/NO_EXT_SEQ|ESP:AES_CBC_128/HMAC_SHA1_96/NO_EXT_SEQ}"),
        ({"s": "CFG"}, CONN + "received end entity cert \"@{id}\""),
        ({"s": "CFG"}, CONN + "using trusted ca certificate \"C=DE, O=Example Corp, CN=Example @{c:Root CA|VPN CA 2024}\""),
        ({"s": "CFG"}, CONN + "checking certificate status of \"@{id}\""),
        ({"s": "CFG"}, CONN + "certificate status is @{c:not available|good|revoked}"),
        ({"s": "IKE"}, CONN + "retransmit @{i:1-5} of request with message ID @{i:0-90}"),
        ({"s": "IKE"}, CONN + "giving up after @{i:5-5} retransmits"),
        ({"s": "IKE"}, CONN + "establishing IKE_SA failed, peer not responding"),
        ({"s": "IKE"}, CONN + "deleting IKE_SA @{=1}[@{=2}] between @{ip}[@{id}]...@{ip}[@{id}]"),
        ({"s": "IKE"}, CONN + "IKE_SA deleted"),
        ({"s": "IKE"}, CONN + "closing CHILD_SA @{=1}{@{i:1-900}} with SPIs @{spi}_i (@{i:0-90000000} bytes) @{spi}_o (@{i:0-90000000} bytes) and TS @{ts} === @{ts}"),
        ({"s": "IKE"}, CONN + "received DELETE for @{c:ESP|IKE} CHILD_SA with SPI @{spi}"),
        ({"s": "IKE"}, CONN + "scheduling rekeying in @{i:100-86400}s"),
        ({"s": "IKE"}, CONN + "maximum IKE_SA lifetime @{i:100-90000}s"),
        ({"s": "IKE"}, CONN + "local host is behind NAT, sending keep alives"),
        ({"s": "IKE"}, CONN + "remote host is behind NAT"),
        ({"s": "IKE"}, CONN + "peer supports MOBIKE"),
        ({"s": "IKE"}, CONN + "received AUTHENTICATION_FAILED notify error"),
        ({"s": "CFG"}, "no IKE config found for @{ip}...@{ip}, sending NO_PROPOSAL_CHOSEN"),
        ({"s": "IKE"}, CONN + "detected reauth of existing IKE_SA, adopting @{i:0-9} children and @{i:0-2} virtual IPs"),
        ({"s": "IKE"}, CONN + "assigning virtual IP @{ip} to peer '@{id}'"),
        ({"s": "CFG"}, "loaded certificate \"@{id}\" from '@{c:/etc/swanctl/x509/gw.pem|/etc/ipsec.d/certs/gwCert.pem}'"),
        ({"s": "DMN"}, "Starting IKE charon daemon (strongSwan @{c:5.9.5|5.9.13}, Linux @{c:6.1.0-17-amd64|6.5.0-14-generic|5.15.0-91-generic}, x86_64)"),
        ({"s": "KNL"}, "creating acquire job for policy @{ip}/@{c:32}[@{c:tcp|udp|icmp}/@{port}] === @{ip}/@{c:32}[@{c:tcp|udp|icmp}] with reqid {@{i:1-90}}"),
    ],
}

SYSTEMS = [FRR, OOZIE, PRIVACYIDEA, BEEGFS, LARAVEL, ZEPHYR, TELEGRAF, STRONGSWAN]
