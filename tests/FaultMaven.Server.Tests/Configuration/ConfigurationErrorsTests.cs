using FaultMaven.Server.Configuration;
using Microsoft.Extensions.Configuration;

namespace FaultMaven.Server.Tests.Configuration;

public sealed class ConfigurationErrorsTests
{
    [Fact]
    public void Describe_BinderConversionFailure_NamesVariableValueAndAcceptedForm()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["FM_SESSION_TTL"] = "forever" }).Build();
        var failure = new InvalidOperationException("Failed to convert configuration value 'forever' at 'FM_SESSION_TTL' to type 'System.TimeSpan'.", new FormatException());

        var line = Assert.Single(ConfigurationErrors.Describe(failure, configuration));

        Assert.StartsWith("FM_SESSION_TTL 'forever' is not valid: expected a duration", line);
    }
}
