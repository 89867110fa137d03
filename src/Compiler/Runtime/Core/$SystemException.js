// requires: $Exception
class $SystemException extends $Exception {
  constructor(message, innerException) {
    super(message ?? "System error.", innerException);
  }
  static $typeName = "System.SystemException";
}
