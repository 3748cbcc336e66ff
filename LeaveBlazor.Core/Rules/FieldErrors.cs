namespace LeaveBlazor.Core.Rules;

/// <summary>Collects validation messages per field, then throws them together.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Merge(FieldErrors other)
    {
        foreach (var (field, messages) in other._errors)
        {
            messages.ForEach(message => Add(field, message));
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new LeaveValidationException(ToDictionary());
        }
    }
}
