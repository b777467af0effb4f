using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Data;

/// <summary>Validates <see cref="DataOptions"/> at start-up (source-generated from its attributes).</summary>
[OptionsValidator]
internal sealed partial class DataOptionsValidator : IValidateOptions<DataOptions>;
