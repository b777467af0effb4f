namespace FaultMaven.Core.Privacy;

/// <summary>The kinds of private data and secrets the privacy engine recognises.</summary>
public enum PiiType
{
    /// <summary>An e-mail address, also URL-encoded.</summary>
    Email,

    /// <summary>A phone number in a national or international format.</summary>
    Phone,

    /// <summary>A host IPv4 address (loopback, unspecified, broadcast and masks excluded).</summary>
    IPv4,

    /// <summary>A host IPv6 address.</summary>
    IPv6,

    /// <summary>A Luhn-valid payment card number.</summary>
    CreditCard,

    /// <summary>An IBAN with valid mod-97 check digits.</summary>
    Iban,

    /// <summary>A US Social Security number in an issued range.</summary>
    UsSsn,

    /// <summary>A unicast MAC address.</summary>
    Mac,

    /// <summary>The name of a person.</summary>
    Person,

    /// <summary>The <c>user:password</c> userinfo of a non-database URL.</summary>
    UrlCredentials,

    /// <summary>The credentials in a database or broker connection string.</summary>
    ConnectionString,

    /// <summary>An AWS access key id.</summary>
    AwsAccessKey,

    /// <summary>An AWS secret access key.</summary>
    AwsSecretKey,

    /// <summary>A GitHub token.</summary>
    GitHubToken,

    /// <summary>A Slack token or incoming-webhook URL.</summary>
    SlackToken,

    /// <summary>A JSON Web Token.</summary>
    Jwt,

    /// <summary>A PEM private key block, or its base64 encoding.</summary>
    PrivateKey,

    /// <summary>A vendor-prefixed API key (Stripe, GitLab, Google, npm, OpenAI, …).</summary>
    ApiKey,

    /// <summary>A secret value named by its key or command-line flag (<c>password=</c>, <c>-p</c>, …).</summary>
    GenericSecret,

    /// <summary>An opaque OAuth bearer or access token.</summary>
    BearerToken,

    /// <summary>HTTP basic credentials.</summary>
    BasicAuth,
}
