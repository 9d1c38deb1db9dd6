using DealTracker.Domain.Dates;
using DealTracker.Domain.Reports;

namespace DealTracker.Domain.Analysis;

/// <summary>A report as the analysis sees it: who published it and when.</summary>
public sealed record ReportRef(int ReportId, int OutletId, string OutletName, PartialDate? Published);

/// <summary>One edge of the reliance graph: a report leaning on a report or on an outlet's reporting.</summary>
public sealed record RelianceEdge(int ReportId, int? TargetReportId, int? TargetOutletId, RelianceKind Kind);

/// <summary>
/// Where a figure ultimately comes from: an outlet's own reporting, or a knot of reports
/// that rely on each other in a circle with no way out (counted once).
/// </summary>
public sealed record Origin(string Key, int? OutletId, string Label);

/// <summary>An independent origin and the stored report at its root (null when there is no single one).</summary>
public sealed record OriginRoot(Origin Origin, int? ReportId);

/// <summary>
/// Who relies on whom. Follows reliance chains back to their roots (the independent origins)
/// and treats any cycle as one node, so bad data can neither hang nor crash it.
/// </summary>
public sealed class SourceGraph
{
    private readonly Dictionary<int, ReportRef> _reports;
    private readonly Dictionary<int, string> _outletNames;
    private readonly Dictionary<Node, List<Node>> _edges = [];
    private readonly Dictionary<Node, int> _component = [];
    private readonly List<List<Node>> _components = [];
    private readonly Dictionary<int, IReadOnlyList<OriginRoot>> _rootsByComponent = [];
    private readonly Dictionary<int, IReadOnlyList<Origin>> _originsByComponent = [];

    /// <param name="reports">Every report the edges mention (reports outside the deal too).</param>
    /// <param name="edges">The reliance edges among them.</param>
    /// <param name="outletNames">Names of the outlets that edges point at directly.</param>
    public SourceGraph(IEnumerable<ReportRef> reports, IEnumerable<RelianceEdge> edges, IReadOnlyDictionary<int, string>? outletNames = null)
    {
        _reports = reports.GroupBy(r => r.ReportId).ToDictionary(g => g.Key, g => g.First());
        _outletNames = _reports.Values.GroupBy(r => r.OutletId).ToDictionary(g => g.Key, g => g.First().OutletName);
        foreach (var (id, name) in outletNames ?? new Dictionary<int, string>())
        {
            _outletNames[id] = name;
        }

        foreach (var edge in edges)
        {
            var from = Node.ForReport(edge.ReportId);
            Node? to = edge switch
            {
                { TargetReportId: { } report } when _reports.ContainsKey(report) => Node.ForReport(report),
                { TargetOutletId: { } outlet } => Node.ForOutlet(outlet),
                _ => null,
            };
            if (to is null || to == from)
            {
                continue;
            }

            if (!_edges.TryGetValue(from, out var targets))
            {
                _edges[from] = targets = [];
            }

            if (!targets.Contains(to.Value))
            {
                targets.Add(to.Value);
            }
        }

        FindComponents();
    }

    /// <summary>
    /// The independent origins behind one report: itself (its outlet) when it relies on no one. Worked out once per
    /// knot of the graph (the analysis asks for every report behind every value, several times): the list returned
    /// is shared by the reports of that knot.
    /// </summary>
    public IReadOnlyList<Origin> OriginsOf(int reportId)
    {
        var node = Node.ForReport(reportId);
        if (!_component.TryGetValue(node, out var component))
        {
            return [.. RootsOf(node).Select(r => r.Origin)];
        }

        if (!_originsByComponent.TryGetValue(component, out var origins))
        {
            var roots = RootsOf(node);
            origins = roots.Count == 1 ? [roots[0].Origin] : [.. roots.Select(r => r.Origin)];
            _originsByComponent[component] = origins;
        }

        return origins;
    }

    /// <summary>
    /// The independent origins behind one report, each with the stored report at its root: the
    /// report itself when it relies on no one; null when the chain ends at an outlet's reporting
    /// that is not in the store, or in a circle. When one origin (an outlet) is reached through
    /// several root reports, the lowest report id stands for it.
    /// </summary>
    public IReadOnlyList<OriginRoot> RootsOf(int reportId) => RootsOf(Node.ForReport(reportId));

