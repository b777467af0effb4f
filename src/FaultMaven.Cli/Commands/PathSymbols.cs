using System.CommandLine;

namespace FaultMaven.Cli.Commands;

/// <summary>Options and arguments that name files. An empty name (<c>--input ""</c>, an unset shell variable) is refused by the parser
/// with the symbol's name, like a missing one, instead of reaching the file APIs and coming back as an exception about a parameter.</summary>
internal static class PathSymbols
{
    /// <summary>Refuses an empty value of <paramref name="option"/>.</summary>
    public static T NamesFiles<T>(this T option) where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"{option.Name} is empty: name a file.");
            }
        });
        return option;
    }

    /// <summary>Refuses an empty value of <paramref name="argument"/>.</summary>
    public static T NamesFilesArgument<T>(this T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"{argument.Name} is empty: name a file.");
            }
        });
        return argument;
    }
}
