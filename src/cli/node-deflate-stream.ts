import { constants, deflateRaw } from 'node:zlib';
import type { DeflateStream } from '../host/xlsx/zip-codec';

/**
 * A part's raw deflate stream made by zlib on libuv's threads, a piece at a time, while the
 * sheet's next piece is written on the main one. Each piece is deflated on its own and ended with
 * a sync flush (the last one finishing the stream): pieces so made, one after another, are one
 * valid deflate stream (RFC 1951 blocks in a row, none referring back into an earlier piece).
 * The compressed pieces are handed on in order, each once it and all before it are done.
 */
export function zlibDeflateStream(level: number, ondata: (compressed: Uint8Array) => void): DeflateStream {
  const done: (Uint8Array | undefined)[] = [];
  let delivered = 0;
  let held = 0;
  let failure: Error | null = null;
  let waiting: { bytes: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  /** Buffers of pieces compressed, for the writer to write on into (no new 2 MiB each piece). */
  const spares: Uint8Array[] = [];

  /** At most `bytes` held; at 0, every piece (an empty last one too) handed on. */
  const settledAt = (bytes: number) => held <= bytes && (bytes > 0 || delivered === done.length);
  const wake = () => {
    waiting = waiting.filter((w) => {
      if (failure) w.reject(failure);
      else if (settledAt(w.bytes)) w.resolve();
      else return true;
      return false;
    });
  };

  return {
    keeps: true,
    push(piece, final) {
      const at = done.length;
      done.push(undefined);
      held += piece.length;
      // room for what a piece of XML deflates to (a sixth or so) in one go
      const options = { level, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH, chunkSize: Math.max(64 << 10, piece.length >> 2) };
      deflateRaw(piece, options, (e, out) => {
        held -= piece.length;
        if (e) failure ??= e;
        else {
          if (spares.length < 3) spares.push(new Uint8Array(piece.buffer, piece.byteOffset, piece.buffer.byteLength - piece.byteOffset));
          done[at] = out.buffer.byteLength > 2 * out.length ? new Uint8Array(out) : new Uint8Array(out.buffer, out.byteOffset, out.length);
          for (; delivered < done.length && done[delivered]; delivered++) {
            ondata(done[delivered]!);
            done[delivered] = undefined;
          }
        }
        wake();
      });
    },
    held: () => held,
    spare: () => spares.pop(),
    settled(bytes) {
      if (failure) return Promise.reject(failure);
      if (settledAt(bytes)) return Promise.resolve();
      return new Promise((resolve, reject) => waiting.push({ bytes, resolve, reject }));
    },
  };
}
