namespace FaultMaven.Core.Agent.Model;

/// <summary>The <c>AdditionalProperties</c> keys the investigator and the chat pipeline agree on.</summary>
public static class ModelPropertyKeys
{
    /// <summary>On a response: the provider that answered (set by the router).</summary>
    public const string Provider = "faultmaven.provider";

    /// <summary>On the options: whose pseudonym map the redactor uses (the case id).</summary>
    public const string PrivacyScope = "faultmaven.privacy.scope";

    /// <summary>On the options: the case the request belongs to.</summary>
    public const string CaseId = "faultmaven.case.id";
}
