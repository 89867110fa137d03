// requires: $KeyMap
// The inner side of Join/GroupJoin: inner items grouped by key in order, items whose key is null left out (they
// match nothing), built when the outer sequence yields its first item.
function $joinLookup(inner, innerKey, mode) {
  const lookup = new $KeyMap(mode);
  for (const item of inner) {
    const k = innerKey(item);
    if (k == null) continue;
    const entry = lookup.$find(k);
    if (entry) entry[1].push(item); else lookup.$put(k, [item]);
  }
  return lookup;
}
