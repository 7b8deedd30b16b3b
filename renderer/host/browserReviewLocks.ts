// Review locks in the web build: a Web Lock per review file, so two tabs of this browser cannot both write the same
// review. The browser releases a tab's locks when the tab closes or crashes, so a lock here is never stale. Who holds
// it (the name and the time) is noted in localStorage for the other tabs to show.
import type { ReviewLockHolder, ReviewLockState } from '../../shared/saving/reviewLock';

const LOCK_PREFIX = 'charter-review:review:';
const HOLDER_PREFIX = 'charter-review:lock-holder:';

interface StoredHolder {
  owner: string;
  since: string;
}

function readHolder(key: string): ReviewLockHolder | null {
  try {
    const stored = JSON.parse(localStorage.getItem(HOLDER_PREFIX + key) ?? 'null') as Partial<StoredHolder> | null;
    if (stored === null || typeof stored.owner !== 'string' || typeof stored.since !== 'string') return null;
    return {
      owner: stored.owner,
      machine: 'another tab of this browser',
      program: 'app',
      since: stored.since,
      heartbeat: stored.since,
    };
  } catch {
    return null;
  }
}

export class BrowserReviewLocks {
  /** Resolving one gives the Web Lock back. */
  private readonly releases = new Map<string, () => void>();

  async acquire(key: string, owner: string): Promise<ReviewLockState> {
    if (this.releases.has(key)) return { mode: 'write' };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // Without Web Locks (an old browser, a page not served securely) tabs cannot be kept apart: write as before.
    if (locks === undefined) return { mode: 'write' };
    const granted = await new Promise<boolean>((resolveGranted) => {
      void locks.request(LOCK_PREFIX + key, { mode: 'exclusive', ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolveGranted(false);
          return undefined;
        }
        resolveGranted(true);
        // Held until release() resolves this promise, or the tab goes away.
        return new Promise<void>((release) => this.releases.set(key, release));
      });
    });
    if (!granted) return { mode: 'read-only', holder: readHolder(key), stale: false };
    try {
      const holder: StoredHolder = { owner, since: new Date().toISOString() };
      localStorage.setItem(HOLDER_PREFIX + key, JSON.stringify(holder));
    } catch {
      // Storage full or disabled: other tabs still stay read-only, only without a name to show.
    }
    return { mode: 'write' };
  }

  release(key: string): void {
    const release = this.releases.get(key);
    if (release === undefined) return;
    this.releases.delete(key);
    try {
      localStorage.removeItem(HOLDER_PREFIX + key);
    } catch {
      // Nothing to undo: the note only names the holder.
    }
    release();
  }
}
