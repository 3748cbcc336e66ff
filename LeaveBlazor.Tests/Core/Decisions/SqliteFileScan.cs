using System.Text;
using Microsoft.Data.Sqlite;

namespace LeaveBlazor.Tests.Core.Decisions;

/// <summary>
/// Looks for secrets in a SQLite file the way someone holding a copy of it would: every value of every column
/// of every table, read with plain SQL rather than through the model, so no column is missed.
/// </summary>
internal static class SqliteFileScan
{
    /// <summary>Every table.column of the SQLite file holding any of the texts (in a text or blob value).</summary>
    public static Task<List<string>> PlacesHoldingAsync(string connectionString, params string[] texts) =>
        PlacesAsync(connectionString, value => value switch
        {
            string text => texts.Any(t => text.Contains(t, StringComparison.Ordinal)),
            byte[] blob => texts.Any(t => blob.AsSpan().IndexOf(Encoding.UTF8.GetBytes(t)) >= 0),
            _ => false,
        });

    /// <summary>Every table.column of the SQLite file holding any of the byte sequences (in a text or blob value).</summary>
    public static Task<List<string>> PlacesHoldingAsync(string connectionString, params byte[][] secrets) =>
        PlacesAsync(connectionString, value => value switch
        {
            string text => secrets.Any(s => Encoding.UTF8.GetBytes(text).AsSpan().IndexOf(s) >= 0),
            byte[] blob => secrets.Any(s => blob.AsSpan().IndexOf(s) >= 0),
            _ => false,
        });

    private static async Task<List<string>> PlacesAsync(string connectionString, Func<object, bool> holds)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var places = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    if (!reader.IsDBNull(column) && holds(reader.GetValue(column)))
                    {
                        places.Add($"{table}.{reader.GetName(column)}");
                    }
                }
            }
        }

        return places;
    }
}
