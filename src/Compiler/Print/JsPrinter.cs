using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CSharpToJs.Js;

/// <summary>
/// Prints a JS syntax tree. Parentheses come from the precedence table, never from the tree. Readable mode
/// indents with two spaces; minify mode drops optional whitespace. Output depends only on the tree.
/// </summary>
public sealed class JsPrinter
{
    private readonly StringBuilder _out = new();
    private readonly bool _minify;
    private readonly SourceMapBuilder? _map;
    private int _indent;
    private int _line;
    private int _lineStart;

    private readonly IReadOnlyDictionary<string, string>? _rename;

    /// <param name="rename">Property names to print differently (the member renaming's plan), or null.</param>
    public JsPrinter(bool minify, SourceMapBuilder? map = null, IReadOnlyDictionary<string, string>? rename = null)
    {
        _minify = minify;
        _map = map;
        _rename = rename;
    }

    private string Property(string name) => _rename is not null && _rename.TryGetValue(name, out var renamed) ? renamed : name;

    public string Text => _out.ToString();

    // Precedence levels (higher binds tighter).
    private const int Sequence = 1, AssignLevel = 2, Conditional = 3, Coalesce = 4, Or = 4, And = 5, BitOr = 6,
        BitXor = 7, BitAnd = 8, Equality = 9, Relational = 10, Shift = 11, Additive = 12, Multiplicative = 13,
        Exponent = 14, Unary = 15, Postfix = 16, Call = 17, Member = 18, Primary = 19;

    private static int BinaryPrecedence(string op) => op switch
    {
        "??" => Coalesce,
        "||" => Or,
        "&&" => And,
        "|" => BitOr,
        "^" => BitXor,
        "&" => BitAnd,
        "==" or "!=" or "===" or "!==" => Equality,
        "<" or ">" or "<=" or ">=" or "instanceof" or "in" => Relational,
        "<<" or ">>" or ">>>" => Shift,
        "+" or "-" => Additive,
        "*" or "/" or "%" => Multiplicative,
        "**" => Exponent,
        _ => throw new ArgumentException("unknown binary operator " + op),
    };

    private static int PrecedenceOf(JsExpr e) => e switch
    {
        JsSequence => Sequence,
        JsAssign or JsArrow or JsYield or JsSpread => AssignLevel,
        JsConditional => Conditional,
        JsBinary b => BinaryPrecedence(b.Operator),
        JsUnary or JsAwait => Unary,
        JsPostfix => Postfix,
        JsNumber n when n.Value < 0 || (n.Value == 0 && double.IsNegative(n.Value)) => Unary,
        JsCall or JsNew { Arguments.Count: >= 0 } => Call,
        JsMember or JsIndex => Member,
        JsTemplate t => IsSimpleTemplate(t) ? Call : Sequence,
        _ => Primary,
    };

    // ------------------------------------------------------------------ low-level writing

    private void Write(string s)
    {
        if (s.Length == 0) return;
        if (_out.Length > 0)
        {
            var last = _out[^1];
            var first = s[0];
            if ((IsIdentChar(last) && IsIdentChar(first)) || (last == '+' && first == '+') || (last == '-' && first == '-')
                || (last == '/' && first == '/'))
                _out.Append(' ');
        }
        AppendAscii(s, name: true); // literals reach here already escaped (Quote); what is left are names
    }

