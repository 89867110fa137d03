// requires: $Box $str $eq $hash $boxHash $compare $ArgumentException $NotSupportedException
// System.Tuple: the items (Item1…Item7, Rest), the constructed type's CLR name `$type` (Equals and CompareTo need
// the same type arguments, as in .NET), per item the kind of its boxed value (`$kinds`, see $Box; bit i of `$flags`:
// a [Flags] enum) and per item whether CompareTo may compare it here (`$comparable`).
class $Tuple {
  constructor(type, kinds, flags, comparable, items) {
    this.$type = type;
    this.$kinds = kinds;
    this.$flags = flags;
    this.$comparable = comparable;
    this.$items = items;
  }
  get Item1() { return this.$items[0]; }
  get Item2() { return this.$items[1]; }
  get Item3() { return this.$items[2]; }
  get Item4() { return this.$items[3]; }
  get Item5() { return this.$items[4]; }
  get Item6() { return this.$items[5]; }
  get Item7() { return this.$items[6]; }
  get Rest() { return this.$items[7]; }
  $boxed(i) {
    const v = this.$items[i];
    const k = this.$kinds[i];
    return v == null || k == null ? v : new $Box(v, k, ((this.$flags >> i) & 1) === 1);
  }
  $text() {
    return this.$items.map((_, i) => i === 7 ? this.$items[7].$text() : $str(this.$boxed(i))).join(", ");
  }
  ToString() {
    return "(" + this.$text() + ")";
  }
  Equals(other) {
    if (!(other instanceof $Tuple) || other.$type !== this.$type) return false;
    for (let i = 0; i < this.$items.length; i++) if (!$eq(this.$items[i], other.$items[i])) return false;
    return true;
  }
  /** Tuple.GetHashCode: EqualityComparer<object>.Default's hash of each item, combined as .NET combines them. */
  GetHashCode() {
    const h = this.$items.map((v, i) => {
      const k = this.$kinds[i];
      if (v == null) return 0;
      if (i === 7 || k == null) return $hash(v);
      return $boxHash(v, typeof k === "object" ? "enum" : k);
    });
    const c = (a, b) => (((a << 5) + a) | 0) ^ b;
    const c4 = (a, b, d, e) => c(c(a, b), c(d, e));
    switch (h.length) {
      case 1: return h[0];
      case 2: return c(h[0], h[1]);
      case 3: return c(c(h[0], h[1]), h[2]);
      case 4: return c4(h[0], h[1], h[2], h[3]);
      case 5: return c(c4(h[0], h[1], h[2], h[3]), h[4]);
      case 6: return c(c4(h[0], h[1], h[2], h[3]), c(h[4], h[5]));
      case 7: return c(c4(h[0], h[1], h[2], h[3]), c(c(h[4], h[5]), h[6]));
      default: return c(c4(h[0], h[1], h[2], h[3]), c4(h[4], h[5], h[6], h[7]));
    }
  }
  /** IComparable.CompareTo: item by item with Comparer<object>.Default (null first; char and the integers narrower
   * than int answer the difference of their values, as their CompareTo does). */
  CompareTo(other) {
    if (other == null) return 1;
    if (!(other instanceof $Tuple) || other.$type !== this.$type) {
      throw new $ArgumentException("Argument must be of type " + this.$type + ".", undefined, "other");
    }
    for (let i = 0; i < this.$items.length; i++) {
      const a = this.$items[i];
      const b = other.$items[i];
      let r;
      if (a === b) r = 0;
      else if (a == null) r = -1;
      else if (b == null) r = 1;
      else if (i === 7) r = a.CompareTo(b);
      else if (!this.$comparable[i]) {
        throw new $NotSupportedException("Comparing a Tuple item of this type is not supported in JavaScript: compare the items yourself");
      } else {
        const k = this.$kinds[i];
        r = k === "char" || k === "byte" || k === "sbyte" || k === "short" || k === "ushort" ? a - b : $compare(a, b);
      }
      if (r !== 0) return r;
    }
    return 0;
  }
}
