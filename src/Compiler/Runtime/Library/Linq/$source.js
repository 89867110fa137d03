// requires: $ArgumentNullException
// Checks a LINQ source like .NET does (null throws ArgumentNullException "source").
function $source(items) {
  if (items == null) throw new $ArgumentNullException(null, null, "source");
  return items;
}
