using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using Bunit.TestDoubles;
using LeaveBlazor.Core;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Data.Sqlite;
using LeaveBlazor.Core.Leave;
using LeaveBlazor.Web.Hosting;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// Base for bunit tests of the leave pages: MudBlazor, the real Core operations on a fresh SQLite file of their own
/// (see <see cref="LeaveTestDatabase"/>, clock at Monday 30 Nov 2026 09:00 UTC) with sign-in accounts for
/// <see cref="TestPeople"/> (see <see cref="TestAccounts"/>), and a signed-in test person.
/// xunit builds the class once per test, so every test starts from the seeded directory and no requests.
/// </summary>
public abstract class LeavePageTest : BunitContext, IAsyncLifetime
{
    private LeaveTestDatabase? _database;
    private BunitAuthorizationContext? _authorization;

    protected LeaveTestDatabase Database =>
        _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    /// <summary>The <c>App:Culture</c> setting the pages see (en-GB); a test may change it before it renders a page.</summary>
    protected CultureOptions Culture { get; } = new();

    /// <summary>Override to change the leave policy for every test in the class.</summary>
    protected virtual void ConfigurePolicy(LeaveOptions policy)
    {
    }

    public async Task InitializeAsync()
    {
        _database = await LeaveTestDatabase.CreateAsync(ConfigurePolicy);

        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLeaveSqlite(Database.ConnectionString);
        Services.AddSingleton<TimeProvider>(Database.Time);
        Services.AddSingleton(Options.Create(Database.Policy));
        Services.AddLeaveWorkflow();
        Services.AddTestAccounts(Database.ConnectionString);
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<Web.Components.Leave.WaitingCount>();
        Services.AddScoped<Web.Components.Leave.CancellationSteps>();
        Services.AddSingleton(Options.Create(Culture));
        Services.AddSingleton<Web.Components.Leave.TypedDates>();
        Services.AddSingleton<Web.Mail.OutboxQueries>();
        Services.AddSingleton<Web.Mail.RetryOutboxEmail>();
        _authorization = AddAuthorization();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        await Services.SeedTestAccountsAsync();
    }

    /// <summary>Signs the person in for the pages rendered next, as the cookie would: their id and name as claims.</summary>
    protected void SignIn(TestPerson person, params string[] roles)
    {
        var authorization = _authorization ?? throw new InvalidOperationException("Authorization is added in InitializeAsync.");
        authorization.SetAuthorized(person.DisplayName);

        // bunit's SetRoles rebuilds the principal without the claims, so the claims go last.
        authorization.SetRoles(roles);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, person.Id));
    }

    /// <summary>Gives an approver's account (Dana's has Employee and Approver) the Admin role too, and signs them in with all three.</summary>
    protected async Task SignInAsAdminAsync(TestPerson person)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = await users.FindByIdAsync(person.Id) ?? throw new InvalidOperationException($"{person.DisplayName} has no account.");
            await users.AddToRoleAsync(account, Roles.Admin);
        }

        SignIn(person, Roles.Employee, Roles.Approver, Roles.Admin);
    }

    /// <summary>
    /// Renders the page beside the MudBlazor providers that the layout normally supplies, so selects, dialogs and
    /// snackbars work. Find elements on the result: dialogs appear outside the page's own markup.
    /// </summary>
    protected IRenderedComponent<ContainerFragment> RenderPage<TPage>(IReadOnlyDictionary<string, object?>? parameters = null)
        where TPage : IComponent =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<TPage>(3);
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
            {
                builder.AddComponentParameter(4, name, value);
            }

            builder.CloseComponent();
        });

    /// <summary>Signs <paramref name="viewer"/> in and opens the request's page, once its timeline shows.</summary>
    protected IRenderedComponent<ContainerFragment> OpenRequestPage(LeaveRequest request, TestPerson viewer, params string[] roles)
    {
        SignIn(viewer, roles);
        var page = RenderPage<Web.Components.Pages.Leave.RequestDetail>(
            new Dictionary<string, object?> { [nameof(Web.Components.Pages.Leave.RequestDetail.Reference)] = request.Reference });
        page.WaitForElement(".mud-timeline");
        return page;
    }

    /// <summary>The steps of the request page's timeline, as their headings read.</summary>
    protected static List<string> TimelineSteps(IRenderedComponent<ContainerFragment> page) =>
        page.FindAll(".mud-timeline-item b").Select(b => b.TextContent.Trim()).ToList();

    /// <summary>Text with every run of white space (line breaks, indentation) made one space, as a person reads it.</summary>
    protected static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    async Task IAsyncLifetime.DisposeAsync()
    {
        // The rendered pages hold database connections: end them before the file is deleted.
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
