namespace LeaveBlazor.Web.Identity;

/// <summary>The admin created at start-up when there is none yet (outside Development, the only account created automatically).</summary>
public sealed class FirstAdminOptions
{
    public const string Section = "FirstAdmin";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string DisplayName { get; set; } = "Administrator";
}
