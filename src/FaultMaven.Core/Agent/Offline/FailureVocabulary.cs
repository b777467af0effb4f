using System.Text.RegularExpressions;

namespace FaultMaven.Core.Agent.Offline;

/// <summary>How a line of evidence reads to an SRE: which category of cause it names and how much it reads as a cause (a variable
/// that is not set, a pool that is exhausted) rather than a symptom (a crash loop, a 502, "failed"). Phrases are matched
/// case-insensitively; the strongest match wins.</summary>
public static partial class FailureVocabulary
{
    private static readonly (Regex Pattern, CauseCategory Category, double Strength, string Label)[] Phrases =
    [
        (ConfigMissing(), CauseCategory.ConfigurationError, 0.95, "a required setting is missing"),
        (ConfigInvalid(), CauseCategory.ConfigurationError, 0.9, "the configuration is invalid"),
        (Placement(), CauseCategory.ConfigurationError, 0.85, "the pod cannot be placed as specified"),
        (WrongProbe(), CauseCategory.ConfigurationError, 0.8, "a health probe points at a path that does not exist"),
        // Kubernetes and most APIs name a missing object as <kind> "<name>" not found: a reference to something that does not exist.
        (MissingObject(), CauseCategory.ConfigurationError, 0.85, "it refers to an object that does not exist"),
        (Syntax(), CauseCategory.CodeDefect, 0.9, "a script, query or file has a syntax error"),
        (Duplicate(), CauseCategory.CodeDefect, 0.85, "writes violate a unique key"),
        (Certificate(), CauseCategory.ConfigurationError, 0.9, "a TLS certificate has expired or is not trusted"),
        (Permission(), CauseCategory.ConfigurationError, 0.8, "access is denied"),
        (Exhausted(), CauseCategory.ResourceExhaustion, 0.95, "a resource is exhausted"),
        (Storage(), CauseCategory.ResourceExhaustion, 0.95, "storage ran out"),
        // Close to a limit is not over it: weaker than a resource that ran out.
        (Approaching(), CauseCategory.ResourceExhaustion, 0.75, "a resource is close to its limit"),
        (Memory(), CauseCategory.ResourceExhaustion, 0.9, "memory ran out"),
        // A statement waiting on a lock is the deepest reason a call times out: contention, not the network.
        (Locks(), CauseCategory.ResourceExhaustion, 0.85, "transactions contend for locks"),
        (ReplicaLag(), CauseCategory.ResourceExhaustion, 0.7, "a replica falls behind its primary"),
        (CpuThrottled(), CauseCategory.ResourceExhaustion, 0.6, "the CPU is throttled"),
        // A failing probe says the container is unwell, not why: its refused connection or timeout is not a dependency's.
        (Probe(), CauseCategory.Unknown, 0.4, "health probes fail"),
        (Unreachable(), CauseCategory.DependencyFailure, 0.85, "a dependency is unreachable"),
        (Timeout(), CauseCategory.DependencyFailure, 0.7, "calls time out"),
        // A 503 or "unavailable" is as often our own service failing as a dependency: it reads as little more than a symptom.
        (Unavailable(), CauseCategory.DependencyFailure, 0.5, "requests fail as unavailable"),
        (Throttled(), CauseCategory.DependencyFailure, 0.7, "a dependency is throttling requests"),
        (Platform(), CauseCategory.Infrastructure, 0.8, "the platform underneath is failing"),
        (Crash(), CauseCategory.CodeDefect, 0.75, "the code crashes"),
        (ErrorType(), CauseCategory.CodeDefect, 0.7, "the code raises an error"),
        (Symptom(), CauseCategory.Unknown, 0.35, "something fails"),
    ];

