// requires: $listRemove
// ICollection<T>.Remove on an array or a runtime collection.
function $collRemove(collection, item) {
  return Array.isArray(collection) ? $listRemove(collection, item) : collection.Remove(item);
}
