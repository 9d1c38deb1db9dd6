namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>
/// A form's errors from the server (<see cref="Services.Editing.EditResult.Errors"/>), by field name
/// ("Name", "Parties[1]"), for the inputs' Error and ErrorText.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    /// <summary>Every error, field → message (for an error summary, or a child form's fields).</summary>
    public IReadOnlyDictionary<string, string> All => _errors;

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>True when any of the fields has an error (an input that answers for several, such as a new outlet's name).</summary>
    public bool HasAny(params string[] fields) => fields.Any(_errors.ContainsKey);

    public string? this[string field] => _errors.GetValueOrDefault(field);

    /// <summary>The first of the fields' messages, in the order given.</summary>
    public string? First(params string[] fields) => fields.Select(f => _errors.GetValueOrDefault(f)).FirstOrDefault(m => m is not null);

    public void Set(IReadOnlyDictionary<string, string> errors)
    {
        _errors.Clear();
        foreach (var (field, message) in errors)
        {
            _errors[field] = message;
        }
    }

    /// <summary>Forgets a field's error once the editor changes the field.</summary>
    public void Clear(string field) => _errors.Remove(field);

    /// <summary>Forgets the errors of several fields, such as a changed date and the one it is checked against.</summary>
    public void Clear(params string[] fields)
    {
        foreach (var field in fields)
        {
            _errors.Remove(field);
        }
    }

    /// <summary>Forgets every error under a prefix ("Claims["): rows moved up, so their errors no longer point at the right row.</summary>
    public void ClearUnder(string prefix)
    {
        foreach (var key in _errors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _errors.Remove(key);
        }
    }

    public void Clear() => _errors.Clear();

    /// <summary>The errors of fields the form has no input for, so that none is ever lost.</summary>
    public IEnumerable<string> Except(params string[] shownFields) =>
        _errors.Where(e => !shownFields.Contains(e.Key) && !shownFields.Any(f => f.EndsWith('[') && e.Key.StartsWith(f, StringComparison.Ordinal)))
               .Select(e => e.Value);
}
