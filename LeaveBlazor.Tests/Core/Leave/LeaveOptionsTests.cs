using LeaveBlazor.Core.Leave;

namespace LeaveBlazor.Tests.Core.Leave;

public sealed class LeaveOptionsTests
{
    [Fact]
    public void Default_policy_has_no_problems()
    {
        Assert.Empty(LeaveOptions.Default().Problems());
    }

    [Theory]
    [InlineData("no types", "Leave:Types must list at least one leave type, none of them blank.")]
    [InlineData("blank type", "Leave:Types must list at least one leave type, none of them blank.")]
    [InlineData("type too long", "Leave:Types has 'TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT': a leave type is a name of 1 to 50 characters, on one line, without control characters.")]
    [InlineData("type twice", "Leave:Types lists Annual more than once (case is ignored): list each leave type once.")]
    [InlineData("zero span", "Leave:MaxSpanDays must be at least 1.")]
    [InlineData("negative past days", "Leave:PastDaysAllowed cannot be negative.")]
    [InlineData("ten years and a day back", "Leave:PastDaysAllowed can be at most 3650 (ten years).")]
    [InlineData("zero days ahead", "Leave:MaxDaysAhead must be between 1 and 3650 (ten years).")]
    [InlineData("ten years and a day ahead", "Leave:MaxDaysAhead must be between 1 and 3650 (ten years).")]
    [InlineData("zero reason length", "Leave:ReasonMaxLength and Leave:CommentMaxLength must be at least 1.")]
    [InlineData("zero comment length", "Leave:ReasonMaxLength and Leave:CommentMaxLength must be at least 1.")]
    [InlineData("unknown zone", "Leave:TimeZone 'Mars/Olympus_Mons' is not a time zone this machine knows (use an IANA id such as Europe/Paris).")]
    public void Each_broken_setting_is_reported(string mistake, string expected)
    {
        var policy = LeaveOptions.Default();
        switch (mistake)
        {
            case "no types": policy.Types.Clear(); break;
            case "blank type": policy.Types.Add(" "); break;
            case "type too long": policy.Types.Add(new string('T', 51)); break;
            case "type twice": policy.Types.Add("annual"); break;
            case "zero span": policy.MaxSpanDays = 0; break;
            case "negative past days": policy.PastDaysAllowed = -1; break;
            case "ten years and a day back": policy.PastDaysAllowed = 3651; break;
            case "zero days ahead": policy.MaxDaysAhead = 0; break;
            case "ten years and a day ahead": policy.MaxDaysAhead = 3651; break;
            case "zero reason length": policy.ReasonMaxLength = 0; break;
            case "zero comment length": policy.CommentMaxLength = 0; break;
            default: policy.TimeZone = "Mars/Olympus_Mons"; break;
        }

        Assert.Equal([expected], policy.Problems());
    }
}
