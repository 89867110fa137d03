using System.Collections.Generic;

namespace CSharpToJs.Js;

/// <summary>Where a statement came from, for the optional source map (0-based line and column).</summary>
public sealed record SourceLocation(string Path, int Line, int Column);

public abstract record JsNode;

// ---------------------------------------------------------------- expressions

public abstract record JsExpr : JsNode;

public sealed record JsIdentifier(string Name) : JsExpr;
public sealed record JsThis : JsExpr { public static readonly JsThis Instance = new(); }
public sealed record JsSuper : JsExpr { public static readonly JsSuper Instance = new(); }
public sealed record JsNumber(double Value) : JsExpr;
public sealed record JsString(string Value) : JsExpr;
public sealed record JsBool(bool Value) : JsExpr;
public sealed record JsNull : JsExpr { public static readonly JsNull Instance = new(); }
public sealed record JsUndefined : JsExpr { public static readonly JsUndefined Instance = new(); }

/// <summary><c>obj.name</c>, or <c>obj?.name</c> when <see cref="Optional"/>; names that are not identifiers print as <c>obj["x-y"]</c>.</summary>
public sealed record JsMember(JsExpr Object, string Name, bool Optional = false) : JsExpr;
/// <summary><c>obj[index]</c> or <c>obj?.[index]</c>.</summary>
public sealed record JsIndex(JsExpr Object, JsExpr Index, bool Optional = false) : JsExpr;
public sealed record JsCall(JsExpr Callee, IReadOnlyList<JsExpr> Arguments, bool Optional = false) : JsExpr;
public sealed record JsNew(JsExpr Callee, IReadOnlyList<JsExpr> Arguments) : JsExpr;
/// <summary>Prefix operator: <c>! - + ~ typeof void delete ++ --</c>.</summary>
public sealed record JsUnary(string Operator, JsExpr Operand) : JsExpr;
/// <summary>Postfix <c>++</c> or <c>--</c>.</summary>
public sealed record JsPostfix(string Operator, JsExpr Operand) : JsExpr;
public sealed record JsBinary(string Operator, JsExpr Left, JsExpr Right) : JsExpr;
/// <summary><c>target op value</c> where op is <c>=</c>, <c>+=</c>, <c>??=</c>, …; target may be a pattern.</summary>
public sealed record JsAssign(JsExpr Target, JsExpr Value, string Operator = "=") : JsExpr;
public sealed record JsConditional(JsExpr Test, JsExpr Then, JsExpr Else) : JsExpr;
public sealed record JsSequence(IReadOnlyList<JsExpr> Expressions) : JsExpr;
public sealed record JsArray(IReadOnlyList<JsExpr?> Elements) : JsExpr;
public sealed record JsObject(IReadOnlyList<JsProperty> Properties) : JsExpr;
public sealed record JsSpread(JsExpr Argument) : JsExpr;
public sealed record JsAwait(JsExpr Argument) : JsExpr;
public sealed record JsYield(JsExpr? Argument, bool Delegate = false) : JsExpr;
/// <summary>Arrow function; <see cref="Body"/> is a <see cref="JsBlock"/> or an expression.</summary>
public sealed record JsArrow(IReadOnlyList<JsExpr> Parameters, JsNode Body, bool IsAsync = false) : JsExpr;
public sealed record JsFunction(string? Name, IReadOnlyList<JsExpr> Parameters, JsBlock Body, bool IsAsync = false, bool IsGenerator = false) : JsExpr;
public sealed record JsClassExpr(JsClass Class) : JsExpr;
/// <summary>Destructuring target <c>[a, , b]</c> (null elements are holes).</summary>
public sealed record JsArrayPattern(IReadOnlyList<JsExpr?> Elements) : JsExpr;
/// <summary>Verbatim JavaScript from an interop [Template]; <see cref="Parts"/> has one more entry than <see cref="Arguments"/>
/// and the arguments are printed between them. Printed in parentheses unless it is a plain call or member chain.</summary>
public sealed record JsTemplate(IReadOnlyList<string> Parts, IReadOnlyList<JsExpr> Arguments) : JsExpr;

