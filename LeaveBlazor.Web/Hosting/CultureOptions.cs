using System.Globalization;

namespace LeaveBlazor.Web.Hosting;

/// <summary>The <c>App:Culture</c> setting: how the pages write and read dates, and the day a week starts on.</summary>
public sealed class CultureOptions
{
    public const string Section = "App";

    /// <summary>A culture name such as en-GB (31/12/2027, weeks from Monday) or en-US (12/31/2027, weeks from Sunday).</summary>
    public string Culture { get; set; } = "en-GB";

    public CultureInfo CultureInfo() => System.Globalization.CultureInfo.GetCultureInfo(Culture, predefinedOnly: true);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Culture))
        {
            yield return $"{Section}:{nameof(Culture)} must name a culture, such as en-GB, en-US or de-DE.";
            yield break;
        }

        var culture = Known(Culture);
        if (culture is null)
        {
            yield return $"{Section}:{nameof(Culture)} '{Culture}' is not a culture this machine knows: use a name such as en-GB, en-US or de-DE "
                + "(in a container, the image needs ICU and DOTNET_SYSTEM_GLOBALIZATION_INVARIANT unset).";
        }
        else if (culture.Calendar is not GregorianCalendar)
        {
            yield return $"{Section}:{nameof(Culture)} '{Culture}' counts years in its own calendar ({culture.Calendar.GetType().Name}), "
                + "while leave dates are Gregorian: choose a culture that uses the Gregorian calendar, such as en-GB.";
        }
    }

    private static CultureInfo? Known(string name)
    {
        try
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Equals(System.Globalization.CultureInfo.InvariantCulture) ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
