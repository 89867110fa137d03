// requires: $keyEq
// list.IndexOf(item[, start]) / Array.IndexOf and list.Contains, with .NET's default equality.
function $listIndexOf(list, item, start) {
  for (let i = start ?? 0; i < list.length; i++) if ($keyEq(list[i], item)) return i;
  return -1;
}
