/** iconv-lite's generated single-byte code pages: 128 characters for bytes 0x80–0xFF each. */
declare module 'iconv-lite/encodings/sbcs-data-generated.js' {
  const tables: Record<string, { type: string; chars: string } | string>
  export default tables
}
