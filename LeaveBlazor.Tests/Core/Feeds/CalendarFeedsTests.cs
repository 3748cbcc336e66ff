using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Feeds;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Core.People;
using LeaveBlazor.Core.Rules;
using LeaveBlazor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static LeaveBlazor.Tests.Core.Feeds.CalendarFeedText;

namespace LeaveBlazor.Tests.Core.Feeds;

/// <summary>
/// The personal and team feeds as a calendar client reads them: approved and pending leave as all-day events with a
/// stable UID and a rising SEQUENCE, colleagues' leave without its type or reason, and addresses that stop at a reset.
/// </summary>
public sealed class CalendarFeedsTests : FreshDatabaseTest
{
    private static readonly DateOnly Monday = LeaveInput.NextMonday;

    private CalendarFeeds Feeds => Database.Services.GetRequiredService<CalendarFeeds>();

    [Fact]
    public async Task Personal_feed_has_approved_and_pending_leave_but_not_rejected_or_cancelled()
    {
        await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(7)));
        await Database.RejectAsync(await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(8))));
        await Database.CancelAsync(await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(9))));

        var events = Events(await ReadAsync(TestPeople.Alex, CalendarFeedKind.Personal));

        Assert.Equal(
            [("Alex Employee – Annual leave", "CONFIRMED"), ("Alex Employee – Annual leave (not yet approved)", "TENTATIVE")],
            events.Select(e => (e.Summary, e.Status)));
    }

    [Fact]
    public async Task Leave_is_an_all_day_event_whose_end_is_the_day_after_the_last()
    {
        await Database.ApprovedAsync(LeaveInput.NextWeek());

        var text = await ReadAsync(TestPeople.Alex, CalendarFeedKind.Personal);

        var lines = Unfolded(text);
        Assert.Contains("DTSTART;VALUE=DATE:20261207", lines);
        Assert.Contains("DTEND;VALUE=DATE:20261212", lines);
    }

    [Theory]
    [InlineData(CalendarFeedKind.Personal)]
    [InlineData(CalendarFeedKind.Team)]
    public async Task Feed_text_is_what_strict_clients_ask_for(CalendarFeedKind kind)
    {
        // A name of many multi-byte letters makes a summary past 75 octets but under 75 characters.
        await RenameAsync(TestPeople.Alex, "Zoë Ångström-Łukasiewicz Øster-Ærø Ðorđević Çağlayan");
        await Database.ApprovedAsync(LeaveInput.NextWeek());
        await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(14)), TestPeople.Sam);

        var text = await ReadAsync(TestPeople.Alex, kind);

        var lines = Unfolded(text);
        var events = Parse(text).Events;
        Assert.Empty(MalformedLines(text));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, line => line.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("CALSCALE:GREGORIAN", lines);
        Assert.Contains("METHOD:PUBLISH", lines);
        Assert.Contains(lines, line => line.StartsWith("X-WR-CALNAME:", StringComparison.Ordinal));
        NonEmpty.All(events, e => Assert.True(e.DtStamp is not null && !string.IsNullOrEmpty(e.Uid), $"{e.Summary} lacks DTSTAMP or UID"));
        Assert.Contains(events, e => e.Summary!.StartsWith("Zoë Ångström-Łukasiewicz Øster-Ærø Ðorđević Çağlayan – ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Approving_keeps_the_uid_and_raises_the_sequence()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var url = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);
        var pending = Assert.Single(Events(await TextAsync(url)));

        await Database.ApproveAsync(request);

        var approved = Assert.Single(Events(await TextAsync(url)));
        Assert.Equal((pending.Uid, "TENTATIVE", "CONFIRMED"), (approved.Uid, pending.Status, approved.Status));
        Assert.True(approved.Sequence > pending.Sequence, $"SEQUENCE went from {pending.Sequence} to {approved.Sequence}");
    }

    [Fact]
    public async Task Team_feed_says_a_colleague_is_away_without_the_type_or_reason()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Monday) with { Reason = "Knee surgery" }, TestPeople.Sam));
        await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(1)) with { Reason = "Moving house" }, TestPeople.Sam);
        await Database.ApprovedAsync(LeaveInput.Annual(Monday.AddDays(2)));

        var text = await ReadAsync(TestPeople.Alex, CalendarFeedKind.Team);

        Assert.Equal(
            ["Sam Other – away", "Sam Other – away (not yet approved)", "Alex Employee – Annual leave"],
            Events(text).Select(e => e.Summary));
        Assert.DoesNotContain("surgery", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("house", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Team_feed_leaves_out_someone_the_team_calendar_does_not_show()
    {
        await Database.ApproveAsync(await Database.SubmitAsync(LeaveInput.Annual(Monday, approverId: TestPeople.Sam.Id), TestPeople.Dana), TestPeople.Sam);
        await Database.SubmitAsync(LeaveInput.Annual(Monday.AddDays(1)), TestPeople.Sam);

        var events = Events(await ReadAsync(TestPeople.Alex, CalendarFeedKind.Team));

        Assert.Equal(["Sam Other – away (not yet approved)"], events.Select(e => e.Summary));
    }

    [Fact]
    public async Task Team_feed_of_the_manager_shows_the_type_of_leave_they_approve()
    {
        await Database.ApprovedAsync(LeaveInput.NextWeek());

        var events = Events(await ReadAsync(TestPeople.Dana, CalendarFeedKind.Team));

        Assert.Equal(["Alex Employee – Annual leave"], events.Select(e => e.Summary));
    }

    [Fact]
    public async Task Half_day_is_a_whole_day_event_that_says_so()
    {
        await Database.ApprovedAsync(LeaveInput.Annual(Monday) with { HalfDayEnd = true });

        var leave = Assert.Single(Events(await ReadAsync(TestPeople.Alex, CalendarFeedKind.Personal)));

        Assert.Equal(("Alex Employee – Annual leave (half day)", false), (leave.Summary, leave.DtStart!.HasTime));
    }

    [Fact]
    public async Task Resetting_stops_the_old_address_at_once_and_the_new_one_works()
    {
        var old = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);

        var fresh = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);

        Assert.NotEqual(old, fresh);
        Assert.Null(await Feeds.ReadAsync(TokenOf(old)));
        Assert.NotNull(await Feeds.ReadAsync(TokenOf(fresh)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task Unknown_or_malformed_token_reads_nothing(string token)
    {
        await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);

        Assert.Null(await Feeds.ReadAsync(token));
    }

    [Fact]
    public async Task Feed_of_a_deactivated_person_reads_nothing()
    {
        var url = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal);
        await Database.InScopeAsync<LeaveDbContext>(async db =>
        {
            (await db.Employees.FindAsync(TestPeople.Alex.Id))!.IsActive = false;
            await db.SaveChangesAsync();
        });

        Assert.Null(await Feeds.ReadAsync(TokenOf(url)));
    }

    [Fact]
    public async Task The_tag_stays_while_nothing_changes_and_changes_with_the_leave()
    {
        var request = await Database.SubmitAsync(LeaveInput.NextWeek());
        var token = TokenOf(await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, CalendarFeedKind.Personal));
        var first = (await Feeds.ReadAsync(token))!.ETag;
        var again = (await Feeds.ReadAsync(token))!.ETag;

        await Database.ApproveAsync(request);

        Assert.Equal(first, again);
        Assert.NotEqual(first, (await Feeds.ReadAsync(token))!.ETag);
    }

    [Theory]
    [InlineData(null, "Say which feed")]
    [InlineData("holidays", "That is not a feed kind")]
    public async Task Unknown_kind_is_refused_on_its_field(string? kind, string start)
    {
        var refused = await Assert.ThrowsAsync<LeaveValidationException>(() => Feeds.CreateOrResetAsync(TestPeople.Alex.Id, kind));

        Assert.StartsWith(start, Assert.Single(refused.Errors[CalendarFeedKinds.Field]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kind_is_read_whatever_its_case()
    {
        var url = await Feeds.CreateOrResetAsync(TestPeople.Alex.Id, " Team ");

        Assert.StartsWith("X-WR-CALNAME:Who's away", Unfolded((await Feeds.ReadAsync(TokenOf(url)))!.Text).Single(l => l.StartsWith("X-WR-CALNAME", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static string TokenOf(string url) => url[(url.LastIndexOf('/') + 1)..^".ics".Length];

    private async Task<string> ReadAsync(TestPerson person, CalendarFeedKind kind) =>
        await TextAsync(await Feeds.CreateOrResetAsync(person.Id, kind));

    private async Task<string> TextAsync(string url) =>
        (await Feeds.ReadAsync(TokenOf(url)) ?? throw new InvalidOperationException($"{url} reads nothing.")).Text;

    private Task RenameAsync(TestPerson person, string name) =>
        Database.InScopeAsync<LeaveDbContext>(async db =>
        {
            (await db.Employees.FindAsync(person.Id))!.DisplayName = name;
            await db.SaveChangesAsync();
        });
}
