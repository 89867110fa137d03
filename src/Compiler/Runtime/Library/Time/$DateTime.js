// requires: $TimeSpan $dateFormat $argRange
// System.DateTime as whole milliseconds since 1970-01-01 (calendar fields read in UTC) plus its Kind
// (0 Unspecified, 1 Utc, 2 Local). Sub-millisecond ticks are not kept.
class $DateTime {
  constructor(ms, kind) {
    this.$ms = ms;
    this.$kind = kind ?? 0;
  }
  static of(year, month, day, hour, minute, second, millisecond, kind) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (!(year >= 1 && year <= 9999 && monthDays && day >= 1 && day <= monthDays)) {
      throw $argRange(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
    }
    const date = new Date(Date.UTC(2000, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0, millisecond ?? 0));
    date.setUTCFullYear(year);
    return new $DateTime(date.getTime(), kind);
  }
  $date() { return new Date(this.$ms); }
  get Year() { return this.$date().getUTCFullYear(); }
  get Month() { return this.$date().getUTCMonth() + 1; }
  get Day() { return this.$date().getUTCDate(); }
  get Hour() { return this.$date().getUTCHours(); }
  get Minute() { return this.$date().getUTCMinutes(); }
  get Second() { return this.$date().getUTCSeconds(); }
  get Millisecond() { return this.$date().getUTCMilliseconds(); }
  get DayOfWeek() { return this.$date().getUTCDay(); }
  get DayOfYear() { return Math.floor((this.$ms - Date.UTC(this.Year, 0, 1)) / 86400000) + 1; }
  get Kind() { return this.$kind; }
  get Ticks() { return this.$ms * 10000 + 621355968000000000; }
  get Date() { return new $DateTime(this.$ms - (((this.$ms % 86400000) + 86400000) % 86400000), this.$kind); }
  get TimeOfDay() { return new $TimeSpan((((this.$ms % 86400000) + 86400000) % 86400000) * 10000); }
  $plus(ms) { return new $DateTime(this.$ms + ms, this.$kind); }
  AddMilliseconds(n) { return this.$plus(Math.round(n)); }
  AddSeconds(n) { return this.$plus(Math.round(n * 1000)); }
  AddMinutes(n) { return this.$plus(Math.round(n * 60000)); }
  AddHours(n) { return this.$plus(Math.round(n * 3600000)); }
  AddDays(n) { return this.$plus(Math.round(n * 86400000)); }
  AddTicks(n) { return this.$plus(Math.trunc(n / 10000)); }
  Add(span) { return this.$plus(Math.trunc(span.$ticks / 10000)); }
  AddMonths(months) {
    const d = this.$date();
    const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
    const year = Math.floor(total / 12), month = total % 12;
    const last = new Date(Date.UTC(2000, month + 1, 0)).getUTCDate() - (month === 1 && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0) ? 1 : 0);
    const r = new Date(d.getTime());
    r.setUTCFullYear(year, month, Math.min(d.getUTCDate(), last));
    return new $DateTime(r.getTime(), this.$kind);
  }
  AddYears(years) { return this.AddMonths(years * 12); }
  /** Subtract(DateTime) gives a TimeSpan, Subtract(TimeSpan) a DateTime. */
  Subtract(other) {
    return other instanceof $DateTime ? new $TimeSpan((this.$ms - other.$ms) * 10000) : this.$plus(-Math.trunc(other.$ticks / 10000));
  }
  CompareTo(other) { return Math.sign(this.$ms - other.$ms); }
  Equals(other) { return other instanceof $DateTime && other.$ms === this.$ms; }
  GetHashCode() { return (this.$ms / 1000) | 0; }
  ToUniversalTime() { return new $DateTime(this.$ms, 1); }
  ToLocalTime() { return new $DateTime(this.$ms, 2); }
  ToString() { return $dateFormat(this, "G"); }
  toString() { return this.ToString(); }
}
