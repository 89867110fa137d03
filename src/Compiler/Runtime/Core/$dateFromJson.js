function $dateFromJson(value) {
  return value == null ? null : value instanceof Date ? value : new Date(value);
}
