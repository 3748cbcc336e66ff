using Microsoft.EntityFrameworkCore;

namespace LeaveBlazor.Core.Data;

/// <summary>Which part of a long list to read: page <see cref="Number"/> (the first is 1) of <see cref="Size"/> items.</summary>
public sealed record ListPage(int Number, int Size)
{
    /// <summary>The most one page holds: enough for any screen or script, small enough to answer quickly.</summary>
    public const int MaxSize = 200;

    public const int DefaultSize = 100;

    public static readonly ListPage First = new(1, DefaultSize);

    internal int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list and how many items the whole list holds.</summary>
public sealed record ListPageOf<T>(List<T> Items, int Total);

public static class ListPageReads
{
    /// <summary>The asked page of an ordered list, and how many items the whole list holds.</summary>
    public static async Task<ListPageOf<T>> ToPageAsync<T>(this IQueryable<T> ordered, ListPage page, CancellationToken cancellationToken = default) =>
        new(await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken), await ordered.CountAsync(cancellationToken));
}
