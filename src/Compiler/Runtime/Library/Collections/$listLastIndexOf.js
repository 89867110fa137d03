// requires: $keyEq
// list.LastIndexOf(item) with .NET's default equality.
function $listLastIndexOf(list, item) {
  for (let i = list.length - 1; i >= 0; i--) if ($keyEq(list[i], item)) return i;
  return -1;
}
