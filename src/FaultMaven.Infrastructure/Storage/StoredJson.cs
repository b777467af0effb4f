using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>How documents kept as JSON columns (uploads, analyses, knowledge documents) are written, in every store.</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
