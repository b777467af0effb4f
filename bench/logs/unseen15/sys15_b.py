"""Statements of the fifteenth blind set, second half: a log4net .NET service, Confluence, Cilium, a Python service
through structlog, hMailServer, OAuth2 Proxy, OpenNebula, rasdaemon. Read make-unseen15.py."""
import datetime

from values15 import DAY, FIRST, MON, SYSTEM_VALUES, WORDS, hexs, ip, user

V = SYSTEM_VALUES


def reg(name):
    def wrap(f):
        V[name] = f
        return f
    return wrap


# ---------------------------------------------------------------- a .NET Framework Windows service through log4net
@reg("company")
def _company(r, ts):
    return r.choice(["Contoso Ltd", "Fabrikam, Inc.", "Northwind Traders", "Adventure Works Cycles", "Tailspin Toys",
                     "Wide World Importers", "Litware"])


@reg("ndc")
def _ndc(r, ts):
    return r.choice(["(null)", "(null)", f"req-{hexs(r, 8)}", f"batch {r.randint(1, 9999)}"])


@reg("domuser")
def _domuser(r, ts):
    return f"{r.choice(['CONTOSO', 'FABRIKAM', 'NT AUTHORITY'])}\\{r.choice(FIRST + ['svc_billing', 'SYSTEM'])}"


@reg("netexc")
def _netexc(r, ts):
    return r.choice(["System.TimeoutException: The operation has timed out.",
                     "System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
                     "System.InvalidOperationException: Sequence contains no elements",
                     "System.Net.WebException: The remote server returned an error: (503) Server Unavailable.",
                     "System.IO.IOException: The process cannot access the file because it is being used by another process.",
                     "System.NullReferenceException: Object reference not set to an instance of an object."])


@reg("msmq")
def _msmq(r, ts):
    return r.choice([".\\private$\\billing.invoices", ".\\private$\\billing.invoices.retry",
                     f"FormatName:DIRECT=OS:{r.choice(WORDS)}01\\private$\\outbound", ".\\private$\\error"])


L4N_HDR = lambda r, ts, level, comp: (f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} [{r.choice(['1', '7', '12', '23', 'Worker #3', 'Timer'])}] "
                                      f"{level:<5} {comp} [{_ndc(r, ts)}] - ")
LOG4NET = {
    "about": "a .NET Framework 4.8 Windows service logging through log4net (%date [%thread] %-5level %logger [%ndc] - %message)",
    "log_format": "<Date> <Time> \\[<Thread>\\] <Level> <Logger> \\[<Ndc>\\] - <Content>",
    "start": datetime.datetime(2026, 12, 7, 1, 0, 0),
    "gap_ms": 1300,
    "header": L4N_HDR,
    "statements": [
        ("INFO", "Contoso.Billing.InvoiceBatchProcessor", "Processing invoice batch {int} for customer '{sys:company}' ({int} invoices)"),
        ("INFO", "Contoso.Billing.LedgerPoster", "Invoice INV-{int:2026000-2026999} posted to ledger in {int} ms"),
        ("WARN", "Contoso.Billing.LedgerPoster", "Invoice INV-{int:2026000-2026999} posted to ledger in {int} ms (slow, threshold {int} ms)"),
        ("ERROR", "Contoso.Billing.Notifications.SmtpNotifier", "Failed to send e-mail to {email}: {=Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender|The SMTP server requires a secure connection or the client was not authenticated.|Failure sending mail.}"),
        ("WARN", "Contoso.Billing.Data.InvoiceRepository", "SQL timeout executing [dbo].[{=usp_PostInvoice|usp_GetOpenInvoices|usp_ArchiveBatch}] after {int} seconds; retry {int} of {int}"),
        ("INFO", "Contoso.Billing.Service", "Service {=BillingService|BillingService.Staging} starting, version {ver}, CLR {ver}"),
        ("INFO", "Contoso.Billing.Service", "Service stopping", 3),
        ("INFO", "Contoso.Billing.Service", "Service stopped", 3),
        ("DEBUG", "Contoso.Billing.Queueing.QueuePoller", "Polling queue {sys:msmq} ({int} messages pending)"),
        ("INFO", "Contoso.Billing.Rates.ExchangeRateLoader", "Loaded {int} exchange rates for {when:date} from {url}"),
        ("WARN", "Contoso.Billing.Integration.ErpClient", "WCF channel to {url} faulted; recreating"),
        ("INFO", "Contoso.Billing.Reports.ReportExporter", "User {sys:domuser} exported report '{title}' to {winpath}"),
        ("ERROR", "Contoso.Billing.Service", "Unhandled exception in worker thread {int}: {sys:netexc}"),
        ("WARN", "Contoso.Billing.Integration.ErpClient", "Retrying in {=00:00:05|00:00:30|00:02:00} (attempt {int} of {int}): {sys:netexc}"),
        ("DEBUG", "Contoso.Billing.Caching.RateCache", "Cache hit ratio {pct} over last {int} requests"),
        ("INFO", "Contoso.Billing.Documents.PdfRenderer", "Document {uuid} rendered ({int} pages, {int} bytes) in {dur:ms}"),
        ("ERROR", "NHibernate.Util.ADOExceptionReporter", "could not execute batch command.[SQL: SQL not available]"),
        ("WARN", "NHibernate.Engine.Loading.LoadContexts", "fail-safe cleanup (collections) : NHibernate.Engine.Loading.CollectionLoadContext<rs={=System.Data.SqlClient.SqlDataReader|NHibernate.Driver.NDataReader}>"),
        ("INFO", "Contoso.Billing.Queueing.QueuePoller", "Moved message {uuid}\\{int} to {sys:msmq} after {int} failed deliveries"),
        ("INFO", "Contoso.Billing.Configuration", "Setting '{=SmtpHost|ErpEndpoint|ArchivePath|BatchSize}' = '{=mail.contoso.local|https://erp.contoso.local/Services/Invoice.svc|\\\\fs01\\archive\\billing|500}'"),
    ],
}


