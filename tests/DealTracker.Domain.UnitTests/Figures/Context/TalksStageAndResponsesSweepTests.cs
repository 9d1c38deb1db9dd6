using DealTracker.Domain.Claims;
using static DealTracker.Domain.UnitTests.Figures.Context.ContextReaderText;

namespace DealTracker.Domain.UnitTests.Figures.Context;

/// <summary>
/// A generated sweep of the stage-of-talks and response classes: real party names of every shape (a place-led name, an ampersand, a
/// lower-case start, a legal form with its period, a leading "The") in the frames wires use for each stage and each response. The
/// frames follow real sentences, e.g. "is in advanced talks to invest US$4 billion … Google declined to comment, while Reliance did not
/// immediately respond to a request for comment" (https://www.channelnewsasia.com/news/business/google-in-talks-to-invest-us-4-billion-in-reliance-s-digital-arm--bloomberg-12931512),
/// "Representatives for Google and Reliance didn’t immediately respond to requests for comment"
/// (https://www.livemint.com/companies/news/google-in-talks-to-invest-4-billion-in-reliance-s-digital-arm-report-11594718118155.html),
/// "is in early talks … the discussions may not result in a sale" (https://investing.com/news/economy/juul-in-deal-talks-with-three-tobacco-giants--wsj-2988092),
/// "is poised to announce a tie-up with Renault SA as soon as Monday" (https://www.autonews.com/automakers-suppliers/fca-set-unveil-renault-tie-early-monday-reports-say),
/// "A spokesperson for Brookfield declined to comment. A representative for Grifols couldn’t immediately comment."
/// (https://itiger.com/hans/news/2486140468).
/// What each stage means against <see cref="TalksStage"/>: early / preliminary / exploratory / initial talks → Early; advanced,
/// late-stage, exclusive talks → Advanced; close to / nearing a deal, finalising, a term sheet signed, an agreement reached, "agreed to
/// invest", a deal done → Final. Plain "in talks / discussions / negotiations" names no stage (no value says only "talking"); talks that
/// stalled, collapsed, broke down or were called off, "no longer in talks" and negated stages ("not in advanced talks") propose none;
/// hedges ("no decision has been made", "may not lead to a deal") keep the stage they stand beside.
/// </summary>
public sealed class TalksStageAndResponsesSweepTests
{
    private static readonly string[] _parties =
    [
        "Saudi Aramco", "Johnson & Johnson", "xAI", "SoftBank Group Corp.", "The Carlyle Group", "Amazon", "Mubadala Investment Co.",
        "Abu Dhabi Investment Authority", "KKR & Co.", "LVMH", "Brookfield Asset Management", "Deutsche Telekom", "Alibaba Group Holding Ltd",
        "OpenAI", "Tata Sons",
    ];

    private static readonly string[] _targets =
    [
        "Horse Powertrain", "Anthropic", "Reliance Retail", "Scale AI", "Grifols", "Jio Platforms", "Perplexity", "Tiffany",
    ];

