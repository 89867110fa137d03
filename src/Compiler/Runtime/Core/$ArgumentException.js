// requires: $SystemException
class $ArgumentException extends $SystemException {
  constructor(message, innerException, paramName) {
    super(message ?? "Value does not fall within the expected range.", innerException);
    this.ParamName = paramName ?? null;
  }
  get Message() {
    const text = super.Message;
    return this.ParamName ? text + " (Parameter '" + this.ParamName + "')" : text;
  }
  static $typeName = "System.ArgumentException";
}
