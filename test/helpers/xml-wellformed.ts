// A strict XML 1.0 well-formedness check for tests, backed by libxml2 (xmllint-wasm).
// fast-xml-parser's XMLValidator is not enough: it accepts `<a>\u0001</a>`.
import { validateXML } from "xmllint-wasm";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Resolves when `xml` is a well-formed, namespace-well-formed XML 1.0 document; rejects with
 * libxml2's messages otherwise. Lone surrogates are rejected before encoding, because UTF-8
 * encoding would silently turn them into U+FFFD and hide the problem from libxml2.
 */
export async function assertWellFormed(xml: string): Promise<void> {
  const lone = LONE_SURROGATE.exec(xml);
  if (lone) {
    const cu = lone[0].charCodeAt(0).toString(16).toUpperCase();
    throw new Error(`not well-formed: lone surrogate U+${cu} at UTF-16 index ${lone.index}`);
  }
  // No schema: xmllint only parses (and reformats into `normalized`, which we ignore), so
  // `valid` is false exactly when libxml2 reports a parser or namespace error.
  const result = await validateXML({
    xml: { fileName: "document.xml", contents: new TextEncoder().encode(xml) },
    normalization: "format",
  });
  if (!result.valid || result.errors.length > 0) {
    const messages = result.errors.map((e) => e.rawMessage).join("\n");
    throw new Error(`not well-formed XML:\n${messages || result.rawOutput}`);
  }
  // libxml2 reports namespace errors (an undeclared prefix such as xsi:) without failing the
  // parse; they violate "Namespaces in XML" well-formedness, so they fail here too.
  if (/\berror\b/.test(result.rawOutput)) {
    throw new Error(`not namespace-well-formed XML:\n${result.rawOutput}`);
  }
}