    /// <summary>Frames with {S} (the party talking) and {T} (the other side), the stage they propose and the words that must be in its span.</summary>
    private static readonly (string Frame, TalksStage? Stage, string? Cue)[] _stageFrames =
    [
        // Early.
        ("{S} is in early talks to invest in {T}, people familiar with the matter said.", TalksStage.Early, "early talks"),
        ("Talks between {S} and {T} are at an early stage, the people said.", TalksStage.Early, "at an early stage"),
        ("{S} and {T} are in early-stage discussions about an investment.", TalksStage.Early, "early-stage discussions"),
        ("{S} is in preliminary talks to buy a stake in {T}.", TalksStage.Early, "preliminary talks"),
        ("{S} has held preliminary discussions with {T} about a stake.", TalksStage.Early, "preliminary discussions"),
        ("{S} is in exploratory talks with {T} over a possible investment.", TalksStage.Early, "exploratory talks"),
        ("{S} is in the early stages of talks to acquire {T}.", TalksStage.Early, "early stages"),
        ("The talks between {S} and {T} are still early, one of the people said.", TalksStage.Early, "still early"),
        ("{S} and {T} are in initial discussions about a tie-up.", TalksStage.Early, "initial discussions"),
        ("{S} is in early talks with {T} that may not lead to a deal.", TalksStage.Early, "early talks"),

        // Advanced.
        ("{S} is in advanced talks to invest in {T}, according to people familiar with the matter.", TalksStage.Advanced, "advanced talks"),
        ("{S} is in advanced discussions with {T} about a stake.", TalksStage.Advanced, "advanced discussions"),
        ("{S} is in advanced negotiations to buy a stake in {T}.", TalksStage.Advanced, "advanced negotiations"),
        ("{S} and {T} are in late-stage talks over the deal.", TalksStage.Advanced, "late-stage talks"),
        ("Talks between {S} and {T} are at an advanced stage, the people said.", TalksStage.Advanced, "at an advanced stage"),
        ("{S} and {T} are in the late stages of negotiations.", TalksStage.Advanced, "late stages"),
        ("{S} is in exclusive talks with {T} over a sale.", TalksStage.Advanced, "exclusive talks"),
        ("Talks between {S} and {T} have reached an advanced stage, the people said.", TalksStage.Advanced, "advanced stage"),
        ("{S} is in advanced talks with {T}, but no decision has been made.", TalksStage.Advanced, "advanced talks"),

        // Final.
        ("{S} is nearing a deal to invest in {T}.", TalksStage.Final, "nearing a deal"),
        ("{S} is close to a deal to acquire {T}, the people said.", TalksStage.Final, "close to a deal"),
        ("{S} is close to finalizing an investment in {T}.", TalksStage.Final, "close to finalizing"),
        ("{S} is finalising terms of an investment in {T}.", TalksStage.Final, "finalising terms"),
        ("{S} is in the final stages of talks with {T}.", TalksStage.Final, "final stages"),
        ("A deal between {S} and {T} could be announced as soon as next week.", TalksStage.Final, "could be announced as soon as"),
        ("{S} signed a term sheet to invest in {T}.", TalksStage.Final, "signed a term sheet"),
        ("{S} has signed a term sheet with {T} for the investment.", TalksStage.Final, "signed a term sheet"),
        ("{S} reached an agreement to invest in {T}.", TalksStage.Final, "reached an agreement"),
        ("{S} agreed to invest in {T}, the companies said.", TalksStage.Final, "agreed to invest"),
        ("{S} has agreed to buy a stake in {T}.", TalksStage.Final, "agreed to buy"),
        ("{S} completed its investment in {T} on Friday.", TalksStage.Final, "completed its investment"),
        ("{T} closed the round, led by {S}, last week.", TalksStage.Final, "closed the round"),
        ("{S}'s deal with {T} closed on Friday.", TalksStage.Final, "closed"),
        ("{S}'s investment in {T} has been finalized.", TalksStage.Final, "has been finalized"),
        ("{S} is poised to announce an investment in {T} as soon as Monday.", TalksStage.Final, "poised to announce"),
        ("{S} is close to a deal with {T}, though talks could still fall apart.", TalksStage.Final, "close to a deal"),

        // No stage: plain talks, ended talks, negated stages.
        ("{S} is in talks to invest in {T}, people familiar with the matter said.", null, null),
        ("{S} is in discussions with {T} about a stake.", null, null),
        ("{S} is in negotiations to buy a stake in {T}.", null, null),
        ("{S} is no longer in talks with {T}.", null, null),
        ("{S} is not in advanced talks with {T}, the people said.", null, null),
        ("{S} and {T} are no longer in advanced talks.", null, null),
        ("{S} is not close to a deal with {T}.", null, null),
        ("Talks between {S} and {T} have stalled over valuation.", null, null),
        ("Talks between {S} and {T} collapsed last week.", null, null),
        ("Talks between {S} and {T} broke down over price.", null, null),
        ("{S} called off talks with {T}.", null, null),
        ("{S}'s advanced talks with {T} collapsed last week.", null, null),
        ("{S} and {T} were in advanced talks before the negotiations broke down.", null, null),
        ("{S} has not agreed to invest in {T}.", null, null),
        ("{S} is in talks with {T}, though no decision has been made and the talks may not lead to a deal.", null, null),
        ("{S} walked away from talks with {T} last month.", null, null),
        ("{S} pulled out of advanced talks with {T}.", null, null),
        ("{S} is in talks with {T} that could still fall apart.", null, null),

        // Hedges and stalls keep the stage; an ending before the stage leaves it standing.
        ("Talks between {S} and {T} are at an early stage and may not lead to a deal.", TalksStage.Early, "at an early stage"),
        ("Talks between {S} and {T} have stalled at an advanced stage.", TalksStage.Advanced, "advanced stage"),
        ("After earlier talks collapsed, {S} is now in advanced talks with {T}.", TalksStage.Advanced, "advanced talks"),
        ("{S} is close to finalizing a deal with {T}, though no final decision has been made.", TalksStage.Final, "close to finalizing"),
    ];

