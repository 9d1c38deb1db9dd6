namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>
/// A form's errors from the server (<see cref="Services.Editing.EditResult.Errors"/>), by field name
/// ("Name", "Parties[1]"), for the inputs' Error and ErrorText.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? this[string field] => _errors.GetValueOrDefault(field);

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

    public void Clear() => _errors.Clear();

    /// <summary>The errors of fields the form has no input for, so that none is ever lost.</summary>
    public IEnumerable<string> Except(params string[] shownFields) =>
        _errors.Where(e => !shownFields.Contains(e.Key) && !shownFields.Any(f => f.EndsWith('[') && e.Key.StartsWith(f, StringComparison.Ordinal)))
               .Select(e => e.Value);
}
