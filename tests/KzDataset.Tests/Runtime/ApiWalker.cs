using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// Calls the whole public API reachable from an object, by reflection: every public property and
/// every public parameterless method of each KzDataset type met, every element of every list,
/// recursively (each object once, to a depth bound). Collects every exception thrown on the way
/// rather than stopping at the first, so a test sees all of them.
/// </summary>
internal sealed class ApiWalker
{
    private const int MaxDepth = 16;

    private static readonly Assembly Runtime = typeof(Corpus).Assembly;

    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

    public List<Exception> Exceptions { get; } = new();

    /// <summary>How many members were called, to show the walk did reach the API.</summary>
    public int Calls { get; private set; }

    public void Walk(object? value) => Walk(value, 0);

    private void Walk(object? value, int depth)
    {
        if (value is null || depth > MaxDepth) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateOnly) return;
        if (!type.IsValueType && !_visited.Add(value)) return;

        if (value is IEnumerable items)
        {
            foreach (var item in Safely(items)) Walk(item, depth + 1);
        }
        if (type.Assembly != Runtime) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(Call(() => property.GetValue(value)), depth + 1);
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                     .Where(m => !m.IsSpecialName && m.GetParameters().Length == 0 && !m.ContainsGenericParameters && m.Name != nameof(GetType)))
        {
            Walk(Call(() => method.Invoke(value, null)), depth + 1);
        }
    }

    private object? Call(Func<object?> member)
    {
        Calls++;
        try
        {
            return member();
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            Exceptions.Add(ex.InnerException);
        }
        catch (Exception ex)
        {
            Exceptions.Add(ex);
        }
        return null;
    }

    // Elements until the first exception (which is collected).
    private IEnumerable<object?> Safely(IEnumerable items)
    {
        var list = new List<object?>();
        try
        {
            foreach (var item in items) list.Add(item);
        }
        catch (Exception ex)
        {
            Exceptions.Add(ex);
        }
        return list;
    }
}
