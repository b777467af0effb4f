using Microsoft.Extensions.Options;

namespace FaultMaven.Server.Configuration;

[OptionsValidator]
internal sealed partial class ServerOptionsValidator : IValidateOptions<ServerOptions>;
