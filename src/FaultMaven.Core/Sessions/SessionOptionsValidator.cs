using Microsoft.Extensions.Options;

namespace FaultMaven.Core.Sessions;

[OptionsValidator]
internal sealed partial class SessionOptionsValidator : IValidateOptions<SessionOptions>;