    /// <summary>Appends source text with every character above U+007E written as a <c>\uXXXX</c> escape, so the whole
    /// script stays ASCII: V8 keeps a script's source alive and stores it in one byte per character only when every
    /// character fits in Latin-1, so one arrow or dash in a string would double the memory the source takes. The
    /// escape means the same character in string, template and regular-expression literals, comments and identifiers
    /// (after a backslash it would not; that is refused). An astral character (a surrogate pair) is two escapes, as
    /// literals need, except in names (<paramref name="name"/>), which only accept it as <c>\u{XXXXX}</c>.</summary>
    private void AppendAscii(string s, bool name = false)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x7f) { _out.Append(c); continue; }
            if (i > 0 && s[i - 1] == '\\')
                throw new InvalidOperationException($"a backslash before U+{(int)c:X4} in JavaScript text cannot be kept while escaping it: {s}");
            if (name && char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                _out.Append("\\u{").Append(char.ConvertToUtf32(c, s[i + 1]).ToString("x", CultureInfo.InvariantCulture)).Append('}');
                i++;
            }
            else _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
    }

    private static bool IsIdentChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c > 127;

    private void Space() { if (!_minify) _out.Append(' '); }

    private void NewLine()
    {
        if (_minify) return;
        _out.Append('\n');
        _line++;
        _lineStart = _out.Length;
        _out.Append(' ', _indent * 2);
    }

    // ------------------------------------------------------------------ program

    public void PrintStatements(IEnumerable<JsStmt> statements)
    {
        var first = true;
        foreach (var s in statements)
        {
            if (!first) NewLine();
            first = false;
            PrintStatement(s);
        }
    }

    public void PrintRaw(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            AppendAscii(text[start..(i + 1)]);
            start = i + 1;
            _line++;
            _lineStart = _out.Length;
        }
        AppendAscii(text[start..]);
    }

    // ------------------------------------------------------------------ statements

    private void PrintBody(JsStmt body)
    {
        if (body is JsBlock b) { Space(); PrintBlock(b); return; }
        _indent++;
        NewLine();
        PrintStatement(body);
        _indent--;
    }

    public void PrintBlock(JsBlock block)
    {
        Write("{");
        if (block.Statements.Count == 0) { Write("}"); return; }
        _indent++;
        foreach (var s in block.Statements)
        {
            NewLine();
            PrintStatement(s);
        }
        _indent--;
        NewLine();
        Write("}");
    }

    public void PrintStatement(JsStmt stmt)
    {
        if (stmt.Location is { } loc && _map is not null)
            _map.Add(_line, _out.Length - _lineStart, loc);
        switch (stmt)
        {
            case JsBlock b: PrintBlock(b); break;
            case JsExprStmt e:
                if (StartsAmbiguously(e.Expression)) { Write("("); PrintExpr(e.Expression, Sequence); Write(")"); }
                else PrintExpr(e.Expression, Sequence);
                Write(";");
                break;
            case JsVar v: PrintVar(v); Write(";"); break;
            case JsReturn r:
                Write("return");
                if (r.Value is not null) { Write(" "); PrintExpr(r.Value, Sequence); }
                Write(";");
                break;
            case JsIf i:
                Write("if"); Space(); Write("("); PrintExpr(i.Test, Sequence); Write(")");
                // A dangling else must not attach to a nested if without braces.
                var then = i.Else is not null && i.Then is JsIf ? new JsBlock([i.Then]) : i.Then;
                PrintBody(then);
                if (i.Else is not null)
                {
                    if (then is JsBlock) Space(); else NewLine();
                    Write("else");
                    if (i.Else is JsIf) { Write(" "); PrintStatement(i.Else); }
                    else PrintBody(i.Else);
                }
                break;
            case JsFor f:
                Write("for"); Space(); Write("(");
                if (f.Init is JsVar iv) PrintVar(iv);
                else if (f.Init is JsExprStmt ie) PrintExpr(ie.Expression, Sequence);
                Write(";");
                if (f.Test is not null) { Space(); PrintExpr(f.Test, Sequence); }
                Write(";");
                if (f.Update is not null) { Space(); PrintExpr(f.Update, Sequence); }
                Write(")");
                PrintBody(f.Body);
                break;
            case JsForOf fo:
                Write("for"); if (fo.IsAwait) Write(" await"); Space(); Write("(");
                if (fo.Kind is not null) { Write(fo.Kind); Write(" "); }
                PrintExpr(fo.Target, AssignLevel);
                Write(" of "); PrintExpr(fo.Iterable, AssignLevel); Write(")");
                PrintBody(fo.Body);
                break;
            case JsWhile w:
                Write("while"); Space(); Write("("); PrintExpr(w.Test, Sequence); Write(")");
                PrintBody(w.Body);
                break;
            case JsDoWhile d:
                Write("do");
                if (d.Body is JsBlock) { Space(); PrintBlock((JsBlock)d.Body); Space(); }
                else { Write(" "); PrintBody(d.Body); NewLine(); }
                Write("while"); Space(); Write("("); PrintExpr(d.Test, Sequence); Write(");");
                break;
            case JsBreak br: Write("break"); if (br.Label is not null) Write(" " + br.Label); Write(";"); break;
            case JsContinue c: Write("continue"); if (c.Label is not null) Write(" " + c.Label); Write(";"); break;
            case JsThrow t: Write("throw "); PrintExpr(t.Value, Sequence); Write(";"); break;
            case JsTry t:
                Write("try"); Space(); PrintBlock(t.Block);
                if (t.Catch is not null)
                {
                    Space(); Write("catch");
                    if (t.CatchParameter is not null) { Space(); Write("("); PrintExpr(t.CatchParameter, AssignLevel); Write(")"); }
                    Space(); PrintBlock(t.Catch);
                }
                if (t.Finally is not null) { Space(); Write("finally"); Space(); PrintBlock(t.Finally); }
                break;
            case JsSwitch s:
                Write("switch"); Space(); Write("("); PrintExpr(s.Discriminant, Sequence); Write(")"); Space(); Write("{");
                _indent++;
                foreach (var c in s.Cases)
                {
                    foreach (var test in c.Tests)
                    {
                        NewLine(); Write("case "); PrintExpr(test, Sequence); Write(":");
                    }
                    if (c.IsDefault) { NewLine(); Write("default:"); }
                    _indent++;
                    foreach (var st in c.Body) { NewLine(); PrintStatement(st); }
                    _indent--;
                }
                _indent--;
                NewLine(); Write("}");
                break;
            case JsLabeled l: Write(l.Label); Write(":"); Space(); PrintStatement(l.Body); break;
            case JsFunctionDecl fd: PrintFunction(fd.Function); break;
            case JsClassDecl cd: PrintClass(cd.Class); break;
            case JsEmpty: Write(";"); break;
            default: throw new ArgumentException("unknown statement " + stmt.GetType().Name);
        }
    }

    private void PrintVar(JsVar v)
    {
        Write(v.Kind); Write(" ");
        for (var i = 0; i < v.Declarators.Count; i++)
        {
            if (i > 0) { Write(","); Space(); }
            var d = v.Declarators[i];
            PrintExpr(d.Target, AssignLevel);
            if (d.Init is not null) { Space(); Write("="); Space(); PrintExpr(d.Init, AssignLevel); }
        }
    }

    /// <summary>An expression statement may not start with <c>{</c>, <c>function</c>, <c>class</c> or <c>let [</c>.</summary>
    private static bool StartsAmbiguously(JsExpr e) => e switch
    {
        JsObject or JsFunction or JsClassExpr => true,
        JsBinary b => StartsAmbiguously(b.Left),
        JsAssign a => a.Target is JsArrayPattern ? false : StartsAmbiguously(a.Target),
        JsCall c => StartsAmbiguously(c.Callee),
        JsMember m => StartsAmbiguously(m.Object),
        JsIndex i => StartsAmbiguously(i.Object),
        JsConditional c => StartsAmbiguously(c.Test),
        JsSequence s => StartsAmbiguously(s.Expressions[0]),
        JsPostfix p => StartsAmbiguously(p.Operand),
        JsIdentifier { Name: "let" } => true,
        JsTemplate t => t.Parts[0].TrimStart().StartsWith('{') || t.Parts[0].TrimStart().StartsWith("function"),
        _ => false,
    };

    // ------------------------------------------------------------------ expressions

    private void PrintExpr(JsExpr e, int minPrecedence)
    {
        var own = PrecedenceOf(e);
        if (own < minPrecedence)
        {
            Write("(");
            PrintExprCore(e);
            Write(")");
        }
        else PrintExprCore(e);
    }

    private void PrintExprCore(JsExpr e)
    {
        switch (e)
        {
            case JsIdentifier id: Write(id.Name); break;
            case JsThis: Write("this"); break;
            case JsSuper: Write("super"); break;
            case JsNumber n: Write(FormatNumber(n.Value)); break;
            case JsString s: Write(Quote(s.Value)); break;
            case JsBool b: Write(b.Value ? "true" : "false"); break;
            case JsNull: Write("null"); break;
            case JsUndefined: Write("undefined"); break;
            case JsMember m:
                PrintCallee(m.Object);
                if (IsIdentifierName(m.Name)) { Write(m.Optional ? "?." : "."); AppendAscii(Property(m.Name), name: true); }
                else { if (m.Optional) Write("?."); Write("["); Write(Quote(m.Name)); Write("]"); }
                break;
            case JsIndex ix:
                PrintCallee(ix.Object);
                Write(ix.Optional ? "?.[" : "[");
                PrintExpr(ix.Index, Sequence);
                Write("]");
                break;
            case JsCall c:
                PrintCallee(c.Callee);
                if (c.Optional) Write("?.");
                PrintArguments(c.Arguments);
                break;
            case JsNew n:
                Write("new ");
                if (n.Callee is JsIdentifier || (n.Callee is JsMember nm && IsPlainChain(nm))) PrintExpr(n.Callee, Member);
                else { Write("("); PrintExpr(n.Callee, Sequence); Write(")"); }
                PrintArguments(n.Arguments);
                break;
            case JsUnary u:
                Write(u.Operator);
                if (char.IsLetter(u.Operator[0])) Write(" ");
                // "- -x" and "+ +x" are handled by Write; "-(-1)" stays readable as "- -1".
                PrintExpr(u.Operand, Unary);
                break;
            case JsPostfix p: PrintExpr(p.Operand, Postfix); Write(p.Operator); break;
            case JsBinary b: PrintBinary(b); break;
            case JsAssign a:
                PrintExpr(a.Target, a.Target is JsArrayPattern ? Primary : Call);
                Space(); Write(a.Operator); Space();
                PrintExpr(a.Value, AssignLevel);
                break;
            case JsConditional c:
                PrintExpr(c.Test, Coalesce + 0);
                Space(); Write("?"); Space();
                PrintExpr(c.Then, AssignLevel);
                Space(); Write(":"); Space();
                PrintExpr(c.Else, AssignLevel);
                break;
            case JsSequence s:
                for (var i = 0; i < s.Expressions.Count; i++)
                {
                    if (i > 0) { Write(","); Space(); }
                    PrintExpr(s.Expressions[i], AssignLevel);
                }
                break;
            case JsArray a:
                Write("[");
                for (var i = 0; i < a.Elements.Count; i++)
                {
                    if (i > 0) { Write(","); Space(); }
                    if (a.Elements[i] is { } el) PrintExpr(el, AssignLevel);
                    else if (i == a.Elements.Count - 1) Write(",");
                }
                Write("]");
                break;
            case JsArrayPattern p:
                Write("[");
                for (var i = 0; i < p.Elements.Count; i++)
                {
                    if (i > 0) { Write(","); Space(); }
                    if (p.Elements[i] is { } el) PrintExpr(el, AssignLevel);
                    else if (i == p.Elements.Count - 1) Write(",");
                }
                Write("]");
                break;
            case JsObject o: PrintObject(o); break;
            case JsSpread s: Write("..."); PrintExpr(s.Argument, AssignLevel); break;
            case JsAwait a: Write("await "); PrintExpr(a.Argument, Unary); break;
            case JsYield y:
                Write(y.Delegate ? "yield*" : "yield");
                if (y.Argument is not null) { Write(" "); PrintExpr(y.Argument, AssignLevel); }
                break;
            case JsArrow a:
                if (a.IsAsync) Write("async ");
                PrintParameters(a.Parameters);
                Space(); Write("=>"); Space();
                if (a.Body is JsBlock block) PrintBlock(block);
                else
                {
                    var body = (JsExpr)a.Body;
                    if (StartsAmbiguously(body) && body is JsObject) { Write("("); PrintExpr(body, Sequence); Write(")"); }
                    else PrintExpr(body, AssignLevel);
                }
                break;
            case JsFunction f: PrintFunction(f); break;
            case JsClassExpr c: PrintClass(c.Class); break;
            case JsTemplate t:
                for (var i = 0; i < t.Parts.Count; i++)
                {
                    PrintRaw(t.Parts[i]);
                    if (i < t.Arguments.Count) PrintExpr(t.Arguments[i], IsSpreadHole(t, i) ? AssignLevel : Member);
                }
                break;
            default: throw new ArgumentException("unknown expression " + e.GetType().Name);
        }
    }

    private static bool IsSpreadHole(JsTemplate t, int i) => t.Arguments[i] is JsSpread
        || t.Parts[i].TrimEnd().EndsWith('(') || t.Parts[i].TrimEnd().EndsWith(',') || t.Parts[i].TrimEnd().EndsWith('[');

    private static bool IsSimpleTemplate(JsTemplate t)
    {
        // "a.b({x})", "{this}.foo" — an identifier chain with calls and holes; anything with operators gets parentheses.
        var text = string.Join("x", t.Parts);
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch is '(' or '[') depth++;
            else if (ch is ')' or ']') depth--;
            else if (depth == 0 && !(IsIdentChar(ch) || ch == '.')) return false;
        }
        return !text.StartsWith("new ");
    }

    private static bool IsPlainChain(JsMember m) => m.Object switch
    {
        JsIdentifier or JsThis => !m.Optional,
        JsMember inner => !m.Optional && IsPlainChain(inner),
        _ => false,
    };

    private void PrintCallee(JsExpr callee)
    {
        // "new X().y" is fine, but "(new X).y" needs arguments; our JsNew always prints them.
        if (callee is JsNumber num && !FormatNumber(num.Value).Contains('.') && !FormatNumber(num.Value).Contains('e'))
        {
            Write("("); PrintExprCore(callee); Write(")");
            return;
        }
        PrintExpr(callee, Call);
    }

    private void PrintArguments(IReadOnlyList<JsExpr> args)
    {
        Write("(");
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) { Write(","); Space(); }
            PrintExpr(args[i], AssignLevel);
        }
        Write(")");
    }

    private void PrintParameters(IReadOnlyList<JsExpr> ps)
    {
        Write("(");
        for (var i = 0; i < ps.Count; i++)
        {
            if (i > 0) { Write(","); Space(); }
            PrintExpr(ps[i], AssignLevel);
        }
        Write(")");
    }

    private void PrintBinary(JsBinary b)
    {
        var p = BinaryPrecedence(b.Operator);
        var rightAssoc = b.Operator == "**";
        // "??" cannot be mixed with "||"/"&&" without parentheses.
        var leftMin = rightAssoc ? p + 1 : p;
        var rightMin = rightAssoc ? p : p + 1;
        if (b.Operator == "??" || b.Operator is "||" or "&&")
        {
            PrintLogicalOperand(b.Left, b.Operator, leftMin);
            Space(); Write(b.Operator); Space();
            PrintLogicalOperand(b.Right, b.Operator, rightMin);
            return;
        }
        if (rightAssoc && b.Left is JsUnary or JsAwait) { Write("("); PrintExpr(b.Left, Sequence); Write(")"); }
        else PrintExpr(b.Left, leftMin);
        if (char.IsLetter(b.Operator[0])) Write(" " + b.Operator + " ");
        else { Space(); Write(b.Operator); Space(); }
        PrintExpr(b.Right, rightMin);
    }

    private void PrintLogicalOperand(JsExpr operand, string op, int min)
    {
        var mixes = operand is JsBinary inner &&
                    ((op == "??" && inner.Operator is "||" or "&&") || (op != "??" && inner.Operator == "??"));
        if (mixes) { Write("("); PrintExpr(operand, Sequence); Write(")"); }
        else PrintExpr(operand, min);
    }

    private void PrintObject(JsObject o)
    {
        if (o.Properties.Count == 0) { Write("{}"); return; }
        Write("{");
        _indent++;
        for (var i = 0; i < o.Properties.Count; i++)
        {
            if (i > 0) Write(",");
            NewLine();
            var p = o.Properties[i];
            if (p.Key is null && p.ComputedKey is null) { PrintExpr(p.Value, AssignLevel); continue; }
            if (p.ComputedKey is not null) { Write("["); PrintExpr(p.ComputedKey, AssignLevel); Write("]"); }
            else Write(IsIdentifierName(p.Key!) ? p.Key! : Quote(p.Key!));
            Write(":"); Space();
            PrintExpr(p.Value, AssignLevel);
        }
        _indent--;
        NewLine();
        Write("}");
    }

    private void PrintFunction(JsFunction f)
    {
        if (f.IsAsync) Write("async ");
        Write(f.IsGenerator ? "function*" : "function");
        if (f.Name is not null) Write(" " + f.Name);
        PrintParameters(f.Parameters);
        Space();
        PrintBlock(f.Body);
    }

    private void PrintClass(JsClass c)
    {
        Write("class");
        if (c.Name is not null) Write(" " + c.Name);
        if (c.Extends is not null) { Write(" extends "); PrintExpr(c.Extends, Call); }
        Space();
        Write("{");
        if (c.Members.Count == 0) { Write("}"); return; }
        _indent++;
        foreach (var m in c.Members)
        {
            NewLine();
            switch (m)
            {
                case JsMethod md:
                    if (md.IsStatic) Write("static ");
                    if (md.Kind == JsMethodKind.Getter) Write("get ");
                    if (md.Kind == JsMethodKind.Setter) Write("set ");
                    if (md.IsAsync) Write("async ");
                    if (md.IsGenerator) Write("*");
                    if (md.ComputedKey is not null) { Write("["); PrintExpr(md.ComputedKey, AssignLevel); Write("]"); }
                    else Write(IsIdentifierName(md.Name) ? Property(md.Name) : Quote(md.Name));
                    PrintParameters(md.Parameters);
                    Space();
                    PrintBlock(md.Body);
                    break;
                case JsField fd:
                    if (fd.IsStatic) Write("static ");
                    Write(Property(fd.Name));
                    if (fd.Init is not null) { Space(); Write("="); Space(); PrintExpr(fd.Init, AssignLevel); }
                    Write(";");
                    break;
                case JsStaticBlock sb:
                    Write("static"); Space(); PrintBlock(sb.Body);
                    break;
            }
        }
        _indent--;
        NewLine();
        Write("}");
    }

    // ------------------------------------------------------------------ literals

    private static readonly HashSet<string> Reserved =
    [
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "export",
        "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return", "super", "switch",
        "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "enum", "await",
        "implements", "package", "protected", "interface", "private", "public", "null", "true", "false",
    ];

    /// <summary>True when <paramref name="name"/> can follow a dot (property names may be reserved words).</summary>
    public static bool IsIdentifierName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');

    /// <summary>True when <paramref name="name"/> can be a binding name in strict mode.</summary>
    public static bool IsValidBinding(string name) =>
        IsIdentifierName(name) && !Reserved.Contains(name) && name is not ("arguments" or "eval");

    public static string FormatNumber(double v)
    {
        if (double.IsNaN(v)) return "NaN";
        if (double.IsPositiveInfinity(v)) return "Infinity";
        if (double.IsNegativeInfinity(v)) return "-Infinity";
        if (v == 0 && double.IsNegative(v)) return "-0";
        // The exact integer, not ToString("0"), which keeps only 15 significant digits.
        if (v == Math.Floor(v) && Math.Abs(v) < 1e21) return new System.Numerics.BigInteger(v).ToString(CultureInfo.InvariantCulture);
        var r = v.ToString("R", CultureInfo.InvariantCulture);
        return r.Replace("E", "e");
    }

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    // Everything outside printable ASCII as \uXXXX (a surrogate pair as two escapes): controls, lone
                    // surrogates and U+2028/9 must be, and an ASCII-only script is what V8 stores compactly.
                    if (c < 0x20 || c >= 0x7f)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