# ---------------------------------------------------------------- Confluence Data Center 8.5 (atlassian-confluence.log)
@reg("space")
def _space(r, ts):
    return r.choice(["OPS", "ENG", "SRE", "HR", "FIN", "~" + r.choice(FIRST), "DOCS"])


@reg("attach")
def _attach(r, ts):
    return r.choice(["architecture.png", "Q3 plan.xlsx", "runbook v2.pdf", f"image-2026-12-0{r.randint(1, 7)}-{r.randint(10, 23)}-{r.randint(10, 59)}-{r.randint(10, 59)}-{r.randint(100, 999)}.png", "diagram.drawio"])


@reg("cthread")
def _cthread(r, ts):
    return r.choice([f"http-nio-8090-exec-{r.randint(1, 200)}", f"Caesium-1-{r.randint(1, 4)}", f"scheduler_Worker-{r.randint(1, 10)}",
                     f"hz.confluence.cached.thread-{r.randint(1, 8)}"])


@reg("snapshot")
def _snapshot(r, ts):
    return (f"ActivitySnapshot{{startTime={r.randint(1765000000000, 1765100000000)}, threadId={r.randint(30, 900)}, "
            f"threadName='{_cthread(r, ts)}', userId='{user(r)}', type='{r.choice(['web-request', 'job', 'rest-request'])}', "
            f"summary='{r.choice(['/rest/api/content/search', '/display/OPS/Incident+Runbook', 'com.atlassian.confluence.jobs.IndexQueueFlusher'])}'}}")


CTX = " -- url: {uri} | traceId: {hex:16} | userName: {user}"
CTX2 = " -- referer: {url} | url: {uri} | traceId: {hex:16} | userName: {user} | action: {=viewpage|editpage|doeditpage|createpage}"
CONF_HDR = lambda r, ts, level, comp: (f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level} [{_cthread(r, ts)}] "
                                       f"[{comp.split()[0]}] {comp.split()[1]} ")
CONFLUENCE = {
    "about": "Confluence Data Center 8.5 atlassian-confluence.log: %d %p [%t] [%c{4}] %M %m, request context appended",
    "log_format": "<Date> <Time> <Level> \\[<Thread>\\] \\[<Logger>\\] <Method> <Content>",
    "start": datetime.datetime(2026, 12, 7, 7, 0, 0),
    "gap_ms": 1200,
    "header": CONF_HDR,
    "statements": [
        ("WARN", "atlassian.confluence.pages.DefaultAttachmentManager getAttachmentData", "Could not find data for attachment: Attachment: {sys:attach} v.{int:1-40} ({int}) {user}" + CTX2),
        ("WARN", "atlassian.seraph.auth.DefaultAuthenticator login", "login : '{user}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie." + CTX),
        ("INFO", "atlassian.crowd.directory.DbCachingRemoteDirectory synchroniseCache", "INCREMENTAL synchronisation for directory [ {int} ] was not successful, attempting FULL"),
        ("INFO", "atlassian.crowd.directory.DbCachingRemoteDirectory synchroniseCache", "{=FULL|INCREMENTAL} synchronisation complete for directory [ {int} ] in [ {dur:ms} ]"),
        ("WARN", "confluence.util.profiling.DefaultActivityMonitor close", "Exceeded the threshold of {int} ms: {sys:snapshot}" + CTX),
        ("ERROR", "confluence.impl.hibernate.HibernateSessionManager5 withSession", "Failed to acquire JDBC connection: {=HikariPool-1} - Connection is not available, request timed out after {dur:ms}." + CTX),
        ("WARN", "atlassian.confluence.pages.AbstractPageManager trashPage", "Page '{title}' ({int}) in space {sys:space} moved to trash by {user}" + CTX2),
        ("ERROR", "atlassian.confluence.mail.ConfluenceMailQueueItem send", "Error occurred in sending e-mail: Send Mail failed because \"{=Couldn't connect to host, port: smtp.office365.com, 587; timeout 60000|535 5.7.3 Authentication unsuccessful|Invalid Addresses}\" to {email}"),
        ("ERROR", "confluence.util.http.ConfluenceHttpClient fetch", "Unable to fetch {url}: {err}" + CTX),
        ("WARN", "atlassian.confluence.servlet.ConfluenceServlet sendError", "Could not find action for path: {uri}" + CTX),
        ("INFO", "atlassian.plugin.manager.DefaultPluginManager earlyStartup", "Plugin system earlyStartup begun", 2),
        ("INFO", "atlassian.plugin.manager.DefaultPluginManager earlyStartup", "Plugin system earlyStartup ended", 2),
        ("INFO", "atlassian.plugin.manager.DefaultPluginManager lateStartup", "Plugin system lateStartup begun", 2),
        ("INFO", "atlassian.plugin.manager.DefaultPluginManager lateStartup", "Plugin system lateStartup ended", 2),
        ("WARN", "confluence.plugins.synchrony.SynchronyProcessManager startup", "Synchrony is not running: {=synchrony.proxy.healthcheck.disabled is false|Timed out waiting for Synchrony to start after 180s|port 8091 is already in use}"),
        ("INFO", "confluence.search.v2.lucene.LuceneIndexManager reIndex", "Reindex of {=content|change|edge} index finished: {int} documents in {dur:s} ({int} failed)"),
        ("WARN", "atlassian.confluence.event.ConfluenceEventDispatcher dispatch", "Event queue is full ({int} events), event {=PageUpdateEvent|AttachmentCreateEvent|SpaceCreateEvent|UserLoginEvent} will be processed synchronously"),
        ("INFO", "confluence.cluster.hazelcast.HazelcastClusterManager memberRemoved", "Cluster member {ip}:{=5801|5701} ({host}) has left the cluster; {int} nodes remain"),
        ("WARN", "confluence.impl.backgroundjob.BackgroundJobProcessor run", "Background job {=EDGE_INDEX_CLEANUP|TRASH_PURGE|ATTACHMENT_VERSION_CLEANUP} in space {sys:space} failed after {int} attempts: {reason}"),
    ],
}


