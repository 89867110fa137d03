// requires: $parse
// Convert.ToInt32(string)/ToDouble(string)/…: null converts to 0, anything else parses like int.Parse/double.Parse.
function $parseOrZero(s, kind, style, typeName) {
  return s == null ? 0 : $parse(s, kind, style, typeName);
}
