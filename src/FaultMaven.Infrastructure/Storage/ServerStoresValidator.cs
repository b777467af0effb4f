using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Refuses unreadable server-store settings at start-up, each with one line naming the variable.</summary>
internal sealed class ServerStoresValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var errors = new List<string>();
        // Empty means "not set" (the embedded default), as everywhere in the configuration.
        if (options.Redis is { } redis && !string.IsNullOrWhiteSpace(redis))
        {
            try
            {
                if (ConfigurationOptions.Parse(redis).EndPoints.Count == 0)
                {
                    errors.Add("FM_REDIS must name a Redis server, e.g. localhost:6379.");
                }
            }
            catch (Exception ex) when (ex is ArgumentException or RedisConnectionException)
            {
                errors.Add($"FM_REDIS is not a StackExchange.Redis configuration string: {ex.Message}");
            }
        }

        if (options.Postgres is { } postgres && !string.IsNullOrWhiteSpace(postgres))
        {
            try
            {
                if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(postgres).Host))
                {
                    errors.Add("FM_POSTGRES must name a host, e.g. Host=localhost;Database=faultmaven;Username=faultmaven.");
                }
            }
            catch (ArgumentException ex)
            {
                errors.Add($"FM_POSTGRES is not an Npgsql connection string: {ex.Message}");
            }
        }

        if (options.PrivacyKey is { } key && !string.IsNullOrWhiteSpace(key) && PseudonymCipher.ParseKey(key) is null)
        {
            errors.Add("FM_PRIVACY_KEY must be a base64 256-bit key (32 random bytes, e.g. openssl rand -base64 32).");
        }

        if (options.EncryptionKey is { } encryptionKey && !string.IsNullOrWhiteSpace(encryptionKey) && PseudonymCipher.ParseKey(encryptionKey) is null)
        {
            errors.Add("FM_ENCRYPTION_KEY must be a base64 256-bit key (32 random bytes, e.g. openssl rand -base64 32).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
