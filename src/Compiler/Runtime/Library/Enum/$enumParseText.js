// requires: $enumTryParse $ArgumentException
// Enum.Parse<T>(text[, ignoreCase]): the member's value, or ArgumentException like .NET.
function $enumParseText(type, text, ignoreCase) {
  const value = $enumTryParse(type, text, ignoreCase);
  if (value === null) throw new $ArgumentException("Requested value '" + text + "' was not found.");
  return value;
}
