namespace LeaveBlazor.Tests.Support;

/// <summary>
/// <c>Assert.All</c> passes on an empty collection, so a test using it checks
/// nothing when the code under test produced nothing. These fail then. (<c>Assert.All</c> is banned in this project.)
/// </summary>
public static class NonEmpty
{
    public static void All<T>(IEnumerable<T> items, Action<T> check)
    {
        var list = items.ToList();
        Assert.NotEmpty(list);
#pragma warning disable RS0030 // the one place Assert.All is called, after the emptiness check
        Assert.All(list, check);
#pragma warning restore RS0030
    }
}
