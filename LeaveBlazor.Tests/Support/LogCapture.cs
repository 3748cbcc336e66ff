using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeaveBlazor.Tests.Support;

/// <summary>
/// A logging provider that writes down everything a provider can see of each entry, whatever its level: the message,
/// every structured value, every scope around it (text and values) and the exception's full text.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => [.. _entries];

    /// <summary>All that was written, as one text.</summary>
    public string AllText => string.Join("\n", _entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
        ? $"{state} {{{string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))}}}"
        : $"{state}";

    private sealed class Writer(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            capture._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            capture._entries.Enqueue((logLevel,
                $"{logLevel} {category}[{eventId}] {formatter(state, exception)} | {Describe(state)} | scopes: {string.Join(" => ", scopes)} | {exception}"));
        }
    }
}
