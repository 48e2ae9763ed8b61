using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using CsCheck;
using KzDataset.Generator.Tests.Properties;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// "No exception escapes, and no wrong code", over generated seeds: the clean fixture edited with
/// generated data (text of every Unicode category in every field that reaches code, ids of every
/// shape, huge and tiny numbers, deep nesting, repeated keys, anchors at the text's edges). For
/// every case the generator must not throw (no CS8785, no KZ9999), and either report a KZ error or
/// generate code that compiles with the runtime with no error and no warning, holds no raw control
/// or format character, and has a typed member for every id.
/// <para>
/// Cases run through the generator one by one and are compiled in batches, each case in its own
/// namespace. On failure CsCheck prints its seed ("Set seed: …"); replay it with
/// <c>CsCheck_Seed=&lt;seed&gt; dotnet test --project tests/KzDataset.Generator.Tests --filter-class KzDataset.Generator.Tests.NoWrongCodePropertyTests</c>.
/// A longer run sets <c>KZ_PROPERTY_ITERATIONS</c> (cases; 10,000 by default), e.g. 200000.
/// </para>
/// </summary>
public sealed class NoWrongCodePropertyTests
{
    private const string IterationsVariable = "KZ_PROPERTY_ITERATIONS";
    private const int DefaultIterations = 10_000;
    private const int BatchSize = 100;

    // Cases with a KZ error need not compile (the build fails on the KZ error); those of one batch in
    // this many are compiled all the same, to show what the rest of such a corpus generates.
    private const int CompileRejectedEvery = 4;

    // Kinds of field whose generated data must also reach the compiled code, not only be rejected.
    private static readonly string[] MustCompileSometimes =
    {
        "title", "person.name", "person.role", "person.affiliation", "outlet.name", "outlet.country", "measure.name", "measure.description",
        "unit.name", "unit.symbol", "figure.subject", "note", "id.article", "id.person", "id.quote", "id.figure", "id.people-entry",
        "id.outlets-entry", "id.measures-entry", "id.units-entry", "number.figure", "text.edge",
    };

    private static int Iterations
        => int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    [Fact]
    public void Generated_seeds_never_throw_and_are_either_rejected_or_compile_clean()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var figures = new PropertyFigures();
        var stopwatch = Stopwatch.StartNew();
        var batches = (Iterations + BatchSize - 1) / BatchSize;

        Check.Sample(
            MutationGens.Case.Array[BatchSize, BatchSize],
            batch => CheckBatch(batch, figures, cancellationToken),
            writeLine: line => TestContext.Current.TestOutputHelper?.WriteLine(line),
            iter: batches,
            print: batch => $"a batch of {batch.Length} cases; the failing case is described below");

        var report = figures.Report(stopwatch.Elapsed);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestContext.Current.SendDiagnosticMessage(report);
        Assert.Equal(0, figures.Exceptions);
        Assert.True(figures.Cases >= Iterations, report);
        // The property must not hold only because everything is rejected.
        Assert.True(figures.Clean * 5 >= figures.Cases, report);
        if (figures.Cases >= DefaultIterations)
        {
            Assert.All(MustCompileSometimes, field => Assert.True(figures.CleanByField.GetValueOrDefault(field) > 0, $"no KZ-clean case edited {field}\n{report}"));
        }
    }

    private static void CheckBatch(SeedCase[] batch, PropertyFigures figures, CancellationToken cancellationToken)
    {
        var runs = batch.Select((input, i) => CaseRun.Run(i, input, cancellationToken)).ToList();
        foreach (var run in runs) CheckGeneration(run, figures);

        var compileRejected = figures.NextBatch() % CompileRejectedEvery == 0;
        var toCompile = runs.Where(r => !r.HasKzError || compileRejected).ToList();
        var compiled = BatchCompilation.Compile(toCompile, cancellationToken);
        if (compiled.Unattributed.Count > 0) FailUnattributed(toCompile, compiled, cancellationToken);

        foreach (var run in runs)
        {
            var diagnostics = compiled.Of(run.Number);
            var members = 0;
            if (!run.HasKzError)
            {
                if (diagnostics.Count > 0) Fail(run, "no KZ error, but the generated code does not compile cleanly:\n" + string.Join("\n", diagnostics.Select(d => "  " + d)));
                foreach (var (type, member, id) in CodeOracle.ExpectedMembers(run.Draft, run.Namespace, run.Input.ItemMembers))
                {
                    if (!compiled.HasMember(type, member)) Fail(run, $"no KZ error, but id {Show.Literal(id)} has no member {type}.{member}");
                    members++;
                }
            }
            figures.Record(run, run.HasKzError && !compileRejected ? null : diagnostics.Count == 0, members);
        }
    }

    /// <summary>What is checked of a generator run alone: it did not throw, its sources hold nothing raw, and it accepted only slugs.</summary>
    private static void CheckGeneration(CaseRun run, PropertyFigures figures)
    {
        if (run.Exception is not null || run.Diagnostics.Any(d => d.Id is "CS8785" or "KZ9999"))
        {
            figures.Exception();
            Fail(run, "the generator threw: " + (run.Exception?.ToString() ?? string.Join("\n", run.Diagnostics.Where(d => d.Id is "CS8785" or "KZ9999"))));
        }
        foreach (var tree in run.Trees)
        {
            if (CodeOracle.FirstRawHazard(tree.GetText().ToString()) is { } hazard) Fail(run, $"{tree.FilePath} holds a {hazard}");
        }
        if (!run.HasKzError && CodeOracle.DefinedIds(run.Draft).FirstOrDefault(id => !CodeOracle.IsSlug(id)) is { } invalid)
        {
            Fail(run, $"no KZ error, but the id {Show.Literal(invalid)} is not a slug");
        }
    }

    // An error outside every case's trees: compile the cases one by one to find whose it is.
    private static void FailUnattributed(List<CaseRun> runs, BatchCompilation compiled, CancellationToken cancellationToken)
    {
        foreach (var run in runs)
        {
            var alone = BatchCompilation.Compile(new[] { run }, cancellationToken);
            if (alone.Unattributed.Count > 0) Fail(run, "the generated code breaks the runtime's compilation:\n" + string.Join("\n", alone.Unattributed.Select(d => "  " + d)));
        }
        Assert.Fail("errors outside every case's sources, from no single case:\n" + string.Join("\n", compiled.Unattributed.Select(d => "  " + d)));
    }

    private static void Fail(CaseRun run, string what) => Assert.Fail($"{run.Namespace}: {what}\n{run.Describe()}");
}
