using System.Collections;

namespace DealTracker.Web.Components.Pages.Admin.Shared;

/// <summary>
/// A form's errors from the server (<see cref="Services.Editing.EditResult.Errors"/>), by field key as the
/// service names it ("Name", "Parties[1]", "Claims[0].Quote"), for the inputs' Error and ErrorText. The one
/// holder of field errors on every editor form: a field's error goes once the editor changes the field.
/// </summary>
public sealed class FieldErrors : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public int Count => _errors.Count;

    public IEnumerable<string> Keys => _errors.Keys;

    public IEnumerable<string> Values => _errors.Values;

    /// <summary>The field's message, or null when it has none (never throws).</summary>
    public string? this[string field] => _errors.GetValueOrDefault(field);

    string IReadOnlyDictionary<string, string>.this[string key] => _errors[key];

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>True when any of the fields has an error (an input that answers for several keys).</summary>
    public bool HasAny(params string[] fields) => fields.Any(_errors.ContainsKey);

    /// <summary>The first message among the fields, or null.</summary>
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

    /// <summary>Forgets every error under a prefix ("Claims["): rows moved up, so their errors no longer point at the right row.</summary>
    public void ClearUnder(string prefix)
    {
        foreach (var key in _errors.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _errors.Remove(key);
        }
    }

    public void Clear() => _errors.Clear();

    /// <summary>The errors of fields the form has no input for, so that none is ever lost ("Parties[" stands for every "Parties[n]").</summary>
    public IEnumerable<string> Except(IReadOnlyCollection<string> shownFields) =>
        _errors.Where(e => !shownFields.Contains(e.Key) && !shownFields.Any(f => f.EndsWith('[') && e.Key.StartsWith(f, StringComparison.Ordinal)))
               .Select(e => e.Value);

    public bool ContainsKey(string key) => _errors.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) => _errors.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
