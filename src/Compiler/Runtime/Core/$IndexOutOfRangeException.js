// requires: $SystemException
class $IndexOutOfRangeException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Index was outside the bounds of the array.", innerException);
  }
  static $typeName = "System.IndexOutOfRangeException";
}
