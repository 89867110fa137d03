// requires: $SystemException
class $InvalidCastException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Specified cast is not valid.", innerException);
  }
  static $typeName = "System.InvalidCastException";
}
