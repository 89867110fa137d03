// requires: $ArgumentNullException
// Checks a LINQ source like .NET does (null throws ArgumentNullException naming the parameter: "source" unless
// given, e.g. Join's "outer"/"inner").
function $source(items, name) {
  if (items == null) throw new $ArgumentNullException(null, null, name || "source");
  return items;
}
