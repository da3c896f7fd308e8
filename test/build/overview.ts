/** The local images overview.md (the Marketplace page) shows, as markdown images or <img> tags. */
export function overviewImages(markdown: string): string[] {
  const found = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/<img\s[^>]*src="([^"]+)"/gi)].map((m) => m[1]),
  ];
  return found.filter((src) => !/^[a-z]+:/i.test(src));
}
