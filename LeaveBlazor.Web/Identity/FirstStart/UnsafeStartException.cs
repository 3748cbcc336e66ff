namespace LeaveBlazor.Web.Identity.FirstStart;

/// <summary>The app will not start this way; the message says why and what to do instead.</summary>
public sealed class UnsafeStartException(string message) : Exception(message);
