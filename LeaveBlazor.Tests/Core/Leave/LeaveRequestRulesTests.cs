using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>The rules the form runs as the person types, without a database; limits are inclusive.</summary>
public sealed class LeaveRequestRulesTests
{
    private readonly LeaveRequestRules _rules;

    public LeaveRequestRulesTests()
    {
        var policy = LeaveOptions.Default();
        policy.TimeZone = "UTC";
        var options = Options.Create(policy);
        _rules = new LeaveRequestRules(options, new LeaveClock(new FakeTimeProvider(LeaveTestDatabase.StartTime), options));
    }

    [Fact]
    public void Valid_request_has_no_errors()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "Family visit" }, TestPeople.Alex.Id);

        Assert.False(errors.Any);
    }

    [Fact]
    public void Reason_of_exactly_the_limit_after_trimming_is_accepted()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "   " + new string('r', 500) + "   " }, TestPeople.Alex.Id);

        Assert.False(errors.Has(LeaveFields.Reason));
    }

    [Fact]
    public void Yesterday_is_in_the_past()
    {
        var errors = _rules.Check(LeaveInput.Annual(LeaveTestDatabase.StartDay.AddDays(-1)), TestPeople.Alex.Id);

        Assert.True(errors.Has(LeaveFields.FirstDay));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public void Comment_may_be_up_to_the_limit(int length, bool refused)
    {
        var errors = new FieldErrors();

        _rules.CheckComment(new string('c', length), errors);

        Assert.Equal(refused, errors.Has(LeaveFields.Comment));
    }

    [Fact]
    public void No_comment_is_fine()
    {
        var errors = new FieldErrors();

        _rules.CheckComment(null, errors);

        Assert.False(errors.Any);
    }
}
