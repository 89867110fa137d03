// requires: $OperationCanceledException
class $TaskCanceledException extends $OperationCanceledException {
  constructor(message, innerException) {
    super(message ?? "A task was canceled.", innerException);
  }
  static $typeName = "System.Threading.Tasks.TaskCanceledException";
}
