namespace FaultMaven.Server.Configuration;

/// <summary>The variables that hold secrets. Each is also read from a file named by <c>&lt;NAME&gt;_FILE</c> (Docker and Kubernetes
/// secrets), through <see cref="SecretFiles"/>; docs/CONFIGURATION.md lists them and a test keeps the two in step.</summary>
public static class SecretVariables
{
    /// <summary>The suffix of the variable naming a secret's file.</summary>
    public const string FileSuffix = "_FILE";

    /// <summary>Gets the names of every secret variable the server and the CLI read.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "FM_POSTGRES",
        "FM_REDIS",
        "FM_PRIVACY_KEY",
        "FM_ENCRYPTION_KEY",
        "FM_BOOTSTRAP_ADMIN_KEY",
        "FM_OPENAI_API_KEY",
        "FM_ANTHROPIC_API_KEY",
        "FM_AZURE_OPENAI_API_KEY",
        "FM_FIREWORKS_API_KEY",
        "FM_OPENAI_COMPATIBLE_API_KEY",
        "FM_OLLAMA_API_KEY",
        "FM_EMBEDDINGS_API_KEY",
        "FM_OTLP_HEADERS",
        "FM_API_KEY",
        "FM_ALERTMANAGER_TOKEN",
        "FM_WEBHOOK_TOKEN",
        "FM_NOTIFY_WEBHOOK_URL",
        "FM_SLACK_SIGNING_SECRET",
        "FM_SLACK_BOT_TOKEN",
        "FM_SLO_WEBHOOK_URLS",
        "FM_SLO_ALERTMANAGER_URLS",
        "FM_PROMETHEUS_TOKEN",
        "FM_PROMETHEUS_PASSWORD",
        "FM_LOKI_TOKEN",
        "FM_LOKI_PASSWORD",
        "FM_ELASTICSEARCH_API_KEY",
        "FM_ELASTICSEARCH_PASSWORD",
        "FM_SPLUNK_TOKEN",
    ];

    /// <summary>Whether <paramref name="name"/> is a secret variable, whose value must never be printed.</summary>
    public static bool Contains(string name) => Names.Contains(name, StringComparer.Ordinal);
}