    /// <summary>The best reading of <paramref name="text"/>, or null when it speaks of no failure at all.</summary>
    public static (CauseCategory Category, double Strength, string Label)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (pattern, category, strength, label) in Phrases)
        {
            // "no ImagePullBackOff observed", "not OOMKilled": a negated phrase says the opposite.
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (!Negation().IsMatch(text.AsSpan(Math.Max(0, match.Index - 10), Math.Min(10, match.Index))))
                {
                    return (category, strength, label);
                }
            }
        }

        return null;
    }

    /// <summary>Whether the text says things are fine again: a completed rollout, all replicas ready, a monitor back to OK.</summary>
    public static bool SoundsHealthy(string text) => Healthy().IsMatch(text);

    /// <summary>Whether the text says a failure is over (recovered, reconnected, alert resolved) — stricter than
    /// <see cref="SoundsHealthy"/>: "resolved 3 dependencies" is not a recovery.</summary>
    public static bool SoundsRecovered(string text) => Recovered().IsMatch(text);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:no|not|without|never)\s+$", Options)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:env(?:ironment)?(?:\s+variable)?|variable|setting|config(?:uration)?\s+(?:key|value)|secret|key|parameter|property|option)\b[^.\n]{0,60}?\b(?:is\s+)?(?:undefined|not\s+set|unset|not\s+defined|missing|not\s+found|empty|required)\b|\bmissing\s+(?:required\s+)?(?:env|environment|variable|setting|secret|config|key|parameter)|(?-i:\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b)\s+(?:is\s+|was\s+)?(?:not\s+set|unset|undefined|not\s+defined|missing|empty)|\b(?:undefined|unset)\s+(?:env|environment\s+)?variable", Options)]
    private static partial Regex ConfigMissing();

    [GeneratedRegex(@"\b(?:invalid|malformed|unparsable|bad)\s+(?:config|configuration|setting|value|yaml|json|argument|flag)|\b(?:error|failed)\s+(?:parsing|loading|reloading)\s+(?:the\s+)?(?:config|configuration|yaml)|mapping values are not allowed|unknown (?:field|flag|option)|exec format error|address already in use|unbound (?:immediate )?persistentvolumeclaims?|storageclass[^\n]{0,40}not found|no persistent volumes available|createcontainerconfigerror|couldn't find key|could not find key|imagepullbackoff|errimagepull|failed to pull image|manifest unknown|no such file or directory|couldn't load configuration", Options)]
    private static partial Regex ConfigInvalid();

    [GeneratedRegex(@"permission denied|access denied|forbidden|unauthori[sz]ed|(?:(?:status|code|http|returned|response|responded|got|HTTP/\d(?:\.\d)?)[\s:=""]{1,3}|""\s)40[13]\b|\b40[13] (?:unauthori[sz]ed|forbidden)|authentication failed|invalid credentials", Options)]
    private static partial Regex Permission();

    [GeneratedRegex(@"\bpool\b[^.\n]{0,40}\bexhaust|\bexhausted\b|too many (?:connections|open files|clients)|connection limit|max_connections|quota exceeded|exceeded quota|connection slots are reserved|resource(?:s)? exhausted|connection is not available|remaining connection slots|\bidle=0\b[^\n]{0,20}\bwaiting=[1-9]", Options)]
    private static partial Regex Exhausted();

    [GeneratedRegex(@"no space left|low on resource:?\s*ephemeral-storage|out of (?:storage|disk)|disk (?:is )?full|insufficient storage|storage (?:space )?(?:is )?(?:getting |critically )?(?:low|full)|ran out of storage|filesystem (?:is )?full|inodes?\b[^.\n]{0,20}exhaust", Options)]
    private static partial Regex Storage();

    [GeneratedRegex(@"out of memory|\boom(?:killed)?\b|memory limit|java\.lang\.outofmemoryerror|heap space|cannot allocate memory|exit code:? 137\b", Options)]
    private static partial Regex Memory();

    [GeneratedRegex(@"connection refused|could not connect|cannot connect|can't connect|unable to connect|failed to (?:establish|connect)|no route to host|host unreachable|name resolution|could not resolve|no such host|econnrefused|enotfound|name or service not known|temporary failure in name resolution|nxdomain|servfail|unknown host|upstream (?:connect )?error|handshake (?:failed|timeout)|broken pipe|connection reset", Options)]
    private static partial Regex Unreachable();

    [GeneratedRegex(@"didn't match (?:pod's )?node (?:affinity|selector)|untolerated taint|node\(s\) had taint", Options)]
    private static partial Regex Placement();

    [GeneratedRegex(@"probe failed: http probe failed with statuscode: 404", Options)]
    private static partial Regex WrongProbe();

    [GeneratedRegex(@"too many requests|(?:status|http|code)[^\n]{0,12}\b429\b|rate.?limit(?:ed| exceeded)|throttled", Options)]
    private static partial Regex Throttled();

    // Python's and JavaScript's error types: "ValueError: …", "TypeError: …" (case matters: a type name, not the word "error:").
    [GeneratedRegex(@"(?-i:\b[A-Z][A-Za-z]*Error: )", Options)]
    private static partial Regex ErrorType();

    [GeneratedRegex(@"lock timeout|lock wait timeout|could not obtain lock|deadlock detected|deadlock found|lock contention", Options)]
    private static partial Regex Locks();

    [GeneratedRegex(@"\b(?:namespaces?|configmaps?|secrets?|services?|serviceaccounts?|persistentvolumeclaims?|deployments?|ingresses|ingress|storageclass(?:es)?|clusterroles?|roles?|nodes?|databases?|tables?|relations?|buckets?|topics?|queues?|indices|index|hosts?|images?)\s+""[^""\n]{1,120}""\s+(?:not found|does not exist|is missing)", Options)]
    private static partial Regex MissingObject();

    [GeneratedRegex(@"certificate (?:has )?expired|certificate is not yet valid|x509:|certificate verify failed|unable to verify the first certificate|ssl ?handshake[^\n]{0,40}(?:expired|unknown ca)|cert(?:ificate)? expir(?:ed|y) ", Options)]
    private static partial Regex Certificate();

    [GeneratedRegex(@"approaching (?:the )?(?:maximum|max|limit)|near(?:ing)? (?:the |its )?(?:maximum|max|limit)", Options)]
    private static partial Regex Approaching();

    [GeneratedRegex(@"\bsyntax error\b|\bparse error\b|unexpected (?:token|end of file|eof)|bad substitution", Options)]
    private static partial Regex Syntax();

    [GeneratedRegex(@"duplicate (?:entry|key)|unique constraint|violates [a-z ]{0,20}constraint|integrity constraint violation|constraint violation", Options)]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"replica(?:tion)? lag|replay is behind|behind the (?:source|primary|master)|replication (?:is )?(?:delayed|behind)", Options)]
    private static partial Regex ReplicaLag();

    [GeneratedRegex(@"cpu ?throttl|throttling of cpu|cputhrottling", Options)]
    private static partial Regex CpuThrottled();

    [GeneratedRegex(@"(?:readiness|liveness|startup) probe failed", Options)]
    private static partial Regex Probe();

    [GeneratedRegex(@"service unavailable|\bunavailable\b|(?:(?:status|code|http|returned|response|responded|got|HTTP/\d(?:\.\d)?)[\s:=""]{1,3}|""\s)503\b", Options)]
    private static partial Regex Unavailable();

    [GeneratedRegex(@"timed? ?out|deadline exceeded|\btimeout\b", Options)]
    private static partial Regex Timeout();

    [GeneratedRegex(@"node (?:is )?not ?ready|\bnotready\b|disk failure|i/o error|read-only file system|kernel:|evicted|nodehasdiskpressure|network (?:is )?unreachable|failedscheduling|insufficient (?:cpu|memory)", Options)]
    private static partial Regex Platform();

    [GeneratedRegex(@"exception\b|\bpanic:|segmentation fault|sigsegv|null ?pointer|nullreference|typeerror|keyerror|indexerror|attributeerror|stack ?trace|traceback|assertion failed|unhandled", Options)]
    private static partial Regex Crash();

    [GeneratedRegex(@"crashloopbackoff|back-?off|\bfail(?:ed|ure|ing)?\b|\berror\b|\bfatal\b|(?:(?:status|code|http|returned|response|responded|got|HTTP/\d(?:\.\d)?)[\s:=""]{1,3}|""\s)5\d\d\b|\b5\d\d (?:internal|bad gateway|service unavailable|gateway timeout)|unhealthy|probe failed|restart", Options)]
    private static partial Regex Symptom();

    [GeneratedRegex(@"\brecovered\b|back to normal|reconnected|connection (?:re-?)?established|alert (?:is |has )?resolved|\[resolved\]|state (?:changed )?to (?:ok|resolved)|rollout (?:completed|complete|finished|succeeded)|has all \d+ replicas ready|(?:autoscaling|scale-?up|scaling|expansion|failover|resize|modification|rollback) (?:is |has |was )?(?:completed|complete|finished|succeeded)|state resolved", Options)]
    private static partial Regex Recovered();

    [GeneratedRegex(@"rollout (?:completed|complete|finished|succeeded)|successfully rolled out|all \d+ replicas (?:are )?ready|has all \d+ replicas ready|\bstate\s+ok\b|\bresolved\b|recovered|back to normal|\b(\d+)/\1\s+(?:ready|running)", Options)]
    private static partial Regex Healthy();
}
