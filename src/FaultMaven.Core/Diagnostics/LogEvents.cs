namespace FaultMaven.Core.Diagnostics;

/// <summary>Every event id FaultMaven logs with, in one place so ids never collide.</summary>
public static class LogEvents
{
    // Sessions 1000–1099
    public const int SessionCreated = 1000;
    public const int SessionDeleted = 1001;
    public const int SessionsSwept = 1002;
    public const int SessionSweepFailed = 1003;

    // Cases 1100–1199
    public const int CaseCreated = 1100;
    public const int CaseStatusChanged = 1101;
    public const int CaseDeleted = 1102;
    public const int TurnAppended = 1103;
    public const int TurnReplayed = 1104;
    public const int CaseUpdateContended = 1105;

    // Alerts 1300–1399
    public const int AlertReceived = 1300;
    public const int AlertInvestigationFailed = 1301;
    public const int AlertInvestigationCrashed = 1302;
    public const int AlertNotified = 1303;
    public const int AlertNotifyFailed = 1304;
    public const int SlackAnswered = 1310;
    public const int SlackFailed = 1311;
    public const int SlackRefused = 1312;

    // MCP 1400–1499
    public const int McpToolCalled = 1400;
    public const int McpToolFailed = 1401;
    public const int McpMessageRejected = 1402;

    // Live sources (Prometheus, the log sources) 1500–1599
    public const int SourceCalled = 1500;
    public const int SourceFetched = 1501;
    public const int SourceFetchFailed = 1502;
    public const int SourceCircuitOpened = 1503;
    public const int LogSourceCalled = 1504;
    public const int LogSourceFetched = 1505;
    public const int LogSourceFetchFailed = 1506;
    public const int LogSourceCircuitOpened = 1507;

    // Semantic cache of model answers 1600–1699
    public const int SemanticCacheLookup = 1600;
    public const int SemanticCacheUnmapped = 1601;
    public const int SemanticCacheLookupFailed = 1602;
    public const int SemanticCacheStored = 1603;
    public const int SemanticCacheNotStored = 1604;

    // Security 1200–1299
    public const int ApiKeyCreated = 1200;
    public const int ApiKeyRevoked = 1201;
    public const int AuthenticationFailed = 1202;
    public const int AuditWriteFailed = 1203;

    // Storage 2000–2099
    public const int StorageOpened = 2000;
    public const int StorageCheckpointFailed = 2001;
    public const int StorageClosed = 2002;
    public const int StorageFailed = 2003;
    public const int KnowledgeChangeFailed = 2004;
    public const int PrivacyKeyInDatabase = 2005;
    public const int RedisConnection = 2006;

    // Embeddings and semantic indexing 2100–2199
    public const int EmbeddingModelLoaded = 2100;
    public const int EmbeddingModelFailed = 2101;
    public const int SemanticIndexingFailed = 2102;
    public const int SemanticIndexReady = 2103;
    public const int QueryEmbeddingFailed = 2104;
    public const int SimilarIncidentsFound = 2105;
    public const int SimilarIncidentsEmbeddingFailed = 2106;
    public const int SimilarIncidentsVectors = 2107;
    public const int SimilarIncidentsVectorStoreFailed = 2108;
    public const int SemanticVectorsRestored = 2109;
    public const int SemanticVectorsRestoreFailed = 2110;
    public const int OfflineMeaningJudged = 2120;

    // HTTP 3000–3099
    public const int RequestCompleted = 3000;
    public const int RequestFailed = 3001;
    public const int RequestCancelled = 3002;

    // HTTP edge: hosts, origins, rate limits, TLS 3500–3599
    public const int AnyHostAccepted = 3500;
    public const int PlainHttpOnNetwork = 3501;
    public const int CrossOriginRefused = 3502;
    public const int RateLimited = 3503;
    public const int RateLimitStoreUnavailable = 3504;
    public const int TlsEnabled = 3505;
    public const int RateLimitStoreRestored = 3506;

    // Service-level objectives and their alerts 3600–3699
    public const int SloStateChanged = 3600;
    public const int SloAlertDelivered = 3601;
    public const int SloAlertFailed = 3602;
    public const int SloAlertDropped = 3603;
    public const int SloEvaluationFailed = 3604;
}
