using System.Collections.Generic;
using System.Text;

namespace Kmesh.Preview.Exec;

/// <summary>
/// Splits a /bin/sh script into words and the list separators <c>;</c>, <c>&amp;&amp;</c>, <c>||</c>, applying POSIX quoting:
/// '…' is literal, "…" honours \" \\ \$ \`, and a backslash outside quotes escapes the next character.
/// Redirections stay inside their words (<c>&gt;&amp;3</c>, <c>2&gt;&amp;1</c>), which is all the admin command needs.
/// </summary>
public static class ShellWords
{
    public const string Separator = "\u0000;";

    public static List<string> Split(string script)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        void Flush()
        {
            if (inWord)
            {
                words.Add(current.ToString());
                current.Clear();
                inWord = false;
            }
        }
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            switch (c)
            {
                case ' ' or '\t' or '\n':
                    Flush();
                    break;
                case ';':
                    Flush();
                    words.Add(Separator);
                    break;
                case '&' when i + 1 < script.Length && script[i + 1] == '&' && !(inWord && EndsWithRedirect(current)):
                    Flush();
                    words.Add(Separator);
                    i++;
                    break;
                case '|' when i + 1 < script.Length && script[i + 1] == '|':
                    Flush();
                    words.Add(Separator);
                    i++;
                    break;
                case '\'':
                    inWord = true;
                    var close = script.IndexOf('\'', i + 1);
                    close = close < 0 ? script.Length : close;
                    current.Append(script, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    for (i++; i < script.Length && script[i] != '"'; i++)
                    {
                        if (script[i] == '\\' && i + 1 < script.Length && script[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }
                        current.Append(script[i]);
                    }
                    break;
                case '\\' when i + 1 < script.Length:
                    inWord = true;
                    current.Append(script[++i]);
                    break;
                default:
                    inWord = true;
                    current.Append(c);
                    break;
            }
        }
        Flush();
        return words;
    }

    private static bool EndsWithRedirect(StringBuilder word) => word.Length > 0 && word[^1] is '>' or '<';
}
