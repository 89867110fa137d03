using System.Collections.Generic;
using CSharpToJs.Js;

namespace CSharpToJs.Lower;

/// <summary>Small constructors that keep lowering code short.</summary>
public static class Js
{
    public static JsIdentifier Id(string name) => new(name);
    public static JsString Str(string value) => new(value);
    public static JsNumber Num(double value) => new(value);
    public static JsBool Bool(bool value) => new(value);
    public static JsMember Dot(JsExpr obj, string name) => new(obj, name);
    public static JsCall Call(JsExpr callee, params JsExpr[] args) => new(callee, args);
    public static JsCall Call(JsExpr callee, IReadOnlyList<JsExpr> args) => new(callee, args);
    public static JsCall CallMethod(JsExpr obj, string name, params JsExpr[] args) => new(new JsMember(obj, name), args);
    public static JsNew New(JsExpr callee, params JsExpr[] args) => new(callee, args);
    public static JsBinary Bin(string op, JsExpr left, JsExpr right) => new(op, left, right);
    public static JsUnary Not(JsExpr operand) => new("!", operand);
    public static JsAssign Assign(JsExpr target, JsExpr value) => new(target, value);
    public static JsArray Array(params JsExpr[] elements) => new(elements);
    public static JsExprStmt Stmt(JsExpr expression) => new(expression);
    public static JsBlock Block(params JsStmt[] statements) => new(statements);
    public static JsBlock Block(IReadOnlyList<JsStmt> statements) => new(statements);
    public static JsVar Let(string name, JsExpr? init = null) => new("let", [new JsDeclarator(new JsIdentifier(name), init)]);
    public static JsVar Const(string name, JsExpr init) => new("const", [new JsDeclarator(new JsIdentifier(name), init)]);
}
