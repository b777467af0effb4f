using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FaultMaven.Cli;

/// <summary>Extra certificate authorities the CLI trusts for HTTPS servers (<c>FM_CA_CERT</c>), beside the system's.</summary>
internal static class TrustedCertificates
{
    /// <summary>Loads every certificate in a PEM file; a missing or unreadable file is a configuration error.</summary>
    public static X509Certificate2Collection Load(string variable, string path)
    {
        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            return certificates.Count > 0 ? certificates : throw new CryptographicException("it holds no PEM certificate");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new CliException($"{variable} '{path}' cannot be read as PEM certificates: {ex.Message}", ExitCodes.Usage);
        }
    }

    /// <summary>Accepts what the system trusts, and otherwise a certificate for the right host that chains to one of <paramref name="authorities"/>.</summary>
    public static RemoteCertificateValidationCallback Validator(X509Certificate2Collection authorities) => (_, certificate, chain, errors) =>
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A wrong host name or no certificate is never excused; only an issuer the system does not know is looked up in our CAs.
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
