using Microsoft.AspNetCore.Identity;

namespace LeaveBlazor.Web.Identity;

/// <summary>A sign-in account. The person behind it (name, manager) is the Core <c>Employee</c> with the same id.</summary>
public sealed class AppUser : IdentityUser;
