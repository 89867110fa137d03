// requires: $numStr $enumName $boxHash
// A value type converted to object (or an interface) whose JavaScript number would forget its C# type: char, enums
// and every numeric type but int. `k` is "char", "double", "single", an integral type's name, or the enum's frozen
// object. Text, Equals and GetHashCode answer as .NET's boxed value does.
class $Box {
  constructor(v, k, flags) {
    this.v = v;
    this.k = k;
    this.flags = flags;
  }
  ToString() {
    const k = this.k;
    if (k === "char") return String.fromCharCode(this.v);
    if (typeof k === "object") return $enumName(k, this.v, this.flags);
    return k === "double" || k === "single" ? $numStr(this.v) : String(this.v);
  }
  toString() {
    return this.ToString();
  }
  Equals(other) {
    if (!(other instanceof $Box) || other.k !== this.k) return false;
    return this.v === other.v || (this.v !== this.v && other.v !== other.v);
  }
  GetHashCode() {
    return $boxHash(this.v, typeof this.k === "object" ? "enum" : this.k);
  }
}
