using System.Globalization;
using DealTracker.Web.Data.Synthetic;

namespace DealTracker.Web.Extensions;

/// <summary>
/// One-off commands run instead of the web server, after the store is migrated and seeded:
/// <c>dotnet run --project src/DealTracker.Web -- generate-synthetic [--deals N] [--outlets N] [--reports N] [--claims N] [--seed N]</c>.
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
            logger.LogError("{Error}. Usage: {Command} [--deals N] [--outlets N] [--reports N] [--claims N] [--seed N]", error, GenerateSynthetic);
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
            if (i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
                || value < 0)
            {
                error = $"'{args[i]}' needs a whole number after it";
                return false;
            }

            switch (args[i])
            {
                case "--deals":
                    options = options with { Deals = value };
                    break;
                case "--outlets":
                    options = options with { Outlets = value };
                    break;
                case "--reports":
                    options = options with { Reports = value };
                    break;
                case "--claims":
                    options = options with { Claims = value };
                    break;
                case "--seed":
                    options = options with { Seed = value };
                    break;
                default:
                    error = $"Unknown option '{args[i]}'";
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
}
