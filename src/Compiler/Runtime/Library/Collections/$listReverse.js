// requires: $argNonNegative $ArgumentException
// list.Reverse(index, count): reverses that range in place.
function $listReverse(list, index, count) {
  $argNonNegative(index, "index");
  $argNonNegative(count, "count");
  if (list.length - index < count) {
    throw new $ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
  }
  const part = list.slice(index, index + count).reverse();
  for (let i = 0; i < count; i++) list[index + i] = part[i];
}
