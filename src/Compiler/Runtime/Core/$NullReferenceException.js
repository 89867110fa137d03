// requires: $SystemException
class $NullReferenceException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Object reference not set to an instance of an object.", innerException);
  }
  static $typeName = "System.NullReferenceException";
}