# ---------------------------------------------------------------- Cilium 1.15 agent (logrus text, `kubectl logs --timestamps`)
@reg("k8sns")
def _k8sns(r, ts):
    return r.choice(["shop", "kube-system", "monitoring", "payments-prod", "ingress-nginx", "default"])


@reg("pod")
def _pod(r, ts):
    return r.choice([f"{r.choice(WORDS)}-{hexs(r, 10)}-{hexs(r, 5)}", f"{r.choice(WORDS)}-{r.randint(0, 5)}",
                     f"coredns-{hexs(r, 10)}-{hexs(r, 5)}"])


@reg("idlabels")
def _idlabels(r, ts):
    w = r.choice(WORDS)
    labs = [f"k8s:app={w}", f"k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name={_k8sns(r, ts)}",
            f"k8s:io.cilium.k8s.policy.serviceaccount={w}", f"k8s:io.kubernetes.pod.namespace={_k8sns(r, ts)}",
            f"k8s:version=v{r.randint(1, 4)}"]
    return ",".join(labs[:r.randint(1, 5)])


CEP = "ciliumEndpointName={sys:k8sns}/{sys:pod} containerID={hex:12} datapathPolicyRevision={int} desiredPolicyRevision={int} endpointID={int} identity={int} ipv4={ip} ipv6={empty:ip6} k8sPodName={sys:k8sns}/{sys:pod}"
CILIUM = {
    "about": "Cilium 1.15 agent (logrus text without its own time), pasted from `kubectl logs --timestamps`",
    "log_format": "<Time> level=<Level> <Content>",
    "start": datetime.datetime(2026, 12, 7, 10, 0, 0),
    "gap_ms": 800,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}{r.randint(100, 999)}Z level={level} ",
    "statements": [
        ("info", "", "msg=\"Rewrote endpoint BPF program\" " + CEP + " subsys=endpoint"),
        ("error", "", "msg=\"Error while rewriting endpoint BPF program\" " + CEP + " error=\"{=Failed to load prog with ip: unable to create map|failed to replace tc filter: numerical result out of range|context canceled}\" subsys=endpoint"),
        ("info", "", "msg=\"Compiled new BPF template\" BPFCompilationTime={dur:go} file-path=/var/run/cilium/state/templates/{hex:40}/bpf_lxc.o subsys=datapath-loader"),
        ("info", "", "msg=\"Policy imported via API, recalculating...\" policyAddRequest={uuid} policyRevision={int} subsys=daemon"),
        ("info", "", "msg=\"Delete endpoint request\" containerID={hex:12} endpointID={int} k8sNamespace={sys:k8sns} k8sPodName={sys:pod} subsys=daemon"),
        ("info", "", "msg=\"Create endpoint request\" addressing=\"{sys:addressing}\" containerID={hex:64} datapathConfiguration=\"{sys:dpconf}\" interface={sys:lxc} k8sPodName={sys:k8sns}/{sys:pod} labels=\"{=[]}\" subsys=daemon sync-build=true"),
        ("info", "", "msg=\"Identity of endpoint changed\" " + CEP + " identityLabels=\"{sys:idlabels}\" oldIdentity=\"{=no identity|reserved:init}\" subsys=endpoint"),
        ("warning", "", "msg=\"Unable to update ipcache map entry on pod add\" error=\"{sys:ipcacheerr}\" hostIP={ip} k8sNamespace={sys:k8sns} k8sPodName={sys:pod} podIP={ip} podIPs=\"{sys:podips}\" subsys=k8s-watcher"),
        ("info", "", "msg=\"regenerating all endpoints\" reason=\"{=one or more identities created or deleted|kube-apiserver identity updated|}\" subsys=endpoint-manager"),
        ("warning", "", "msg=\"Detected unexpected endpoint BPF program removal. Consider investigating whether other software running on this machine is removing Cilium's endpoint BPF programs. If endpoint BPF programs are removed, the associated pods will lose connectivity and only reinstating the programs will restore connectivity.\" count={int} subsys=endpoint-manager"),
        ("info", "", "msg=\"Conntrack garbage collector interval recalculated\" deleteRatio={float} newInterval={dur:go} subsys=map-ct"),
        ("info", "", "msg=\"Node updated\" clusterName={=default|prod-eu1} nodeName={host} subsys=nodemanager"),
        ("info", "", "msg=\"Node deleted\" clusterName={=default|prod-eu1} nodeName={host} subsys=nodemanager"),
        ("warning", "", "msg=\"Network status error received, restarting client connections\" error=\"{err}\" subsys=health-server"),
        ("info", "", "msg=\"Datapath signal listener running\" subsys=signal", 2),
        ("warning", "", "msg=\"Failed to acquire lock for endpoint\" endpointID={int} error=\"{=endpoint is being deleted|context deadline exceeded}\" subsys=endpoint"),
        ("info", "", "msg=\"Waiting for endpoint to be generated\" containerID={hex:64} endpointID={int} subsys=daemon"),
        ("error", "", "msg=\"Unable to fetch kubernetes labels\" containerID={hex:12} endpointID={int} error=\"{sys:poderr}\" k8sPodName={sys:k8sns}/{sys:pod} subsys=endpoint"),
    ],
}


