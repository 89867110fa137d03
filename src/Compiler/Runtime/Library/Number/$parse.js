// requires: $numParse $FormatException $OverflowException $ArgumentNullException
// int.Parse/double.Parse/…: the parsed number or .NET's exception. `typeName` names the type in the overflow
// message ("Int32").
function $parse(s, kind, style, typeName) {
  const result = $numParse(s, kind, style);
  if (typeof result === "number") return result;
  if (result === "null") throw new $ArgumentNullException(null, null, "s");
  if (result === "overflow") throw new $OverflowException("Value was either too large or too small for " + (/^[AEIOU]/.test(typeName) ? "an " : "a ") + typeName + ".");
  throw new $FormatException("The input string '" + s + "' was not in a correct format.");
}
