using System.Globalization;
using LeaveBlazor.Core.Data;
using LeaveBlazor.Core.Rules;
using Microsoft.AspNetCore.WebUtilities;

namespace LeaveBlazor.Web.Api;

/// <summary>
/// <c>?page=</c> and <c>?pageSize=</c> on the API's lists: page 1 and <see cref="ListPage.DefaultSize"/> when left out,
/// at most <see cref="ListPage.MaxSize"/> to a page. The answer stays a JSON array; <c>X-Total-Count</c> says how many
/// there are in all, and a <c>Link</c> header names the next page while there is one.
/// </summary>
internal static class ApiPaging
{
    public const string Description =
        $" Paged: ?page=1 (the first) and ?pageSize= up to 200 (100 when left out); X-Total-Count gives how many there are in all, and Link rel=\"next\" the next page.";

    private const string Page = "Page";
    private const string PageSize = "PageSize";

    /// <summary>The page asked for; each wrong value is named under its field, and the first page is returned meanwhile.</summary>
    public static ListPage Read(string? page, string? pageSize, FieldErrors errors) => new(
        Whole(page, Page, 1, int.MaxValue / ListPage.MaxSize, "page must be a whole number from 1 up, such as 2.", errors) ?? 1,
        Whole(pageSize, PageSize, 1, ListPage.MaxSize, $"pageSize must be a whole number from 1 to {ListPage.MaxSize}.", errors) ?? ListPage.DefaultSize);

    public static void Describe(HttpContext http, ListPage page, int total)
    {
        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        if (page.Number * page.Size < total)
        {
            var query = QueryHelpers.ParseQuery(http.Request.QueryString.Value);
            query["page"] = (page.Number + 1).ToString(CultureInfo.InvariantCulture);
            query["pageSize"] = page.Size.ToString(CultureInfo.InvariantCulture);
            var next = QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, query);
            http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }
    }

    private static int? Whole(string? text, string field, int least, int most, string message, FieldErrors errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most)
        {
            return value;
        }

        errors.Add(field, message);
        return null;
    }
}
