using System.Text.Json.Serialization;
using FaultMaven.Core.Cases.Investigation;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Serialises the JSON columns (metadata, attachments, investigation state) without reflection.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(InvestigationState))]
[JsonSerializable(typeof(FaultMaven.Core.Agent.SemanticCache.CachedAnswer))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
