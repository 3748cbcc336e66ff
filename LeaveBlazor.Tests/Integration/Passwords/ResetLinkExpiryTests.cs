using System.Text;
using LeaveBlazor.Tests.Integration.Accounts;
using LeaveBlazor.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace LeaveBlazor.Tests.Integration.Passwords;

/// <summary>
/// A reset link stops working after <see cref="PasswordResetLinks.Lifespan"/>. Identity's token provider reads the
/// system clock, so the tokens here are written as it writes them (creation time, account, purpose, security stamp,
/// protected by the app's keys) but dated in the past; the token just inside the lifespan shows the forgery is right.
/// </summary>
[Collection(LeaveAppCollection.Name)]
public sealed class ResetLinkExpiryTests(LeaveApp app) : IClassFixture<LeaveApp>
{
    [Theory]
    [InlineData(-1, false)]
    [InlineData(+1, true)]
    public async Task Link_works_only_within_its_lifespan(int minutesInsideLifespan, bool works)
    {
        var draft = PeopleInTheApp.NewPerson();
        var id = await app.CreatePersonAsync(draft);
        var issuedAt = DateTimeOffset.UtcNow - PasswordResetLinks.Lifespan + TimeSpan.FromMinutes(minutesInsideLifespan);
        var link = $"/{PasswordResetLinks.PagePath}?user={id}&code={await TokenIssuedAtAsync(id, issuedAt)}";

        using var response = await app.CreateBrowser().SetNewPasswordAsync(link, "Late-reset-5");

        Assert.Equal(works, (await response.Content.ReadAsStringAsync()).Contains("Your new password is set"));
    }

    private async Task<string> TokenIssuedAtAsync(string userId, DateTimeOffset issuedAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var stamp = await users.GetSecurityStampAsync((await users.FindByIdAsync(userId))!);
        using var payload = new MemoryStream();
        await using (var writer = new BinaryWriter(payload, new UTF8Encoding(false, true), leaveOpen: true))
        {
            writer.Write(issuedAt.UtcTicks);
            writer.Write(userId);
            writer.Write(UserManager<AppUser>.ResetPasswordTokenPurpose);
            writer.Write(stamp);
        }

        var protector = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("DataProtectorTokenProvider");
        var token = Convert.ToBase64String(protector.Protect(payload.ToArray()));
        return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
    }
}
