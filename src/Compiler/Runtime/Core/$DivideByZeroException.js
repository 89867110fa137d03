// requires: $ArithmeticException
class $DivideByZeroException extends $ArithmeticException {
  constructor(message, innerException) {
    super(message ?? "Attempted to divide by zero.", innerException);
  }
  static $typeName = "System.DivideByZeroException";
}
