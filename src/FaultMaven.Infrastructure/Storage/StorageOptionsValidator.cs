using Microsoft.Extensions.Options;

namespace FaultMaven.Infrastructure.Storage;

[OptionsValidator]
internal sealed partial class StorageOptionsValidator : IValidateOptions<StorageOptions>;
