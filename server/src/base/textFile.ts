/**
 * Reading and writing configuration files as dhcpd does: bytes. A file in UTF-8 (or plain ASCII)
 * is read as UTF-8; any other file (ISO-8859-1 from an older editor, say) is read one character
 * per byte, so that writing it back in the same encoding gives every byte as it was, accents in
 * `option domain-name "réseau"` included. dhcpd itself never decodes: both servers must get the
 * same bytes.
 */
import * as fs from 'node:fs';
import { isAscii, isUtf8 } from 'node:buffer';

export type FileEncoding = 'utf8' | 'latin1';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: FileEncoding;
}

export function decodeConfig(bytes: Buffer): DecodedFile {
  // Decoding ASCII as Latin-1 is a copy: several times faster than UTF-8 decoding on a 9 MB file.
  if (isAscii(bytes)) return { text: bytes.toString('latin1'), encoding: 'utf8' };
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf8' };
  return { text: bytes.toString('latin1'), encoding: 'latin1' };
}

export function readConfigFile(file: string | number): DecodedFile {
  return decodeConfig(fs.readFileSync(file));
}

/** A file's text (see decodeConfig). */
export function readTextFile(file: string | number): string {
  return readConfigFile(file).text;
}

/** The bytes of a text in a file's encoding. */
export function encodeConfig(text: string, encoding: FileEncoding): Buffer {
  return Buffer.from(text, encoding);
}
