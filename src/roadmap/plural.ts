/** "1 topic", "2 topics", "1 history entry", "3 history entries": a count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
