using System.Security.Claims;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.Components.Authorization;

namespace LeaveBlazor.Web.Identity;

/// <summary>The signed-in person as the leave operations need them: who acts, and what they may see.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, EmployeeDirectory directory)
{
    private Employee? _employee;

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<Employee> EmployeeAsync()
    {
        if (_employee is null)
        {
            var id = (await PrincipalAsync()).FindFirstValue(ClaimTypes.NameIdentifier)
                ?? throw new LeaveRuleException("Sign in first.");
            _employee = await directory.FindAsync(id) ?? throw new LeaveRuleException("Your account has no directory entry: ask an admin to check it.");
        }

        return _employee;
    }

    public async Task<Actor> ActorAsync()
    {
        var employee = await EmployeeAsync();
        return new Actor(employee.Id, employee.DisplayName);
    }

    public async Task<Viewer> ViewerAsync()
    {
        var employee = await EmployeeAsync();
        return new Viewer(employee.Id, (await PrincipalAsync()).IsInRole(Roles.Admin));
    }
}
