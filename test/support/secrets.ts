/** What a credential looks like in text, for the checks that none ships or is logged. */
export const SECRET_PATTERNS: [string, RegExp][] = [
  ["an emulator token", /\bemu_[A-Za-z0-9_-]{16,}/],
  ["a bearer credential", /Bearer\s+[A-Za-z0-9._~+/-]{20,}=*/],
  ["a JSON web token", /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}/],
  ["a personal access token (52 base32 characters)", /(?<![A-Za-z0-9])[a-z2-7]{52}(?![A-Za-z0-9])/],
  [
    "a personal access token (84 characters, new format)",
    /(?<![A-Za-z0-9])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])/,
  ],
  ["a basic credential", /Basic\s+[A-Za-z0-9+/]{20,}={0,2}/],
];

export function secretsIn(text: string): string[] {
  return SECRET_PATTERNS.filter(([, re]) => re.test(text)).map(
    ([name, re]) => `${name}: ${re.exec(text)![0].slice(0, 6)}… (shortened)`,
  );
}
