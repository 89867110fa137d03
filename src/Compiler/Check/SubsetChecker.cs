using System.Linq;
using CSharpToJs.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CSharpToJs.Check;

/// <summary>Reports every construct outside the supported C# subset, each with its own code, before lowering.</summary>
public static partial class SubsetChecker
{
    public static void Check(ProgramContext context)
    {
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var model = context.Model(tree);
            var walker = new SubsetWalker(context, model);
            walker.Visit(tree.GetRoot());
            HookRules.Check(context, model, tree.GetRoot());
        }
        ErasedTypeArguments.Check(context);
    }
}
