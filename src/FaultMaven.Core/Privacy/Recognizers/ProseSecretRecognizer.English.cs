using System.Buffers;
using System.Text.RegularExpressions;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>English chat that tells a password by what it is for rather than by its name: "try X for the admin login", "use X to log
/// in", "X is the new root password", "creds are bob / X", "I reset it to X".</summary>
internal sealed partial class ProseSecretRecognizer
{
    // The words every match of the patterns below holds on its line.
    private static readonly SearchValues<string> LoginWords = SearchValues.Create(
        ["log in", "log-in", "login", "log on", "logon", "sign in", "sign-in", "signin"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> IsTheWords = SearchValues.Create(
        [" is the ", " is our ", " is your ", " is my ", " is its ", " was the ", " was our ", " will be the "], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CredentialWords = SearchValues.Create(["cred", "login"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> ItTo = SearchValues.Create([" it to ", " that to ", " them to ", " this to "], StringComparison.OrdinalIgnoreCase);

    // What "it" may stand for, said in the sentences before "reset it to X".
    private static readonly string[] SecretWords =
    [
        "password", "passwd", "passphrase", "pw", "pass", "creds", "credential", "token", "secret", "login", "pin", "passwort", "mot de passe",
        "contraseña", "senha", "пароль", "hasło", "wachtwoord", "パスワード", "密码", "密碼", "비밀번호",
    ];

    private static void FindEnglishForms(string text, Findings found)
    {
        if (text.AsSpan().IndexOfAny(LoginWords) >= 0)
        {
            foreach (var match in Anchors.InLinesWith(text, LoginWords, ValueForLoginPattern()))
            {
                ReportChosen(match.Groups["value"], text, found);
            }

            foreach (var match in Anchors.InLinesWith(text, LoginWords, LoginWithValuePattern()))
            {
                ReportChosen(match.Groups["value"], text, found);
            }

        }

        if (text.AsSpan().IndexOfAny(IsTheWords) >= 0)
        {
            foreach (var match in Anchors.InLinesWith(text, IsTheWords, ValueIsPasswordPattern()))
            {
                ReportChosen(match.Groups["value"], text, found);
            }
        }

        if (text.AsSpan().IndexOfAny(CredentialWords) >= 0)
        {
            foreach (var match in Anchors.InLinesWith(text, CredentialWords, CredentialPairPattern()))
            {
                ReportChosen(match.Groups["value"], text, found);
            }
        }

        if (text.AsSpan().IndexOfAny(ItTo) >= 0)
        {
            foreach (var match in Anchors.InLinesWith(text, ItTo, ResetItPattern()))
            {
                // "it" is a password when it was reset or rotated, or when a sentence before says so; its value has a password's shape
                // ("set it to eu-west-1" after a word about passwords sets a region).
                if (match.Groups["verb"].ValueSpan[0] is 'r' or 'R' || TextContext.Before(text, match.Index, 300, SecretWords))
                {
                    ReportChosen(match.Groups["value"], text, found);
                }
            }
        }
    }

    // "try X for the admin login", "use X to log in to grafana", "log in with X on the console": a verb, the value, then a few words
    // up to what it opens.
    [GeneratedRegex(@"(?<![\w-])(?i:try|use|using|with)[ \t]{1,3}(?<value>[`'""]?[^\s`'""]{6,128}[`'""]?)[ \t]{1,3}(?i:for|to|on|at|when|as)(?:[ \t]{1,3}[^\s]{1,32}){0,4}?[ \t]{1,3}(?i:log[ \t-]?(?:in|on|into)|login|logon|sign[ \t-]?(?:in|on)|signin|password|passwd|pw)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ValueForLoginPattern();

    // "log in with X on the console", "sign in to grafana using X": what opens it, then the value.
    [GeneratedRegex(@"(?<![\w-])(?i:log[ \t-]?(?:in|on)|login|logon|sign[ \t-]?(?:in|on)|signin)(?:[ \t]{1,3}(?i:to|on|at|into)[ \t]{1,3}[^\s]{1,32})?[ \t]{1,3}(?i:with|using)[ \t]{1,3}(?<value>[`'""]?[^\s`'""]{6,128}[`'""]?)", RegexOptions.CultureInvariant)]
    private static partial Regex LoginWithValuePattern();

    // "X is the new root password", "`X` was the old pw": the value first, then what it is.
    [GeneratedRegex(@"(?<![^\s`'""(])(?<value>[`'""]?[^\s`'""]{6,128}[`'""]?)[ \t]{1,3}(?i:is|was|will be)[ \t]{1,3}(?i:the|our|your|my|its|his|her|their)(?:[ \t]{1,3}[\w-]{1,24}){0,3}?[ \t]{1,3}(?i:password|passwd|passphrase|pw)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex ValueIsPasswordPattern();

    // "creds are bob / X", "creds for the bastion: ops / X", "login is deploy:X": a user and a password after a word for credentials.
    [GeneratedRegex(@"(?<![\w-])(?i:creds?|credentials|logins?)(?![\w-])(?:[ \t]{1,3}(?i:for|on|to)(?:[ \t]{1,3}[^\s:]{1,40}){1,3}?)?(?:[ \t]{1,3}(?i:are|is|were|was)[ \t]{1,3}|[ \t]{0,2}[:=][ \t]{0,3})[`'""]?[\w.@\\-]{1,64}[ \t]{0,3}(?:/|:)[ \t]{0,3}(?<value>[`'""]?[^\s`'""]{6,128}[`'""]?)", RegexOptions.CultureInvariant)]
    private static partial Regex CredentialPairPattern();

    // "I reset it to X", "changed that to X".
    [GeneratedRegex(@"(?<![\w-])(?<verb>(?i:reset|changed?|set|rotated|updated))[ \t]{1,3}(?i:it|that|them|this)[ \t]{1,3}(?i:to)[ \t]{1,3}(?<value>[`'""]?[^\s`'""]{6,128}[`'""]?)", RegexOptions.CultureInvariant)]
    private static partial Regex ResetItPattern();
}
