// requires: $Ref $IndexOutOfRangeException $NullReferenceException
function $refAt(array, index) {
  if (array == null) throw new $NullReferenceException();
  if (!(index >= 0 && index < array.length)) throw new $IndexOutOfRangeException();
  return new $Ref(() => array[index], value => array[index] = value);
}
