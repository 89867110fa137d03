// requires: $caseFold $keyHash $keyEq
// Insertion-ordered key → value storage behind Dictionary and HashSet. Mode 0: keys compared by JavaScript
// identity (strings, numbers, enums, bools, plain classes); 1: .NET value equality (records, tuples);
// 2: strings ignoring case (StringComparer.OrdinalIgnoreCase).
class $KeyMap {
  constructor(mode) {
    this.$mode = mode | 0;
    this.$map = new Map();
    this.$buckets = this.$mode === 1 ? new Map() : null;
  }
  $slot(key, create) {
    if (this.$mode === 0) return key;
    if (this.$mode === 2) return key == null ? key : $caseFold(key);
    const hash = $keyHash(key);
    let bucket = this.$buckets.get(hash);
    if (bucket) for (const known of bucket) if ($keyEq(known, key)) return known;
    if (!create) return $KeyMap.missing;
    if (!bucket) this.$buckets.set(hash, bucket = []);
    bucket.push(key);
    return key;
  }
  $find(key) {
    const slot = this.$slot(key, false);
    return slot === $KeyMap.missing ? undefined : this.$map.get(slot);
  }
  $put(key, value) {
    const slot = this.$slot(key, true);
    const entry = this.$map.get(slot);
    if (entry) entry[1] = value;
    else this.$map.set(slot, [key, value]);
  }
  $delete(key) {
    const slot = this.$slot(key, false);
    if (slot === $KeyMap.missing || !this.$map.delete(slot)) return false;
    if (this.$mode === 1) {
      const bucket = this.$buckets.get($keyHash(key));
      bucket.splice(bucket.indexOf(slot), 1);
    }
    return true;
  }
  $clear() {
    this.$map.clear();
    if (this.$buckets) this.$buckets.clear();
  }
  get Count() {
    return this.$map.size;
  }
  static missing = Symbol("missing");
}
