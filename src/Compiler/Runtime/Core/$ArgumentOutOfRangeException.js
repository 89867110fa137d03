// requires: $ArgumentException
class $ArgumentOutOfRangeException extends $ArgumentException {
  constructor(message, innerException, paramName) {
    super(message ?? "Specified argument was out of the range of valid values.", innerException, paramName);
  }
  static $typeName = "System.ArgumentOutOfRangeException";
}
