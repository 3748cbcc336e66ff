using System.Net;
using LeaveBlazor.Tests.Integration;

namespace LeaveBlazor.Tests.Mail;

/// <summary>The development Mailbox page of the running app, after Alex has asked for leave.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class MailboxPageTests(MailboxPageTests.AfterOneRequest app) : IClassFixture<MailboxPageTests.AfterOneRequest>
{
    [Fact]
    public async Task Both_emails_of_a_request_are_written_without_waiting_for_the_sweep()
    {
        Assert.Equal(2, (await app.WrittenEmailsAsync(2)).Length);
    }

    [Fact]
    public async Task Mailbox_lists_the_emails_for_a_signed_in_person()
    {
        await app.WrittenEmailsAsync(2);
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);

        var page = await browser.GetPageAsync("/dev/mailbox");

        Assert.Contains($"[{app.Reference}] Leave request from Alex Employee", page.QuerySelector("[data-testid=mailbox]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_email_in_the_list_is_a_link_to_it_which_the_keyboard_reaches_and_opens_with_Enter()
    {
        var written = await app.WrittenEmailsAsync(2);
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);

        var list = (await browser.GetPageAsync("/dev/mailbox")).QuerySelector("[data-testid=mailbox]");

        // A plain link: as an option of a listbox (role, roving tabindex) the list's key handling took Enter and Space.
        var links = list?.QuerySelectorAll("a[href]").Select(a => (a.GetAttribute("href"), a.GetAttribute("role"), a.GetAttribute("tabindex")))
            .Order().ToList();
        Assert.Equal(written.Select(file => ((string?)$"dev/mailbox?open={Path.GetFileNameWithoutExtension(file)}", (string?)null, (string?)null)).Order(), links);
    }

    [Fact]
    public async Task Links_in_an_opened_email_leave_the_sandboxed_frame_for_the_whole_window()
    {
        await app.WrittenEmailsAsync(2);
        var browser = await app.SignedInAsync(LeaveApp.SamEmail);

        var frame = (await browser.GetPageAsync("/dev/mailbox")).QuerySelector("iframe[data-testid=html-part]");

        Assert.Equal(
            ("allow-top-navigation-by-user-activation allow-popups", true),
            (frame?.GetAttribute("sandbox"), frame?.GetAttribute("srcdoc")?.Contains("<base target=\"_top\">", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowser().GetAsync("/dev/mailbox");

        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    public sealed class AfterOneRequest : MailboxApp
    {
        public string Reference { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Reference = (await SubmitAsync()).Reference;
        }
    }
}
