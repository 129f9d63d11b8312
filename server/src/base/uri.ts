/** File URIs to paths and back, without a dependency. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  toPath(uri: string): string {
    if (uri.startsWith('file:')) {
      try {
        return fileURLToPath(uri);
      } catch {
        /* fall through */
      }
    }
    // untitled:, vscode-vfs: ... have no file: use the last path segment for family detection.
    const m = /^[a-z][a-z0-9+.-]*:(.*)$/i.exec(uri);
    return path.resolve('/', m ? decodeURIComponent(m[1]) : uri);
  },
  fromPath(p: string): string {
    return pathToFileURL(p).toString();
  },
};
