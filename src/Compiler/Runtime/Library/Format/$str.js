// requires: $numStr $NotSupportedException
// object.ToString() when the static type says nothing more: null → "", strings as they are, booleans as
// True/False, numbers as doubles, anything with a ToString method (records, compiled classes, boxes) through it.
// Arrays and lists are JS arrays whose element type is erased, so their .NET name is unknown: refuse to guess.
function $str(value) {
  if (value == null) return "";
  switch (typeof value) {
    case "string": return value;
    case "boolean": return value ? "True" : "False";
    case "number": return $numStr(value);
  }
  if (typeof value.ToString === "function") return value.ToString();
  if (Array.isArray(value)) throw new $NotSupportedException("ToString() of an array or list typed object: its element type is erased in JavaScript; print its elements");
  return String(value);
}
