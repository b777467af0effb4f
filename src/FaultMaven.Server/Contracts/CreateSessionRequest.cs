using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FaultMaven.Core.Sessions;

namespace FaultMaven.Server.Contracts;

/// <summary>Opens a session.</summary>
/// <param name="ClientKind">api, cli or browser-extension (default api).</param>
/// <param name="UserLabel">A label for the user, up to 200 characters.</param>
/// <param name="Metadata">Up to 32 string pairs describing the client.</param>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateSessionRequest(
    ClientKind? ClientKind,
    [MaxLength(Core.Sessions.SessionOptions.MaxUserLabelLength)] string? UserLabel,
    Dictionary<string, string>? Metadata)
{
    internal CreateSessionCommand ToCommand() => new(ClientKind ?? Core.Sessions.ClientKind.Api, UserLabel, Metadata);
}
