using System.Net;

namespace LeaveBlazor.Tests.Integration;

/// <summary>Where "/" takes each person: approvers to their inbox, everyone else to their own requests.</summary>
[Collection(LeaveAppCollection.Name)]
public sealed class HomeTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Theory]
    [InlineData(LeaveApp.DanaEmail, "/inbox")]
    [InlineData(LeaveApp.AdminEmail, "/inbox")]
    [InlineData(LeaveApp.AlexEmail, "/requests")]
    public async Task Home_opens_where_the_persons_work_is(string email, string home)
    {
        var browser = await app.SignedInAsync(email);

        using var response = await browser.GetAsync("/");

        Assert.Equal((HttpStatusCode.Redirect, home), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }
}
