/** Characters XML 1.0 cannot hold (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF), replaced by U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML element content. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\ufffd').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Text as a double-quoted XML attribute value (line ends and tabs kept as character references). */
export function xmlAttr(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
}

/** ` name="value"` for each defined attribute, in order. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out += ` ${k}="${xmlAttr(String(v))}"`;
  return out;
}
