// requires: $DateTime $dateParse
// A JSON-shape DateTime: JSON carries ISO strings (null stays null; a DateTime passes through).
function $dateFromJson(value) {
  if (value == null || value instanceof $DateTime) return value;
  return $dateParse(value);
}
