// requires: $parse $ArgumentException $FormatException $OverflowException
// Convert.ToInt32(s, fromBase) and friends: base 2, 8, 10 or 16; non-decimal text is the two's complement bit
// pattern of the target type ("ffffffff" is -1 for Int32); "0x" may prefix hexadecimal.
function $parseRadix(s, radix, kind, typeName) {
  if (radix !== 2 && radix !== 8 && radix !== 10 && radix !== 16) throw new $ArgumentException("Invalid Base.");
  if (s == null) return 0;
  if (radix === 10) return $parse(s, kind, 7, typeName);
  let text = s;
  if (radix === 16 && /^0[xX]/.test(text)) text = text.slice(2);
  if (text.length === 0) throw new $FormatException("Could not find any recognizable digits.");
  const valid = { 2: /^[01]+/, 8: /^[0-7]+/, 16: /^[0-9a-fA-F]+/ }[radix].exec(text);
  if (valid === null) throw new $FormatException("Could not find any recognizable digits.");
  if (valid[0].length !== text.length) throw new $FormatException("Additional non-parsable characters are at the end of the string.");
  const bits = Math.abs(kind);
  const value = BigInt((radix === 16 ? "0x" : radix === 8 ? "0o" : "0b") + text);
  if (value >= 1n << BigInt(bits)) {
    throw new $OverflowException("Value was either too large or too small for " + (/^[AEIOU]/.test(typeName) ? "an " : "a ") + typeName + ".");
  }
  return Number(kind > 0 ? BigInt.asIntN(bits, value) : value);
}