# ---------------------------------------------------------------- a Python service through structlog's ConsoleRenderer
@reg("lxc")
def _lxc(r, ts):
    return "lxc" + hexs(r, 12)


@reg("ckey")
def _ckey(r, ts):
    return f"{r.choice(['customer', 'invoice', 'merchant'])}:{r.randint(1, 99999)}:{r.choice(['profile', 'methods', 'limits'])}"


@reg("ipcacheerr")
def _ipcacheerr(r, ts):
    return f"ipcache entry for podIP {ip(r)} owned by {r.choice(['kvstore', 'agent', 'kube-apiserver'])}"


@reg("podips")
def _podips(r, ts):
    return "[" + " ".join("{" + a + "}" for a in [ip(r)] + ([r.choice(["fd00:10:244::" + hexs(r, 2)])] if r.random() < 0.3 else [])) + "]"


@reg("poderr")
def _poderr(r, ts):
    return 'pod.core \\"' + _pod(r, ts) + '\\" not found'


@reg("addressing")
def _addressing(r, ts):
    return "&{" + ip(r) + " fe80::" + hexs(r, 4) + " " + r.choice(["2001:db8:1::" + hexs(r, 3), ""]) + "  }"


@reg("dpconf")
def _dpconf(r, ts):
    return "&{false false false false false <nil>}"


def ev(name, logger):
    # ConsoleRenderer pads the event to 30 characters, then the logger in brackets
    return f"{name:<30} [{logger}]"


SLOG = {
    "about": "a Python payments service (FastAPI and Celery) through structlog 24 ConsoleRenderer without colours",
    "log_format": "<Time> \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 9, 0, 0),
    "gap_ms": 700,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}Z [{level:<9}] ",
    "statements": [
        ("info", "", ev("request started", "payments.api") + " method={=GET|POST|PUT|DELETE} path={uri} request_id={uuid}"),
        ("info", "", ev("request finished", "payments.api") + " duration_ms={float} method={=GET|POST|PUT|DELETE} path={uri} request_id={uuid} status={=200|201|204|400|404|409|422|500}"),
        ("info", "", ev("charge created", "payments.stripe") + " amount={int} currency={=usd|eur|gbp|jpy} customer_id={sys:stripe:cus} idempotency_key={uuid}"),
        ("warning", "", ev("charge failed", "payments.stripe") + " code={=card_declined|expired_card|incorrect_cvc|processing_error} decline_code={=insufficient_funds|generic_decline|do_not_honor|None} message={=Your card was declined.|Your card has expired.|Your card's security code is incorrect.|An error occurred while processing your card. Try again in a little bit.} request_id={sys:stripe:req}"),
        ("info", "", ev("webhook received", "payments.webhooks") + " event_id={sys:stripe:evt} event_type={=invoice.paid|charge.refunded|customer.subscription.updated|payment_intent.succeeded|charge.dispute.created} livemode={=True|False}"),
        ("error", "", ev("webhook signature invalid", "payments.webhooks") + " error=No signatures found matching the expected signature for payload remote_addr={ip}"),
        ("error", "", ev("db pool exhausted", "payments.db") + " checked_out={int} overflow={int} pool_size={int} timeout={float}"),
        ("warning", "", ev("retrying task", "payments.worker") + " attempt={int} countdown={int} exc={=ConnectionError('Connection aborted.')|OperationalError('server closed the connection unexpectedly')|Timeout('read timeout=10')|RateLimitError('Too many requests made to the API too quickly')} task={=payments.tasks.sync_invoice|payments.tasks.send_receipt|payments.tasks.reconcile_payouts} task_id={uuid}"),
        ("info", "", ev("task succeeded", "payments.worker") + " runtime={float} task={=payments.tasks.sync_invoice|payments.tasks.send_receipt|payments.tasks.reconcile_payouts} task_id={uuid}"),
        ("error", "", ev("task failed", "payments.worker") + " runtime={float} task={=payments.tasks.sync_invoice|payments.tasks.send_receipt|payments.tasks.reconcile_payouts} task_id={uuid}"),
        ("debug", "", ev("cache miss", "payments.cache") + " key={sys:ckey} ttl={int}"),
        ("info", "", ev("refund issued", "payments.refunds") + " amount={int} charge_id={sys:stripe:ch} reason={=requested_by_customer|duplicate|fraudulent|None} refund_id={sys:stripe:re}"),
        ("info", "", ev("payout reconciled", "payments.payouts") + " batch_date={when:date} count={int} mismatches={list:,~int} total={float}"),
        ("info", "", ev("startup complete", "payments.app") + " env={=production|staging} version={ver} workers={int}", 2),
        ("info", "", ev("shutting down", "payments.app") + " reason={=SIGTERM|SIGINT} inflight={int}", 2),
        ("warning", "", ev("rate limited", "payments.api") + " client_ip={ipany} limit={=100/minute|20/second|1000/hour} route={=/v1/charges|/v1/refunds|/v1/customers/:id}"),
        ("error", "", ev("unhandled exception", "payments.api") + " exc_info={=ValueError('invalid literal for int() with base 10: abc')|KeyError('customer_id')|TypeError(\"'NoneType' object is not subscriptable\")} path={uri} request_id={uuid}"),
        ("warning", "", ev("slow query", "payments.db") + " duration_ms={float} rows={int} statement={=SELECT * FROM payments WHERE customer_id = %(customer_id)s ORDER BY created_at DESC|UPDATE invoices SET status = %(status)s WHERE id = %(id)s|SELECT count(*) FROM refunds}"),
    ],
}


