namespace LeaveBlazor.Web.Identity;

/// <summary>The admin created at start-up when there is none yet (outside Development, the only account created automatically).</summary>
public sealed class FirstAdminOptions
{
    public const string Section = "FirstAdmin";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string DisplayName { get; set; } = "Administrator";

    /// <summary>The account itself is checked by the same rules as one an admin creates, when it is created.</summary>
    public IEnumerable<string> Problems()
    {
        if (Email.Trim().Length == 0 && Password.Length > 0)
        {
            yield return "FirstAdmin:Email is empty while FirstAdmin:Password is set: give the admin's email address too, or remove the password.";
        }
    }
}
