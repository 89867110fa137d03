// requires: $SystemException
class $OperationCanceledException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "The operation was canceled.", innerException);
  }
  static $typeName = "System.OperationCanceledException";
}
