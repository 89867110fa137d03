// requires: $InvalidOperationException
class $SwitchExpressionException extends $InvalidOperationException {
  constructor(unmatchedValue, text) {
    super("Non-exhaustive switch expression failed to match its input.");
    this.UnmatchedValue = unmatchedValue;
    this.$text = text;
  }
  get Message() {
    return this.$text == null ? super.Message : super.Message + "\nUnmatched value was " + this.$text + ".";
  }
  static $typeName = "System.Runtime.CompilerServices.SwitchExpressionException";
}
