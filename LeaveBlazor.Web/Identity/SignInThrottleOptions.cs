namespace LeaveBlazor.Web.Identity;

/// <summary>The <c>SignIn</c> configuration section: how many wrong passwords are let through before sign-in is held back.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins one client address may make per minute (on any accounts) before it has to wait.</summary>
    public int FailuresPerMinutePerAddress { get; set; } = 10;

    /// <summary>Failed sign-ins one account may see per minute (from any addresses) before everyone has to wait for it.</summary>
    public int FailuresPerMinutePerAccount { get; set; } = 20;

    public IEnumerable<string> Problems()
    {
        if (FailuresPerMinutePerAddress is < 1 or > 1000)
        {
            yield return $"{Section}:{nameof(FailuresPerMinutePerAddress)} must be between 1 and 1000.";
        }

        // Otherwise one address could use up an account's allowance and keep its owner out.
        if (FailuresPerMinutePerAccount <= FailuresPerMinutePerAddress || FailuresPerMinutePerAccount > 10_000)
        {
            yield return $"{Section}:{nameof(FailuresPerMinutePerAccount)} must be more than {Section}:{nameof(FailuresPerMinutePerAddress)} "
                + $"({FailuresPerMinutePerAddress}) and at most 10000, so that one address alone cannot hold an account back.";
        }
    }
}
