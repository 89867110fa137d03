// requires: $argNonNegative $ArgumentException
// list.GetRange(index, count) (remove = false) / list.RemoveRange(index, count) (remove = true).
function $listRange(list, index, count, remove) {
  $argNonNegative(index, "index");
  $argNonNegative(count, "count");
  if (list.length - index < count) {
    throw new $ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  }
  return remove ? void list.splice(index, count) : list.slice(index, index + count);
}
