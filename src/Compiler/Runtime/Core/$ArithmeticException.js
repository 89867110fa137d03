// requires: $SystemException
class $ArithmeticException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "Overflow or underflow in the arithmetic operation.", innerException);
  }
  static $typeName = "System.ArithmeticException";
}