    /// <summary>Frames with one party {P}, the words the response's span must hold.</summary>
    private static readonly (string Frame, string Cue)[] _responseFrames =
    [
        ("{P} declined to comment.", "declined to comment"),
        ("{P} declined to comment on the report.", "declined to comment on the report"),
        ("{P} declined to comment on the matter.", "declined to comment on the matter"),
        ("{P} declined to comment further.", "declined to comment further"),
        ("{P} did not immediately respond to a request for comment.", "did not immediately respond to a request for comment"),
        ("{P} did not respond to requests for comment.", "did not respond to requests for comment"),
        ("{P} could not immediately be reached for comment.", "could not immediately be reached for comment"),
        ("{P} didn't return a request for comment.", "didn't return a request for comment"),
        ("{P} didn’t immediately return a request for comment.", "didn’t immediately return a request for comment"),
        ("Representatives for {P} did not respond.", "did not respond"),
        ("Representatives for {P} did not respond to requests for comment on Sunday.", "did not respond to requests for comment"),
        ("A spokesperson for {P} declined to comment.", "declined to comment"),
        ("{P}'s spokesperson declined to comment.", "spokesperson declined to comment"),
        ("{P} said it does not comment on market speculation.", "does not comment on market speculation"),
        ("{P} said it would not comment on market rumours.", "would not comment on market rumours"),
        ("{P} did not reply to an email seeking comment.", "did not reply to an email seeking comment"),
        ("{P} denied the report.", "denied the report"),
        ("{P} confirmed the talks.", "confirmed the talks"),
        ("{P} had no immediate comment.", "had no immediate comment"),
        ("{P} wasn't immediately available for comment.", "wasn't immediately available for comment"),
        ("{P} couldn’t immediately comment.", "couldn’t immediately comment"),
        ("{P} did not immediately respond to Reuters' request for comment.", "did not immediately respond to Reuters' request for comment"),
        ("A representative for {P} couldn’t be reached for comment.", "couldn’t be reached for comment"),
        ("{P} declined to comment, citing company policy.", "declined to comment"),
        ("{P} did not return phone calls seeking comment.", "did not return phone calls seeking comment"),
        ("{P} has not responded to requests for comment.", "has not responded to requests for comment"),
        ("{P}, which is based in London, declined to comment on the talks.", "declined to comment on the talks"),
    ];

    /// <summary>Frames with two parties {P} and {Q}, both of which respond.</summary>
    private static readonly string[] _twoPartyFrames =
    [
        "{P} and {Q} declined to comment.",
        "Representatives for {P} and {Q} did not immediately respond to requests for comment.",
        "{P} declined to comment, while {Q} did not immediately respond to a request for comment.",
        "Spokespeople for {P} and {Q} declined to comment.",
        "Neither {P} nor {Q} responded to requests for comment.",
    ];

    public static TheoryData<string, TalksStage?, string?> StageCases()
    {
        var cases = new TheoryData<string, TalksStage?, string?>();
        for (var f = 0; f < _stageFrames.Length; f++)
        {
            var (frame, stage, cue) = _stageFrames[f];
            for (var p = 0; p < _parties.Length; p++)
            {
                // "{S}'s" after a legal form with its period ("SoftBank Group Corp.'s") is not how wires write it.
                if (frame.Contains("{S}'s", StringComparison.Ordinal) && _parties[p].EndsWith('.'))
                {
                    continue;
                }

                var sentence = frame.Replace("{S}", _parties[p], StringComparison.Ordinal)
                    .Replace("{T}", _targets[(p + f) % _targets.Length], StringComparison.Ordinal);
                cases.Add(sentence, stage, cue);
            }
        }

        return cases;
    }

    public static TheoryData<string, string, string> ResponseCases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (frame, cue) in _responseFrames)
        {
            foreach (var party in _parties)
            {
                if (frame.StartsWith("{P}'s", StringComparison.Ordinal) && party.EndsWith('.'))
                {
                    continue;
                }

                cases.Add(frame.Replace("{P}", party, StringComparison.Ordinal), Bare(party), cue);
            }
        }

        for (var f = 0; f < _twoPartyFrames.Length; f++)
        {
            for (var p = 0; p < _parties.Length; p++)
            {
                var first = _parties[p];
                var second = _parties[(p + f + 1) % _parties.Length];
                var sentence = _twoPartyFrames[f].Replace("{P}", first, StringComparison.Ordinal).Replace("{Q}", second, StringComparison.Ordinal);
                cases.Add(sentence, Bare(first) + "|" + Bare(second), "");
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(StageCases))]
    public void Read_SweptStageFrame_ProposesTheStageOverItsWords(string sentence, TalksStage? stage, string? cue)
    {
        var stages = Read(sentence).Stages;
        if (stage is null)
        {
            Assert.Empty(stages);
            return;
        }

        var found = Assert.Single(stages);
        Assert.Equal(stage, found.Stage);
        Assert.Equal(found.Wording, sentence.Substring(found.Start, found.Length));
        Assert.Contains(cue!, found.Wording, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(ResponseCases))]
    public void Read_SweptResponseFrame_ProposesAResponseForEachPartyOverItsWords(string sentence, string parties, string cue)
    {
        var responses = Read(sentence).Responses;

        Assert.Equal(parties.Split('|'), responses.Select(r => r.Party).Distinct().ToList());
        foreach (var response in responses)
        {
            Assert.Equal(response.Wording, sentence.Substring(response.Start, response.Length));
            Assert.Contains(response.Party!, response.Wording, StringComparison.Ordinal);
        }

        Assert.Contains(responses, r => r.Wording.Contains(cue, StringComparison.Ordinal));
    }

    /// <summary>
    /// The name as the reader gives it. Since the reader-gaps sweep a firm's own "The" is part of its name ("The Carlyle Group", as the
    /// investor and organisation readings give it too), so the party is the filler as written.
    /// </summary>
    private static string Bare(string party) => party;
}
