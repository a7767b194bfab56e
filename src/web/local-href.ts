/**
 * A link back to the requested path must stay on this site. A path such as
 * `//evil.example/x` or `/\evil.example/x` (browsers read `\` as `/`) would
 * be a link to another site when written into an href as it is.
 */
export function localPath(path: string): string {
  return path.replace(/^[/\\]+/, '/');
}
