using System.Collections;
using System.Globalization;

namespace LeaveBlazor.Web.Hosting;

/// <summary>The app's logger factory, whose loggers pass everything through <see cref="DecisionTokenRedaction"/> first.</summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}

internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        RedactedState.From(state, () => state.ToString()) is { } redacted ? inner.BeginScope(redacted) : inner.BeginScope(state);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var safeException = exception is not null && DecisionTokenRedaction.MayHoldToken(exception.ToString())
            ? new RedactedException(exception)
            : exception;
        if (RedactedState.From(state, () => formatter(state, exception)) is { } redacted)
        {
            inner.Log(logLevel, eventId, redacted, safeException, static (s, _) => s.ToString());
        }
        else
        {
            inner.Log(logLevel, eventId, state, safeException, formatter);
        }
    }
}

/// <summary>A log entry's or scope's values and text with the tokens taken out; what providers get instead of the original.</summary>
internal sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> values, string text) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => values.Count;

    public KeyValuePair<string, object?> this[int index] => values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => text;

    /// <summary>
    /// Null when nothing needs taking out. Structured state (nearly every entry) is judged by its values alone, without
    /// formatting the message or allocating; other state by its text.
    /// </summary>
    public static RedactedState? From<TState>(TState state, Func<string?> text)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> structured)
        {
            for (var i = 0; i < structured.Count; i++)
            {
                if (DecisionTokenRedaction.MayHoldToken(TextOf(structured[i].Value)))
                {
                    return new RedactedState(structured.Select(Redacted).ToList(), DecisionTokenRedaction.Redact(text() ?? ""));
                }
            }

            return null;
        }

        var plain = text();
        return DecisionTokenRedaction.MayHoldToken(plain) ? new RedactedState([], DecisionTokenRedaction.Redact(plain!)) : null;
    }

    private static KeyValuePair<string, object?> Redacted(KeyValuePair<string, object?> pair) =>
        TextOf(pair.Value) is { } value && DecisionTokenRedaction.MayHoldToken(value)
            ? KeyValuePair.Create(pair.Key, (object?)DecisionTokenRedaction.Redact(value))
            : pair;

    // Numbers, dates and the like cannot hold a path; anything else is judged by the text a provider would write.
    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string text => text,
        Enum or DateTime or DateTimeOffset or TimeSpan or Guid or decimal => null,
        _ when value.GetType().IsPrimitive => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>()),
        _ => value.ToString(),
    };
}

/// <summary>An exception whose text held a decision link, logged with the link redacted; its type and stack stay readable.</summary>
internal sealed class RedactedException(Exception original)
    : Exception(DecisionTokenRedaction.Redact($"{original.GetType().FullName}: {original.Message}"))
{
    public override string? StackTrace => original.StackTrace;

    public override string ToString() => DecisionTokenRedaction.Redact(original.ToString());
}
