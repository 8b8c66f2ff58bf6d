import fc from 'fast-check'

/** Numbers that have broken servers: int32 and int53 edges, fractions, negatives, exponents. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 1.5, -0.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 31) - 1, 1e21, 1e308, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
)

/** Text an attacker or a careless paste sends: NUL, lone surrogates, encodings, SQL, paths, very long runs. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'abc',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '%zz',
    '%00',
    '%ED%A0%80',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '1e999',
    'NaN',
    'null',
    '2147483648',
    '-1',
    '1.5',
    '0x10',
    '居場所',
    'ｶﾀｶﾅ',
    '\r\n',
    '\\',
    '//evil.example',
    '2026-02-31T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.nat({ max: 5000 }).map((length) => 'あ'.repeat(length)),
)

const leaf = fc.oneof(hostileNumber, hostileText, fc.boolean(), fc.constant(null))

/** Any JSON value, hostile at the leaves, a few levels deep. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(hostileText, fc.constantFrom('id', 'limit', 'cursor')), tie('value'), { maxKeys: 4 }),
})).value

/** The keys our procedures read, each given a hostile value: inputs that get past the first check more often. */
export const hostileInput = fc.oneof(
  hostileJson,
  fc.record(
    {
      id: leaf,
      ids: fc.array(leaf, { maxLength: 3 }),
      limit: leaf,
      cursor: leaf,
      slug: leaf,
      q: leaf,
      number: leaf,
      year: leaf,
      type: leaf,
      council: leaf,
      district: leaf,
      layer: leaf,
      kind: leaf,
      weekday: leaf,
      updatedSince: leaf,
      edition: leaf,
      title: leaf,
    },
    { requiredKeys: [] },
  ),
)

/**
 * Percent-encodes text as it goes over the wire, lone surrogates included: they become the
 * bytes a hostile client sends for them (%ED%A0%80 for U+D800), which encodeURIComponent refuses.
 */
export function percentEncode(text: string): string {
  let out = ''
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index)
    const next = text.charCodeAt(index + 1)
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(index, index + 2))
      index += 1
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('')
    } else {
      out += encodeURIComponent(text[index]!)
    }
  }
  return out
}
