// requires: $numStr
// object.ToString() when the static type says nothing more: null → "", strings as they are, booleans as
// True/False, numbers as doubles, anything with a ToString method (records, compiled classes) through it.
function $str(value) {
  if (value == null) return "";
  switch (typeof value) {
    case "string": return value;
    case "boolean": return value ? "True" : "False";
    case "number": return $numStr(value);
  }
  if (typeof value.ToString === "function") return value.ToString();
  return String(value);
}
