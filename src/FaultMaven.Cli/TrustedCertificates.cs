using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using FaultMaven.Core.Security;

namespace FaultMaven.Cli;

/// <summary>Extra certificate authorities the CLI trusts for HTTPS servers (<c>FM_CA_CERT</c>), beside the system's.</summary>
internal static class TrustedCertificates
{
    /// <summary>Loads every certificate in a PEM file; a missing or unreadable file is a configuration error.</summary>
    public static X509Certificate2Collection Load(string variable, string path)
    {
        var (authorities, error) = CertificateAuthorities.Load(path);
        return authorities ?? throw new CliException($"{variable} '{path}' cannot be read as PEM certificates: {error}", ExitCodes.Usage);
    }

    /// <summary>Accepts what the system trusts, and otherwise a certificate for the right host that chains to one of <paramref name="authorities"/>.</summary>
    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection authorities) => CertificateAuthorities.Validator(authorities);
}
