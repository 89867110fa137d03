// requires: $Exception
class $AggregateException extends $Exception {
  constructor(message, innerException) {
    super(message ?? "One or more errors occurred.", innerException);
  }
  static $typeName = "System.AggregateException";
}
