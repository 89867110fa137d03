// requires: $listIndexOf
// list.Remove(item): removes the first equal item; true when one was found.
function $listRemove(list, item) {
  const index = $listIndexOf(list, item);
  if (index < 0) return false;
  list.splice(index, 1);
  return true;
}
