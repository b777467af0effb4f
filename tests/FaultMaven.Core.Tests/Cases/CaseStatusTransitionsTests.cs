using FaultMaven.Core.Cases;

namespace FaultMaven.Core.Tests.Cases;

public sealed class CaseStatusTransitionsTests
{
    public static TheoryData<CaseStatus, CaseStatus, bool> Pairs()
    {
        var allowed = new HashSet<(CaseStatus, CaseStatus)>
        {
            (CaseStatus.Open, CaseStatus.Investigating),
            (CaseStatus.Open, CaseStatus.Closed),
            (CaseStatus.Investigating, CaseStatus.Resolved),
            (CaseStatus.Investigating, CaseStatus.Closed),
        };
        var data = new TheoryData<CaseStatus, CaseStatus, bool>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                data.Add(from, to, from == to || allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void IsAllowed_FollowsTheLifecycle(CaseStatus from, CaseStatus to, bool expected) =>
        Assert.Equal(expected, CaseStatusTransitions.IsAllowed(from, to));

    [Fact]
    public void AllowedFrom_FinalStatuses_IsEmpty()
    {
        Assert.Empty(CaseStatusTransitions.AllowedFrom(CaseStatus.Resolved));
        Assert.Empty(CaseStatusTransitions.AllowedFrom(CaseStatus.Closed));
    }
}
