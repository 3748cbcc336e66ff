using System.Globalization;
using LeaveBlazor.Core.Data;

namespace LeaveBlazor.Web.Components.Lists;

/// <summary>Where a page of a long list sits in the whole: what <see cref="ListPager"/> needs to describe it.</summary>
public interface IShownPage
{
    int Number { get; }

    int Size { get; }

    int Total { get; }

    int Count { get; }
}

/// <summary>
/// The page of a long list a screen shows: its items, which page it is (the first is 1), how many a page holds and how
/// many the whole list holds. Read from the page number in the address: one past the end shows the last page and one
/// that is not a number the first, so an old, edited or shortened address still shows the list.
/// </summary>
public sealed record ShownPage<T>(List<T> Items, int Number, int Size, int Total) : IShownPage
{
    /// <summary>What a screen holds before its list is read.</summary>
    public static readonly ShownPage<T> None = new([], 1, 1, 0);

    public int Count => Items.Count;

    public static async Task<ShownPage<T>> ReadAsync(string? asked, int size, Func<ListPage, Task<ListPageOf<T>>> read)
    {
        var number = int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1
            ? Math.Min(parsed, int.MaxValue / size)
            : 1;
        var page = await read(new ListPage(number, size));
        if (page.Items.Count == 0 && page.Total > 0 && number > 1)
        {
            number = (page.Total + size - 1) / size;
            page = await read(new ListPage(number, size));
        }

        return new(page.Items, number, size, page.Total);
    }
}
