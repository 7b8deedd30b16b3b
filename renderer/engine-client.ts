// The UI's handle on the engine worker: typed calls that throw EngineError with the engine's code.
import { wrap } from 'comlink';
import type { EngineReply, EngineService } from './worker';

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    /** The engine's error class: ReviewFileError, CommandError, InventoryImportError… or Error. */
    readonly kind: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Unwrapped = {
  [K in keyof EngineService]: EngineService[K] extends (...args: infer A) => Promise<EngineReply<infer R>>
    ? (...args: A) => Promise<R>
    : never;
};

function unwrap<T>(reply: EngineReply<T>): T {
  if (reply.ok) return reply.value;
  throw new EngineError(reply.error.kind, reply.error.code, reply.error.message);
}

export function startEngine(): Unwrapped {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'review-engine' });
  const remote = wrap<EngineService>(worker);
  return new Proxy({} as Unwrapped, {
    get:
      (_target, method: keyof EngineService) =>
      async (...args: unknown[]) => {
        const call = remote[method] as unknown as (...a: unknown[]) => Promise<EngineReply<unknown>>;
        return unwrap(await call(...args));
      },
  });
}

export type EngineClient = ReturnType<typeof startEngine>;