# ---------------------------------------------------------------- hMailServer 5.6 (tab-separated, quoted)
HM_SVC = {"S": "SMTPD", "C": "SMTPC", "I": "IMAPD", "P": "POP3D"}
HMAIL = {
    "about": "hMailServer 5.6 session log on Windows: \"SERVICE\" thread session \"time\" \"remote ip\" \"text\", tab-separated",
    "log_format": "\"<Service>\"\t<Thread>\t<Session>\t\"<Time>\"\t\"<RemoteIp>\"\t\"<Content>\"",
    "start": datetime.datetime(2026, 12, 7, 5, 0, 0),
    "gap_ms": 400,
    "header": lambda r, ts, level, comp: (f"\"{HM_SVC[comp]}\"\t{r.choice([4436, 4436, 5120, 6212])}\t{r.randint(1, 99999)}\t"
                                          f"\"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d}\"\t\"{ip(r)}\"\t\""),
    "trailer": "\"",
    "statements": [
        ("", "S", "SENT: 220 {host} ESMTP"),
        ("", "S", "RECEIVED: EHLO {host}"),
        ("", "S", "RECEIVED: HELO {host}"),
        ("", "S", "RECEIVED: MAIL FROM:<{email}> SIZE={int}"),
        ("", "S", "RECEIVED: MAIL FROM:<{email}>"),
        ("", "S", "RECEIVED: RCPT TO:<{email}>"),
        ("", "S|C", "SENT: 250 OK"),
        ("", "S", "SENT: 550 Unknown user"),
        ("", "S", "SENT: 550 Delivery is not allowed to this address."),
        ("", "S", "SENT: 530 SMTP authentication is required."),
        ("", "S", "SENT: 535 Authentication failed. Restarting authentication process."),
        ("", "S", "SENT: 354 OK, send."),
        ("", "S", "SENT: 250 Queued ({float} seconds)"),
        ("", "S", "SENT: 421 Too many concurrent SMTP connections from this IP address."),
        ("", "S|C", "RECEIVED: QUIT"),
        ("", "C", "SENT: EHLO {host}"),
        ("", "C", "RECEIVED: 250-{host} Hello {host} [{ip}]"),
        ("", "C", "RECEIVED: {=550|554|452} {=5.1.1|5.7.1|4.2.2|5.7.606} {=<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table|Service unavailable; Client host blocked using zen.spamhaus.org|Mailbox full|Access denied, banned sending IP}"),
        ("", "I", "RECEIVED: {hex:4} LOGIN \"{email}\" ***"),
        ("", "I", "SENT: {hex:4} OK LOGIN completed"),
        ("", "I", "SENT: {hex:4} NO Invalid user name or password."),
        ("", "I", "RECEIVED: {hex:4} SELECT \"{=INBOX|Sent Items|Deleted Items|Archive/2026|Junk E-mail}\""),
        ("", "I", "SENT: * {int} EXISTS"),
        ("", "I", "RECEIVED: {hex:4} UID FETCH {int}:{=*|1200|88} (FLAGS)"),
        ("", "I", "SENT: {hex:4} OK UID completed"),
        ("", "I", "RECEIVED: {hex:4} IDLE"),
        ("", "P", "RECEIVED: USER {email}"),
        ("", "P", "SENT: +OK Send your password"),
        ("", "P", "SENT: -ERR Invalid user name or password. Please use full email address as user name."),
        ("", "P", "SENT: +OK Mailbox locked and ready"),
        ("", "P", "RECEIVED: RETR {int}"),
        ("", "P", "SENT: +OK {int} {int}"),
    ],
}


