using System.Linq;
using System.Text.RegularExpressions;
using CSharpToJs.Lower;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CSharpToJs.Check;

/// <summary>The rules of React hooks: a call of a method named Use + uppercase must run unconditionally at the top
/// level of its function — never in a condition, loop or lambda, nor after an early return.</summary>
internal static class HookRules
{
    private static readonly Regex HookName = new("^Use[A-Z]", RegexOptions.Compiled);

    public static void Check(ProgramContext ctx, SemanticModel model, SyntaxNode root)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = call.Expression switch
            {
                IdentifierNameSyntax id => id.Identifier.Text,
                MemberAccessExpressionSyntax ma => ma.Name.Identifier.Text,
                GenericNameSyntax g => g.Identifier.Text,
                _ => null,
            };
            if (name is null || !HookName.IsMatch(name)) continue;
            if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol) continue;
            var problem = Problem(call);
            if (problem is not null)
                ctx.Error(call.GetLocation(), "KJS0114", $"the hook {name} is called {problem}; React needs hooks called in the same order on every render: call it unconditionally at the top of the component");
        }
    }

    private static string? Problem(InvocationExpressionSyntax call)
    {
        SyntaxNode child = call;
        for (var node = call.Parent; node is not null; child = node, node = node.Parent)
        {
            switch (node)
            {
                case IfStatementSyntax ifs when ifs.Condition != child: return "inside an if";
                case SwitchStatementSyntax or SwitchExpressionSyntax or SwitchSectionSyntax: return "inside a switch";
                case ConditionalExpressionSyntax c when c.Condition != child: return "inside a ?: branch";
                case BinaryExpressionSyntax b when b.Right == child && b.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression:
                    return "on the right of " + b.OperatorToken.Text;
                case ConditionalAccessExpressionSyntax ca when ca.WhenNotNull == child: return "after ?.";
                case ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax: return "inside a loop";
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax: return "inside a lambda or local function";
                case CatchClauseSyntax or FinallyClauseSyntax: return "inside a catch/finally";
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax:
                    return AfterEarlyReturn(node, call) ? "after an early return" : null;
            }
        }
        return null;
    }

    private static bool AfterEarlyReturn(SyntaxNode function, InvocationExpressionSyntax call) =>
        function.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<ReturnStatementSyntax>()
            .Any(r => r.Span.End <= call.SpanStart);
}
