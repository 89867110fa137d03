// requires: $FormatException $ArgumentNullException
// bool.Parse / Convert.ToBoolean(string): "true"/"false" in any case, surrounding white space and NULs ignored.
// `orNull` returns null instead of throwing (TryParse).
function $parseBool(s, orNull) {
  if (s == null) {
    if (orNull) return null;
    throw new $ArgumentNullException(null, null, "value");
  }
  const t = s.replace(/^[\s\0]+|[\s\0]+$/g, "").toLowerCase();
  if (t === "true") return true;
  if (t === "false") return false;
  if (orNull) return null;
  throw new $FormatException("String '" + s + "' was not recognized as a valid Boolean.");
}
