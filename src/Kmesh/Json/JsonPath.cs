using System.Collections.Generic;
using System.Text;

namespace Kmesh.Model.Json;

/// <summary>Where a value sits in a document, as a parent chain that is only rendered when an error needs it
/// (<c>$.services[2].ports[0].service_port</c>).</summary>
public sealed class JsonPath
{
    public static readonly JsonPath Root = new JsonPath(null, null, -1);

    private readonly JsonPath? parent;
    private readonly string? name;
    private readonly int index;

    private JsonPath(JsonPath? parent, string? name, int index)
    {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    public JsonPath Field(string fieldName) => new JsonPath(this, fieldName, -1);

    internal bool IsIndex => name is null;
    internal int Index => index;
    internal string? Name => name;

    /// <summary>The steps from the root to this path, the root itself excluded.</summary>
    internal List<JsonPath> Steps()
    {
        var steps = new List<JsonPath>();
        for (JsonPath step = this; step.parent is not null; step = step.parent) steps.Insert(0, step);
        return steps;
    }
    public JsonPath Item(int itemIndex) => new JsonPath(this, null, itemIndex);

    public override string ToString()
    {
        var sb = new StringBuilder();
        Render(sb);
        return sb.ToString();
    }

    private void Render(StringBuilder sb)
    {
        if (parent is null)
        {
            sb.Append('$');
            return;
        }
        parent.Render(sb);
        if (name is not null) AppendName(sb, name);
        else sb.Append('[').Append(index).Append(']');
    }

    /// <summary>Appends <c>.name</c> for identifier-like names, else <c>["name"]</c>.</summary>
    public static void AppendName(StringBuilder sb, string name)
    {
        bool plain = name.Length > 0;
        for (int i = 0; i < name.Length && plain; i++)
        {
            int c = name[i];
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
            if (!ok) plain = false;
        }
        if (plain)
        {
            sb.Append('.').Append(name);
            return;
        }
        sb.Append("[\"");
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '"' || c == '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append("\"]");
    }
}
