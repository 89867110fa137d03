// requires: $InvalidOperationException $keyEq
// Queue<T>: first in, first out; enumerates from the head.
class $Queue {
  constructor(source) {
    this.$items = source == null ? [] : Array.from(source);
    this.$head = 0;
  }
  get Count() {
    return this.$items.length - this.$head;
  }
  Enqueue(item) {
    this.$items.push(item);
  }
  Dequeue() {
    if (this.Count === 0) throw new $InvalidOperationException("Queue empty.");
    const item = this.$items[this.$head++];
    if (this.$head > 32 && this.$head * 2 > this.$items.length) {
      this.$items = this.$items.slice(this.$head);
      this.$head = 0;
    }
    return item;
  }
  Peek() {
    if (this.Count === 0) throw new $InvalidOperationException("Queue empty.");
    return this.$items[this.$head];
  }
  /** The head for TryDequeue/TryPeek as [item], or null when empty. */
  $try(remove) {
    if (this.Count === 0) return null;
    return [remove ? this.Dequeue() : this.Peek()];
  }
  Contains(item) {
    for (const x of this) if ($keyEq(x, item)) return true;
    return false;
  }
  Clear() {
    this.$items = [];
    this.$head = 0;
  }
  ToArray() {
    return this.$items.slice(this.$head);
  }
  *[Symbol.iterator]() {
    for (let i = this.$head; i < this.$items.length; i++) yield this.$items[i];
  }
}
