// Sorts an array in place with a comparison function and returns it; equal items keep their order.
function $sortBy(items, comparison) {
  return items.sort((a, b) => comparison(a, b));
}
