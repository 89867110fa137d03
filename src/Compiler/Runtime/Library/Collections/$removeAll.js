// list.RemoveAll(predicate): removes matching items in place and returns how many were removed.
function $removeAll(list, predicate) {
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!predicate(item)) list[kept++] = item;
  }
  const removed = list.length - kept;
  list.length = kept;
  return removed;
}
