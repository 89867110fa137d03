// requires: $SystemException
class $InvalidOperationException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Operation is not valid due to the current state of the object.", innerException);
  }
  static $typeName = "System.InvalidOperationException";
}
