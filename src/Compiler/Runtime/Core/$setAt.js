// requires: $IndexOutOfRangeException
function $setAt(array, index, value) {
  if (!(index >= 0 && index < array.length)) throw new $IndexOutOfRangeException();
  return array[index] = value;
}
