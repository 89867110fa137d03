// requires: $IndexOutOfRangeException
function $at(array, index) {
  if (!(index >= 0 && index < array.length)) throw new $IndexOutOfRangeException();
  return array[index];
}
