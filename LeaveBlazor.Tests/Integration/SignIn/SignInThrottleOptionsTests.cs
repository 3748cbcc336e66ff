using LeaveBlazor.Web.Identity;

namespace LeaveBlazor.Tests.Integration.SignIn;

/// <summary>The <c>SignIn</c> settings refused at start.</summary>
public sealed class SignInThrottleOptionsTests
{
    [Fact]
    public void Defaults_are_accepted()
    {
        Assert.Empty(new SignInThrottleOptions().Problems());
    }

    [Fact]
    public void Address_allowance_below_one_is_refused()
    {
        Assert.Equal(["SignIn:FailuresPerMinutePerAddress must be between 1 and 1000."],
            new SignInThrottleOptions { FailuresPerMinutePerAddress = 0 }.Problems());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5)]
    public void Account_allowance_not_above_the_address_allowance_is_refused(int perAccount)
    {
        Assert.Equal(["SignIn:FailuresPerMinutePerAccount must be more than SignIn:FailuresPerMinutePerAddress (10) and at most 10000, so that one address alone cannot hold an account back."],
            new SignInThrottleOptions { FailuresPerMinutePerAddress = 10, FailuresPerMinutePerAccount = perAccount }.Problems());
    }
}
