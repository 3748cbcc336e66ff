using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;

namespace LeaveBlazor.Tests.Core.Leave;

/// <summary>The rules the form runs as the person types, without a database; limits are inclusive.</summary>
public sealed class LeaveRequestRulesTests
{
    private readonly LeaveRequestRules _rules = TestRules.Create();

    [Fact]
    public void Valid_request_has_no_errors()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "Family visit" }, TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.False(errors.Any);
    }

    [Fact]
    public void Reason_of_exactly_the_limit_after_trimming_is_accepted()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "   " + new string('r', 500) + "   " }, TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.False(errors.Has(LeaveFields.Reason));
    }

    [Fact]
    public void Yesterday_is_in_the_past()
    {
        var errors = _rules.Check(LeaveInput.Annual(LeaveTestDatabase.StartDay.AddDays(-1)), TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.True(errors.Has(LeaveFields.FirstDay));
    }

    [Fact]
    public void First_day_exactly_the_days_ahead_allowed_is_accepted()
    {
        var errors = _rules.Check(LeaveInput.Annual(LeaveTestDatabase.StartDay.AddDays(730)), TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.False(errors.Has(LeaveFields.FirstDay));
    }

    [Fact]
    public void First_day_further_ahead_is_refused_naming_the_latest_allowed_day()
    {
        var errors = _rules.Check(LeaveInput.Annual(LeaveTestDatabase.StartDay.AddDays(731)), TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.Equal(["Leave can be asked for at most 2 years ahead: pick a first day on or before 29 Nov 2028."], errors.ToDictionary()[LeaveFields.FirstDay]);
    }

    [Fact]
    public void Reason_with_a_text_direction_override_is_refused_on_the_reason()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "Dentist \u202Eyadot" }, TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.Equal(["The reason contains a text-direction mark (U+202E) at character 9: remove it."], errors.ToDictionary()[LeaveFields.Reason]);
    }

    [Fact]
    public void Reason_on_several_lines_is_accepted()
    {
        var errors = _rules.Check(LeaveInput.NextWeek() with { Reason = "Family visit.\r\nBack on Monday." }, TestPeople.Alex.Id, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.False(errors.Any);
    }

    [Fact]
    public void Approver_email_with_a_nul_is_refused_on_the_approver()
    {
        var errors = _rules.CheckDetails(LeaveInput.NextWeek() with { ApproverId = null, ApproverEmail = "dana@leaveblazor.test\0" }, TestLeaveTypes.Defaults(), TestRules.MondayToFriday);

        Assert.Equal(["The approver's email contains a control character (U+0000) at character 22: remove it."], errors.ToDictionary()[LeaveFields.ApproverId]);
    }

    [Fact]
    public void Comment_with_a_nul_is_refused_on_the_comment()
    {
        var errors = new FieldErrors();

        _rules.CheckComment("Enjoy\0", errors);

        Assert.Equal(["The comment contains a control character (U+0000) at character 6: remove it."], errors.ToDictionary()[LeaveFields.Comment]);
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
