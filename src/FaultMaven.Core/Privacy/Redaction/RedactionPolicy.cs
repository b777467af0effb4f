using System.Collections.Frozen;
using System.Net;
using System.Net.Sockets;

namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>Which operator applies to which type. By default secrets are redacted, personal data is pseudonymised and
/// private network addresses (RFC 1918, CGNAT, link-local, ULA) are kept because they matter for troubleshooting.
/// Secrets can only be redacted or hashed: no policy lets one through.</summary>
public sealed class RedactionPolicy
{
    private readonly FrozenDictionary<PiiType, RedactionOperator> _operators;

    private RedactionPolicy(FrozenDictionary<PiiType, RedactionOperator> operators, bool keepPrivateAddresses)
    {
        _operators = operators;
        KeepPrivateAddresses = keepPrivateAddresses;
    }

    /// <summary>Gets the default policy.</summary>
    public static RedactionPolicy Default { get; } = new(
        PiiTypes.All.ToFrozenDictionary(t => t, t => t.IsSecret() ? RedactionOperator.Redact : RedactionOperator.Pseudonymize),
        keepPrivateAddresses: true);

    /// <summary>Gets a policy that replaces every value by its type (<c>&lt;EMAIL&gt;</c>) and keeps private addresses: for text
    /// that is kept but never read back with its real values, such as the server's own logs.</summary>
    public static RedactionPolicy RedactAll { get; } = new(
        PiiTypes.All.ToFrozenDictionary(t => t, _ => RedactionOperator.Redact),
        keepPrivateAddresses: true);

    /// <summary>Gets whether private network addresses are left in the text.</summary>
    /// <value>True by default.</value>
    public bool KeepPrivateAddresses { get; }

    /// <summary>Gets the operator for a type.</summary>
    public RedactionOperator OperatorFor(PiiType type) => _operators[type];

    /// <summary>Gets the operator for one value, keeping private addresses when the policy says so.</summary>
    public RedactionOperator OperatorFor(PiiType type, ReadOnlySpan<char> value) =>
        KeepPrivateAddresses && type is PiiType.IPv4 or PiiType.IPv6 && IsPrivateAddress(value) ? RedactionOperator.Keep : _operators[type];

    /// <summary>Returns a copy with <paramref name="type"/> handled by <paramref name="op"/>.</summary>
    /// <exception cref="ArgumentException">A secret type is given an operator other than redact or hash.</exception>
    public RedactionPolicy With(PiiType type, RedactionOperator op)
    {
        if (!Allows(type, op))
        {
            throw new ArgumentException($"{type.Label()} is a secret: it can only be redacted or hashed, not '{op.ToString().ToLowerInvariant()}'.", nameof(op));
        }

        var operators = _operators.ToDictionary();
        operators[type] = op;
        return new RedactionPolicy(operators.ToFrozenDictionary(), KeepPrivateAddresses);
    }

    /// <summary>Gets whether a type may be given an operator: secrets only redact or hash.</summary>
    public static bool Allows(PiiType type, RedactionOperator op) => !type.IsSecret() || op is RedactionOperator.Redact or RedactionOperator.Hash;

    /// <summary>Returns a copy that keeps or redacts private network addresses.</summary>
    public RedactionPolicy WithPrivateAddresses(bool keep) => new(_operators, keep);

    /// <summary>Gets whether an address is in a private, shared or link-local range.</summary>
    public static bool IsPrivateAddress(ReadOnlySpan<char> value)
    {
        if (!IPAddress.TryParse(value, out var address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6UniqueLocal || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal;
        }

        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b[0] == 10 || b[0] == 172 && b[1] is >= 16 and <= 31 || b[0] == 192 && b[1] == 168
            || b[0] == 100 && b[1] is >= 64 and <= 127 || b[0] == 169 && b[1] == 254;
    }
}
