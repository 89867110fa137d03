namespace Kmesh.Model.Text;

/// <summary>The names of JSON types that messages quote ("expected a list but found a string"), in the user's
/// language. The readers name types in English (<c>ShapeReader.KindName</c>, <c>JsonTypes.TypeName</c>); they are
/// worded here only when a message is built.</summary>
public static class TypeWords
{
    public static string Of(string english) => english switch
    {
        "a boolean" => Say.T("a boolean"),
        "a number" => Say.T("a number"),
        "a string" => Say.T("a string"),
        "an array" => Say.T("an array"),
        "a list" => Say.T("a list"),
        "an object" => Say.T("an object"),
        "an integer" => Say.T("an integer"),
        "an enum name or number" => Say.T("an enum name or number"),
        "nothing" => Say.T("nothing"),
        _ => english,
    };
}
