namespace FaultMaven.Server.Configuration;

/// <summary>The catalogue of every environment variable; docs/CONFIGURATION.md is checked against it by a test.</summary>
public static class ConfigurationVariables
{
    /// <summary>Gets every variable the server and the CLI read.</summary>
    public static IReadOnlyList<ConfigurationVariable> All { get; } =
    [
        new("FM_HOST", "127.0.0.1", "Address the server listens on.", "an IP address (127.0.0.1, 0.0.0.0, ::1) or localhost"),
        new("FM_PORT", "8000", "TCP port the server listens on; 0 picks a free port.", "an integer from 0 to 65535"),
        new("FM_DATA_DIR", "./.faultmaven", "Directory of the embedded SQLite database and uploads; created if missing.", "a writable directory path"),
        new("FM_REDIS", "(empty)", "Redis for sessions, the shared LLM cache, idempotency keys and change notifications (scale-out); empty keeps them in the process and SQLite.", "a StackExchange.Redis configuration string, e.g. redis:6379,password=…"),
        new("FM_POSTGRES", "(empty)", "PostgreSQL for cases, turns, uploads and their text, knowledge and the audit trail (scale-out); empty keeps them in SQLite.", "an Npgsql connection string, e.g. Host=db;Database=faultmaven;Username=fm;Password=…"),
        new("FM_PRIVACY_KEY", "(empty)", "Key sealing pseudonyms' real values in PostgreSQL, the same on every instance; empty keeps a generated key in the database (a warning says so). Never logged.", "a base64 256-bit key (openssl rand -base64 32)"),
        new("FM_MAX_REQUEST_BODY_BYTES", "1048576", "Largest request body accepted; larger bodies get 413 problem details.", "an integer from 1024 to 17179869184"),
        new("FM_SHUTDOWN_TIMEOUT", "00:00:30", "How long in-flight requests may finish after SIGTERM.", "a duration hh:mm:ss up to 00:10:00"),
        new("FM_AUTH", "off", "Whether API requests need credentials (docs/SECURITY.md). off is allowed only while FM_HOST is a loopback address (every caller is then a local admin); any other address without required refuses to start.", "off or required"),
        new("FM_BOOTSTRAP_ADMIN_KEY", "(empty)", "An API key accepted as the first admin's, to create the others with (POST /api/v1/admin/api-keys, fm admin keys create). Never logged.", "fm_ followed by at least 43 random characters, e.g. fm_$(openssl rand -hex 32)"),
        new("FM_OIDC_AUTHORITY", "(empty)", "OIDC issuer whose signed bearer tokens (JWT) are accepted; its /.well-known/openid-configuration and keys are read. Empty accepts API keys only.", "an https:// URL (http:// only on loopback)"),
        new("FM_OIDC_AUDIENCE", "(empty)", "Audience OIDC tokens must be issued for; required with FM_OIDC_AUTHORITY.", "an audience (client id or API identifier)"),
        new("FM_OIDC_ROLE_CLAIM", "roles", "Token claim holding the user's roles (viewer, engineer, admin; the highest counts). A token without one gets 403.", "a claim name"),
        new("FM_OIDC_TEAM_CLAIM", "team", "Token claim holding the user's team.", "a claim name"),
        new("FM_KB_WRITERS", "admin", "Roles that may import, replace and delete knowledge-base documents; admins always may.", "roles from viewer, engineer, admin, comma-separated"),
        new("FM_CORS_ORIGINS", "(empty)", "Comma-separated origins allowed to call the API from a browser (the extension's chrome-extension://<id>).", "origins scheme://host[:port], comma-separated"),
        new("FM_LOG_LEVEL", "Information", "Least severe log level written.", "Trace, Debug, Information, Warning, Error, Critical, None"),
        new("FM_LOG_FORMAT", "json", "Log line format on stdout.", "json or text"),
        new("FM_OTLP_ENDPOINT", "(empty)", "OTLP collector to export traces and metrics to; empty exports none (/metrics still serves Prometheus text).", "an http:// or https:// URL"),
        new("FM_SESSION_TTL", "1.00:00:00", "How long a session lives after its last use (sliding).", "a duration d.hh:mm:ss from 00:01:00 to 365.00:00:00"),
        new("FM_SESSION_SWEEP_INTERVAL", "00:01:00", "How often expired sessions are removed.", "a duration d.hh:mm:ss from 00:00:01 to 1.00:00:00"),
        new("FM_MAX_UPLOAD_BYTES", "52428800", "Largest upload attached to a case (bytes as sent, compressed for gzip); larger uploads get 413 and nothing is stored.", "an integer from 1 to 4294967296"),
        new("FM_UPLOAD_CLEANUP_INTERVAL", "00:10:00", "How often content files of deleted uploads and abandoned temporary files are removed.", "a duration d.hh:mm:ss from 00:00:01 to 1.00:00:00"),
        new("FM_DATA_WARMUP", "true", "Run the upload pipeline over small samples at start-up (in the background) so the first upload is not slowed by compilation.", "true or false"),
        new("FM_KB_CHUNK_CHARS", "2000", "Largest knowledge-base chunk in characters (code blocks stay whole).", "an integer from 200 to 50000"),
        new("FM_KB_CHUNK_OVERLAP", "200", "Characters of a long section's chunk repeated at the start of the next.", "an integer from 0 to 10000"),
        new("FM_EMBEDDINGS_URL", "(empty)", "OpenAI-compatible API (…/v1) whose /embeddings the knowledge base fuses with lexical search; empty keeps search lexical.", "an http:// or https:// URL"),
        new("FM_EMBEDDINGS_MODEL", "text-embedding-3-small", "Embedding model asked of FM_EMBEDDINGS_URL.", "a model name"),
        new("FM_EMBEDDINGS_API_KEY", "(empty)", "API key for FM_EMBEDDINGS_URL; never logged.", "a key"),
        new("FM_LLM_PROVIDERS", "(empty)", "Language-model providers in priority order, comma-separated (openai, anthropic, azure-openai, fireworks, openai-compatible, ollama); empty uses every configured one in that order. With none configured the agent answers offline.", "provider names, comma-separated"),
        new("FM_LLM_TIMEOUT_SECONDS", "60", "How long one attempt at one provider may take before it counts as failed.", "an integer from 1 to 600"),
        new("FM_LLM_RETRIES", "2", "Retries per provider on 429, 408, 5xx and timeouts (jittered exponential backoff, Retry-After honoured) before failing over to the next.", "an integer from 0 to 10"),
        new("FM_LLM_CONTEXT_TOKENS", "24000", "Budget of the model's first request in tokens (estimated as characters / 4): the question, every upload's summary and findings, small uploads whole and the likeliest lines of large ones; the tools fetch the rest.", "an integer from 4000 to 1000000"),
        new("FM_LLM_CACHE", "memory", "Answer identical (redacted) model requests from a cache.", "memory or off"),
        new("FM_LLM_PRICES", "(empty)", "Prices for the cost estimate, added to the built-in list: model=input/output in USD per million tokens, semicolon-separated.", "e.g. gpt-4o-mini=0.15/0.60;my-model=0/0"),
        new("FM_OPENAI_API_KEY", "(empty)", "OpenAI API key; setting it enables the openai provider. Never logged.", "a key"),
        new("FM_OPENAI_MODEL", "gpt-4o-mini", "OpenAI model.", "a model name"),
        new("FM_OPENAI_URL", "https://api.openai.com/v1", "OpenAI API base URL (a proxy or gateway).", "an http:// or https:// URL"),
        new("FM_ANTHROPIC_API_KEY", "(empty)", "Anthropic API key; setting it enables the anthropic provider. Never logged.", "a key"),
        new("FM_ANTHROPIC_MODEL", "claude-sonnet-4-5", "Anthropic model.", "a model name"),
        new("FM_ANTHROPIC_URL", "https://api.anthropic.com", "Anthropic API base URL.", "an http:// or https:// URL"),
        new("FM_AZURE_OPENAI_URL", "(empty)", "Azure OpenAI resource endpoint (https://NAME.openai.azure.com); setting it enables the azure-openai provider.", "an http:// or https:// URL"),
        new("FM_AZURE_OPENAI_API_KEY", "(empty)", "Azure OpenAI key (sent as api-key); required with FM_AZURE_OPENAI_URL. Never logged.", "a key"),
        new("FM_AZURE_OPENAI_MODEL", "(empty)", "Azure OpenAI deployment name; required with FM_AZURE_OPENAI_URL.", "a deployment name"),
        new("FM_FIREWORKS_API_KEY", "(empty)", "Fireworks API key; setting it enables the fireworks provider. Never logged.", "a key"),
        new("FM_FIREWORKS_MODEL", "accounts/fireworks/models/llama-v3p3-70b-instruct", "Fireworks model.", "a model name"),
        new("FM_FIREWORKS_URL", "https://api.fireworks.ai/inference/v1", "Fireworks API base URL.", "an http:// or https:// URL"),
        new("FM_OPENAI_COMPATIBLE_URL", "(empty)", "Any OpenAI-compatible API (…/v1: vLLM, LM Studio, llama.cpp server); setting it enables the openai-compatible provider.", "an http:// or https:// URL"),
        new("FM_OPENAI_COMPATIBLE_API_KEY", "(empty)", "Key for FM_OPENAI_COMPATIBLE_URL, if it wants one. Never logged.", "a key"),
        new("FM_OPENAI_COMPATIBLE_MODEL", "(empty)", "Model served at FM_OPENAI_COMPATIBLE_URL; required with it.", "a model name"),
        new("FM_OLLAMA_URL", "(empty)", "Ollama server (http://localhost:11434; its OpenAI-compatible /v1 is used); setting it enables the ollama provider.", "an http:// or https:// URL"),
        new("FM_OLLAMA_MODEL", "llama3.1", "Ollama model.", "a model name"),
        new("FM_OLLAMA_API_KEY", "(empty)", "Key for an Ollama behind an authenticating proxy. Never logged.", "a key"),
        new("FM_URL", "http://127.0.0.1:8000", "Server the fm CLI talks to (CLI only).", "an http:// or https:// URL"),
        new("FM_API_KEY", "(empty)", "API key the fm CLI sends (as Authorization: Bearer) on every request to a server (CLI only). Never printed.", "a key fm_…"),
    ];

    /// <summary>Returns the variable with the given name, or null.</summary>
    public static ConfigurationVariable? Find(string name) => All.FirstOrDefault(v => v.Name == name);
}
