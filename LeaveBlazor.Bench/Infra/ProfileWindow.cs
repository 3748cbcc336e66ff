namespace LeaveBlazor.Bench.Infra;

/// <summary>
/// Lets `bench/profile` record the app over one stretch of a part, when that stretch is too short to catch by waiting:
/// with LEAVEBLAZOR_PROFILE_WINDOW set to a folder, the part writes "NAME-ready" there and waits (10 s at most) for
/// the profiler's "NAME-go", and writes "NAME-ended" when the stretch is over. Without it, nothing waits.
/// </summary>
public static class ProfileWindow
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("LEAVEBLAZOR_PROFILE_WINDOW");

    /// <summary>Runs <paramref name="stretch"/> inside the window <paramref name="name"/> (none when null).</summary>
    public static async Task<T> AroundAsync<T>(string? name, Func<Task<T>> stretch)
    {
        if (name is not null)
        {
            await OpenAsync(name);
        }

        var result = await stretch();
        if (name is not null)
        {
            await CloseAsync(name);
        }

        return result;
    }

    private static async Task OpenAsync(string part)
    {
        if (Folder is null)
        {
            return;
        }

        await File.WriteAllTextAsync(Path.Combine(Folder, $"{part}-ready"), "");
        var go = Path.Combine(Folder, $"{part}-go");
        for (var waited = 0; waited < 100 && !File.Exists(go); waited++)
        {
            await Task.Delay(100);
        }
    }

    private static async Task CloseAsync(string part)
    {
        if (Folder is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(Folder, $"{part}-ended"), "");
        }
    }
}
