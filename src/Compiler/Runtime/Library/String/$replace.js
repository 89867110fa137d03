// requires: $ArgumentNullException $ArgumentException
// s.Replace(oldValue, newValue), ordinal, every occurrence; a null newValue removes.
function $replace(s, oldValue, newValue) {
  if (oldValue == null) throw new $ArgumentNullException(null, null, "oldValue");
  if (oldValue.length === 0) throw new $ArgumentException("The value cannot be an empty string.", null, "oldValue");
  return s.split(oldValue).join(newValue ?? "");
}
