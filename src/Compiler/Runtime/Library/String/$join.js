// requires: $ArgumentNullException
// string.Join(separator, values) / string.Concat(values) over any iterable; `text` turns an element into its
// .NET ToString text (omitted for strings, where null joins as empty).
function $join(separator, values, text) {
  if (values == null) throw new $ArgumentNullException(null, null, "values");
  let out = "", first = true;
  for (const value of values) {
    if (!first) out += separator ?? "";
    first = false;
    out += text ? text(value) : value ?? "";
  }
  return out;
}
