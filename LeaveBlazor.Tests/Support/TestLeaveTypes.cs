using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Policies;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeaveBlazor.Tests.Support;

/// <summary>Leave types as policies without a database (the request rules that read them: <see cref="TestRules"/>).</summary>
public static class TestLeaveTypes
{
    /// <summary>The default <c>Leave:Types</c> with their seeded defaults: Annual, Sick (whole days, no approval), Unpaid, Other.</summary>
    public static IReadOnlyList<LeavePolicy> Defaults() =>
        [.. LeaveOptions.Default().Types.Select((name, position) => LeavePolicy.From(LeavePolicyDefaults.For(name, position)))];

    /// <summary>One active type called <paramref name="name"/>, changed from the plain draft by <paramref name="change"/>.</summary>
    public static LeavePolicy Only(string name, Func<LeavePolicyDraft, LeavePolicyDraft> change) =>
        LeavePolicy.From(change(LeavePolicyDraft.Named(name)));
}
