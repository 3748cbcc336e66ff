using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Rules;

namespace LeaveBlazor.Web.Api;

/// <summary>Answers a Core refusal raised by any endpoint of the group with its problem details (<see cref="ApiProblems.For"/>).</summary>
internal sealed class LeaveRuleProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (LeaveRuleException refused)
        {
            return ApiProblems.For(refused);
        }
    }
}
