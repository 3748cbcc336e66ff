namespace LeaveBlazor.Core.Notifications;

/// <summary>The bodies of an email ready to send, with the links made at sending (decision, reset) filled in.</summary>
public sealed record EmailBodies(string Html, string Text);
