using System.Security.Claims;
using FaultMaven.Core.Security;

namespace FaultMaven.Server.Security;

/// <summary>The claims every authentication scheme gives its principal, and the <see cref="Caller"/> read back from them.</summary>
internal static class CallerClaims
{
    public const string Id = "fm:id";
    public const string Role = "fm:role";
    public const string Team = "fm:team";

    /// <summary>Builds the principal of <paramref name="caller"/> for <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal ToPrincipal(Caller caller, string scheme) => new(new ClaimsIdentity(Claims(caller), scheme, ClaimTypes.Name, Role));

    /// <summary>The claims describing <paramref name="caller"/>.</summary>
    public static IEnumerable<Claim> Claims(Caller caller)
    {
        yield return new Claim(Id, caller.Id);
        yield return new Claim(ClaimTypes.Name, caller.Name);
        yield return new Claim(Role, RoleText(caller.Role));
        if (caller.Team is { } team)
        {
            yield return new Claim(Team, team);
        }
    }

    /// <summary>The caller of an authenticated principal, or null when it carries no FaultMaven role.</summary>
    public static Caller? ToCaller(ClaimsPrincipal principal)
    {
        var id = principal.FindFirst(Id)?.Value;
        return id is null || !TryRole(principal.FindFirst(Role)?.Value, out var role)
            ? null
            : new Caller(id, principal.FindFirst(ClaimTypes.Name)?.Value ?? id, role, principal.FindFirst(Team)?.Value);
    }

    public static string RoleText(CallerRole role) => role.ToString().ToLowerInvariant();

    public static bool TryRole(string? text, out CallerRole role)
    {
        role = default;
        return text is not null && Enum.TryParse(text.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);
    }
}
