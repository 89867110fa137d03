// IGrouping<K,T>: a Key and the group's items, enumerable.
class $Grouping {
  constructor(key, items) {
    this.Key = key;
    this.$items = items;
  }
  *[Symbol.iterator]() {
    yield* this.$items;
  }
}
