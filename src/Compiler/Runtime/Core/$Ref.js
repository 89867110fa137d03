class $Ref {
  constructor(get, set) {
    this.get = get;
    this.set = set;
  }
  get v() {
    return this.get();
  }
  set v(value) {
    this.set(value);
  }
}
