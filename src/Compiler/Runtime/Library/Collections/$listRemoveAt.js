// requires: $argRange
// list.RemoveAt(index).
function $listRemoveAt(list, index) {
  if (!(index >= 0 && index < list.length)) {
    throw $argRange("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
  }
  list.splice(index, 1);
}
