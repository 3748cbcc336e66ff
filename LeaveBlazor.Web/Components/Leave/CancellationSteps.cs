using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.Workflow;
using MudBlazor;

namespace LeaveBlazor.Web.Components.Leave;

/// <summary>
/// The dialogs of cancelling approved leave, shared by the request page and the inbox: the requester asks, the
/// approver confirms or declines; each runs <see cref="CancelApprovedLeave"/> and returns what happened, for the
/// caller to say where the focus can go (the button pressed goes with the step).
/// </summary>
public sealed class CancellationSteps(CancelApprovedLeave cancellations, LeaveRequestRules rules, LeaveClock clock, IDialogService dialogs)
{
    /// <summary>What the step did, to tell the person; null when the dialog was closed with Back.</summary>
    public Task<string?> AskAsync(LeaveRequest request, Actor requester) => RunAsync(request,
        $"Ask to cancel {request.Reference}?",
        $"{request.Approver.DisplayName} will be asked to confirm. {request.WhatConfirmingCancellationDoes(clock.Today)} Until then the leave stands.",
        "Why (optional)", required: false, "Ask to cancel", Color.Warning,
        comment => cancellations.AskAsync(request.Id, requester, comment, LeaveChannel.Web),
        $"{request.Approver.DisplayName} has been asked to confirm the cancellation of {request.Reference}.");

    public Task<string?> ConfirmAsync(LeaveRequest request, Actor approver) => RunAsync(request,
        $"Confirm the cancellation of {request.Reference}?",
        request.WhatConfirmingCancellationDoes(clock.Today) + $" {request.Requester.DisplayName} will be emailed.",
        "Comment (optional)", required: false, "Confirm cancellation", Color.Success,
        comment => cancellations.ConfirmAsync(request.Id, approver, comment, LeaveChannel.Web),
        $"The cancellation of {request.Reference} is confirmed.");

    public Task<string?> DeclineAsync(LeaveRequest request, Actor approver) => RunAsync(request,
        $"Decline to cancel {request.Reference}?",
        $"The leave stands as approved. {request.Requester.DisplayName} will be emailed your reason.",
        "Reason for declining", required: true, "Decline", Color.Error,
        comment => cancellations.DeclineAsync(request.Id, approver, comment, LeaveChannel.Web),
        $"You declined to cancel {request.Reference}.");

    private async Task<string?> RunAsync(LeaveRequest request, string heading, string explanation, string commentLabel, bool required,
        string actionLabel, Color actionColor, Func<string?, Task<LeaveRequest>> step, string done)
    {
        var parameters = new DialogParameters<CommentDialog>
        {
            { d => d.Request, request },
            { d => d.Heading, heading },
            { d => d.Explanation, explanation },
            { d => d.CommentLabel, commentLabel },
            { d => d.CommentRequired, required },
            { d => d.CommentMaxLength, rules.CommentMaxLength },
            { d => d.ActionLabel, actionLabel },
            { d => d.ActionColor, actionColor },
            { d => d.Run, async comment => (await RuleRefusal.TryAsync(() => step(comment)))?.Message },
        };
        var dialog = await dialogs.ShowAsync<CommentDialog>(heading, parameters);
        return await dialog.Result is { Canceled: false } ? done : null;
    }
}
