namespace SkillsRegistry.Core.Gaps;

/// <summary>The set-cover algorithm a pathway asks for, or that it used.</summary>
public enum PathwayAlgorithm
{
    /// <summary>Exact when at most <see cref="PathwayEngine.ExactCandidateLimit"/> candidates remain after pruning, else greedy.</summary>
    Auto,

    /// <summary>Nothing to cover (or nothing that can cover it): no search ran.</summary>
    None,

    /// <summary>Branch and bound: an optimal cover for the objective.</summary>
    Exact,

    /// <summary>Greedy by cost-effectiveness (newly covered per objective cost): within H(n) of the optimum.</summary>
    Greedy,
}
