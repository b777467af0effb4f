namespace FaultMaven.Core.Logs.Templates;

public sealed partial class TemplateMiner
{
    // A value followed by ':' ("failed for '<*>': <text>", "(method <*>): <text>", "connect to <*>:<*>: <text>") says where the
    // text after it starts as a constant label does: the statement names what failed, then why. Without it each wording of the
    // reason kept a template whenever it held a value of its own or showed fewer than the four wordings an unlabelled span
    // needs. The labelled pass's guards stay: something constant said before the span, wordings of more than one length that
    // differ at both ends, no wording over half the lines; a value opening the message has nothing constant before it.
    private static bool IsValueLabel(string word) => word.Length > 1 && word[^1] == ':' && TemplateWords.HasValue(word);
}
