// requires: $OverflowException
// System.TimeSpan as a number of 100 ns ticks (exact up to about 28 years), with .NET's members and "c" text.
class $TimeSpan {
  constructor(ticks) {
    this.$ticks = ticks;
  }
  static from(value, ticksPerUnit) {
    if (value !== value) throw new $OverflowException("TimeSpan does not accept floating point Not-a-Number values.");
    return new $TimeSpan(Math.round(value * ticksPerUnit));
  }
  static parts(days, hours, minutes, seconds, milliseconds) {
    return new $TimeSpan(((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000 + (milliseconds ?? 0)) * 10000);
  }
  get Ticks() { return this.$ticks; }
  get Days() { return Math.trunc(this.$ticks / 864000000000); }
  get Hours() { return Math.trunc(this.$ticks / 36000000000) % 24; }
  get Minutes() { return Math.trunc(this.$ticks / 600000000) % 60; }
  get Seconds() { return Math.trunc(this.$ticks / 10000000) % 60; }
  get Milliseconds() { return Math.trunc(this.$ticks / 10000) % 1000; }
  get TotalDays() { return this.$ticks / 864000000000; }
  get TotalHours() { return this.$ticks / 36000000000; }
  get TotalMinutes() { return this.$ticks / 600000000; }
  get TotalSeconds() { return this.$ticks / 10000000; }
  get TotalMilliseconds() { return this.$ticks / 10000; }
  Add(other) { return new $TimeSpan(this.$ticks + other.$ticks); }
  Subtract(other) { return new $TimeSpan(this.$ticks - other.$ticks); }
  Negate() { return new $TimeSpan(-this.$ticks); }
  Duration() { return new $TimeSpan(Math.abs(this.$ticks)); }
  CompareTo(other) { return Math.sign(this.$ticks - other.$ticks); }
  Equals(other) { return other instanceof $TimeSpan && other.$ticks === this.$ticks; }
  GetHashCode() { return this.$ticks | 0; }
  ToString() {
    const t = Math.abs(this.$ticks);
    const two = n => String(n).padStart(2, "0");
    const days = Math.trunc(t / 864000000000);
    let text = (this.$ticks < 0 ? "-" : "") + (days > 0 ? days + "." : "");
    text += two(Math.trunc(t / 36000000000) % 24) + ":" + two(Math.trunc(t / 600000000) % 60) + ":" + two(Math.trunc(t / 10000000) % 60);
    const fraction = t % 10000000;
    return fraction > 0 ? text + "." + String(fraction).padStart(7, "0") : text;
  }
  toString() { return this.ToString(); }
}
