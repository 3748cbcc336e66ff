using LeaveBlazor.Web.Components.Leave;

namespace LeaveBlazor.Web.Hosting;

public static class CultureSetup
{
    /// <summary>The <c>App:Culture</c> setting, checked at start, and the way the forms read and write dates in it.</summary>
    public static WebApplicationBuilder AddAppCulture(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedSettings<CultureOptions>(builder.Configuration, CultureOptions.Section, culture => culture.Problems());
        builder.Services.AddSingleton<TypedDates>();
        return builder;
    }
}
