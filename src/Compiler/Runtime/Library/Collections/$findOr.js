// list.Find/FindLast (fromEnd = true) and Array.Find: the first matching item or the type's default value.
function $findOr(list, predicate, fallback, fromEnd) {
  if (fromEnd) {
    for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i])) return list[i];
  } else {
    for (let i = 0; i < list.length; i++) if (predicate(list[i])) return list[i];
  }
  return fallback;
}
