/** The path key of an item under a parent item ("restor system › health check"): sub-items of different parents stay apart. */
export function qualify(parent: string | undefined, key: string): string {
  return parent ? `${parent} › ${key}` : key
}
