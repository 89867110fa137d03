// requires: $argRange
// list.Insert(index, item) / list.InsertRange(index, items) (many = true).
function $listInsert(list, index, item, many) {
  if (!(index >= 0 && index <= list.length)) {
    throw $argRange("index", "Index must be within the bounds of the List.");
  }
  if (many) list.splice(index, 0, ...Array.from(item));
  else list.splice(index, 0, item);
}
