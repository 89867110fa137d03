// requires: $str $keyEq
// KeyValuePair<K,V>: Key and Value, .NET's "[key, value]" text, and iteration as a pair so deconstruction works.
class $KeyValuePair {
  constructor(key, value) {
    this.Key = key;
    this.Value = value;
  }
  ToString() {
    return "[" + $str(this.Key) + ", " + $str(this.Value) + "]";
  }
  Equals(other) {
    return other instanceof $KeyValuePair && $keyEq(this.Key, other.Key) && $keyEq(this.Value, other.Value);
  }
  *[Symbol.iterator]() {
    yield this.Key;
    yield this.Value;
  }
}
