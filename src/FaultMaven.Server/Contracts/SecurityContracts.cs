using FaultMaven.Core.Security;

namespace FaultMaven.Server.Contracts;

/// <summary>Creates an API key.</summary>
/// <param name="Name">What the key is for (a person, a pipeline); 1 to 100 characters.</param>
/// <param name="Role">viewer, engineer or admin.</param>
/// <param name="Team">The team whose cases and sessions requests with the key see; omit for none (then only their own).</param>
public sealed record CreateApiKeyRequest(string? Name, string? Role, string? Team);

/// <summary>A new API key: <see cref="Key"/> is shown in this reply only and cannot be read again.</summary>
public sealed record CreatedApiKeyResponse(
    string Id, string Name, CallerRole Role, string? Team, string Prefix, DateTimeOffset CreatedAt, string? CreatedBy, string Key)
{
    internal static CreatedApiKeyResponse From(CreatedApiKey created) =>
        new(created.Key.Id, created.Key.Name, created.Key.Role, created.Key.Team, created.Key.Prefix, created.Key.CreatedAt, created.Key.CreatedBy, created.Secret);
}
