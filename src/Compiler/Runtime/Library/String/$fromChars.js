// requires: $argRange $argNonNegative
// new string(char[]) / new string(char[], start, length): char codes back to a string.
function $fromChars(chars, start, length) {
  if (chars == null) return "";
  start = start ?? 0;
  length = length ?? chars.length - start;
  $argNonNegative(start, "startIndex");
  $argNonNegative(length, "length");
  if (start + length > chars.length) {
    throw $argRange("startIndex", "Index and length must refer to a location within the string.");
  }
  let out = "";
  for (let i = start; i < start + length; i++) out += String.fromCharCode(chars[i]);
  return out;
}
