// requires: $Ref $NullReferenceException
function $refMember(target, key) {
  if (target == null) throw new $NullReferenceException();
  return new $Ref(() => target[key], value => target[key] = value);
}
