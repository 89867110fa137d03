// requires: $parseBool
// Convert.ToBoolean(string): null is false, otherwise bool.Parse.
function $toBool(s) {
  return s == null ? false : $parseBool(s, false);
}
