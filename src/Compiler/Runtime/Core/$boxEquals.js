// requires: $Box
// value.Equals(object other) for a value type that boxes (see $Box): true only for a box of the same kind and value.
function $boxEquals(value, kind, other) {
  return other instanceof $Box && other.k === kind && (other.v === value || (value !== value && other.v !== other.v));
}
