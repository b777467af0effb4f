using System.Security.Cryptography.X509Certificates;

namespace FaultMaven.Server.Configuration;

/// <summary>Loads the server's HTTPS certificate from <c>FM_TLS_CERT</c> and <c>FM_TLS_KEY</c>.</summary>
internal static class TlsCertificates
{
    /// <summary>Loads the PEM certificate with its private key; throws if either is missing, unreadable or they do not match.</summary>
    public static X509Certificate2 Load(ServerOptions options)
    {
        using var pem = X509Certificate2.CreateFromPemFile(options.TlsCertificate, options.TlsKey);
        // A PEM-loaded key is ephemeral; exporting to PKCS#12 and back gives SslStream a key it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }
}
