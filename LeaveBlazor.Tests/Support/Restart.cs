namespace LeaveBlazor.Tests.Support;

/// <summary>For fixtures that stop an app and start another on its files: the apps are disposed newest first.</summary>
public static class Restart
{
    public static async Task DisposeAsync(IAsyncLifetime? after, IAsyncLifetime? before)
    {
        foreach (var app in new[] { after, before }.OfType<IAsyncLifetime>())
        {
            await app.DisposeAsync();
        }
    }
}
