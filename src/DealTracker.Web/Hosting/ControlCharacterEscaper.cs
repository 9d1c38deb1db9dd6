using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace DealTracker.Web.Hosting;

/// <summary>
/// Writes the control characters of every text a log event carries as escapes (<c>\n</c>, <c>\r</c>, <c>\u001b</c>), so a
/// value a client sent, such as a request path ending in "%0a2026-12-07 01:35:06 [INF] editor signed in", stays on its own line:
/// no one can forge a log line, or colour a terminal, through a request.
/// </summary>
public sealed class ControlCharacterEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        // A copy: the loop replaces properties of the event it reads.
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Escaped(value) is { } escaped)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    /// <summary>The value with its texts escaped, or null when it holds no control character.</summary>
    private static LogEventPropertyValue? Escaped(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when NeedsEscape(text) => new ScalarValue(Escape(text)),
        SequenceValue sequence when sequence.Elements.Any(e => Escaped(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Escaped(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Escaped(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => Escaped(p.Value) is { } e ? new LogEventProperty(p.Name, e) : p), structure.TypeTag),
        _ => null,
    };

    private static bool NeedsEscape(string text) => text.Any(IsBreaking);

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>"a\nb" → "a\\nb": each control character as its C escape.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsBreaking(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
