// requires: $argRange $argNonNegative $strInsert $strRemove $replace $charAt
// System.Text.StringBuilder over a JavaScript string; the compiler passes appended values already as text.
class $StringBuilder {
  constructor(text) {
    this.$text = text ?? "";
  }
  get Length() {
    return this.$text.length;
  }
  set Length(length) {
    $argNonNegative(length, "value");
    this.$text = length <= this.$text.length ? this.$text.slice(0, length) : this.$text + "\0".repeat(length - this.$text.length);
  }
  Append(text) {
    this.$text += text;
    return this;
  }
  Insert(index, text) {
    if (index < 0 || index > this.$text.length) {
      throw $argRange("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
    }
    this.$text = $strInsert(this.$text, index, text);
    return this;
  }
  Remove(start, length) {
    this.$text = $strRemove(this.$text, start, length);
    return this;
  }
  Replace(oldValue, newValue) {
    this.$text = $replace(this.$text, oldValue, newValue);
    return this;
  }
  Clear() {
    this.$text = "";
    return this;
  }
  $charAt(index) {
    return $charAt(this.$text, index);
  }
  ToString() {
    return this.$text;
  }
  toString() {
    return this.$text;
  }
}
