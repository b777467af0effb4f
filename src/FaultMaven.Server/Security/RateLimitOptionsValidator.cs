using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Security;

[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
