using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>Counts of a property run, kept across threads, for the test output and the documentation.</summary>
internal sealed class PropertyFigures
{
    private readonly ConcurrentDictionary<string, int[]> _byField = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _kzIds = new(System.StringComparer.Ordinal);
    private int _cases;
    private int _kzErrors;
    private int _clean;
    private int _cleanWithKzWarnings;
    private int _kzErrorsCompiled;
    private int _kzErrorsCompiling;
    private int _batches;
    private int _exceptions;
    private int _membersChecked;

    public int Cases => _cases;

    public int Clean => _clean;

    public int Exceptions => _exceptions;

    public void Exception() => Interlocked.Increment(ref _exceptions);

    /// <summary>The number of batches begun before this one.</summary>
    public int NextBatch() => Interlocked.Increment(ref _batches) - 1;

    /// <summary>Records a case: whether it had a KZ error, and whether its generated code compiled without a warning (null: not compiled).</summary>
    public void Record(CaseRun run, bool? compiled, int membersChecked)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Add(ref _membersChecked, membersChecked);
        if (run.HasKzError)
        {
            Interlocked.Increment(ref _kzErrors);
            if (compiled is not null) Interlocked.Increment(ref _kzErrorsCompiled);
            if (compiled == true) Interlocked.Increment(ref _kzErrorsCompiling);
        }
        else
        {
            Interlocked.Increment(ref _clean);
            if (run.HasKzWarning) Interlocked.Increment(ref _cleanWithKzWarnings);
        }
        foreach (var field in run.Input.Fields)
        {
            var counts = _byField.GetOrAdd(field, _ => new int[2]);
            Interlocked.Increment(ref counts[run.HasKzError ? 0 : 1]);
        }
        foreach (var id in run.Diagnostics.Select(d => d.Id).Distinct()) _kzIds.AddOrUpdate(id, 1, (_, n) => n + 1);
    }

    public IReadOnlyDictionary<string, int> CleanByField => _byField.ToDictionary(f => f.Key, f => f.Value[1]);

    public string Report(System.TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"Cases generated: {_cases} in {elapsed.TotalSeconds:F1} s; exceptions (CS8785 or KZ9999): {_exceptions}\n");
        b.Append(CultureInfo.InvariantCulture, $"With a KZ error: {_kzErrors}; of the {_kzErrorsCompiled} of them compiled anyway, {_kzErrorsCompiling} compiled without an error or warning\n");
        b.Append(CultureInfo.InvariantCulture, $"KZ-clean, compiled with no error and no warning: {_clean} (of which {_cleanWithKzWarnings} with KZ warnings only); typed members checked: {_membersChecked}\n");
        b.Append("By field kind (cases with a KZ error / KZ-clean and compiled):\n");
        foreach (var field in _byField.OrderBy(f => f.Key, System.StringComparer.Ordinal))
        {
            b.Append(CultureInfo.InvariantCulture, $"  {field.Key,-24} {field.Value[0],7} / {field.Value[1],7}\n");
        }
        b.Append("Diagnostics seen (cases): ");
        b.Append(string.Join(", ", _kzIds.OrderBy(k => k.Key, System.StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        return b.Append('\n').ToString();
    }
}
