using LeaveBlazor.Core.People;
using static LeaveBlazor.Core.Notifications.EmailLayout;

namespace LeaveBlazor.Core.Notifications;

/// <summary>Writes the emails about a person's sign-in account.</summary>
public static class AccountEmails
{
    /// <param name="link">Works once, for <paramref name="lifespan"/>.</param>
    /// <param name="askedBy">The admin who sent it, or null when the person asked on the sign-in page.</param>
    /// <summary>The link is filled in as the email leaves (<see cref="IAccountLinks"/>); its lifespan counts from then.</summary>
    public static OutboxMessage PasswordReset(Employee to, TimeSpan lifespan, string? askedBy, DateTimeOffset at)
    {
        const string link = OutboxMessage.ResetLinkPlaceholder;
        var heading = "Set a new password for LeaveBlazor";
        var why = askedBy is null
            ? "Someone, probably you, asked for a link to set a new password for your LeaveBlazor account."
            : $"{askedBy}, an admin, sent you a link to set a new password for your LeaveBlazor account.";
        var terms = $"The link works for {Hours(lifespan)}, once. Setting a new password signs your account out everywhere else.";
        var ignore = "If you did not expect this email, ignore it: your password stays as it is.";
        return new OutboxMessage(EmailKind.PasswordReset, null, to.Email, to.DisplayName, Subject("Your link to set a new LeaveBlazor password"),
            Html(heading, Paragraph(why) + Button(link, "Set a new password", "#2e5e8c") + Paragraph(terms) + Paragraph(ignore),
                "You get this email because an account uses this address."),
            $"{heading}\n\n{why}\n\nSet a new password: {link}\n\n{terms}\n{ignore}\n", at);
    }

    public static string Hours(TimeSpan lifespan) => lifespan.TotalHours == 1 ? "1 hour" : $"{lifespan.TotalHours:0.#} hours";
}
