namespace FaultMaven.Core.Agent.Model;

/// <summary>The <c>AdditionalProperties</c> keys the investigator and the chat pipeline agree on.</summary>
public static class ModelPropertyKeys
{
    /// <summary>On a response: the provider that answered (set by the router).</summary>
    public const string Provider = "faultmaven.provider";

    /// <summary>On the options: whose pseudonym map the redactor uses (the case id).</summary>
    public const string PrivacyScope = "faultmaven.privacy.scope";

    /// <summary>On the options: <c>true</c> when the answer is wanted as the model wrote it, in the case's pseudonyms (the redactor
    /// then restores no real values): the investigator stores what it gets, and cites and searches the case's redacted evidence.</summary>
    public const string KeepPseudonyms = "faultmaven.privacy.keep-pseudonyms";

    /// <summary>On the options: the case the request belongs to.</summary>
    public const string CaseId = "faultmaven.case.id";
}
