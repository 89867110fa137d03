// requires: $OverflowException
function $checkedTrunc(value, min, max) {
  const truncated = Math.trunc(value);
  if (!(truncated >= min && truncated <= max)) throw new $OverflowException();
  return truncated + 0;
}
