class $Exception extends Error {
  constructor(message, innerException) {
    super();
    this.$message = message ?? null;
    this.InnerException = innerException ?? null;
  }
  get Message() {
    return this.$message ?? "Exception of type '" + (this.constructor.$typeName ?? this.constructor.name) + "' was thrown.";
  }
  get message() {
    return this.Message;
  }
  get name() {
    return this.constructor.$typeName ?? this.constructor.name;
  }
  get StackTrace() {
    return this.stack ?? null;
  }
  get Source() {
    return null;
  }
  ToString() {
    let text = this.name + ": " + this.Message;
    if (this.InnerException) text += " ---> " + this.InnerException.ToString() + "\n   --- End of inner exception stack trace ---";
    return text;
  }
  toString() {
    return this.ToString();
  }
  GetBaseException() {
    return this.InnerException ? this.InnerException.GetBaseException() : this;
  }
  static $typeName = "System.Exception";
}
