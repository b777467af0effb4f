using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FaultMaven.Core.Security;

/// <summary>Certificate authorities one HTTPS client trusts beside the system's (the CLI's FM_CA_CERT, a Splunk signed by its own CA or
/// self-signed): a PEM file read once, and the check that accepts only a certificate for the right host that chains to them.</summary>
public static class CertificateAuthorities
{
    /// <summary>The largest CA file read: a bundle of a few dozen certificates, not an arbitrary file named by mistake.</summary>
    private const long MaxFileBytes = 1024 * 1024;

    /// <summary>Reads every certificate in a PEM file; the error says why none could be read.</summary>
    public static (X509Certificate2Collection? Authorities, string? Error) Load(string path)
    {
        try
        {
            if (new FileInfo(path) is { Exists: true, Length: > MaxFileBytes })
            {
                return (null, $"it is larger than {MaxFileBytes:N0} bytes");
            }

            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(path);
            return authorities.Count > 0 ? (authorities, null) : (null, "it holds no PEM certificate");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>Accepts what the system trusts, and otherwise a certificate for the right host that chains to one of
    /// <paramref name="authorities"/>. A wrong host name or no certificate is never excused.</summary>
    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection authorities) => (_, certificate, chain, errors) =>
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(authorities);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    };
}
