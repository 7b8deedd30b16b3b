// Remembers real files opened through the File System Access API, so they appear under
// recent reviews after a reload. Handles are structured-cloneable, so IndexedDB keeps them.
const DB_NAME = 'charter-review';
const STORE = 'disk-handles';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    // i18n-exempt: a browser failure's particulars, shown as the detail of a translated message
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      // i18n-exempt: a browser failure's particulars, shown as the detail of a translated message
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed.'));
    });
  } finally {
    db.close();
  }
}

export async function rememberDiskHandle(key: string, handle: FileSystemFileHandle): Promise<void> {
  await withStore('readwrite', (store) => store.put(handle, key));
}

export async function forgetDiskHandle(key: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(key));
}

export async function loadDiskHandles(): Promise<Map<string, FileSystemFileHandle>> {
  const handles = new Map<string, FileSystemFileHandle>();
  try {
    const keys = await withStore('readonly', (store) => store.getAllKeys());
    const values = await withStore('readonly', (store) => store.getAll() as IDBRequest<FileSystemFileHandle[]>);
    keys.forEach((key, index) => {
      const handle = values[index];
      if (typeof key === 'string' && handle) handles.set(key, handle);
    });
  } catch {
    // Without IndexedDB (private windows) the list is simply empty.
  }
  return handles;
}
