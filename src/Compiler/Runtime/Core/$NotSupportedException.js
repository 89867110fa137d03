// requires: $SystemException
class $NotSupportedException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Specified method is not supported.", innerException);
  }
  static $typeName = "System.NotSupportedException";
}
