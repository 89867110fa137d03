// ICollection<T>.Add on a value that is an array (List, T[]) or a runtime collection (HashSet).
function $collAdd(collection, item) {
  if (Array.isArray(collection)) collection.push(item);
  else collection.Add(item);
}
