// requires: $SystemException
class $TimeoutException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "The operation has timed out.", innerException);
  }
  static $typeName = "System.TimeoutException";
}
