using System.Text.Json.Serialization;

namespace FaultMaven.Infrastructure.Storage.Backup;

/// <summary>Serialises the backup manifest without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BackupManifest))]
internal sealed partial class BackupJsonContext : JsonSerializerContext;