# ---------------------------------------------------------------- OAuth2 Proxy 7.5 (standard log lines)
OAUTH = {
    "about": "OAuth2 Proxy 7.5 standard log: [yyyy/mm/dd hh:mm:ss] [file.go:line] message (request and auth logging off)",
    "log_format": "\\[<Date> <Time>\\] \\[<File>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 30, 0),
    "gap_ms": 1600,
    "header": lambda r, ts, level, comp: f"[{ts:%Y/%m/%d %H:%M:%S}] [{comp}] ",
    "statements": [
        ("", "oauthproxy.go:1012", "Error loading cookied session: {sys:cookieerr}, removing session"),
        ("", "oauthproxy.go:162", "OAuthProxy configured for {=Keycloak OIDC|GitHub|Google|OpenID Connect|Azure} Client ID: {=grafana|oauth2-proxy|kubernetes-dashboard|0oa4k2x9z8YQ1A2b3c4d}", 2),
        ("", "oauthproxy.go:168", "Cookie settings: name:{=_oauth2_proxy|_oauth2_proxy_grafana} secure(https):{=true|false} httponly:true expiry:{=168h0m0s|12h0m0s} domains:{=|.example.com|.corp.example.net} path:{=/} samesite:{=|lax|strict} refresh:{=disabled|after 1h0m0s}", 2),
        ("", "proxy.go:89", "mapping path \"{=/|/api/|/grafana/}\" => upstream \"{url}\"", 3),
        ("", "server.go:213", "HTTP: listening on {=0.0.0.0:4180|[::]:4180}", 2),
        ("", "server.go:252", "HTTPS: listening on {=0.0.0.0:4443|[::]:4443}", 2),
        ("", "oauthproxy.go:902", "Error redeeming code during OAuth2 callback: {sys:redeemerr}"),
        ("", "oauthproxy.go:920", "Invalid authentication via OAuth2: unauthorized"),
        ("", "oauthproxy.go:928", "Permission Denied: \"{email}\" is unauthorized"),
        ("", "stored_session.go:179|stored_session.go:193", "Refreshing session - User: {email}; SessionAge: {dur:go}; RefreshPeriod: {=1h0m0s|5m0s}"),
        ("", "stored_session.go:179|stored_session.go:193", "Unable to refresh session: {=error refreshing tokens: oauth2: token expired and refresh token is not set|failed to refresh token: invalid_grant Token is not active|context deadline exceeded}"),
        ("", "oauthproxy.go:850", "Invalid OAuth state: CSRF token mismatch, potential attack (login: {email}, expected: {hex:8}..., actual: {hex:8}...)"),
        ("", "oauthproxy.go:834", "Error while parsing OAuth2 state: {=invalid length|invalid state: illegal base64 data at input byte 4}"),
        ("", "reverseproxy.go:634|reverseproxy.go:666", "Error proxying to upstream server: {sys:proxyerr}"),
        ("", "validator.go:67|validator.go:73", "Rejecting invalid redirect \"{url}\": domain / port not in whitelist"),
        ("", "validator.go:81", "Invalid redirect provided in X-Auth-Request-Redirect header: {uri}"),
        ("", "oauthproxy.go:1045", "Authenticated via OAuth2: {sys:session}"),
        ("", "redis_store.go:88", "Error loading session from redis: {=dial tcp 10.0.4.12:6379: connect: connection refused|redis: nil|EOF|i/o timeout}"),
        ("", "redis_store.go:115", "Error saving session to redis: {=dial tcp 10.0.4.12:6379: connect: connection refused|redis: nil|EOF|i/o timeout}"),
        ("", "jwt_session.go:52", "Unable to verify bearer token: {=failed to verify id token signature|oidc: token is expired (Token Expiry: 2026-12-07 07:12:44 +0000 UTC)|invalid audience}"),
    ],
}


@reg("cookieerr")
def _cookieerr(r, ts):
    return r.choice(['cookie "_oauth2_proxy" not present', 'cookie "_oauth2_proxy_grafana" not present',
                     'session ticket cookie failed validation: cookie signature not valid',
                     "session ticket cookie failed validation: illegal base64 data at input byte 0",
                     "error decoding session ticket: session ticket expired"])


@reg("redeemerr")
def _redeemerr(r, ts):
    return r.choice([f"email in id_token ({r.choice(FIRST)}@{r.choice(['example.com', 'acme.io'])}) isn't verified",
                     "token exchange failed: oauth2: cannot fetch token: 400 Bad Request",
                     "unable to verify id_token: failed to verify signature: failed to verify id token signature",
                     'could not get claim "groups": claim not present'])


@reg("proxyerr")
def _proxyerr(r, ts):
    up = f"{ip(r)}:{r.choice([8080, 3000, 9090])}"
    return r.choice([f"dial tcp {up}: connect: connection refused", f"dial tcp {up}: i/o timeout",
                     f"read tcp {ip(r)}:{r.randint(30000, 60999)}->{up}: read: connection reset by peer",
                     "context canceled", "http: server closed idle connection"])


@reg("session")
def _session(r, ts):
    t = ts - datetime.timedelta(seconds=r.randint(0, 3600))
    e = t + datetime.timedelta(hours=r.choice([1, 12]))
    return (f"Session{{email:{r.choice(FIRST)}@example.com user:{r.choice(['', str(r.randint(1000, 9999))])} "
            f"PreferredUsername:{user(r)} token:true id_token:{r.choice(['true', 'false'])} created:{t:%Y-%m-%d %H:%M:%S} +0000 UTC "
            f"expires:{e:%Y-%m-%d %H:%M:%S} +0000 UTC refresh_token:{r.choice(['true', 'false'])}}}")


@reg("godate")
def _godate(r, ts):
    t = ts - datetime.timedelta(seconds=r.randint(0, 7200))
    return f"{t:%Y-%m-%d %H:%M:%S} +0000"


# ---------------------------------------------------------------- OpenNebula 6.8 oned.log
@reg("onemeth")
def _onemeth(r, ts):
    return r.choice(["one.vm.info", "one.vmpool.info", "one.hostpool.info", "one.user.info", "one.vm.action",
                     "one.zone.raftstatus", "one.vmpool.infoextended", "one.image.info"])


@reg("oneargs")
def _oneargs(r, ts):
    n = r.randint(1, 5)
    return ", ".join(r.choice(["-2", "-1", str(r.randint(0, 500)), '"poweroff"', "****", "false", '""']) for _ in range(n))


