using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Web.Mail;

/// <summary>
/// The outcomes of a dispatch pass's emails, saved together: when <see cref="MailOptions.OutcomeGroupSize"/> are waiting,
/// when the first has waited <see cref="MailOptions.OutcomeGroupWindow"/>, and at the end of the pass. A commit per email
/// cost more than the email. The rows stay claimed until their group is saved, so after a crash only the unsaved
/// group goes again, and each email in it with its own Message-ID.
/// </summary>
internal sealed class OutcomeGroup(LeaveDbContext db, MailOptions mail, TimeProvider time)
{
    private readonly List<OutboxMessage> _unsaved = [];
    private long _firstAt;

    /// <summary>Notes <paramref name="outcome"/> on the row (tracking that row alone) and saves the group if it is due.</summary>
    public async Task AddAsync(OutboxMessage message, Action<OutboxMessage> outcome)
    {
        db.Outbox.Attach(message);
        outcome(message);
        if (_unsaved.Count == 0)
        {
            _firstAt = time.GetTimestamp();
        }

        _unsaved.Add(message);
        await SaveIfDueAsync();
    }

    public async Task SaveIfDueAsync()
    {
        if (_unsaved.Count >= mail.OutcomeGroupSize || (_unsaved.Count > 0 && time.GetElapsedTime(_firstAt) >= mail.OutcomeGroupWindow))
        {
            await SaveAsync();
        }
    }

    /// <summary>
    /// Saves what is waiting, even if shutdown began meanwhile: an email that left must not go twice. The rows are this
    /// pass's claims and no rule reads across rows here, so on PostgreSQL the save does not queue for the write turn.
    /// A save that fails leaves the rows claimed, to be sent again as after a crash.
    /// </summary>
    public async Task SaveAsync()
    {
        if (_unsaved.Count == 0)
        {
            return;
        }

        try
        {
            using (db.SaveClaimedRowsOnly())
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        finally
        {
            foreach (var message in _unsaved)
            {
                db.Entry(message).State = EntityState.Detached;
            }

            _unsaved.Clear();
        }
    }
}
