/**
 * Runs a request handler so that a failure answers with an error and the server lives on; a
 * request cancelled before it starts is not run.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export function runSafe<T>(log: (message: string) => void, name: string, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(async () => {
      if (token?.isCancellationRequested) {
        resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
        return;
      }
      try {
        resolve(await fn());
      } catch (e) {
        if (e instanceof ResponseError) {
          resolve(e); // a deliberate refusal (a rename that would clash), not a failure
          return;
        }
        log(`${name} failed: ${String((e as Error)?.stack ?? e)}`);
        resolve(new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(e as Error)?.message ?? e}`));
      }
    });
  });
}
