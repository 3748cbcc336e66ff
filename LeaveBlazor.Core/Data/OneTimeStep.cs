using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data;

/// <summary>
/// A start-up step a database takes once in its life (seeding from a setting), remembered by name, so it does not run
/// again after an admin has changed or emptied what it made.
/// </summary>
public sealed class OneTimeStep
{
    private OneTimeStep()
    {
    }

    public string Name { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public static Task<bool> IsTakenAsync(LeaveDbContext db, string name, CancellationToken cancellationToken) =>
        db.OneTimeSteps.AnyAsync(s => s.Name == name, cancellationToken);

    /// <summary>Saved with the step's own changes, by the caller's SaveChanges.</summary>
    public static void MarkTaken(LeaveDbContext db, string name, DateTimeOffset at) =>
        db.OneTimeSteps.Add(new OneTimeStep { Name = name, TakenAt = at });
}
