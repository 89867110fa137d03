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
  /** As .NET: from a set with the same equality, each item is removed or added in turn; from any other sequence,
   * new items are added as they come and the common ones removed afterwards, in slot order. */
  SymmetricExceptWith(items) {
    if (this.Count === 0) return this.UnionWith(items);
    if (items === this) return this.Clear();
    if (items instanceof $HashSet && items.$spec === this.$spec) {
      for (const item of items) if (!this.Remove(item)) this.Add(item);
      return;
    }
    const added = new Set();
    const common = new Set();
    for (const item of items) {
      const entry = this.$findOrAdd(item, item);
      if (this.created) added.add(entry);
      else if (!added.has(entry)) common.add(entry);
    }
    for (const entry of [...common].sort((x, y) => x[2] - y[2])) this.Remove(entry[0]);
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
