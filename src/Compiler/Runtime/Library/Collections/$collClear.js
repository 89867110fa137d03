// ICollection<T>.Clear on an array or a runtime collection.
function $collClear(collection) {
  if (Array.isArray(collection)) collection.length = 0;
  else collection.Clear();
}
