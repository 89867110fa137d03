// requires: $SystemException
class $NotImplementedException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "The method or operation is not implemented.", innerException);
  }
  static $typeName = "System.NotImplementedException";
}
