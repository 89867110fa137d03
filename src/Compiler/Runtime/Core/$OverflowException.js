// requires: $ArithmeticException
class $OverflowException extends $ArithmeticException {
  constructor(message, innerException) {
    super(message ?? "Arithmetic operation resulted in an overflow.", innerException);
  }
  static $typeName = "System.OverflowException";
}