/// <summary>An object literal entry: <c>key: value</c>, <c>[computed]: value</c>, a spread (<see cref="Key"/> null, value a <see cref="JsSpread"/>).</summary>
public sealed record JsProperty(string? Key, JsExpr Value, JsExpr? ComputedKey = null);

// ---------------------------------------------------------------- statements

public abstract record JsStmt : JsNode
{
    /// <summary>The C# statement this came from; printed into the source map when requested.</summary>
    public SourceLocation? Location { get; init; }
}

public sealed record JsBlock(IReadOnlyList<JsStmt> Statements) : JsStmt;
public sealed record JsExprStmt(JsExpr Expression) : JsStmt;
/// <summary><c>let</c>/<c>const</c>/<c>var</c> with one or more declarators.</summary>
public sealed record JsVar(string Kind, IReadOnlyList<JsDeclarator> Declarators) : JsStmt;
public sealed record JsDeclarator(JsExpr Target, JsExpr? Init = null);
public sealed record JsReturn(JsExpr? Value = null) : JsStmt;
public sealed record JsIf(JsExpr Test, JsStmt Then, JsStmt? Else = null) : JsStmt;
public sealed record JsFor(JsStmt? Init, JsExpr? Test, JsExpr? Update, JsStmt Body) : JsStmt;
/// <summary><c>for (kind target of iterable)</c>; <see cref="Kind"/> null means an existing target.</summary>
public sealed record JsForOf(string? Kind, JsExpr Target, JsExpr Iterable, JsStmt Body, bool IsAwait = false) : JsStmt;
public sealed record JsWhile(JsExpr Test, JsStmt Body) : JsStmt;
public sealed record JsDoWhile(JsStmt Body, JsExpr Test) : JsStmt;
public sealed record JsBreak(string? Label = null) : JsStmt;
public sealed record JsContinue(string? Label = null) : JsStmt;
public sealed record JsThrow(JsExpr Value) : JsStmt;
public sealed record JsTry(JsBlock Block, JsExpr? CatchParameter, JsBlock? Catch, JsBlock? Finally) : JsStmt;
public sealed record JsSwitch(JsExpr Discriminant, IReadOnlyList<JsSwitchCase> Cases) : JsStmt;
/// <summary>A <c>case</c> (or <c>default</c> when <see cref="Tests"/> is empty) with its statements.</summary>
public sealed record JsSwitchCase(IReadOnlyList<JsExpr> Tests, IReadOnlyList<JsStmt> Body, bool IsDefault = false);
public sealed record JsLabeled(string Label, JsStmt Body) : JsStmt;
public sealed record JsFunctionDecl(JsFunction Function) : JsStmt;
public sealed record JsClassDecl(JsClass Class) : JsStmt;
public sealed record JsEmpty : JsStmt;

// ---------------------------------------------------------------- classes

public sealed record JsClass(string? Name, JsExpr? Extends, IReadOnlyList<JsClassMember> Members);

public abstract record JsClassMember;
/// <summary>A method, getter or setter; <see cref="ComputedKey"/> (e.g. <c>Symbol.iterator</c>) replaces <see cref="Name"/>.</summary>
public sealed record JsMethod(string Name, IReadOnlyList<JsExpr> Parameters, JsBlock Body, bool IsStatic = false,
    JsMethodKind Kind = JsMethodKind.Method, bool IsAsync = false, bool IsGenerator = false, JsExpr? ComputedKey = null) : JsClassMember;
public enum JsMethodKind { Method, Getter, Setter }
public sealed record JsField(string Name, JsExpr? Init, bool IsStatic = false) : JsClassMember;
public sealed record JsStaticBlock(JsBlock Body) : JsClassMember;
