// requires: $KeyMap
// HashSet<T> over an insertion-ordered map (see $KeyMap for the equality modes).
class $HashSet extends $KeyMap {
  constructor(source, spec) {
    super(spec);
    if (source != null) for (const item of source) this.Add(item);
  }
  Add(item) {
    return this.$add(item, item);
  }
  Remove(item) {
    return this.$delete(item);
  }
  Contains(item) {
    return this.$find(item) !== undefined;
  }
  Clear() {
    this.$clear();
  }
  $other(items) {
    return items instanceof $HashSet && items.$spec === this.$spec ? items : new $HashSet(items, this.$spec);
  }
  UnionWith(items) {
    for (const item of items) this.Add(item);
  }
  IntersectWith(items) {
    const other = this.$other(items);
    for (const item of [...this]) if (!other.Contains(item)) this.Remove(item);
  }
  ExceptWith(items) {
    for (const item of items) this.Remove(item);
  }
  SymmetricExceptWith(items) {
    for (const item of this.$other(items)) if (!this.Remove(item)) this.Add(item);
  }
  RemoveWhere(predicate) {
    let removed = 0;
    for (const item of [...this]) if (predicate(item) && this.Remove(item)) removed++;
    return removed;
  }
  IsSubsetOf(items) {
    const other = this.$other(items);
    for (const item of this) if (!other.Contains(item)) return false;
    return true;
  }
  IsSupersetOf(items) {
    for (const item of items) if (!this.Contains(item)) return false;
    return true;
  }
  IsProperSubsetOf(items) {
    const other = this.$other(items);
    return this.IsSubsetOf(other) && other.Count > this.Count;
  }
  IsProperSupersetOf(items) {
    const other = this.$other(items);
    return this.IsSupersetOf(other) && this.Count > other.Count;
  }
  Overlaps(items) {
    for (const item of items) if (this.Contains(item)) return true;
    return false;
  }
  SetEquals(items) {
    const other = this.$other(items);
    return this.IsSubsetOf(other) && other.IsSubsetOf(this);
  }
  *[Symbol.iterator]() {
    for (const entry of this.$values()) yield entry[0];
  }
}
