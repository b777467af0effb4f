using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FaultMaven.Testing;

/// <summary>A throwaway certificate authority and a server certificate it signed for <c>localhost</c> and <c>127.0.0.1</c>, written as
/// PEM files (<c>ca.crt</c>, <c>server.crt</c>, <c>server.key</c>), made with <see cref="CertificateRequest"/> (no openssl needed).</summary>
public sealed class TestCertificates : IDisposable
{
    private TestCertificates(string authorityName)
    {
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest($"CN={authorityName}", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var server = serverRequest.Create(authority, now.AddDays(-1), now.AddDays(30), RandomNumberGenerator.GetBytes(12));

        File.WriteAllText(AuthorityPath, authority.ExportCertificatePem() + "\n");
        File.WriteAllText(CertificatePath, server.ExportCertificatePem() + "\n");
        File.WriteAllText(KeyPath, serverKey.ExportPkcs8PrivateKeyPem() + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(KeyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Gets the folder holding the files.</summary>
    public TempDirectory Directory { get; } = new();

    /// <summary>Gets the CA certificate's PEM file: what clients trust.</summary>
    public string AuthorityPath => Path.Combine(Directory.Path, "ca.crt");

    /// <summary>Gets the server certificate's PEM file.</summary>
    public string CertificatePath => Path.Combine(Directory.Path, "server.crt");

    /// <summary>Gets the server's private key as an unencrypted PKCS#8 PEM file (mode 0600).</summary>
    public string KeyPath => Path.Combine(Directory.Path, "server.key");

    /// <summary>Makes a new CA and server certificate.</summary>
    public static TestCertificates Create(string authorityName = "FaultMaven Test CA") => new(authorityName);

    public void Dispose() => Directory.Dispose();
}
