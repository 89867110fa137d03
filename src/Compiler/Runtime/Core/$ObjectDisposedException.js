// requires: $InvalidOperationException
class $ObjectDisposedException extends $InvalidOperationException {
  constructor(message, innerException) {
    super(message ?? "Cannot access a disposed object.", innerException);
  }
  static $typeName = "System.ObjectDisposedException";
}
