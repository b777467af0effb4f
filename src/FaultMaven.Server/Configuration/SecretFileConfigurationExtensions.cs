namespace FaultMaven.Server.Configuration;

/// <summary>Registers <see cref="SecretFileConfigurationSource"/>.</summary>
public static class SecretFileConfigurationExtensions
{
    /// <summary>Reads secret variables given as <c>&lt;NAME&gt;_FILE</c> from the sources added so far; add it last.</summary>
    public static IConfigurationBuilder AddSecretFiles(this IConfigurationBuilder builder) =>
        builder.Add(new SecretFileConfigurationSource([.. builder.Sources]));
}
