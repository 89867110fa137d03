// requires: $keyEq $keyHash $boxHash
// EqualityComparer<T>.Default as a comparer object ($cmpEq/$cmpHash): .NET's default equality, and the hash code
// of T (`kind`: the $Box kind of T, for which the JavaScript number's own hash is not .NET's; null is 0).
function $defaultEq(kind) {
  return {
    $cmpEq: $keyEq,
    $cmpHash: x => x == null ? 0 : kind == null ? $keyHash(x) : $boxHash(x, typeof kind === "object" ? "enum" : kind),
  };
}
