using LeaveBlazor.Tests.Integration.Api;
using LeaveBlazor.Tests.Integration.DecisionLinks;
using LeaveBlazor.Tests.Integration.Email;
using LeaveBlazor.Tests.Jobs;

namespace LeaveBlazor.Tests.Integration;

// The apps of the tests that run on both engines, on PostgreSQL: the same fixture, another database.

public sealed class ApiAppOnPostgreSql : ApiApp
{
    public override bool OnPostgreSql => true;
}

public sealed class DecisionLinkAppOnPostgreSql : DecisionLinkApp
{
    public override bool OnPostgreSql => true;
}

public sealed class EmailAppOnPostgreSql : EmailApp
{
    public override bool OnPostgreSql => true;
}

public sealed class ReminderEmailAppOnPostgreSql : ReminderEmailApp
{
    public override bool OnPostgreSql => true;
}

public sealed class JobsAppOnPostgreSql : JobsApp
{
    public override bool OnPostgreSql => true;
}
