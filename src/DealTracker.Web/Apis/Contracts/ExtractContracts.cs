namespace DealTracker.Web.Apis.Contracts;

/// <summary><c>POST /api/extract</c>: the text to read.</summary>
public sealed record ExtractRequest(string Text);

public sealed record ExtractResponse(IReadOnlyList<ExtractedFigureDto> Figures)
{
    /// <summary>How many figures the text has; at most <see cref="ExtractApi.MaxFigures"/> of them are listed.</summary>
    public int Total { get; init; }

    /// <summary>How many figures were left out of <see cref="Figures"/> (0 unless the text has more than <see cref="ExtractApi.MaxFigures"/>).</summary>
    public int Omitted { get; init; }

    /// <summary>How many organisations, sources, stages and responses were left out (at most <see cref="ExtractApi.MaxFigures"/> of each are listed).</summary>
    public int OmittedMentions { get; init; }

    /// <summary>Each organisation the text names, once, at its first mention (outlets and people left out).</summary>
    public IReadOnlyList<ExtractedOrganisationDto> Organisations { get; init; } = [];

    /// <summary>The outlets, filings (<c>named</c>) and unnamed people (<c>anonymous</c>) the text cites.</summary>
    public IReadOnlyList<ExtractedSourceDto> Sources { get; init; } = [];

    /// <summary>Words giving the stage of the talks: <c>early</c>, <c>advanced</c>, <c>final</c>.</summary>
    public IReadOnlyList<ExtractedStageDto> Stages { get; init; } = [];

    /// <summary>Parties' responses: "Amazon declined to comment"; <c>party</c> is null when no name is written.</summary>
    public IReadOnlyList<ExtractedResponseDto> Responses { get; init; } = [];
}

/// <summary>
/// One figure: <c>amount</c> is the stated number in currency units (null for a range); <c>low</c>/<c>high</c> are a range's ends (null otherwise);
/// <c>sentence</c> is at most <see cref="ExtractApi.ContextLength"/> characters of the figure's sentence around it, found in the text at
/// <c>contextStart</c> (<c>contextLength</c> characters).
/// </summary>
public sealed record ExtractedFigureDto(
    string Text, int Start, int Length, decimal? Amount, string Currency, string Hedge, decimal? Low, decimal? High,
    string Words, string Sentence)
{
    /// <summary>What the figure is about: investment, roundSize, valuation, computeCommitment, revenue or other.</summary>
    public string Metric { get; init; } = "other";

    /// <summary>For an investment, the organisation putting the money in when the text names it.</summary>
    public string? Investor { get; init; }

    /// <summary>Where <see cref="Sentence"/> (the context) starts in the text.</summary>
    public int ContextStart { get; init; }

    /// <summary>The length of <see cref="Sentence"/> (the context), at most <see cref="ExtractApi.ContextLength"/>.</summary>
    public int ContextLength { get; init; }
}

public sealed record ExtractedOrganisationDto(string Name, int Start, int Length);

/// <summary>
/// A cited source: <c>kind</c> is <c>named</c> (outlet, agency, data provider, filing, a document or publication cited by its noun) or
/// <c>anonymous</c>; <c>name</c> is the words as written; <c>outlet</c> the known outlet's canonical name ("The Wall Street Journal"
/// for "the Journal") or null.
/// </summary>
public sealed record ExtractedSourceDto(string Name, string Kind, int Start, int Length, string? Outlet = null);

public sealed record ExtractedStageDto(string Stage, string Wording, int Start, int Length);

public sealed record ExtractedResponseDto(string? Party, string Wording, int Start, int Length);