    private IReadOnlyList<OriginRoot> RootsOf(Node node)
    {
        if (!_component.TryGetValue(node, out var start))
        {
            return [new OriginRoot(OriginOf([node]), node.IsOutlet ? null : node.Id)];
        }

        if (_rootsByComponent.TryGetValue(start, out var known))
        {
            return known;
        }

        // Most reports rely on nobody: their component is its own root, with no walk to make.
        if (ExitsOf(start).Count == 0)
        {
            IReadOnlyList<OriginRoot> alone = [RootOf(_components[start])];
            _rootsByComponent[start] = alone;
            return alone;
        }

        // Walk the condensed graph (components are acyclic) to the sink components.
        var roots = new Dictionary<string, OriginRoot>();
        var seen = new HashSet<int> { start };
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            var exits = ExitsOf(current);
            if (exits.Count == 0)
            {
                var root = RootOf(_components[current]);
                if (!roots.TryGetValue(root.Origin.Key, out var other) || (root.ReportId is { } id && (other.ReportId is null || id < other.ReportId)))
                {
                    roots[root.Origin.Key] = root;
                }
            }

            foreach (var exit in exits.Where(seen.Add))
            {
                stack.Push(exit);
            }
        }

        var result = roots.Values.OrderBy(r => r.Origin.Label, StringComparer.Ordinal).ToList();
        _rootsByComponent[start] = result;
        return result;
    }

    /// <summary>A sink component's root: its origin, and its report when it is one report alone.</summary>
    private OriginRoot RootOf(List<Node> component) =>
        new(OriginOf(component), component is [{ IsOutlet: false } report] ? report.Id : null);

    /// <summary>The components the edges of a component lead to, each once, in the order they are met.</summary>
    private List<int> ExitsOf(int component)
    {
        var exits = new List<int>();
        foreach (var node in _components[component])
        {
            if (!_edges.TryGetValue(node, out var targets))
            {
                continue;
            }

            foreach (var target in targets)
            {
                var exit = _component[target];
                if (exit != component && !exits.Contains(exit))
                {
                    exits.Add(exit);
                }
            }
        }

        return exits;
    }

    private Origin OriginOf(List<Node> component)
    {
        if (component.Count == 1)
        {
            var outletId = component[0].IsOutlet
                ? component[0].Id
                : _reports.TryGetValue(component[0].Id, out var report) ? report.OutletId : -component[0].Id;
            return new Origin($"outlet:{outletId}", outletId, OutletName(outletId));
        }

        // A closed circle of reliance: nobody in it stands on their own, so the circle is one origin.
        var names = component
            .Select(n => n.IsOutlet ? n.Id : _reports.TryGetValue(n.Id, out var r) ? r.OutletId : 0)
            .Distinct()
            .Select(OutletName)
            .Order(StringComparer.Ordinal);
        var key = "cycle:" + string.Join(',', component.Select(n => n.ToString()).Order(StringComparer.Ordinal));
        return new Origin(key, null, "Circular reliance: " + string.Join(", ", names));
    }

    private string OutletName(int outletId) =>
        _outletNames.TryGetValue(outletId, out var name) ? name : $"Outlet {outletId}";

    /// <summary>Tarjan's strongly connected components, iteratively (no recursion depth limit).</summary>
    private void FindComponents()
    {
        var nodes = AllNodes();
        var index = new Dictionary<Node, int>();
        var low = new Dictionary<Node, int>();
        var onStack = new HashSet<Node>();
        var stack = new Stack<Node>();
        var next = 0;

        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(Node Node, int Child)>();
            work.Push((root, 0));
            index[root] = low[root] = next++;
            stack.Push(root);
            onStack.Add(root);

            while (work.Count > 0)
            {
                var (node, child) = work.Pop();
                var targets = _edges.TryGetValue(node, out var t) ? t : [];
                if (child < targets.Count)
                {
                    work.Push((node, child + 1));
                    var target = targets[child];
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = next++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push((target, 0));
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                if (low[node] == index[node])
                {
                    AddComponent(node, stack, onStack);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }
    }

    /// <summary>Every report and every node an edge touches, each once.</summary>
    private List<Node> AllNodes() =>
        [.. _edges.Keys
            .Concat(_edges.Values.SelectMany(t => t))
            .Concat(_reports.Keys.Select(Node.ForReport))
            .Distinct()];

    /// <summary>Pops the nodes above and including the component's root off the stack, as one component.</summary>
    private void AddComponent(Node root, Stack<Node> stack, HashSet<Node> onStack)
    {
        var component = new List<Node>();
        Node member;
        do
        {
            member = stack.Pop();
            onStack.Remove(member);
            _component[member] = _components.Count;
            component.Add(member);
        }
        while (member != root);
        _components.Add(component);
    }

    private readonly record struct Node(int Id, bool IsOutlet)
    {
        public static Node ForReport(int id) => new(id, false);

        public static Node ForOutlet(int id) => new(id, true);

        public override string ToString() => (IsOutlet ? "o" : "r") + Id;
    }
}
