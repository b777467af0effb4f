namespace FaultMaven.Server.Configuration;

/// <summary>Serves <c>FM_POSTGRES</c> from the file <c>FM_POSTGRES_FILE</c> names, and so on for every <see cref="SecretVariables"/> name.</summary>
internal sealed class SecretFileConfigurationProvider(IReadOnlyList<IConfigurationSource> earlier) : ConfigurationProvider
{
    /// <inheritdoc/>
    /// <exception cref="SecretFileException">A variable is set both ways, or its file cannot be used.</exception>
    public override void Load()
    {
        // A provider does not see its neighbours, so the sources before it are read on their own (environment and settings: cheap).
        var view = new ConfigurationBuilder();
        foreach (var source in earlier)
        {
            view.Add(source);
        }

        var configuration = view.Build();
        Data = SecretFiles.Resolve(name => configuration[name]).ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
