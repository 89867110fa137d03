// requires: $argRange
// list[index] = value for List<T>/IList<T>; evaluates to the value.
function $listSet(list, index, value) {
  if (!(index >= 0 && index < list.length)) {
    throw $argRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
  }
  return list[index] = value;
}