@reg("oneres")
def _oneres(r, ts):
    return r.choice([f'"<VM><ID>{r.randint(0, 900)}</ID><UID>0</UID>..."', '"<VM_POOL><VM><ID>..."', '"<HOST_POOL><HOST>..."',
                     str(r.randint(0, 900)), '"<RAFT><SERVER_ID>-1</SERVER_ID>..."'])


@reg("onecmd")
def _onecmd(r, ts):
    vm = r.randint(0, 900)
    h = r.choice(["node01", "node02", "kvm-r3-11"])
    return r.choice([f"cat << 'EOT' | /var/tmp/one/vmm/kvm/deploy '/var/lib/one//datastores/{r.randint(0, 110)}/{vm}/deployment.{r.randint(0, 4)}' '{h}' {vm} {h}",
                     f"/var/tmp/one/vmm/kvm/shutdown 'one-{vm}' '{h}' {vm} {h}", "/var/tmp/one/im/kvm.d/monitord-client_control.sh -c sync"])


ONE_HDR = lambda r, ts, level, comp: (f"{DAY[ts.weekday()]} {MON[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {ts.year} "
                                      f"[Z0][{comp}][{level}]: ")
ONE = {
    "about": "OpenNebula 6.8 oned.log: ctime stamp, then [zone][module][level]:",
    "log_format": "<Day> <Month> <Date> <Time> <Year> \\[<Zone>\\]\\[<Module>\\]\\[<Level>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 4, 0, 0),
    "gap_ms": 700,
    "header": ONE_HDR,
    "statements": [
        ("D", "ReM", "Req:{int} UID:{int} IP:{=127.0.0.1|::1|10.1.0.15} {sys:onemeth} invoked , {sys:oneargs}"),
        ("D", "ReM", "Req:{int} UID:{int} {sys:onemeth} result SUCCESS, {sys:oneres}"),
        ("E", "ReM", "Req:{int} UID:{int} {sys:onemeth} result FAILURE [{sys:onemeth}] Error getting {=virtual machine|host|image|user} [{int}]."),
        ("I", "InM", "Host {host} ({int}) successfully monitored."),
        ("E", "InM", "Error monitoring Host {host} ({int}): {=- Connection refused|Could not update remotes|Timeout executing monitor probes|ssh: connect to host node07 port 22: No route to host}"),
        ("I", "DiM", "Deploying VM {int}"),
        ("I", "DiM", "Restarting VM {int}"),
        ("I", "DiM", "Powering off VM {int}"),
        ("I", "DiM", "Terminating VM {int}"),
        ("I", "LCM", "VM {int} successfully deployed"),
        ("I", "LCM", "VM {int} successfully migrated"),
        ("D", "TrM", "Message received: TRANSFER SUCCESS {int} -"),
        ("E", "TrM", "Message received: TRANSFER FAILURE {int} Error copying {host}:{path} to {host}:{path}"),
        ("D", "VMM", "Message received: DEPLOY SUCCESS {int} one-{int}"),
        ("D", "VMM", "Message received: LOG I {int} Successfully execute {=virtualization driver|network driver|transfer manager driver} operation: {=deploy|pre|post|shutdown|clean|poll}."),
        ("D", "VMM", "Message received: LOG E {int} Command execution fail (exit code: {int}): {sys:onecmd}"),
        ("D", "VMM", "Message received: POLL SUCCESS {int} STATE={=a|p|e|d} CPU={float} MEMORY={int} NETRX={int} NETTX={int} DISKRDBYTES={int} DISKWRBYTES={int}"),
        ("I", "HKM", "Executing hook {int} ({=vm_state_ready|host_error|image_ready}) for {=VM|HOST|IMAGE} {int}"),
        ("E", "AuM", "Command execution failed (exit code: {int}): {=/var/lib/one/remotes/auth/ldap/authenticate|/var/lib/one/remotes/auth/server_cipher/authenticate|/var/lib/one/remotes/auth/core/authenticate}"),
        ("E", "AuM", "Auth Error: {=Invalid credentials|User not found|LDAP server unreachable|Expired token} for user {user}"),
        ("I", "ImM", "Image {int} ({=Ubuntu 22.04|alma9-base|win2022 datacenter|ttylinux}) successfully copied to datastore {int}"),
        ("I", "MKP", "Marketplace {=OpenNebula Public|Linux Containers|DockerHub} ({int}) successfully monitored."),
        ("W", "ONE", "Raft: {=Leader|Follower} {int} heartbeat timeout, last heartbeat {int} ms ago", 3),
        ("I", "ONE", "Starting OpenNebula {ver}", 2),
    ],
}


# ---------------------------------------------------------------- rasdaemon 0.8 via syslog
@reg("dimm")
def _dimm(r, ts):
    return r.choice([f"CPU_SrcID#{r.randint(0, 1)}_MC#{r.randint(0, 1)}_Chan#{r.randint(0, 3)}_DIMM#{r.randint(0, 1)}",
                     f"DIMM_{r.choice('ABCDEFGH')}{r.randint(1, 2)}", f"P{r.randint(1, 2)}-DIMM{r.choice('ABCDEF')}{r.randint(1, 2)}"])


@reg("comm")
def _comm(r, ts):
    return r.choice(["<...>", "kworker/u128:2", "irq/25-aerdrv", "swapper/12", "ras-mc-ctl"])


@reg("pci")
def _pci(r, ts):
    return f"0000:{hexs(r, 2)}:{r.randint(0, 31):02x}.{r.randint(0, 7)}"


