using FaultMaven.Core.Cases;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>What every store decides before it writes a turn, under its lock on the case: one set of rules for all of them.</summary>
internal static class TurnAppendRules
{
    /// <summary>Replays the turn an idempotency key already made (or refuses the key for a different turn), and refuses a final
    /// case; null means "append".</summary>
    public static AppendTurnResult? Decide(CaseStatus status, (Turn Turn, string Fingerprint)? earlier, TurnDraft draft)
    {
        if (earlier is { } found)
        {
            return found.Fingerprint == draft.Fingerprint
                ? new AppendTurnResult(AppendTurnStatus.Replayed, found.Turn)
                : new AppendTurnResult(AppendTurnStatus.KeyReused, null);
        }

        return CaseStatusTransitions.IsFinal(status) ? new AppendTurnResult(AppendTurnStatus.CaseFinal, null) : null;
    }
}
