// requires: $argRange
// list[index] for List<T>/IList<T>: ArgumentOutOfRangeException outside [0, Count).
function $listAt(list, index) {
  if (!(index >= 0 && index < list.length)) {
    throw $argRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
  }
  return list[index];
}
