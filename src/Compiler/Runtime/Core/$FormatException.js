// requires: $SystemException
class $FormatException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "One of the identified items was in an invalid format.", innerException);
  }
  static $typeName = "System.FormatException";
}
