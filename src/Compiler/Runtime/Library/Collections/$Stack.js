// requires: $InvalidOperationException $keyEq
// Stack<T>: last in, first out; enumerates from the top.
class $Stack {
  constructor(source) {
    this.$items = source == null ? [] : Array.from(source);
  }
  get Count() {
    return this.$items.length;
  }
  Push(item) {
    this.$items.push(item);
  }
  Pop() {
    if (this.$items.length === 0) throw new $InvalidOperationException("Stack empty.");
    return this.$items.pop();
  }
  Peek() {
    if (this.$items.length === 0) throw new $InvalidOperationException("Stack empty.");
    return this.$items[this.$items.length - 1];
  }
  /** The top for TryPop/TryPeek as [item], or null when empty. */
  $try(remove) {
    if (this.$items.length === 0) return null;
    return [remove ? this.$items.pop() : this.$items[this.$items.length - 1]];
  }
  Contains(item) {
    return this.$items.some(x => $keyEq(x, item));
  }
  Clear() {
    this.$items = [];
  }
  ToArray() {
    return this.$items.slice().reverse();
  }
  *[Symbol.iterator]() {
    for (let i = this.$items.length - 1; i >= 0; i--) yield this.$items[i];
  }
}
