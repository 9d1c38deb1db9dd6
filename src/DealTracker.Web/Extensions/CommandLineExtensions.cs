using System.Globalization;
using DealTracker.Web.Data.Synthetic;

namespace DealTracker.Web.Extensions;

/// <summary>
/// One-off commands run instead of the web server, after the store is migrated and seeded:
/// <c>dotnet run --project src/DealTracker.Web -- generate-synthetic [--size big|huge] [--deals N] [--outlets N] [--reports N] [--claims N] [--seed N]</c>.
/// </summary>
public static class CommandLineExtensions
{
    public const string GenerateSynthetic = "generate-synthetic";

    /// <returns>True when the arguments named a command, which has run: the caller should exit instead of serving.</returns>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] != GenerateSynthetic)
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CommandLineExtensions).FullName!);
        if (!TryParseOptions(args.AsSpan(1), out var options, out var error))
        {
            logger.LogError("{Error}. Usage: {Command} [--size big|huge] [--deals N] [--outlets N] [--reports N] [--claims N] [--seed N]", error, GenerateSynthetic);
            Environment.ExitCode = 2;
            return true;
        }

        var generator = ActivatorUtilities.CreateInstance<SyntheticDataGenerator>(app.Services);
        await generator.GenerateAsync(options, cancellationToken);
        return true;
    }

    internal static bool TryParseOptions(ReadOnlySpan<string> args, out SyntheticDataOptions options, out string? error)
    {
        options = new SyntheticDataOptions();
        error = null;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (!TryApply(args[i], value, ref options, out error))
            {
                return false;
            }
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentException exception)
        {
            error = exception.Message.TrimEnd('.');
            return false;
        }

        return true;
    }

    /// <summary>One option: <c>--size</c> takes a preset (counts after it change that preset), the others a whole number.</summary>
    private static bool TryApply(string name, string? text, ref SyntheticDataOptions options, out string? error)
    {
        error = null;
        if (name == "--size")
        {
            var preset = text is null ? null : SyntheticDataOptions.ForSize(text);
            options = preset is null ? options : preset with { Seed = options.Seed };
            error = preset is null ? "'--size' needs big or huge after it" : null;
            return preset is not null;
        }

        if (text is null || !int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            error = $"'{name}' needs a whole number after it";
            return false;
        }

        SyntheticDataOptions? changed = name switch
        {
            "--deals" => options with { Deals = value },
            "--outlets" => options with { Outlets = value },
            "--reports" => options with { Reports = value },
            "--claims" => options with { Claims = value },
            "--seed" => options with { Seed = value },
            _ => null,
        };
        options = changed ?? options;
        error = changed is null ? $"Unknown option '{name}'" : null;
        return changed is not null;
    }
}
