// requires: $ArgumentException
class $ArgumentNullException extends $ArgumentException {
  constructor(message, innerException, paramName) {
    super(message ?? "Value cannot be null.", innerException, paramName);
  }
  static $typeName = "System.ArgumentNullException";
}
