// requires: $SystemException
class $KeyNotFoundException extends $SystemException {
  constructor(message, innerException) {
    super(message ?? "The given key was not present in the dictionary.", innerException);
  }
  static $typeName = "System.Collections.Generic.KeyNotFoundException";
}