TRACE = "{sys:comm}-{int:0-99999} [{int:0-127}] {float}: "
RAS = {
    "about": "rasdaemon 0.8 through syslog: kernel RAS trace events (memory controller, PCIe AER, MCE) as rasdaemon prints them",
    "log_format": "<Month> <Day> <Time> <Host> rasdaemon\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 5, 0, 0, 0),
    "gap_ms": 60000,
    "header": lambda r, ts, level, comp: f"{MON[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {r.choice(['hv-r12-07', 'db-phys-02', 'gpu-node31'])} rasdaemon[{r.choice([1187, 1187, 1203])}]: ",
    "statements": [
        ("", "", TRACE + "mc_event: {sys:godate} {int} Corrected error: memory read error on {sys:dimm} (channel:{int:0-7} slot:{int:0-1} page:{0x:5} offset:{0x:3} grain:{int} syndrome:{0x:2} - {=OVERFLOW|} area:DRAM err_code:{hex:4}:{hex:4} socket:{int:0-1} imc:{int:0-1} rank:{int:0-3} bg:{int:0-3} ba:{int:0-3} row:{0x:4} col:{0x:3})"),
        ("", "", TRACE + "mc_event: {sys:godate} {int} Uncorrected error: memory read error on {sys:dimm} (channel:{int:0-7} slot:{int:0-1} page:{0x:5} offset:{0x:3} grain:{int} syndrome:{0x:2} - {=OVERFLOW|} area:DRAM err_code:{hex:4}:{hex:4} socket:{int:0-1} imc:{int:0-1} rank:{int:0-3} bg:{int:0-3} ba:{int:0-3} row:{0x:4} col:{0x:3})"),
        ("", "", TRACE + "mc_event: {sys:godate} {int} Corrected error: memory scrubbing error on {sys:dimm} (channel:{int:0-7} slot:{int:0-1} page:{0x:5} offset:{0x:3} grain:{int} syndrome:{0x:2} - area:DRAM err_code:{hex:4}:{hex:4} socket:{int:0-1} imc:{int:0-1} rank:{int:0-3})"),
        ("", "", TRACE + "aer_event: {sys:godate} dev {sys:pci} Corrected error: {=Receiver Error|Bad TLP|Bad DLLP|Replay Timer Timeout|RELAY_NUM Rollover|Advisory Non-Fatal Error}, TLP Header=Not available"),
        ("", "", TRACE + "aer_event: {sys:godate} dev {sys:pci} Uncorrected (Non-Fatal) error: {=Completion Timeout|Unsupported Request|Poisoned TLP|Completer Abort}, TLP Header={hex:8} {hex:8} {hex:8} {hex:8}"),
        ("", "", TRACE + "aer_event: {sys:godate} dev {sys:pci} Uncorrected (Fatal) error: {=Surprise Down Error|Malformed TLP|Data Link Protocol Error|Receiver Overflow}, TLP Header=Not available"),
        ("", "", TRACE + "mce_record: {sys:godate} Unified Memory Controller (bank={int:0-31}), status= {hex:16}, Corrected error, no action required., mci=CECC, mca= DRAM ECC error. Ext Err Code: {int} Memory Error 'mem-tx: generic read, tx: generic, level: L3/generic', mc_location={=|channel}, cpu_type= AMD Scalable MCA, cpu= {int:0-127}, socketid= {int:0-1}, misc= {hex:16}, addr= {hex:10}, synd= {hex:8}, ipid= {hex:16}, mcgstatus={int}, mcgcap={0x:4}, apicid= {int:0-255}"),
        ("", "", TRACE + "mce_record: {sys:godate} bank={int:0-31}, status= {hex:16}, {=Corrected error|Uncorrected error}, {=no action required.|system may need restart}, mcgstatus={int}, cpu_type= Intel Xeon Scalable, cpu= {int:0-127}, socketid= {int:0-1}, addr= {0x:9}, misc= {0x:9}, mcgcap={0x:4}, apicid= {int:0-255}"),
        ("", "", TRACE + "devlink_event: {sys:godate} bus_name={=pci|auxiliary} dev_name={sys:pci} driver_name={=mlx5_core|ice|bnxt_en} reporter_name={=fw_fatal|tx|rx|fw} msg='{=TX timeout on queue: 12, SQ: 0x1a2, CQ: 0x3b4, SQ Cons: 0x0 SQ Prod: 0x4, usecs since last trans: 12000|Firmware fatal error: device is not responding|RX CQE error}'"),
        ("", "", "ras:{=mc_event|aer_event|mce_record|extlog_mem_event|devlink_event|memory_failure_event} event enabled", 8),
        ("", "", "Listening to events for cpus {int} to {int}", 3),
        ("", "", "Recording {=mc_event|aer_event|mce_record|extlog_event|devlink_event|diskerror_event} events", 8),
        ("", "", "Can't get traces from {=extlog_mem_event|diskerror_event|non_standard_event}", 4),
        ("", "", "Page offline choice on Corrected Errors is {=off|account|soft|soft-then-hard}", 2),
        ("", "", "Corrected errors for {sys:dimm} exceeded the threshold of {int} in {=24h|1h|72h}, page {0x:6} {=offlined|offline failed: Device or resource busy}"),
    ],
}

SYSTEMS = {"Log4Net": LOG4NET, "Confluence": CONFLUENCE, "Cilium": CILIUM, "Structlog": SLOG, "HMailServer": HMAIL,
           "OAuth2Proxy": OAUTH, "OpenNebula": ONE, "Rasdaemon": RAS}
