// requires: $OverflowException
function $newArray(length, initial) {
  if (!(length >= 0)) throw new $OverflowException();
  return new Array(length).fill(initial);
}
