using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaultMaven.Server.Contracts;

/// <summary>The JSON conventions of the API, shared by the server and the <c>fm</c> CLI: camelCase, kebab-case enums.</summary>
public static class ApiJson
{
    /// <summary>Applies the API's conventions to <paramref name="options"/>.</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    /// <summary>Gets options with the API's conventions, for clients.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
