/**
 * Regular-expression class bodies for the edges of a word, to write `(?<![${LETTER}])word(?![${LETTER}])`
 * where `\b` would do in ASCII (JavaScript's `\b` never ends a Cyrillic or accented word).
 *
 * LETTER holds the letters of the scripts written with spaces between words (Latin, Greek,
 * Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Georgian, Hangul) and the combining accents
 * of decomposed text: those blocks filtered by `/[\p{L}\p{M}]/u`, so no Greek question mark and no
 * danda. Han and kana are left out on purpose: those scripts run without spaces, so
 * "API" in "API完成" is a word of its own. `\p{L}` would say much the same, but V8 builds its
 * 600-range class, and under the `i` flag its case closure, for every pattern that holds it:
 * about 0.7 ms a pattern, tens of milliseconds of each cold run (see `npm run bench`).
 */
export const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06EF\u06FA-\u06FC\u06FF\u0900-\u0963\u0971-\u097F\u0E01-\u0E3A\u0E40-\u0E4E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u11FF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2C60-\u2C7F\uA722-\uA788\uA78B-\uA7DC\uA7F1-\uA7FF\uAC00-\uD7A3`

/** The decimal digits a word edge also stops at: ASCII, Arabic-Indic and full-width. */
export const DIGIT = String.raw`0-9\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19`

/** The letters of Chinese and Japanese: Han, kana (with ー and 々) and half-width katakana. */
export const CJK_LETTER = String.raw`\u3005\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFA6D\uFA70-\uFAD9\uFF66-\uFF9F`

/** Every letter a word is made of, for `[${WORD_LETTER}]+`: LETTER and CJK_LETTER. */
export const WORD_LETTER = LETTER + CJK_LETTER

/** The words of a text, as runs of letters: `text.match(WORDS)`. */
export const WORDS = new RegExp(`[${WORD_LETTER}]+`, 'gu')

/** Whether a text holds a letter at all. */
export const HAS_LETTER = new RegExp(`[${WORD_LETTER}]`, 'u')
