type Texts = Record<string, unknown>;

/** The shared texts of one language plus every feature's, each under its feature's name. */
export function textsFor(base: Texts, lang: string, files: Record<string, Texts>): Texts {
  const texts: Texts = { ...base };
  for (const [path, json] of Object.entries(files)) {
    const m = /([\w-]+)\.(\w+)\.json$/.exec(path);
    if (m && m[2] === lang) texts[m[1]!] = json;
  }
  return texts;
}
