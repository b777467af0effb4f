namespace FaultMaven.Server.Configuration;

/// <summary>Adds the values of secret variables given as <c>&lt;NAME&gt;_FILE</c>, read from the sources added before it.</summary>
internal sealed class SecretFileConfigurationSource(IReadOnlyList<IConfigurationSource> earlier) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SecretFileConfigurationProvider(earlier);
}
