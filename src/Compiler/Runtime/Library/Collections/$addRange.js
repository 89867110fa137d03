// list.AddRange(items): appends a snapshot (so adding a list to itself works).
function $addRange(list, items) {
  for (const item of Array.from(items)) list.push(item);
}
